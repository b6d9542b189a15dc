"""Text in traditional characters (繁體字: papers from Hong Kong, Macau or Taiwan parties, or obtained through cross-border
cooperation) read in the simplified characters the corpus, its tables and every reader of facts are written in: 涉案金額為
新台幣壹佰貳拾萬元 reads as 涉案金额为新台币壹佰贰拾万元, which the figure readers know (probe 61c: forty such texts
were read as no facts at all). The conversion is OpenCC's t2s, character by character with its phrase table; simplified
text passes through it unchanged (checked on every verdict set).

Financial numerals as the traditional hand writes them are read too: 參 is the 叁 of 參拾伍萬元 where it stands in a
numeral, and 圓 (圆) is the 元 of a sum (叁拾伍万圆整)."""
from __future__ import annotations

import re
from functools import lru_cache

FINANCIAL = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿"
# 参 / 參 standing in a numeral: before a unit of the numeral or after one
THREE_RE = re.compile(rf"[参參](?=[拾佰仟万亿萬億元圆圓])|(?<=[拾佰仟万亿萬億])[参參]")
# 圆 / 圓 after a figure: the 元 of a sum
YUAN_RE = re.compile(rf"(?<=[0-9{FINANCIAL}〇一二三四五六七八九十百千])[圆圓](?=整|[，。；、）)\s]|$)")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")       # a text with no Chinese character needs no converter


@lru_cache(maxsize=1)
def _converter():
    import opencc
    return opencc.OpenCC("t2s.json")


@lru_cache(maxsize=512)
def simplified(text: str) -> str:
    """The text in simplified characters, its financial numerals readable; an empty or ASCII text as it is."""
    if not text or not HAN_RE.search(text):
        return text
    converted = _converter().convert(text)
    converted = THREE_RE.sub("叁", converted)
    return YUAN_RE.sub("元", converted)
