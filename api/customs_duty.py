"""偷逃应缴税额 is the duty and the import taxes customs collects with it, together (走私解释（2014）第十八条第一款:
应缴税额，包括进出口货物、物品应当缴纳的进出口关税和进口环节海关代征税的税额). Officers state them apart (关税6.2万元，
进口环节增值税、消费税合计4万元); read apart, the duty alone was compared with 十万元 and the taxes were left over
(probe 36a A07 asked 偷逃应缴税额是多少)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

# the words right before a sum that make it the duty, or the import taxes collected with it
DUTY_BEFORE_RE = re.compile(r"关税(?:税额|税款)?(?:为|是|共|计|合计|约)?$")
IMPORT_TAX_BEFORE_RE = re.compile(r"(?:增值税|消费税|代征税)(?:税额|税款)?(?:为|是|共|计|合计|约)?$")
# a total the facts state themselves: nothing to add
TOTAL_STATED_RE = re.compile(r"(?:偷逃|应缴|逃避缴纳)[^，。；]{0,4}?税(?:款|额)[^，。；]{0,6}?(?:\d|[一二两三四五六七八九十])")
REACH = 8
# the import taxes still being assessed: the duty is then a part of the sum, at least that much (probe 36d D02: 关税6万元，
# 进口环节增值税还在计核中 was not_met on the duty alone)
TAXES_PENDING_RE = re.compile(r"(?:增值税|消费税|代征税)[^，。；]{0,6}?(?:还在|正在|尚在|尚未|仍在|待|未)(?:计核|核定|核算|计算|确定|核实)")
# the duty and the taxes already summed by the facts: 偷逃关税及进口环节增值税、消费税合计7万元
SUMMED_BEFORE_RE = re.compile(r"偷逃[^，。；]{0,4}?关税[^，。；]{0,6}?(?:及|和|与|、)[^，。；]{0,12}?(?:增值税|消费税|代征税)[^，。；]{0,4}?"
                              r"(?:合计|共计|总计|共)(?:为|是)?$")


def with_duty_total(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with a stated duty replaced by the duty plus the import taxes stated beside it, as 偷逃应缴税额."""
    if "关税" not in text or TOTAL_STATED_RE.search(text):
        return facts
    def before(f) -> str:
        return text[max(0, f.quantity.start - REACH):f.quantity.start]
    summed = [f for f in facts if f.quantity.unit == "元" and SUMMED_BEFORE_RE.search(text[max(0, f.quantity.start - 30):f.quantity.start])]
    if summed:
        out = list(facts)
        for f in summed:
            out[out.index(f)] = make_fact(f.quantity, "偷逃应缴税额|" + f.context.partition("|")[2], "关税与进口环节代征税合计")
        return out
    duties = [f for f in facts if f.quantity.unit == "元" and DUTY_BEFORE_RE.search(before(f))]
    # the same duty said again, in a party's view of it (…仅关税6.3万元未达十万元: probe 75a was not_met on the duty alone)
    duties = [f for i, f in enumerate(duties) if all(f.quantity.value != g.quantity.value for g in duties[:i])]
    taxes = [f for f in facts if f.quantity.unit == "元" and IMPORT_TAX_BEFORE_RE.search(before(f))]
    if len(duties) == 1 and not taxes and TAXES_PENDING_RE.search(text):
        duty = duties[0]
        at_least = replace(duty.quantity, qualifier="以上", upper=None)
        return [make_fact(at_least, "偷逃应缴税额|" + f.context.partition("|")[2], "仅关税；进口环节代征税尚在计核，应一并计入")
                if f is duty else f for f in facts]
    if len(duties) != 1 or not taxes:
        return facts
    duty = duties[0]
    total = duty.quantity.value + sum(f.quantity.value for f in taxes)
    note = (f"关税{duty.quantity.raw}＋进口环节代征税{'、'.join(f.quantity.raw for f in taxes)}，"
            f"走私解释（2014）第十八条")
    quantity = replace(duty.quantity, value=total, upper=None)
    out = list(facts)
    out[out.index(duty)] = make_fact(quantity, "偷逃应缴税额|" + duty.context.partition("|")[2], note)
    return out
