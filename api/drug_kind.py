"""Which drugs the facts name. 刑法第三百四十八条 sets its figures by drug (鸦片二百克, 海洛因或者甲基苯丙胺十克, 其他毒品
数量较大): a seizure the facts name as 冰毒 alone holds no 鸦片 and no 其他毒品, so those items are not met rather than
asked (probe 37b B06 and 36e E45 asked 鸦片是多少 of 冰毒8.5克). Facts that leave the kind open (还没做成分鉴定，不知道是冰毒
还是K粉) name none."""
from __future__ import annotations

import re
from dataclasses import replace

from .object_kinds import KindFamily, other_kinds_only
from .spans import clause_bounds

DRUG_WORDS = (
    ("甲基苯丙胺", ("甲基苯丙胺", "冰毒")),
    ("海洛因", ("海洛因",)),
    ("鸦片", ("鸦片", "大烟")),
    ("其他毒品", ("氯胺酮", "K粉", "k粉", "大麻", "摇头丸", "MDMA", "可卡因", "吗啡", "芬太尼", "麻古", "咖啡因", "曲马多", "杜冷丁",
               "美沙酮", "三唑仑", "γ-羟丁酸", "LSD", "卡西酮", "依托咪酯")),
)
KIND_OPEN_RE = re.compile(r"不知道是|还是|疑似|待鉴定|尚未鉴定|还没鉴定|没做[^，。；]{0,4}鉴定|还没做|成分不明|成分未知|不确定|待检测|尚未检测")


# a condition counts the kinds it names (鸦片; 海洛因或者甲基苯丙胺; 其他毒品)
DRUGS = KindFamily(DRUG_WORDS, KIND_OPEN_RE)
# a kind-naming test still out: 成分鉴定尚未出具, 是甲基苯丙胺还是其他物质尚无结论
RESULT_OUT_RE = re.compile(r"(?:尚未|未|还没|没有)(?:出具|作出|完成|出结果|出来)|尚无结论|没有结论|结果未出|结论未出")
TEST_SENTENCE_RE = re.compile(r"成分|鉴定|检测|检验|送检|" + "|".join(w for _, words in DRUG_WORDS for w in words))
SENTENCE_RE = re.compile(r"[^。；！？\n]+")


def kind_unsettled(condition_words: str, text: str) -> str | None:
    """The words saying the seized thing's kind is not yet established, where the condition counts a named drug (海洛因
    或者甲基苯丙胺) and a sentence of the test or the drugs says its result is out or the kind open: 田某称是冰毒，…成分
    鉴定尚未出具 (a suspect's word names no drug; verdict_traps_judgments2 #34). None otherwise."""
    if not any(w in condition_words for kind, words in DRUG_WORDS[:3] for w in words):
        return None
    for m in SENTENCE_RE.finditer(text):
        sentence = m.group(0)
        if TEST_SENTENCE_RE.search(sentence) and (RESULT_OUT_RE.search(sentence) or KIND_OPEN_RE.search(sentence)):
            return sentence.strip("，, ")
    return None


def other_drug_only(condition_words: str, text: str) -> str | None:
    """The named drugs, where the condition counts only drugs the facts do not name; None otherwise."""
    return other_kinds_only(DRUGS, condition_words, text)


# The plants of 刑法第三百五十一条 and 毒品解释（2016）第九条: a field of 罂粟 holds no 大麻 and no 其他毒品原植物 (probe 38c asked
# how much 大麻 of 罂粟432株)
PLANT_WORDS = (
    ("罂粟", ("罂粟",)),
    ("大麻", ("大麻",)),
    ("其他毒品原植物", ("古柯", "恰特草", "阿拉伯茶", "仙人掌毒碱", "裸盖菇")),
)


def _plants_counted(words: str) -> frozenset[str]:
    """A planting condition counts the plants it names; 其他毒品原植物 holds the word 毒品 but no 罂粟 or 大麻."""
    if "种植" not in words and "原植物" not in words:
        return frozenset()
    return frozenset({"其他毒品原植物"}) if "其他毒品原植物" in words else PLANTS.kinds_in(words)


PLANTS = KindFamily(PLANT_WORDS, KIND_OPEN_RE, _plants_counted)


def other_plant_only(condition_words: str, text: str) -> str | None:
    """The plants the facts name, where the condition counts only plants they do not name; None otherwise."""
    return other_kinds_only(PLANTS, condition_words, text)


# a weight of what holds the drug, not of the drug: 两个包装袋各重0.4克
WRAPPING_BEFORE_RE = re.compile(r"(?:包装|袋|盒|瓶|容器|锡纸|皮重)[^，。；]{0,6}$")
# a weight with its wrapping, said in its clause: 11.2克系连同三个塑封袋称得的毛重, 毛重0.42盎司（约11.9克）
GROSS_CLAUSE_RE = re.compile(r"毛重|连同|含[^，。；]{0,4}?(?:包装|袋|盒|瓶)|包装在内|带包装")
GROSS_LOOKBACK = 12         # characters before the weight its wrapping may be named in (（含塑封袋），重量11.2克)
CARRIED_QUALIFIERS = (None, "约", "左右")     # not a bound (远不足十克): a comparison with the line, no weighing
WEIGHED_DRUGS = frozenset({"甲基苯丙胺", "海洛因", "鸦片"})     # 刑法第三百四十八条's named drugs, counted by weight


def with_drug_kind(text: str, facts: list) -> list:
    """The facts, a weight whose own words name no drug given the one drug the whole text names (经鉴定均检出甲基苯丙胺
    成分…扣除包装后净重合计恰为10.0克: probe 65a XA32 asked how much 甲基苯丙胺 there was). Not where the text names
    several drugs or leaves the kind open, nor a wrapping's weight."""
    named = DRUGS.named(text)
    if named is None or len(named) != 1 or not named <= WEIGHED_DRUGS:
        return facts
    kind = next(iter(named))         # a weighed drug's first word is its name (DRUG_WORDS)
    out = []
    for f in facts:
        before = f.context.partition("|")[0]
        if (f.quantity.unit != "千克" or any(w in f.context for _, ws in DRUG_WORDS for w in ws)
                or WRAPPING_BEFORE_RE.search(before)
                or f.quantity.qualifier not in CARRIED_QUALIFIERS
                or GROSS_CLAUSE_RE.search(text, max(0, f.quantity.start - GROSS_LOOKBACK),
                                          clause_bounds(text, f.quantity.start, f.quantity.end)[1])):
            out.append(f)
            continue
        out.append(replace(f, context=kind + "，" + f.context))
    return out
