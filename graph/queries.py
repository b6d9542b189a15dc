"""Questions asked of the graph, written against the small GraphStore protocol so every store
answers them the same way: offense lookup, the offense view, offenses behind a search hit, checks."""
from __future__ import annotations

import re

from corpus.simplified import simplified
from corpus.typical import KIND_LABELS, excerpt

from .acts import act_mentions
from .name_words import common_word_names, is_question
from .schema import Node, article_id, case_id
from collections import deque

from .linkage_derive import link_status
from .standards import mark_governing
from .statutory_threshold import missing_standard_note
from .page_reads import PageReads
from .store import MAX_NEIGHBORHOOD_NODES, GraphStore, node_dict

PENALTY_RE = re.compile(r"处[^。；]{0,40}?(有期徒刑|拘役|管制|罚金|死刑|无期徒刑)")
SPECIFIC_PART_FIRST_ARTICLE = 102
SPECIFIC_PART_LAST_ARTICLE = 451


PRECEDENT_EDGES = ("CHARGED_WITH", "CITES")


def neighborhood(store: GraphStore, node_id: str, depth: int = 1, kinds: tuple[str, ...] = (),
                 limit: int = MAX_NEIGHBORHOOD_NODES) -> dict:
    """Nodes within `depth` hops (either direction), optionally only of some node kinds; bounded
    to `limit` nodes, nearest first (`truncated` says when the bound cut it)."""
    store = PageReads(store)        # each level's edges and neighbours in three batch reads
    if store.node(node_id) is None:
        raise KeyError(node_id)
    seen = {node_id: 0}
    nodes = {node_id: store.node(node_id)}
    queue = deque([node_id])
    edges: dict[tuple, object] = {}
    truncated = False
    while queue:
        current = queue.popleft()
        if seen[current] >= depth:
            continue
        if not store.has_edges(current):
            frontier = [current, *(n for n in queue if seen[n] < depth)]
            store.fetch_edges("out", frontier)
            store.fetch_edges("in", frontier)
            store.fetch_nodes(e.dst if e.src == n else e.src for n in frontier
                              for e in store.edges_from(n) + store.edges_to(n))
        # the legal structure (articles, standards, penalties) before the precedents: an offense with
        # hundreds of cases must still show its defining article when the bound cuts the neighborhood
        for e in sorted(store.edges_from(current) + store.edges_to(current),
                        key=lambda e: (e.kind in PRECEDENT_EDGES, e.kind, e.src, e.dst)):
            other = e.dst if e.src == current else e.src
            node = nodes.get(other) or store.node(other)
            if node is None or (kinds and node.kind not in kinds):
                continue
            if other not in seen:
                if len(seen) >= limit:
                    truncated = True
                    continue
                seen[other] = seen[current] + 1
                nodes[other] = node
                queue.append(other)
            edges[(e.src, e.dst, e.kind)] = e
    return {"nodes": [dict(node_dict(nodes[n]), depth=d) for n, d in seen.items()],
            "edges": [e.to_dict() for e in edges.values() if e.src in seen and e.dst in seen],
            "truncated": truncated}


def search_offenses(store: GraphStore, q: str, limit: int = 20) -> list[dict]:
    """Offenses whose name or an alias contains the query (or the query's characters, in order)."""
    q = q.strip().removesuffix("罪") or q.strip()
    scored = []
    for n in store.nodes_of_kind("Offense"):
        names = [n.label, *n.props.get("aliases", [])]
        best = 0.0
        for name in names:
            core = name.removesuffix("罪")
            if core == q:
                score = 3.0
            elif core.startswith(q):
                score = 2.0
            elif q in core:
                score = 1.5
            elif _subsequence(q, core):
                score = 1.0
            else:
                continue
            best = max(best, score - (0.1 if name != n.label else 0) - len(core) / 1000)
        if best:
            scored.append((best, n))
    scored.sort(key=lambda x: (-x[0], x[1].label))
    return [{"id": n.id, "name": n.label, "aliases": n.props.get("aliases", []), "score": round(s, 3)}
            for s, n in scored[:limit]]


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return len(short) >= 2 and all(ch in it for ch in short)


def _article_ref(store: GraphStore, node_id: str) -> dict:
    n = store.node(node_id)
    return {"node": node_id, "unit_id": n.props.get("unit_id") if n else None, "label": n.label if n else node_id}


def _standard_ref(store: GraphStore, node_id: str) -> dict:
    p = store.node(node_id).props
    doc = store.node(f"doc:{p['doc_id']}")
    return {"id": node_id, "tier": p.get("tier", "filing"), "review": p.get("review"), "specific": p.get("specific", False),
            "scope": p.get("scope"), "source": {"doc_id": p["doc_id"], "effective": p.get("effective"),
                       "status": doc.props.get("status") if doc else None}}


def _governing(store: GraphStore, node_id: str) -> tuple[bool, str | None]:
    """Whether the clause governs the filing threshold of an offense it belongs to, and the document
    that supersedes it otherwise (graph.standards.mark_governing over each offense's clauses)."""
    governing, superseded = False, []
    for e in store.edges_to(node_id, ("HAS_STANDARD",)):
        siblings = [_standard_ref(store, s.dst) for s in store.edges_from(e.src, ("HAS_STANDARD",)) if store.node(s.dst)]
        mark_governing(siblings, lambda doc_id: next(s["source"]["status"] for s in siblings if s["source"]["doc_id"] == doc_id))
        own = next((s for s in siblings if s["id"] == node_id), None)
        if own:
            governing |= own["governing"]
            superseded.append(own["superseded_by"])
    return governing, (superseded[0] if superseded and not governing and all(superseded) else None)


def standard_view(store: GraphStore, node_id: str) -> dict:
    """A Standard node with the label of its source article, for display and citation: its tier
    (filing / aggravating), the 待核 note of an unverified text, and whether it governs or which newer
    document supersedes it."""
    n = store.node(node_id)
    p = n.props
    doc = store.node(f"doc:{p['doc_id']}")
    art = store.node(article_id(p["unit_id"]))
    governing, superseded_by = _governing(store, node_id)
    return {"id": n.id, "term": p["term"], "subject": p["subject"], "alternatives": p["alternatives"],
            "tier": p.get("tier", "filing"), "review": p.get("review"), "specific": p.get("specific", False),
            "scope": p.get("scope"), "governing": governing, "superseded_by": superseded_by,
            "source": {"unit_id": p["unit_id"], "doc_id": p["doc_id"], "doc_title": doc.label if doc else p["doc_id"],
                       "label": art.label if art else p["unit_id"], "effective": p.get("effective")},
            "quote": p["source_text"]}


def _applied_by(store: GraphStore, edge) -> dict:
    """For a clause this offense borrows (依照本解释第十四条的定罪量刑标准): the unit that says so."""
    if edge.method != "curated" or edge.source == store.node(edge.dst).props.get("unit_id"):
        return {}
    art = store.node(article_id(edge.source))
    return {"applied_by": {"unit_id": edge.source, "label": art.label if art else edge.source,
                           "quote": edge.props.get("quote", "")}}


def offense_page_reads(store: GraphStore, node_id: str, top_cases: int = 10) -> PageReads:
    """What offense_view reads, fetched level by level in batches: the offense's edges, its
    neighbours, their edges, then the documents, articles and sibling clauses those name (about
    nine round trips on a server, against one per read)."""
    page = PageReads(store)
    page.fetch_edges("out", [node_id])
    page.fetch_edges("in", [node_id])
    out, inc = page.edges_from(node_id), page.edges_to(node_id)
    standards = [e.dst for e in out if e.kind == "HAS_STANDARD"]
    violations = [e.src for e in inc if e.kind == "ESCALATES_TO"] + [e.dst for e in out if e.kind == "FALLBACK_PENALTY"]
    case_edges = sorted((e for e in inc if e.kind == "CHARGED_WITH"), key=lambda e: "case_kind" not in e.props)
    cases = [e.src for e in case_edges if "case_kind" in e.props] + [e.src for e in case_edges[:top_cases]]
    page.fetch_nodes([node_id, *(e.dst for e in out), *violations, *cases])
    page.fetch_edges("in", standards)
    page.fetch_edges("out", violations)
    siblings = [e.src for s in standards for e in page.edges_to(s, ("HAS_STANDARD",))]
    page.fetch_edges("out", siblings)
    sibling_standards = [e.dst for o in siblings for e in page.edges_from(o, ("HAS_STANDARD",))]
    page.fetch_nodes(sibling_standards)
    named = [f"doc:{e.source.split(':')[0]}" for e in out if e.kind == "DEFINED_BY"]
    # the articles that apply another offense's clause here (_applied_by), in this batch too
    named += [article_id(e.source) for e in out if e.kind == "HAS_STANDARD" and e.method == "curated"]
    for s in sibling_standards:
        node = page.node(s)
        if node:
            named += [f"doc:{node.props.get('doc_id')}", article_id(node.props.get("unit_id", ""))]
    for v in violations:
        named += [e.dst for e in page.edges_from(v, ("PENALIZED_BY", "COMPETENT"))]
    for e in inc + out:
        named += [article_id(u) for u in e.props.get("basis", [])] if e.kind in ("ESCALATES_TO", "FALLBACK_PENALTY") else []
    page.fetch_nodes(named)
    return page


def offense_view(store: GraphStore, node_id: str, top_cases: int = 10) -> dict | None:
    """Everything the 罪名页 shows: articles, standards, both linkage directions, cases, domains."""
    store = offense_page_reads(store, node_id, top_cases)        # batch reads first: the reads below are local
    n = store.node(node_id)
    if n is None or n.kind != "Offense":
        return None
    def source_label(unit_id: str) -> str:
        doc = store.node(f"doc:{unit_id.split(':')[0]}")
        return doc.label if doc else unit_id

    articles = [dict(_article_ref(store, e.dst), clauses=e.props.get("clauses", []),
                     provenance={"source": e.source, "source_title": source_label(e.source), "method": e.method})
                for e in store.edges_from(node_id, ("DEFINED_BY",))]
    standards = [standard_view(store, e.dst) | _applied_by(store, e)
                 for e in store.edges_from(node_id, ("HAS_STANDARD",)) if store.node(e.dst)]

    def violation(vid: str, edge) -> dict:
        v = store.node(vid)
        penalties = [_article_ref(store, p.dst) for p in store.edges_from(vid, ("PENALIZED_BY",))]
        agencies = [store.node(a.dst).label for a in store.edges_from(vid, ("COMPETENT",)) if store.node(a.dst)]
        basis = [_article_ref(store, article_id(u)) | {"unit_id": u} for u in edge.props.get("basis", [])]
        return {"id": vid, "name": v.label if v else vid, "penalty_articles": penalties, "agencies": agencies,
                "basis": basis, "note": edge.props.get("note"), "link": link_status(edge),
                "provenance": {"source": edge.source, "method": edge.method}}

    forward = [violation(e.src, e) for e in store.edges_to(node_id, ("ESCALATES_TO",))]
    reverse = [violation(e.dst, e) for e in store.edges_from(node_id, ("FALLBACK_PENALTY",))]
    # official cases (典型案例 / 指导性案例) first: the edge carries their kind (graph.extract)
    case_edges = sorted(store.edges_to(node_id, ("CHARGED_WITH",)), key=lambda e: "case_kind" not in e.props)
    typical = [typical_case_ref(store.node(e.src)) for e in case_edges if "case_kind" in e.props and store.node(e.src)]
    cases = []
    for e in case_edges[:top_cases]:
        c = store.node(e.src)
        cases.append({"id": e.src, "doc_id": c.props.get("doc_id") if c else None, "title": c.label if c else e.src,
                      "charges": c.props.get("charges", []) if c else [],
                      "case_kind": e.props.get("case_kind", "judgment")})
    domains = [store.node(e.dst).label for e in store.edges_from(node_id, ("IN_DOMAIN",)) if store.node(e.dst)]
    return {"id": node_id, "name": n.label, "aliases": n.props.get("aliases", []), "articles": articles,
            "standards": standards, "statutory_threshold": n.props.get("statutory_threshold"),
            "standards_note": None if standards else missing_standard_note(n.props.get("statutory_threshold"), bool(forward)),
            "forward_violations": forward, "reverse_violations": reverse, "typical_cases": typical,
            "cases": {"count": len(case_edges), "top": cases}, "domains": sorted(set(domains))}


def typical_case_ref(node, words: frozenset[str] = frozenset()) -> dict:
    """A typical / guiding case as the 罪名页 and consultation list it (相关典型案例): kind, issuer,
    release, and the 典型意义 excerpt — its opening, or the sentence sharing most of `words`."""
    p = node.props
    kind = p.get("case_kind", "judgment")
    return {"id": p.get("doc_id"), "node": node.id, "title": node.label, "case_kind": kind,
            "kind_label": KIND_LABELS.get(kind, kind), "jianli_no": p.get("jianli_no"), "issuer": p.get("issuer"),
            "released": p.get("released"), "linkage": p.get("linkage", []), "transcription": bool(p.get("transcription")),
            "significance": {"label": p.get("significance_label"), "unit_id": p.get("significance_unit"),
                             "excerpt": excerpt(p.get("significance") or "", words)},
            "facts_unit": p.get("facts_unit")}


def related_typical_cases(store: GraphStore, view: dict, words: frozenset[str], limit: int = 3) -> list[dict]:
    """An offense's typical cases for a consultation answer: those whose title and 典型意义 share the
    most of the question's words first, each with the 典型意义 sentence that shares the most."""
    scored = []
    nodes = store.nodes_by_id([ref["node"] for ref in view["typical_cases"]])
    for i, ref in enumerate(view["typical_cases"]):
        node = nodes[ref["node"]]
        text = f"{node.label}{node.props.get('significance') or ''}"
        scored.append((-sum(1 for w in words if len(w) > 1 and w in text), i, node))
    return [typical_case_ref(node, words) for _, _, node in sorted(scored, key=lambda x: x[:2])[:limit]]


def offenses_for_unit(store: GraphStore, unit_id: str, doc_id: str, doc_type: str, limit: int | None = None) -> list[dict]:
    """Offenses a search hit is linked to (see offenses_for_units)."""
    return offenses_for_units(store, [(unit_id, doc_id, doc_type)], limit)[0]


def offenses_for_units(store: GraphStore, units: list[tuple[str, str, str]], limit: int | None = None) -> list[list[dict]]:
    """For each (unit id, doc id, doc type) of a result page, the offenses it is linked to (see
    graph.links): one question to the store for the whole page; at most `limit` per hit (the
    search passes its ranking config's hit_offenses)."""
    return [links[:limit] for links in store.offense_links(units)]


def offense_articles(store: GraphStore, offense_node: str) -> list[str]:
    """Unit ids of the 刑法 articles defining an offense."""
    return offense_articles_many(store, [offense_node])[offense_node]


def offense_articles_many(store: GraphStore, offense_nodes: list[str]) -> dict[str, list[str]]:
    """Unit ids of the 刑法 articles defining each offense: two batch reads."""
    edges = store.edges_from_many(offense_nodes, ("DEFINED_BY",)) if offense_nodes else {}
    nodes = store.nodes_by_id({e.dst for es in edges.values() for e in es})
    return {oid: [nodes[e.dst].props["unit_id"] for e in es if e.dst in nodes and nodes[e.dst].props.get("unit_id")]
            for oid, es in edges.items()}


def case_links(store: GraphStore, doc_ids: list[str]) -> dict[str, dict]:
    """What the similar-cases list shows of each case, in three batch reads: its node, its charges
    (offense ids and names) and its domains' labels."""
    ids = [case_id(d) for d in doc_ids]
    nodes = store.nodes_by_id(ids)
    edges = store.edges_from_many(ids, ("CHARGED_WITH", "IN_DOMAIN")) if ids else {}
    targets = store.nodes_by_id({e.dst for es in edges.values() for e in es})
    out = {}
    for doc_id, cid in zip(doc_ids, ids):
        charges = [e.dst for e in edges[cid] if e.kind == "CHARGED_WITH"]
        out[doc_id] = {"node": nodes.get(cid), "charges": charges,
                       "charge_names": [targets[o].label for o in charges if o in targets],
                       "labels": {o: targets[o].label for o in charges if o in targets},
                       "domains": {targets[e.dst].label for e in edges[cid] if e.kind == "IN_DOMAIN" and e.dst in targets}}
    return out


def cases_charged_with(store: GraphStore, offense_ids) -> list[str]:
    """Document ids of the cases judged for any of these offenses (one batch read), so analogous
    cases can be looked for among them and not only among the best text matches."""
    edges = store.edges_to_many(list(offense_ids), ("CHARGED_WITH",)) if offense_ids else {}
    return sorted({e.src.removeprefix(case_id("")) for es in edges.values() for e in es})


def domains_of(store: GraphStore, node_ids) -> set[str]:
    """Labels of the domains these nodes are in (two batch reads)."""
    edges = store.edges_from_many(list(node_ids), ("IN_DOMAIN",)) if node_ids else {}
    nodes = store.nodes_by_id({e.dst for es in edges.values() for e in es})
    return {nodes[e.dst].label for es in edges.values() for e in es if e.dst in nodes}


def offenses_by_name(store: GraphStore, names) -> dict[str, Node]:
    """The offense node for each of `names` that is an offense's current name or a former one (an
    alias): judgments, and the predictor that learned from them, use the names of their time
    (生产、销售假药罪 is now 生产、销售、提供假药罪; two 野生动物 offenses became 危害珍贵、濒危野生动物罪)."""
    wanted = set(names)
    out: dict[str, Node] = {}
    for n in store.nodes_of_kind("Offense"):
        for name in (n.label, *n.props.get("aliases", [])):
            if name in wanted:
                out.setdefault(name, n)
    return out


def with_current_names(store: GraphStore, names) -> set[str]:
    """The names and, for each former name, the offense's name now: a judgment's label 生产、销售假药罪
    and an answer's 生产、销售、提供假药罪 are one offense when evaluating."""
    names = set(names)
    return names | {node.label for node in offenses_by_name(store, names).values()}


def offenses_of_charges(store: GraphStore, charges: list[tuple[str, float]]) -> list[tuple[str, float, Node | None]]:
    """Predicted (charge name, p), best first, each with its offense node under a current or former
    name (None when the graph has none); two former names of one offense count once, the first."""
    offenses = offenses_by_name(store, [name for name, _ in charges])
    out, seen = [], set()
    for name, p in charges:
        node = offenses.get(name)
        if node is not None:
            if node.id in seen:
                continue
            seen.add(node.id)
        out.append((name, p, node))
    return out


# Where a bare offense name (no 罪) in the text names no act: 爆炸 names 爆炸罪 (intentionally causing an
# explosion) only as the act (制造爆炸, 实施爆炸), never in 爆炸物 / 爆炸性 (the explosives offenses'
# object) or as an event (瓦斯爆炸, 发生爆炸, 反应釜爆炸后: none of the 14,000 labelled judgments whose
# facts use the word is a 爆炸罪 judgment; officers' accident questions put 爆炸罪 first); goods that 均为假冒注册商标且伪劣
# (a tobacco appraisal's words in 非法经营 and 伪劣产品 cases) name no 假冒注册商标罪. In the bundled
# judgments' facts these two were named 12 and 52 times, for 0 and 1 judgments of that offense.
# 非法经营数额 (what the IP, tobacco and other standards count) names no 非法经营罪: without it the name
# named 172 judgments' facts, .74 of them charged with it; with it 128, .84.
NOT_THE_ACT = {"爆炸": re.compile(r"爆炸(?=[物品性力能嫌浓疑危事])|(?<!制造)(?<!实施)(?<!故意)(?<!蓄意)爆炸"),
               "假冒注册商标": re.compile(r"(?:[为系属是]|属于)假冒注册商标|假冒注册商标(?=[的且商伪])"),
               "非法经营": re.compile(r"非法经营(?=数额|额)")}
# A title (《…解释》) names a document, not the facts' conduct: 《关于办理非法采矿、破坏性采矿刑事案件…》
TITLE_RE = re.compile(r"《[^》]{0,120}》")
# A parenthesis about someone else's case names their offense, not the facts' conduct: 李某（均因犯运输
# 毒品罪已被判刑）. In the bundled judgments' facts, offenses named only there: 3, none of them charged.
OTHERS_CASE_RE = re.compile(r"[（(][^（）()]{0,40}(?:另案|已被判|已判|判处)[^（）()]{0,40}[）)]")


def _offense_strings_in(store: GraphStore, text: str) -> list[tuple[str, str]]:
    """(name, offense id) for every offense name and alias in the text, with or without 罪 (the bare
    form only where it has no 、), longest first. Only these few are sorted: this runs on every
    search query."""
    found = set()
    for n in store.nodes_of_kind("Offense"):
        for name in [n.label, *n.props.get("aliases", [])]:
            core = name.removesuffix("罪")
            if len(core) < 2:
                continue
            for form in (name,) if "、" in core else (name, core):
                if form in text:
                    found.add((form, n.id))
    return sorted(found, key=lambda x: (-len(x[0]), x))


def offense_mentions(store: GraphStore, text: str, denied: dict[str, str] | None = None,
                     as_question: bool | None = None) -> list[tuple[str, str | None]]:
    """(offense node id, the act phrase that named it or None where its name did) for every offense
    the text names: an act on one of its objects (盗窃炸药, graph/acts.py), or its name or alias with
    or without 罪. The longest name wins where one holds another: 销售假冒注册商标的商品 names no
    假冒注册商标罪, 合同诈骗 no 诈骗罪, 职务侵占 no 侵占罪, and 盗窃炸药 no 盗窃罪. A denied act
    (没有贩卖毒品) names nothing; `denied`, when given, receives offense id → its phrase. In a
    narrative of facts (graph/name_words.py) a bare common word names nothing (供他人赌博 no 赌博罪),
    nor does a questions-only act phrase (伪造营业执照, mostly the means of a fraud there)."""
    text = simplified(text)        # 盜竊罪 names 盗窃罪
    question = is_question(text, as_question)
    skip_words = frozenset() if question else common_word_names()
    text = OTHERS_CASE_RE.sub("", TITLE_RE.sub("", text))
    out: dict[str, str | None] = {}
    acts = act_mentions(text, question=question)
    if acts:
        nodes = offenses_by_name(store, [a.offense for a in acts])
        for a in acts:
            if a.offense in nodes:
                if a.denied:
                    if denied is not None:
                        denied.setdefault(nodes[a.offense].id, a.phrase)
                else:
                    out.setdefault(nodes[a.offense].id, a.phrase)
                text = text[:a.start] + "\u3000" * (a.end - a.start) + text[a.end:]
    for name, oid in _offense_strings_in(store, text):
        pattern = NOT_THE_ACT.get(name)
        if name in (pattern.sub("", text) if pattern else text):      # not yet inside a longer name
            if name in skip_words:
                continue
            out.setdefault(oid, None)
            text = text.replace(name, "\u3000" * len(name))
    return list(out.items())


def offenses_named_in(store: GraphStore, text: str, as_question: bool | None = None) -> list[str]:
    """Offense node ids the text names (see offense_mentions)."""
    return [oid for oid, _ in offense_mentions(store, text, as_question=as_question)]


NOT_DEFINING_RE = re.compile(r"^第\S+条\s*(单位犯|犯本|对犯|本章|本节|在战时)")


def defines_offense(text: str) -> bool:
    """A 刑法 article defines an offense when it sets a criminal penalty (处…有期徒刑/拘役/…) and is
    not a penalty rule for offenses defined elsewhere (单位犯本节…, 对犯贪污罪的…, 在战时…)."""
    return bool(PENALTY_RE.search(text)) and not NOT_DEFINING_RE.match(text)


def check(store: GraphStore, unit_texts: dict[str, str] | None = None) -> dict:
    """Dangling edges, offenses without articles, cases without offenses, and the share of 刑法
    specific-part articles that define an offense and are linked to one."""
    nodes = getattr(store, "nodes", {})
    dangling = []
    for edges in getattr(store, "out", {}).values():
        for e in edges:
            if e.src not in nodes or e.dst not in nodes:
                dangling.append(e.to_dict())
    offenses = store.nodes_of_kind("Offense")
    no_articles = [o.label for o in offenses if not store.edges_from(o.id, ("DEFINED_BY",))]
    cases = store.nodes_of_kind("Case")
    no_offense = [c.id for c in cases if not store.edges_from(c.id, ("CHARGED_WITH",))]
    coverage = None
    if unit_texts is not None:
        defining, linked, unlinked = 0, 0, []
        for n in store.nodes_of_kind("Article"):
            p = n.props
            if p.get("doc_id") != "xingfa" or not (SPECIFIC_PART_FIRST_ARTICLE <= (p.get("article_no") or 0) <= SPECIFIC_PART_LAST_ARTICLE):
                continue
            if not defines_offense(unit_texts.get(p["unit_id"], "")):
                continue
            defining += 1
            if store.edges_to(n.id, ("DEFINED_BY",)):
                linked += 1
            else:
                unlinked.append(n.label)
        coverage = {"defining_articles": defining, "linked": linked,
                    "ratio": round(linked / defining, 4) if defining else None, "unlinked": unlinked}
    return {"nodes": len(nodes), "edges": store.edge_count, "dangling_edges": dangling,
            "offenses_without_articles": no_articles, "cases_without_offenses": no_offense,
            "specific_part_coverage": coverage, "extraction_notes": list(store.notes)}


