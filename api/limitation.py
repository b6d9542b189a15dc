"""Whether the time to prosecute may have run out (追诉时效, 刑法第八十七条至第八十九条).

A filing threshold met by an act done long ago does not mean the case is to be filed: 犯罪经过下列期限不再追诉
(第八十七条: 法定最高刑不满五年的，五年; 五年以上不满十年的，十年; 十年以上的，十五年; 无期徒刑、死刑的，二十年),
and 刑事诉讼法第十六条第（二）项 bars prosecution once it has. The period runs from the act's end (第八十九条第一款)
to the date the facts give for a criminal filing (立案, 受理) or, with none, to today. The maximum is that of
the bracket the facts meet: the offense's lightest bracket (the filing tier) in its 刑法 paragraph, so a verdict
met on a higher tier is not flagged. Whether 第八十八条 (escaping after 立案, a complaint not acted on) or
第八十九条第二款 (a new offense within the period) applies only the facts can say, so a met verdict past the
period is left open and asks."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.numerals import parse_chinese_int
from corpus.parse import parse_file

from .act_dates import MONTH_DATE_RE, YEAR_DATE_RE, ActPeriod, act_period
from .verdict import STATUS_UNKNOWN

CRIMINAL_CODE = Path(__file__).resolve().parents[1] / "corpus" / "documents" / "statute" / "xingfa.md"
# a bracket: 处拘役; 处三年以下有期徒刑; 处三年以上七年以下有期徒刑; 处十年以上有期徒刑; 处无期徒刑或者死刑
# (not 并处罚金, 单处罚金: a fine beside or instead of a term is no bracket of its own)
BRACKET_RE = re.compile(r"(?<![并单判])处(?:(?P<life>无期徒刑|死刑)|(?:(?P<low>[一二三四五六七八九十]+)年以上)?"
                        r"(?:(?P<top>[一二三四五六七八九十]+)年以下)?(?P<kind>有期徒刑|拘役|管制))")
BY_REFERENCE_RE = re.compile(r"依照(?:前款|第[一二三四五]款)的?规定处罚")
FIXED_TERM_MAX = 15         # 刑法第四十五条: 有期徒刑 up to fifteen years
RULE = "刑法第八十七条、第八十八条、第八十九条；刑事诉讼法第十六条第（二）项"


@dataclass(frozen=True)
class Bracket:
    words: str          # 处三年以下有期徒刑
    maximum: float      # years; 20 for 无期徒刑、死刑

    @property
    def limit_years(self) -> int:
        """刑法第八十七条."""
        if self.maximum >= 20:
            return 20
        return 15 if self.maximum >= 10 else 10 if self.maximum >= 5 else 5


@lru_cache(maxsize=1)
def _code_articles() -> dict[str, str]:
    return {u.id: u.text for u in parse_file(CRIMINAL_CODE).units}


def _paragraphs(article_text: str) -> list[str]:
    """The article's paragraphs (款), each with its items (（一）…) joined to it."""
    out: list[str] = []
    for line in (ln.strip() for ln in article_text.splitlines() if ln.strip()):
        if out and line.startswith("（"):
            out[-1] += line
        else:
            out.append(line)
    return out


def _maximum(m: re.Match) -> float:
    if m["life"]:
        return 20
    if m["top"]:
        return parse_chinese_int(m["top"])
    if m["low"]:
        return FIXED_TERM_MAX
    return 0.5 if m["kind"] == "拘役" else 2       # 拘役 up to six months, 管制 up to two years (刑法第三十八条、第四十二条)


def lightest_bracket(unit_id: str, paragraph: int | None = None) -> Bracket | None:
    """The lightest bracket of the 刑法 paragraph that defines the offense (the first where none is named); a
    paragraph punished 依照前款的规定 takes the paragraph before's."""
    paragraphs = _paragraphs(_code_articles().get(unit_id, ""))
    at = (paragraph or 1) - 1
    while 0 <= at < len(paragraphs):
        brackets = [m for m in BRACKET_RE.finditer(paragraphs[at])]
        if brackets:
            lightest = min(brackets, key=_maximum)
            return Bracket(lightest.group(0), _maximum(lightest))
        if not BY_REFERENCE_RE.search(paragraphs[at]):
            break
        at -= 1
    # a paragraph that sets no bracket of its own (第三百四十七条第一款: 无论数量多少，都应当追究刑事责任) takes the
    # article's lightest (第四款: 处三年以下); a 2010 sale of 0.5克 was met with no period counted (probe 26q)
    brackets = [m for p in paragraphs for m in BRACKET_RE.finditer(p)] if paragraph in (None, 1) else []
    if brackets:
        lightest = min(brackets, key=_maximum)
        return Bracket(lightest.group(0), _maximum(lightest))
    return None


# a criminal case opened or taken up: the period stops running at 立案侦查 or 受理 (刑法第八十八条); an administrative
# 查处, 处罚决定 or 鉴定 does not stop it (probe 26q: three 伪劣产品 acts of 2018-2019 were counted only to a 查处)
CRIMINAL_FILING_AFTER_RE = re.compile(r"[^，。；]{0,12}?(?<!不予)(?<!未予)(?<![不未没])(?:立案|受理|刑事拘留|逮捕|提起公诉|起诉至|侦查)")


def _reference(text: str, period: ActPeriod, today: dt.date) -> tuple[dt.date, str]:
    """The latest criminal filing the facts date (2019年4月立案侦查), or today."""
    later = []
    for m in [*MONTH_DATE_RE.finditer(text), *YEAR_DATE_RE.finditer(text)]:
        if not CRIMINAL_FILING_AFTER_RE.match(text, m.end()):
            continue
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), 1) if m.re is MONTH_DATE_RE else dt.date(int(m.group(1)), 1, 1)
        except ValueError:
            continue
        if day > period.last:
            later.append((day, m.group(0)))
    return max(later) if later else (today, "今日")


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:          # 29 February
        return day.replace(year=day.year + years, day=28)


def with_limitation(verdict: dict, view: dict, standards: list[dict], text: str, today: dt.date) -> dict:
    """A met verdict past the period its offense's filing bracket allows: left open, asking about 第八十八条 and
    第八十九条, with the count shown; an open one gains the same note and question. Unchanged where the facts
    date the act nowhere or a higher tier is met, and a verdict not met needs no period."""
    if verdict["status"] == "not_met":
        return verdict
    period = act_period(text, today)
    if period is None or period.ongoing:
        return verdict
    if any(s.get("tier") == "aggravating" and s.get("status") == "met" for s in standards):
        return verdict
    code = next((a for a in view.get("articles", []) if a["unit_id"].startswith("xingfa:")), None)
    bracket = code and lightest_bracket(code["unit_id"], (code.get("clauses") or [None])[0])
    if not bracket:
        return verdict
    reference, said = _reference(text, period, today)
    if _years_after(period.last, bracket.limit_years) >= reference:
        return verdict
    paragraph = f"第{code['clauses'][0]}款" if code.get("clauses") else ""
    to = "今日" if said == "今日" else f"{said}（案情所述）"
    note = (f"案情所述行为（{period.words}）至{to}已超过{bracket.limit_years}年。{code['label']}{paragraph}最轻的量刑幅度为"
            f"“{bracket.words}”，依刑法第八十七条追诉期限为{bracket.limit_years}年：如无第八十八条（立案侦查或者受理案件后逃避侦查、审判；"
            "被害人在追诉期限内提出控告，应当立案而不予立案）或第八十九条（犯罪行为有连续或者继续状态的，从行为终了之日起计算；"
            f"追诉期限以内又犯罪的，前罪追诉期限从犯后罪之日起计算）的情形，已过追诉时效，依刑事诉讼法第十六条第（二）项不再追诉。"
            "适用更重的量刑幅度的，追诉期限相应延长。")
    question = "是否有刑法第八十八条、第八十九条规定的情形（立案后逃避侦查、被害人控告未立案、行为连续或继续至近期、期限内又犯罪）？"
    return {**verdict, "status": STATUS_UNKNOWN, "questions": list(dict.fromkeys(verdict["questions"] + [question])),
            "notes": verdict["notes"] + [note]}
