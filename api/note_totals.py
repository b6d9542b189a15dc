"""The total face value of counterfeit notes stated as a note's face value and a count: 面额100元的假币30张 is
3,000元 总面额 (立案追诉标准（二）第二条、第三条… count 总面额 and 币量). Read as stated, the 100元 of one note was
compared with 总面额二千元 and found short (a probe: three wrong 未达到)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from corpus.quantities import Quantity

# 每张面额100元的假币，共25张 / 面额50元的假币共60张 / 面额100元的假币30张
FACE_AND_COUNT_RE = re.compile(r"面额(?:为)?(?P<face>\d+(?:\.\d+)?)元[^，。；]{0,8}?[，,]?(?:共计?|合计|计|总计)?(?P<count>\d+)张")


def with_note_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with each note's face value stated with a count replaced by the total face value (its note says
    how); where the text states 总面额 itself, nothing changes."""
    if "总面额" in text:
        return facts
    out = list(facts)
    for m in FACE_AND_COUNT_RE.finditer(text):
        total = float(m["face"]) * int(m["count"])
        note = f"面额{m['face']}元×{m['count']}张"
        face = next((f for f in out if f.quantity.unit == "元" and f.quantity.start == m.start("face")), None)
        if face is None:        # 每张面额100元 was read as a rate and left out
            quantity = Quantity(total, "元", m.group(0), m.start("face"), m.end())
            out.append(make_fact(quantity, "总面额|" + text[m.end():m.end() + 12], note))
            continue
        quantity = replace(face.quantity, value=total, upper=None)
        out[out.index(face)] = make_fact(quantity, "总面额|" + face.context.partition("|")[2], note)
    return out
