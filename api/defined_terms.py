"""A clause's term read through the law's definition of it (corpus/data/defined_terms.yaml): 有毒物质 is,
among others, a heavy-metal pollutant over its discharge standard (环境污染解释（2023）第十七条), so
排放含铜废水，超过排放标准二倍 states it. Without this the clause asked 是否排放有毒物质？ of facts that said so."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location

from .spans import occurrences

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


# words an option may hold beside its term and still say no more than it: 在公共场所, 进入公共场所的, 通过暗管
LIGHT_WORDS_RE = re.compile(r"通过|利用|使用|采用|进入|导致|造成|致使|引起|[在于的等中内上]"
                            # the manner and the generic object facts rarely say in these words: 随意殴打他人 is stated by
                            # 无故…殴打殷某 (four convicted 寻衅滋事 judgments lost their 在公共场所随意殴打他人 without this)
                            r"|随意|任意|无故|他人|别人")


def _rest_of_option(option: str, term: str) -> str:
    """What the option says beyond its term, unless the term is one of a list there (排放…含传染病病原体的废物、有毒物质:
    the list's other members are alternatives, not more to state)."""
    at = option.find(term)
    if at < 0 or option[at - 1:at] == "、" or option[at + len(term):at + len(term) + 1] == "、":
        return ""
    before = re.sub(r"^[^等]*等", "", option[:at])      # 故意杀人、绑架等…: the list's members are alternatives
    return LIGHT_WORDS_RE.sub("", before + option[at + len(term):])


# a reader, not a literal word: a figure N倍 of a standard or limit with N above 1 (总镍浓度为国家排放标准限值的6.2倍)
TIMES_OVER = "〔超标倍数〕"
TIMES_OF_LIMIT_RE = re.compile(r"(?:标准|限值)(?:限值)?[^，。；\d]{0,4}?的(?P<n>\d+(?:\.\d+)?)倍")


def _places(text: str, words: str):
    """Where the words stand in the text, first to last (TIMES_OVER: where such a figure does)."""
    if words == TIMES_OVER:
        return (m.start() for m in TIMES_OF_LIMIT_RE.finditer(text) if float(m["n"]) > 1)
    return occurrences(words, text)


def stated_by_definition(option: str, text: str, denied, clause: str = "", states=None) -> tuple[str, str] | None:
    """(the words that state it, the defining unit) when the text states a defined term of the option
    through its definition; `denied(text, at)` says whether the words at `at` are denied. A definition for some
    clauses only (the hunting law's 禁用的方法, which names 网捕) is read in those only (`clause`: the clause's text).
    The option's other words must be stated too (`states(words, text)`): 公园 is a 公共场所, but 在公共场所随意殴打他人
    needs the beating and 造成公共场所秩序严重混乱 the disorder (probe 39a H15 met both on 公园 alone)."""
    for term, (unit, meanings, clause_words) in definitions().items():
        if term not in option and not (len(option) >= 3 and option in term):     # 毒物质: the option's core
            continue
        if clause_words and not any(w in clause for w in clause_words):
            continue
        if (rest := _rest_of_option(option, term)) and (states is None or not states(rest, text)):
            continue
        for meaning in meanings:
            found = []
            for words in meaning:
                # (any place it stands: the first may be a view's, 甲学员认为：含镍污染物须超标十倍以上, probe 55a NA01)
                at = next(((w, i) for w in words for i in _places(text, w) if not denied(text, i)), None)
                if at is None:
                    break
                found.append(at[0] if at[0] != TIMES_OVER else TIMES_OF_LIMIT_RE.match(text, at[1]).group(0))
            else:
                return "、".join(found), unit
    return None
