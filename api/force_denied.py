"""Neither force nor threat: 没有动手，也没说要伤害谁. A requirement of 以暴力、威胁方法 (妨害公务罪, 抗税罪) lists
many words for the deed (殴打, 推搡, 扬言 …) and is denied only when the facts deny every one; officers deny the
two kinds instead, each in its own words (probe 36e E52 asked 是否以暴力、威胁方法 of facts that said both)."""
from __future__ import annotations

import re

from .asking import unasked_clause

_NO = r"(?:没有|没|未|并未|并没有|从未|不曾|也没有|也没|也未)"
FORCE_DENIED_RE = re.compile(rf"{_NO}(?:动手|动过手|打人|打他们|打他|打她|使用暴力|实施暴力|采取暴力|暴力|肢体(?:冲突|接触)|推搡|殴打)"
                             r"|(?:没有|无)(?:任何)?(?:暴力|肢体冲突|肢体接触)")
THREAT_DENIED_RE = re.compile(rf"{_NO}(?:说要|说过要|扬言|威胁|恐吓|以[^，。；]{{0,6}}相威胁|表示要)(?:[^，。；]{{0,6}}?(?:伤害|报复|杀|打|弄))?"
                              r"|(?:没有|无)(?:任何)?(?:威胁|恐吓)(?:的?(?:言语|语言|行为))?")


# both in one: 没有暴力、威胁行为, 未使用暴力或者威胁方法
BOTH_DENIED_RE = re.compile(rf"{_NO}(?:使用|采用|采取|实施|任何)?暴力(?:、|或者|或|和|及|以及)?(?:其他)?威胁")


def force_and_threat_denied(options: list[str], text: str) -> str | None:
    """The clauses denying both, where the requirement is 暴力 or 威胁; None where either is left unsaid."""
    if not ({"暴力", "威胁"} <= set(options)):
        return None
    if (both := BOTH_DENIED_RE.search(text)) and unasked_clause(text, both.start(), both.end()):
        return both.group(0)
    said = []
    for rx in (FORCE_DENIED_RE, THREAT_DENIED_RE):
        m = next((m for m in rx.finditer(text) if unasked_clause(text, m.start(), m.end())), None)
        if m is None:
            return None
        said.append(m.group(0))
    return "，".join(dict.fromkeys(said))
