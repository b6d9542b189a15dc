"""Question generation for 岗位练兵 and 业务竞赛, from the corpus and the graph.

Every question cites the unit(s) that prove its answer; distractors are drawn from other real
clauses, articles, offenses or agencies, never invented; a question with more than one defensible
answer is rejected, and so is a duplicate.
"""
from __future__ import annotations

import hashlib
import random
import re
from dataclasses import asdict, dataclass, field

KINDS = ("threshold", "threshold_cloze", "article_offense", "offense_article", "case_offense", "penalty_provision", "agency", "statute_cloze")
DIFFICULTY = {"threshold_cloze": "hard", "article_offense": "easy", "offense_article": "medium", "case_offense": "medium", "agency": "easy",
              "penalty_provision": "medium", "threshold": "hard", "statute_cloze": "hard"}
OPTION_LETTERS = "ABCD"


IN_FORCE = "现行有效"
# words with 罪 that name no charge: what is left with a 罪 names one (…构成销售不符合安全标准的食品罪)
CRIME_WORDS_RE = re.compile(r"犯罪|罪犯|认罪|悔罪|罪行|罪责|无罪|有罪|赎罪|谢罪|怪罪")


class Rejected(Exception):
    """A candidate question that would not have exactly one defensible answer."""


@dataclass
class Question:
    id: str
    kind: str
    difficulty: str
    stem: str
    options: list[str]            # empty for a fill-in (cloze) question
    answer: str                   # the option text, or the exact fill-in
    explanation: str
    citations: list[str]          # unit ids that prove the answer
    domains: list[str] = field(default_factory=list)
    offense: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def is_correct(question: dict, given: str) -> bool:
    """Exact for choices; for a fill-in amount, equal value and unit (十万元 = 10万元 = 100000元)."""
    given = given.strip()
    if given == question["answer"]:
        return True
    if question["kind"] == "threshold_cloze":
        a, b = _figure(given), _figure(question["answer"])
        return a is not None and a == b
    return False


# figures find_quantities has no unit for: 五倍, 百分之五十, 50％, 五千条 (the statute's own wording, probe 28y)
PLAIN_FIGURE_RE = re.compile(r"(?P<num>[0-9０-９.]+|[零〇一二两三四五六七八九十百千万]+)\s*(?P<unit>倍|%|％|条|[\u4e00-\u9fa5]{1,2})")


def _figure(text: str) -> tuple[float, str] | None:
    """A fill-in answer as (value, unit): 十万元 = 10万元 = 100000元, 百分之五十 = 50%, 五倍 = 5倍."""
    from corpus.quantities import find_quantities, parse_number
    text = text.strip()
    found = find_quantities(text)
    if len(found) == 1 and found[0].raw == text:
        return found[0].value, found[0].unit
    if m := re.fullmatch(r"百分之([零〇一二两三四五六七八九十百点]+|[0-9.]+)", text):
        return parse_number(m.group(1)), "%"
    if m := PLAIN_FIGURE_RE.fullmatch(text):
        try:
            return parse_number(m["num"]), m["unit"].replace("％", "%")
        except ValueError:
            return None
    return None


def _quoted(clause: str, figure: str, standard: dict) -> str:
    """The explanation quotes the law's words: the clause where the standard holds it verbatim, else the source line
    that states the figure (an item split from a list is rewritten: 造成十人以上轻伤、五人以上轻度残疾或者器官组织损伤…
    had been shown as 原文：造成十人以上轻伤，器官组织损伤…, probe 28y)."""
    source = standard.get("source_text") or ""
    if clause in source:
        return f"原文：{clause}"
    lines = [line for line in source.splitlines() if figure in line]
    return f"原文：{lines[0].strip()}" if len(lines) == 1 else f"条文要点（节录）：{clause}"


def _qid(kind: str, stem: str) -> str:
    return "q-" + hashlib.sha1(f"{kind}|{stem}".encode()).hexdigest()[:12]


def _format_value(value: float, unit: str) -> str:
    if unit == "元" and value >= 10_000 and value % 10_000 == 0:
        return f"{int(value // 10_000)}万元"
    if unit == "千克" and value < 1:
        return f"{int(value * 1000)}克"
    return f"{int(value) if float(value).is_integer() else value}{unit}"


def _core(text: str) -> str:
    return re.split(r"[（(]", text)[0].strip()


# One body under its names before and after the 2018 reform of the State Council's departments, or the bodies that
# share one power: an answer of 市场监督管理部门 with 工商行政管理部门 among the distractors has two right options
# (probe 28y). 环境卫生 is sanitation, not health; 公安机关 still detains under 消防法第七十条.
AGENCY_FAMILIES = (
    ("市场监督管理", "工商行政管理", "食品安全监督管理", "质量技术监督", "食品药品监督管理"),
    ("卫生健康", "(?<!环境)卫生行政"),
    ("生态环境", "环境保护"),
    ("人力资源社会保障", "劳动保障", "劳动行政", "社会保险行政"),
    ("应急管理", "安全生产监督管理"),
    ("公安机关", "消防救援机构"),
    ("林业主管", "野生动物保护主管", "野生植物行政主管", "渔业行政主管"),
    ("自然资源主管", "国土资源"),
)


def _agency_family(name: str) -> set[int]:
    return {i for i, family in enumerate(AGENCY_FAMILIES) if any(re.search(w, name) for w in family)}


def _options(answer: str, pool: list[str], rng: random.Random, nested: bool = False) -> list[str]:
    """Three real distractors; none may be a variant of the answer (same name before its note). `nested` (agencies):
    nor one whose name holds the answer's or is held in it (县级以上人民政府卫生健康主管部门 is the 卫生健康主管部门), nor
    one of the answer's body under another name (AGENCY_FAMILIES)."""
    def variant(p: str) -> bool:
        a, b = _core(p), _core(answer)
        return a == b or (nested and (a in b or b in a or bool(_agency_family(p) & _agency_family(answer))))
    distractors = sorted({p for p in pool if p != answer and not variant(p)})
    if len(distractors) < 3:
        raise Rejected("fewer than three real distractors")
    chosen = rng.sample(distractors, 3) + [answer]
    rng.shuffle(chosen)
    return chosen


class QuestionFactory:
    """Builds candidate questions of each kind from a graph store and the unit store."""

    def __init__(self, graph, units, seed: int = 0):
        self.graph = graph
        self.units = units
        self.rng = random.Random(seed)
        self.offenses = graph.nodes_of_kind("Offense")
        self._offense_domains = {o.id: [n.label for e in graph.edges_from(o.id, ("IN_DOMAIN",)) if (n := graph.node(e.dst))]
                                 for o in self.offenses}

    def _node(self, node_id: str):
        """The node an edge points to; a dangling edge (a partial corpus cites a text it lacks)
        rejects the candidate instead of failing the whole set."""
        node = self.graph.node(node_id)
        if node is None:
            raise Rejected(f"edge to a missing node {node_id}")
        return node

    def domains_of(self, offense_id: str) -> list[str]:
        return self._offense_domains.get(offense_id, [])

    def _nearby_offenses(self, offense) -> list[str]:
        """Offenses defined within twenty articles of this one: plausible, but each a different crime."""
        def first_article(o):
            e = self.graph.edges_from(o.id, ("DEFINED_BY",))
            n = self.graph.node(e[0].dst) if e else None
            return n.props.get("article_no") if n else None
        here = first_article(offense)
        near = [o.label for o in self.offenses if o.id != offense.id and here and first_article(o)
                and abs(first_article(o) - here) <= 20]
        return near if len(near) >= 3 else [o.label for o in self.offenses if o.id != offense.id]

    # -- kinds ---------------------------------------------------------------------------
    def _current(self, unit_id: str) -> None:
        """Questions teach the law in force: not a repealed or since-amended text (its article numbers and words
        changed: 治安管理处罚法 2025), which the corpus keeps for acts of its time (probe 28y)."""
        doc = self.graph.node(f"doc:{unit_id.split(':')[0]}")
        status = doc.props.get("status") if doc else None
        if status and status != IN_FORCE:
            raise Rejected(f"{unit_id}: the text is {status}")

    def _settled_figure(self, standard: dict, offense_id: str, condition: dict) -> None:
        """Not an unverified article (〔待核〕), nor a figure a later text for the offense sets otherwise (重大责任事故
        立案追诉标准（一）2008 五十万元, 危害生产安全解释（2015） 一百万元): an officer would learn a figure no longer used."""
        if standard.get("review"):
            raise Rejected(f"{standard['unit_id']}: unverified article")
        for e in self.graph.edges_from(offense_id, ("HAS_STANDARD",)):
            other = self.graph.node(e.dst)
            if not other or other.id == standard["id"] or (other.props.get("effective") or "") <= (standard.get("effective") or ""):
                continue
            if any(x["unit"] == condition["unit"] and x["value"] != condition["value"] and x["metric"] == condition["metric"]
                   for alt in other.props["alternatives"] for x in alt["conditions"]):
                raise Rejected(f"{standard['unit_id']}: a later text sets another figure")

    def threshold(self, standard_node) -> list[Question]:
        p = standard_node.props
        self._current(p["unit_id"])
        offenses = [e.src for e in self.graph.edges_to(standard_node.id, ("HAS_STANDARD",))]
        if len(offenses) != 1:
            raise Rejected("threshold clause shared by several offenses")
        offense = self._node(offenses[0])
        same_unit_values: dict[str, set[str]] = {}
        for other in self.graph.nodes_of_kind("Standard"):
            for alt in other.props["alternatives"]:
                for c in alt["conditions"]:
                    same_unit_values.setdefault(c["unit"], set()).add(_format_value(c["value"], c["unit"]))
        art = self.graph.node(f"article:{p['unit_id']}")
        out = []
        for alt in p["alternatives"]:
            if len(alt["conditions"]) != 1:
                continue
            c = alt["conditions"][0]
            if c.get("upper") or c["op"] != ">=" or len(c["metric"]) < 2:
                continue    # a provincial range or an unclear metric has no single answer
            rivals = [a for a in p["alternatives"] if a is not alt and any(
                x["metric"] == c["metric"] and x["unit"] == c["unit"] and x["value"] != c["value"] for x in a["conditions"])]
            if rivals:
                continue    # the same metric with another value in this clause: ambiguous
            try:
                self._settled_figure(p, offense.id, c)
            except Rejected:
                continue
            answer = _format_value(c["value"], c["unit"])
            raw = c["text"]
            qualifier = next((w for w in ("以上", "以下") if raw.endswith(w)), "")
            if alt["text"].count(raw) != 1:
                continue
            clause = re.sub(r"^（[一二三四五六七八九十]+）", "", alt["text"]).rstrip("；。;")
            if clause.strip() == raw:
                clause = c["metric"] + raw   # "十万元以上" alone: name what is counted
            stem = (f"根据{art.label if art else p['unit_id']}，下列情形属于{offense.label}“{p['term']}”："
                    f"{clause.replace(raw, '（    ）' + qualifier, 1)}。括号内应为（    ）。")
            try:
                options = _options(answer, list(same_unit_values.get(c["unit"], ())), self.rng)
            except Rejected:
                continue
            out.append(Question(_qid("threshold", stem), "threshold", DIFFICULTY["threshold"], stem, options, answer,
                                _quoted(alt["text"], raw, p), [p["unit_id"]], self.domains_of(offense.id), offense.label))
            cloze = stem.replace("括号内应为（    ）。", "请填写括号内的数额或数量。")
            out.append(Question(_qid("threshold_cloze", cloze), "threshold_cloze", DIFFICULTY["threshold_cloze"], cloze, [],
                                answer, _quoted(alt["text"], raw, p), [p["unit_id"]], self.domains_of(offense.id), offense.label))
        if not out:
            raise Rejected("no single-valued condition")
        return out

    def article_offense(self, offense_node) -> Question:
        edges = self.graph.edges_from(offense_node.id, ("DEFINED_BY",))
        if len(edges) != 1:
            raise Rejected("offense defined by several articles")
        article = self._node(edges[0].dst)
        defined_here = [e.src for e in self.graph.edges_to(article.id, ("DEFINED_BY",))]
        if len(defined_here) != 1:
            raise Rejected("article defines several offenses")
        stem = f"{article.label}规定的罪名是（    ）。"
        pool = [o.label for o in self.offenses if o.id not in defined_here]
        return Question(_qid("article_offense", stem), "article_offense", DIFFICULTY["article_offense"], stem,
                        _options(offense_node.label, pool, self.rng), offense_node.label,
                        f"{offense_node.label}规定在{article.label}。", [article.props["unit_id"]],
                        self.domains_of(offense_node.id), offense_node.label)

    def offense_article(self, offense_node) -> Question:
        edges = self.graph.edges_from(offense_node.id, ("DEFINED_BY",))
        if len(edges) != 1:
            raise Rejected("offense defined by several articles")
        article = self._node(edges[0].dst)
        stem = f"{offense_node.label}规定在（    ）。"
        pool = [a.label for a in self.graph.nodes_of_kind("Article")
                if a.props.get("doc_id") == "xingfa" and a.id != article.id and abs((a.props.get("article_no") or 0) - article.props["article_no"]) <= 40]
        return Question(_qid("offense_article", stem), "offense_article", DIFFICULTY["offense_article"], stem,
                        _options(article.label, pool, self.rng), article.label, f"{offense_node.label}规定在{article.label}。",
                        [article.props["unit_id"]], self.domains_of(offense_node.id), offense_node.label)

    def case_offense(self, case_node) -> Question:
        charged = self.graph.edges_from(case_node.id, ("CHARGED_WITH",))
        if len(charged) != 1:
            raise Rejected("case with several charges")
        offense = self._node(charged[0].dst)
        doc = self.units.document(case_node.props["doc_id"])
        facts = next((u for u in doc["units"] if "事实" in (u["label"] or "")), doc["units"][0])
        text = facts["text"]
        if len(text) > 600:
            text = text[:600] + "……"
        for name in [offense.label, *offense.props.get("aliases", [])]:
            if name.removesuffix("罪") in text:
                raise Rejected("facts name the charge")
        if "罪" in CRIME_WORDS_RE.sub("", text):
            raise Rejected("facts name a charge")      # 应当以虚开增值税专用发票罪追究: a short or partial name
        stem = f"根据以下案情，被告人的行为应当认定为（    ）。\n{text}"
        pool = self._nearby_offenses(offense)
        return Question(_qid("case_offense", stem), "case_offense", DIFFICULTY["case_offense"], stem,
                        _options(offense.label, pool, self.rng), offense.label,
                        f"该案法院认定的罪名为{offense.label}（{case_node.label}）。", [facts["id"]],
                        self.domains_of(offense.id), offense.label)

    def penalty_provision(self, violation_node) -> Question:
        penalties = self.graph.edges_from(violation_node.id, ("PENALIZED_BY",))
        if len(penalties) != 1:
            raise Rejected("several penalty provisions")
        self._current(penalties[0].dst.removeprefix("article:"))
        answer = self._node(penalties[0].dst).label
        stem = f"对“{violation_node.label}”的行为，给予行政处罚的依据是（    ）。"
        pool = [n.label for v in self.graph.nodes_of_kind("Violation") if v.id != violation_node.id
                for e in self.graph.edges_from(v.id, ("PENALIZED_BY",)) if (n := self.graph.node(e.dst))]
        offenses = [e.dst for e in self.graph.edges_from(violation_node.id, ("ESCALATES_TO",))]
        return Question(_qid("penalty_provision", stem), "penalty_provision", DIFFICULTY["penalty_provision"], stem,
                        _options(answer, pool, self.rng), answer, f"依据{answer}。", [penalties[0].source],
                        [violation_node.props.get("domain")] if violation_node.props.get("domain") else [],
                        self._node(offenses[0]).label if offenses else None)

    def agency(self, violation_node) -> Question:
        agencies = self.graph.edges_from(violation_node.id, ("COMPETENT",))
        if len(agencies) != 1:
            raise Rejected("no single competent agency")
        self._current(agencies[0].source)
        answer = self._node(agencies[0].dst).label
        stem = f"对“{violation_node.label}”的行为，负责给予行政处罚的主管机关是（    ）。"
        pool = [a.label for a in self.graph.nodes_of_kind("Agency")]
        return Question(_qid("agency", stem), "agency", DIFFICULTY["agency"], stem, _options(answer, pool, self.rng, True),
                        answer, f"{agencies[0].source}规定由{answer}处罚。", [agencies[0].source],
                        [violation_node.props.get("domain")] if violation_node.props.get("domain") else [], None)

    def statute_cloze(self, unit: dict, terms: list[str]) -> Question:
        self._current(unit["id"])
        text = re.sub(r"^第\S+条\s*", "", unit["text"].split("\n")[0])
        candidates = [t for t in terms if len(t) >= 4 and text.count(t) == 1]
        if not candidates:
            raise Rejected("no legal term occurs exactly once")
        term = max(candidates, key=len)
        stem = f"{unit['doc_title']}{unit['label']}：{text.replace(term, '（    ）', 1)}"
        return Question(_qid("statute_cloze", stem), "statute_cloze", DIFFICULTY["statute_cloze"], stem, [], term,
                        f"原文：{text}", [unit["id"]], unit.get("domains", []), None)
