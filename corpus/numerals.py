"""Chinese and Arabic numerals, shared by article numbering, citations and amounts.

One parser for the whole project so that "第一百三十四条", "第134条" and "十万余元" are read the
same way wherever they appear.
"""
from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
          "陆": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

CHINESE_NUMBER_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
NUMBER_PATTERN = rf"[0-9０-９]+|[{CHINESE_NUMBER_CHARS}]+"


def parse_chinese_int(text: str, spoken: bool = True) -> int:
    """Value of a Chinese (or Arabic) integer such as 一百三十四, 二十, 一〇五, 3万.

    spoken: a last digit after 百/千/万 is its tenth (三百五 is 350), as amounts are said. Not for the number of an
    article, paragraph or item (parse_ordinal): 第三百三条 in a judgment is 第三百零三条 with its 零 left out.
    Raises ValueError for text that is not a number, so callers can report where it came from.
    """
    text = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    if all(ch in DIGITS for ch in text):  # digit-by-digit form: 一〇五
        return int("".join(str(DIGITS[ch]) for ch in text))
    total = 0      # completed 亿/万 groups
    section = 0    # value below the current big unit
    digit = None   # pending digit
    last_unit = 0  # the unit just applied, while no 零 follows it: a last digit after it is its tenth
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            digit = int(text[i:j])
            i = j
            continue
        if ch in DIGITS:
            digit = DIGITS[ch]
            if digit == 0:
                last_unit = 0        # 一千零二 is 1,002
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit, last_unit = None, SMALL_UNITS[ch]
        elif ch in BIG_UNITS:
            section += digit or 0
            total = (total + section) * BIG_UNITS[ch] if BIG_UNITS[ch] > total else total + section * BIG_UNITS[ch]
            section, digit, last_unit = 0, None, BIG_UNITS[ch]
        else:
            raise ValueError(f"not a numeral: {text!r}")
        i += 1
    if spoken and digit is not None and last_unit >= 100 and digit < 10:
        # the spoken elision: 一千二 is 1,200, 三百五 350, 两万三 23,000 (written, 1,002 needs its 零: 一千零二)
        digit *= last_unit // 10
    return total + section + (digit or 0)


def parse_ordinal(text: str) -> int:
    """The number of an article, paragraph or item (第三百零三条, 第三百三条 both 303): no spoken elision."""
    return parse_chinese_int(text, spoken=False)


def to_chinese_int(value: int) -> str:
    """Chinese numeral for an article number (1..9999), e.g. 134 → 一百三十四, 10 → 十."""
    if value <= 0 or value >= 10_000:
        raise ValueError(f"article number out of range: {value}")
    names = "零一二三四五六七八九"
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out = []
    rest = value
    pending_zero = False
    for size, unit in units:
        d, rest = divmod(rest, size)
        if d:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(names[d] + unit)
        elif out:
            pending_zero = True
    if rest:
        if pending_zero:
            out.append("零")
        out.append(names[rest])
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


ARTICLE_LABEL_RE = re.compile(rf"^第({NUMBER_PATTERN})条(?:之([{CHINESE_NUMBER_CHARS}]+))?")


def parse_article_label(text: str) -> tuple[int, int, str] | None:
    """(number, 之-suffix, label) for text that starts with an article label, else None.

    第一百三十四条之一 → (134, 1, "第一百三十四条之一"); 第三条 → (3, 0, "第三条").
    """
    m = ARTICLE_LABEL_RE.match(text)
    if not m:
        return None
    number = parse_ordinal(m.group(1))
    suffix = parse_ordinal(m.group(2)) if m.group(2) else 0
    return number, suffix, m.group(0)


def article_label(number: int, suffix: int = 0) -> str:
    """Canonical Chinese label: (134, 1) → 第一百三十四条之一."""
    label = f"第{to_chinese_int(number)}条"
    return label + (f"之{to_chinese_int(suffix)}" if suffix else "")
