"""The share of an accident's responsibility the traffic police found (事故认定): 全部 > 主要 > 同等 > 次要 > 无.

交通肇事解释（2000）第二条 files one death on 全部或者主要责任 and three deaths on 同等责任. A requirement of a grade is
met by that grade or a higher one and not met by a lower one the facts give for the actor (负事故同等责任 is no 主要责任;
probe 32 T85 was asked it, though the finding was stated). Another party's share (对方负主要责任) is theirs
(api/holder.py); two shares for the actor, or none, leave it open."""
from __future__ import annotations

import re
from typing import Callable

from .appeal import revoked_after
from .holder import other_holder

GRADES = ("全部", "主要", "同等", "次要", "无")
# a share found, as judgments and officers write it: 负事故主要责任, 负此事故的全部责任, 负本起事故同等责任, 全责. Not 无责任:
# it is said of the others (乘车人张某无责任; read as the actor's, two real convictions were not_met)
FAULT_RE = re.compile(r"负(?:此|该|本|这)?(?:次|起)?(?:事故|交通事故)?的?(?P<grade>全部|主要|同等|次要)责任|(?P<short>全责|主责|次责)"
                      # both sides' share: 双方同等责任, 双方负同等责任
                      r"|双方(?:各)?(?:负|承担)?(?:事故)?的?(?P<both>同等)责任")
# a finding changed on review (事故认定书初稿写赵某负主要责任，后经复核改为双方同等责任; probe 40a P02 met the first): the
# last share it was changed to is the finding, unless the change is not yet in force
# (or the new finding a review ordered: 责令重新认定，重新作出的认定书认定钱某负同等责任; probe 12 #9 met the first one's 主要责任)
CORRECTED_RE = re.compile(r"(?:改为|改成|更正为|变更为|调整为|重新认定为?|复核认定为?|撤销[^，。；]{0,12}?(?:认定|改认定)为?"
                          r"|重新(?:作出|出具|制作)的(?:事故)?认定书?认定)"
                          r"[^，。；]{0,8}?(?P<grade>全部|主要|同等|次要)责任|(?:改为|改成|更正为|变更为)(?P<short>全责|主责|次责)")
PENDING_RE = re.compile(r"尚未生效|还没生效|未生效|正在复核|复核中|尚在复核|还在复核|复核结论(?:尚未|还没|未)")
SHORT = {"全责": "全部", "主责": "主要", "次责": "次要"}
# the other side of the accident named as the clause's subject (行人负主要责任, 死者负次要责任): its share, not the actor's
# people on the road an accident report names by role; api.verdict counts one such victim named without a number
ROAD_USERS = ("行人", "骑车人", "乘车人", "乘客", "被害人", "受害人")
VICTIM_SIDE_RE = re.compile(rf"(?:{'|'.join(ROAD_USERS)}|死者|伤者|对方|另一方|电动车驾驶人|摩托车驾驶人|三轮车驾驶人|"
                            r"自行车驾驶人|被撞车辆驾驶人)[^，。；]{0,3}$")
# the actor joined to the other side in one share: 冯某与三轮车驾驶人负…同等责任
JOINED_BEFORE_RE = re.compile(r"[\u4e00-\u9fa5]某某?[与和及同]$")
OPTION_GRADES = {"全部": "全部", "全责": "全部", "主要": "主要", "主责": "主要", "同等": "同等"}


def wanted_grade(options: list[str]) -> str | None:
    """The lowest grade a requirement's options accept (全部⋯责任, 主要⋯责任 → 主要), None when it asks no fault."""
    found = [OPTION_GRADES[k] for o in options for k in OPTION_GRADES if k in o and "责" in o]
    return max(found, key=GRADES.index) if found else None


def actors_grade(text: str, unsaid: Callable[[int], bool] = lambda at: False) -> tuple[str, str] | None:
    """(grade, words) of the one share the facts give the actor; None when they give none, or two. A share `unsaid`
    (a party's claim or a view: 死者家属咬定司机全责, probe 56b PB07) is no finding."""
    corrected = [m for m in CORRECTED_RE.finditer(text) if not other_holder(text, m.start()) and not unsaid(m.start())]
    if corrected:
        last = corrected[-1]
        if PENDING_RE.search(text, last.end()):
            return None
        return last["grade"] or SHORT[last["short"]], last.group(0)
    found = {}
    for m in FAULT_RE.finditer(text):
        clause = text[max(text.rfind(ch, 0, m.start()) for ch in "，。；,;") + 1:m.start()]
        victims = VICTIM_SIDE_RE.search(clause)
        if victims and JOINED_BEFORE_RE.search(clause, 0, victims.start()):
            victims = None    # 认定冯某与三轮车驾驶人负事故同等责任: both sides' share, the actor's too (probe 65a XA10)
        if other_holder(text, m.start()) or victims or revoked_after(text, m.end()) or unsaid(m.start()):
            continue          # (该事故认定书…撤销并责令重新认定: the share it found is open, probe 52a KA10)
        found.setdefault(m["grade"] or m["both"] or SHORT[m["short"]], m.group(0))
    return next(iter(found.items())) if len(found) == 1 else None


def fault_status(options: list[str], text: str, unsaid: Callable[[int], bool] = lambda at: False) -> tuple[str, str] | None:
    """('met' | 'not_met', why) where the requirement asks a fault grade and the facts give the actor's; else None."""
    wanted = wanted_grade(options)
    given = actors_grade(text, unsaid) if wanted else None
    if given is None:
        return None
    grade, words = given
    if GRADES.index(grade) <= GRADES.index(wanted):
        return "met", f"案情写明：{words}"
    return "not_met", f"案情写明：{words}（低于{wanted}责任）"
