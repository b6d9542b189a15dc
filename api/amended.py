"""Filing clauses older than the amendment that rewrote their article's threshold.

刑法第二百一十四条 once punished selling goods with a counterfeit trademark when the 销售金额 was 数额较大;
修正案（十一） (in force 2021-03-01) made it 违法所得数额较大或者有其他严重情节. The corpus's newest clause for
the offense, 2004 解释 第二条, still counts 销售金额 五万元, so 销售金额三万元 read as a firm "未达到" under a
text that no longer sets the threshold. Where every governing filing clause predates such an amendment
(corpus/data/statute_amendments.yaml), falling short of the clause leaves the verdict open and asks for
what the article now names; a clause that is met still stands, with a note that it predates the change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location
from corpus.numerals import article_label, parse_chinese_int

from .verdict import STATUS_UNKNOWN

AMENDMENTS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "statute_amendments.yaml"
UNIT_RE = re.compile(r"xingfa:art\d+(?:-\d+)?")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
FIELDS = ("offense", "unit", "amendment", "item", "effective", "threshold", "question")


@dataclass(frozen=True)
class Amendment:
    offense: str
    unit: str              # xingfa:art214
    amendment: str         # 中华人民共和国刑法修正案（十一）
    item: str              # 十八: the amendment's item that rewrote the article
    effective: str         # ISO date it took effect
    threshold: str         # the article's filing threshold now, quoted from the unit
    question: str

    @property
    def article_label(self) -> str:
        """刑法第二百一十四条 (from the unit id, so the label cannot disagree with it)."""
        number, _, suffix = self.unit.removeprefix("xingfa:art").partition("-")
        return "刑法" + article_label(int(number), int(suffix or 0))


@lru_cache(maxsize=2)
def amendments(path: Path = AMENDMENTS_FILE) -> dict[str, Amendment]:
    """offense name → the amendment of its article; a slip names file:line:field."""
    out: dict[str, Amendment] = {}
    for entry in load_table(path) or []:
        checked(entry, path, FIELDS, name_field="offense")
        where = location(path, entry, entry["offense"])
        if entry["offense"] in out:
            raise CuratedTableError(f"{where}: the offense has an entry already")
        if not UNIT_RE.fullmatch(str(entry["unit"])):
            raise CuratedTableError(f"{where}: field 'unit' must name a 刑法 article (xingfa:art214, xingfa:art134-1), not {entry['unit']!r}")
        try:
            parse_chinese_int(str(entry["item"]))
        except ValueError:
            raise CuratedTableError(f"{where}: field 'item' must be the amendment's item number (十八), not {entry['item']!r}") from None
        if not DATE_RE.fullmatch(str(entry["effective"])):
            raise CuratedTableError(f"{where}: field 'effective' must be a date (2021-03-01), not {entry['effective']!r}")
        out[entry["offense"]] = Amendment(*(str(entry[f]) for f in FIELDS))
    return out


def _older_than_rewrite(offense: str, standards: list[dict]) -> tuple[Amendment | None, list[dict]]:
    """The amendment of the offense's article and the governing filing clauses, when all of them predate it."""
    change = amendments().get(offense)
    governing = [s for s in standards if s.get("governing") and s.get("tier", "filing") == "filing"]
    if change is None or not governing or any((s["source"].get("effective") or "") >= change.effective for s in governing):
        return None, governing
    return change, governing


def _note(change: Amendment, governing: list[dict]) -> str:
    older = "、".join(dict.fromkeys(f"《{s['source'].get('doc_title') or s['source']['doc_id']}》，{_chinese_date(s['source'].get('effective'))}施行"
                                    for s in governing))
    return (f"{change.article_label}经《{change.amendment}》第{change.item}条修改（{_chinese_date(change.effective)}施行），现行入罪条件为"
            f"“{change.threshold}”；本罪的入罪标准（{older}）制定于修改之前，")


def with_amendment(verdict: dict, offense: str, standards: list[dict]) -> dict:
    """The verdict, read against a later rewrite of the offense's threshold: not_met becomes undecided
    and asks; met and undecided gain the note. Unchanged where a governing clause is as new as the
    amendment, or the article was not rewritten."""
    change, governing = _older_than_rewrite(offense, standards)
    if change is None:
        return verdict
    note = _note(change, governing)
    if verdict["status"] == "met":
        return {**verdict, "notes": verdict["notes"] + [note + "其数额标准是否仍然适用，请核对修改后的司法解释。"]}
    questions = list(dict.fromkeys(verdict["questions"] + [change.question]))
    return {**verdict, "status": STATUS_UNKNOWN, "questions": questions,
            "notes": verdict["notes"] + [note + "未达到其数额标准不能排除构成本罪，需按现行条文查明。"]}


def amendment_note(offense: str, standards: list[dict]) -> str | None:
    """What the 罪名页 says above such clauses, or None."""
    change, governing = _older_than_rewrite(offense, standards)
    if change is None:
        return None
    return _note(change, governing) + "其数额标准是否仍然适用须核对修改后的司法解释；未达到其标准不能排除构成本罪。"


def _chinese_date(iso: str | None) -> str:
    """2021-03-01 → 2021年3月1日."""
    if not iso or not DATE_RE.fullmatch(iso):
        return "日期不详"
    year, month, day = iso.split("-")
    return f"{year}年{int(month)}月{int(day)}日"
