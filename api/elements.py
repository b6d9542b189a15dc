"""An offense element the filing clauses presuppose, ruled out by the stated facts
(corpus/data/offense_elements.yaml): 取得执业医师资格的医生 opening an unlicensed clinic is no 非法行医罪,
whatever the clause about 两次行政处罚 says. Without this the verdict was a firm, wrong "met"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location
from corpus.denial import DENIED_BEFORE_RE
from graph.name_words import is_question

from .verdict import STATUS_UNKNOWN

ELEMENTS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "offense_elements.yaml"
DENIAL_WINDOW = 8       # characters before a phrase read for its denial (尚未取得执业医师资格)
# a qualification's own negations, right before it: 没有医师资格, 未依法取得, 不具有
NEGATED_BEFORE_RE = re.compile(r"(?:没|无|未|不|非)(?:有|曾|能|依法|合法|具)?$")


@dataclass(frozen=True)
class Element:
    offense: str
    element: str        # the law's words: 未取得医生执业资格的人
    unit: str           # where they stand
    rules_out: tuple[str, ...]
    unless: tuple[str, ...]


@lru_cache(maxsize=2)
def elements(path: Path = ELEMENTS_FILE) -> dict[str, Element]:
    out = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("offense", "element", "unit", "rules_out"), ("unless",), name_field="offense")
        if entry["offense"] in out:
            raise CuratedTableError(f"{location(path, entry, entry['offense'])}: the offense has an entry already")
        out[entry["offense"]] = Element(entry["offense"], entry["element"], entry["unit"],
                                        tuple(entry["rules_out"]), tuple(entry.get("unless", ())))
    return out


def _stated(text: str, phrase: str) -> bool:
    """The phrase stands in the text at least once without a denial just before it."""
    start = text.find(phrase)
    while start >= 0:
        before = text[max(0, start - DENIAL_WINDOW):start]
        if not (DENIED_BEFORE_RE.search(before) or NEGATED_BEFORE_RE.search(before)):
            return True
        start = text.find(phrase, start + 1)
    return False


def ruled_out(offense: str, text: str) -> dict | None:
    """{"element", "unit", "stated"} when the text states a fact that rules the offense's element out."""
    element = elements().get(offense)
    if element is None or any(w in text for w in element.unless):
        return None
    stated = next((p for p in sorted(element.rules_out, key=len, reverse=True) if _stated(text, p)), None)
    return None if stated is None else {"element": element.element, "unit": element.unit, "stated": stated}


def with_elements(verdict: dict, offense: str, text: str) -> dict:
    """The clause verdict, unless the facts rule out an element the clauses presuppose: then not_met,
    whatever the clauses say, with the reason. In a narrative of facts the phrase may be said of someone
    else (经具有执业医师资格的医生诊断), so there the answer is undecided and asks whose it is."""
    out = ruled_out(offense, text)
    if out is None:
        return verdict
    if not is_question(text):
        return {**verdict, "status": STATUS_UNKNOWN if verdict["status"] == "met" else verdict["status"],
                "questions": [f"行为人本人是否{out['element'].removesuffix('的人')}？（案情写明“{out['stated']}”）"] + verdict["questions"]}
    note = (f"问题所述“{out['stated']}”与本罪主体要件“{out['element']}”不符（{out['unit']}），"
            f"不论是否达到下列数额、情节标准，均不构成本罪。")
    return {"status": "not_met", "basis": [], "questions": [], "notes": [note], "element": out}
