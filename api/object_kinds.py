"""Kinds of object a clause counts apart, and facts that name only other kinds.

Several filing standards set one figure per kind of object: 刑法第三百四十八条 by drug (鸦片, 海洛因或者甲基苯丙胺, 其他毒品),
毒品解释（2016）第九条 by plant (罂粟, 大麻, 其他毒品原植物), 立案追诉标准（一）第二十九条 by ticket (车票、船票, 邮票,
其他有价票证). A condition on one kind is not met by facts that name only others (冰毒8.5克 holds no 鸦片), and is not asked
either. One family per table (api/drug_kind.py, api/ticket_kind.py, api/weapon_kind.py, api/obscene_kind.py); the
check is written once here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .asking import in_quoted_rule, in_view_sentence


@dataclass(frozen=True)
class KindFamily:
    kinds: tuple[tuple[str, tuple[str, ...]], ...]      # (kind as the clauses say it, words by which facts name it)
    open_re: re.Pattern | None = None                    # facts that leave the kind open (不知道是冰毒还是K粉) name none
    counted_by: Callable[[str], frozenset[str]] | None = None   # the kinds a condition counts; default: those it names

    def named(self, text: str) -> frozenset[str] | None:
        """The kinds the facts name, or None where they name none or leave the kind open."""
        if self.open_re is not None and self.open_re.search(text):
            return None
        return frozenset(kind for kind, words in self.kinds if any(_named_as_present(text, w) for w in words)) or None

    def kinds_in(self, words: str) -> frozenset[str]:
        """The kinds whose names a condition's words contain."""
        return frozenset(kind for kind, _ in self.kinds if kind in words)

    def counted(self, condition: str) -> frozenset[str]:
        return self.counted_by(condition) if self.counted_by is not None else self.kinds_in(condition)


# a kind named only to deny it (除景区门票外，未发现其伪造车票、船票、邮票: probe 75b met 车票、船票 on the 门票's sum)
# (or a taking denied: 未窃取弹药, 未盗取炸药; probe 98a)
DENIED_BEFORE_RE = re.compile(r"(?:未发现|未查获|未查见|没有发现|不涉及|未涉及|没有涉及|并非|不属于|不是|不存在)[^，。；！？]{0,16}$"
                              r"|(?:未|没有|没|并未)(?:盗取|窃取|盗窃|盗走|抢夺|获取|偷)[^，。；！？但而却]{0,12}$")
# the rest of an offense's name after the word: 请问是否达到盗窃、抢夺枪支、弹药…罪 names no gun of the facts
IN_OFFENSE_NAME_RE = re.compile(r"[^，。；：？！,.;:?!\s（）()“”]{0,16}?罪")
# a place named by the thing kept or made there (从炸药库盗走雷管 names no 炸药 taken, probe 98a), or rounds named by their gun
# (气枪铅弹, 猎枪子弹 name no gun)
PLACE_AFTER_RE = re.compile(r"库|仓|厂|店|公司|商店|门市|铅弹|子弹")


def _named_as_present(text: str, word: str) -> bool:
    """`word` occurs at least once outside a denial of its clause and outside someone's view (接警民警认为：伪造车票、
    船票数量累计五十张以上即应立案 names no 车票 of the facts: probe 76c)."""
    at = text.find(word)
    while at >= 0:
        if (not DENIED_BEFORE_RE.search(text, max(0, at - 24), at) and not in_view_sentence(text, at)
                and not in_quoted_rule(text, at, at + len(word))     # 同事套用“车票、船票…”的标准 (probe 103c)
                and not IN_OFFENSE_NAME_RE.match(text, at + len(word)) and not PLACE_AFTER_RE.match(text, at + len(word))):
            return True
        at = text.find(word, at + len(word))
    return False


def other_kinds_only(family: KindFamily, condition: str, text: str) -> str | None:
    """The kinds the facts name, joined in the family's order, where the condition counts only kinds they do
    not name; None where it counts no kind of the family, the facts name none, or they name a counted one."""
    counted = family.counted(condition)
    if not counted:
        return None
    named = family.named(text)
    if named is None or counted & named:
        return None
    return "、".join(kind for kind, _ in family.kinds if kind in named)
