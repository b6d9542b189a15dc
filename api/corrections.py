"""An asker's own corrections in a consultation told in turns (问：… 补充：… 更正：…): the figure taken back counts
nothing, so only the facts as finally told are compared. Two ways of taking one back are read:

- the correction quotes the old figure (更正：我前面说第一包九点六克是含包装的毛重，去掉包装复称是九点四克): every
  mention of that figure before it, and the quote itself, are dropped (probe 58a QA32);
- the correction opens on the figure right before it (渔获是六百二十公斤，更正：这个数是两条船加起来的): that figure is
  dropped (probe 58a QA18 met 五百公斤 on it).

A quoted figure said withdrawn (上周邮件中"损失约1.5万元"只是…初步统计，已撤回) is dropped as well (probe 60c SC03 was
not_met on it).

A correction that names no figure (更正：我前面说他还砸了后视镜，…这条不算) leaves every figure as it stands."""
from __future__ import annotations

import re
from dataclasses import replace

from .spans import sentence_bounds

CORRECTION_RE = re.compile(r"(?:更正|纠正|订正)[：:，,]|(?:我|刚才|前面)?说错了[，,：:]?")
# the old figure quoted back: 我前面说第一包九点六克, 刚才说的三万
QUOTED_BACK_RE = re.compile(r"(?:我)?(?:前面|刚才|之前|原先|上面|开始|一开始)(?:说|讲|写|报)(?:的)?[^，。；]{0,16}$")
# the correction opening on the figure before it: 这个数是两条船加起来的
REFERS_BACK_RE = re.compile(r"\s*(?:这个数字?|这数|该数字?|这一数字|这个金额|这个重量|这个面积|上面这个数|刚才那个数)")
# a quoted figure, then in its sentence the words that withdraw it
QUOTE_CLOSE_RE = re.compile(r"[^“”\"。；]{0,12}?[”\"]")
WITHDRAWN_RE = re.compile(r"已撤回|予以撤回|现撤回|已作废|予以作废|不再采用|不予采用|不再作为[^。；，]{0,6}依据")
# where a correction's words end: the next turn of the consultation
NEXT_TURN_RE = re.compile(r"补充[：:]|问[：:]|更正[：:]|纠正[：:]|请问")


def _segment(text: str, start: int) -> int:
    """Where the correction opened at `start` ends: its sentence's end or the next turn, whichever comes first."""
    end = sentence_bounds(text, start, start)[1]
    turn = NEXT_TURN_RE.search(text, start, end)
    return turn.start() if turn else end


def without_taken_back(text: str, facts: list) -> list:
    """The facts without the figures the asker's corrections take back; a figure the correction gives in the old one's
    unit carries the old one's words (复称是九点四克 is the 一包红色片剂's weight)."""
    dropped: set[int] = set()
    carried: dict[int, str] = {}
    for m in CORRECTION_RE.finditer(text):
        end = _segment(text, m.end())
        quoted = [f for f in facts if m.end() <= f.quantity.start < end
                  and QUOTED_BACK_RE.search(text, m.end(), f.quantity.start)]
        for old in quoted:
            dropped.add(id(old))
            earlier = [f for f in facts if f.quantity.start < m.start() and f.quantity.unit == old.quantity.unit
                       and f.quantity.value == old.quantity.value]
            dropped.update(id(f) for f in earlier)
            for new in (f for f in facts if old.quantity.end <= f.quantity.start < end and f.quantity.unit == old.quantity.unit
                        and id(f) not in dropped and earlier):
                carried[id(new)] = earlier[0].context.partition("|")[0] + "，"
        if REFERS_BACK_RE.match(text, m.end()):
            sentence = sentence_bounds(text, m.start(), m.start())[0]
            before = [f for f in facts if sentence <= f.quantity.start and f.quantity.end <= m.start()]
            if before:
                dropped.add(id(max(before, key=lambda f: f.quantity.end)))
    dropped.update(id(f) for f in facts if _quoted_and_withdrawn(text, f.quantity))
    return [replace(f, context=carried[id(f)] + f.context) if id(f) in carried else f for f in facts if id(f) not in dropped]


def _quoted_and_withdrawn(text: str, q) -> bool:
    close = QUOTE_CLOSE_RE.match(text, q.end)
    return bool(close and WITHDRAWN_RE.search(text, close.end(), sentence_bounds(text, q.start, q.end)[1]))
