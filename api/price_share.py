"""The share of the floor price a land grant's price is: 成交单价每平方米八十元, 最低价标准为每平方米一百四十四元 is 55.6%.
土地解释（2000）第六条（一） files 出让价额低于国家规定的最低价额标准的60%, and officers write the two unit prices, not the
share (probe 102b was asked the share of a grant priced at 80 of a 144 floor). Prices per unit are no sums (api/verdict.py
drops them as rates), so they are read here, each by the words before it."""
from __future__ import annotations

import re
from typing import Callable

from corpus.quantities import Quantity, parse_number

UNIT_PRICE_RE = re.compile(r"每(?P<per>平方米|亩|公顷)(?:人民币)?(?P<n>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万零〇]+)元")
FLOOR_BEFORE_RE = re.compile(r"最低价|最低限价|最低价标准|最低价格")
FLOOR_REACH = 24


def is_floor_share(condition: dict) -> bool:
    return condition.get("unit") == "%" and "最低价额" in condition.get("metric", "")


def derived_share(text: str, make_fact: Callable):
    """The price as a percentage of the floor, where the text gives one floor and one other price per the same unit."""
    floors, prices = [], []
    for m in UNIT_PRICE_RE.finditer(text):
        try:
            value = parse_number(m["n"])
        except ValueError:
            continue
        lead = re.split(r"[。；]", text[max(0, m.start() - FLOOR_REACH):m.start()])[-1]
        (floors if FLOOR_BEFORE_RE.search(re.split(r"[，,]", lead)[-1] or lead) else prices).append((m, value))
    if len(floors) != 1 or len(prices) != 1 or floors[0][0]["per"] != prices[0][0]["per"] or floors[0][1] <= 0:
        return None
    (price, paid), (floor, least) = prices[0], floors[0]
    share = 100 * paid / least
    words = f"{price.group(0)}÷{floor.group(0)}≈{share:.1f}%"
    return make_fact(Quantity(round(share, 2), "%", words, price.start(), price.end()), "|" + words,
                     f"案情写明出让价{price.group(0)}、最低价{floor.group(0)}，占{share:.1f}%")
