"""立案追诉标准（一）第十六条（三）: "伪劣产品销售金额不满五万元，但将已销售金额乘以三倍后，与尚未销售的伪劣产品
货值金额合计十五万元以上". Compared number by number it ruled items out that it meets (三万元已售、七万元未售:
九万 + 七万 = 十六万); computed here when the facts state both sums, asked otherwise.
"""
from __future__ import annotations

import re

from corpus.numerals import parse_chinese_int

SUM_RE = re.compile(r"(?:不满(?P<cap>[一二三四五六七八九十百千\d]+)万元[^；。]*)?乘以(?P<factor>[一二三四五六七八九十\d]+)倍"
                    r"[^；。]*合计(?P<amount>[一二三四五六七八九十百千\d]+)万元以上")
# the words before a sum that say which one it is: sold, or held unsold
UNSOLD_WORDS = ("未售", "未销售", "尚未销售", "库存", "货值")
SOLD_WORDS = ("已售", "已销售", "销售金额", "售出", "卖出")


def _number(word: str | None) -> int | None:
    return None if not word else int(word) if word.isdigit() else parse_chinese_int(word)


def parse(text: str) -> tuple[int, float, float | None] | None:
    """(factor, threshold, cap on the sold sum) in 元 of a weighted-sum clause, or None."""
    m = SUM_RE.search(text)
    if not m:
        return None
    factor, amount, cap = _number(m.group("factor")), _number(m.group("amount")), _number(m.group("cap"))
    return (factor, amount * 10000.0, cap * 10000.0 if cap else None) if factor and amount else None


def _sum_named(facts, words: tuple[str, ...], not_words: tuple[str, ...] = ()) -> float | None:
    """The one stated sum in 元 whose leading words name it, None when none or several do."""
    found = [f.quantity.value for f in facts if f.quantity.unit == "元"
             and any(w in f.context.partition("|")[0] for w in words)
             and not any(w in f.context.partition("|")[0][-6:] for w in not_words)]
    return found[0] if len(found) == 1 else None


def evaluate(text: str, facts) -> dict | None:
    """The clause's status from the stated sold and unsold sums: met / not_met with the arithmetic,
    or None when the clause is not a weighted sum or a sum is not stated."""
    rule = parse(text)
    if rule is None:
        return None
    factor, threshold, cap = rule
    unsold = _sum_named(facts, UNSOLD_WORDS)
    sold = _sum_named(facts, SOLD_WORDS, not_words=UNSOLD_WORDS)
    if sold is None or unsold is None:
        return None
    total = sold * factor + unsold
    met = (cap is None or sold < cap) and total >= threshold
    return {"status": "met" if met else "not_met",
            "compared": f"已销售 {sold:g}元 × {factor} + 未销售货值 {unsold:g}元 = {total:g}元 "
                        f"{'≥' if total >= threshold else '<'} {threshold:g}元"}
