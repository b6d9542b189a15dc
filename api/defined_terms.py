"""A clause's term read through the law's definition of it (corpus/data/defined_terms.yaml): 有毒物质 is,
among others, a heavy-metal pollutant over its discharge standard (环境污染解释（2023）第十七条), so
排放含铜废水，超过排放标准二倍 states it. Without this the clause asked 是否排放有毒物质？ of facts that said so."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location

TERMS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "defined_terms.yaml"


@lru_cache(maxsize=2)
def definitions(path: Path = TERMS_FILE) -> dict[str, tuple[str, tuple[tuple[tuple[str, ...], ...], ...], tuple[str, ...]]]:
    """{term: (defining unit, its meanings: each a tuple of word lists that must all be present, the words one of
    which a clause must hold for the definition to be its: () for any clause)}."""
    out = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("term", "unit", "means"), ("in_clauses_with",), name_field="term")
        means = entry["means"]
        if not all(isinstance(m, list) and m and all(isinstance(ws, list) and ws for ws in m) for m in means):
            raise CuratedTableError(f"{location(path, entry, entry['term'])}: each meaning is a list of word lists")
        out[entry["term"]] = (entry["unit"], tuple(tuple(tuple(ws) for ws in m) for m in means),
                              tuple(entry.get("in_clauses_with") or ()))
    return out


def stated_by_definition(option: str, text: str, denied, clause: str = "") -> tuple[str, str] | None:
    """(the words that state it, the defining unit) when the text states a defined term of the option
    through its definition; `denied(text, at)` says whether the words at `at` are denied. A definition for some
    clauses only (the hunting law's 禁用的方法, which names 网捕) is read in those only (`clause`: the clause's text)."""
    for term, (unit, meanings, clause_words) in definitions().items():
        if term not in option and not (len(option) >= 3 and option in term):     # 毒物质: the option's core
            continue
        if clause_words and not any(w in clause for w in clause_words):
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
