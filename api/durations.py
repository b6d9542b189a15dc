"""How long a stated state lasted, against a requirement's months: 造成公司、企业等单位停业、停产六个月以上，或者破产
(立案追诉标准（二）第六十六条（二）), and how long money was kept: 超过三个月未还 (第七十七条（一）). The requirement
reads as options (停产六个月以上, 破产); read as words, 致使该公司停产七个月 states none of them and was asked again, and
停产四个月 left the months open though the facts say them.
Only the states a requirement names are read (停业, 停产, with their common spoken forms); the months of any other
thing (拖欠工资四个月) are not this."""
from __future__ import annotations

import re

from corpus.numerals import parse_chinese_int

from .asking import asks

_N = r"(?<![0-9.])[0-9]{1,3}(?![0-9])|[一二两三四五六七八九十]{1,3}"     # (not the 024 of 2024年)
# a requirement's state and months: 停业、停产六个月以上
REQUIRED_RE = re.compile(rf"(?P<states>(?:停业|停产)(?:、(?:停业|停产))?)(?P<n>{_N})个月以上")
# words that say the state in facts (停工 and 关停 are stops of work or of a plant: the same state)
STATE_WORDS = {"停产": ("停产", "停工", "关停", "停止生产"), "停业": ("停业", "歇业", "停止营业", "关门", "关停")}
# a stated length: 七个月, 4个月, 半年, 一年多, 一年半, 八个多月
LENGTH_RE = re.compile(rf"(?:(?P<years>{_N})年(?P<half>半)?(?P<more_y>多)?(?:零?(?P<months>{_N})个?月)?|(?P<only>{_N})个(?P<more_m>多)?月|(?P<half_year>半年))")
# the stop must be the harm the act did: said as caused (致使, 导致, 造成 …) or said of the victim (对方, 该公司, 竞争对手); a stop
# with its own cause (因设备检修, 因环保问题) or said to be unrelated is another matter (probe 35c C06: 同期无关的乙厂因设备检修
# 停产七个月 met 停业、停产六个月以上)
CAUSED_RE = re.compile(r"致使|导致|造成|致|以致|使得|使其|使该|被迫|因此|对方|该公司|该厂|该企业|被害|受害|竞争对手|其")
OWN_CAUSE_RE = re.compile(r"无关|因[^，。；]{0,8}?(?:检修|环保|整顿|装修|放假|疫情|资金|经营不善|自身|季节|搬迁|改造|订单)")
CAUSE_REACH = 16
# a state denied (未停产) or ordered as a penalty (被责令停产整顿七个月: the actor's own plant, no harm done to another)
NOT_THE_STATE_RE = re.compile(r"(?:未|没有|没|不|无|责令|勒令|要求)$")
GAP = 8         # characters between the state's word and its length (停产整顿达七个月, 关停至今已有八个月)


def _months(m: re.Match) -> float:
    if m["half_year"]:
        return 6.0
    if m["only"]:
        return parse_chinese_int(m["only"]) + (0.5 if m["more_m"] else 0)
    months = parse_chinese_int(m["years"]) * 12 + (6 if m["half"] else 0) + (parse_chinese_int(m["months"]) if m["months"] else 0)
    return months + (1 if m["more_y"] else 0)


def stated_lengths(states: str, text: str) -> list[tuple[float, str]]:
    """(months, the clause) for each length the text gives the requirement's states, in the facts' own statements
    (not in a question: 是否停产六个月以上？)."""
    words = [w for s in states.split("、") for w in STATE_WORDS.get(s, (s,))]
    state_re = re.compile("|".join(sorted(set(words), key=len, reverse=True)))
    from .verdict import clause_bounds
    found = []
    for s in state_re.finditer(text):
        left, right = clause_bounds(text, *s.span())
        if asks(text, left, right) or NOT_THE_STATE_RE.search(text, max(0, s.start() - 2), s.start()):
            continue
        before = text[max(0, s.start() - CAUSE_REACH):s.start()]
        if OWN_CAUSE_RE.search(text, left, right) or not CAUSED_RE.search(before):
            continue
        span = DATE_SPAN_RE.search(text, s.end(), min(right, s.end() + GAP + 24))
        if span is not None and span.start() - s.end() <= GAP:
            # 停产时间为2024年11月1日至2025年2月20日: the months between the dates (timelines #34 read 024年11月 as 24 years)
            found.append((_months_between(span), text[left:right]))
            continue
        length = LENGTH_RE.search(text, s.end(), min(right, s.end() + GAP + 6))
        if length and length.start() - s.end() <= GAP:
            found.append((_months(length), text[left:right]))
    return found


DATE_SPAN_RE = re.compile(r"(?P<y1>\d{4})年(?P<m1>\d{1,2})月(?:(?P<d1>\d{1,2})日)?(?:至|到|—|－|-|~|～)(?P<y2>\d{4})年(?P<m2>\d{1,2})月(?:(?P<d2>\d{1,2})日)?")


def _months_between(m: re.Match) -> float:
    days = lambda d: int(d) if d else 1
    return (int(m["y2"]) - int(m["y1"])) * 12 + int(m["m2"]) - int(m["m1"]) + (days(m["d2"]) - days(m["d1"])) / 30


# 挪用本单位资金…超过三个月未还 (立案追诉标准（二）第七十七条（一）): the months unreturned said before 未还 (四个月未还, 半年
# 多仍未归还) or as the time after which it was returned (一个月后归还, 五个月后才还清). Probe 35c C18: 借给亲友，四个月未还
# was asked 是否超过三个月未还
UNRETURNED_REQUIRED_RE = re.compile(rf"超过(?P<n>{_N})个月未还")
UNRETURNED_RE = re.compile(rf"(?P<length>{LENGTH_RE.pattern})(?:(?:仍|尚|都|均|一直|仍然|依然|还)?(?P<kept>未还|未归还|没还|没有归还|没归还|未退还|不还)"
                           rf"|后(?:才|方|已|已经|全部|全额)?(?P<back>归还|还款|还清|退还|还回|还了))")
MORE_THAN_BEFORE_RE = re.compile(r"(?:超过|超出|逾|多于|长达)$")


def judge_unreturned(requirement_text: str, text: str) -> tuple[str, str, str] | None:
    """('met' | 'short', the requirement's words, the clause) where the text says how many months the money was kept."""
    from .verdict import clause_bounds
    req = UNRETURNED_REQUIRED_RE.search(requirement_text)
    if req is None:
        return None
    for m in UNRETURNED_RE.finditer(text):
        left, right = clause_bounds(text, *m.span())
        if asks(text, left, right):
            continue
        months = _months(LENGTH_RE.match(m["length"]))
        if MORE_THAN_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()):
            months += 0.5           # 超过三个月未还: more than the three months said
        return ("met" if months > parse_chinese_int(req["n"]) else "short"), req.group(0), text[left:right]
    return None


def judge_length(requirement_text: str, text: str) -> tuple[str, str, str] | None:
    """('met' | 'short', the option words the months decide, the clause) where the text gives the length of the state
    the requirement counts in months; None where it has no such requirement or the text no length of that state.
    'short' decides only the months: the requirement's other options (破产) are still to be asked."""
    req = REQUIRED_RE.search(requirement_text)
    if req is None:
        return None
    lengths = stated_lengths(req["states"], text)
    if not lengths:
        return None
    need = parse_chinese_int(req["n"])
    months, clause = max(lengths)
    return ("met" if months >= need else "short"), req.group(0), clause


def months_options(requirement_text: str, options: list[str]) -> list[str]:
    """The options a stated length decides: those naming the requirement's states (企业等单位停业, 停产六个月以上)."""
    req = REQUIRED_RE.search(requirement_text)
    states = req["states"].split("、") if req else ["未还"] if UNRETURNED_REQUIRED_RE.search(requirement_text) else []
    return [o for o in options if any(s in o for s in states)]
