"""Earlier penalties listed by rank (第1次行政处罚（走私）：决定书落款2024年3月25日，2024年4月9日送达生效；第2次…：2024年
10月生效), counted and dated: the highest rank is how many there were, and each is dated by the day it took effect
(走私解释（2014）第十七条 counts 一年内 from 第一次受到行政处罚的生效之日). Read as counts, 第1次 was one penalty and the
clause 一年内…二次行政处罚后又走私 came out not reached (probe 63a VA31).

Only ranks that run 1, 2, … N with N of two or more are read; an item with two dates and no 生效 has no date here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.numerals import parse_chinese_int

from .act_dates import date_span

RANKED_PENALTY_RE = re.compile(r"第(?P<n>[1-9]|[一二三四五六七八九])次[^，。；\n\d]{0,12}?处罚")
DATE_RE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")
EFFECTIVE_AFTER_RE = re.compile(r"[^，。；\n\d]{0,6}?生效")
ITEM_END_RE = re.compile(r"[。；\n]")
DAYS_IN_YEAR = 365


@dataclass(frozen=True)
class RankedPenalty:
    rank: int
    start: int
    end: int
    when: re.Match | None       # the date it took effect, or its item's only date


def ranked_penalties(text: str) -> list[RankedPenalty]:
    """The penalties the text lists by rank, in order; [] unless their ranks run 1..N with N ≥ 2."""
    found = list(RANKED_PENALTY_RE.finditer(text))
    out = []
    for i, m in enumerate(found):
        end = ITEM_END_RE.search(text, m.end())
        end = min(end.start() if end else len(text), found[i + 1].start() if i + 1 < len(found) else len(text))
        dates = list(DATE_RE.finditer(text, m.start(), end))
        effective = [d for d in dates if EFFECTIVE_AFTER_RE.match(text, d.end())]
        when = effective[-1] if effective else dates[0] if len(dates) == 1 else None
        rank = int(m["n"]) if m["n"].isdigit() else parse_chinese_int(m["n"])
        out.append(RankedPenalty(rank, m.start(), end, when))
    if len(out) < 2 or [p.rank for p in out] != list(range(1, len(out) + 1)):
        return []
    return out


def within_years(penalties: list[RankedPenalty], years: float, needed: float, text: str) -> tuple[str, str] | None:
    """('met', why) when `needed` of the penalties surely took effect within `years` before the act's date (the latest
    date after the list), ('not_met', why) when fewer can have, else ('unknown', why); None where no act date follows
    or a penalty has no date a calendar holds."""
    spans = [date_span(p.when) if p.when else None for p in penalties]
    later = [(span, m) for m in DATE_RE.finditer(text, penalties[-1].end) if (span := date_span(m))]
    if None in spans or not later:
        return None
    (act_first, act_last), act = max(later, key=lambda pair: pair[0][0])
    limit = round(years * DAYS_IN_YEAR)
    surely = sum((act_last - first).days < limit for first, _ in spans)
    possibly = sum((act_first - last).days <= limit for _, last in spans)
    said = f"处罚生效时间{'、'.join(p.when.group(0) for p in penalties)}，本次{act.group(0)}"
    if surely >= needed:
        return "met", f"{said}，均在{years:g}年内" if surely == len(penalties) else f"{said}，{surely}次在{years:g}年内"
    if possibly < needed:
        return "not_met", f"{said}，{years:g}年内的处罚不足{needed:g}次"
    return "unknown", f"{said}，是否在{years:g}年内须以具体日期计算"
