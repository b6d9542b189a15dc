"""Children counted by their age: 雇用3名15周岁的少年 counts three 未满十六周岁的未成年人 (立案追诉标准（一）第三十二条（二）
雇用未满十六周岁的未成年人三人以上), as 3名童工 does. Officers give the age, not the law's words, and the count was asked
(probe 36b B42)."""
from __future__ import annotations

import re
from typing import Callable

from corpus.numerals import parse_chinese_int

# right after a count of people: their age (15周岁的少年, 十四岁的学生) or 童工
AGE_AFTER_RE = re.compile(r"(?:[^，。；\d]{0,3}?)(?:(?P<age>\d{1,2}|[一二三四五六七八九十]{1,3})(?:周)?岁|(?P<child>童工))")
CHILD_AGE = 16
CONTEXT = "雇用未满十六周岁的未成年人"


def with_child_counts(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with a count of people under sixteen given the law's words for them."""
    out = []
    for f in facts:
        q = f.quantity
        m = AGE_AFTER_RE.match(text, q.end) if q.unit == "人" else None
        age = parse_chinese_int(m["age"]) if m and m["age"] else None
        child_before = q.unit == "人" and f.context.partition("|")[0].endswith(("童工", "童工共", "童工计"))
        if child_before or (m and (m["child"] or (age is not None and age < CHILD_AGE))):
            note = f"{age}周岁，未满十六周岁" if age is not None else "童工"
            out.append(make_fact(q, f"{f.context.partition('|')[0]}{CONTEXT}|{f.context.partition('|')[2]}", note))
        else:
            out.append(f)
    return out
