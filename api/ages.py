"""Ages at the act, read from the words that state them: an age said of a person (16岁的小杨, 小杨今年16岁) or a birth date
said right after the person's name, with the act's dates. 周岁 count from the day after the birthday (周岁按公历的年、月、日
计算，从周岁生日的第二天起算). A birth month without its day, or an act over a period, leaves a youngest and an oldest
age; the reader of the age decides what a range means for its question."""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from corpus.numerals import parse_chinese_int

from .act_dates import act_period, found_by
from .holder import OTHER_PEOPLE
from .spans import sentence_bounds

AGE = r"(?P<age>\d{1,2}|[一二三四五六七八九十]{1,3})周?岁"
# a birth date said anywhere, the act dated elsewhere: 少年小范2010年11月20日出生，2025年9月6日伙同他人在商场偷了一部手机
BIRTH_DATE_RE = re.compile(r"(?:出生于|生于|出生日期(?:为|是)?[：:]?)\s*(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月(?:\s*(?P<d1>\d{1,2})\s*日)?"
                           r"|(?P<y2>\d{4})\s*年\s*(?P<m2>\d{1,2})\s*月(?:\s*(?P<d2>\d{1,2})\s*日)?\s*(?:出生|生人|生(?=[，,。；）)]))")
# what may stand between a name and its birth date: 王某（, 王某，男，, 王某系, 许某某，男，身份证显示出生日期为
# (or a few words of the record, naming no one else: 王某户籍登记的出生日期为…, 小杨的身份证显示…)
# a name going on after the words read: 廖某乙 is not 廖某 (judgments mark two persons of one masked name so)
NAME_GOES_ON_RE = re.compile(r"[甲乙丙丁戊己庚辛壬癸某\d]")
PAPERS_RECORD_BIRTH = (r"(?:的)?(?P<between>)(?:户籍证明|户籍信息|户籍|身份证|居民身份证|出生医学证明|出生证明|户口)[^。；]{0,16}?"
                       r"(?:记载|显示|载明|证实)(?:其|该人)?\s*$")
BETWEEN_NAME_AND_BIRTH = r"(?:[（(，,](?:[男女][，,])?)?(?P<between>[^，。；,;某（）()]{0,10}?)(?:[（(](?:[男女][，,])?|[，,](?:[男女][，,])?)?\s*$"


class StatedAge(NamedTuple):
    """A person's age at the act as the facts allow it: one age, or the youngest and oldest the dates leave (born
    2010年3月, acting 2025年3月: fourteen or fifteen); the words that say it."""
    youngest: int
    oldest: int
    words: str


def full_years(born: dt.date, on: dt.date) -> int:
    """Whole years of age on a day: 已满 from the day after the birthday."""
    return on.year - born.year - ((on.month, on.day) <= (born.month, born.day))


def birth_lead(text: str, birth: re.Match) -> str:
    """The words of the birth date's sentence before it, where its person is named."""
    return text[sentence_bounds(text, birth.start(), birth.end())[0]:birth.start()]


def said_right_after(name: str, lead: str) -> re.Match | None:
    """The name standing right before the birth date, with nothing between that names someone else (王某的妻子…); or the
    name's own papers, which record it of him (马某户籍证明及出生医学证明，均记载其…出生: evidence_lists #8)."""
    m = re.search(re.escape(name) + BETWEEN_NAME_AND_BIRTH, lead) or re.search(re.escape(name) + PAPERS_RECORD_BIRTH, lead)
    if m is None or any(w in m["between"] for w in OTHER_PEOPLE) or NAME_GOES_ON_RE.match(m["between"]):
        return None
    return m


def age_at_act(text: str, birth: re.Match) -> StatedAge | None:
    """The age at the act of the person born on the matched date, from the act's dates (the birth date itself is no
    act's date); None where no act is dated after the birth or the act runs to the present."""
    born = _birth_span(birth)
    if born is None:
        return None
    first_born, last_born = born
    period = act_period(_without_birth(text, birth))
    if period is None or period.ongoing or period.first <= last_born:
        return None
    youngest, oldest = full_years(last_born, period.first), full_years(first_born, period.last)
    said = f"已满{oldest}周岁" if youngest == oldest else f"已满{youngest}周岁或者{oldest}周岁"
    return StatedAge(youngest, oldest, f"{birth.group(0)}（行为时{period.words}，{said}）")


def _without_birth(text: str, birth: re.Match) -> str:
    """The text with the birth date blanked, so no reader of dates takes it for the act's or the finding's."""
    return text[:birth.start()] + " " * (birth.end() - birth.start()) + text[birth.end():]


def _birth_span(birth: re.Match) -> tuple[dt.date, dt.date] | None:
    """The first and last day the matched birth date allows (a month without its day: the whole month)."""
    year, month, day = (birth["y1"], birth["m1"], birth["d1"]) if birth["y1"] else (birth["y2"], birth["m2"], birth["d2"])
    try:
        first_born = dt.date(int(year), int(month), int(day) if day else 1)
        return first_born, (first_born if day else
                            dt.date(int(year) + int(month) // 12, int(month) % 12 + 1, 1) - dt.timedelta(days=1))
    except ValueError:
        return None


def age_when_found(text: str, birth: re.Match) -> StatedAge | None:
    """Where no act is dated but its finding is (2025年3月12日，派出所在出租屋查获…): the person was at most their age on
    that day. The youngest is 0, no bound: a reader may use the range only where its upper end decides (未成年人 at
    sixteen then), never where a least age must be shown. Not for an offender's own capacity."""
    born = _birth_span(birth)
    found = found_by(_without_birth(text, birth))
    if born is None or found is None or act_period(text) is not None or found[0] <= born[1]:
        return None
    oldest = full_years(born[0], found[0])
    return StatedAge(0, oldest, f"{birth.group(0)}（{found[1]}案发时已满{oldest}周岁，行为不晚于此时）")


ALIAS_MARK_RE = re.compile(r"[（(]化名[）)]")


def age_said_of(name: str, text: str) -> StatedAge | None:
    """A named person's age at the act: an age said with the name (16岁的小杨, 李某某（15岁）, 小杨今年16岁) or a birth
    date said right after it (a pseudonym's mark between read as nothing: 被害人小芳（化名）出生于2011年2月10日)."""
    text = ALIAS_MARK_RE.sub("", text)
    escaped = re.escape(name)
    for pattern in (rf"{AGE}的[\u4e00-\u9fa5]{{0,4}}?{escaped}",
                    rf"{escaped}(?:[（(](?:[男女][，,])?|[，,](?:[男女][，,])?|今年|系|案发时|当时|才|年仅|仅)?{AGE}"):
        if said := re.search(pattern, text):
            age = parse_chinese_int(said["age"])
            return StatedAge(age, age, said.group(0))
    for birth in BIRTH_DATE_RE.finditer(text):
        if said_right_after(name, birth_lead(text, birth)):
            return age_at_act(text, birth) or age_when_found(text, birth)
    return None
