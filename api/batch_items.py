"""A batch of clues or cases in one text (线索清单: ①赵某：… ②钱某：… ③孙某：…) where the question asks about one item
(就第①项赵某而言，请问…): only that item, with the batch's heading and the question, is the case (probe 60a: twenty of
forty batches were sure and wrong on another item's figures or the list's closing remark)."""
from __future__ import annotations

import re

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
CHINESE_NUMBERS = "一二三四五六七八九十"
# the item the question names: 就第2项吴某而言, 针对第③项, 仅就第二项中的钱某
ASKED_ITEM_RE = re.compile(rf"(?:就|针对|对于|仅就|关于)第?(?P<n>[{CIRCLED}]|[0-9]{{1,2}}|[{CHINESE_NUMBERS}]{{1,2}})"
                           r"(?:项|条|号|个)?(?:中的|中|所列的?)?(?P<name>[\u4e00-\u9fa5]{1,12}?)?(?:而言|来说|来看|的情况)?[，,]")


def _item_number(n: str) -> int:
    """The item's number however the question writes it: ②, 2, 二."""
    return CIRCLED.index(n) + 1 if n in CIRCLED else int(n) if n.isdigit() else CHINESE_NUMBERS.index(n[-1]) + 1


def _markers(number: int) -> list[str]:
    """The ways a list writes item `number`: ②, 2. 2、 （2） (2) 二、."""
    if not 1 <= number <= 10:
        return []
    return [CIRCLED[number - 1], f"{number}.", f"{number}．", f"{number}、", f"（{number}）", f"({number})",
            f"{CHINESE_NUMBERS[number - 1]}、", f"（{CHINESE_NUMBERS[number - 1]}）"]


def _start(text: str, marker: str, end: int) -> int | None:
    """Where an item marker opens an item before `end`: not a digit's tail (12.5万), not inside a number."""
    at = 0
    while (at := text.find(marker, at, end)) >= 0:
        if not (marker[0].isdigit() and at > 0 and (text[at - 1].isdigit() or text[at - 1] in ".．")) \
                and not (marker[-1] in ".．" and text[at + len(marker):at + len(marker) + 1].isdigit()):
            return at
        at += 1
    return None


def _item_span(text: str, number: int, end: int) -> tuple[int, int] | None:
    """The span of item `number` of the list before `end`: from its marker to the next item's marker (or `end`)."""
    def first(n: int) -> int | None:
        found = [s for m in _markers(n) if (s := _start(text, m, end)) is not None]
        return min(found) if found else None
    start = first(number)
    if start is None:
        return None
    nxt = first(number + 1)
    return start, nxt if nxt is not None and nxt > start else end


def focused(text: str) -> str:
    """The text cut to the item the question asks about, with what comes before the list and the question itself; the
    text as it is where the question names no item or the list is not found. The last item runs to its first full stop
    after its own figures: a closing remark on the list (乡镇执法队意见：赵某占地已超过5亩) is no fact of it."""
    asked = None
    for m in ASKED_ITEM_RE.finditer(text):
        asked = m
    if asked is None:
        return text
    question_at = asked.start()
    number = _item_number(asked["n"])
    span = _item_span(text, number, question_at)
    first = _item_span(text, 1, question_at)
    if span is None or first is None or first[0] > span[0]:
        return text
    start, end = span
    if _item_span(text, number + 1, question_at) is None:      # the last item: up to its first full stop
        stop = text.find("。", start)
        end = stop + 1 if 0 <= stop < end else end
    return text[:first[0]] + text[start:end] + text[question_at:]
