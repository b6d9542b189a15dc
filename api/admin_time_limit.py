"""Whether the administration may still punish an act the criminal route dropped: the time limit for a
penalty, counted from the act's end to when it was found.

行政处罚法第三十六条: 二年内未被发现的，不再给予行政处罚; five years where the act endangered 公民生命健康安全、
金融安全 with harmful consequences; from the act's end where it ran on (有连续或者继续状态的). Other laws set
their own (法律另有规定的除外): 治安管理处罚法（2012）第二十二条 six months for 违反治安管理行为, 税收征收管理法
第八十六条 five years for tax violations. The limit follows the law of the administrative provisions the answer
names; the 2-year rule applied to every violation had a theft found ten months on within its limit and a tax
evasion found three years on out of it (probe 26p)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .act_dates import FOUND_AFTER_RE, act_period


@dataclass(frozen=True)
class Limit:
    days: int
    label: str          # 二年, 六个月
    citation: str       # the unit that sets it
    words: str          # what the unit says, for the note


GENERAL = Limit(730, "二年", "xingzheng-chufa-fa:art36", "违法行为在二年内未被发现的，不再给予行政处罚")
HARM_EXTENDED_DAYS = 1826        # 涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年
BY_LAW = {
    "zhian-guanli-chufa-fa": Limit(183, "六个月", "zhian-guanli-chufa-fa:art22", "违反治安管理行为在六个月内没有被公安机关发现的，不再处罚"),
    "shuishou-zhengguan-fa": Limit(1826, "五年", "shuishou-zhengguan-fa:art86",
                                   "违反税收法律、行政法规应当给予行政处罚的行为，在五年内未被发现的，不再给予行政处罚"),
}
# tax 行政法规 fall under 税收征收管理法第八十六条 too (probe 26r: 虚开发票 under 发票管理办法 was given two years)
BY_LAW["fapiao-guanli-banfa"] = BY_LAW["shuishou-zhengguan-fa-xize"] = BY_LAW["shuishou-zhengguan-fa"]
# harm to life or health, or to financial security, that may lengthen the general limit to five years
HARM_RE = re.compile(r"死亡|重伤|轻伤|受伤|伤残|中毒|病情加重|感染|身体损害|健康损害|集资|存款人|投资人损失|金融")
SECURITY_ADMIN_NOTE = ("治安管理处罚法已于2025年6月27日修订，自2026年1月1日起施行，语料收录的是2012年文本，条文序号以现行文本为准。")


def applicable_limit(provision_units: list[str]) -> Limit:
    """The limit of the first provision whose law sets its own, else the general one."""
    for unit in provision_units:
        law = unit.split(":", 1)[0]
        if law in BY_LAW:
            return BY_LAW[law]
    return GENERAL


def time_limit(dates, today: dt.date, text: str = "", provision_units: list[str] = ()) -> dict | None:
    """The act's end (api/act_dates.py; the earliest date where the facts date no act), the date it was found
    (a stated finding date decides; else the latest date, no earlier than the finding; else today), and whether
    the elapsed time is within the limit: True, False only against a stated finding date, None where it cannot
    be settled (no finding date past the limit; an act begun on a date and running on; harm that may lengthen it)."""
    if not dates:
        return None
    limit = applicable_limit(list(provision_units))
    period = act_period(text)
    ongoing = bool(period and period.ongoing)
    act = period.last if period and not ongoing else (period.first if period else min(d for d, _, _ in dates))
    found = [d for d, start, raw in dates if d > act and FOUND_AFTER_RE.match(text, start + len(raw))]
    if found:
        reference, kind = min(found), "discovered"
    elif len(dates) > 1:
        reference, kind = max(d for d, _, _ in dates), "latest"
    else:
        reference, kind = today, "today"
    elapsed = (reference - act).days
    may_extend = limit is GENERAL and HARM_RE.search(text) is not None and elapsed <= HARM_EXTENDED_DAYS
    if elapsed <= limit.days:
        within = True
    else:
        within = False if kind == "discovered" and not ongoing and not may_extend else None
    note = [f"{limit.words}；有连续或者继续状态的，从行为终了之日起计算（行政处罚法第三十六条第二款）。"]
    if limit is GENERAL:
        note.append("涉及公民生命健康安全、金融安全且有危害后果的，延长至五年。法律另有规定的从其规定"
                    "（如违反治安管理行为六个月、税收违法行为五年）。")
    if limit.citation.startswith("zhian-guanli-chufa-fa"):
        note.append(SECURITY_ADMIN_NOTE)
    if ongoing and within is None:
        note.append("案情写明行为自该日起持续，请核实行为终了日期。")
    elif may_extend and within is None:
        note.append("案情涉及人身健康或者金融方面的后果，是否适用五年期限请核实。")
    elif within is None:
        note.append("案情未写明何时发现，请核实发现日期。")
    return {"act_date": act.isoformat(), "reference_date": reference.isoformat(), "reference_kind": kind,
            "elapsed_days": elapsed, "limit_years": round(limit.days / 365.25, 1), "limit_label": limit.label,
            "within_limit": within, "note": "".join(note), "citation": limit.citation}
