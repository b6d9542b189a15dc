"""Derived linkage (issue 16, deliverable 3): candidate links between the penalty articles of the
bundled administrative laws and the offenses, read from the laws' own clauses, so that linkage
reaches every law in the corpus and not only the pairs someone has reviewed.

An administrative article is a candidate when it penalizes a conduct (罚款, 没收, 吊销, 责令停产停业,
拘留 …). What ties it to criminal law is, in decreasing strength: its own words (…构成犯罪的，依法
追究刑事责任; 尚不构成犯罪的，由…), another article of the same law that refers to it and says so
(有本法第X条规定的行为，构成犯罪的…), or the law's general clause (违反本法规定，构成犯罪的…).
Which offense: each conduct the article names (an item （一）…, or a paragraph) is compared with every
offense's words — its name and the conduct part of its 刑法 article and filing standards — weighted by
how rare each word is among offenses (违反/规定 say nothing, 盗伐/林木 say much): the cosine of the two,
scaled by how much of the offense's name the conduct states, times the strength of the criminal
clause. At least two shared words and 40% of the name are needed; articles about officials (处分) and
offenses only officials commit are left out. The measured recall and precision are in
scripts/eval_linkage.py and eval/derived_links_sample.yaml.

Every derived link keeps its evidence (the clause, the matched words, the score) and is marked
`derived`; a reviewed link of corpus/data/linkage.yaml for the same (article, offense) pair replaces it, and a pair
its `rejected_derived` list names (read and found wrong) is not offered.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from corpus.model import Document

from .citations import find_citations
from .schema import Edge, Node, agency_id, article_id, domain_id, violation_id

UNKNOWN_AGENCY = "（条文未写明主管部门）"
MIN_SCORE = 0.2           # below it a candidate is not shown (see eval/derived_links_sample.yaml)
TOP_PER_ARTICLE = 3       # offenses kept per conduct
PER_LAW_OFFENSE = 3       # articles of one law kept per offense: a law's own field words (危险化学品) pull an
                          # offense (危险驾驶罪) toward every article; its best three are the conduct
RELATIVE_TO_BEST = 0.85   # … and only those within this share of the best score for the same conduct
# documents that are not administrative laws of one field: procedure and general rules
NOT_ADMIN = {"xingfa", "xingshi-susong-fa", "xingzheng-chufa-fa", "gongan-xingzheng-anjian-guiding"}
PENALTY_RE = re.compile(r"罚款|没收|吊销|责令停产停业|责令关闭|拘留|取缔|暂扣|撤销[^，。；]{0,8}许可")
CRIMINAL_RE = re.compile(r"[^。；]*(?:构成犯罪|追究刑事责任|依照刑法|依法移送司法机关)[^。；]*")
LAW_CLAUSE_RE = re.compile(r"^第\S+条\s*违反本(?:法|条例|办法|规定)(?:规定)?，构成犯罪的，依法追究刑事责任")
ITEM_RE = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
OFFICIALS_RE = re.compile(r"工作人员|部门|国家机关|人民警察|公安机关|人民法院")     # an article whose subject is an official or an authority: 处分, not penalties
OFFICIAL_ARTICLES = (382, 419)
# 刑法第十章 军人违反职责罪: only a serviceman commits them, so no administrative law's violation is their
# counterpart. 传染病防治法第六十九条 (隐瞒、谎报、缓报传染病疫情) was derived to 隐瞒、谎报军情罪 on the
# shared words 隐瞒 / 谎报, and a question about 医疗废物 then answered that offense first.
MILITARY_DUTY_ARTICLES = (420, 451)
# offenses only officials or state employees commit, wherever the 刑法 puts them (失职, 报复陷害 …)
OFFICIAL_OFFENSE_RE = re.compile(r"国家机关工作人员|司法工作人员|国有公司、企业、事业单位的工作人员|国有公司、企业、事业单位直接负责|"
                                 r"[^，。；]*(?:滥用职权|玩忽职守|徇私舞弊|严重不负责任)")
LAW_PENALTY_RE = re.compile(r"处[^。；]{0,40}?(?:有期徒刑|拘役|管制|罚金|死刑|无期徒刑)")
# strength of the tie to criminal law, by where the criminal clause is
STRENGTH = {"own": 1.0, "referenced": 0.95, "law": 0.8, "none": 0.65}
EVIDENCE_LABELS = {"own": "本条规定构成犯罪的依法追究刑事责任", "referenced": "同法援引本条的条文规定构成犯罪的依法追究刑事责任",
                   "law": "本法总括条款：构成犯罪的依法追究刑事责任", "none": "同一行为的行政处罚条款（条文未提及刑事责任）"}
# words of penalty and procedure, never evidence of a conduct
GENERIC = frozenset("""违反 规定 本法 国家 有关 情节 严重 较重 较轻 罚款 处罚 没收 违法 所得 违法所得 责令 改正 停止 单位
    人员 直接 负责 主管 责任 其他 依法 构成 犯罪 刑事 追究 以上 以下 万元 元 部门 人民政府 县级 行政 管理 监督 给予 处分
    可以 应当 并处 并 或者 拘留 警告 吊销 许可证 许可 不得 进行 行为 之一 下列 情形 国务院 地方 各级 机关 机构 工作 造成
    数额 较大 巨大 特别 处以 日 以 有 的 年 月 后果 损失 财产 公私 有期徒刑 拘役 管制 罚金 三年 七年 五年 十年 规定 法律
    行政法规 依照 本条例 条例 办法 决定 情况 期限 期间 限期 相关 事项 活动 作出 刑事责任 刑法 前款 本条 责任人 任人 管人
    产经 直接负责的主管人员 其他直接责任人员 构成犯罪 人民 政府 第一款 第二款 第三款 按照 行政部门 国家有关 承担 权利
    合法权益 合法权 合法利益 权益 人民法院 依法给予 治安管理 没有 故意 条件 国家规定 有关规定 以及 设备 物品 场所 工具 处理
    进入 参加 停产停业 责令停产停业 停产 停业 整顿 参与 他人""".split())
AGENCY_IN_ARTICLE_RE = re.compile(r"由((?:国务院|县级以上|省级|省、自治区、直辖市|设区的市级|地方|有关|所在地)?[^，。；：“”（）]{0,30}?"
                                  r"(?:部门|机关|机构|海关))(?:依照|按照|根据|依据|责令|没收|处|给予|吊销|予以|对|依法|决定)")
AGENCY_IN_LAW_RE = re.compile(r"(县级以上(?:地方)?(?:各级)?人民政府(?:(?!负责)[^，。；、]){0,20}?(?:主管部门|管理部门|行政部门|公安机关))"
                              r"|((?:税务|公安|海关)机关)(?:依照|负责|主管|应当依法)")


@dataclass
class OffenseProfile:
    node: str
    name: str
    name_terms: set[str]
    conduct_terms: set[str]
    name_variants: list[set[str]]   # the words of the name and of each alias, for name coverage
    article: str | None          # unit id of its 刑法 article
    official: bool = False       # 贪污贿赂 / 渎职 (刑法 382–419): committed by officials, not by those an agency penalizes


@dataclass
class DerivedLink:
    unit_id: str                 # the administrative penalty article
    doc_id: str
    offense_node: str
    offense: str
    score: float
    terms: list[str]             # conduct words the article shares with the offense
    tie: str                     # own | referenced | law | none
    clause: str                  # the criminal-liability clause (or the penalty article's opening)
    clause_unit: str | None      # where that clause is
    conduct: str                 # the conduct the article penalizes, as a short name
    agency: str
    domains: list[str] = field(default_factory=list)
    criminal_article: str | None = None
    segment: str = ""            # the item or paragraph of the article that names the conduct

    def evidence(self) -> dict:
        return {"clause": self.clause, "clause_unit": self.clause_unit, "conduct": self.segment, "terms": self.terms, "tie": self.tie,
                "tie_label": EVIDENCE_LABELS[self.tie], "score": self.score}


AMOUNT_WORD_RE = re.compile(r"以上|以下|万元|不满|追究")
NUMBER_WORD_RE = re.compile(r"^[零〇一二两三四五六七八九十百千万亿余多元倍人次吨亩条款项]+$")


def _tokens(text: str) -> set[str]:
    from indexer.analysis import tokenize
    return {t for t in tokenize(text) if len(t) >= 2 and t not in GENERIC and re.search(r"[\u4e00-\u9fff]", t)
            and not NUMBER_WORD_RE.match(t) and not t.startswith("第") and not AMOUNT_WORD_RE.search(t)}


def conduct_part(law_text: str) -> str:
    """A 刑法 paragraph without its penalties (处三年以下有期徒刑…): the conduct, with the items
    that follow the penalty of the lead ("…处一年以下有期徒刑、拘役或者管制：（一）关闭、破坏…")."""
    return re.sub(LAW_PENALTY_RE.pattern + r"[^；。：:]*", "", law_text)


def paragraphs(text: str) -> list[str]:
    """An article's paragraphs (款), with its numbered items joined to the paragraph they belong to."""
    out: list[str] = []
    for ln in (ln.strip() for ln in text.split("\n")):
        if not ln:
            continue
        if out and re.match(r"^（[一二三四五六七八九十]+）", ln):
            out[-1] += ln
        else:
            out.append(ln)
    return out


def offense_profiles(g, units_by_id: dict) -> list[OffenseProfile]:
    """Each offense's name words, and the conduct words of the 刑法 clause that defines it and of its
    filing thresholds (黑火药、烟火药 for 爆炸物; 事故隐患、拒不执行 for 危险作业)."""
    defined: dict[str, list] = {}
    standards: dict[str, list] = {}
    for e in g.edges:
        if e.kind == "DEFINED_BY":
            defined.setdefault(e.src, []).append(e)
        elif e.kind == "HAS_STANDARD":
            standards.setdefault(e.src, []).append(e.dst)
    out = []
    for node in [n for n in g.nodes.values() if n.kind == "Offense"]:
        variants = []
        for name in [node.label, *node.props.get("aliases", [])]:
            core = name.removesuffix("罪")
            variants.append(_tokens(core) | {p for p in core.split("、") if len(p) >= 2 and p not in GENERIC})
        name_terms = set().union(*variants)
        variants = [{t for t in v if not any(o != t and o in t for o in v)} for v in variants]   # the words, not compounds
        conduct, article = set(), None
        for e in defined.get(node.id, []):
            unit = units_by_id.get(e.dst.removeprefix("article:"))
            if unit is None:
                continue
            article = article or unit.id
            parts = paragraphs(re.sub(r"^第\S+条\s*", "", unit.text))
            clauses = e.props.get("clauses") or []
            chosen = [parts[c - 1] for c in clauses if 0 < c <= len(parts)] or parts
            for p in chosen:
                conduct |= _tokens(conduct_part(p))
        for sid in standards.get(node.id, []):
            std = g.nodes.get(sid)
            if std is not None and std.props.get("tier", "filing") == "filing":
                conduct |= _tokens(std.props.get("head", "") + "".join(a["text"] for a in std.props.get("alternatives", [])))
        unit = units_by_id.get(article) if article else None
        number = unit.article_no if unit else None
        if number and MILITARY_DUTY_ARTICLES[0] <= number <= MILITARY_DUTY_ARTICLES[1]:
            continue
        official = bool(number and OFFICIAL_ARTICLES[0] <= number <= OFFICIAL_ARTICLES[1]) or \
            bool(unit and OFFICIAL_OFFENSE_RE.search(conduct_part(unit.text)[:80]))
        out.append(OffenseProfile(node.id, node.label, name_terms, conduct - name_terms, [v for v in variants if v],
                                  article, official))
    return out


NAME_WEIGHT = 2.0
MIN_NAME_COVERAGE = 0.4
DISTINCTIVE_IDF = math.log(100)   # a word fewer than 1 in 100 offenses use


class ConductIndex:
    """The offenses' conduct words weighted by rarity (idf over offenses), with an inverted index so
    a conduct is compared only with the offenses that share a word with it."""

    def __init__(self, profiles: list[OffenseProfile]):
        self.profiles = profiles
        df = Counter(t for p in profiles for t in p.name_terms | p.conduct_terms)
        n = max(len(profiles), 1)
        self.idf = {t: math.log(n / c) for t, c in df.items()}
        self.weights: list[dict[str, float]] = []
        self.norms: list[float] = []
        self.postings: dict[str, list[int]] = {}
        for i, p in enumerate(profiles):
            w = {t: self.idf[t] for t in p.conduct_terms}
            w.update({t: NAME_WEIGHT * self.idf[t] for t in p.name_terms})
            self.weights.append(w)
            self.norms.append(math.sqrt(sum(x * x for x in w.values())))
            for t in w:
                self.postings.setdefault(t, []).append(i)

    def score(self, terms: set[str], i: int, known: float | None = None) -> float:
        """Cosine of a conduct's words and offense i's, each weighted by its rarity among offenses
        (words no offense uses are left out of the conduct's side); name words count double, as they
        name the conduct itself (盗伐林木, 非法采矿). An offense whose name shares no word with the
        conduct is not its conduct (0) unless three rare words are shared (事故隐患, 拒不执行, 停产停业
        for 危险作业罪)."""
        p, w = self.profiles[i], self.weights[i]
        shared = terms & w.keys()
        if p.name_terms.isdisjoint(shared) and sum(1 for t in shared if self.idf[t] >= DISTINCTIVE_IDF) < 3:
            return 0.0
        known = known if known is not None else self.norm(terms)
        if not known or not self.norms[i]:
            return 0.0
        if len(shared) < 2 or len(self.shared(shared, i)) < 2:
            return 0.0          # one shared word (人民法院, 非法采集) is a coincidence, not a conduct
        cover = self.name_coverage(shared, i)
        if p.name_terms & shared and cover < MIN_NAME_COVERAGE:
            return 0.0          # the verbs of the name without its object: 出租、出借 is not 出租、出借枪支
        return sum(w[t] * self.idf[t] for t in shared) / (self.norms[i] * known) * (0.5 + 0.5 * cover)

    def name_coverage(self, shared: set[str], i: int) -> float:
        """The rarity-weighted share of the offense's name (or of one alias) the conduct states."""
        best = 0.0
        for variant in self.profiles[i].name_variants:
            total = sum(self.idf[t] for t in variant)
            if total > 0:
                best = max(best, sum(self.idf[t] for t in variant & shared) / total)
        return best

    def shared(self, terms: set[str], i: int) -> list[str]:
        """The words behind a score, rarest first, without those inside a longer one shown."""
        w = self.weights[i]
        shown = sorted((t for t in terms & w.keys() if w[t] > 0), key=lambda t: (-w[t], t))
        return [t for t in shown if not any(t != o and t in o for o in shown)]

    def norm(self, terms: set[str]) -> float:
        return math.sqrt(sum(self.idf[t] ** 2 for t in terms if t in self.idf))

    def rank(self, terms: set[str], floor: float = 0.0) -> list[tuple[float, OffenseProfile, list[str]]]:
        """Offenses by score for one conduct, those at or above `floor`, with their shared words."""
        known = self.norm(terms)
        candidates = {i for t in terms for i in self.postings.get(t, ())}
        scored = [(v, i) for i in candidates for v in [self.score(terms, i, known)] if v > 0 and v >= floor]
        scored.sort(key=lambda x: (-x[0], self.profiles[x[1]].name))
        return [(v, self.profiles[i], self.shared(terms, i)) for v, i in scored]


def _criminal_ties(doc: Document) -> tuple[dict[str, tuple[str, str, str]], tuple[str, str] | None]:
    """Per article of one law, the criminal clause that concerns it and where it is; and the law's
    general clause (违反本法规定，构成犯罪的…) when it has one."""
    ties: dict[str, tuple[str, str, str]] = {}
    general = None
    by_number = {(u.article_no, u.article_suffix): u for u in doc.units if u.kind == "article"}
    for u in doc.units:
        if u.kind != "article":
            continue
        m = CRIMINAL_RE.search(u.text)
        if not m:
            continue
        clause = re.sub(r"^第\S+条\s*", "", m.group(0)).strip()
        if LAW_CLAUSE_RE.match(u.text):
            general = (clause, u.id)
        ties.setdefault(u.id, ("own", clause, u.id))
        for c in find_citations(m.group(0)):
            if c.law in ("本法", "本条例", "本办法", "本规定"):
                target = by_number.get((c.number, c.suffix))
                if target is not None and target.id != u.id:
                    ties.setdefault(target.id, ("referenced", clause, u.id))
    return ties, general


def law_agency(doc: Document) -> str | None:
    """The competent department the law names in its opening articles (县级以上地方人民政府林业主管部门 …)."""
    articles = [u for u in doc.units if u.kind == "article"]
    for u in articles[: max(12, len(articles) // 5)]:
        m = AGENCY_IN_LAW_RE.search(u.text)
        if m:
            return m.group(1) or m.group(2)
    return None


def article_agency(text: str) -> str | None:
    m = AGENCY_IN_ARTICLE_RE.search(text)
    name = m.group(1).removeprefix("有关") if m else ""
    return name if len(name) >= 5 or name.endswith(("机关", "海关")) else None   # not a bare 主管部门


def conduct_name(text: str, limit: int = 60) -> str:
    """The penalized conduct as a short name: the article's words up to where the penalty begins."""
    body = re.sub(r"^第\S+条\s*", "", text.split("\n")[0])
    m = re.search(r"(?:的|，)(?:，)?(?:由|处|责令|没收|依照|对其|给予|尚不构成)", body)
    head = body[:m.start()] if m and m.start() >= 6 else body
    head = head.removeprefix("违反本法规定，").removeprefix("违反本条例规定，")
    if "下列" in head:
        items = [re.sub(r"^（[一二三四五六七八九十]+）", "", ln).strip("；。") for ln in text.split("\n")[1:] if ln.strip()]
        head = head.split("，有下列")[0].split("有下列")[0]
        head = (head + "：" if head else "") + "；".join(items)
    return head if len(head) <= limit else head[:limit] + "…"


def _subject(text: str) -> str:
    """Who the article is about: its words up to the first comma (负有…职责的部门的工作人员, 生产经营单位)."""
    return re.split(r"[，,：:]", re.sub(r"^第\S+条\s*", "", text), maxsplit=1)[0]


def segments(text: str) -> list[str]:
    """The conducts one article penalizes: each numbered item and each paragraph, except a lead that
    only introduces its items ("有下列行为之一的，…")."""
    body = re.sub(r"^第\S+条\s*", "", text)
    out = []
    for ln in (ln.strip() for ln in body.split("\n")):
        if not ln:
            continue
        item = ITEM_RE.match(ln)
        if item:
            out.append(ln[item.end():])
        elif not re.search(r"有下列(?:行为|情形)之一", ln):
            out.append(ln)
    return out or [body]


def derive_links(docs: list[Document], g, profiles: list[OffenseProfile] | None = None) -> list[DerivedLink]:
    """Every candidate link above MIN_SCORE. Each conduct (item or paragraph) of a penalty article
    is matched on its own and keeps its best offense and those close to it (RELATIVE_TO_BEST), so a
    six-item 治安管理处罚法 article links each item to its own offense and a sibling offense
    (组织卖淫 beside 引诱、容留、介绍卖淫) does not ride along."""
    units_by_id = {u.id: u for d in docs for u in d.units}
    profiles = [p for p in (profiles if profiles is not None else offense_profiles(g, units_by_id)) if not p.official]
    index = ConductIndex(profiles)
    out: list[DerivedLink] = []
    for doc in docs:
        if doc.type != "statute" or doc.id in NOT_ADMIN:
            continue
        ties, general = _criminal_ties(doc)
        default_agency = law_agency(doc)
        for u in doc.units:
            if u.kind != "article" or not PENALTY_RE.search(u.text) or OFFICIALS_RE.search(_subject(u.text)):
                continue
            tie, clause, clause_unit = ties.get(u.id) or (("law", *general) if general else ("none", "", None))
            if "尚不构成犯罪" in u.text and tie != "own":
                tie, clause, clause_unit = "own", next(s for s in re.split(r"[。；]", u.text) if "尚不构成犯罪" in s), u.id
            best: dict[str, tuple[float, OffenseProfile, list[str], str]] = {}
            for seg in segments(u.text):
                if OFFICIALS_RE.search(_subject(seg)):
                    continue
                terms = _tokens(seg)
                strength = STRENGTH[tie]
                scored = [(round(min(1.0, v * strength), 3), p, shared)
                          for v, p, shared in index.rank(terms, MIN_SCORE * RELATIVE_TO_BEST / strength)]
                if not scored or scored[0][0] < MIN_SCORE:
                    continue
                top = scored[0][0]
                for v, p, shared in scored[:TOP_PER_ARTICLE]:
                    if v >= max(MIN_SCORE, top * RELATIVE_TO_BEST) and v > best.get(p.node, (0,))[0]:
                        best[p.node] = (v, p, shared, seg)
            agency = article_agency(u.text) or default_agency or UNKNOWN_AGENCY
            for v, p, shared, seg in sorted(best.values(), key=lambda x: -x[0]):
                out.append(DerivedLink(u.id, doc.id, p.node, p.name, v, shared[:8], tie,
                                       clause or conduct_name(u.text, 120), clause_unit, conduct_name(u.text),
                                       agency, list(doc.domains), p.article, seg))
    return _cap_per_law(out)


def _cap_per_law(links: list[DerivedLink]) -> list[DerivedLink]:
    ranked = sorted(links, key=lambda l: (l.doc_id, l.offense_node, -l.score, l.unit_id))
    kept, seen = [], Counter()
    for link in ranked:
        seen[(link.doc_id, link.offense_node)] += 1
        if seen[(link.doc_id, link.offense_node)] <= PER_LAW_OFFENSE:
            kept.append(link)
    return sorted(kept, key=lambda l: (l.doc_id, l.unit_id, -l.score))


def reviewed_pairs(linkage: dict) -> set[tuple[str, str]]:
    """(administrative article, offense name) pairs of the reviewed links: penalty and basis articles."""
    pairs = set()
    for v in linkage.get("violations", []):
        for esc in v.get("escalates", []):
            for unit in list(v.get("penalty", [])) + list(esc.get("basis", [])):
                if not unit.startswith("xingfa:"):
                    pairs.add((unit, esc["offense"]))
    return pairs


def domain_agencies(linkage: dict) -> dict[str, str]:
    """The agency the reviewed links of a domain name most often: the competent one where a law's own
    text does not say."""
    counts: dict[str, Counter] = {}
    for v in linkage.get("violations", []):
        if v.get("domain") and v.get("agency"):
            counts.setdefault(v["domain"], Counter())[v["agency"]] += 1
    return {d: c.most_common(1)[0][0] for d, c in counts.items()}


def add_derived(g, docs: list[Document], linkage: dict) -> list[DerivedLink]:
    """Violation nodes and ESCALATES_TO / FALLBACK_PENALTY edges (method `derived`, with evidence and
    score) for the candidates that no reviewed link already covers."""
    known = reviewed_pairs(linkage) | {(r["article"], r["offense"]) for r in linkage.get("rejected_derived") or []}
    links = [link for link in derive_links(docs, g) if (link.unit_id, link.offense) not in known]
    by_domain = domain_agencies(linkage)
    for link in links:
        if link.agency == UNKNOWN_AGENCY:
            link.agency = next((by_domain[d] for d in link.domains if d in by_domain), UNKNOWN_AGENCY)
    for link in links:
        vid = violation_id("derived-" + link.unit_id.replace(":", "-"))
        src = f"derived:{link.unit_id}"
        if vid not in g.nodes:
            domain = link.domains[0] if link.domains else None
            g.add_node(Node(vid, "Violation", link.conduct, {"domain": domain, "agency": link.agency, "derived": True}))
            for d in link.domains:
                g.add_node(Node(domain_id(d), "Domain", d))
                g.add_edge(Edge(vid, domain_id(d), "IN_DOMAIN", src, "derived"))
            g.add_node(Node(agency_id(link.agency), "Agency", link.agency))
            g.add_edge(Edge(vid, agency_id(link.agency), "COMPETENT", link.unit_id, "derived"))
            g.add_edge(Edge(vid, article_id(link.unit_id), "PENALIZED_BY", link.unit_id, "derived"))
        basis = [link.unit_id] + ([link.clause_unit] if link.clause_unit and link.clause_unit != link.unit_id else []) + \
                ([link.criminal_article] if link.criminal_article else [])
        props = {"basis": basis, "score": link.score, "evidence": link.evidence()}
        g.add_edge(Edge(vid, link.offense_node, "ESCALATES_TO", link.unit_id, "derived", props))
        g.add_edge(Edge(link.offense_node, vid, "FALLBACK_PENALTY", link.unit_id, "derived",
                        {"basis": [link.unit_id], "score": link.score, "evidence": link.evidence()}))
    return links


def link_status(edge) -> dict:
    """How a linkage edge is shown to users: 已审核, or 自动推导（得分 0.xx，依据…） with its evidence."""
    if edge.method != "derived":
        return {"status": "reviewed", "label": "已审核"}
    evidence = edge.props.get("evidence") or {}
    score = edge.props.get("score") or 0.0
    terms = "、".join(evidence.get("terms", [])[:5])
    return {"status": "derived", "score": score, "evidence": evidence,
            "label": f"自动推导（得分 {score:.2f}，依据：{evidence.get('tie_label', '条文用语')}；共有词语：{terms}）"}
