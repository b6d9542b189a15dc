"""An officer's 无其他情节: the facts say that what they state is all there is. Officers close an account so
(销售金额3万元，无其他情节), and the items the facts leave unstated (尚未销售的货值, 二年内受过的处罚) are then
not present, not unknown: without this reading every such question asked again what the officer had ruled out.

The closure reaches only circumstances: earlier penalties and repeated acts, harm done (deaths, injuries,
losses, an epidemic), the place and the manner. What the act itself is and how much of it there was (the sum, the
weight, the share 虚报 of the capital, whether a waste is 有毒物质) are the facts of the act, not 情节, and stay open;
so does a condition every item of the clause presupposes (违反国家规定). Nothing closes while the facts call some
figure still open (尚未查清, 待核实 …), or where 其他情节 is only asked about (是否有其他情节)."""
from __future__ import annotations

import re

from .asking import asks
from .holder import CLAUSE_END

# 无其他情节, 没有其他严重情节, 无其他加重情形, 其他情节均没有 / 均不具备
# (officers' words too: 也没有别的情节, 没其他情节, 其他情节没有, 就是挪车，别的都没有; probe 37b)
OTHER = r"(?:其他|其它|别的)"
CLOSURE_RE = re.compile(rf"(?:无|没有|没|不存在|不具有|不具备)(?:任何)?{OTHER}(?:的)?(?:严重|加重|恶劣|违法|违法犯罪)?(?:情节|情形)"
                        rf"|{OTHER}(?:情节|情形)(?:均|都|一概|也)?(?:无|没有|不具备|不存在)|别的(?:都|也|均)没有|(?:没有|没)(?:别的|其他)(?:事|事情)"
                        # (no consequence beyond those stated: 未造成其他后果, 也未造成其他任何后果; probe 98b, 99a)
                        rf"|(?:无|没有|未造成|没有造成|未产生)(?:任何)?{OTHER}(?:任何)?(?:严重|不良)?后果")
# a figure or fact the account itself calls open: then it is not complete, whatever it says after
STILL_OPEN_RE = re.compile(r"尚未查实|尚未核实|尚待核实|有待核实|未经核实|尚不清楚|尚未查清|未查清|没查清|待查证|尚未查证|待核实|不清楚"
                           r"|不详|不明|待定|未核算|还没算|尚未认定|尚待认定|尚未鉴定|尚待鉴定|尚未评估|正在调查|仍在调查"
                           # (an appraisal commissioned, its opinion still to come: 损伤程度鉴定已委托，尚未出具意见)
                           r"|尚未出具|尚未作出|尚在鉴定|正在鉴定")


# the conditions that are circumstances of the act (a condition's metric or words), not the act or its amount
CIRCUMSTANCE_RE = re.compile(r"死亡|重伤|轻伤|伤亡|受伤|中毒|疾病|损失|处罚|次数|多次|疫情|疫病|流行|传播|恶劣|社会影响|后果"
                             r"|疏散|转移群众|取水中断|生态功能|永久性破坏|林木死亡|幼树死亡|保护区|自然保护地|水源"
                             r"|^(?:造成|导致|致使|引起|严重危害)|行贿|违法活动|逃匿|抗拒|暴力|威胁|未成年"
                             # the time, place, victim and manner the property-offense interpretations list (盗窃解释
                             # 第二条、第三条, 抢夺、敲诈勒索、寻衅滋事解释 alike)
                             r"|突发事件|事件发生地|残疾人|孤寡老人|老年人|丧失劳动能力|病人|医院|救灾|抢险|防汛|优抚|扶贫|移民|救济"
                             r"|入户|凶器|扒窃|黑恶势力|特殊身份|放火|爆炸|公共场所|精神病人|流浪乞讨|孕妇")


def closure_phrase(text: str) -> str | None:
    """The words that close the account, when the account states them as a fact and calls nothing open."""
    if STILL_OPEN_RE.search(text):
        return None
    for m in CLOSURE_RE.finditer(text):
        left = max(text.rfind(ch, 0, m.start()) for ch in CLAUSE_END) + 1
        ends = [e for e in (text.find(ch, m.end()) for ch in CLAUSE_END) if e >= 0]
        if not asks(text, left, min(ends, default=len(text))):
            return m.group(0)
    return None


def _key(condition: dict) -> tuple:
    return condition.get("kind"), condition.get("metric") or condition.get("text")


SUM_UNITS = frozenset({"元"})      # counts of people, ages and times are said of much besides the act


def _spare_units(alternatives: list[dict], facts) -> set[str]:
    """The units of the figures no condition read: a sum the facts give that no item took (评估的合理许可使用费是四十万
    beside 损失数额) may be the one an open item counts, so nothing in that unit is closed."""
    used = {tuple(f["span"]) for a in alternatives for c in a["conditions"]
            if isinstance(f := c.get("fact"), dict) and "span" in f}
    return {f.quantity.unit for f in facts if (f.quantity.start, f.quantity.end) not in used and f.quantity.unit in SUM_UNITS}


def close_unstated(alternatives: list[dict], phrase: str, combine, facts=()) -> list[dict]:
    """Each open item's unstated conditions (no fact read) set to not met, save those every deciding item
    shares and those of a unit some figure of the facts no condition read is in (`facts`: the extracted
    figures); `combine` recomputes an item's status from its conditions."""
    deciding = [a for a in alternatives if not a["catch_all"] and a["status"] != "not_applicable"]
    if not deciding:
        return alternatives
    spare = _spare_units(alternatives, facts)
    shared = set.intersection(*({_key(c) for c in a["conditions"]} for a in deciding)) if len(deciding) > 1 else set()
    out = []
    for alt in alternatives:
        if alt not in deciding or alt["status"] != "unknown":
            out.append(alt)
            continue
        conds = [{**{k: v for k, v in c.items() if k != "question"}, "status": "not_met",
                  "compared": f"案情称“{phrase}”，未述及即不具备"}
                 if c["status"] == "unknown" and c.get("fact") is None and _key(c) not in shared
                 and CIRCUMSTANCE_RE.search(str(_key(c)[1] or "")) and c.get("unit") not in spare else c
                 for c in alt["conditions"]]
        out.append({**alt, "conditions": conds, "status": combine([c["status"] for c in conds])})
    return out
