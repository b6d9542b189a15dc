"""A harm whose cause is still being found. Clauses that count a consequence (损失三十万元以上, 造成…皮肤严重损伤, 致使泄露…
信息五百条以上) count only what the act caused; where the facts say the harm may come of something else and the finding is
not yet in (是由涉案面霜还是由换肤项目造成，鉴定机构尚未出具结论; 污染源解析报告尚未出具; 无法确定…是否经由该漏洞泄露), a
verdict met on that harm alone decides nothing and asks the cause (probe 72c: three such facts were met)."""
from __future__ import annotations

import re

from .verdict import STATUS_UNKNOWN

CAUSE_OPEN_RE = re.compile(
    # 是由…还是由…造成，…尚未出具结论; 关于死鱼系…造成，还是…造成，…尚未出具
    r"(?:是由|系由|是否由|是否系|是否因|究竟是|关于)[^。；]{0,40}?还是[^。；]{0,30}?(?:造成|导致|所致|引起|引发)"
    r"[^。；]{0,40}?(?:尚未(?:出具|作出|完成|查明|确定)|无法确定|不能确定|难以确定|有待|正在(?:鉴定|调查|分析))"
    # 目前无法确定这800条信息是否经由该未修复漏洞泄露
    r"|(?:无法|不能|难以|尚不能|尚无法)(?:确定|认定|查明)[^。；]{0,40}?是否(?:经由|由|系|因|与)"
    # 污染源解析报告尚未出具, 事故原因调查报告尚未作出
    r"|(?:污染源|泄露路径|事故原因|起火原因|致害原因|损害原因)[^。；]{0,12}?(?:报告|结论|意见|鉴定)?[^。；]{0,4}?"
    r"(?:尚未(?:出具|作出|完成)|正在|尚在|有待)")
# the words of a condition that count a consequence of the act
CONSEQUENCE_RE = re.compile(r"造成|致使|导致|引起|损失|死亡|重伤|轻伤|伤亡|泄露|破坏|污染|中毒|损伤|毁损")


def _rests_on_consequence(alternative: dict) -> bool:
    return bool(CONSEQUENCE_RE.search(alternative.get("text", ""))) or any(
        CONSEQUENCE_RE.search(c.get("metric") or c.get("text") or "")
        for c in alternative.get("conditions", []) if c.get("status") == "met")


def with_cause_open(verdict: dict, standards: list[dict], text: str) -> dict:
    """A met verdict each of whose met alternatives counts a consequence, where the facts leave that harm's cause open:
    undecided, asking it."""
    if verdict["status"] != "met" or (open_cause := CAUSE_OPEN_RE.search(text)) is None:
        return verdict
    # (an item that adds the others up in proportion, 按相应比例折算合计, rests on what they count)
    met = [a for s in standards if s.get("id") in verdict.get("basis", []) for a in s.get("alternatives", [])
           if a.get("status") == "met" and "折算" not in a.get("text", "")]
    if not met or not all(_rests_on_consequence(a) for a in met):
        return verdict
    said = open_cause.group(0)
    return {**verdict, "status": STATUS_UNKNOWN,
            "questions": ["危害后果是否由本案行为造成（因果关系是否已查明）？", *verdict.get("questions", [])],
            "notes": [f"案情写明“{said}”：所计后果与本案行为之间的因果关系尚未查明，不能据此认定已达到立案追诉标准。",
                      *verdict.get("notes", [])]}
