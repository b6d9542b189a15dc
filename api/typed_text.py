"""Text typed fast on a phone or pasted from a scan, read as the officer meant it: a space between two words stands
for the comma not typed (两名工人重伤 无人死亡: read as one clause, 无人死亡's 死亡 was counted on the 两名 of 重伤, probe
56b PB14), and a letter O or l among digits is the 0 or 1 an OCR slip made of it (2O25年, l5克)."""
from __future__ import annotations

import re

HAN = r"\u4e00-\u9fa5"
# spaces (half or full width, tabs) between two Han characters (not 共 12 人, a number set apart)
TYPED_SPACE_RE = re.compile(rf"(?<=[{HAN}])[ \u3000\t]+(?=[{HAN}])")
# O for 0 and l or I for 1 inside a number or before its unit: 2O25年, O8年, 1O万, l5克
OCR_ZERO_RE = re.compile(r"(?<=[0-9])[Oo](?=[0-9年月日万元])|(?<![A-Za-z])[Oo](?=[0-9]+年)|(?<=[0-9])[Oo](?=[Oo0-9])")
OCR_ONE_RE = re.compile(r"(?<=[0-9])[lI](?=[0-9年月日万元克])|(?<![A-Za-z])[lI](?=[0-9]+(?:[年月日万元克吨]|立方米))")


def normalized(text: str) -> str:
    """The text with typed spaces read as commas and OCR slips in numbers mended; the same length or shorter is not
    promised, so every reader works on this text, not the raw one."""
    text = OCR_ZERO_RE.sub("0", text)
    text = OCR_ZERO_RE.sub("0", text)          # 2OO5: the second O sees the first mended
    text = OCR_ONE_RE.sub("1", text)
    text = NUMERIC_DATE_RE.sub(_date_in_words, text)
    return TYPED_SPACE_RE.sub("，", text)


# a date typed in figures (2025.11.3, 2025/11/03, 2025-11-3) is the date every reader reads as 2025年11月3日 (figures #10: a
# table's 2025.11.3 23:40 left the act undated, and a juvenile's age at it unread)
NUMERIC_DATE_RE = re.compile(r"(?<![\d.／/-])((?:19|20)\d{2})([./／-])(\d{1,2})\2(\d{1,2})(?![\d.／/-])")


def _date_in_words(m: re.Match) -> str:
    month, day = int(m[3]), int(m[4])
    return f"{m[1]}年{month}月{day}日" if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)
