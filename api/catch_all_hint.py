"""A circumstance the facts state that the law elsewhere counts as aggravating keeps a clause's catch-all
(其他情节严重的情形) open: every listed item falling short is then no 未达到.

The words are the special circumstances that 盗窃解释（2013）第二条, 抢夺解释（2013）第二条 and 敲诈勒索解释（2013）第二条
list for property offenses: a disaster or emergency, relief and welfare goods, victims who cannot protect themselves,
a hospital's patients. Probe 36e E22 (relief tents slashed after a typhoon, 3000元 of loss) was answered 未达到 on
立案追诉标准（一）第三十三条's items alone, though whether the relief goods make it 情节严重 is the question left.
"""
from __future__ import annotations

import re

from .asking import unasked_clause

AGGRAVATING_RE = re.compile(
    r"救灾|抢险|防汛|优抚|扶贫|移民款|救济|自然灾害|事故灾害|突发事件|台风|地震|洪水|洪灾|疫情期间"
    r"|残疾人|孤寡老人|丧失劳动能力|病人|未成年人|老年人|孕妇")
_NO_BEFORE = re.compile(r"(?:没有|没|未|不是|并非|非|无|不属于|不涉及)[^，。；]{0,4}$")


def aggravating_words(text: str) -> str | None:
    """Such circumstances the facts state (not denied, not asked), joined by 、; None where there are none."""
    found = []
    for m in AGGRAVATING_RE.finditer(text):
        left = max(text.rfind(ch, 0, m.start()) for ch in "，。；！？,;") + 1
        if _NO_BEFORE.search(text[left:m.start()]) or not unasked_clause(text, m.start(), m.end()):
            continue
        found.append(m.group(0))
    return "、".join(dict.fromkeys(found)) or None
