"""Offense names that facts mostly use as ordinary words (corpus/data/offense_name_words.yaml).

A question that says 赌博 asks about 赌博罪; a judgment's facts that say 供他人赌博 describe the
gambling at a 开设赌场 case, and 侵占公司货款 the taking in a 职务侵占 one. In a narrative of facts
such a bare word (no 罪) names nothing; written with 罪 (赌博罪) it still names its offense.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location

WORDS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "offense_name_words.yaml"
# A text longer than this is a narrative of facts, not a question. The consult dev questions run to
# 39 characters (the probes' to 33); the official cases' 案情 from 259, LeCaRD's query facts from 69
# (two under 100).
QUESTION_MAX_CHARS = 100


@lru_cache(maxsize=4)
def common_word_names(path: Path = WORDS_FILE) -> frozenset[str]:
    """The bare names (赌博, 侵占 …) that a narrative of facts uses as ordinary words."""
    data = checked(load_table(path) or {}, path, (), ("words",))
    words = []
    for entry in data.get("words") or []:
        checked(entry, path, ("offense", "word", "texts", "charged"), name_field="offense")
        if entry["offense"].removesuffix("罪") != entry["word"]:
            raise CuratedTableError(f"{location(path, entry)}: '{entry['word']}' is not the bare name of '{entry['offense']}'")
        words.append(entry["word"])
    return frozenset(words)


def is_question(text: str, as_question: bool | None = None) -> bool:
    """Whether the text is a question (bare common words and questions-only act phrases name their
    offense) or a narrative of facts (they do not). `as_question` overrides the length rule."""
    return len(text) <= QUESTION_MAX_CHARS if as_question is None else as_question
