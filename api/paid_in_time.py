"""Wages paid in full within the period an order set. 劳动报酬解释（2013）第四条 makes 经政府有关部门责令支付仍不支付 a refusal
to pay 在指定的期限内: an employer who, ordered to pay by 3月13日, paid every worker in full on 3月12日 did not refuse,
whatever he owed before or how he hid (probe 71b AB04 was met on 15万元 owed to 23 workers). Read from the two dates the
facts give, the order's deadline and the full payment's; a payment after the deadline, or in part, changes nothing here."""
from __future__ import annotations

import re


OFFENSE = "拒不支付劳动报酬罪"
UNIT = "jieshi-laodong-baochou-2013:art4"
_DAY = r"(?:(?P<{y}>\d{{4}})\s*年\s*)?(?P<{m}>\d{{1,2}})\s*月\s*(?P<{d}>\d{{1,2}})\s*日"
# the order's deadline: 要求3月13日前支付, 限期至2025年3月13日前支付, 责令其于3月13日之前发放
DEADLINE_RE = re.compile(r"(?:要求|责令|限期|限其|指定|令其)[^。；]{0,12}?(?:于|在|至)?\s*" + _DAY.format(y="y", m="m", d="d")
                         + r"\s*(?P<by>前|之前|以前|止)?[^。；]{0,6}?(?:支付|发放|付清|结清|清偿|补发)")
# a payment in full, dated: 李某于3月12日通过银行转账将15万元全部支付给23名工人
PAID_RE = re.compile(_DAY.format(y="y", m="m", d="d") + r"[^。；]{0,30}?(?:全部|全额|足额)(?:支付|发放|付清|结清|补发)"
                     r"|" + _DAY.format(y="y2", m="m2", d="d2") + r"[^。；]{0,30}?(?:付清|结清|支付完毕|发放完毕|全部发放到位)")
# the payment still open or partial: 支付了部分, 尚欠, 仍欠
PARTIAL_RE = re.compile(r"部分|尚欠|仍欠|还欠|其余|剩余|余款|未付清|未结清")
YEAR_RE = re.compile(r"(\d{4})\s*年")


def _day(text: str, m: re.Match, y: str, mo: str, d: str) -> tuple[int, int, int] | None:
    """(year, month, day); a date without its year takes the last year written before it."""
    if m[mo] is None:
        return None
    year = m[y] or next((g for g in reversed(YEAR_RE.findall(text, 0, m.start()))), None)
    return (int(year) if year else 0, int(m[mo]), int(m[d]))


def paid_by_deadline(text: str) -> str | None:
    """The words of a full payment dated within the order's deadline, or None."""
    deadline = DEADLINE_RE.search(text)
    if deadline is None:
        return None
    due = _day(text, deadline, "y", "m", "d")
    for paid in PAID_RE.finditer(text, deadline.end()):
        when = _day(text, paid, "y", "m", "d") or _day(text, paid, "y2", "m2", "d2")
        words = paid.group(0)
        if when is None or PARTIAL_RE.search(words):
            continue
        in_time = when < due if deadline["by"] in ("前", "之前", "以前") else when <= due
        if in_time:
            return words
    return None


def with_paid_in_time(verdict: dict, offense: str, text: str) -> dict:
    """A met or open verdict of the wage offense becomes not_met where the facts date a full payment within the order's
    period: no refusal after the order, so no clause can be met."""
    if offense != OFFENSE or verdict["status"] == "not_met" or (words := paid_by_deadline(text)) is None:
        return verdict
    note = (f"案情写明“{words}”，在有关部门责令支付的指定期限内已全额支付，不属于“经政府有关部门责令支付仍不支付”"
            f"（{UNIT}），不论拖欠数额多少，均不构成本罪。")
    return {**verdict, "status": "not_met", "questions": [], "notes": [note, *verdict.get("notes", [])]}
