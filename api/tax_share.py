"""逃税罪's share of the tax due (逃避缴纳税款…占应纳税额百分之十以上), read as 税收解释（2024）第四条 defines it:
over several years the share is the highest year's (第四款), and the tax due leaves out what customs collects
on imports and what is paid in advance (第二款). A share the facts give over another base decides nothing."""
from __future__ import annotations

import re

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
