"""A case-analysis memo that cites other cases (类案对比意见：参照2022年某区法院审结的周某污染环境案，周某将废矿物油4.5吨
倾倒于废弃鱼塘，…被判处有期徒刑一年。本案：…), read as the present case alone: the cited case's persons, figures and
outcome are another case's, never this one's (probe 61a: fifteen of forty memos were sure and wrong on the cited figures).

A cited case opens on its citation (参照…案，, 指导案例…号…案：) and runs to whichever comes first: the words that open the
present case (本案：, 本案中，, 反观本案) or the end of the sentence that gives its outcome (被判处…, 获刑…). A citation with
neither is left as it is, since where it ends cannot be told."""
from __future__ import annotations

import re

# the citation: 参照2022年某区法院审结的周某污染环境案，; 参照省法院发布的王某销售伪劣电线案，; 指导案例第12号…案：
# (a named case, 某 or a number in it, and not the 案 of 立案, 办案 or 报案: 参照有关规定立案，… cites nothing)
CASE_END = r"(?<![立办结备报破犯作定审移接发])案[，,：:]"
WORD = r"(?:(?!本案)[^。；])"       # any character of the citation's sentence, short of the present case
CITED_OPEN_RE = re.compile(rf"(?:参照|参考|比照|对照|援引|类比|对比){WORD}{{0,40}}?(?:某|号){WORD}{{0,24}}?{CASE_END}"
                           rf"|(?:指导性?案例|典型案例|参考案例|类案){WORD}{{0,40}}?(?:某|号){WORD}{{0,24}}?{CASE_END}")
# where the present case begins
PRESENT_RE = re.compile(r"(?:反观|而|再看)?本案(?:中|的?情况|的?事实|基本案情|案情)?[：:，,]")
# the sentence that closes a cited case: its outcome
OUTCOME_RE = re.compile(r"被判处|判处|被判|获刑|被定罪|免予刑事处罚|被不起诉|不起诉|宣告无罪|被追究刑事责任")
SENTENCE_END_RE = re.compile(r"[。；！？\n]")


def _cited_end(text: str, start: int) -> int | None:
    """Where the cited case opened at `start` ends, or None where that cannot be told."""
    present = PRESENT_RE.search(text, start)
    outcome = OUTCOME_RE.search(text, start)
    ends = []
    if present:
        ends.append(present.start())
    if outcome:
        stop = SENTENCE_END_RE.search(text, outcome.end())
        ends.append(stop.end() if stop else len(text))
    return min(ends) if ends else None


def present_case(text: str) -> str:
    """The text less each cited case; a text that cites none is returned as it is."""
    if not CITED_OPEN_RE.search(text):
        return text
    out, at = [], 0
    for m in CITED_OPEN_RE.finditer(text):
        if m.start() < at:
            continue
        end = _cited_end(text, m.start())
        if end is None or end <= m.end():
            continue
        out.append(text[at:m.start()])
        at = end
    return "".join(out) + text[at:]
