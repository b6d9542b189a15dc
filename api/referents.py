"""前者 and 后者 read as the names they stand for: 毕某与郝某同乘航班入境…前者行李内查获象牙手镯2只，后者…雕件经核算价值
为3.5万元 says the carving's value is 郝某's (probe 63c: with the pair left unnamed, a figure of the one was read as
the other's, and every reading of whose figure or act it is had no name to go on).

The pair is the last two parties named together before the first 前者 (A与B, A、B, A与其妻B, 甲公司与名称相近的乙公司,
李晓与李晓东二人), else the first two persons, or failing them the first two firms, of that sentence and the one before, else the
only two persons or firms named before it. A text whose
pair cannot be told (fewer than two, or the two the same) is left as written.
"""
from __future__ import annotations

import re

# a person masked as officers mask names, with the given name where one is written: 孙某强、孙某刚; 毕某; 欧阳某某
PERSON = r"[\u4e00-\u9fa5]某(?:某|[\u4e00-\u9fa5](?=[、与和及]|二人|两人))?"
# a firm told apart by a 甲乙 letter: 甲外贸公司, 乙餐饮公司, 甲砖厂, 乙会计师事务所
FIRM = r"[甲乙丙丁戊己][\u4e00-\u9fa5]{0,10}?(?:公司|厂|店|事务所|煤矿|矿(?!业)|医院|诊所|合作社|平台|网站)"
PARTY = rf"(?:{FIRM}|{PERSON})"
# two parties named together, a few words of description allowed before the second (与其妻, 与名称相近的, 与副矿长)
PAIR_RE = re.compile(rf"(?P<a>{PARTY})(?:与|和|及|、|同)(?:[^，。；、与和\d]{{0,8}}?)(?P<b>{PARTY})"
                     # or two full names said to be two people: 李晓与李晓东二人
                     r"|(?<![\u4e00-\u9fa5])(?P<c>(?:(?!某)[\u4e00-\u9fa5]){2,3})(?:与|和|、)"
                     r"(?P<d>(?:(?!某)[\u4e00-\u9fa5]){2,3})(?=二人|两人)")
PERSON_RE = re.compile(PERSON)
FIRM_RE = re.compile(FIRM)
SENTENCE_END_RE = re.compile(r"[。！？\n]")


def _window(text: str, at: int) -> str:
    """The sentence before `at`'s sentence and its own words up to `at`."""
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, 0, at)]
    start = ends[-2] if len(ends) >= 2 else 0
    return text[start:at]


def _pair(text: str, at: int) -> tuple[str, str] | None:
    pairs = [(m["a"], m["b"]) if m["a"] else (m["c"], m["d"]) for m in PAIR_RE.finditer(text, 0, at)]
    pairs = [(a, b) for a, b in pairs if bool(FIRM_RE.fullmatch(a)) == bool(FIRM_RE.fullmatch(b))]
    if pairs and pairs[-1][0] != pairs[-1][1]:
        return pairs[-1]
    window = _window(text, at)
    for finder in (PERSON_RE, FIRM_RE):
        names = list(dict.fromkeys(m.group(0) for m in finder.finditer(window)))
        if len(names) >= 2:
            return names[0], names[1]
    for finder in (PERSON_RE, FIRM_RE):       # two and only two named before, sentences apart (甲公司…。同月，乙公司…)
        names = list(dict.fromkeys(m.group(0) for m in finder.finditer(text, 0, at)))
        if len(names) == 2:
            return names[0], names[1]
    return None


def named(text: str) -> str:
    """The text with 前者 and 后者 written as the two parties they refer to, where the pair can be told."""
    first = text.find("前者")
    if first < 0 or "后者" not in text:
        return text
    pair = _pair(text, first)
    if pair is None:
        return text
    return text[:first] + text[first:].replace("前者", pair[0]).replace("后者", pair[1])
