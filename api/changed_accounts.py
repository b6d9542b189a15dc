"""Accounts that do not hold still. A party's account that changed (先供称购买了50张…后又改称只买了20张): what was found is
then no measure of the whole. The larger first figure is the party's word, the later one too, and the notes seized (20张,
2000元) are only what is certain: a least, which decides a line it reaches and asks one it does not (probe 86b #18 was
未达到 on the 2000元). And two answerers in one record who count otherwise: neither count is settled."""
from __future__ import annotations

import re
from functools import lru_cache

from corpus.quantities import Quantity

# 先供称…，后又改称…; 起初交代…，后来翻供称…; 先是说…，之后改口说…
# (or 初次供述称…；第二次讯问时翻供: probe 103a was 未达到 on the tickets found, the first account's 620元 more still unchecked)
CHANGED_ACCOUNT_RE = re.compile(r"(?:先|起初|最初|开始|一开始|初次|第一次)(?:是)?(?:供称|供述|交代|称|说|陈述)(?P<first>[^。；]{1,40}?)[，,；;]\s*"
                                r"(?:但|而|可|然而)?(?:后|之后|随后|后来|嗣后|第二次[^，。；]{0,6}?)(?:又|再)?(?:改称|改口|翻供|改变供述|否认)")
NOTE_UNITS = {"张": "元"}       # notes counted in 张 are summed in 元


@lru_cache(maxsize=256)
def _first_account_units(text: str) -> frozenset[str]:
    """Read once per text: extract_facts asks it for every figure."""
    units = set()
    for m in CHANGED_ACCOUNT_RE.finditer(text):
        for unit in re.findall(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(张|元|份|件|条|克|千克|公斤|吨|人|次)", m["first"]):
            units.add(unit)
            if unit in NOTE_UNITS:
                units.add(NOTE_UNITS[unit])
    return frozenset(units)


def found_is_least(text: str, q: Quantity) -> bool:
    """The figure, outside the changed account, measures what the account's first version counted more of."""
    units = _first_account_units(text)
    if q.unit not in units:
        return False
    return not any(m.start() <= q.start < m.end() + 30 for m in CHANGED_ACCOUNT_RE.finditer(text))


# two answerers in one record (张某答：…三个人一起…。李某答：就我们两个人，没有别人): a count one gives and the other gives otherwise
# is settled by neither; the larger is at most what it says, the smaller at least (probe 87c met 三人以上结伙 on 张某's word)
ANSWER_RE = re.compile(r"(?P<who>[\u4e00-\u9fa5]{1,3}某)答[：:]")


@lru_cache(maxsize=256)
def _answer_spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """Read once per text, as _first_account_units."""
    answers = list(ANSWER_RE.finditer(text))
    return tuple((a["who"], a.end(), answers[i + 1].start() if i + 1 < len(answers) else len(text)) for i, a in enumerate(answers))


def answers_disagree(text: str, q: Quantity, measures: list[Quantity]) -> str | None:
    """'以下' or '以上' where another answerer in the record gives this figure's measure otherwise (the larger and the
    smaller of the two); None where the record has one answerer, or they agree."""
    spans = _answer_spans(text)
    own = next(((who, start, end) for who, start, end in spans if start <= q.start < end), None)
    if own is None or len({who for who, _, _ in spans}) < 2:
        return None
    others = [m for m in measures if m.unit == q.unit and m.value != q.value
              and any(who != own[0] and start <= m.start < end for who, start, end in spans)]
    if not others:
        return None
    return "以下" if q.value > min(m.value for m in others) else "以上"


# an account of the act that its giver later changed: 第一次笔录称被李某殴打后被迫…卖淫；一周后第二次笔录改称系自愿 (probe 94a
# met 强迫卖淫 on the first record)
# (or a party's account set out after its colon: 被害人小孙陈述：郑某持刀逼其吸食…)
SAID_BEFORE_ACT_RE = re.compile(r"(?:笔录|陈述|供述|证言|报案时|报案|起初|最初|先)[^。；]{0,8}?(?:称|说|陈述|供述|反映)"
                                r"|(?:被害人|受害人|报案人)[^，。；：:]{0,6}?(?:陈述|报称|反映)[：:]")
CHANGED_AFTER_RE = re.compile(r"改称|改口|翻供|翻证|推翻(?:了)?(?:此前|原|之前|先前)?(?:的)?(?:陈述|供述|证言|说法)")


def changed_later(text: str, start: int, lead_start: int) -> str | None:
    """The words by which an account stated from `lead_start` to `start` (a record's 称 before the act) is changed
    later in the text; None where the act is not said as an account, or no change follows."""
    if not SAID_BEFORE_ACT_RE.search(text, lead_start, start):
        return None
    changed = CHANGED_AFTER_RE.search(text, start)
    return changed.group(0) if changed else None


# the other party's account that the act was consented to: 宁某报案称…强行让其吸食冰毒一次；鲍某则供称宁某系自愿吸食 (probe 99c met
# 强迫他人吸食 on the report alone)
# (or the words of it: 但称小卢是“自己要吸的”，否认持刀, probe 104c)
CONSENT_CLAIMED_RE = re.compile(r"(?:供称|辩称|则称|却称|坚称|声称|辩解|但称)[^。；]{0,12}?(?:系|是|属于?|均为|出于)?"
                                r"(?:自愿|[“\"]?自己(?:要|想|主动|愿意))")


def consent_claimed_later(text: str, start: int, lead_start: int) -> str | None:
    """The words by which another account says the act stated as a report (from `lead_start` to `start`) was consented
    to; None where the act is not said as an account, or no such word follows."""
    if not SAID_BEFORE_ACT_RE.search(text, lead_start, start):
        return None
    claimed = CONSENT_CLAIMED_RE.search(text, start)
    return claimed.group(0) if claimed else None
