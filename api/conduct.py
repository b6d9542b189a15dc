"""An offense's conduct, which its threshold items take for granted (corpus/data/offense_conduct/).

Filing items count amounts and consequences: 涉案林木立木蓄积二十立方米以上, 造成就诊人死亡, 价值五万元.
Read alone they meet any offense that shares the amount, so a rolled-over tractor that killed one met
非法进行节育手术罪 and 砍了三十立方米杉木 met 非法收购、运输盗伐、滥伐的林木罪, though nobody bought or
carried anything. A verdict is "met" only where the facts also state the offense's act: the text names
the offense (by name or act phrase), or says one of the words the table lists for its act. Otherwise the
answer is undecided and asks for the act in the law's words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location
from corpus.denial import DENIED_BEFORE_RE, not_done

from .appeal import overturned_on_appeal
from .asking import CHARGE_START_RE, asked_or_argued, asks, in_charge_label, opens_on_view
from . import prior_penalty
from .spans import open_lead
from .stated_standard import in_standard_statement
from .verdict import STATUS_UNKNOWN, by_another, clause_bounds, denied_clause_lead, in_quoted_claim, names_a_doer

CONDUCT_DIR = Path(__file__).resolve().parents[1] / "corpus" / "data" / "offense_conduct"
GAP = "…"               # in a phrase: the parts in this order, within one sentence
GAP_CHARS = 12          # characters a gap may span (采伐…林木: 采伐了村集体的杉木林木)
DENIAL_WINDOW = 8       # characters before a phrase read for its denial (并未砍伐)
# 未检出有毒有害物质, 负责人不存在违反安全管理规定的行为, 均不涉及假冒他人注册商标
NEGATED_BEFORE_RE = re.compile(r"(?:没|无|未|不|非|并未|没有)(?:有|曾|再|算|是|属于|存在|具有|涉及)?(?:检出|检测出|查出|发现)?$")
# another's act as an attribute of what this person handled: 收购盗伐的林木, 明知是村民偷砍的松木仍买下
ATTRIBUTE_BEFORE_RE = re.compile(r"(?:明知是|明知系|收购|购买|收买|买下|运输|代为销售|窝藏|转移)")
# (and hiding a person: 明知陈某系逃离部队的军人，将其藏匿在自家地窖, probe 95b)
HANDLING_RE = re.compile(r"收购|购买|收买|买下|运输|销售|出售|持有|使用|窝藏|转移|藏匿|藏在|收留|隐藏")


@dataclass(frozen=True)
class Conduct:
    offense: str
    unit: str                      # where the law states the act
    conduct: str                   # the law's words for it, quoted from unit
    stated_by: tuple[str, ...]     # words by which facts state it (GAP between parts)
    pattern: re.Pattern            # any of them, the longer first where two start at one place


def _pattern(phrases) -> re.Pattern:
    """One alternation for all of an offense's phrases: ten thousand separate patterns took 4 s to compile."""
    # (the shortest gap: its last words nearest, so a denial before them is seen: 所标适应症未超出规定范围，仅超过有效期 states
    # no 适应症…超; probe 46a EA19 met 假药 on the farther 超)
    gap = f"[^。；！？\n]{{0,{GAP_CHARS}}}?"
    ordered = sorted(phrases, key=lambda p: len(p.replace(GAP, "")), reverse=True)
    return re.compile("|".join(gap.join(re.escape(part) for part in p.split(GAP)) for p in ordered))


@lru_cache(maxsize=2)
def conducts(directory: Path = CONDUCT_DIR) -> dict[str, Conduct]:
    """offense name → its conduct entry, from every table in the directory; a slip names file:line."""
    out: dict[str, Conduct] = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        for entry in load_table(path) or []:
            checked(entry, path, ("offense", "unit", "conduct", "stated_by"), name_field="offense")
            if entry["offense"] in out:
                raise CuratedTableError(f"{location(path, entry, entry['offense'])}: the offense has an entry already")
            words = entry["stated_by"]
            if not isinstance(words, list) or not all(isinstance(w, str) and len(w.replace(GAP, "")) >= 2 for w in words):
                raise CuratedTableError(f"{location(path, entry, entry['offense'])}: field 'stated_by' must list "
                                        f"phrases of two characters or more")
            if any(not part for w in words for part in w.split(GAP)):
                raise CuratedTableError(f"{location(path, entry, entry['offense'])}: field 'stated_by' has an empty "
                                        f"part around {GAP}")
            out[entry["offense"]] = Conduct(entry["offense"], entry["unit"], entry["conduct"], tuple(words), _pattern(words))
    return out


# (an official's view too: 侦查人员认为，未经批准进口的药品即属假药 states no 假药, probe 47a FA40 met it)
# (and a witness's account: 另有工人称宿舍可自由出入，锁门是为了防盗, probe 47c FC36 met 强迫劳动罪 on its 锁门)
REPORTED_BEFORE_RE = re.compile(r"(?:同事|有人|家属|律师|辩护人|人员|民警|承办人|办案人|经办人|有意见|有观点|工人|员工|村民|群众|证人|被害人|玩家|"
                                r"邻居|路人|网友|买家|顾客|乘客|住户|居民|租户)(?:说|认为|称|主张|提出|反映|陈述)")
REPORTED_WINDOW = 20    # characters before the clause read for whose words it reports
# an informant's or complainant's word that runs on by commas to the act (举报人称，某旅行社负责人王某…组织15名游客…，属于组织他人
# 偷越国（边）境“人数众多”: probe 87b met 组织他人偷越国（边）境罪 on it), with nothing found between
# (what an informant says, not a finding that follows a tip-off: 据群众举报，被告人张某在其家中容留… is the court's finding)
INFORMANT_SAYS_RE = re.compile(r"举报(?:人|信|材料)?称|举报(?:人|信|材料)反映称?|报案人称|投诉(?:人)?称|反映称")
INFORMANT_TURN_RE = re.compile(r"但|然而|不过|经查|查明|查证|证实|核实|属实|实际|事实上")


# an appraisal naming what a thing is, not the act of making it (35张确认为伪造货币; 经鉴定均为伪造货币: consultation met 伪造货币罪 on
# a holder's notes, session 57). Only for a phrase that opens on the making (伪造, 变造): 认定为恐怖活动组织, 确认是假种子 name the
# thing another act was done on, as the conduct reads them.
APPRAISED_AS_BEFORE_RE = re.compile(r"(?:确认|认定|鉴定|鉴别|检验|核实)[^。；]{0,8}?(?:均|都|全部)?(?:为|是|系)$")
APPRAISED_REACH = 14    # characters before the phrase read for the appraisal (经鉴定，43张均为伪造货币)
MADE_AS_KIND = ("伪造", "变造")


def _informant_says(text: str, start: int) -> bool:
    """The words at `start` run on from an informant's in their sentence, no finding or turn between."""
    return open_lead(text, start, INFORMANT_SAYS_RE, INFORMANT_TURN_RE) is not None


# the notice or order the act answers, denied as issued: 消防部门此前没有对该厂下过责令改正通知书
NOT_ISSUED_RE = re.compile(r"(?:没有|并未|从未|未曾|未)[^，。；]{0,6}?(?:下过|下达过?|下发过?|发出过?|送达过?|收到过?|出具过?|责令过?)")
# someone else's act where the phrase ends on the act: 不能证明其明知木材系他人滥伐所得 states no 滥伐 by this
# person (向他人销售, 帮助他人走私 and 砍伐他人林木 are this person's acts; 收购他人盗伐的杉木 is the buyer's)
OTHERS_ACT_RE = re.compile(r"(?<![向为给助])(?:他人|别人)(?:盗伐|滥伐|偷伐|砍伐|盗窃|走私|贩卖|制造|生产|销售|捕捞|猎捕|采矿)$")


# the act named as whose proceeds they are: 为其窝藏贩毒所得现金 is no selling of this person's
PROCEEDS_AFTER_RE = re.compile(r"(?:的)?(?:所得|赃款|赃物|获利的?钱)")


# the act named as what another act serves: 骗取护照两份，为组织他人偷越国境使用 is 第三百一十九条's purpose, not 组织
PURPOSE_USE_RE = re.compile(r"^[^，。；]{0,12}(?:使用|所用|之用|做准备|准备)")


def _purpose_of_another_act(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1):start] == "为" and bool(PURPOSE_USE_RE.match(text[end:]))


# not found to be done: 未发现有人强令工人作业 (probe 26s: met 强令、组织他人违章冒险作业罪); kept here, not in
# corpus/denial.py, whose words are part of the charge predictor's feature signature
NOT_FOUND_DOING_RE = re.compile(r"(?:未|没|没有|并未|尚未)(?:发现|查明|查实|查到|检出|检测出)(?:有人|任何人|其|他人)?(?:有)?(?:添加|掺入|加入|使用)?$")   # 没查到添加非食品原料


# a clause that opens with its denial, the act's words further on: 没有添加任何非食品原料
# (不是拿别的药冒充的 denies the 冒充: probe 40a P27 met 假药 on it; 不存在以他药冒充 too, probe 43a X19)
# a clause that opens on what was looked for and not found denies all of it: 未发现以他药冒充或超范围标注功能主治 (probe 44a
# AA18 met 假药 on its 功能主治)
LICENCE_WORDS_RE = re.compile(r"许可|证|手续|资质|资格|批准|执照|登记|审批|备案|执业")
# a situation denied as a whole, however long the list it names (不存在以非药品冒充药品或以他种药品冒充此种药品的情形:
# probe 75a met 假药 on its second 冒充, past DENIED_LEAD_RE's reach)
DENIED_SITUATION_RE = re.compile(r"(?:并?不存在|并无|未发现|没有发现)[^，。；：:]{2,48}?的(?:情形|情况|行为|事实)")
NOT_FOUND_LEAD_RE = denied_clause_lead("未发现|没有发现|没发现|未见|未查见", 24)
DENIED_LEAD_RE = denied_clause_lead("没有|没|未|并未|从未|不曾|(?:并?不存在)|(?:不是|并非|不是说)(?=拿|用|以|把)", 10)


# felling done as the licence allows: 国有林场按采伐许可证把一片杉木伐倒后 (probe 39a H36 met 盗伐林木罪 on it for a villager
# who carried off the felled logs and never cut a tree)
LICENSED_FELLING_RE = re.compile(r"按(?:照)?[^，。；]{0,4}?(?:采伐|砍伐)?许可证(?!规定)|依法(?:采伐|砍伐)|合法(?:采伐|砍伐)")

# a limit said not passed, inside the phrase matched: 功能主治未超范围 (probe 62a UA40 met 假药 on its 功能主治)
NOT_EXCEEDED_RE = re.compile(r"(?:未|没有|没|不|并未|均未)(?:超出|超过|超)")

# what cannot be found: 不能据以认定假药 (probe 52a KA40 met 销售假药 on it)
CANNOT_FIND_BEFORE_RE = re.compile(r"(?:不能|不应|不宜|无法|不得|不予)(?:据以|据此|以此)?(?:认定(?:为|系)?)?$")

# the offense's name denied: 不构成强迫劳动 (probe 56c PC37 read it as the act)
NOT_THE_OFFENSE_RE = re.compile(r"(?:不构成|不成立|不涉嫌|不属于|不能认定为?|不应认定为?)$")
# the same with the law that defines the thing between: 涉案药品不属于药品管理法规定的假药 (probe 72a BA18 met 销售假药 on it)
NOT_OF_DEFINED_KIND_RE = re.compile(r"(?:不属于|不是|并非|不构成|不能认定为?)[^，。；]{0,14}?(?:规定|所称|所说|定义|列明)的$")
# only supposed (辖区一家药店可能在卖假药: probe 36d D18 met 假药 on it)
HEDGED_BEFORE_RE = re.compile(r"可能|或许|也许|疑似|怀疑|据说|听说|有人说")
DEFENCE_BEFORE_RE = re.compile(r"辩称|辩解|声称|坚称|咬定")
# a named party's bare 称 explaining the act away: 司某称锁门是为了防盗 (probe 65c XC31); not 张某称对无证开采不知情, whose
# act the facts go on to find
NAMED_SAY_BEFORE_RE = re.compile(r"[\u4e00-\u9fa5]某某?(?:本人)?称(?![为作])")
EXPLAINED_AFTER_RE = re.compile(r"(?:是|系|只是|仅是)(?:为了|因为|出于|用于|用来)")


def _denied(text: str, start: int, end: int) -> bool:
    """Denied, asked or argued, or another's act: another's act qualifying the thing handled (明知是…的,
    收购…的: an act of handling earlier in the clause, a 的 after the match in it) or ending the phrase."""
    before = text[max(0, start - DENIAL_WINDOW):start]
    if (DENIED_BEFORE_RE.search(before) or NEGATED_BEFORE_RE.search(before) or NOT_FOUND_DOING_RE.search(before)
            or NOT_THE_OFFENSE_RE.search(before)
            or CANNOT_FIND_BEFORE_RE.search(before)):
        return True
    # (the phrase itself may hold them: 消防部门…没有…下过…责令, 木材系他人滥伐, 功能主治未超范围)
    # (not an omission the phrase states itself: 未责令整改 is 玩忽职守's act, probe 99a)
    omission = text[start] in "未没不"
    if ((NOT_ISSUED_RE.search(text[max(0, start - 14):end]) and not omission) or NOT_EXCEEDED_RE.search(text, start, end) or OTHERS_ACT_RE.search(text[max(0, start - 2):end])
            or by_another(text, start) or names_a_doer(text, end) or PROCEEDS_AFTER_RE.match(text, end) or _purpose_of_another_act(text, start, end)):
        return True
    left, right = clause_bounds(text, start, end)
    clause = text[left:right]
    if any(m.start() <= start - left and end - left <= m.end() for m in DENIED_SITUATION_RE.finditer(clause)):
        return True
    if (DENIED_LEAD_RE.match(text, left, start) or NOT_FOUND_LEAD_RE.match(text, left, start) or LICENSED_FELLING_RE.search(clause)
            or NOT_OF_DEFINED_KIND_RE.search(text, left, start)):
        return True               # 没有添加任何非食品原料或禁用物质 (probe 38g G18 met 有毒、有害食品 on it)
    # asked by its words or by its end (能按销售假药罪移送吗？ 够不够…假药罪立案？: probe 36a met 假药 on the question)
    # (or a party's label quoted: 执法人员在笔录中称其为“过期假药”, probe 46a EA19)
    if (asks(text, left, right) or REPORTED_BEFORE_RE.search(text[max(0, left - REPORTED_WINDOW):start]) or _informant_says(text, start)
            or (text.startswith(MADE_AS_KIND, start) and APPRAISED_AS_BEFORE_RE.search(text, max(0, start - APPRAISED_REACH), start))
            or opens_on_view(text, left, start)
            or HEDGED_BEFORE_RE.search(text, left, start) or in_quoted_claim(text, start)
            # what the party argues in defence (龚某辩称锁门系为防盗: probe 63c VC34 met 强迫劳动 on its 锁门)
            or DEFENCE_BEFORE_RE.search(text, left, start)
            or (NAMED_SAY_BEFORE_RE.search(text, left, start) and EXPLAINED_AFTER_RE.match(text, end))):
        return True
    if in_charge_label(text, start, end) or overturned_on_appeal(text, start, end):
        return True               # 林业局认为章某涉嫌盗伐林木罪: a view of the facts; 一审认定为假药 the appeal overturned
    # not done (未为毒贩提供, 答应为…提供, 举报称…), or the act of an earlier penalty (曾因走私毒品被行政处罚)
    if not_done(text[left:start]) or prior_penalty.in_earlier_penalty(text, start):
        return True
    own_act = HANDLING_RE.search(text[start:end])      # 伪造的…发票而持有: the match reaches this person's act
    return "的" in text[start:right] and bool(ATTRIBUTE_BEFORE_RE.search(text[left:start])) and not own_act


# the offense named for its standard, not its act: 本省拒不支付劳动报酬罪“数额较大”标准为… (probe 66a YA19 met on it)
STANDARD_AFTER_RE = re.compile(r"[“\"]?(?:数额较大|数额巨大|情节严重|情节恶劣)?[”\"]?(?:的)?(?:立案|追诉|入罪)?(?:标准|起点)")


def named_in_statement(text: str, phrase: str) -> bool:
    """The text names the offense (by `phrase`, its name or act phrase) in a statement, not only in the
    question it asks: 商场发生火灾致1人死亡，够消防责任事故罪吗？ names the offense to ask about it, which
    states none of its act (经消防监督机构通知…而拒绝执行), 明知是他人集资诈骗所得 names another's and 明知是滥伐的林木
    而予以运输 names what was carried, not this person's act (read as conduct is: _denied). A phrase
    the text does not hold: True (named some other way)."""
    found = list(re.finditer(re.escape(phrase), text))
    if not found:
        return True
    def asked(left: int, right: int) -> bool:
        return asks(text, left, right) or bool(CHARGE_START_RE.search(text[left:right]))
    return any(not asked(*clause_bounds(text, m.start(), m.end())) and not _denied(text, m.start(), m.end())
               and not STANDARD_AFTER_RE.match(text, m.end()) for m in found)



def _last_part_denied(conduct: Conduct, text: str, m: re.Match) -> bool:
    """A phrase with a gap whose last words are denied in the gap: 招股说明书中如实披露，未隐瞒 (招股说明书…隐瞒)."""
    said = m.group(0)
    for word in conduct.stated_by:
        first, *_, last = word.split(GAP) if GAP in word else (word, word)
        if GAP in word and said.startswith(first) and said.endswith(last):
            gap = text[m.start() + len(first):m.end() - len(last)]
            # (or the last words open a clause of their own that denies them: 该药品未变质，不存在以非药品冒充, probe 75a;
            # not a licence lacked: 集体林地，没有采伐许可证，锯倒… states the felling)
            cut = max(gap.rfind(ch) for ch in "，,") + 1
            tail_start = m.start() + len(first) + cut
            denied_tail = (cut > 0 and DENIED_LEAD_RE.match(gap[cut:]) is not None
                           and not LICENCE_WORDS_RE.search(text, tail_start, clause_bounds(text, m.end(), m.end())[1]))
            return bool(DENIED_BEFORE_RE.search(gap) or NEGATED_BEFORE_RE.search(gap) or denied_tail)
    return False


def stated_conduct(conduct: Conduct, text: str) -> str | None:
    """The clauses of the text that state the act, not denied, asked or argued; None if none do."""
    at = 0
    while (m := conduct.pattern.search(text, at)) is not None:
        if not _denied(text, m.start(), m.end()) and not _last_part_denied(conduct, text, m) \
                and not _generic_fake(conduct, text, m) and not in_standard_statement(text, m.start()):
            left, right = clause_bounds(text, m.start(), m.end())
            return text[left:right]          # what the officer reads back: 销售以淀粉压制冒充的降压药，经…认定为假药
        # a denied match may hold a stated one (没有采伐许可证，擅自砍伐…), but not one starting inside its first
        # word: 明知是滥伐的林木 holds 伐…林木
        at = m.start() + 2
    return None


GENERIC_FAKE = "假冒伪劣"


def _generic_fake(conduct: Conduct, text: str, m: re.Match) -> bool:
    """The match's 假冒 is only the common word 假冒伪劣 (fake and shoddy goods), which names no trademark or patent:
    明知孙某生产假冒伪劣卷烟 met 销售假冒注册商标的商品罪 (probe 26m). Not for an act the word itself states."""
    if GENERIC_FAKE in conduct.stated_by:
        return False
    heads = [i for i in range(m.start(), m.end()) if text.startswith("假冒", i)]
    return bool(heads) and all(text.startswith(GENERIC_FAKE, i) for i in heads)


def act_in(offense: str, text: str, named: bool) -> dict | None:
    """The offense's act and the words of the text that state it (stated: None where none do); None for an
    offense without an entry. `named`: the text names the offense (by name or act phrase), which states
    the act too. The requirements that restate the act read it (api/verdict.py), and with_conduct."""
    conduct = conducts().get(offense)
    if conduct is None:
        return None
    return {"text": conduct.conduct, "unit": conduct.unit, "stated": stated_conduct(conduct, text), "named": named,
            "name": offense.removesuffix("罪")}


def with_conduct(verdict: dict, act: dict | None) -> dict:
    """The verdict, unless it is met on facts that neither name the offense nor state its act (act_in):
    then undecided, asking for the act in the law's words."""
    if act is None or verdict["status"] != "met":
        return verdict
    shown = {"text": act["text"], "unit": act["unit"], "stated": act["stated"]}
    if act["named"] or act["stated"]:
        return {**verdict, "conduct": shown}
    note = f"所述数额、情节达到本罪标准，但案情未写明本罪的行为（“{act['text']}”），不能据此认定已达到立案追诉标准。"
    return {**verdict, "status": STATUS_UNKNOWN, "questions": [f"是否有“{act['text']}”的行为？"] + verdict["questions"],
            "notes": [note] + verdict["notes"], "conduct": shown}
