"""Article citations in running text: "依照《中华人民共和国刑法》第一百三十三条之一第一款、第六十七条",
"依照本法第六十三条", "刑法第二百零五条之一", with Chinese or Arabic numerals."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.numerals import CHINESE_NUMBER_CHARS, parse_ordinal

NUM = rf"(?:\d+|[{CHINESE_NUMBER_CHARS}]+)"
ONE_REF = rf"第({NUM})条(?:之({NUM}))?(?:第({NUM})款)?(?:第({NUM})项)?"
REF_RE = re.compile(ONE_REF)
# a law name in 《》 or the bare words 本法/刑法/本条例, then a run of article refs joined by 、，和及以及
CITATION_RE = re.compile(rf"(《[^》]{{2,40}}》|本法|本条例|本办法|本规定|刑法)((?:[、，,和及以及]*{ONE_REF})+)")


@dataclass(frozen=True)
class Citation:
    law: str            # as written: 《中华人民共和国刑法》, 本法, 刑法
    number: int
    suffix: int
    clause: int | None
    start: int          # offset of the law name in the text


def find_citations(text: str) -> list[Citation]:
    out = []
    for m in CITATION_RE.finditer(text):
        law = m.group(1)
        for r in REF_RE.finditer(m.group(2)):
            out.append(Citation(law, parse_ordinal(r.group(1)), parse_ordinal(r.group(2)) if r.group(2) else 0,
                                parse_ordinal(r.group(3)) if r.group(3) else None, m.start()))
    return out


def normalize_title(title: str) -> str:
    """《中华人民共和国安全生产法》 → 安全生产法, for matching citations to documents."""
    return title.strip("《》 ").removeprefix("中华人民共和国")
