"""When the act in question happened, as far as the facts date it: the period from its earliest to its
latest date. Which text governs an act (api/in_force.py) and whether it can still be prosecuted turn on
it. A date belongs to a later event when words of finding, handling or deciding follow it in its clause
(2023年9月被查获, 2024年3月移送公安机关, 2025年4月作出不起诉决定), and to an earlier penalty when it
stands in one (2021年1月因容留他人吸毒被行政拘留: api/prior_penalty.py); neither dates the act."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.numerals import parse_chinese_int

from . import prior_penalty

# 2023年3月, 2023年3月5日; a year alone (2020年，王某…) is the whole year
MONTH_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
YEAR_DATE_RE = re.compile(r"(\d{4})\s*年(?!\s*\d{1,2}\s*月)(?!度)")
# the date of a later event: words that find, handle or decide follow it in its clause
FOUND_AFTER_RE = re.compile(r"[^，。；]{0,10}?(?:发现|查获|查处|查实|立案|报案|案发|举报|被查)")
LATER_EVENT_RE = re.compile(r"[^，。；]{0,12}?(?:发现|查获|查处|查实|立案|报案|案发|举报|被查|抓获|归案|投案|自首|移送|移交|"
                            r"起诉|判处|判决|宣判|处罚|罚款|拘留|作出|决定|复议|鉴定|检测|检验|认定|审理|受理|退回|撤案|撤销)")
# 2023年3月至5月: the range's end in the same year
SAME_YEAR_END_RE = re.compile(r"\s*(?:日)?(?:至|到|—|－|-|~)\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
# …，至2024年3月被查处: the act ran until then, whatever followed
UNTIL_BEFORE_RE = re.compile(r"(?:至|到|直至|直到|持续至|一直到)\s*$")
# a date of something other than an act: 2015年成立的公司, 八年前取得采矿许可证, 1990年出生 (not 起未取得…许可证)
# (probe 26q: 1985年3月生, 许可证2020年12月到期, 2019年开工, 2020年的报告, 2019年的借款, 2010年建成的厂房, 2020年被列为网上
# 逃犯, 2019年刑满释放 were read as the act's dates)
NOT_AN_ACT_RE = re.compile(r"[^，。；]{0,8}?(?<![未没无非有])(?:成立|注册|设立|开业|取得|领取|获得|颁发|核发|出生|生于|毕业|入职|"
                           r"到期|届满|开工|竣工|建成|建造|修建|投产|签订|签署|借款|贷款|获批|批准|审批|报告|评价|列为|刑满|释放|"
                           r"服刑|退休|担任|任职|当选|调任)|生(?=[，。；、）)\s]|人)"
                           # a year naming a text: 引用2008年标准称… (probe 64a WA14 dated the felling to 2008)
                           r"|(?<=年)\s*(?:的|版)?(?:立案(?:追诉)?)?(?:标准|规定|解释|文件)"
                           # (its subject between, cited by article: 2016年毒品解释第十一条, probe 104b #11 dated the act 2016)
                           r"|(?<=年)\s*(?:的|版)?[\u4e00-\u9fa5]{1,6}?(?:解释|规定|标准|意见)(?=第|[》”\"])")
# …成立于2015年, 出生于1990年: the date of what the words before it name
NOT_AN_ACT_BEFORE_RE = re.compile(r"(?:成立|注册|设立|出生|生|建成|开业|签订|毕业|开工|竣工)于\s*$"
                                  r"|出生(?:日期|年月|时间)(?:为|是)?[：:]?\s*$")     # 出生日期为2008年5月20日 (probe 44a AA09)
# the date of a later event after a comma, named by the authority that acted: 2026年2月，检察院作出不起诉决定
LATER_AUTHORITY_RE = re.compile(r"[，,]\s*(?:经|由|被)?[^，。；]{0,3}?(?:检察院|检察机关|公安|法院|派出所|监管局|监管部门|税务|海关|渔政|"
                                r"林业局|林业部门|林业主管部门|生态环境|应急管理|卫生健康|执法|管理局)(?=[^，。；]{0,16}?"
                                r"(?:发现|查获|查处|查实|立案|作出|决定|处罚|罚款|移送|起诉|判处|判决|鉴定|认定|受理))")
ONGOING_RE = re.compile(r"\s*(?:日|号)?(?:起)?(?:至今|以来|一直|持续至今)|\s*(?:日|号)?(?:份)?(?:起|开始)(?![至到])")
# words that put the act, or part of it, now or lately: the dates given cannot have it wholly before a day
RECENT_RE = re.compile(r"至今|一直|持续|仍在|仍然在|目前仍|尚在|今年|本月|上个?月|近日|日前|近期|最近|当前|本周|上周")
EARLIEST_YEAR = 1979


def _in_penalty(text: str, at: int) -> bool:
    """The date at `at` stands in, or opens, an earlier penalty's words (于2024年3月因擅自印制…被市场监管局罚款: probe 96a
    dated the act to the penalty)."""
    return any(start <= at < end for start, end in prior_penalty.penalty_spans(text))


@dataclass(frozen=True)
class ActPeriod:
    first: dt.date      # the earliest day the act's dates allow
    last: dt.date       # the latest day they allow (a year alone: its 31 December)
    ongoing: bool       # 2019年起至今, …今年4月: the act may run up to the present
    words: str          # the date words read, for the note

    def wholly_before(self, day: dt.date) -> bool:
        return not self.ongoing and self.last < day


def date_span(m: re.Match) -> tuple[dt.date, dt.date] | None:
    """The first and last day a matched date allows (year, month and day in its first three groups; a month without
    its day is the whole month), or None for a date before EARLIEST_YEAR or one no calendar holds (2024年2月30日)."""
    year = int(m.group(1))
    if year < EARLIEST_YEAR:
        return None
    try:
        if m.re is YEAR_DATE_RE:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(m.group(2))
        if m.group(3):
            day = dt.date(year, month, int(m.group(3)))
            return day, day
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def _month_end(year: int, m: re.Match) -> dt.date | None:
    try:
        month = int(m.group(1))
        return dt.date(year, month, int(m.group(2))) if m.group(2) else dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


# how long ago, counted back from the day asked: 八年前，赵某在禁渔期…; 两年多前 (api/prior_penalty.years_ago)
AGO_WORDS_RE = re.compile(rf"(?:{prior_penalty.AGO_RE.pattern})")


def _ago_spans(text: str, today: dt.date) -> list[tuple[tuple[dt.date, dt.date], str, int]]:
    out = []
    for m in AGO_WORDS_RE.finditer(text):
        if m["within"]:              # 二年内: a window, not a date
            continue
        ago = prior_penalty.years_ago(m.group(0))
        if ago is None:
            continue
        least, most = ago
        out.append(((today - dt.timedelta(days=round(most * 365.25)), today - dt.timedelta(days=round(least * 365.25))),
                    m.group(0), m.start()))
    return out


# a month of the year last named: 2024年3月在网上结识少女小潘…。同年7月，黎某…引诱小潘卖淫二次 (probe 104c: the act was dated March)
SAME_YEAR_MONTH_RE = re.compile(r"(?:同年|当年)(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)")
MONTH_WORD_RE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})(?=\s*月)")


def with_years_said(text: str) -> str:
    """The text with 同年 / 当年 before a month replaced by the year last named before it, its month in digits."""
    def year_of(m: re.Match) -> str:
        years = re.findall(r"(\d{4})\s*年", text[:m.start()])
        return f"{years[-1]}年" if years else m.group(0)
    out, last = [], 0
    for m in SAME_YEAR_MONTH_RE.finditer(text):
        month = MONTH_WORD_RE.match(text, m.end())
        out.append(text[last:m.start()] + year_of(m))
        digits = month.group(1) if month.group(1).isdigit() else str(parse_chinese_int(month.group(1)))
        out.append(digits)
        last = month.end()
    return "".join(out) + text[last:]


@lru_cache(maxsize=256)
def act_period(text: str, today: dt.date | None = None) -> ActPeriod | None:
    """The act's dates, or None where the facts date it nowhere. Relative words are placed only against the day
    asked, where given (八年前); 去年 and the like are not. Kept for recent texts: every offense judged asks twice
    (the text in force, the prosecution period), and so does each dated earlier penalty."""
    text = with_years_said(text)
    spans, words, ongoing = [], [], False
    for span, said, at in _ago_spans(text, today) if today else ():
        end = at + len(said)
        if not (_in_penalty(text, at) or LATER_EVENT_RE.match(text, end) or NOT_AN_ACT_RE.match(text, end)):
            spans.append(span)
            words.append(said)
    started, caught = False, []          # an act said to start (2025年1月起) and the days it was found (3月28日被查获)
    for m in sorted([*MONTH_DATE_RE.finditer(text), *YEAR_DATE_RE.finditer(text)], key=lambda m: m.start()):
        until = UNTIL_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
        if _in_penalty(text, m.start()):
            continue
        if (LATER_EVENT_RE.match(text, m.end()) and not until) or LATER_AUTHORITY_RE.match(text, m.end()):
            found = date_span(m)
            if found and CAUGHT_AFTER_RE.match(text, m.end()):
                caught.append((found[1], bool(SEIZED_AFTER_RE.match(text, m.end()))))
            continue
        if NOT_AN_ACT_RE.match(text, m.end()) or NOT_AN_ACT_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue
        span = date_span(m)
        if span is None:
            continue
        said = m.group(0)
        if m.re is MONTH_DATE_RE and (end := SAME_YEAR_END_RE.match(text, m.end())):
            span = (span[0], _month_end(span[0].year, end) or span[1])
            said = text[m.start():end.end()]
        spans.append(span)
        words.append(said)
        runs_on = ONGOING_RE.match(text, m.end())
        ongoing = ongoing or bool(runs_on and not STARTED_ONLY_RE.fullmatch(runs_on.group(0)))
        started = started or bool(runs_on and STARTED_ONLY_RE.fullmatch(runs_on.group(0)))
        caught += _bare_days_caught(text, m.end(), span[0].year)
    if not spans:
        return None
    recent = any(not _in_penalty(text, m.start()) for m in RECENT_RE.finditer(text))
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    if started and not ongoing:
        # 2025年1月起…，3月28日被我局查获，此后停产: the act ran until it was found, not to the present (probe 45c DC04
        # took the 2025 interpretation for an act ended a month before it took effect); nothing found after: it may still run
        ended = [day for day, seized in caught if day >= first and (seized or STOPPED_RE.search(text))]
        if ended:
            last = max(last, max(ended))
        else:
            ongoing = True
    return ActPeriod(first, last, ongoing or recent, "、".join(dict.fromkeys(words)))


# the authority's finding after a comma: 2025年3月12日，派出所在出租屋查获…
FOUND_BY_AUTHORITY_RE = re.compile(r"[，,]\s*(?:经|由|被)?[^，。；]{0,3}?(?:公安|派出所|民警|监管局|监管部门|执法|管理局|林业|渔政|海关|税务)"
                                   r"[^，。；]{0,16}?(?:查获|抓获|查处|发现|查封|扣押)")


def found_by(text: str) -> tuple[dt.date, str] | None:
    """The last day the act can have been done: the earliest day the facts say it was found or caught (2025年3月12日，
    派出所在出租屋查获…吸食), with the date's words; None where no finding is dated. A person's age at the act is at
    most their age then, which decides 未成年人 where no other date is given (probe 44a AA09 asked it)."""
    found = []
    for m in MONTH_DATE_RE.finditer(text):
        if _in_penalty(text, m.start()):
            continue
        if CAUGHT_AFTER_RE.match(text, m.end()) or FOUND_BY_AUTHORITY_RE.match(text, m.end()):
            span = date_span(m)
            if span is not None:
                found.append((span[1], m.group(0)))
    return min(found, default=None)


# a day of the same year said without it, as a finding: …，3月28日被我局查获
BARE_DAY_RE = re.compile(r"(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# the words that say an act was found on a day, and those that say it stopped then: a seizure ends it (查获, 抓获, 查封), a
# finding (2024年6月被发现) only where the facts say it stopped (此后停产, 再没干过)
CAUGHT_AFTER_RE = re.compile(r"[^，。；]{0,10}?(?:查获|查处|抓获|案发|被查|查封|扣押|被发现)")
SEIZED_AFTER_RE = re.compile(r"[^，。；]{0,10}?(?:查获|抓获|查封|扣押)")
STOPPED_RE = re.compile(r"此后(?:停产|停止|停业|关停|再没|没有再|未再)|再(?:也)?(?:没|没有|未)(?:干|做|卖|生产|销售|经营|开采|排放)过|已(?:经)?(?:停产|停止|关停)")
# 起 or 开始 alone: the act's start, with nothing said of its end yet
STARTED_ONLY_RE = re.compile(r"\s*(?:日|号)?(?:份)?(?:起|开始)")


def _bare_days_caught(text: str, after: int, year: int) -> list[tuple[dt.date, bool]]:
    """Days of the year just read, said without it and followed by a finding, in the sentence after `after`, each with
    whether the finding was a seizure."""
    end = min((e for e in (text.find(ch, after) for ch in "。；\n") if e >= 0), default=len(text))
    out = []
    for m in BARE_DAY_RE.finditer(text, after, end):
        if CAUGHT_AFTER_RE.match(text, m.end()):
            try:
                out.append((dt.date(year, int(m.group(1)), int(m.group(2))), bool(SEIZED_AFTER_RE.match(text, m.end()))))
            except ValueError:
                pass
    return out
