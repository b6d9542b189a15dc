"""The case an official did not hand over: was it itself a crime?

徇私舞弊不移交刑事案件罪 (刑法第四百零二条) needs a case 依法应当移交司法机关追究刑事责任. An account of it describes that
case too (羊毛衫以次充好，销售金额分别为1.2万元、2.1万元、3.5万元), and whether the case reached its own filing line is
what decides the requirement: a case short of it was no criminal case to hand over. The offenses the case was about are
found as consultation finds offenses (a name, an act on its object, or an act's words: api/conduct.py) and judged on the
same facts: one met makes the case a crime, all not met make it none, anything else leaves the requirement to the words.
The official's own offenses (渎职, 贿赂) are not the case handled.
"""
from __future__ import annotations

import re
from collections.abc import Container

from graph.queries import offense_mentions, offense_view
from graph.schema import offense_id

from .conduct import conducts, stated_conduct

UNDERLYING_REQUIREMENT = "依法应当移交司法机关追究刑事责任"
# requirement text → the 刑法 articles the case handled must be under (None: any): 放纵制售伪劣商品犯罪行为罪 lets go a
# crime of 刑法第一百四十条至第一百四十八条 (渎职侵权立案标准（2006）一（二十八）); 放纵走私罪's (1.) a smuggling crime (第一百五十一条至
# 第一百五十七条, and 第三百四十七条's 走私毒品)
SMUGGLING_ARTICLES = frozenset(range(151, 158)) | {347}
UNDERLYING_REQUIREMENTS = {UNDERLYING_REQUIREMENT: None, "生产、销售伪劣商品犯罪行为": range(140, 149), "放纵走私犯罪": SMUGGLING_ARTICLES}
OWN_CHAPTER = range(397, 420)       # 刑法第九章 渎职罪: the official's offense, not the one in the case handled
OFFICIALS_OWN = frozenset({"受贿罪", "单位受贿罪", "利用影响力受贿罪", "非国家工作人员受贿罪", "行贿罪", "单位行贿罪",
                           "对单位行贿罪", "对非国家工作人员行贿罪", "介绍贿赂罪", "对有影响力的人行贿罪", "贪污罪", "挪用公款罪"})
ARTICLE_RE = re.compile(r"^xingfa:art(\d+)")


def _handled(view: dict, articles: Container[int] | None) -> bool:
    """Not the official's own offense, and under the articles the requirement names, if it names any."""
    numbers = [int(m.group(1)) for a in view["articles"] if (m := ARTICLE_RE.match(a["unit_id"]))]
    return view["name"] not in OFFICIALS_OWN and not any(n in OWN_CHAPTER for n in numbers) \
        and (articles is None or any(n in articles for n in numbers))


def handled_offenses(store, text: str, own_id: str, articles: Container[int] | None = None) -> list[tuple[dict, str | None, bool]]:
    """(view, act phrase, named) of each offense the case handled is about: named in the text, or its act stated."""
    found: dict[str, tuple[str | None, bool]] = {oid: (phrase, True) for oid, phrase in offense_mentions(store, text)}
    for name, conduct in conducts().items():
        if stated_conduct(conduct, text):
            view = offense_view(store, offense_id(name))
            if view is not None:
                found.setdefault(view["id"], (None, False))
    out = []
    for oid, (phrase, named) in found.items():
        view = offense_view(store, oid) if oid != own_id else None
        if view is not None and _handled(view, articles):
            out.append((view, phrase, named))
    return out


def underlying_requirement(store, extracted: dict, own_id: str, judge, requirement: str = UNDERLYING_REQUIREMENT) -> dict | None:
    """The requirement's evaluation (as api/verdict._requirement returns one) where the case handled decides it; None
    where it does not. `judge(view, phrase, named)` gives an offense's verdict on the same facts."""
    judged = [(view["name"], judge(view, phrase, named)["status"])
              for view, phrase, named in handled_offenses(store, extracted["text"], own_id, UNDERLYING_REQUIREMENTS[requirement])]
    met = [name for name, status in judged if status == "met"]
    if met:                      # a crime under one charge is a crime (饲料 read as 伪劣产品 and as 伪劣化肥…: one suffices)
        why = f"案情所述被查处的行为已达到{'、'.join(met)}的立案追诉标准"
        status, what = "met", "属于应当"
    elif judged and all(status == "not_met" for _, status in judged):
        why = f"案情所述被查处的行为未达到{'、'.join(name for name, _ in judged)}的立案追诉标准"
        status, what = "not_met", "不属于应当"
    else:
        return None
    return {"kind": "fact", "text": requirement, "options": [], "status": status,
            "fact": {"text": why, "kind": "statement"}, "compared": f"{why}（{what}移交司法机关追究刑事责任的案件）"}


def underlying_requirements(view: dict) -> list[str]:
    """The requirements of the offense's clauses that the case handled decides (it must have been a crime)."""
    return list(dict.fromkeys(r["text"] for s in view["standards"] for a in s.get("alternatives", [])
                              for r in a.get("requirements", []) if r.get("text") in UNDERLYING_REQUIREMENTS))
