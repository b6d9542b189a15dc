"""Build the graph from the corpus: every node and edge comes from a corpus text, a dataset field,
or the curated linkage file, and says which."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from corpus.charges import canonical_charge
from corpus.curated import checked, load_table, location
from corpus.loader import BUNDLED_CORPUS
from corpus.model import Document
from corpus.numerals import parse_article_label
from corpus.typical import OFFICIAL_KINDS, case_kind, sections_by_role, significance_unit

from .citations import find_citations, normalize_title
from .linkage_derive import add_derived
from .offenses import extract_offenses
from .scopes import load_scopes, scope_of
from .standards import extract_standards, law_index, statutory_standards
from .statutory_threshold import statutory_threshold, uncollected_thresholds
from .schema import (Edge, Node, agency_id, article_id, case_id, document_id, domain_id, offense_id,
                     violation_id)

CURATED_DATA = BUNDLED_CORPUS.parent / "data"
LINKAGE_FILE = CURATED_DATA / "linkage.yaml"
CRIMINAL_LAW_ID = "xingfa"
CRIMINAL_LAW_NAMES = ("刑法", "中华人民共和国刑法")


def extraction_fingerprint() -> str:
    """The graph code and the curated data it reads (linkage, act tables …), hashed: an index built by
    other extraction code is stale. (A version number bumped by hand was forgotten once: a standards
    fix stayed unbuilt.)"""
    import hashlib
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")) + sorted(CURATED_DATA.glob("*.*")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class Graph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # what extraction could not resolve

    def add_node(self, node: Node) -> None:
        self.nodes.setdefault(node.id, node)

    def add_edge(self, edge: Edge) -> None:
        self.edges.append(edge)


def load_linkage(path: Path = LINKAGE_FILE) -> dict:
    """The reviewed violation → offense links, every entry checked for its fields."""
    data = checked(load_table(path) or {}, path, (), ("violations", "offense_domains", "rejected_derived"))
    for r in data.get("rejected_derived") or []:
        checked(r, path, ("article", "offense", "why"), (), name_field="article")
    for v in data.get("violations") or []:
        checked(v, path, ("id", "name", "penalty"), ("domain", "agency", "escalates"), name_field="id")
        for esc in v.get("escalates") or []:
            checked(esc, path, ("offense",), ("basis", "note"), name_field="offense")
    return data


def _article_nodes(g: Graph, docs: list[Document]) -> dict[tuple[str, int, int], str]:
    index = {}
    for doc in docs:
        g.add_node(Node(document_id(doc.id), "Document", doc.title,
                        {"doc_id": doc.id, "type": doc.type, "status": doc.status}))
        for d in doc.domains:
            g.add_node(Node(domain_id(d), "Domain", d))
            g.add_edge(Edge(document_id(doc.id), domain_id(d), "IN_DOMAIN", doc.id, "curated"))
        if doc.type == "case":
            continue
        for u in doc.units:
            if u.kind != "article":
                continue
            nid = article_id(u.id)
            g.add_node(Node(nid, "Article", f"{_short_title(doc.title)}{u.label}",
                            {"unit_id": u.id, "doc_id": doc.id, "article_no": u.article_no,
                             "article_suffix": u.article_suffix}))
            g.add_edge(Edge(nid, document_id(doc.id), "PART_OF", u.id, "parsed"))
            if u.article_no is not None:     # a case type (渎职侵权 立案标准 一（十二）) is cited by name, not number
                index[(doc.id, u.article_no, u.article_suffix)] = nid
    return index


def _short_title(title: str) -> str:
    return title.removeprefix("中华人民共和国")


def _offenses(g: Graph, docs: list[Document], articles: dict) -> dict[str, str]:
    """Offense nodes and DEFINED_BY edges; returns every name and alias → offense node id."""
    names = {}
    law, uncollected = law_index(docs), uncollected_thresholds()
    for off in extract_offenses(docs):
        nid = offense_id(off.name)
        g.add_node(Node(nid, "Offense", off.name, {"aliases": sorted(off.aliases),
                                                   "clauses": [[a.number, a.suffix, list(a.clauses)] for a in off.articles],
                                                   "statutory_threshold": statutory_threshold(off.name, off.articles, law, uncollected)}))
        names[off.name] = nid
        for alias in off.aliases:
            names.setdefault(alias, nid)
        source = off.sources[-1] if off.sources else ""
        for ref in off.articles:
            target = articles.get((CRIMINAL_LAW_ID, ref.number, ref.suffix))
            if target is None:
                g.notes.append(f"{off.name}: 刑法第{ref.number}条{'之' + str(ref.suffix) if ref.suffix else ''} is not in the corpus")
                continue
            g.add_edge(Edge(nid, target, "DEFINED_BY", source, "parsed",
                            {"clauses": list(ref.clauses)} if ref.clauses else {}))
    return names


def resolve_offense(name: str, names: dict[str, str]) -> str | None:
    if name in names:
        return names[name]
    official = canonical_charge(name)
    return names.get(official) if official else None


def _cases(g: Graph, docs: list[Document], names: dict[str, str], articles: dict) -> None:
    for doc in docs:
        if doc.type != "case":
            continue
        nid = case_id(doc.id)
        charges = doc.meta.get("charges") or []
        g.add_node(Node(nid, "Case", doc.title, {"doc_id": doc.id, "charges": charges, **_official_case_props(doc)}))
        row = doc.source.row or doc.source.path
        # an official case's kind rides on its charge edges, so an offense page finds them without node lookups
        official = {"case_kind": doc.meta["case_kind"]} if doc.meta.get("case_kind") in OFFICIAL_KINDS else {}
        for charge in charges:
            target = resolve_offense(charge, names)
            if target:
                g.add_edge(Edge(nid, target, "CHARGED_WITH", f"{doc.source.dataset}: {doc.source.path} {row}", "dataset",
                                official))
            else:
                g.notes.append(f"{doc.id}: charge '{charge}' matches no offense")
        cited = set()
        for u in doc.units:
            for c in find_citations(u.text):
                if c.law.strip("《》") in CRIMINAL_LAW_NAMES:
                    target = articles.get((CRIMINAL_LAW_ID, c.number, c.suffix))
                    if target and target not in cited:
                        cited.add(target)
                        g.add_edge(Edge(nid, target, "CITES", u.id, "parsed"))
        if doc.meta.get("case_kind") in OFFICIAL_KINDS:
            _official_case_links(g, doc, articles, cited)


OFFICIAL_PROPS = ("case_kind", "jianli_no", "linkage", "transcription")
SIGNIFICANCE_CHARS = 1500


def _official_case_props(doc: Document) -> dict:
    """What sets a typical / guiding case apart from a judgment on its node: its kind, issuer, release
    date, and where its facts and its 典型意义 are (with the text, for excerpts on offense pages)."""
    kind = case_kind(doc.meta)
    if kind == "judgment":
        return {"case_kind": kind}
    units = [{"id": u.id, "label": u.label, "text": u.text} for u in doc.units]
    facts, significance = sections_by_role(units).get("facts"), significance_unit(units)
    return {**{k: doc.meta[k] for k in OFFICIAL_PROPS if k in doc.meta}, "case_kind": kind,
            "issuer": doc.issuer, "released": doc.promulgated, "domains": doc.domains,
            "facts_unit": facts["id"] if facts else None,
            "significance_unit": significance["id"] if significance else None,
            "significance_label": significance["label"] if significance else None,
            "significance": significance["text"][:SIGNIFICANCE_CHARS] if significance else ""}


def _official_case_links(g: Graph, doc: Document, articles: dict, cited: set[str]) -> None:
    """The 刑法 articles its front matter names (刑法第134条之一 in the editor's list), its domains
    and its issuers."""
    nid = case_id(doc.id)
    for d in doc.domains:
        g.add_edge(Edge(nid, domain_id(d), "IN_DOMAIN", f"{doc.id}#domains", "curated"))
    for label in doc.meta.get("articles") or []:
        parsed = parse_article_label(label)
        target = articles.get((CRIMINAL_LAW_ID, parsed[0], parsed[1])) if parsed else None
        if target and target not in cited:
            cited.add(target)
            g.add_edge(Edge(nid, target, "CITES", f"{doc.id}#articles", "curated"))
    for issuer in doc.issuer.split("、"):
        g.add_node(Node(agency_id(issuer), "Agency", issuer))
        g.add_edge(Edge(nid, agency_id(issuer), "ISSUED_BY", f"{doc.id}#issuer", "curated"))


def _cross_references(g: Graph, docs: list[Document], articles: dict) -> None:
    by_title = {normalize_title(d.title): d.id for d in docs if d.type != "case"}
    for doc in docs:
        if doc.type == "case":
            continue
        for u in doc.units:
            if u.kind != "article":
                continue
            src = article_id(u.id)
            seen = set()
            for c in find_citations(u.text):
                law = c.law
                if law in ("本法", "本条例", "本办法", "本规定"):
                    target_doc = doc.id
                elif law == "刑法":
                    target_doc = CRIMINAL_LAW_ID
                else:
                    target_doc = by_title.get(normalize_title(law))
                if target_doc is None:
                    continue
                target = articles.get((target_doc, c.number, c.suffix))
                if target and target != src and target not in seen:
                    seen.add(target)
                    g.add_edge(Edge(src, target, "REFERS_TO", u.id, "parsed"))


def _linkage(g: Graph, linkage: dict, names: dict[str, str], known_units: set[str]) -> None:
    for v in linkage.get("violations", []):
        vid = violation_id(v["id"])
        g.add_node(Node(vid, "Violation", v["name"], {"domain": v.get("domain"), "agency": v.get("agency")}))
        src = f"corpus/data/linkage.yaml#{v['id']}"
        if v.get("domain"):
            g.add_node(Node(domain_id(v["domain"]), "Domain", v["domain"]))
            g.add_edge(Edge(vid, domain_id(v["domain"]), "IN_DOMAIN", src, "curated"))
        if v.get("agency"):
            g.add_node(Node(agency_id(v["agency"]), "Agency", v["agency"]))
            g.add_edge(Edge(vid, agency_id(v["agency"]), "COMPETENT", v["penalty"][0], "curated"))
        for unit in v.get("penalty", []):
            g.add_edge(Edge(vid, article_id(unit), "PENALIZED_BY", unit, "curated"))
        for esc in v.get("escalates", []):
            target = resolve_offense(esc["offense"], names)
            if target is None:
                g.notes.append(f"linkage {v['id']}: offense '{esc['offense']}' is not a current offense name")
                continue
            basis = list(esc.get("basis", []))
            props = {"basis": basis, **({"note": esc["note"]} if esc.get("note") else {})}
            g.add_edge(Edge(vid, target, "ESCALATES_TO", ";".join(basis) or src, "curated", props))
            g.add_edge(Edge(target, vid, "FALLBACK_PENALTY", ";".join(v["penalty"]), "curated",
                            {"basis": list(v["penalty"])}))
            for unit in basis:
                if unit not in known_units:
                    g.notes.append(f"linkage {v['id']}: basis '{unit}' is not a unit in the corpus")
    for domain, offenses in (linkage.get("offense_domains") or {}).items():
        g.add_node(Node(domain_id(domain), "Domain", domain))
        for name in offenses:
            target = resolve_offense(name, names)
            if target is None:
                g.notes.append(f"offense_domains {domain}: '{name}' is not a current offense name")
                continue
            g.add_edge(Edge(target, domain_id(domain), "IN_DOMAIN", f"corpus/data/linkage.yaml#offense_domains.{domain}", "curated"))


def _offenses_for_target(g: Graph, number: int, suffix: int, clause: int | None) -> list[str]:
    """The offenses a 刑法 article (and 款) holds. An offense whose definition names the 款 wins over one whose
    definition names none: 袭警罪 is 第二百七十七条第五款, 妨害公务罪 the whole article (the 1997 罪名 list gives
    no 款), and 袭警解释 第二条's “严重危及其人身安全” of 第五款 is 袭警's alone."""
    target = article_id(f"{CRIMINAL_LAW_ID}:art{number}" + (f"-{suffix}" if suffix else ""))
    matches, named = [], []
    for e in g.edges:
        if e.kind == "DEFINED_BY" and e.dst == target:
            clauses = e.props.get("clauses") or []
            if clause is None or not clauses or clause in clauses:
                matches.append(e.src)
            if clause is not None and clause in clauses:
                named.append(e.src)
    return named or matches


def _named_by_its_act(g: Graph, offenses: list[str], head: str, term: str) -> list[str]:
    """Of the offenses one 刑法 paragraph holds, those whose act the clause's lead names or the term it deems is:
    卖淫解释（2017）第二条 "组织他人卖淫，具有下列情形之一的" is 组织卖淫罪's and 第六条 "强迫他人卖淫，…" 强迫卖淫罪's,
    though 第三百五十八条第一款 holds both; 第一条 deems “组织他人卖淫” (卖淫人员在三人以上), no threshold for 强迫.
    The longest act named wins (协助组织他人卖淫 names 组织…卖淫 too)."""
    lead = re.split(r"[，,]?(?:具有|有)下列|[，,]应当|[，,]属于", re.sub(r"^第\S+条\s*", "", head))[0]
    cores = {o: g.nodes[o].label.removesuffix("罪").replace("、", "") for o in offenses if o in g.nodes}
    named = [o for o, core in cores.items() if any(_in_order(core, words) for words in (lead, term))]
    longest = max((len(cores[o]) for o in named), default=0)
    return [o for o in named if len(cores[o]) == longest] or _named_by_its_object(g, offenses, lead)


def _named_by_its_object(g: Graph, offenses: list[str], lead: str) -> list[str]:
    """Of offenses that share their act (走私文物罪, 走私贵重金属罪, 走私珍贵动物、珍贵动物制品罪 of 第一百五十一条第二款), those
    whose object the clause's lead names, however far from the act: 走私解释 第八条 "走私国家禁止出口的三级文物…" is 走私
    文物罪's alone, 第九条 "…或者走私珍贵动物制品数额不满二十万元" the animals'."""
    labels = {o: g.nodes[o].label.removesuffix("罪") for o in offenses if o in g.nodes}
    if len(labels) < 2:
        return []
    act = os.path.commonprefix(list(labels.values()))
    if len(act) < 2 or not lead.startswith(act):      # the clause is about the act they share
        return []
    return [o for o, label in labels.items() if any(len(obj) >= 2 and obj in lead for obj in label[len(act):].split("、"))]


def _refers_conviction_elsewhere(law_texts: dict[str, str], articles) -> bool:
    """Every target article only sends its acts to another article's offense (依照本法第…条的规定定罪处罚)."""
    texts = [law_texts.get(f"{CRIMINAL_LAW_ID}:art{n}" + (f"-{s}" if s else ""), "") for n, s, _ in articles]
    return bool(texts) and all(re.search(r"依照本法第[^条]+条的规定(?:定罪)?处罚", t) for t in texts)


def _in_order(core: str, words: str) -> bool:
    """Every character of the act's name in the words, in order, within twice its length."""
    for start in (i for i, ch in enumerate(words) if ch == core[:1]):
        it = iter(words[start:start + 2 * len(core)])
        if all(ch in it for ch in core):
            return True
    return False


def _standards(g: Graph, docs: list[Document], names: dict[str, str]) -> None:
    """Standard nodes (threshold clauses with structured conditions) and their offenses; a clause
    limited to one kind of object carries its scope (graph/scopes.py)."""
    scopes = load_scopes(docs)
    law_texts = {u.id: u.text for d in docs if d.id == CRIMINAL_LAW_ID for u in d.units}
    curated = statutory_standards(docs)
    # 土地解释（2000）第三条 defines two terms that must both hold, which the parser multiplied into four items
    # asking 严重污染 alone: its curated entry stands in for the parse
    replaced = {s.unit_id for s in curated if s.replaces_parsed}
    for std in [s for s in extract_standards(docs) if s.unit_id not in replaced] + curated:
        offenses: list[str] = []
        for name in std.offense_names:
            oid = resolve_offense(name, names)
            if oid:
                offenses.append(oid)
        if not offenses:
            for number, suffix, clause in std.articles:
                offenses += [o for o in _offenses_for_target(g, number, suffix, clause) if o not in offenses]
            if len(offenses) > 1:
                offenses = _named_by_its_act(g, offenses, std.head, std.term) or offenses
            if not offenses:
                # a paragraph the 罪名 determinations number before an amendment added one: 卖淫解释（2017）第五条's
                # 第三百五十八条第四款 is the 1997 第三款 of 协助组织卖淫罪; the article's offense whose act the clause names
                whole = [o for number, suffix, _ in std.articles for o in _offenses_for_target(g, number, suffix, None)]
                offenses = _named_by_its_act(g, whole, std.head, std.term)
        if not offenses and _refers_conviction_elsewhere(law_texts, std.articles):
            continue        # 刑法第三百六十二条: 依照本法第三百一十条的规定定罪处罚 — it defines no offense to link
        if not offenses:
            g.notes.append(f"{std.id}: no offense found for 刑法 {std.articles}")
            continue
        nid = std.id
        props = std.to_dict()
        if scope := scope_of(scopes, std.id, std.unit_id):
            props["scope"] = scope
        g.add_node(Node(nid, "Standard", f"{std.term}（{std.unit_id}）", props))
        g.add_edge(Edge(nid, article_id(std.unit_id), "SOURCE", std.unit_id, "parsed"))
        for oid in offenses:
            g.add_edge(Edge(oid, nid, "HAS_STANDARD", std.unit_id, "parsed"))


STANDARD_REFERENCES = CURATED_DATA / "standard_references.yaml"


def _standard_references(g: Graph, docs: list[Document], names: dict[str, str],
                         path: Path = STANDARD_REFERENCES) -> None:
    """Offenses whose thresholds are another offense's clauses by reference (standard_references.yaml):
    HAS_STANDARD edges marked with the referring unit and its words."""
    texts = {u.id: u.text for d in docs for u in d.units}
    for entry in load_table(path) or []:
        checked(entry, path, ("offense", "unit", "quote", "standards"), name_field="offense")
        where = location(path, entry, entry["offense"])
        if entry["unit"] not in texts:
            continue                                  # a corpus without that interpretation
        if entry["quote"] not in texts[entry["unit"]]:
            raise ValueError(f"{where}: the quote is not in {entry['unit']}")
        oid = resolve_offense(entry["offense"], names)
        missing = [sid for sid in entry["standards"] if sid not in g.nodes]
        if oid is None or missing:
            raise ValueError(f"{where}: " + (f"no such offense" if oid is None else f"clauses not parsed: {missing}"))
        for sid in entry["standards"]:
            g.add_edge(Edge(oid, sid, "HAS_STANDARD", entry["unit"], "curated", {"quote": entry["quote"]}))


def _case_domains(g: Graph) -> None:
    """A case is in the domains of the offenses it was charged with."""
    offense_domains: dict[str, set[str]] = {}
    for e in g.edges:
        if e.kind == "IN_DOMAIN" and e.src.startswith("offense:"):
            offense_domains.setdefault(e.src, set()).add(e.dst)
    for e in [e for e in g.edges if e.kind == "CHARGED_WITH"]:
        for d in sorted(offense_domains.get(e.dst, ())):
            g.add_edge(Edge(e.src, d, "IN_DOMAIN", e.dst, "parsed"))


def build_graph(docs: list[Document], linkage: dict | None = None) -> Graph:
    g = Graph()
    articles = _article_nodes(g, docs)
    names = _offenses(g, docs, articles)
    _standards(g, docs, names)
    _standard_references(g, docs, names)
    _cases(g, docs, names, articles)
    _cross_references(g, docs, articles)
    known_units = {u.id for d in docs for u in d.units}
    linkage = load_linkage() if linkage is None else linkage
    _linkage(g, linkage, names, known_units)
    add_derived(g, docs, linkage)   # candidate links read from the administrative laws, beside the reviewed ones
    _case_domains(g)
    # dedupe identical edges (same src, dst, kind)
    seen, unique = set(), []
    for e in g.edges:
        key = (e.src, e.dst, e.kind)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    g.edges = unique
    return g
