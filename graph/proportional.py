"""A proportional-sum filing item, read once for the graph (which keeps it whole, one question) and for
the verdict (which computes it): 森林资源解释（2023）第一条第二款（三） "公益林地、商品林地数量虽未分别达到第一项、
第二项规定标准，但按相应比例折算合计达到有关标准的". Parsed as ordinary words it asked junk questions
(是否涉案林木数量虽未分别达到第一项？) and 三亩公益林地加四亩商品林地 (3/5 + 4/10 = 1) stayed undecided.
"""
from __future__ import annotations

import re

from corpus.numerals import parse_chinese_int

# the items a clause names: 第一项、第二项规定标准 / 第三项至第五项规定的标准 / 第一、二项规定的标准
# (立案追诉标准 writes the items in brackets: 第（一）项至第（六）项规定标准)
ITEMS = (r"第（?(?P<first>[一二三四五六七八九十]+)）?(?:项)?(?:(?P<sep>、|至)第?（?(?P<last>[一二三四五六七八九十]+)）?)?"
         r"项规定(?:的)?标准")
PROPORTIONAL_RE = re.compile(rf"未(?:分别)?达到{ITEMS}，但(?:是)?按相应比例(?:折算)?合计达到有关(?:数量)?标准")
# "数量达到第一项至第三项规定标准一半以上" (森林资源解释（2023）第一条第二款（四）, 个人信息解释第五条（八）): half
# of any named item's threshold, for an offender with earlier penalties or an insider
HALF_RE = re.compile(rf"达到{ITEMS}(?:的)?一半以上")
# "数额或者数量虽未达到本款第一项至第四项规定标准，但分别达到其中两项以上标准一半以上的" (知识产权解释（2025）第十三条
# （五）): half of the threshold in each of two items or more
# (立案追诉标准（一）第八十二条第二款（七）、第十三条（六）: …分别达到其中两项以上标准的百分之五十以上)
HALVES_OF_TWO_RE = re.compile(rf"未(?:分别)?达到(?:本款|本条)?{ITEMS}，但(?:是)?分别达到其中(?:两|二)项以上(?:规定的?)?标准(?:的)?"
                              r"(?:一半|百分之五十)以上")
NUMERALS = "一二三四五六七八九十"


def referenced_items(text: str, pattern: re.Pattern = PROPORTIONAL_RE) -> list[str] | None:
    """The labels of the items whose shares are summed (（一）, （二）), or None when the text is no
    proportional-sum item (or, with HALF_RE, no half-of-a-threshold requirement)."""
    m = pattern.search(text)
    if not m:
        return None
    first = parse_chinese_int(m["first"])
    last = parse_chinese_int(m["last"]) if m["last"] else first
    numbers = range(first, last + 1) if m["sep"] == "至" else sorted({first, last})
    return [f"（{NUMERALS[n - 1] if n <= 10 else n}）" for n in numbers if 1 <= n <= 10]

# "票面金额达到第一、二项规定的标准60%以上" (危害税收征管解释（2024）第十三条（三）): a share of the named items'
# thresholds (the metric of a percentage condition). Only items of the same clause.
SHARE_ITEMS_RE = re.compile(rf"达到{ITEMS}$")
