"""Figures the text gives against another of its figures, worked out: 卡B比卡A少2.4万元, 第二次比第一次多1.2万元, 二期比首期
多三成, 后视镜损失是车窗的一半, 价值是现金的两倍 (probe 63b: the difference was read as the figure itself, so a sum of
parts came out short or long). Each is written as the figure it works out to, with the words that gave it left in
brackets without their number, so every later reading of a stated figure sees the figure and not the difference.

Only a reference the text names in the clause of an earlier figure of the same unit is worked out (卡A流入资金9.6万元 for
比卡A); a reference with no such figure, an approximate one (近三倍) or a result of nothing or less leaves the words as
written, except that a difference left unworked loses its number (轻伤人数比重伤人数少一人 counts no one). Comparisons are
worked out in order, so a later one may refer to a figure an earlier one gave (第三次比第二次…).
"""
from __future__ import annotations

import re

from corpus.numerals import parse_chinese_int
from corpus.quantities import UNIT_FACTORS, Quantity, find_quantities

REF = r"(?P<ref>[^，。；：:、比（）()\s\d]{1,10}?)"
# 比首期多三成, 比卡A少2.4万元, 比第一面贵0.8万元, 比上年增加20%
DIFFERENCE_RE = re.compile(rf"比{REF}(?:的)?(?P<way>多出|高出|增加了|增加|减少了|减少|多|少|贵|便宜|高|低)了?"
                           r"(?:(?P<tenths>[一二两三四五六七八九])成|(?P<percent>\d+(?:\.\d+)?)[%％]|(?=[0-9零〇一二两三四五六七八九十百千]))")
# 是车窗的一半, 是现金的两倍, 相当于首期的1.5倍
MULTIPLE_RE = re.compile(rf"(?:是|为|相当于|系){REF}的(?:(?P<half>一半)|(?P<times>[一二两三四五六七八九十]|\d+(?:\.\d+)?)倍)(?![多余左])")
WAY_SIGN = {"多出": 1, "高出": 1, "增加了": 1, "增加": 1, "多": 1, "贵": 1, "高": 1,
            "减少了": -1, "减少": -1, "少": -1, "便宜": -1, "低": -1}
# the words a reference may carry that its figure's clause need not repeat (其本人第一次所窃价值 → 第一次所窃)
REF_LEAD_RE = re.compile(r"^(?:其本人|其|本人|该|上述)")
REF_TAIL_RE = re.compile(r"(?:的)?(?:价值|金额|数额|数量|损失|费用|款)$")
NUMBER_PART_RE = re.compile(r"^[0-9.,，零〇一二两三四五六七八九十百千万亿]+")
RANK_RE = re.compile(r"第[一二三四五六七八九十\d]+(?:次|笔|批|起)")
CLAUSE_START_RE = re.compile(r"[，。；：:、\n|｜（(]")


def _clause_before(text: str, at: int) -> str:
    start = max((m.end() for m in CLAUSE_START_RE.finditer(text, 0, at)), default=0)
    return text[start:at]


def _referred(ref: str, unit: str, quantities: list[Quantity], text: str, at: int) -> Quantity | None:
    """The nearest figure of `unit` before `at` whose own clause names the reference."""
    core = REF_TAIL_RE.sub("", REF_LEAD_RE.sub("", ref))
    # (and without its rank, where the rank's act is not said again: 其本人第一次所窃价值 is 甲所窃商品价值900元; probe 63b VB01)
    unranked = RANK_RE.sub("", core)
    names = {ref, core} | ({unranked} if len(unranked) >= 2 else set()) - {""}
    for q in reversed([q for q in quantities if q.end <= at and q.unit == unit]):
        if q.approx or q.qualifier or q.upper is not None:
            continue
        if any(name in _clause_before(text, q.start) for name in names):
            return q
    return None


def _written(value: float, like: Quantity) -> str:
    """The value as the referred figure writes its unit: 1.5万元 after 1.2万元, 250株 after 180株."""
    raw = like.raw
    if like.unit == "元" and "万" in raw:
        return f"{round(value / 10_000, 4):g}万元"
    if like.unit == "千克" and raw.endswith("吨"):
        return f"{round(value / 1000, 4):g}吨"
    unit_written = NUMBER_PART_RE.sub("", raw)
    factor = UNIT_FACTORS.get(unit_written, ("", 1))[1]      # 1,200元 (separators still in), 三千元, 2.5公顷 (15亩 each)
    return f"{round(value / factor, 4):g}{unit_written}"


def _times(word: str) -> float:
    return float(word) if word[0].isdigit() else float(parse_chinese_int(word))


def _one(text: str) -> str | None:
    """The text with its first workable comparison worked out, or None where none is left."""
    quantities = find_quantities(text)
    for m in DIFFERENCE_RE.finditer(text):
        if m["tenths"] or m["percent"]:
            share = int(parse_chinese_int(m["tenths"])) / 10 if m["tenths"] else float(m["percent"]) / 100
            end, unit, diff = m.end(), None, None
        else:
            diff = next((q for q in quantities if q.start == m.end()), None)
            if diff is None or diff.approx or diff.qualifier or diff.upper is not None:
                continue
            end, unit = diff.end, diff.unit
        candidates = [unit] if unit else list(dict.fromkeys(q.unit for q in quantities if q.end <= m.start()))
        for unit_ in candidates:
            base = _referred(m["ref"], unit_, quantities, text, m.start())
            if base is None:
                continue
            sign = WAY_SIGN[m["way"]]
            value = base.value + sign * (diff.value if diff else base.value * share)
            if value <= 0:
                break
            return text[:m.start()] + f"{_written(value, base)}（按比{m['ref']}{m['way']}的差额算出）" + text[end:]
    for m in MULTIPLE_RE.finditer(text):
        units = list(dict.fromkeys(q.unit for q in quantities if q.end <= m.start()))
        for unit in units:
            base = _referred(m["ref"], unit, quantities, text, m.start())
            if base is None:
                continue
            factor = 0.5 if m["half"] else _times(m["times"])
            said = "一半" if m["half"] else f"{m['times']}倍"
            return text[:m.start()] + f"{_written(base.value * factor, base)}（按{m['ref']}的{said}算出）" + text[m.end():]
    return None


def _unworked_differences_dropped(text: str) -> str:
    """The text with a difference from a figure it does not give written without its number: in 轻伤人数比重伤人数少一人
    the 一人 is no count of anyone (probe 67a ZA11 was not_met on 重伤 one person, of five injured)."""
    out, at = [], 0
    quantities = find_quantities(text)
    for m in DIFFERENCE_RE.finditer(text):
        diff = next((q for q in quantities if q.start == m.end()), None)
        if diff is None or m["tenths"] or m["percent"]:
            continue
        out.append(text[at:m.end()] + "（差额，未换算）")
        at = diff.end
    return "".join(out) + text[at:]


def worked_out(text: str) -> str:
    """The text with each comparison to an earlier figure written as the figure it gives, and the differences it
    cannot work out left without their number."""
    if "比" not in text and "倍" not in text and "一半" not in text:
        return text
    for _ in range(12):           # a few comparisons a text; each pass works one out
        done = _one(text)
        if done is None:
            break
        text = done
    return _unworked_differences_dropped(text)
