"""逃税罪's share of the tax due (逃避缴纳税款…占应纳税额百分之十以上), read as 税收解释（2024）第四条 defines it:
over several years the share is the highest year's (第四款), and the tax due leaves out what customs collects
on imports and what is paid in advance (第二款). A share the facts give over another base decides nothing."""
from __future__ import annotations

import re
from typing import Callable

from corpus.quantities import Quantity

from .asking import in_view_sentence

SHARE_OF_TAX = "占应纳税额"
SHARE_BEFORE_RE = re.compile(r"占[^，。；%]{0,8}$")       # the words just before a percentage: 占当年应纳税额
OTHER_TAX_BASE_RE = re.compile(r"海关代征|代征(?:的)?进口环节|进口环节(?:增值税|消费税)|预缴")

OTHER_BASE_NOTE = "应纳税额不包括海关代征的增值税、关税等及依法预缴的税额（税收解释（2024）第四条第二款）"
OTHER_BASE_QUESTION = "扣除海关代征的增值税、关税及依法预缴的税额后，逃税额占应纳税额的百分比是多少？"


def is_tax_share(condition: dict) -> bool:
    """The condition is the share of the tax due, in per cent."""
    return SHARE_OF_TAX in condition.get("metric", "") and condition.get("unit") == "%"


def highest_share(percentages: list, first):
    """Of the facts' percentages, the highest one stated as a share (占…%); `first` is the best match, kept when
    no other is a share. Probe 33b W20: 6% then （占12%） was not_met on the first."""
    shares = [f for f in percentages if SHARE_BEFORE_RE.search(f.context.partition("|")[0])]
    return max(shares + [first], key=lambda f: f.quantity.value)


def other_base(condition: dict, text: str) -> str | None:
    """The words showing the facts' share was taken over a base holding customs-collected or prepaid tax
    (按全年缴纳税款总额计算占8%，但其中含海关代征进口环节增值税, probe 33b W23), None when they show none."""
    if SHARE_OF_TAX not in condition.get("metric", ""):
        return None
    found = OTHER_TAX_BASE_RE.search(text)
    return found.group(0) if found else None


# a year's tax evaded and its tax due, stated in one part of the facts (2023年度少缴增值税及企业所得税共计16万元，当年度应纳税额
# 140万元；2024年度少缴20万元，…): the share is theirs to divide (probe 51a JA08 stated no percentage of its own)
EVADED_BEFORE_RE = re.compile(r"(?:少缴|少申报|逃避缴纳|偷逃|逃税|不缴|少交)[^，。；\d]{0,16}$")
DUE_BEFORE_RE = re.compile(r"应纳税(?:额|款)(?:总额)?(?:为|是|共计|合计|达)?$")
PART_END = "；;。\n"


def derived_share(facts: list, text: str, make_fact: Callable):
    """The highest share of the tax due that a part of the facts (between ； and 。) gives by its two sums, one evaded
    and one due, as a percentage fact; None where no part gives both (税收解释（2024）第四条第四款: the highest year's)."""
    best = None
    for start, end in _parts(text):
        sums = [f for f in facts if f.quantity.unit == "元" and start <= f.quantity.start < end and f.quantity.value > 0
                and not in_view_sentence(text, f.quantity.start)]
        evaded = [f for f in sums if EVADED_BEFORE_RE.search(text, start, f.quantity.start)
                  and not DUE_BEFORE_RE.search(text, start, f.quantity.start)]
        due = [f for f in sums if DUE_BEFORE_RE.search(text, start, f.quantity.start)]
        if len(evaded) != 1 or len(due) != 1:
            continue
        share = 100 * evaded[0].quantity.value / due[0].quantity.value
        if best is None or share > best[0]:
            best = (share, evaded[0], due[0])
    if best is None:
        return None
    share, evaded, due = best
    words = f"{evaded.quantity.raw}÷{due.quantity.raw}≈{share:.1f}%"
    return make_fact(Quantity(round(share, 2), "%", words, evaded.quantity.start, evaded.quantity.start), "|" + words,
                f"案情写明逃税{evaded.quantity.raw}、应纳税额{due.quantity.raw}，占{share:.1f}%")


def _parts(text: str):
    at = 0
    for i, ch in enumerate(text):
        if ch in PART_END:
            yield at, i
            at = i + 1
    yield at, len(text)
