"""A stated blood-alcohol figure under the 醉酒 line. 刑法第一百三十三条之一（二） 醉酒驾驶机动车 is read from the words
(醉驾, 醉酒后驾驶), but 醉酒 is a measured state: 血液酒精含量 80mg/100ml or more (GB 19522—2010 第4.1条, as the 2023
醉驾 opinions apply it; neither text is in the corpus). 醉驾，血液酒精含量78mg/100ml met item (二) on the word; the
figure says otherwise, so the item asks. A blood test outranks a breath test."""
from __future__ import annotations

import re
from typing import Callable

DRUNK_MG_PER_100ML = 80
DRINKING_MG_PER_100ML = 20      # 饮酒后驾驶 from 20mg/100ml (GB 19522—2010 第4.1条)
# (per millilitre too: 血液中乙醇含量为0.76毫克/毫升 is 76mg/100ml, probe 67a ZA20; a breath test's 毫克/升 is another measure)
BAC_RE = re.compile(r"(?P<kind>血液|血检|抽血|血样|呼气|呼出气)[^，。；]{0,10}?(?P<n>\d+(?:\.\d+)?)\s*(?:mg|毫克)\s*(?:/|每)\s*"
                    r"(?P<hundred>100\s*)?(?:ml|mL|毫升)")


def _mg_per_100ml(m: re.Match) -> float:
    return float(m["n"]) * (1 if m["hundred"] else 100)
BLOOD = ("血液", "血检", "抽血", "血样")
# the line itself as a rule states it, not a test's result: 血液酒精含量达到80mg/100ml的属于醉酒驾驶
RULE_AFTER_RE = re.compile(r"(?:以上)?的(?:属于|为|即|是|，|,)")
# or named as the standard before it: （醉酒驾驶机动车的标准为血液酒精含量达到80mg/100ml以上） (probe 69a ZG20)
RULE_BEFORE_RE = re.compile(r"标准(?:为|是)|标准[：:]")


def _results(text: str, unsaid: Callable[[int], bool]) -> list[re.Match]:
    """The figures the tests gave: not the line a rule states, nor one in a view (执勤交警在呈请报告中写道：“血液酒精含量
    四舍五入为80mg/100ml…”, probe 65a XA20 met 醉酒 on it beside the test's 79.6)."""
    return [m for m in BAC_RE.finditer(text) if not RULE_AFTER_RE.match(text, m.end()) and not unsaid(m.start())
            and not RULE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start("n"))]


def below_drunk_line(text: str, unsaid: Callable[[int], bool] = lambda at: False) -> str | None:
    """The words of the deciding figure where it is under the line (the blood test's where there is one), else None."""
    found = _results(text, unsaid)
    blood = [m for m in found if m["kind"] in BLOOD]
    deciding = blood or found
    if deciding and all(_mg_per_100ml(m) < DRUNK_MG_PER_100ML for m in deciding):
        return deciding[0].group(0)
    return None


def blood_test(text: str, unsaid: Callable[[int], bool] = lambda at: False,
               line: float = DRUNK_MG_PER_100ML) -> tuple[str, bool] | None:
    """The blood test's words and whether it is at or over the line (every blood figure stated), or None without one.
    Breath tests screen and do not decide: the 2023 醉驾 opinions take the blood test (probe 31b: 血液酒精含量80mg/100ml,
    no 醉 said, was asked whether the driver was drunk). `line`: the 醉酒 line, or the 饮酒 line for 酒后驾驶."""
    blood = [m for m in _results(text, unsaid) if m["kind"] in BLOOD]
    if not blood:
        return None
    over = [_mg_per_100ml(m) >= line for m in blood]
    if all(over) or not any(over):
        return blood[0].group(0), over[0]
    return None
