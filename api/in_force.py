"""Which text governs an act done before the clause that decides it took effect.

An act is judged by the law in force when it was done, unless a later text is more favourable (刑法第十二条;
两高《关于适用刑事司法解释时间效力问题的规定》（2001）第二条、第三条: an act before a new interpretation is judged by the
interpretation in force then, the new one where it favours the accused, and the new one where there was none).
So a clause met under a text newer than the act decides nothing by itself: the 2023 pollution 解释 met an act
of March 2023, when the 2016 解释 it repealed was in force. A clause not met under the newer text stays not met
(if the older one is met, the newer is the more favourable). And an offense the 刑法 created after the act
(危险作业罪, 2021-03-01) is no offense for it.

The texts a document replaced are read from its own repeal words (…《…》（法释〔2016〕29号）同时废止), with
corpus/data/replaced_texts.yaml for the two whose corpus copy does not state them; the offenses an amendment
created, from the 罪名 补充规定 tables (rows that abolish no older 罪名)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location
from corpus.frontmatter import split_front_matter

from .act_dates import ActPeriod, act_period
from .verdict import STATUS_UNKNOWN

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "corpus" / "documents"
REPLACED_FILE = ROOT / "corpus" / "data" / "replaced_texts.yaml"
RULE = "刑法第十二条；《最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定》（2001年）第二条、第三条（该规定语料未收录）"
ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
REPEAL_SENTENCE_RE = re.compile(r"[^。]*(?:同时废止|不再适用|停止执行)[^。]*")
TITLE_RE = re.compile(r"《(?P<title>[^》]+)》(?:（(?P<number>[^）]*?号)）)?")
IN_FORCE_FROM_RE = re.compile(r"自(\d{4})年(\d{1,2})月(\d{1,2})日起施行")
HELD_TITLE_RE = re.compile(r"^title:\s*(.+)$", re.M)
HELD_YEAR_RE = re.compile(r"^(?:effective|promulgated|doc_number):\s*\S*?(\d{4})", re.M)
CHARGE_ROW_RE = re.compile(r"^\|\s*(?P<article>[^|]+?)\s*\|\s*(?P<charge>[^|]+?)\s*\|\s*$", re.M)


@dataclass(frozen=True)
class Replaced:
    title: str
    doc_number: str = ""
    effective: str = ""
    offenses: tuple[str, ...] = ()      # the offenses whose thresholds it changed, where curated; () is any

    def cited(self) -> str:
        return f"《{self.title}》" + (f"（{self.doc_number}）" if self.doc_number else "")


@lru_cache(maxsize=None)
def _document(doc_id: str) -> tuple[dict, str] | None:
    """The document's front matter and body, read once: its repeal words, 施行 date and type are each asked for."""
    path = next(DOCUMENTS.glob(f"*/{doc_id}.md"), None)
    if path is None:
        return None
    split = split_front_matter(path.read_text(encoding="utf-8"), str(path))
    return split.data, split.body


@lru_cache(maxsize=None)
def _curated_replaced(path: Path = REPLACED_FILE) -> dict[str, tuple[Replaced, ...]]:
    out: dict[str, tuple[Replaced, ...]] = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("doc", "replaced"), name_field="doc")
        texts = []
        for item in entry["replaced"]:
            checked(item, path, ("title",), ("doc_number", "effective", "offenses"), label=entry["doc"])
            if item.get("effective") and not ISO_RE.fullmatch(str(item["effective"])):
                raise CuratedTableError(f"{location(path, item, entry['doc'])}: field 'effective' must be a date (2010-05-07)")
            texts.append(Replaced(str(item["title"]), str(item.get("doc_number") or ""), str(item.get("effective") or ""),
                                  tuple(item.get("offenses") or ())))
        out[entry["doc"]] = tuple(texts)
    return out


@lru_cache(maxsize=None)
def replaced_texts(doc_id: str) -> tuple[Replaced, ...]:
    """The texts the document says it repealed, and those corpus/data/replaced_texts.yaml adds."""
    doc = _document(doc_id)
    found = []
    if doc:
        for sentence in REPEAL_SENTENCE_RE.findall(doc[1]):
            found += [Replaced(m["title"], m["number"] or "") for m in TITLE_RE.finditer(sentence)]
    curated = _curated_replaced().get(doc_id, ())
    numbers = {r.doc_number for r in curated if r.doc_number}      # a curated entry refines the words' own
    return tuple(dict.fromkeys([r for r in found if r.doc_number not in numbers] + list(curated)))


def _title_key(title: str) -> str:
    """最高人民法院 最高人民检察院关于… and 最高人民法院、最高人民检察院关于… are one title."""
    return re.sub(r"[\s、,，'\"]", "", title)


@lru_cache(maxsize=1)
def _held_in_corpus() -> frozenset[tuple[str, int]]:
    """(title, year) of the texts the corpus holds, a year for each of its dates in the front matter: a new text
    often keeps the old one's title (环境污染刑事案件解释 of 2016 and of 2023), so the title alone says nothing."""
    held = set()
    for path in DOCUMENTS.glob("*/*.md"):
        with path.open(encoding="utf-8") as f:
            head = "".join(line for _, line in zip(range(14), f))
        title = HELD_TITLE_RE.search(head)
        if title:
            held.update((_title_key(title.group(1)), int(year)) for year in HELD_YEAR_RE.findall(head))
    return frozenset(held)


def _in_corpus(replaced: Replaced) -> bool:
    """Whether the corpus holds the replaced text: its title with the year of its number or its 施行 date."""
    year = _year(replaced)
    return bool(year) and (_title_key(replaced.title), year) in _held_in_corpus()


# when each 刑法修正案 took effect (the 补充规定 that named an offense's 罪名 came later for some: 修正案（六） was in force
# from 2006-06-29, its 补充规定（三） from 2007-11-06)
AMENDMENTS_IN_FORCE = {"三": dt.date(2001, 12, 29), "四": dt.date(2002, 12, 28), "五": dt.date(2005, 2, 28),
                       "六": dt.date(2006, 6, 29), "七": dt.date(2009, 2, 28), "八": dt.date(2011, 5, 1),
                       "九": dt.date(2015, 11, 1), "十": dt.date(2017, 11, 4), "十一": dt.date(2021, 3, 1),
                       "十二": dt.date(2024, 3, 1)}
AMENDMENT_CITED_RE = re.compile(r"修正案（([一二三四五六七八九十]+)）")


@dataclass(frozen=True)
class Created:
    charge: str
    article: str
    effective: dt.date
    source: str          # the amendment that created it (or the 补充规定 that named it)


@lru_cache(maxsize=1)
def created_offenses() -> dict[str, Created]:
    """罪名 the 补充规定 tables name without abolishing an older one: offenses an amendment created."""
    out: dict[str, Created] = {}
    for path in sorted(DOCUMENTS.glob("*/zuiming-buchong-*.md")):
        split = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        meta, body = split.data, split.body
        m = IN_FORCE_FROM_RE.search(body)
        effective = dt.date(*map(int, m.groups())) if m else dt.date.fromisoformat(str(meta["effective"]))
        for row in CHARGE_ROW_RE.finditer(body):
            charge = re.sub(r"\s", "", row["charge"])
            if not charge.endswith("罪") or "取消" in charge or not row["article"].startswith("第"):
                continue
            article = re.sub(r"\s", "", row["article"])
            amendment = AMENDMENT_CITED_RE.search(article)
            began = AMENDMENTS_IN_FORCE.get(amendment.group(1)) if amendment else None
            source = f"《刑法修正案（{amendment.group(1)}）》" if amendment and began else f"《{meta.get('title', path.stem)}》"
            out.setdefault(charge, Created(charge, article, began or effective, source))
    return out


def _date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso and ISO_RE.fullmatch(iso) else None


@lru_cache(maxsize=None)
def _stated_in_force(doc_id: str) -> dt.date | None:
    """The date the document's own words put it in force (本解释自2016年4月11日起施行); eleven corpus copies
    carry another date in their front matter (the day it was adopted or published)."""
    doc = _document(doc_id)
    found = IN_FORCE_FROM_RE.findall(doc[1]) if doc else []
    try:
        return dt.date(*map(int, found[-1])) if found else None
    except ValueError:
        return None


def in_force_from(standard: dict) -> dt.date | None:
    source = standard["source"]
    return _stated_in_force(source["doc_id"]) or _date(source.get("effective"))


def _chinese(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _not_yet_an_offense(verdict: dict, offense: str, period: ActPeriod) -> dict | None:
    """An offense created after the dates the facts give: left open with the dates shown and asked, never ruled out
    on them: a founding, a birth or a licence's date read as the act's ruled out 危险作业罪 for acts of this year
    (probe 26q: 20 such not_met), and an act that runs on past the date is the new offense's."""
    created = created_offenses().get(offense)
    if created is None or not period.wholly_before(created.effective):
        return None
    note = (f"案情所写日期（{period.words}）在{offense}设立之前：{created.article}自{_chinese(created.effective)}起施行"
            f"（{created.source}）。如行为确实发生并终了于该日之前，依刑法第十二条，行为时的法律不认为是犯罪的适用行为时的法律，"
            "不能以本罪追究，行为时是否构成其他犯罪须依当时的法律判断；如行为在该日之后仍在持续或者另有发生，则适用本罪。")
    question = f"行为发生于何时，是否持续到{_chinese(created.effective)}之后？"
    return {**verdict, "status": STATUS_UNKNOWN, "questions": list(dict.fromkeys(verdict["questions"] + [question])),
            "notes": verdict["notes"] + [note]}


def _newer_than(standard: dict, period: ActPeriod) -> bool:
    """A clause of an interpretation or filing standard that took effect after the act. A 刑法 clause
    (statutory_standards) carries the date of the code's latest amendment, not of its own words: the
    offenses an amendment created are read apart (created_offenses), its rewritten thresholds by
    api/amended.py."""
    day = in_force_from(standard)
    return bool(day) and period.wholly_before(day) and _document_type(standard["source"]["doc_id"]) != "statute"


@lru_cache(maxsize=None)
def _document_type(doc_id: str) -> str:
    doc = _document(doc_id)
    return str(doc[0].get("type", "")) if doc else ""


def _year(replaced: Replaced) -> int:
    """The year a replaced text took effect, or was numbered (法释〔2016〕29号)."""
    m = re.search(r"\d{4}", replaced.effective or replaced.doc_number)
    return int(m.group(0)) if m else 0


def _older_in_corpus(standards: list[dict], newer_docs: set[str], period: ActPeriod,
                     replaced: list[Replaced], offense: str) -> list[dict]:
    """Filing clauses the newer text superseded that were in force when the act was done: not those a text the
    corpus lacks had displaced by then (立案追诉标准（一）第六十条 (2008) gave way to the 2016 pollution 解释,
    which the 2023 one repealed). A missing text whose curated offenses leave this one out displaced nothing of it
    (知识产权解释（二）（2007） changed 侵犯著作权罪's figures, not 假冒注册商标罪's of 2004)."""
    latest_missing = max((_year(r) for r in replaced if not _in_corpus(r) and (not r.offenses or offense in r.offenses)),
                         default=0)
    older = [s for s in standards if s.get("tier") == "filing" and s.get("superseded_by") in newer_docs
             and (day := in_force_from(s)) and day <= period.last and day.year > latest_missing]
    # of those, the newest governed then, as the newest governs now (graph.standards.mark_governing): the 2016
    # pollution 解释 had displaced 立案追诉标准（一）第六十条 (2008) before the 2023 one repealed it
    newest = max((in_force_from(s) for s in older), default=None)
    return [s for s in older if in_force_from(s) == newest]


def with_text_in_force(verdict: dict, offense: str, standards: list[dict], text: str, today: dt.date | None = None) -> dict:
    """The verdict, read against the texts in force when the act was done. Unchanged where the facts date the
    act nowhere, or the deciding clauses were in force by then; `today` places 四年前 and the like."""
    period = act_period(text, today)
    if period is None:
        return verdict
    if (not_an_offense := _not_yet_an_offense(verdict, offense, period)) is not None:
        return not_an_offense
    if verdict["status"] != "met":
        return verdict
    basis = [s for s in standards if s["id"] in verdict["basis"]]
    if not basis or not all(_newer_than(s, period) for s in basis):
        return verdict
    newer = {s["source"]["doc_id"]: s for s in basis}
    titles = "、".join(f"《{s['source'].get('doc_title') or doc}》（{_chinese(in_force_from(s))}施行）" for doc, s in newer.items())
    lead = f"案情所述行为（{period.words}）发生在据以判断的{titles}施行之前。"
    replaced = [r for doc in newer for r in replaced_texts(doc)]
    older = _older_in_corpus(standards, set(newer), period, replaced, offense)
    if older:
        statuses = {s["status"] for s in older}
        labels = "、".join(dict.fromkeys(s["source"]["label"] for s in older))
        if "met" in statuses:
            return {**verdict, "notes": verdict["notes"] + [lead + f"行为时施行的{labels}亦已达到（{RULE}）。"]}
        if statuses == {"not_met"}:      # open, not not_met: the act's date is read from the words (api/act_dates.py)
            return {**verdict, "status": STATUS_UNKNOWN,
                    "questions": list(dict.fromkeys(verdict["questions"] + ["行为是否确实发生并终了于上述日期？"])),
                    "notes": verdict["notes"] + [lead + f"依行为时施行的{labels}未达到；行为确实发生于该规定施行期间的，"
                                                 f"新的规定对行为人并非更有利，应适用行为时的规定，不予追诉（{RULE}）。"]}
        unverified = [s for s in older if s.get("firm_status") == "met" and s.get("review")]
        if unverified:      # the compiled words meet it, but they are not verified (立案追诉标准（一）第二十六条 〔待核〕)
            unverified_labels = "、".join(dict.fromkeys(s["source"]["label"] for s in unverified))
            return {**verdict, "status": STATUS_UNKNOWN,
                    "questions": list(dict.fromkeys(verdict["questions"] + [f"{unverified_labels}的官方文本是否同样达到？"])),
                    "notes": verdict["notes"] + [lead + f"应依行为时施行的{labels}判断（{RULE}）：按本库所录文字已达到，"
                                                 "但该条文字待核，须核对官方文本后确定。"]}
        questions = list(dict.fromkeys(q for s in older for q in s.get("questions", [])))
        return {**verdict, "status": STATUS_UNKNOWN,
                "questions": questions or ["依行为时施行的规定（见说明），是否同样达到立案追诉标准？"],
                "notes": verdict["notes"] + [lead + f"应依行为时施行的{labels}判断（{RULE}），其条件尚待查明。"]}
    if not replaced:
        return {**verdict, "notes": verdict["notes"] + [
            lead + f"行为时没有相关规定的，适用现行规定；行为时已有相关规定的，依行为时的规定，现行规定更有利的除外（{RULE}）。"]}
    cited = "、".join(r.cited() for r in replaced)
    return {**verdict, "status": STATUS_UNKNOWN,
            "questions": verdict["questions"] + ["依行为时施行的规定（见说明），是否同样达到立案追诉标准？"],
            "notes": verdict["notes"] + [
                lead + f"应依行为时施行的规定判断，现行规定对行为人更有利的除外（{RULE}）。行为时的相关规定（包括其废止的{cited}）"
                "语料未收录：按现行规定已达到，但行为时的标准是否达到，须核对当时的规定。"]}
