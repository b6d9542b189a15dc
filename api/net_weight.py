"""A gross weight less its stated packaging is the net weight the law counts (刑法第三百五十七条第二款: 查证属实的数量; a
gross weight alone is dropped, api/verdict GROSS_BEFORE_RE). 连同包装袋称毛重10.3克，包装袋单独称重0.8克 is 9.5克, under 冰毒
十克 (probe 36e E45 asked the weight again)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from corpus.quantities import Quantity

# the measures' own words: the gross weight, then the packaging's, in one sentence
GROSS_RE = re.compile(r"(?:毛重|连同包装[袋物盒]?|含包装[袋物盒]?|带包装[袋物盒]?|连包装袋)[^，。；]{0,8}?(?P<n>\d+(?:\.\d+)?)(?P<unit>克|千克|公斤)")
PACKING_RE = re.compile(r"(?:包装袋|包装物|包装盒|外包装|袋子|袋皮)[^，。；]{0,8}?(?:重|称重|称得|重量)[^，。；]{0,4}?(?P<n>\d+(?:\.\d+)?)(?P<unit>克|千克|公斤)")


def with_net_weight(text: str, facts: list, fact_at: Callable) -> list:
    """The facts with a net weight added where the text states the gross weight and the packaging's, and no net weight."""
    if "净重" in text:
        return facts
    gross = GROSS_RE.search(text)
    packing = PACKING_RE.search(text, gross.end()) if gross else None
    if not gross or not packing or gross["unit"] != packing["unit"]:
        return facts
    net = float(gross["n"]) - float(packing["n"])
    if net <= 0:
        return facts
    kilos = net / 1000 if gross["unit"] == "克" else net          # weights are compared in 千克 (corpus.quantities)
    quantity = Quantity(round(kilos, 9), "千克", f"{net:g}{gross['unit']}", gross.start("n"), gross.end("unit"))
    # the words of the thing weighed stand before the weighing, in the sentence (查获一小包冰毒，连包装袋一起称毛重…)
    sentence_start = max(text.rfind(ch, 0, gross.start()) for ch in "。；;！？\n") + 1
    fact = fact_at(text, quantity)
    fact = replace(fact, context=text[sentence_start:gross.start()] + "|" + fact.context.partition("|")[2],
                   note=f"毛重{gross['n']}{gross['unit']}减包装{packing['n']}{packing['unit']}")
    # the packaging's own weight is no weight of the drug
    kept = [f for f in facts if not (packing.start() <= f.quantity.start < packing.end())]
    return [*kept, fact]
