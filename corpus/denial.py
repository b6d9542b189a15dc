"""Words that deny the act right after them: 没有贩卖毒品, 否认盗窃, 不能证明其贩卖. A bag of words
reads "没有贩卖毒品的证据" as 贩卖毒品; the act phrases (graph/acts.py) and the charge predictor's
features (indexer/predict/features.py) both skip a denied act."""
from __future__ import annotations

import re

DENIAL = (r"(?:(?:没有证据|无证据|不能|无法|未能)证明其?|没有|并未|未曾|从未|尚未|未|否认)"
          r"(?:实施|有)?")
DENIED_BEFORE_RE = re.compile(DENIAL + "$")

# Read in the clause before an act's words (not right before them, as DENIED_BEFORE_RE is):
# refused or not done for someone: 未为毒贩提供资金账户, 拒绝为其提供
DENIED_FOR_RE = re.compile(r"(?:未|没有|并未|从未|未曾|拒绝|拒不|不曾)(?:为|给|向|替|帮)[^，。；]{1,8}$"
                           # a request refused: 拒绝了朋友让其贩卖毒品的请求
                           r"|(?:拒绝|回绝|没有答应|未答应)了?[^，。；]{0,8}?(?:让|要|要求|请求|叫|邀请)[^，。；]{0,4}$")
# promised or planned, not done: 答应为毒贩提供资金账户, 拟在招股说明书中编造虚假内容 (not 模拟, 虚拟, 计划生育)
PLANNED_RE = re.compile(r"(?:答应|准备|打算|(?<![模虚比草])拟|计划(?!生育)|企图|意图|想要|欲)[^，。；]{0,10}$")
# said by others, not found: 有股东举报称招股说明书存在虚假内容
# (举报其邻居非法持有枪支 too, unless the clause says it was found out: 接群众举报后查获张某贩卖毒品)
ALLEGED_RE = re.compile(r"(?:举报称|举报说|反映称|反映说|据说|传言|怀疑)[^，。；]{0,20}$"
                        r"|(?:举报|检举|揭发|控告)(?![^，。；]*(?:查获|查实|查明|经查|抓获|发现|证实|查处|核实))[^，。；]{0,20}$")


# no part taken in it: 未参与贩卖毒品 (kept out of DENIAL, which the trained charge predictor's features read)
DENIED_PART_RE = re.compile(r"(?:没有|并未|未曾|从未|未|否认)(?:参与|参加|从事)$")


def not_done(clause_before: str) -> str | None:
    """Whether the words of a clause before an act say it was not done: 'denied' (未为毒贩提供), 'planned'
    (答应为毒贩提供, 拟…编造) or 'alleged' (有人举报称…); None when they say nothing of the kind."""
    if DENIED_FOR_RE.search(clause_before) or DENIED_PART_RE.search(clause_before):
        return "denied"
    if PLANNED_RE.search(clause_before):
        return "planned"
    if ALLEGED_RE.search(clause_before):
        return "alleged"
    return None
