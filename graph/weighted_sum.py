"""A weighted-sum filing clause, read once for the graph (which keeps it whole, one question) and for
the verdict (which computes it): 立案追诉标准（一）第十六条（三） "伪劣产品销售金额不满五万元，但将已销售金额乘以
三倍后，与尚未销售的伪劣产品货值金额合计十五万元以上". Read number by number it ruled out items it meets.
"""
from __future__ import annotations

import re

from corpus.numerals import parse_chinese_int

SUM_RE = re.compile(r"(?:不满(?P<cap>[一二三四五六七八九十百千\d]+)万元[^；。]*)?乘以(?P<factor>[一二三四五六七八九十\d]+)倍"
                    r"[^；。]*合计(?P<amount>[一二三四五六七八九十百千\d]+)万元以上")


# the plain sum a multiple comes to (graph/multiples.py: 知识产权解释（2025）第五条（三）'s sold and unsold goods, read
# as 已销售金额与尚未销售的货值金额合计十五万元以上)
PLAIN_SUM_RE = re.compile(r"已销售金额与尚未销售的货值金额合计(?P<amount>[\d.]+)万元以上")


def _number(word: str | None) -> int | None:
    return None if not word else int(word) if word.isdigit() else parse_chinese_int(word)


def parse(text: str) -> tuple[int, float, float | None] | None:
    """(factor, threshold, cap on the sold sum) in 元 of a weighted-sum clause, or None."""
    m = SUM_RE.search(text)
    if not m:
        plain = PLAIN_SUM_RE.search(text)
        return (1, float(plain["amount"]) * 10000.0, None) if plain else None
    factor, amount, cap = _number(m.group("factor")), _number(m.group("amount")), _number(m.group("cap"))
    return (factor, amount * 10000.0, cap * 10000.0 if cap else None) if factor and amount else None
