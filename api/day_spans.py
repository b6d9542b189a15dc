"""How many months a span between two dated days lasts: 从2024年3月1日起雇其做装卸工，直到同年9月1日 is six months,
从2023年10月8日起一直挂在车上使用，至2024年5月20日 seven and a bit. 立案追诉标准（一）第九十二条 counts 雇用一人六个月以上
and 武装部队车辆号牌解释（2011）第三条 使用…累计六个月以上, and officers write the days, not the months (probe 101a was asked
the months of spans it had dated to the day). The months are added as a figure with the words of the span (雇其做装卸工,
挂在车上使用), so a metric counted in months reads them as any stated months. Only spans dated to the day at both ends:
a month alone (2024年6月至2025年1月) leaves the length a month either way."""
from __future__ import annotations

import calendar
import re
from typing import Callable

from .clock_spans import with_measured_spans

SPAN_RE = re.compile(
    r"(?P<y1>\d{4})年(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日(?:起|开始)?"
    r"(?P<between>[^。；！？\d]{0,24}?)(?:至|到|直到|直至|截至|止于)"
    r"(?:(?P<y2>\d{4})年|(?P<same>同年|当年)|(?P<next>次年|翌年|第二年))?(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日")
DAYS_PER_MONTH = 30


def months_of(m: re.Match) -> float | None:
    """Whole calendar months from the first day to the second, and the days left over as a share of their month; None where the
    second day is not later or a date is no date."""
    y1, m1, d1 = int(m["y1"]), int(m["m1"]), int(m["d1"])
    y2 = int(m["y2"]) if m["y2"] else y1 + 1 if m["next"] else y1
    m2, d2 = int(m["m2"]), int(m["d2"])
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= calendar.monthrange(y1, m1)[1]
            and 1 <= d2 <= calendar.monthrange(y2, m2)[1]):
        return None
    months, days = (y2 - y1) * 12 + m2 - m1, d2 - d1
    month_days = DAYS_PER_MONTH
    if days < 0:
        months -= 1
        before_y, before_m = (y2, m2 - 1) if m2 > 1 else (y2 - 1, 12)
        month_days = calendar.monthrange(before_y, before_m)[1]
        days += month_days
    total = months + days / month_days        # (3月2日 to 9月1日 is 5 months and 30 of August's 31 days: short of six)
    return total if total > 0 else None


def with_day_spans(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with the months of each span between two dated days added."""
    return with_measured_spans(text, facts, make_fact, SPAN_RE, months_of, "月", lambda m: m["between"])
