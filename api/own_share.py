"""A stated total less the part the text then says is not this person's or not the counted thing:
冰毒10克，其中3克系同住人李某所有 is 7克 held (刑法第三百五十七条第二款 counts the drugs 查证属实 as his);
淫秽视频20个，经鉴定其中5个不属于淫秽物品 is 15. Read as the total, each met a threshold the own part does not.
A share a partner took of a joint act stays in (其中3000元系合伙人赵某个人所得: the 抽头 was theirs together)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .holder import NAMED_PERSON
from .spans import sentence_bounds

PART_RE = re.compile(r"其中")
PART_WINDOW = 8          # characters after 其中 in which the part's number stands
# who else, then what makes the part theirs: 系同住人李某所有, 系网友上传, 系李某单独介绍、与陈某无关
OTHERS_RE = re.compile(r"^(?:系|为|是|属于|属)[^，。；]{0,12}?(?:他人|别人|其他人|网友|同住人|朋友|亲属|家人|[\u4e00-\u9fa5]某|"
                       r"另一(?:家)?(?:企业|公司|单位|工厂|厂)|其他(?:企业|公司|单位|工厂|厂))"
                       r"[^，。；]{0,10}?(?:所有|所为|上传|单独|无关|提供|购买|持有|介绍|实施|寄存|遗留|所致|造成|导致|另行|盗伐|滥伐|所伐|砍伐)")
JOINT_RE = re.compile(r"合伙|同伙|共同|本人|自己")
# the part is not the thing counted: 其中5个不属于淫秽物品, 其中150张经鉴定并非淫秽
NOT_THING_RE = re.compile(r"^[^，。；]{0,6}?(?:不属于|不是|并非|不构成|有真实(?:的)?(?:业务|交易)|系真实(?:的)?(?:业务|交易))"
                          # harm of another event: 其中一人是散场后在场外另一起交通事故中受伤的 (probe 38f F43 met 重伤三人)
                          r"|^[^，。；]{0,4}?(?:是|系)[^，。；]{0,16}?(?:另一?起|其他|别的)[^，。；]{0,4}?(?:事故|事件|案件|纠纷)")
# the only part that is the offender's: 其中只有3立方米是其盗伐的, 其中仅2吨系其倾倒 (probe 31b: the 6立方米 carried went on counting)
ONLY_PART_WINDOW = 24     # 其中超出采伐许可证范围的部分为15立方米: the words before the part are long
ONLY_OWN_LEAD_RE = re.compile(r"^(?:只有|仅有|仅|只)$|^[^，。；]{0,12}?(?:超出|超过|违反)[^，。；]{0,12}?部分(?:为|是|共)?$")
# the only own part, or the only part that is the counted thing (其中仅1吨属于危险废物; probe 31d met 三吨 on 固体废物5吨)
ONLY_OWN_RE = re.compile(r"[^，。；]{0,6}?(?:(?:是|系|为)(?:其|他|她|行为人|当事人)(?:本人)?(?!他人)|属于|系|为|具有|具备)|\s*$|\s*[，。；]")
# without 仅: 其中2吨属于危险废物, 其中2吨系危险废物 name the part that is the thing (probe 31f: the 5吨 total met 三吨)
PART_IS_THING_RE = re.compile(r"[^，。；]{0,6}?(?:属于|系(?=[^，。；]{0,8}?(?:废物|物品|毒品|药品|产品|商品|制品)))(?!他人|其他|别人)")
SAME_COUNT = {"人次": "次", "次": "次"}     # 介绍卖淫2人次，其中1次系李某单独介绍


# the part's own words say it is not counted: 其中重复及无效信息6000条 (个人信息解释（2017）第十一条第三款: 信息不真实或者
# 重复的除外)
NOT_COUNTED_LEAD_RE = re.compile(r"重复|无效|不真实|虚假|无法识别|空号")


def _lead_not_counted(lead: str) -> str | None:
    return "系重复、无效或不真实的部分，不计入" if NOT_COUNTED_LEAD_RE.search(lead) else None


# a part already dealt with: 其中2021年度逃税8万元已被税务机关行政处理, 其中10立方米系2022年所伐，已被林业局行政处罚. The law
# adds up only what is 未经处理 (刑法第二百零一条第三款 and 税收解释（2024）第四条, 森林资源解释（2023）第九条, 野生动物解释（2022）
# 第十二条)
HANDLED_RE = re.compile(r"[^。；]{0,16}?已(?:经)?(?:被)?[^。；，]{0,10}?(?:行政处罚|处罚|行政处理|处理|罚款|处罚过)")
HANDLED_PART_WINDOW = 16


def _a_year(f) -> bool:
    return f.quantity.unit == "年" and f.quantity.value >= 1900


def _already_handled(rest: str) -> str | None:
    return "已经处理（行政处罚或者行政处理），累计数额只计未经处理的部分" if HANDLED_RE.match(rest) else None


# the part's words after it say it is not counted (probe 31d: each total met its threshold whole): 其中3万元所售产品经检验为合格
# 产品, 其中4000条系重复信息 / 经核实为虚假信息, 其中10立方米已办理采伐许可证, 其中80万元系向亲友定向吸收 / 系其本人及家人
# 的自有资金, 其中30万元系在合法矿区范围内持证开采, 其中4100元系被害人虚报, 其中4.8万元系正常借贷往来, 其中1200条系从合法渠道购进
NOT_COUNTED_AFTER_RE = re.compile(r"^[^，。；]{0,16}?(?:不具备|不具有|(?<!不)合格|重复|虚假|无效|不真实|雪茄|一般(?:工业)?固体废物|一般固废|已办理[^，。；]{0,6}?(?:许可|审批|手续)|合法|持证"
                                  r"|自有资金|亲友|定向|虚报|正常借贷|借贷往来|有真实|真实交易|真实业务)")


def _why_not_own(rest: str) -> str | None:
    if NOT_THING_RE.match(rest):
        return "不属于所计之物"
    if NOT_COUNTED_AFTER_RE.match(rest) and not re.match(r"^[^，。；]{0,16}?(?:不合法|非法|无证|未办理|未经许可|超出)", rest):
        return "依所述不计入（合格、重复或虚假、已获许可或合法、非向社会公众等）"
    if OTHERS_RE.match(rest) and not JOINT_RE.search(rest[:OTHERS_RE.match(rest).end()]):
        return "系他人所有或所为"
    return None


# a part named by the quality the law counts (其中经检验不合格的电线销售金额为1万元, 其中明知是假冒注册商标的手机壳销售
#金额为2万元): that part is the sum, the rest of the total is sound goods; and a total the text says is only partly of
# that quality with no figure for the part (经抽检仅部分批次不合格) counts nothing yet
QUALITY_WORDS = r"(?:不合格|以次充好|以假充真|冒充|假冒|伪劣|掺杂|掺假|不符合|有毒|有害|劣药|假药|侵权)"
QUALITY_PART_RE = re.compile(rf"其中[^，。；]{{0,16}}?{QUALITY_WORDS}")
MIXED_TOTAL_RE = re.compile(rf"(?:仅|只有|其中)?部分(?:批次|产品|商品|货物)?[^，。；]{{0,4}}?{QUALITY_WORDS}")


def _quality_parts(text: str, facts: list) -> list:
    """The facts without a total whose counted part the text gives or leaves open (see QUALITY_PART_RE)."""
    out = list(facts)
    for m in [*QUALITY_PART_RE.finditer(text), *MIXED_TOTAL_RE.finditer(text)]:
        sentence_start = sentence_bounds(text, m.start(), m.end())[0]
        totals = [f for f in out if sentence_start <= f.quantity.end <= m.start()]
        if totals and m.group(0).startswith("其中") and not any(m.start() < f.quantity.start for f in out
                                                             if f.quantity.unit == totals[-1].quantity.unit):
            continue        # 其中…不合格 with no figure after it: no part stated, the total is asked about below
        if totals:
            out.remove(totals[-1])
    return out


# one member's part of a group's total: 团伙非法经营数额共计12万元，其中张某仅参与其中一次运输，经手卷烟价值1.5万元; 其中
# 业务员李某经手吸收资金30万元. Whose figure the question is about decides: the member's where the text asks of the member
# (张某个人是否达到…), and neither is sure where it does not (each is asked for)
MEMBER_PART_RE = re.compile(rf"(?:其中|[，,](?={NAMED_PERSON}系从犯))(?:业务员|从犯|成员|员工|职工)?"
                            rf"(?P<name>{NAMED_PERSON})(?:系从犯，?)?[^。；]{{0,16}}?(?:参与|经手|负责|个人|本人|仅)")
GROUP_WORDS_RE = re.compile(r"团伙|共计|合计|累计|总计|共同|伙同|公司")


def _member_parts(text: str, facts: list) -> list:
    """The facts without a group's total where a member's own part follows it (see MEMBER_PART_RE); the member's
    part is dropped too unless the text asks of that member (张某个人是否…, 李某本人)."""
    out = list(facts)
    for m in MEMBER_PART_RE.finditer(text):
        sentence_start, sentence_end = sentence_bounds(text, m.start(), m.end())
        totals = [f for f in out if sentence_start <= f.quantity.end <= m.start()]
        if not totals or not GROUP_WORDS_RE.search(text[sentence_start:m.start()]):
            continue
        total = totals[-1]
        part = next((f for f in out if m.start() < f.quantity.start < sentence_end
                     and f.quantity.unit == total.quantity.unit), None)
        if part is None or part.quantity.value >= total.quantity.value:
            continue
        out.remove(total)
        if not re.search(re.escape(m["name"]) + r"(?:个人|本人|是否|能否|够不够|应否)", text[m.end():]):
            out.remove(part)
    return out


# the volume a felling licence allowed: 许可采伐量为30立方米，实际采伐杉木45立方米 fells 15 beyond it (森林资源解释（2023）
# 第五条（一）（三） 违反采伐许可证规定的…数量; 立案追诉标准（一）第七十三条 counts 滥伐 beyond the allowed figure)
LICENSED_RE = re.compile(r"许可(?:采伐)?(?:量|数量|蓄积)|采伐许可证(?:规定|核定|批准|许可)的?(?:数量|采伐量|蓄积)|批准采伐")
ITEM_START = "，,。；;、"


def _beyond_licence(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with a felled volume stated beside the licensed one replaced by what was felled beyond it."""
    def item(f) -> str:
        return text[max(text.rfind(ch, 0, f.quantity.start) for ch in ITEM_START) + 1:f.quantity.start]
    licensed = [f for f in facts if LICENSED_RE.search(item(f))]
    if len(licensed) != 1:
        return facts
    allowed = licensed[0]
    felled = [f for f in facts if f is not allowed and f.quantity.unit == allowed.quantity.unit
              and f.quantity.value > allowed.quantity.value and "采伐" in item(f)]
    if len(felled) != 1:
        return facts
    out = [f for f in facts if f is not allowed]
    beyond = replace(felled[0].quantity, value=felled[0].quantity.value - allowed.quantity.value, upper=None)
    note = f"实际采伐{felled[0].quantity.raw}中扣除采伐许可证许可的{allowed.quantity.raw}，超出许可数量的部分"
    out[out.index(felled[0])] = make_fact(beyond, felled[0].context, note)
    return out


def own_shares(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with each total that a 其中… part excludes from replaced by total less part (its note says so)
    and the part itself dropped; a total whose part is in another unit is dropped, so it is asked for."""
    out = _beyond_licence(text, _member_parts(text, _quality_parts(text, facts)), make_fact)
    for m in PART_RE.finditer(text):
        candidates = [f for f in out if not _a_year(f)]        # 其中2021年度逃税8万元: 2021年 is when, not a part
        part = next((f for f in candidates if m.end() <= f.quantity.start <= m.end() + PART_WINDOW), None)
        part = part or next((f for f in candidates if m.end() <= f.quantity.start <= m.end() + HANDLED_PART_WINDOW
                             and HANDLED_RE.match(text, f.quantity.end)), None)
        part = part or next((f for f in candidates if m.end() <= f.quantity.start <= m.end() + ONLY_PART_WINDOW
                             and ONLY_OWN_LEAD_RE.search(text[m.end():f.quantity.start])), None)
        if part is None:
            continue
        why = (_why_not_own(text[part.quantity.end:]) or _lead_not_counted(text[m.end():part.quantity.start])
               or _already_handled(text[part.quantity.end:]))
        only_own = why is None and ((ONLY_OWN_LEAD_RE.search(text[m.end():part.quantity.start])
                                     and ONLY_OWN_RE.match(text, part.quantity.end))
                                    or (m.end() == part.quantity.start and PART_IS_THING_RE.match(text, part.quantity.end)))
        if why is None and not only_own:
            continue
        sentence_start = sentence_bounds(text, m.start(), m.end())[0]
        totals = [f for f in out if sentence_start <= f.quantity.end <= m.start()]
        if not totals:
            continue
        total = totals[-1]
        out.remove(part)
        unit = SAME_COUNT.get(total.quantity.unit, total.quantity.unit)
        if unit != SAME_COUNT.get(part.quantity.unit, part.quantity.unit) or part.quantity.value > total.quantity.value:
            out.remove(total)
            continue
        if only_own:            # 共运走6立方米，其中只有3立方米是其盗伐的: the part is the offender's, the rest is not
            out.insert(out.index(total), make_fact(part.quantity, total.context, f"{total.quantity.raw}中只有{part.quantity.raw}是行为人的"))
            out.remove(total)
            continue
        own = replace(total.quantity, value=total.quantity.value - part.quantity.value, upper=None)
        note = f"{total.quantity.raw}中扣除其中{part.quantity.raw}，{why}"
        out[out.index(total)] = make_fact(own, total.context, note)
    return out
