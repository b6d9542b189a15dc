"""Clauses that hold for one kind of object only (corpus/data/standard_scopes.yaml).

非法经营罪 is one offense over many trades, and each interpretation gives the figures for its own
trade: the tobacco interpretation's 五万元 says nothing about payment settlement. Read as general
thresholds, the newest of them would supersede the rest and a tobacco figure would decide a foreign
exchange case. A scoped clause instead governs only where the facts name its object.
"""
from __future__ import annotations

import re
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location
from corpus.model import Document

STANDARD_SCOPES = Path(__file__).resolve().parents[1] / "corpus" / "data" / "standard_scopes.yaml"


def load_scopes(docs: list[Document], path: Path = STANDARD_SCOPES) -> dict[str, dict]:
    """unit id → {unit, quote, kind, words, unless, unless_note}, every entry checked against the
    corpus: the quote must be each unit's words and each word its document's, unless listed as a
    common word. Units the corpus lacks are skipped (a test corpus)."""
    units = {u.id: (d, u) for d in docs for u in d.units}
    document_texts: dict[str, str] = {}
    scopes = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("units", "quote", "kind", "words"), ("common", "unless", "unless_note", "by_default"),
                name_field="kind")
        where = location(path, entry, entry["kind"])
        if bool(entry.get("unless")) != bool(entry.get("unless_note")):
            raise CuratedTableError(f"{where}: unless and unless_note go together")
        scope = {"quote": entry["quote"], "kind": entry["kind"], "words": list(entry["words"]) + list(entry.get("common") or []),
                 "unless": list(entry.get("unless") or []), "unless_note": entry.get("unless_note"),
                 "by_default": bool(entry.get("by_default"))}
        if scope["by_default"] and not scope["unless"]:
            raise CuratedTableError(f"{where}: by_default needs the unless words that put facts outside the clause")
        # an article's unit, or one paragraph's clauses (…:art3:1, the standard id without std:): 知识产权解释（2025）
        # 第三条 sets goods' figures in its first paragraph and services' in its second
        for unit_id in (u for u in entry["units"] if _unit_of(u) in units):
            doc, unit = units[_unit_of(unit_id)]
            if entry["quote"] not in unit.text:
                raise CuratedTableError(f"{where}: the quote is not in {unit_id}")
            if doc.id not in document_texts:
                document_texts[doc.id] = "\n".join(u.text for u in doc.units)
            strange = [w for w in entry["words"] if w not in document_texts[doc.id]]
            if strange:
                raise CuratedTableError(f"{where}: '{strange[0]}' is not a word of {doc.id} (list it under common)")
            scopes[unit_id] = {"unit": unit_id, **scope}
    return scopes


def _unit_of(scoped: str) -> str:
    return re.sub(r":\d+$", "", scoped)


def scope_of(scopes: dict[str, dict], standard_id: str, unit_id: str) -> dict | None:
    """The scope of one parsed clause: its paragraph's own, else its article's."""
    return scopes.get(standard_id.removeprefix("std:")) or scopes.get(unit_id)


def unless_stated(scope: dict, text: str) -> str | None:
    """The first `unless` word the facts use: something another rule decides (信用卡 for 套现)."""
    return next((w for w in scope.get("unless", ()) if w in text), None)


# the rest of an offense's name after a word: 请问是否达到破坏广播电视设施、公用电信设施罪… names the offense, not the object
IN_OFFENSE_NAME_RE = re.compile(r"[^，。；：？！,.;:?!\s（）()]{0,12}?罪")


def _named_as_object(word: str, text: str) -> bool:
    """The facts use the word other than inside an offense's name."""
    return any(not IN_OFFENSE_NAME_RE.match(text, m.end()) for m in re.finditer(re.escape(word), text))


def stated_object(scope: dict, text: str) -> str | None:
    """The first of the scope's words the facts use (its kind, for a scope by default); None when they name
    none of them, or name something (an `unless` word) another rule decides."""
    if unless_stated(scope, text):
        return None
    named = next((w for w in scope["words"] if _named_as_object(w, text)), None)
    # a clause for the usual case (野生动物解释（2022）第三条 在内陆水域) governs facts that name no place too
    return named or (scope["kind"] if scope.get("by_default") else None)
