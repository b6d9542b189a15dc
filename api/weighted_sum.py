"""The weighted-sum clause (graph.weighted_sum) computed on the stated facts: 三万元已售、七万元未售 is
九万 + 七万 = 十六万, met; asked when the facts do not state both sums.
"""
from __future__ import annotations

import re

from graph.weighted_sum import parse

# the words before a sum that say which one it is: sold, or held unsold
UNSOLD_WORDS = ("未售", "未销售", "尚未销售", "待售", "库存", "货值")       # 待售2400件…合计人民币60000元 (probe 62b UB05)
HELD_WORDS = ("未售", "未销售", "尚未销售", "待售", "库存")
SOLD_WORDS = ("已售", "已销售", "销售金额", "售出", "卖出")
# the facts say nothing is left unsold: its value is zero, not unknown (已无库存, 已全部售出)
NO_STOCK_RE = re.compile(r"(?:已无|已没有|没有|无)(?:任何)?(?:(?:尚未|未)(?:销售|售出)的?[\u4e00-\u9fa5]{0,6}?)?(?:库存|存货)"
                         r"|(?:已无|已没有|没有|无)(?:任何)?(?:尚未|未)(?:销售|售出)的?(?:商品|货物|产品)|(?:已)?全部[^，。；]{0,6}?(?:售出|卖出|销售完毕|售完)|已售完|已经售完")

# the facts say nothing at all was sold: the sold sum is zero (没有任何销售记录, 均未售出, 一件也没卖出); not 尚未售出
# alone, which may be said of part of the goods
NOTHING_SOLD_RE = re.compile(r"(?:没有|无)(?:任何)?销售(?:记录|行为|收入)|(?:均|全部|都)(?:尚)?未(?:销售|售出|卖出)"
                             r"|一(?:件|瓶|箱|个|张|盒)?(?:也|都)(?:没|未)(?:有)?(?:卖|售)出?")


# a 货值 of goods already sold (已售出的电缆按市场中间价格计算货值金额为20万元): sold goods count by what they sold for, not
# as goods held unsold (probe 27v met 第十六条（三） on it)
SOLD_GOODS_RE = re.compile(r"(?<![未没])(?:已经?|均已|全部)(?:售出|销售|卖出)|(?<![未没])(?:售出|卖出)的")


def _bracketed(before: str) -> bool:
    opened = max(before.rfind("（"), before.rfind("("))
    return opened >= 0 and "）" not in before[opened:] and ")" not in before[opened:]


def _lead(f, stated: str) -> str:
    """The words before a sum that name it: its context, or where that opens on a bare 合计 (待售2400件，标价单价人民币25元，
    合计人民币60000元: probe 62b UB05), its sentence up to it."""
    before = f.context.partition("|")[0]
    if stated and (TOTAL_LEAD_RE.search(before) or ROW_LEAD_RE.search(before)):
        # (or a table row's sum, its label further back than the context reaches: （2）项目：仓库待售（按标价）（注：…），
        # 金额 7万元, probe 63a VA02)
        start = max(stated.rfind(ch, 0, f.quantity.start) for ch in "。；;\n") + 1
        return stated[start:f.quantity.start]
    return before


TOTAL_LEAD_RE = re.compile(r"[，,：:]\s*(?:合计|共计|总计|小计)(?:人民币)?$")
ROW_LEAD_RE = re.compile(r"[，,]\s*(?:金额|数额|价值|货值)\s*[：:]?\s*$")
PRICE_LEAD_RE = re.compile(r"(?:单价|每件|每个|每瓶|每盒|每箱|每台|每套)(?:人民币)?$")


def _sum_named(facts, words: tuple[str, ...], not_words: tuple[str, ...] = (), not_re: re.Pattern | None = None,
               stated: str = "") -> float | None:
    """The one stated sum in 元 whose leading words name it, None when none or several do; a sum inside brackets is a
    remark on the one before it (销售金额4.2万元（注：含…应收货款0.6万元）, probe 61b TB14), not another sum, and a
    unit price is none."""
    leads = [(f, _lead(f, stated)) for f in facts if f.quantity.unit == "元" and not _bracketed(f.context.partition("|")[0])
             and not PRICE_LEAD_RE.search(f.context.partition("|")[0])]
    found = [f for f, lead in leads if any(w in lead for w in words)
             and not any(w in lead[-6:] for w in not_words) and not (not_re and not_re.search(lead))]
    return found[0] if len(found) == 1 else None


def _value(f) -> float | None:
    return None if f is None else f.quantity.value


def evaluate(text: str, facts, stated: str = "") -> dict | None:
    """The clause's status from the stated sold and unsold sums (the unsold zero when the facts `stated`
    say nothing is left): met / not_met with the arithmetic, or None when the clause is not a weighted
    sum or a sum is not stated."""
    rule = parse(text)
    if rule is None:
        return None
    factor, threshold, cap = rule
    unsold_fact = _sum_named(facts, UNSOLD_WORDS, not_re=SOLD_GOODS_RE, stated=stated)
    unsold = _value(unsold_fact)
    if NO_STOCK_RE.search(stated):       # all sold: a 货值 figure is the goods' price tag, not stock (按标价计算货值7万元，已全部售出)
        unsold_fact = None
        unsold = _value(_sum_named(facts, HELD_WORDS, stated=stated)) or 0.0
    sold = _value(_sum_named(facts, SOLD_WORDS, not_words=UNSOLD_WORDS, stated=stated))
    if sold is None and NOTHING_SOLD_RE.search(stated):
        sold = 0.0
    if sold is None or unsold is None:
        return None
    total = sold * factor + unsold
    met = (cap is None or sold < cap) and total >= threshold
    if met and unsold_fact is not None and unsold_fact.quantity.qualifier == "以下" and sold * factor < threshold:
        # the stock's value is at most that, part of it counted in the sales already (预售货…款项已计入38000元销售额: probe 79a)
        return {"status": "unknown",
                "compared": f"已销售 {sold:g}元 × {factor} + 未销售货值至多 {unsold:g}元 = 至多 {total:g}元，不能确定是否达到 {threshold:g}元",
                "question": "未销售货值中是否有已计入销售金额的部分，扣除后货值是多少？"}
    return {"status": "met" if met else "not_met",
            "compared": f"已销售 {sold:g}元 × {factor} + 未销售货值 {unsold:g}元 = {total:g}元 "
                        f"{'≥' if total >= threshold else '<'} {threshold:g}元"}
