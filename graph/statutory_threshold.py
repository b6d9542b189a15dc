"""Offenses whose 刑法 clause names no figure, circumstance or consequence before its penalty.

故意杀人的，处死刑… has no 立案追诉 line to look for: answering 语料中未收录该罪名的立案追诉标准 sent an
officer after a standard that does not exist. Read once at build time from the paragraphs that define
the offense (kind none); a 危险犯 whose only condition is its concrete danger (危害公共安全, 足以…危险)
is kind danger. Conservative by design: a clause that sets its penalty elsewhere (第三百八十二条 defines
贪污, 第三百八十三条 punishes it by 数额), borrows another's (依照前款规定处罚), holds any other word that
can carry a condition (情节, 后果, 拒不…) or points to one held elsewhere (过失犯前款罪的, 有下列…之一的)
is not read as free of a threshold. Where a text or practice the corpus lacks draws the line anyway
(故意伤害's 轻伤), corpus/data/uncollected_thresholds.yaml names it (kind uncollected).
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from corpus.curated import checked, load_table, location, require_kind
from corpus.numerals import article_label

from .standards import LAW_PENALTY_RE, LawIndex, _lead_lines, _severity

UNCOLLECTED_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "uncollected_thresholds.yaml"
# the units the no-condition note quotes: 情节显著轻微危害不大的，不认为是犯罪; 认为有犯罪事实需要追究刑事责任的时候，应当立案
STATUTE_UNITS = ("xingfa:art13", "xingshi-susong-fa:art112")
PRIVATE_PROSECUTION_UNIT = "xingshi-susong-fa:art210"      # 自诉案件包括：（一）告诉才处理的案件
ON_COMPLAINT = "告诉的才处理"

# words that can carry a condition of the basic offense
CONDITION_WORDS_RE = re.compile(r"数额|数量|情节|后果|损失|多次|较大|巨大|严重|恶劣|重大|足以|致使|造成|致人|影响|以上|危及"
                                r"|情形|危害|违法所得|责令|拒不|处罚|曾|累计|次"
                                r"|下列|前款|前两款|本条|本章|本节|款规定")   # a list or another clause may hold the condition
# the concrete danger a 危险犯 needs in place of a figure: 第一百一十四条、第一百一十八条 危害公共安全，尚未造成严重后果的
# (尚未造成 is the absence of harm, no condition); 第一百一十七条 足以使火车…发生倾覆、毁坏危险; 第一百三十三条之二 危及公共安全
DANGER_RE = re.compile(r"危害公共安全|危及公共安全|足以[^，；。]{0,60}?危险")
NO_HARM_YET = "尚未造成严重后果"
ARTICLE_LABEL_RE = re.compile(r"^第[^条\s]+条(?:之[^\s]+)?\s+")


def _basic_clauses(law: LawIndex, number: int, suffix: int, clauses: tuple[int, ...]) -> list[tuple[str, str]] | None:
    """The defining paragraphs as (unit id, text); None where the article is not in the corpus or a paragraph
    is missing. One that aggravates an earlier one (聚众或者在公共场所当众犯前款罪的，处五年以上) is left out by
    its heavier bracket in threshold_free."""
    unit_id, text = law.get((number, suffix), ("", ""))
    if not unit_id:
        return None
    lines = [p for p in text.split("\n") if p.strip()]
    leads = _lead_lines(lines)
    wanted = list(clauses) or [1]
    if any(c > len(leads) for c in wanted):
        return None
    return [(unit_id, ARTICLE_LABEL_RE.sub("", lines[leads[c - 1]].strip())) for c in wanted]


def threshold_free(articles: list, law: LawIndex) -> dict | None:
    """{unit, article, quote, danger} — the 罪状 before the first penalty, and the concrete danger it names if
    any — when every defining paragraph punishes the act itself, or the act with that danger (its own penalty,
    no other word that can carry a condition before it); None otherwise."""
    defining = []
    for ref in articles:
        basic = _basic_clauses(law, ref.number, ref.suffix, tuple(ref.clauses))
        if basic is None:
            return None
        for unit_id, paragraph in basic:
            penalty = LAW_PENALTY_RE.search(paragraph)
            if penalty is None:
                return None
            defining.append((ref, unit_id, paragraph, penalty))
    # an article that only raises the bracket is no condition of the offense: 第一百一十九条 (造成严重后果的，处十年以上)
    # beside 第一百一十八条 (危害公共安全，尚未造成严重后果的，处三年以上十年以下) for 破坏电力设备罪
    lightest = min((_severity(p.group(0)) for *_, p in defining), default=None)
    quotes, dangers, unit, label = [], [], None, None
    for ref, unit_id, paragraph, penalty in defining:
        if _severity(penalty.group(0)) != lightest:
            continue
        lead = paragraph[:penalty.start()].rstrip("，, ")
        if not lead or CONDITION_WORDS_RE.search(DANGER_RE.sub("", lead.replace(NO_HARM_YET, ""))):
            return None
        quotes.append(lead)
        dangers += DANGER_RE.findall(lead)
        unit, label = unit or unit_id, label or f"刑法{article_label(ref.number, ref.suffix)}"
    if not quotes:
        return None
    return {"unit": unit, "article": label, "quote": "；".join(dict.fromkeys(quotes)), "danger": list(dict.fromkeys(dangers)),
            "on_complaint": _on_complaint(articles, law)}


def _on_complaint(articles: list, law: LawIndex) -> str | None:
    """The paragraph that makes the offense one prosecuted on the victim's complaint (第二百五十七条第三款
    第一款罪，告诉的才处理), if a defining article has one: then it is no case for the police to file."""
    for ref in articles:
        for line in law.get((ref.number, ref.suffix), ("", ""))[1].split("\n"):
            if ON_COMPLAINT in line:
                return ARTICLE_LABEL_RE.sub("", line.strip())
    return None


def cited_units(threshold: dict | None) -> list[str]:
    """The statute units a no-condition answer quotes, for its citations."""
    if not threshold or threshold["kind"] != "none":
        return []
    return [*STATUTE_UNITS, *([PRIVATE_PROSECUTION_UNIT] if threshold.get("on_complaint") else [])]


@cache
def uncollected_thresholds(path: Path = UNCOLLECTED_FILE) -> dict[str, dict]:
    """offense → {set_by, question}: what draws the line, and the fact that decides it where one can be
    asked, for the offenses whose 刑法 clause names no condition but a text or practice the corpus lacks
    does (corpus/data/uncollected_thresholds.yaml)."""
    table = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("offense", "set_by"), ("question",), name_field="offense")
        for field in ("offense", "set_by", "question"):
            require_kind(entry, field, str, "text", location(path, entry, str(entry["offense"])))
        table[entry["offense"]] = {"set_by": entry["set_by"], "question": entry.get("question")}
    return table


def statutory_threshold(name: str, articles: list, law: LawIndex, uncollected: dict[str, dict]) -> dict | None:
    """The Offense node's reading of its own clause: kind none (no condition beyond the 罪状), danger (no figure:
    the concrete danger it names) or uncollected (none in the 刑法, one drawn elsewhere: set_by, and the question
    that decides it); None where the clause names another condition."""
    free = threshold_free(articles, law)
    if free is None:
        return None
    if name in uncollected:
        return {**free, "kind": "uncollected", **uncollected[name]}
    return {**free, "kind": "danger" if free["danger"] else "none"}


def missing_standard_note(threshold: dict | None, with_admin: bool = False) -> str:
    """What the answer says where the corpus holds no filing standard for the offense: that the 刑法 sets
    none (and what then decides), that a text the corpus lacks sets it, or that the corpus lacks it."""
    if not threshold:
        return ("语料中未收录该罪名的立案追诉标准或数额标准（如《立案追诉标准（一）（二）》），"
                "无法依据语料判断是否达到追诉标准。")
    where = f"{threshold['article']}对本罪未规定数额、情节或后果等入罪条件（罪状：“{threshold['quote']}”）"
    if threshold["kind"] == "uncollected":
        return f"{where}，但{threshold['set_by']}；该标准语料未收录，无法依据语料判断是否达到。"
    if threshold["kind"] == "danger":
        danger = "、".join(f"“{d}”" for d in threshold["danger"])
        note = (f"{threshold['article']}对本罪未规定数额，入罪条件是罪状所述的具体危险{danger}（罪状：“{threshold['quote']}”），"
                "语料中也没有本罪的立案追诉标准。危险是否存在须依事实认定，本工具不据文字判断；已造成严重后果的，适用加重条款。")
        return note + (ADMIN_COUNTERPART if with_admin else "")
    note = (f"{where}，语料中也没有本罪的立案追诉标准。罪状所列事实查证属实、且不属于情节显著轻微危害不大（刑法第十三条）的，"
            "即属“有犯罪事实需要追究刑事责任”，应当立案（刑事诉讼法第一百一十二条）；如有语料未收录的司法解释另设数量或情节条件，以其为准。"
            "罪状要件（行为、主观方面、对象、身份等）须依证据认定，本工具不据文字判断。")
    if threshold.get("on_complaint"):
        note += (f"但本条规定“{threshold['on_complaint'].rstrip('。')}”：告诉才处理的案件属自诉案件（刑事诉讼法第二百一十条），"
                 "由被害人向人民法院告诉；本条另列除外情形的，依其规定。")
    return note + (ADMIN_COUNTERPART if with_admin else "")


ADMIN_COUNTERPART = "行政法律对同类行为另有处罚（见对应行政处罚规定）：尚不够刑事处罚的给予行政处罚，二者界限刑法条文未作规定，移送前须核实。"


def short_missing_standard_note(threshold: dict | None) -> str:
    """The same in one cell of the 正向衔接事项清单 (api/linkage_list.py)."""
    if not threshold:
        return "语料中尚未收录该罪名的立案追诉标准"
    if threshold["kind"] == "uncollected":
        return f"{threshold['article']}未规定入罪条件；{threshold['set_by']}（语料未收录）"
    if threshold["kind"] == "danger":
        return f"{threshold['article']}未规定数额：入罪条件是{'、'.join(threshold['danger'])}，须依事实认定"
    return (f"{threshold['article']}未规定数额、情节等入罪条件：是否构成犯罪取决于罪状所列事实是否查实"
            "（情节显著轻微危害不大的，不认为是犯罪）")


def deciding_questions(threshold: dict | None) -> list[str]:
    """The 罪状 where it is all the 刑法 asks; the uncollected line's question where the table gives one."""
    if not threshold:
        return []
    if threshold["kind"] == "none":
        return [f"罪状所列事实是否查证属实：“{threshold['quote']}”？"]
    if threshold["kind"] == "danger":
        return [f"行为是否{d}？" for d in threshold["danger"]]
    return [threshold["question"]] if threshold.get("question") else []
