"""How many hours a span between two clock times lasts: 自3月5日晚8时起至3月7日凌晨2时止 is 30 hours, 从上午九时至次日凌晨
四时许 19. 渎职侵权立案标准（2006）二（一）1. counts 非法剥夺人身自由24小时以上, and officers write the times, not the hours
(probes 99a-b were asked the hours of detentions they had dated to the hour). The hours are added as a figure with the
words before the span (看管, 关押), so the detention's metric reads them as any stated hours."""
from __future__ import annotations

import re
from typing import Callable

from corpus.numerals import parse_chinese_int
from corpus.quantities import Quantity

_H = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_PERIOD = r"凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|深夜|夜间|晚"
_DAY = r"(?:(?P<{m}>\d{{1,2}})月)?(?P<{d}>\d{{1,2}})日"
SPAN_RE = re.compile(
    rf"(?:{_DAY.format(m='m1', d='d1')}|当日|当天|同日|当晚)?(?P<p1>{_PERIOD})?(?P<h1>{_H})(?:时|点)(?P<half1>半)?(?:许|左右)?(?:起)?"
    r"[^，。；！？\d]{0,8}?(?:至|到)"
    rf"(?P<next>次日|翌日|第二天|第三天)?(?:{_DAY.format(m='m2', d='d2')})?(?P<p2>{_PERIOD})?(?P<h2>{_H})(?:时|点)(?P<half2>半)?")
NEXT_DAYS = {"次日": 1, "翌日": 1, "第二天": 1, "第三天": 2}
LEAD_CHARS = 16


def _clock(period: str | None, hour: int, half: str | None) -> float:
    """The hour on a 24-hour clock: 晚8时 is 20, 凌晨2时 2, 中午12时 12."""
    if period in ("下午", "傍晚", "晚上", "夜里", "晚") and hour < 12:
        hour += 12
    elif period in ("深夜", "夜间") and 6 <= hour < 12:
        hour += 12
    elif period == "中午" and hour < 6:
        hour += 12
    return hour + (0.5 if half else 0)


def _days_between(m: re.Match) -> int | None:
    """Whole days from the start's date to the end's: 次日 one; 3月5日 to 3月7日 two; the same day none."""
    if m["next"]:
        return NEXT_DAYS[m["next"]]
    if m["d2"] and m["d1"]:
        if m["m1"] and m["m2"] and m["m1"] != m["m2"]:
            return None         # across a month: left to the words
        return int(m["d2"]) - int(m["d1"])
    return 0 if not m["d2"] else None


def hours_of(m: re.Match) -> float | None:
    """The span's hours, or None where it does not run forward within a month."""
    days = _days_between(m)
    if days is None or days < 0:
        return None
    start = _clock(m["p1"], parse_chinese_int(m["h1"]), m["half1"])
    end = _clock(m["p2"] or (m["p1"] if not days else None), parse_chinese_int(m["h2"]), m["half2"])
    if start > 24 or end > 24:
        return None
    hours = days * 24 + end - start
    return hours if hours > 0 else None


def with_measured_spans(text: str, facts: list, make_fact: Callable, pattern: re.Pattern, measure: Callable,
                        unit: str, words_of: Callable) -> list:
    """The facts with each span the pattern finds added as a figure of `unit` (measure(match): its length, None to skip),
    read with the words before it and words_of(match) (what the span says was done)."""
    out = list(facts)
    for m in pattern.finditer(text):
        length = measure(m)
        if length is None:
            continue
        length = round(length, 2)
        quantity = Quantity(length, unit, m.group(0), m.start(), m.end())
        lead = text[max(0, m.start() - LEAD_CHARS):m.start()]
        out.append(make_fact(quantity, lead + words_of(m) + "|" + text[m.end():m.end() + 8],
                             f"{m.group(0)}，计{length:g}{'个月' if unit == '月' else unit}"))
    return out


def with_clock_spans(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with the hours of each span between two clock times added."""
    return with_measured_spans(text, facts, make_fact, SPAN_RE, hours_of, "小时", lambda m: text[m.end():m.end() + 6])
