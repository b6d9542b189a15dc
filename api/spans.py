"""Where the clause or sentence around a span begins and ends: the unit most readers of the facts work in. Kept apart
from api/verdict.py so the small readers it uses (api/ages.py) can share it without importing the verdict."""
from __future__ import annotations

from re import Match, Pattern

CLAUSE_END = "，。；！？,;!?\n"
SENTENCE_END = "。；;！？\n"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clauses a span stands in begin and end (between ，。； and the like)."""
    left = max(text.rfind(ch, 0, start) for ch in CLAUSE_END) + 1
    ends = [e for e in (text.find(ch, end) for ch in CLAUSE_END) if e >= 0]
    return left, min(ends, default=len(text))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence a span stands in begins and ends (between 。；！？ and line ends)."""
    left = max(text.rfind(ch, 0, start) for ch in SENTENCE_END) + 1
    ends = [e for e in (text.find(ch, end) for ch in SENTENCE_END) if e >= 0]
    return left, min(ends, default=len(text))


def open_lead(text: str, at: int, opener: Pattern, turn: Pattern, not_after: Pattern | None = None) -> Match | None:
    """The last opener (辩称, 举报人称) before `at` in its sentence whose words run on to `at`: no turn or finding (经查,
    但) between, and not the opener's word used as a noun (not_after, matched right after it). None where there is none."""
    lead = None
    for lead in opener.finditer(text, sentence_bounds(text, at, at)[0], at):
        pass
    if lead is None or turn.search(text, lead.end(), at) or (not_after is not None and not_after.match(text, lead.end())):
        return None
    return lead


def occurrences(word: str, text: str):
    """Where the word stands in the text, overlapping places included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)
