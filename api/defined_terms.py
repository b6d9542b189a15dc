"""A clause's term read through the law's definition of it (corpus/data/defined_terms.yaml): 有毒物质 is,
among others, a heavy-metal pollutant over its discharge standard (环境污染解释（2023）第十七条), so
排放含铜废水，超过排放标准二倍 states it. Without this the clause asked 是否排放有毒物质？ of facts that said so."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location

TERMS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "defined_terms.yaml"


@lru_cache(maxsize=2)
def definitions(path: Path = TERMS_FILE) -> dict[str, tuple[str, tuple[tuple[tuple[str, ...], ...], ...]]]:
    """{term: (defining unit, its meanings: each a tuple of word lists that must all be present)}."""
    out = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("term", "unit", "means"), name_field="term")
        means = entry["means"]
        if not all(isinstance(m, list) and m and all(isinstance(ws, list) and ws for ws in m) for m in means):
            raise CuratedTableError(f"{location(path, entry, entry['term'])}: each meaning is a list of word lists")
        out[entry["term"]] = (entry["unit"], tuple(tuple(tuple(ws) for ws in m) for m in means))
    return out


def stated_by_definition(option: str, text: str, denied) -> tuple[str, str] | None:
    """(the words that state it, the defining unit) when the text states a defined term of the option
    through its definition; `denied(text, at)` says whether the words at `at` are denied."""
    for term, (unit, meanings) in definitions().items():
        if term not in option and not (len(option) >= 3 and option in term):     # 毒物质: the option's core
            continue
        for meaning in meanings:
            found = []
            for words in meaning:
                at = next(((w, i) for w in words if (i := text.find(w)) >= 0 and not denied(text, i)), None)
                if at is None:
                    break
                found.append(at[0])
            else:
                return "、".join(found), unit
    return None
