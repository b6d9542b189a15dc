"""虚报注册资本罪's share (虚报数额占其应缴出资数额, 立案追诉标准（二）第三条（一）（二）) worked out from the sums officers
give instead of a percentage: the capital due and the part falsely reported (应缴出资叁佰万元…虚报壹佰捌拾万元: 60%), or the
capital declared and what was actually paid in (申报注册资本叁佰万元…实际缴入仅壹佰万元: the other 二百万元, 66.7%).
A share the facts state themselves is read as stated; this is for facts that give only the sums (probes 90a, 90c were
asked the share they had given)."""
from __future__ import annotations

import re
from typing import Callable

from corpus.quantities import Quantity, find_quantities

from .asking import in_view_sentence

SHARE_OF_DUE = "占其应缴出资数额"
# the capital due: 应缴出资, 申报（实缴）注册资本, 登记注册资本 (for a company under 实缴登记, its registered capital is due in full)
DUE_BEFORE_RE = re.compile(r"(?:应缴(?:纳)?出资(?:额|数额)?(?:共|合计|共计)?|(?:申报|登记|申请登记)(?:的)?(?:实缴)?注册资本|注册资本)(?:为|是|达)?$")
# the part falsely reported: 虚报…X, 其中X系…虚报/充数/虚假
FALSE_BEFORE_RE = re.compile(r"虚报(?:了)?(?:注册资本|出资|资本)?(?:数额)?(?:为|达|共计|合计)?$")
FALSE_AFTER_RE = re.compile(r"(?:系|是|为)[^，。；]{0,16}?(?:虚报|充数|虚构|虚假)")
# what was actually paid in: 实际缴入仅壹佰万元, 实际到位资金3400万元
PAID_BEFORE_RE = re.compile(r"实际(?:缴入|缴纳|到位|出资|实缴|缴付|投入)(?:的)?(?:资金|资本|出资)?(?:仅|只有|只|仅为|为|是)?$")
LEAD_REACH = 16


def is_capital_share(condition: dict) -> bool:
    """The condition is the falsely reported share of the capital due, in per cent."""
    return SHARE_OF_DUE in condition.get("metric", "") and condition.get("unit") == "%"


def derived_share(text: str, make_fact: Callable):
    """The share the facts' sums give, as a percentage fact with the sums in its note; None where they give no one
    capital due, or neither a false part nor the paid part of it, or more than one of either."""
    sums = [q for q in find_quantities(text) if q.unit == "元" and q.value > 0 and not in_view_sentence(text, q.start)]
    due, false, paid = [], [], []
    for q in sums:
        lead = text[max(0, q.start - LEAD_REACH):q.start]
        lead = re.split(r"[，。；：:]", lead)[-1]
        if FALSE_BEFORE_RE.search(lead) or (lead.endswith("其中") and FALSE_AFTER_RE.match(text, q.end)):
            false.append(q)
        elif PAID_BEFORE_RE.search(lead):
            paid.append(q)
        elif DUE_BEFORE_RE.search(lead):
            due.append(q)
    if len({q.value for q in due}) != 1:
        return None
    base = due[0]
    if len(false) == 1 and false[0].value <= base.value:
        part, words = false[0], f"虚报{false[0].raw}÷应缴出资{base.raw}"
    elif not false and len(paid) == 1 and paid[0].value < base.value:
        part = Quantity(base.value - paid[0].value, "元", "", paid[0].start, paid[0].end, approx=paid[0].approx)
        words = f"（申报{base.raw}－实际缴入{paid[0].raw}）÷{base.raw}"
    else:
        return None
    share = 100 * part.value / base.value
    approx = base.approx or part.approx
    quantity = Quantity(round(share, 2), "%", f"{words}≈{share:.1f}%", part.start, part.end, approx=approx)
    return make_fact(quantity, "|" + words, f"案情写明的数额：{words}，虚报数额约占应缴出资数额{share:.1f}%")
