"""A verdict for an offense whose thresholds a text the corpus lacks now sets (corpus/data/newer_texts.yaml).

A newer text may have moved the thresholds the corpus judges by, so a met or not_met reached on the texts it
repealed is no sure answer for an act done since (刑法第十二条). The answer stays open, names the text in force and
keeps what the old text gave as reference. An act the facts date wholly before that day is judged by the old text,
which the answer keeps, noting that a more favourable new one would govern (两高《关于适用刑事司法解释时间效力问题的
规定》第三条). A verdict decided by an element (经商标权人许可) does not rest on a threshold and stands. Until session
32 this held the 知识产权 offenses open on 法释〔2025〕5号; the table is empty since that text joined the corpus."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location

from .act_dates import MONTH_DATE_RE, act_period
from .verdict import STATUS_UNKNOWN

NEWER_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "newer_texts.yaml"
RULE = "刑法第十二条；《最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定》（2001年）（语料未收录）"
STATUS_LABELS = {"met": "已达到", "not_met": "未达到"}


@dataclass(frozen=True)
class NewerText:
    title: str
    doc_number: str
    effective: dt.date
    repealed: tuple[str, ...]          # corpus document ids
    offenses: tuple[str, ...]

    def cited(self) -> str:
        return f"《{self.title}》（{self.doc_number}，{self.effective.year}年{self.effective.month}月{self.effective.day}日起施行）"


@lru_cache(maxsize=2)
def newer_texts(path: Path = NEWER_FILE) -> dict[str, NewerText]:
    """offense → the text not in the corpus that sets its thresholds now; a slip names file:line."""
    out: dict[str, NewerText] = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("title", "doc_number", "effective", "repealed", "offenses", "sources"),
                ("repealed_elsewhere",), name_field="title")
        try:
            effective = dt.date.fromisoformat(str(entry["effective"]))
        except ValueError:
            raise CuratedTableError(f"{location(path, entry, entry['title'])}: field 'effective' must be a date "
                                    f"(YYYY-MM-DD), not {entry['effective']!r}") from None
        text = NewerText(entry["title"], entry["doc_number"], effective, tuple(entry["repealed"]),
                         tuple(entry["offenses"]))
        for offense in text.offenses:
            if offense in out:
                raise CuratedTableError(f"{location(path, entry, offense)}: the offense has a newer text already")
            out[offense] = text
    return out


# words of an act that goes on (2025年2月开始…销售，2025年7月被查获; 陆续销售; 累计销售金额): its end is not its first date
ONGOING_WORDS_RE = re.compile(r"开始|陆续|累计|持续|多次|长期|一直|至今|期间|先后|以来|起")


def _runs_past(text: str, day: dt.date) -> bool:
    """The act may run on to a date the text gives on or after `day` (probe 27w: sales begun in February and seized in
    July were judged by the repealed text as if done in February)."""
    return bool(ONGOING_WORDS_RE.search(text)) and any(
        dt.date(int(m[1]), int(m[2]), 1) >= day.replace(day=1) for m in MONTH_DATE_RE.finditer(text) if 1 <= int(m[2]) <= 12)


def with_newer_text(verdict: dict, offense: str, text: str, today: dt.date | None = None,
                    table: dict[str, NewerText] | None = None) -> dict:
    """The verdict, open where it rests on thresholds a newer text (not in the corpus) may have changed for an act
    not dated wholly before it; a note either way. `table`: newer_texts() unless given."""
    newer = (newer_texts() if table is None else table).get(offense)
    if newer is None or verdict.get("element"):
        return verdict
    period = act_period(text, today)
    if period is not None and period.wholly_before(newer.effective) and not _runs_past(text, newer.effective):
        return {**verdict, "notes": verdict["notes"] + [
            f"案情所述行为（{period.words}）发生在{newer.cited()}施行之前，依行为时的解释判断；新解释对行为人更有利的，"
            f"适用新解释（{RULE}）。新解释语料未收录。"]}
    note = (f"本罪的入罪标准现由{newer.cited()}规定，该解释同时废止了语料据以判断的旧解释；新解释语料未收录。"
            + (f"依已废止的旧解释为“{STATUS_LABELS[verdict['status']]}”，仅供参考，" if verdict["status"] in STATUS_LABELS
               else "")
            + f"行为发生在新解释施行之后（或未写明时间）的，应依新解释的标准判断（{RULE}）。")
    if verdict["status"] not in STATUS_LABELS:
        return {**verdict, "notes": verdict["notes"] + [note]}
    question = f"依{newer.cited()}，是否达到入罪标准？行为发生于何时？"
    return {**verdict, "status": STATUS_UNKNOWN, "questions": list(dict.fromkeys([question, *verdict["questions"]])),
            "notes": [note, *verdict["notes"]]}
