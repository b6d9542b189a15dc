"""Threshold clauses (立案追诉标准, 司法解释 数额/情节 standards) as structured records.

Two official shapes are read:
- judicial interpretations: "…具有下列情形之一的，应当认定为刑法第X条第Y款规定的“情节严重”：（一）…"
  and "…十万元以上、五十万元以上的，应当分别认定为刑法第二百零一条第一款规定的“数额较大”“数额巨大”";
- 立案追诉标准 (type: standard): "第X条 ［罪名（刑法第N条）］ …，涉嫌下列情形之一的，应予立案追诉：（一）…".
Every number comes from the quoted source text; nothing is filled in.

The model a verdict needs: a Standard is a list of alternatives (the enumerated items (一)(二)…, and
quantities joined by 或者/、); every alternative is a conjunction of numeric Conditions (且/并且/同时
join them) and qualitative Requirements (在禁采区、禁采期内, 造成就诊人轻度残疾) that only stated facts
can satisfy. A standard is the filing threshold (入罪/立案追诉) or an aggravating tier (数额巨大,
情节特别严重), read from where its term stands in the 刑法 article it interprets; conjuncts the 刑法
article itself adds ("数额较大并且占应纳税额百分之十以上") join every alternative. A 待核 article keeps
its note in `review`.
"""
from __future__ import annotations

import copy
import itertools
import math
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from corpus.charges import official_charges
from corpus.model import Document, review_note, strip_review_notes
from corpus.parse import CASE_TYPE_RE
from corpus.quantities import SPAN_OF_TIME, Quantity, bound_of, find_quantities, not_a_number, parse_number

from .citations import REF_RE
from .multiples import computed_multiples
from .proportional import HALVES_OF_TWO_RE, referenced_items
from .weighted_sum import parse as weighted_sum_rule
from corpus.numerals import parse_chinese_int, parse_ordinal

ITEM_RE = re.compile(r"^（([一二三四五六七八九十]+)）")
TERMS_RE = re.compile(r"“([^”]{2,30})”")
# "应当认定为刑法第X条规定的…" and, in older texts, "属于刑法第X条规定的…" both say which term a list defines
DEEM_RE = re.compile(r"认定为|属于(?=刑法)")
HEAD_TARGET_RE = re.compile(r"刑法((?:[、，和及或者]*第[^条]{1,8}条(?:之[一二三四五六七八九十])?(?:第[^款]{1,3}款)?(?:第[^项]{1,3}项)?)+)")
# the heading may carry the compilation's amendment mark: ［生产、销售假药案（刑法第一百四十一条）］（2017年修改）
# 二（一）国家机关工作人员利用职权实施的非法拘禁案: the offense is 非法拘禁罪, the standard holds for a functionary's use of power
BY_FUNCTIONARY = "国家机关工作人员利用职权实施的"
FILING_HEAD_RE = re.compile(r"^第\S+条\s*[［\[【〔]([^］\]】〕]+?)（刑法第([^）]+)）[］\]】〕](?:（\d{4}年[修增][改订加]）)?")
SUB_ITEM_RE = re.compile(r"^(\d+)[.．、]")
EXCLUDED_AFTER = ("规定以外", "规定之外", "以外")
PERCENT_RE = re.compile(r"(?:百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)|([0-9０-９]+(?:\.[0-9]+)?)\s*[%％])"
                        r"(以上|以下|不满|不足|未满)?")
DURATION_UNITS = ("年", "月", "日")
CRIMINAL_LAW_ID = "xingfa"
LAW_PENALTY_RE = re.compile(r"处[^。；]{0,40}?(有期徒刑|拘役|管制|罚金|死刑|无期徒刑)")
AGGRAVATING_WORDS = ("特别", "巨大", "特大")
SAME_AS_FIRST_RE = re.compile(r"具有本条第一款(?:第([一二三四五六七八九十]+)项)?规定(?:的)?情形")
OPS = {"以上": ">=", "以下": "<=", "不满": "<", "不足": "<", "未满": "<", None: ">="}
METRIC_STOP = re.compile(r"[，、；。：,;:（）()“”或和及的在达到造成致使]")
VERB_PREFIXES = ("数额", "累计", "共计", "合计")


@dataclass
class Condition:
    metric: str          # what is counted: 违法所得, 死亡, 黑火药, 逃避缴纳税款 …
    op: str              # >=, <=, <, > (> 0: any amount)
    value: float
    unit: str
    text: str            # the quoted words it was read from
    upper: float | None = None    # "十万元至三十万元以上": provinces choose within [value, upper]
    within_years: float | None = None
    basis: str | None = None      # unit id when the condition comes from the 刑法 article, not the item
    not_for: list[str] | None = None    # offenders the article spares it: 扣缴义务人 owe no 占应纳税额 share
    # what the figure counts besides itself, stated apart (curated: {pattern, basis}): 计算机解释（2011）第十一条第三款's
    # 用户为恢复数据、功能而支出的必要费用 in its 经济损失
    counts_also: dict | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Requirement:
    """A qualitative condition: one of `options` must be stated in the facts (在禁采区 / 禁采期内 …)."""
    text: str
    options: list[str]
    question: str
    act: bool = False     # the offense's own act (a curated 刑法 item): met where the facts state that act in their words
    # names whose denial denies it, one list per part (curated): 不是入户 denies 入户盗窃 though no option is denied
    denied_by: list[list[str]] = field(default_factory=list)
    # patterns of facts that exclude it (curated): 有驾驶证 rules out 无驾驶资格驾驶
    ruled_out_by: list[str] = field(default_factory=list)
    # findings that exclude it even where its words are stated (curated): 核查结论为未危害公共安全 undoes a cut cable that
    # was 正在使用, where a ruled-out fact beside a stated one would only leave it open
    voided_by: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Alternative:
    label: str                     # （一）, or "" for a single-sentence clause
    text: str
    conditions: list[Condition] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    catch_all: bool = False        # "其他情节严重的情形": never decided from facts
    for_subject: str | None = None     # 个人 where another article of the text sets the 单位's own figures

    @property
    def subject(self) -> str | None:
        """个人 or 单位 when the item is limited to one kind of offender."""
        head = MEMBER_OF_UNIT_RE.sub("", self.text[:16])[:12]
        return "单位" if "单位" in head else "个人" if "个人" in head else self.for_subject


@dataclass
class Standard:
    id: str
    doc_id: str
    unit_id: str
    term: str                      # 情节严重, 数额较大, 应予立案追诉 …
    articles: list[tuple[int, int, int | None]]   # 刑法 (number, suffix, clause) the clause interprets
    offense_names: list[str]       # when the text names the offense itself (立案追诉标准)
    subject: str                   # 个人 | 单位 | 不限
    head: str
    alternatives: list[Alternative]
    source_text: str
    effective: str | None
    tier: str = "filing"           # filing (入罪/立案追诉) | aggravating (数额巨大, 情节特别严重 …)
    review: str | None = None      # the 〔待核：…〕 note of an unverified article
    specific: bool = False         # applies the offense to one kind of conduct ("…伪劣卷烟…，以生产、销售伪劣产品罪
                                   # 定罪处罚", "实施本解释规定的…行为"): it adds to the general threshold, never replaces it
    statutory: bool = False        # the 刑法 article's own conditions (corpus/data/statutory_standards.yaml)
    see: list[str] = field(default_factory=list)   # units that explain its terms (危害生产安全解释（二）第三条: 拒不执行)
    replaces_parsed: bool = False  # a curated clause standing in for its unit's parse (土地解释（2000）第三条)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["alternatives"] = [{"label": a.label, "text": a.text, "subject": a.subject,
                              "conditions": [c.to_dict() for c in a.conditions],
                              "requirements": [r.to_dict() for r in a.requirements], "catch_all": a.catch_all}
                             for a in self.alternatives]
        return d


def find_percentages(text: str) -> list[Quantity]:
    """百分之十以上 / 10% → value 10, unit %."""
    out = []
    for m in PERCENT_RE.finditer(text):
        try:
            value = parse_number(m.group(1)) if m.group(1) else parse_number(m.group(2))
        except ValueError:
            continue
        out.append(Quantity(value, "%", m.group(0), m.start(), m.end(), False, bound_of(text, m.start(), m.group(3))))
    return out


# (2.5倍 is two and a half: read from its 5, it met 三倍以上)
COUNT_RE = re.compile(r"(?<![第前本同零〇一二两三四五六七八九十百千万0-9.])([0-9]+(?:\.[0-9]+)?万?|[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二三四五六七八九]+)?)"
                      r"(余|多)?(条|倍|只|头|种|小时|台)"
                      r"(以上|以下|不满|不足|未满)?(?![之款项])")


# minutes, as the hours the law counts in (通信中断42分钟; 1小时22分钟 after an hour count): not a time after which
# something happened (20分钟后民警赶到), nor a clock time (3时32分)
MINUTES_RE = re.compile(r"(?<![第前本同零〇一二两三四五六七八九十百千万0-9.时])([0-9]+|[零〇一二两三四五六七八九十]+)(余|多)?分钟"
                        r"(?!后|之后|以后|内|之内|以内|前|之前)")
MINUTES_AFTER_HOURS_RE = re.compile(r"([0-9]+|[零〇一二两三四五六七八九十]+)分(?:钟)?")


def find_counts(text: str) -> list[Quantity]:
    """五十条 (records of personal information), 三倍 (over an emission standard), 二十只 (animals):
    counts the shared quantity parser does not know; never 第三条 or 前款, nor the 四种 of
    "具有本解释第三条第二款规定的四种情形之一", which points at a list and sets no number."""
    out = []
    for m in COUNT_RE.finditer(text):
        if not_a_number(text, m.start(), m.group(1)) or text.startswith("种情形", m.end(3) - 1):
            continue
        digits = m.group(1)
        try:        # 1万条, 3.5万条: Arabic digits with the 万 scale
            value = parse_number(digits[:-1]) * 10_000 if digits[0].isdigit() and digits.endswith("万") else parse_number(digits)
        except ValueError:
            continue
        end = m.end()
        if m.group(3) == "小时" and not m.group(4) and (minutes := MINUTES_AFTER_HOURS_RE.match(text, end)):
            value += parse_number(minutes.group(1)) / 60      # 1小时22分钟 is more than one hour
            end = minutes.end()
        out.append(Quantity(value, m.group(3), text[m.start():end], m.start(), end, bool(m.group(2)),
                            bound_of(text, m.start(), m.group(4))))
    for m in MINUTES_RE.finditer(text):     # (never the minutes of 1小时22分钟, read above: 时 comes before them)
        if not_a_number(text, m.start(), m.group(1)):
            continue
        try:
            value = parse_number(m.group(1)) / 60
        except ValueError:
            continue
        out.append(Quantity(value, "小时", m.group(0), m.start(), m.end(), bool(m.group(2)), None))
    return out


def find_measures(text: str) -> list[Quantity]:
    """Quantities with units, percentages and counts, in text order: what conditions and facts are made of."""
    return sorted(find_quantities(text) + find_percentages(text) + find_counts(text), key=lambda q: q.start)


METRIC_SPLIT = re.compile(r"[，、；。：,;:（）()“”]|或者|以及|或|和|及(?!其)|并且|且")     # 动植物及其产品 is one thing
LEADING = ("造成", "致使", "导致", "其中", "个人", "单位")
TRAILING = ("在", "达到", "达", "为", "共计", "累计", "合计", "的", "或者", "分别")     # 分别或者合计达到: how, not what


REPUBLIC = "\x00"


def _metric_before(text: str, start: int, since: int = 0) -> str:
    """The words that name what a number measures, back to the previous number or clause: "…矿产资源破坏的
    价值在十万元" → 矿产资源破坏的价值; "提供行踪轨迹信息、通信内容、征信信息、财产信息五十条" and "造成损失数额或者
    因侵犯商业秘密违法所得数额在三十万元" keep every thing the one number counts."""
    window = _unbracketed(text[max(0, since, start - 60):start])
    window = re.split(r"[，；。：,;:（）()“”]", window)[-1]
    window = re.sub(r"^(?:以上|以下|的|或者|或|并且|且|同时|、)+", "", window)
    window = window.replace("共和国", REPUBLIC)       # 中华人民共和国公民十人: its 和 joins nothing (it was read 国公民)
    parts = [window] if re.search(r"或者|或|、", window) else METRIC_SPLIT.split(window)
    metric = parts[-1].strip().replace(REPUBLIC, "共和国") if parts else ""
    changed = True
    while changed and metric:
        changed = False
        for t in TRAILING:
            if metric.endswith(t) and len(metric) > len(t):
                metric, changed = metric[: -len(t)], True
        for lead in LEADING + VERB_PREFIXES:
            if metric.startswith(lead) and len(metric) > len(lead):
                metric, changed = metric[len(lead):], True
    if metric.startswith("内") and len(metric) > 2:
        metric = metric[1:]         # 二年内敲诈勒索三次: the 内 of the years before, not the thing counted
    return "" if metric in LEADING else metric


# words after a count that place it in time (处罚两次以后，再次…): they measure nothing
TIME_AFTER = ("以后", "之后", "以前", "之前", "以内", "以来")


def _unbracketed(words: str) -> str:
    """国（边）境 read as one word, and a name's other name in brackets left out (麻黄碱（麻黄素）, 哌替啶（度冷丁）): split
    at the brackets, 偷越国（边）境三次以上 counted 境 and any 次 met it."""
    return re.sub(r"（[^（）一二三四五六七八九十]{1,8}）", "", words.replace("（边）", "边"))


def _metric_after(text: str, end: int) -> str:
    m = re.match(r"(?:以上|以下)?(?:的)?([\u4e00-\u9fa5]{2,8}?)(?:的|，|。|；|、|并且|或者|且|$)", _unbracketed(text[end:end + 14]))
    return m.group(1) if m and m.group(1) not in TIME_AFTER else ""


def _kinds_after(text: str, end: int) -> str:
    """假冒两种以上注册商标非法经营数额…: the four characters after 种以上 name what is counted (注册商标)."""
    m = re.match(r"(?:以上)?([\u4e00-\u9fa5]{4})", text[end:])
    return m.group(1) if m else ""


ONE_OCCASION_RE = re.compile(r"(?:容留|组织|引诱|介绍|提供|贩卖|性)")
ONE_OCCASION_ITEM_RE = re.compile(r"^一次(?:容留|组织|引诱|介绍|提供)[^，；。]*多人")


# a bare 数额 whose thing stands right before it: 拒不支付一名劳动者三个月以上的劳动报酬且数额在五千元至二万元以上
THING_BEFORE_AMOUNT_RE = re.compile(r"的(?P<thing>[\u4e00-\u9fa5]{2,6}?)(?:且|并且)数额(?:累计)?(?:在|达到|达)?$")


# a bare 数额 after the act that says what it counts (立案追诉标准（二）第七十六条 将本单位财物非法占为己有，数额在三万元以上;
# 第十条 索取他人财物或者非法收受他人财物…，数额在三万元以上): read as any 数额, no sum the facts give was ever its
# (probe 35a: 侵占公司资金3.2万元 and 收受购物卡价值2万元 were asked 数额是多少)
# 烟草解释（2010）第三条（三） 又非法经营烟草专卖品且数额在三万元以上: the 非法经营数额 (probe 35a A29)
AMOUNT_OF_ACT = (("非法占为己有", "非法占为己有的本单位财物数额"), ("收受", "收受他人财物数额"), ("非法经营", "非法经营数额"))


def _amount_of_act(before: str) -> str | None:
    return next((metric for act, metric in AMOUNT_OF_ACT if act in before), None)


PER_HEAD_GAP = 4     # characters between a head count and its months: 一名劳动者三个月以上


def _per_head_duration(text: str, quantities: list, i: int) -> bool:
    """Months a clause counts for one person (拒付解释（2013）第三条（一） 拒不支付一名劳动者三个月以上的劳动报酬): a
    condition of its own, unlike the 持续时间六个月以上 that a listed alternative already holds."""
    q = quantities[i]
    return (q.unit == "月" and q.qualifier == "以上" and i > 0 and quantities[i - 1].unit == "人"
            and q.start - quantities[i - 1].end <= PER_HEAD_GAP)


EXCEEDS = ("超过", "高于", "多于")     # before the figure in a clause: strictly more (法定注册资本最低限额超过六百万元)


# a share something falls below: 出让价额低于国家规定的最低价额标准的60%
BELOW_SHARE_RE = re.compile(r"^(?P<what>.+?)低于(?P<of>.+?)的?$")


def conditions_in(text: str) -> list[Condition]:
    """Numeric conditions of one clause; ranges "X至Y以上" become one condition with an upper bound."""
    quantities = find_measures(text)
    years = next((q.value for q in quantities if q.unit == "年" and text[q.end:q.end + 1] in ("内", "以")), None)
    out: list[Condition] = []
    skip = set()
    for i, q in enumerate(quantities):
        if i in skip or (q.unit in ("年", "月", "日") and not _per_head_duration(text, quantities, i)):
            continue    # 二年内, 一年以内: the window a count is taken in; 一名劳动者三个月以上 is a condition of its own
        upper = None
        if q.qualifier == "至" and i + 1 < len(quantities) and quantities[i + 1].unit == q.unit:
            upper = quantities[i + 1].value
            skip.add(i + 1)
            qualifier = quantities[i + 1].qualifier
        else:
            qualifier = q.qualifier
        if q.unit == "次" and q.value == 1 and qualifier is None and upper is None and ONE_OCCASION_RE.match(text, q.end):
            continue      # 一次容留多人吸食: the occasion, not a count (read as one, 容留一名朋友吸毒一次 met it)
        metric = _metric_before(text, q.start, quantities[i - 1].end if i else 0)
        if q.unit == "月" and out and not metric:
            metric = out[-1].metric         # 雇用一人六个月以上: the months of the one employed
        between = text[quantities[i - 1].end:q.start] if i and i - 1 not in skip and out else ""
        if between in ("不满", "不足", "未满", "低于"):
            qualifier, metric = between, out[-1].metric     # "…以上不满二十万元": same metric, upper bound
        if q.unit in ("次", "人次", "种") or (q.unit == "人" and not metric) or len(metric) <= 1:   # 为三个以上对象
            metric = _metric_after(text, quantities[i + 1].end if upper is not None else q.end) or (
                _kinds_after(text, q.end) if q.unit == "种" else "") or metric
        if metric == "数额" and (thing := THING_BEFORE_AMOUNT_RE.search(text, 0, q.start)):
            metric = thing["thing"] + metric      # …的劳动报酬且数额在五千元: the 劳动报酬's amount, not any 数额
        elif metric == "数额" and (named := _amount_of_act(text[:q.start])):
            metric = named
        op = OPS.get(qualifier, ">=")
        if q.unit == "%" and (below := BELOW_SHARE_RE.search(metric)):
            # 出让价额低于国家规定的最低价额标准的60%: the price is under that share of the minimum (土地解释（2000）第六条
            # （一）; read as 60%以上, a price at 55% of the minimum was not_met)
            metric, op = f"{below['what']}占{below['of']}", "<"
        if qualifier in EXCEEDS:
            metric, op = metric.removesuffix(qualifier), ">"     # the word is the comparison, not the metric's
        out.append(Condition(metric=metric, op=op, value=q.value, unit=q.unit,
                             text=q.raw if upper is None else text[q.start:quantities[i + 1].end],
                             upper=upper, within_years=years if q.unit == "次" else None))
    return out


# a person who works for a unit is no unit: 公司、企业或者其他单位的工作人员利用职务上的便利 (立案追诉标准（二）第十条,
# 第七十六条, 第七十七条; probe 35a: 私企销售主管收受购物卡 was asked 行为人是否为单位)
# nor is a unit that suffers (给国家、单位或者个人造成直接经济损失, 立案追诉标准（二）第七十五条（一）: probe 35a A27 asked
# 行为人是否为单位)
# 文物保护单位 is a protected site, no offender (文物解释（2015）第十条（二）read as a 单位's item)
MEMBER_OF_UNIT_RE = re.compile(r"单位的?(?:工作)?人员|本单位|给[^，。；]{0,12}?造成|文物保护单位")


def _subject(text: str) -> str:
    text = MEMBER_OF_UNIT_RE.sub("", text)
    if "单位" in text and ("单位犯" in text or "单位实施" in text or "单位" in text[:20]):
        return "单位"
    return "不限"


def _targets(head: str) -> list[tuple[int, int, int | None]]:
    """The 刑法 articles (and paragraphs) a head defines terms of; not one it names only to leave out: 刑法第三百
    四十一条第一款规定以外的…陆生野生动物 (野生动物解释（2022）第八条 defines 第三款's 情节严重, read as the first
    paragraph's, it was taken for the aggravating tier)."""
    targets, defining = [], []
    for m in HEAD_TARGET_RE.finditer(head):
        if head.startswith(EXCLUDED_AFTER, m.end()):
            continue
        found = [(parse_ordinal(r.group(1)), parse_ordinal(r.group(2)) if r.group(2) else 0,
                  parse_ordinal(r.group(3)) if r.group(3) else None) for r in REF_RE.finditer(m.group(1))]
        targets += found
        if head.startswith("规定的“", m.end()):
            defining += found
    # "销售明知是刑法第二百一十七条规定的侵权复制品，…应当认定为刑法第二百一十八条规定的“违法所得数额巨大”": the first
    # names the thing, the second the article whose term is defined (read as 第二百一十七条's, 数额巨大 was its higher tier)
    return list(dict.fromkeys(defining)) or targets


Items = list[tuple[str, str]]


def _blocks(text: str) -> list[tuple[str, Items]]:
    """(head, items) blocks: an article may state 情节严重 and then 情节特别严重, each with its list.
    Numbered sub-items ("1.…") under an item become items of their own, labelled （四）1, carrying
    the item's words ("实施下列行为之一，致使不能及时有效开展事故抢救的") before their own."""
    blocks: list[tuple[str, Items]] = []
    parent: tuple[str, str] | None = None
    for ln in (ln.strip() for ln in strip_review_notes(text).splitlines()):
        if not ln:
            continue
        m = ITEM_RE.match(ln)
        sub = SUB_ITEM_RE.match(ln)
        if m and blocks:
            parent = (f"（{m.group(1)}）", ln)
            blocks[-1][1].append(parent)
        elif sub and blocks and blocks[-1][1] and parent is not None:
            items = blocks[-1][1]
            if items and items[-1] is parent:
                items.pop()                      # the item only introduces its sub-items
            items.append((f"{parent[0]}{sub.group(1)}", f"{parent[1]}{SUB_ITEM_RE.sub('', ln)}"))
        elif blocks and not blocks[-1][1] and not DEEM_RE.search(blocks[-1][0]) and "立案" not in blocks[-1][0] \
                and not (blocks[-1][0].endswith("。") and "定罪处罚" in blocks[-1][0]):
            # (a finished 依照刑法…定罪处罚。 sentence takes no more: 第十六条's next paragraphs convict of another offense)
            blocks[-1] = (blocks[-1][0] + ln, [])
        else:
            blocks.append((ln, []))
            parent = None
    return blocks


THRESHOLD_WORDS = ("严重", "较大", "巨大", "恶劣", "重大", "立案追诉")


OR_SPLIT = re.compile(r"[；，]?或者")
CONVICT_RE = re.compile(r"以([^，。；“”]{2,40}?罪)定罪处罚")


SEPARATOR_RE = re.compile(r"(或者|、|，|；)")
AND_WORDS = ("且", "并且", "同时")


def _has_amount(text: str) -> bool:
    """A number that a condition compares (二年内 alone is a time frame, not an amount)."""
    return any(q.unit not in DURATION_UNITS for q in find_measures(text))


def _alternatives(label: str, text: str) -> list[Alternative]:
    """One listed item split into its alternatives: quantities joined by 、 or 或者 are each enough
    ("黑火药1千克以上或者烟火药3千克以上、雷管30枚以上"); 且 joins conditions that must all hold
    ("一百份以上且票面金额三十万元以上"). Words without a number belong to the next part, and a clause that
    opens the item ("二年内…受过处罚后再次实施，") to every part 或者 splits off after it; words after the last
    number joined by "，" (not 或者) hold for every part."""
    pieces = SEPARATOR_RE.split(text)          # [segment, separator, segment, …]
    groups: list[str] = []
    pending = ""
    after_group = ""                           # the separator right after the last numbered part
    lead_clause = ""                           # words closed by "，" before the first numbered part
    split_off: set[int] = set()                # groups that began at 或者 after a numbered part
    for i in range(0, len(pieces), 2):
        segment = pending + pieces[i]
        separator = pieces[i + 1] if i + 1 < len(pieces) else ""
        if not _has_amount(pieces[i]):
            pending = segment + separator      # words without a number lead into the next part
            continue
        if not groups and pending.endswith("，"):
            lead_clause = pending
        words = pending.strip("，；")
        measures = find_measures(pieces[i])
        last = find_measures(groups[-1])[-1] if groups else None
        # "组织三人以上赌博，抽头渔利…五千元以上": the earlier part goes on after its number, or counts
        # something else — a condition of the same item; "五亩以上，其他农用地十亩以上": a parallel list
        other_unit = bool(last and measures) and (last.unit != measures[0].unit or
                                                  bool(groups[-1][last.end:].strip("的，；以上 ")))
        joined = (pieces[i].startswith(AND_WORDS) or re.search(r"(^|[，；])(并且|同时|且)", pending)
                  # "十份以上且票面可以退税、抵扣税额六万元以上": the 且 began this part inside the last one
                  or bool(last and re.search(r"(并且|同时|且)[^，；]*$", groups[-1][last.end:]))
                  # "…受过二次以上行政处罚，又虚开发票，票面金额达到…60%以上": clauses in a row all hold
                  or (after_group in ("，", "；") and words and not words.startswith(("或者", "或")))
                  or (after_group in ("，", "；") and other_unit and not (words + pieces[i]).startswith(("或者", "或"))))
        after_group = separator
        # "…二万元以上或者非法经营数额…", "…五千件以上，或者违法所得…": a part with no words of its own
        bare = bool(i) and pieces[i - 1] == "或者" and not pending.replace("或者", "").strip("，；")
        pending = ""
        if groups and joined:
            groups[-1] += segment
        else:
            if groups and bare:
                split_off.add(len(groups))
            groups.append(segment)
        if separator and i + 2 < len(pieces) and pieces[i + 2].startswith(AND_WORDS):
            groups[-1] += separator
    if len(groups) <= 1:
        return _either_sum_apart([_alternative(label, text)])
    if pending:
        shared = pending.lstrip("，；")
        groups = [g.rstrip("，；") + "，" + shared if not pending.startswith(("或者", "或")) else g for g in groups]
        if pending.startswith(("或者", "或")):
            groups.append(pending)
    # "二年内因…受过刑事处罚或者行政处罚后再次实施，违法所得数额在二万元以上或者非法经营数额在三万元以上": the clause
    # that opens the item holds for each amount after it (read for the first only, 非法经营数额三万元 without an
    # earlier penalty met the item)
    groups = [lead_clause + g.lstrip("，；").removeprefix("或者") if k in split_off and lead_clause else g
              for k, g in enumerate(groups)]
    parts = _either_sum_apart([_alternative(f"{label}{i + 1}" if label else str(i + 1), g) for i, g in enumerate(groups)])
    # "…苗种、怀卵亲体或者在…保护区内捕捞水产品五十公斤以上或者价值一千元以上": the kinds or the place hold
    # for the value too
    kinds = [r for a in parts for r in a.requirements if r.text.endswith("内") and "或者在" in r.text]
    for a in parts:
        a.requirements += [r for r in kinds if r not in a.requirements]
    # "非法捕捞有重要经济价值的水生动物苗种、怀卵亲体二千公斤以上或者价值二万元以上", "在水产种质资源保护区内捕捞水产品
    # 二千公斤以上或者价值二万元以上" (海域规定（二）第四条): a bare 价值 after 或者 is the value of the first part's
    # qualified thing, caught in its place; read bare, any catch worth 2.5万元 in a closed season met both items (probe 33b)
    head = parts[0].conditions[0] if parts[0].conditions else None
    for a in parts[1:]:
        if len(a.conditions) == 1 and a.conditions[0].metric in BARE_MEASURES and head and head.metric not in BARE_MEASURES:
            thing = head.metric.split("的")[-1] if "的" in head.metric else ""
            things = thing.split("、") if thing else []
            if things and not any(o.endswith(t[-2:]) for r in a.requirements for o in r.options for t in things):
                options = list(dict.fromkeys(things + [t[-2:] for t in things]))
                a.requirements.append(Requirement(head.metric, options, f"是否为{thing}？"))
            a.requirements += [r for r in parts[0].requirements if r.text.endswith("内") and r not in a.requirements]
    # "邮票票面数额累计五千元以上，或者数量累计一千枚以上" (立案追诉标准（一）第二十九条（二）): the count is of the first
    # part's thing (read bare, 数量 named nothing the facts say: 伪造邮票…共一千二百枚 was asked it)
    for a in parts[1:]:
        if (head and len(a.conditions) == 1 and a.conditions[0].metric in ("数量", "数量累计")
                and (kind := re.sub(r"(?:票面)?(?:数额|价额|金额)(?:累计)?$", "", head.metric)) != head.metric and kind):
            a.conditions[0] = replace(a.conditions[0], metric=f"{kind}数量")
    # "假冒两种以上注册商标，非法经营数额在三万元以上或者违法所得数额在二万元以上": the count of kinds that
    # opens the item holds for every part (read for the first part only, one mark and 违法所得二万元 met it)
    first = find_measures(text)[0]
    opening = next((c for c in parts[0].conditions if c.unit == "种" and first.unit == "种" and c.value == first.value), None)
    for a in parts[1:]:
        if opening and not any(c.unit == "种" for c in a.conditions):
            a.conditions.insert(0, Condition(**opening.to_dict()))
    # "强迫他人购买伪劣商品数额五千元以上，或者违法所得数额一千元以上" (立案追诉标准（一）第二十八条（五）): the goods
    # are 伪劣 for the gain too; read alone, 违法所得一千五百元 from forcing a sale of tea met it (a probe), where
    # ordinary goods need （四）'s 二千元
    bought = next((m for c in parts[0].conditions if (m := QUALIFIED_GOODS_RE.search(c.metric))), None)
    for a in parts[1:] if bought else ():
        if not any(bought["goods"] in c.metric for c in a.conditions):
            a.requirements.append(Requirement(bought["goods"], [bought["goods"], bought["quality"]], f"是否为{bought['goods']}？"))
    return parts


BARE_MEASURES = frozenset({"价值", "数额", "金额"})
# goods of a stated quality, in a metric: 强迫他人购买伪劣商品数额
QUALIFIED_GOODS_RE = re.compile(r"购买(?P<goods>(?P<quality>伪劣|假冒|劣质)(?:商品|产品))")


CLAUSE_SPLIT_RE = re.compile(r"[，；;：:]")
AMOUNT_THEN_AND_RE = re.compile(r"(以上|以下)(?:并且|而且|且|同时)(?=[^，；;：:]*[^0-9一二三四五六七八九十百千万亿两]$|[^，；;：:0-9一二三四五六七八九十百千万亿两]+(?:[，；;：:]|$))")
OPTION_SPLIT_RE = re.compile(r"、|或者|或")
RESTATES_CONDUCT = ("又", "再次", "仍", "并", "而", "实施", "因而")   # 又实施非法采矿行为: the act asked about
HEADER_WORDS = ("下列", "虽未达到", "但具有", "涉嫌", "应予立案", "应当", "具有本", "可不", "可以")
LEAD_WORDS = ("造成", "导致", "致使", "使用", "具有", "属于", "因而", "曾", "在", "有")


# 有 leads 有传播危险 but is part of the word in 有毒物质, 有害食品, 有效证明文件, 有价证券, 有源医疗器械
YOU_COMPOUND_NEXT = "毒害效价关机限偿序线源组期意"


def _option_core(option: str) -> str:
    core = option.strip()
    for w in LEAD_WORDS:
        if w == "有" and core[1:2] in tuple(YOU_COMPOUND_NEXT):
            continue
        if core.startswith(w) and len(core) > len(w) + 1:
            core = core[len(w):]
            break
    core = re.split(r"以及|及其他", core)[0]
    head = core.split("等")[0]          # "自然保护地核心保护区等依法确定的重点保护区域": the named one
    return re.sub(r"((?<!目)的|等)$", "", head if len(head) >= 3 else core)      # not 为目的's


SHARED_OBJECT_VERBS = ("制造", "买卖", "运输", "邮寄", "储存", "生产", "销售", "收购", "出售", "加工", "持有", "私藏",
                       "伪造", "变造", "转移", "隐匿", "销毁", "毁灭", "抢夺", "盗窃", "走私", "非法制造", "非法")


CONDUCT_VERBS = set(SHARED_OBJECT_VERBS) | {"排放", "倾倒", "处置", "使用", "提供", "获取", "经营", "吸收"}
GENERIC_TAILS = ("的污染物", "的物质", "的废物")     # "含铅…的污染物": the element is what the facts name


HEAD_MAX_CHARS = 5
# the tail says what happened to the listed ones; without it the heads are the point (有毒、有害的非食品原料)
TAIL_PREDICATE_RE = re.compile(r"受到|造成|含有|患有|感染|不符合|不合格|导致|致使|发生|无法|丢失|被盗|被抢")


def _after_listed_heads(clause: str) -> str | None:
    """What follows "A、B、C的": 劳动者或者其被赡养人、被扶养人、被抚养人的基本生活受到严重影响… and 采集、供应的血液
    含有艾滋病病毒… list whose life or blood the item is about; the item's options are what is said of it.
    Cut at each 、, 劳动者 and 采集 were options, met by any text naming a worker or a collection."""
    parts = clause.split("、")
    at = next((i for i, p in enumerate(parts) if "的" in p or "等" in p[1:-2]), None)
    if not at:
        return None
    # 毒害性、放射性、传染病病原体等危险物质丢失、被盗…: what follows 等 names the kind, and what is said of it
    kind_named = "的" not in parts[at]
    head, _, rest = parts[at].partition("等" if kind_named else "的")
    heads = [h for p in [*parts[:at], head] for h in re.split(r"或者|或", p)]
    tail = "、".join([rest, *parts[at + 1:]])
    if all(0 < len(h) <= HEAD_MAX_CHARS + kind_named for h in heads) and TAIL_PREDICATE_RE.search(tail):
        return tail
    return None


# parties listed before what befell them, with no 的: 造成献血者、供血浆者、受血者感染乙型肝炎病毒… (立案追诉标准（一）
# 第五十三条). Cut at the 、, 献血者 was an option met by any text naming a donor (probe 55c NC15: 每名献血者只采过一次)
LISTED_PARTIES_RE = re.compile(r"^(?:造成|致使|导致)(?:[\u4e00-\u9fa5]{1,4}[者人员]、)+[\u4e00-\u9fa5]{1,4}?[者员](?P<rest>[\u4e00-\u9fa5]{2}.*)$")


def _after_listed_parties(clause: str) -> str | None:
    """What befalls parties listed before it (LISTED_PARTIES_RE): 感染乙型肝炎病毒…."""
    m = LISTED_PARTIES_RE.match(clause)
    return m["rest"] if m else None


# acts on persons listed, with the act's tail once: 容留、介绍未成年人、孕妇、智障人员、患有严重性病的人卖淫 (卖淫解释（2017）
# 第八条（三）). Cut at the 、, 容留 and 孕妇 were options met by any 容留 or any mention of a 孕妇, and 介绍未成年人 no
# option the ages could decide
PERSON_ACTS = ("引诱", "容留", "介绍", "强迫", "组织", "协助", "收买", "拐卖")
LISTED_PERSON_RE = re.compile(r"^[\u4e00-\u9fa5]{1,10}?(?:人|妇|员|女|者|幼女|儿童)$")


def _acts_on_persons(clause: str) -> list[str] | None:
    """Each act on each person with the shared tail (容留未成年人卖淫 … 介绍患有严重性病的人卖淫), or None."""
    parts = clause.split("、")
    verbs = []
    while parts and parts[0] in PERSON_ACTS:
        verbs.append(parts.pop(0))
    if not verbs or len(parts) < 2 or not (verb := next((v for v in PERSON_ACTS if parts[0].startswith(v)), None)):
        return None
    last = re.match(r"^(?P<person>.+(?:人|妇|员|女|者))(?P<tail>[\u4e00-\u9fa5]{1,4})$", parts[-1])
    persons = [parts[0][len(verb):], *parts[1:-1], last["person"]] if last else []
    if not persons or not all(LISTED_PERSON_RE.match(p) for p in persons):
        return None
    return [v + p + last["tail"] for v in [*verbs, verb] for p in persons]


SHARED_HEAD_MAX = 8     # 行为人非法占用耕地 + 建房 is too long to be found whole; 建房 is read with the act
CATEGORY_WORDS = ("作品", "物品", "产品", "制品", "资料")   # 文字作品、音乐、电影: 作品 is the kind, not a sibling


def _shared_head(parts: list[str]) -> list[str]:
    """"严重影响他人正常工作、生产、生活" → …正常工作, …正常生产, …正常生活: two or more two-character items after a
    longer one share its words before its last two. Bare, 生活 was an option met by any text with the word.
    A single short item (他人精神失常、自杀) may be no such sibling and is left alone, unless it names the same
    kind of thing as the longer one's last word (频繁采集血液、血浆: 血浆 alone met the item)."""
    out, i = list(parts), 0
    while i < len(out):
        j = i + 1
        while j < len(out) and len(out[j]) == 2 and re.fullmatch(r"[\u4e00-\u9fa5]{2}", out[j]):
            j += 1
        prefix = out[i][:-2]
        siblings = j - i - 1 >= 2 or (j - i - 1 == 1 and out[i + 1][0] == out[i][-2])
        if (siblings and 3 <= len(prefix) <= SHARED_HEAD_MAX and not re.search(r"或者|或", out[i][-4:])
                and out[i][-2:] not in CATEGORY_WORDS):
            out[i + 1:j] = [prefix + p for p in out[i + 1:j]]
        i = j
    return out


# Pairs the law joins with 、 that read as one word in their short form: the 刑法's own offense names say
# 容留他人吸毒罪 for 容留他人吸食、注射毒品, and 有毒、有害 qualifies one thing (有毒有害食品). Cut at the 、, 容留他人吸食 was an option of 第十二条（六）
# 容留他人吸食、注射毒品造成严重后果, met by any 容留; 注射毒品 was one of （四） 容留未成年人…, met by any injection.
LAW_SHORT_FORMS = {"吸食、注射毒品": "吸毒", "有毒、有害": "有毒有害"}
# Pairs of words each of which takes the whole of the clause around it: 非法提供麻醉药品、精神药品造成严重后果 is
# 非法提供麻醉药品造成严重后果 or 非法提供精神药品造成严重后果 (cut at the 、, 非法提供麻醉药品 was an option met by the
# act alone, and 精神药品 one met by the word); 导致乙类、丙类传染病流行、暴发 had 乙类 as an option.
JOINT_OBJECTS = ("麻醉药品、精神药品", "乙类、丙类", "传播、流行", "流行、暴发")


ACTS_THINGS_MAX_CHARS = 4
LIST_VERBS = tuple(v for v in SHARED_OBJECT_VERBS if not v.startswith("非法"))     # 非法 is said of every act


VERBS_LONGEST_FIRST = tuple(sorted(SHARED_OBJECT_VERBS, key=len, reverse=True))     # 非法制造 before 非法


def _leading_verb(part: str) -> str | None:
    return next((v for v in VERBS_LONGEST_FIRST if part.startswith(v)), None)


def _acts_on_things(parts: list[str]) -> list[str] | None:
    """"多次非法制造、买卖、运输、邮寄、储存弹药、爆炸物" (枪支弹药解释 第一条（八）) → each act on each thing, with the
    words before the first act (多次非法): cut at the 、, 爆炸物 and 储存弹药 were options met without 多次, by any
    mention. Not a list of qualities (有毒、有害食品: 有毒 is said of the 食品)."""
    if len(parts) < 3 or any("或" in p for p in parts):
        return None
    first = next((v for v in LIST_VERBS if parts[0].endswith(v)), None)
    last_act = next((i for i in range(len(parts) - 2, 0, -1) if _leading_verb(parts[i])), None)
    if first is None or last_act is None:
        return None
    verb = _leading_verb(parts[last_act])
    acts = [first, *parts[1:last_act], verb]
    things = [parts[last_act][len(verb):], *parts[last_act + 1:]]
    if not (all(_leading_verb(a) == a for a in acts)
            and all(1 < len(t) <= ACTS_THINGS_MAX_CHARS and not _leading_verb(t) and not t.startswith("有") for t in things)):
        return None
    lead = parts[0][:-len(first)]
    return [lead + a + t for a in acts for t in things]


SHARED_QUALIFIER_RE = re.compile(r"^(?P<lead>[\u4e00-\u9fa5]{0,4}禁[\u4e00-\u9fa5]{0,3}的)(?P<a>[\u4e00-\u9fa5]{2})或者"
                                 r"(?P<b>[\u4e00-\u9fa5]{2})[\u4e00-\u9fa5]{0,4}$")


def _options(clause: str) -> list[str]:
    """"非法制造、买卖、运输、邮寄、储存爆炸装置" → 非法制造爆炸装置, 买卖爆炸装置, …: verbs before 、 share
    the object of the last one; then 或者 separates options."""
    for long_form, short_form in LAW_SHORT_FORMS.items():
        clause = clause.replace(long_form, short_form)
    if pair := next((p for p in JOINT_OBJECTS if p in clause), None):
        each = [o for thing in pair.split("、") for o in _options(clause.replace(pair, thing, 1))]
        return list(dict.fromkeys(each))
    if (each := _acts_on_persons(clause)) is not None:
        return each
    if (befell := _after_listed_parties(clause)) is not None:
        return _options(befell)
    if (tail := _after_listed_heads(clause)) is not None:
        options = _options(tail)
        said = TAIL_PREDICATE_RE.search(options[0])
        if said and len(options) > 1 and len(options[0]) - said.end() >= 3 and not any(map(TAIL_PREDICATE_RE.search, options[1:])):
            options.append(options[0][said.end():])     # 血液含有艾滋病病毒、乙型肝炎病毒: 艾滋病病毒 as the others
        return options
    parts = clause.split("、")
    if len(parts) > 1 and "的" in parts[0] and all("的" not in p and len(p) <= 6 for p in parts[1:-1]):
        # "含有严重超出标准限量的致病性微生物、农药残留、…": the qualifier holds for every item
        qualifier = parts[0][:parts[0].rindex("的") + 1]
        parts = [parts[0]] + [qualifier + p for p in parts[1:]]
    singles = [i for i, p in enumerate(parts) if len(p) == 1]
    if singles and singles[0] > 0 and singles[-1] + 1 < len(parts) and singles == list(range(singles[0], singles[-1] + 1)):
        a, b = singles[0], singles[-1]     # "处置含铅、汞、…、锑的污染物" → 含铅, 含汞 … (the facts say 排放含镉废水)
        prefix, suffix = parts[a - 1][:-1], parts[b + 1][1:]
        verbs = parts[:a - 1]
        verb = next((v for v in sorted(CONDUCT_VERBS, key=len, reverse=True) if prefix.startswith(v)), None)
        if verb and all(v in CONDUCT_VERBS for v in verbs):
            prefix, verbs = prefix[len(verb):], []       # 排放、倾倒、处置: any of the acts, the element decides
        if suffix in GENERIC_TAILS:
            suffix = ""
        parts = verbs + [prefix + e + suffix for e in [parts[a - 1][-1], *parts[a:b + 1], parts[b + 1][0]]] + parts[b + 2:]
        return [o for p in parts for o in re.split(r"或者|或", p)]
    if (each := _acts_on_things(parts)) is not None:
        return each
    parts = _shared_head(parts)
    if len(parts) == 1 and (shared := SHARED_QUALIFIER_RE.match(parts[0])):
        # 使用禁用的工具或者方法狩猎: the 禁用的 holds for both (cut at 或者, 方法狩猎 was an option met by any method)
        return [shared["lead"] + shared["a"], shared["lead"] + shared["b"]]
    last = parts[-1]
    verb = _leading_verb(last)
    if len(parts) > 1 and verb and len(last) > len(verb) + 1 and all(len(p) <= 4 for p in parts[:-1]):
        obj = last[len(verb):]
        parts = [p + obj for p in parts[:-1]] + [last]
    return [o for p in parts for o in re.split(r"或者|或", p)]


MEANS_RE = re.compile(r"^(通过[^，；]{2,60}(?:方式|方法|手段))(?=[^，；]{2,})")
PLACE_RE = re.compile(r"^((?:或者)?在[^，；]{0,40}(?:区域|保护区|禁猎区|禁渔区|禁采区|矿区|水域|禁猎期|禁渔期|禁采期|期间|内))(?=[^，；]{2,})")
# the kind of unit that must have acted: 重点排污单位、实行排污许可重点管理的单位篡改、伪造自动监测数据… (环境污染解释
# （2023）第一条（七）). Cut at 、 with the act, 重点排污单位 was one option among the acts, and any 公司 that
# 篡改自动监测数据 met it, even one the facts said was no 重点排污单位
# (the unit is the actor, so not 本单位 of 挪用本单位资金, nor the 文物保护单位 of 文物保护单位的文物)
SUBJECT_RE = re.compile(r"^((?:[^、，；]{2,20}单位、)*[^、，；]{2,20}?(?<!本)单位)(?!的)(?=[\u4e00-\u9fa5]{2,}、|[\u4e00-\u9fa5]{4,})")


KIND_HEADS_RE = re.compile(r"^(?:造成|导致|致使)?(?P<heads>(?:[\u4e00-\u9fa5]{2,12}(?:、|或者))+[\u4e00-\u9fa5]{2,12})的"
                           r"(?P<rest>[\u4e00-\u9fa5]{2,}(?:损毁|灭失)[^，；]*)$")


def _kind_heads(clause: str) -> list[str] | None:
    """"致使全国重点文物保护单位、省级文物保护单位的本体严重损毁或者灭失" → the kinds of thing, and what befell it:
    each must be stated. Cut at the 、, 全国重点文物保护单位 was an option met by any damage there (轻微受损)."""
    m = KIND_HEADS_RE.match(clause.strip())
    if not m:
        return None
    heads = re.split(r"、|或者", m["heads"])
    return [m["heads"], m["rest"]] if len({h[-2:] for h in heads}) == 1 else None


def _place_split(clauses: list[str]) -> list[str]:
    """"在禁猎区使用禁用的工具狩猎" → "在禁猎区", "使用禁用的工具狩猎"; "通过暗管…等逃避监管的方式排放…"
    → the means and the act; "重点排污单位…篡改…" → the kind of unit and the act: each must be stated."""
    out = []
    for c in clauses:
        if kinds := _kind_heads(c):
            out += kinds
            continue
        m = PLACE_RE.match(c.strip()) or MEANS_RE.match(c.strip()) or SUBJECT_RE.match(c.strip())
        rest = c.strip()[m.end():] if m else ""
        out += ([m.group(1)] + ([rest] if len(rest) > 3 else [])) if m else [c]   # "…禁采期内采矿": 采矿 is the act
    return out


# The state of the goods, said without naming them: 伪劣产品尚未销售 is what 保温杯尚未销售即被查获 states
# (立案追诉标准（一）第十六条（二）); the facts call the goods by their own name, never 伪劣产品.
THING_STATE_RE = re.compile(r"^[\u4e00-\u9fa5]{2,6}?((?:尚未|未)(?:销售|售出|出售|使用))$")


MAX_EITHER_GROUPS = 6


def _either_groups(run: list[str]) -> list[list[str]]:
    """"A，B，或者C" is (A and B) or C, asked as the requirements "A or C" and "B or C" (the same thing).
    Read as one list of options, 追逐、拦截、辱骂他人，严重影响他人正常工作…，或者造成他人精神失常 was met by
    追逐他人 alone. A run whose expansion would ask more than a few questions stays one list."""
    disjuncts: list[list[str]] = []
    for clause in run:
        if not disjuncts or clause.startswith(("或者", "或")):
            disjuncts.append([])
        disjuncts[-1].append(clause)
    if all(len(d) == 1 for d in disjuncts) or math.prod(len(d) for d in disjuncts) > MAX_EITHER_GROUPS:
        return [run]
    return [list(pick) for pick in itertools.product(*disjuncts)]


# parties a clause lists before what happened to them; an option of their name alone is met by any text naming one
BARE_PARTIES = frozenset({"公司", "企业", "单位", "个人", "他人", "国家", "集体"})


def requirements_in(text: str) -> list[Requirement]:
    """Qualitative conditions of one alternative: clauses without an amount. Consecutive clauses
    joined by 或者 are one requirement with options; otherwise each clause must hold on its own."""
    body = ITEM_RE.sub("", text).strip().rstrip("。；;：:")
    # 致使国家税款被骗取三十万元以上并且在提起公诉前无法追回: what follows the amount's 并且 is a condition of its
    # own (税收解释（2024）第八条第二款（三）); in the amount's clause it was dropped with the amount
    body = AMOUNT_THEN_AND_RE.sub(r"\1，", body)
    groups: list[list[str]] = []
    current: list[str] = []
    runs: list[list[str]] = []
    for clause in _place_split(CLAUSE_SPLIT_RE.split(body)):
        clause = re.sub(r"(?<!目)的$", "", clause.strip()).removeprefix("但")      # not 以营利为目的's
        skip = (not clause or _has_amount(clause) or clause.startswith(RESTATES_CONDUCT)
                or any(w in clause for w in HEADER_WORDS) or clause.startswith("其他"))
        if skip:
            if current:
                runs.append(current)
                current = []
            continue
        current.append(clause)
    if current:
        runs.append(current)
    for run in runs:     # "A，或者C": one requirement with options; "A，B": each must hold
        if any(c.startswith(("或者", "或")) for c in run[1:]):
            groups.extend(_either_groups(run))
        else:
            groups.extend([c] for c in run)
    out = []
    for group in groups:
        words = "，".join(group)
        options = [_option_core(o) for c in group for o in _options(c)]
        options = [o for o in options if len(o) >= 3 or (len(o) == 2 and o not in CONDUCT_VERBS)]
        options += [m.group(1) for o in options if (m := THING_STATE_RE.match(o))]
        if not words.endswith("人员"):      # 造成公司、企业等单位停业: 公司 alone states nothing (a probe's 公司停产 met it)
            options = [o for o in options if o not in BARE_PARTIES]
        if options:
            out.append(Requirement(words, options, f"是否{words.removeprefix('或者')}？"))
    return out


# A count of a thing of listed kinds or taken in a place: 非法捕捞有重要经济价值的水生动物苗种、怀卵亲体或者在
# 水产种质资源保护区内捕捞水产品五十公斤以上 (野生动物解释（2022）第三条第（二）项). The kinds and the place are
# a requirement, and the kinds or the thing after the place are what is counted. Read as one metric,
# 捕捞水产品三百公斤 in any water met it.
KINDS_OR_PLACE_RE = re.compile(r"(?P<kinds>[^，；]{2,40}?)或者在(?P<place>[^，；]{2,20}?)内(?P<thing>[^，；]{2,20})$")


def _kinds_or_place(condition: Condition) -> Requirement | None:
    m = KINDS_OR_PLACE_RE.search(condition.metric)
    if not m:
        return None
    kinds = [k for k in m["kinds"].split("、") if k]
    condition.metric = "、".join([*kinds, m["thing"]])     # 怀卵亲体六十公斤 counts too
    options = [k[-4:] if len(k) > 4 else k for k in kinds] + [m["place"]]
    return Requirement(f"{m['kinds']}或者在{m['place']}内", options, f"是否为{m['kinds']}，或者在{m['place']}内？")


# A count of an act done in a place: 在中小学校附近设置赌博机2台以上 (利用赌博机开设赌场案件意见（2014）二（三）),
# 在水产种质资源保护区内捕捞水产品二千公斤以上. The place is a requirement of its own and the act is what is
# counted; read as one metric, 设置赌博机6台 anywhere met the school item. Waters are left whole: where the
# facts name no water, the scopes (standard_scopes.yaml) decide which clause reads them.
NEAR_PLACE_RE = re.compile(r"^在(.{2,12}?)(附近|周边|周围)$")
PLACE_OF_COUNT_RE = re.compile(r"^(?P<place>在[^，；]{2,20}?(?:附近|周边|周围|保护区内|区内))(?P<act>[\u4e00-\u9fa5]{2,12})$")


def _place_of_count(condition: Condition) -> Requirement | None:
    m = PLACE_OF_COUNT_RE.match(condition.metric)
    if not m:
        return None
    condition.metric = m["act"]
    place = m["place"]
    where, near = NEAR_PLACE_RE.match(place).groups() if NEAR_PLACE_RE.match(place) else (None, None)
    # 在中小学校附近 is said as 某小学附近, 学校门口: the place and its nearness, each in the facts' words (PIECE_SEP)
    option = f"{where}{PIECE_SEP}{near}" if where else place.removeprefix("在")
    return Requirement(place, [option], f"是否{place}？")


# "将已销售金额乘以三倍后，与尚未销售的伪劣产品货值金额合计十五万元以上": a sum of weighted amounts, which
# the number comparisons cannot compute; read per number it ruled items out wrongly (三万元已售、七万元未售
# is 九万 + 七万 = 十六万, met). Kept whole, it is asked as one question.
WEIGHTED_SUM_RE = re.compile(r"乘以[^，；。]{1,4}倍[^；。]*合计")


# "非法行医被卫生行政部门行政处罚两次以后，再次非法行医的": the act done again after the counted penalties is a
# requirement of its own; read as the count alone, 被处罚两次，此后未再行医 met the item. Officers write it again
# as 又发现他在干, 仍继续接诊: the options are the law's words with two-character again-words (so the act alone,
# three quarters of 又非法行医, does not state it) and the again-words officers use.
REPEATED_ACT_RE = re.compile(r"(?:以后|之后)，(?:再次|又)([\u4e00-\u9fa5]{2,10}?)的")
AGAIN_WORDS = ("再次", "后又", "继续", "仍然", "后仍")
AGAIN_PHRASES = ("又发现", "仍继续", "又被发现", "再次被发现", "又被查到", "又被查获", "再次被查获", "又开始", "重操旧业", "仍在",
                 "还在", "此前已", "此前曾", "之前已",
                 "之前曾", "曾因非法")


def _repeated_act(text: str) -> list[Requirement]:
    m = REPEATED_ACT_RE.search(text)
    if not m:
        return []
    act = m.group(1)
    return [Requirement(f"再次{act}", [w + act for w in AGAIN_WORDS] + list(AGAIN_PHRASES), f"是否再次{act}？")]


# a multiple of the thresholds other items of the article set: 货值金额达到本款前两项规定的销售金额标准三倍以上,
# 达到本条前三款相应规定标准十倍以上 (知识产权解释（2025）第五条、第三条). The figure is a multiple, not a count:
# read as a condition it asked "货值金额达到本款前两项规定的销售金额标准是多少（标准：三倍以上）？"
MULTIPLE_OF_ITEMS_RE = re.compile(r"达到本(?:款前[两三四五]项|条前[两三四五]?款相应)规定(?:的)?[\u4e00-\u9fa5]{0,6}?标准"
                                  r"[一二三四五六七八九十]+倍以上")


# one figure for either of two sums (造成损失数额或者违法所得数额在十万元以上, 知识产权解释（2025）第十七条（三）): each sum
# meets it alone. As one metric, 损失十二万元 was taken for （一）'s 造成损失数额 and never read here (probe 32 IP55)
EITHER_SUM_RE = re.compile(r"^(?P<lead>[\u4e00-\u9fa5]{0,4}?)(?P<a>[\u4e00-\u9fa5]{2,8}数额)或者(?P<b>[\u4e00-\u9fa5]{2,8}数额)$")


def _either_sum_apart(parts: list[Alternative]) -> list[Alternative]:
    out = []
    for alt in parts:
        at = next((k for k, c in enumerate(alt.conditions) if EITHER_SUM_RE.match(c.metric)), None)
        if at is None:
            out.append(alt)
            continue
        m = EITHER_SUM_RE.match(alt.conditions[at].metric)
        for n, sum_name in enumerate((m["a"], m["b"]), 1):
            conditions = [replace(c, metric=sum_name) if k == at else replace(c) for k, c in enumerate(alt.conditions)]
            out.append(replace(alt, label=f"{alt.label}{'·' if alt.label else ''}{n}", conditions=conditions,
                               requirements=list(alt.requirements)))
    return out


# a means that opens a metric (以投放广告等方式提供资金): the thing counted is what follows, the means a fact to state;
# as one metric, 支付结算金额8万元 of 诈骗资金 met it on the word 资金 (probe 32 T69)
METRIC_MEANS_RE = re.compile(r"^以(?P<means>[^，；]{2,12}?)等(?:方式|方法|手段)(?P<thing>[\u4e00-\u9fa5]{2,})$")


def _means_apart(conditions: list[Condition]) -> tuple[list[Condition], list[Requirement]]:
    means = []
    for c in conditions:
        if m := METRIC_MEANS_RE.match(c.metric):
            c.metric = m["thing"]
            means.append(Requirement(m["means"], [m["means"]], f"是否以{m['means']}等方式{m['thing']}？"))
    return conditions, means


def _alternative(label: str, text: str) -> Alternative:
    body = ITEM_RE.sub("", text).strip()
    # computed by the verdict, asked as one question; or 一次容留多人吸食、注射毒品, whose 多人 has no figure: the facts must
    # say it; or a multiple of other items' thresholds, asked
    if weighted_sum_rule(body) is not None or referenced_items(body) or referenced_items(body, HALVES_OF_TWO_RE) \
            or ONE_OCCASION_ITEM_RE.search(body) \
            or MULTIPLE_OF_ITEMS_RE.search(body):
        stated = re.sub(r"(?:的)?[，,]?(?:应当|可以)?$", "", body.rstrip("；;。，")).removeprefix("或者").removeprefix("但")
        return Alternative(label, text, [], [Requirement(stated, [stated], f"是否{stated}？")], False)
    # (and 具有其他严重情节的: 武装部队解释（2011）第二条（五）, asked as a requirement until probe 100a)
    catch_all = re.match(r"(?:具有|有)?其他", body) is not None and not _has_amount(body)
    conditions, means = _means_apart(conditions_in(text))
    qualified = [r for r in (_kinds_or_place(c) or _place_of_count(c) for c in conditions) if r]
    stated = [] if catch_all else requirements_in(text) + _repeated_act(text) + means
    asked = {tuple(r.options) for r in stated}      # a place the clause also states apart is asked once
    return Alternative(label, text, conditions, [r for r in qualified if tuple(r.options) not in asked] + stated, catch_all)


# Terms an interpretation defines that name an element, not a degree of the act, though their words hold a
# threshold word: 严重性病 (梅毒、淋病等, 卖淫解释（2017）第十一条) and 重伤 (第十二条, by 刑法第九十五条). Read as
# thresholds, 传播性病罪's filing clause was 第十一条's empty one and 故意伤害罪's asked for 艾滋病病毒.
ELEMENT_TERMS = frozenset({"严重性病", "重伤"})


def _is_threshold(term: str, alternatives: list[Alternative]) -> bool:
    return any(a.conditions for a in alternatives) or any(w in term for w in THRESHOLD_WORDS)


LawIndex = dict[tuple[int, int], tuple[str, str]]     # (article, suffix) → (unit id, text)


def _names_the_act(term: str, targets, law: "LawIndex") -> bool:
    """The term is the 刑法 article's act, which the article goes on to qualify by a degree: 非法集资解释（2022）第十条's
    …累计超过200人的，应当认定为刑法第一百七十九条规定的“擅自发行股票或者公司、企业债券” says what the act is, and the
    offense still needs the article's 数额巨大、后果严重或者有其他严重情节 (read as a threshold, 180 buyers were not_met on it)."""
    if any(w in term for w in THRESHOLD_WORDS):
        return False
    for target in targets:
        for _, paragraph in _law_paragraphs(law, target):
            at = paragraph.find(term)
            if at >= 0 and any(w in re.split(r"[。；]", paragraph[at + len(term):])[0] for w in THRESHOLD_WORDS):
                return True
    return False


def _defines_a_consequence(term: str, targets, alternatives: list[Alternative], law: "LawIndex") -> bool:
    """A higher tier's consequence quoted from the 刑法 article and defined by a requirement, not an
    amount: 非法行医行为系造成就诊人死亡的直接、主要原因的，应认定为…“造成就诊人死亡” (非法行医解释第四条).
    Terms that define an element (明知, 违反国家有关规定) are not thresholds and stay out."""
    return any(a.requirements for a in alternatives) and tier_of([term], targets, law) == "aggravating" and any(
        term in text for t in targets for _, text in _law_paragraphs(law, t))


def _lead_lines(lines: list[str]) -> list[int]:
    """Where each 款 of an article starts: its lines without the items （一）（二）… a paragraph lists."""
    return [i for i, line in enumerate(lines) if not ITEM_RE.match(line.strip())]


def _law_paragraphs(law: LawIndex, target: tuple[int, int, int | None]) -> list[tuple[str, str]]:
    number, suffix, clause = target
    unit_id, text = law.get((number, suffix), ("", ""))
    paragraphs = [p for p in text.split("\n") if p.strip()]
    leads = _lead_lines(paragraphs)
    if clause and clause <= len(leads):
        # 款 are counted without the items a paragraph lists: 第一百五十三条第二款 is the line after 第一款's （一）至（三）
        paragraphs = [paragraphs[leads[clause - 1]]]
    return [(unit_id, p) for p in paragraphs]


NO_THRESHOLD = "无论数量多少"
BRACKET_RE = re.compile(r"处(?:(?P<n>[一二三四五六七八九十]+)年(?P<dir>以上|以下))?")


def _severity(penalty_text: str) -> tuple[int, int]:
    """处三年以下 < 处三年以上七年以下 < 处七年以上: the bracket's least years, then whether it has no ceiling."""
    if re.match(r"处(?:无期徒刑|死刑)", penalty_text):
        return (100, 1)
    m = BRACKET_RE.match(penalty_text)
    if not m or not m["n"]:
        return (0, 0)
    n = parse_chinese_int(m["n"])
    return (n, 1) if m["dir"] == "以上" else (0, n)


# one bracket of a 刑法 paragraph: 处三年以下有期徒刑, 处七年以上有期徒刑, 处无期徒刑
BRACKET_PENALTY_RE = re.compile(r"处(?:无期徒刑|死刑|[^，；。]{0,12}?(?:有期徒刑|拘役|管制))")


def _is_lightest(bracket: str, brackets: list[str]) -> bool:
    return _severity(bracket) == min(_severity(b) for b in brackets)


def _lightest_bracket(paragraph: str, at: int, term: str) -> bool | None:
    """Whether the term's bracket is the paragraph's lightest, where the paragraph names several brackets by
    amount: 第三百四十八条 opens with 数量大 (七年以上) and ends with 数量较大 (三年以下), the filing tier. None where
    the paragraph has one bracket, or for 情节较轻 (a lighter bracket of a crime convicted without it)."""
    brackets = list(BRACKET_PENALTY_RE.finditer(paragraph))
    if len(brackets) < 2 or "较轻" in term:
        return None
    own = next((b for b in brackets if b.start() > at), None)
    if own is None:
        return None
    return _is_lightest(own.group(0), [b.group(0) for b in brackets])


def tier_of(terms: list[str], targets: list[tuple[int, int, int | None]], law: LawIndex) -> str:
    """filing when a term stands before the first penalty of its 刑法 clause ("情节严重的，处三年以下");
    aggravating when after it ("…；情节特别严重的，处三年以上"). Without the article: by the words."""
    for target in targets:
        if any(NO_THRESHOLD in text for _, text in _law_paragraphs(law, (target[0], target[1], None))):
            return "aggravating"      # 第三百四十七条: 无论数量多少，都应当追究刑事责任 — every figure is a higher tier
        for _, paragraph in _law_paragraphs(law, target):
            penalty = LAW_PENALTY_RE.search(paragraph)
            for term in terms:
                at = paragraph.find(term)
                if at >= 0:
                    lightest = _lightest_bracket(paragraph, at, term)
                    if lightest is not None:
                        return "filing" if lightest else "aggravating"
                    return "filing" if penalty is None or at < penalty.start() else "aggravating"
        listed = _tier_of_listed_item(terms, target, law)
        if listed:
            return listed
    return "aggravating" if any(w in t for t in terms for w in AGGRAVATING_WORDS) else "filing"


def _tier_of_listed_item(terms: list[str], target: tuple[int, int, int | None], law: LawIndex) -> str | None:
    """A term in an item of the paragraph the target names (第三百一十八条第一款第（二）项 人数众多): the item's bracket is the
    last one its paragraph states before the list (有下列情形之一的，处七年以上…：), filing only if it is the lightest."""
    number, suffix, clause = target
    if not clause:
        return None
    lines = [p for p in law.get((number, suffix), ("", ""))[1].split("\n") if p.strip()]
    leads = _lead_lines(lines)
    if clause > len(leads):
        return None
    start = leads[clause - 1]
    end = leads[clause] if clause < len(leads) else len(lines)
    if not any(term in line for line in lines[start + 1:end] for term in terms):
        return None
    brackets = BRACKET_PENALTY_RE.findall(lines[start])
    if not brackets:
        return None
    return "filing" if _is_lightest(brackets[-1], brackets) else "aggravating"


def statutory_conditions(terms: list[str], targets: list[tuple[int, int, int | None]], law: LawIndex) -> list[Condition]:
    """Conditions the 刑法 clause joins to the term with 并且/且/同时: "逃避缴纳税款数额较大并且占应纳税额
    百分之十以上" adds 占应纳税额 ≥ 10% to the interpretation's 数额较大."""
    for target in targets:
        for unit_id, paragraph in _law_paragraphs(law, target):
            for term in terms:
                at = paragraph.find(term)
                if at < 0:
                    continue
                start = max(paragraph.rfind(p, 0, at) for p in "，；。") + 1
                ends = [e for e in (paragraph.find(p, at) for p in "，；。") if e >= 0]
                segment = paragraph[start:min(ends) if ends else len(paragraph)]
                joint = re.search(r"并且|同时|且", segment)
                if not joint:
                    continue
                other = segment[joint.end():] if segment.find(term) < joint.start() else segment[:joint.start()]
                conds = conditions_in(other)
                spared = _spared_offenders(law, target, paragraph, term)
                for c in conds:
                    c.basis, c.not_for = unit_id, spared or None
                return conds
    return []


# the offender a 刑法 paragraph opens with: 纳税人采取欺骗、隐瞒手段…, 扣缴义务人采取前款所列手段…
PARAGRAPH_OFFENDER_RE = re.compile(r"^(?:第[零〇一二两三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?\s*)?([\u4e00-\u9fff]{1,6}?人)")


def _spared_offenders(law: LawIndex, target: tuple[int, int, int | None], joined: str, term: str) -> list[str]:
    """Offenders another paragraph of the article punishes for the same term with nothing joined to it:
    刑法第二百零一条第二款 扣缴义务人…数额较大的，依照前款的规定处罚 asks no 占应纳税额百分之十 of them."""
    own = PARAGRAPH_OFFENDER_RE.match(joined)
    spared = []
    for _, paragraph in _law_paragraphs(law, (target[0], target[1], None)):
        offender = PARAGRAPH_OFFENDER_RE.match(paragraph)
        if (own and offender and offender.group(1) != own.group(1) and term in paragraph
                and not re.search(r"并且|同时|且", paragraph)):
            spared.append(offender.group(1))
    return spared


def _filing_names(head: str) -> list[str]:
    """［失火案（…）］ names the case type; the offense is the same name with 罪."""
    names = [x.strip() for x in re.split(r"[；;]", head) if x.strip()]
    return [re.sub(r"案$", "罪", n) for n in names]


# A place the head requires for every item: 非法携带…进入公共场所或者公共交通工具，危及公共安全，涉嫌下列
#情形之一的 (立案追诉标准（一）第七条; 爆炸物解释第六条). Its items count only quantities, so without this
# "非法运输雷管50枚" met the carrying offense's standard (雷管二十枚以上) though nothing entered a public place.
# Likewise the place, season or means of hunting and fishing (野生动物解释（2022）第三条、第七条): 猎捕野兔价值
# 一万二千元 met item (一) with no 禁猎区, 禁猎期 or 禁用的工具、方法 stated.
HEAD_ELEMENT_RE = re.compile(r"进入[^，。；]{0,24}(?:场所|交通工具)|在禁[猎渔]区、禁[猎渔]期或者使用禁用的工具、方法")


NOT_A_CRIME_RE = re.compile(r"不作为犯罪|不认为是犯罪|不追究刑事责任")


def _standard(sid: str, doc: Document, unit, term: str, targets, names, subject: str, head: str,
              alternatives: list[Alternative], law: LawIndex, tier: str | None = None,
              specific: bool | None = None) -> Standard:
    terms = [t for t in re.split(r"[、]", term) if t]
    tier = tier or tier_of(terms, targets, law)
    extra = statutory_conditions(terms, targets, law) if tier == "filing" or "巨大" in term else []
    place = HEAD_ELEMENT_RE.search(head)
    shared = requirements_in(place.group(0)) if place else []
    if tier == "filing":
        alternatives = _any_amount_below(_open_above(alternatives, keep_units=SPAN_UNITS))
    for alt in alternatives:
        if not alt.catch_all:
            alt.conditions += [Condition(**{**c.to_dict()}) for c in extra]
            alt.requirements += [r for r in shared if r.text not in {q.text for q in alt.requirements}]
    if specific is None:
        specific = (term == "定罪处罚" and not _whole_offense(head)) or "本解释规定的" in head
    names = names or _sentenced_offense(head)
    return Standard(sid, doc.id, unit.id, term, targets, names, subject, head, alternatives, unit.text,
                    doc.effective, tier, review_note(unit.text), specific)


def _whole_offense(head: str) -> bool:
    """The head's conduct is an offense's whole conduct, named as its charge is (引诱、容留、介绍他人卖淫，具有下列情形
    之一的，应当…定罪处罚 is 引诱、容留、介绍卖淫罪's threshold): a general clause that supersedes older ones, not a
    rule for one kind of conduct (…伪劣卷烟…，以生产、销售伪劣产品罪定罪处罚). Probe 55b NB29 met the 2008
    standard's 介绍二人次 beside the 2017 解释's 二人以上."""
    conduct = re.sub(r"^第[一二三四五六七八九十百零]+条\s*|他人|的", "", re.split(r"[，,]", head, maxsplit=1)[0])
    return bool(conduct) and f"{conduct}罪" in official_charges()


SENTENCED_RE = re.compile(r"以([^，。；“”]{2,40}?罪)处")


def _sentenced_offense(head: str) -> list[str]:
    """"…，以走私珍贵动物、珍贵动物制品罪处五年以下有期徒刑": the offense the clause sentences, when it names one.
    Its 刑法 paragraph (第一百五十一条第二款) holds three more, and 走私文物 was judged on the animals' 二万元."""
    named = list(dict.fromkeys(m.group(1) for m in SENTENCED_RE.finditer(head)))
    return named if len(named) == 1 else []


def _convicts_at_an_amount(sentence: str) -> bool:
    """"…价值二万元以上…的，应当依照刑法第X条的规定，以…罪处五年以下" / "…定罪处罚": a conviction threshold."""
    return ("依照刑法" in sentence and bool(re.search(r"定罪处罚|罪处", sentence)) and _has_amount(sentence)
            and not DEEM_RE.search(sentence) and "未遂" not in sentence)


def _situations_that_convict(head: str, items: Items) -> bool:
    """"容留他人吸食、注射毒品，具有下列情形之一的，应当依照刑法第三百五十四条的规定，以容留他人吸毒罪定罪处罚" (毒品
    解释（2016）第十二条): a list that is the filing standard itself, though no item counts anything. Not a list of the
    ways the act is done that must still meet other rules (符合本解释第一条第一款规定的条件的, 符合刑法第二百六十四条规定的)
    or a consequence (后果严重的)."""
    lead = head.split("依照")[0]
    return bool(items) and "具有下列情形之一" in lead and "符合" not in head and not re.search(r"严重的|较大的|巨大的", lead)


def _convicts_by_kind(sentences: list[str]) -> bool:
    """"走私国家禁止出口的二级文物的，应当依照刑法第一百五十一条第二款的规定，以走私文物罪处五年以上…；走私…一级文物的，
    应当认定为…“情节特别严重”；走私…三级文物的，应当认定为…“情节较轻”" (妨害文物管理解释 第一条第二款): the
    brackets of one crime by the kind of thing, every later sentence deeming one."""
    first = sentences[0]
    return ("依照刑法" in first and "罪处" in first and not DEEM_RE.search(first) and not _has_amount(first)
            and all(DEEM_RE.search(t) and TERMS_RE.search(t) and not _has_amount(t) for t in sentences[1:]))


def _after_preamble(sentences: list[str]) -> list[str]:
    """The sentences from the first that convicts at an amount or by kind, when those before it set no number and
    deem nothing: 妨害文物管理解释 第一条第三款 opens "…无法确定文物等级…的，可以按照走私的文物价值定罪量刑" before its
    二十万元 / 一百万元 / 五万元 sentences, and its 第二款 follows 第一款's definition in one block."""
    first = next((i for i, t in enumerate(sentences)
                  if _convicts_at_an_amount(t) or (i and _convicts_by_kind(sentences[i:]))), 0)
    if any(_has_amount(t) or DEEM_RE.search(t) for t in sentences[:first]):
        return sentences
    return sentences[first:]


PENALTY_BY_LAW_RE = re.compile(r"依照刑法[^。；]{0,40}?的规定[，,]?(?:对单位判处罚金[^。；]{0,40}?[，,])?处(?P<bracket>[^。；：:]{0,16}?"
                               r"(?:有期徒刑|拘役|管制))")


def _sentenced_at_the_lightest(sentence: str, targets, law: LawIndex) -> bool:
    """"…具有下列情形之一的，依照刑法第一百五十一条第三款的规定处五年以下有期徒刑或者拘役" (走私解释 第十一条): the clause
    names the lightest bracket of its paragraph, so what it lists is the offense's threshold. 第一条第二款's 处七年以上 is
    not one: 第一百五十一条第一款's 情节较轻 is lighter, and less than the list is still a crime."""
    stated = PENALTY_BY_LAW_RE.search(sentence)
    if not stated or DEEM_RE.search(sentence[:stated.start()]):
        return False
    for target in targets:
        for _, paragraph in _law_paragraphs(law, target):
            brackets = BRACKET_PENALTY_RE.findall(paragraph)
            if brackets and _is_lightest("处" + stated["bracket"], brackets):
                return True
    return False


def _open_above(alternatives: list[Alternative], keep_units: frozenset[str]) -> list[Alternative]:
    """"五株以上不满二十五株": in a filing clause the 不满 marks where the next tier starts, so more meets it too
    (走私解释 第十四条: 危险性固体废物六吨 was asked 是多少（标准：五吨）). Not a span of age or time
    (`keep_units`: 已满十四周岁不满十六周岁 is the span)."""
    for a in alternatives:
        floors = {(c.metric, c.unit) for c in a.conditions if c.op in (">=", ">")}
        a.conditions = [c for c in a.conditions
                        if not (c.op == "<" and (c.metric, c.unit) in floors and c.unit not in keep_units)]
    return alternatives


SPAN_UNITS = frozenset(SPAN_OF_TIME) | {"岁", "周岁"}
UPPER_WORDS_RE = re.compile(r"(?:不满|不足|未满)$")


def _any_amount_below(alternatives: list[Alternative]) -> list[Alternative]:
    """A filing clause's bound alone (走私重点保护古生物化石或者未命名的古生物化石不满十件, 走私解释 第十一条（二）): any
    amount up to it is the crime and more is a graver tier, so any amount meets it. Read as the number, the metric kept
    the 不满 and the question asked 不满是多少（标准：十件）; 二件 could never be read."""
    for a in alternatives:
        floors = {(c.metric, c.unit) for c in a.conditions if c.op in (">=", ">")}
        a.conditions = [replace(c, metric=UPPER_WORDS_RE.sub("", c.metric), op=">", value=0.0, text=f"{c.text}以内的任何数量")
                        if c.op == "<" and UPPER_WORDS_RE.search(c.metric) and c.unit not in SPAN_UNITS
                        and (c.metric, c.unit) not in floors else c
                        for c in a.conditions]
    return alternatives


def _before_conviction(sentence: str) -> str:
    """"…二十份以上且票面税额十万元以上的，应当依照刑法第…的规定定罪处罚": what must hold, before 依照."""
    return re.split(r"[，,]?(?:应当)?依照", sentence)[0]


def _from_the_amount(text: str) -> str:
    """The clauses from the first that counts something: the conduct before it restates the offense
    (非法猎捕、杀害国家重点保护的珍贵、濒危野生动物…，价值二万元以上), which the facts word their own way."""
    clauses = re.split(r"(?<=[，,])", text)
    at = next((i for i, c in enumerate(clauses) if _has_amount(c)), 0)
    return "".join(clauses[at:])


def _lower_bounds_only(alternatives: list[Alternative]) -> list[Alternative]:
    """"价值二万元以上不满二十万元": the 不满 only marks where the next tier starts, so more meets the
    lower tier too. The text stays the law's words (training questions quote it)."""
    for a in alternatives:
        a.conditions = [c for c in a.conditions if c.op != "<"]
    return alternatives


def _listed(items: Items, lead: str) -> list[Alternative]:
    """The alternatives of a list; amounts in its lead ("…数额在50万元以上或者…25万元以上，同时具有下列
    情节之一的") hold together with every item: each lead alternative joined with each item."""
    if items and all("”，是指" in t for _, t in items):
        # definitions of the terms the lead joins ("数量较大，造成耕地大量毁坏的"): all of them hold
        combined = [Alternative("", "")]
        for label, t in items:
            parts = _alternatives(label, t.split("”，是指", 1)[1])
            combined = [Alternative(f"{c.label}{p.label}", f"{c.text}{label}{p.text}", c.conditions + p.conditions,
                                    c.requirements + p.requirements) for c in combined for p in parts]
        return combined
    listed = computed_multiples([a for label, t in items for a in _alternatives(label, t)], Requirement, Condition)
    if not items:
        return _alternatives("", lead) if _has_amount(lead) else []
    if not _has_amount(lead):
        return listed
    out = []
    for h in _alternatives("", lead):
        for a in listed:
            out.append(Alternative(f"{a.label}{h.label and '+' + h.label}", f"{h.text}，{a.text}",
                                   h.conditions + a.conditions, h.requirements + a.requirements, a.catch_all))
    return out


def _deemed_or_listed(items: Items, lead: str) -> list[Alternative]:
    """"…违法所得数额在三万元以上的，应当认定为…“违法所得数额较大”；具有下列情形之一的，应当认定为…“其他严重
    情节”" (知识产权解释（2025）第五条): the amount the lead deems one term by is an alternative beside the items, which
    deem the other; joined to each item, 销售金额五万元 met only with 违法所得三万元 as well."""
    *before, last = re.split(r"[；;]", lead)
    deemed = [m for sentence in before if _has_amount(sentence) and (m := DEEM_RE.search(sentence))]
    if len(before) != 1 or not deemed or not TERMS_RE.search(before[0][deemed[0].end():]):
        return _listed(items, lead)
    amount = re.sub(r"[，,]?(?:应当|可以)?$", "", before[0][:deemed[0].start()])
    deemed_alternatives = _alternatives("", amount)
    # the act the lead names (销售明知是假冒注册商标的商品) is every item's: without it 销售金额八万元 met (一) unknowing
    act = [r for r in deemed_alternatives[0].requirements if all(r in a.requirements for a in deemed_alternatives)]
    listed = _listed(items, last)
    for a in listed:
        if not a.catch_all:
            a.requirements = [*act, *(r for r in a.requirements if r not in act)]
    return deemed_alternatives + listed


Context = tuple[list[tuple[int, int, int | None]], list[str]]   # 刑法 targets and offense of the last conviction


def conviction_context(text: str, previous: Context | None) -> Context | None:
    """"依照刑法第一百七十六条的规定，以非法吸收公众存款罪定罪处罚": what later articles that only say
    "应当依法追究刑事责任" are about."""
    convict = CONVICT_RE.search(text)
    targets = [t for line in text.splitlines() for t in _targets(line)] if convict else []
    return (targets, [convict.group(1)]) if convict and targets else previous


# "实施前款规定的行为，具有下列情形之一的…数量较大，造成…农用地大量毁坏" (破坏森林资源解释（2023）第一条第二款): the
# figures count only land taken by the acts the paragraph before defines as 毁坏 (建窑、建坟、建房、修路、硬化…,
# 采石、采砂…, or a serious pollution or damage). Read as the area alone, 占用林地12亩临时停放车辆，林木未砍伐 and
# 经评估林地未毁坏 met it (probe 31b).
PRIOR_ACTS_HEAD_RE = re.compile(r"^实施前款规定的?行为[，,]具有下列")
ACT_LEAD_RE = re.compile(r"^(?:在[^，、]{1,8}?上)?(?:实施|进行)?")
ACT_TAIL_RE = re.compile(r"等[^、，]{0,8}$")
WORKS_WORDS = ("工程建设", "修建", "建造", "兴建", "建厂", "盖房", "建设厂房", "建设房屋")


def _defined_acts(head: str, previous_head: str, previous_items: Items) -> Requirement | None:
    """The acts the paragraph before deems an element (造成林地“毁坏”), as one requirement with an option each, for a
    paragraph of figures that opens 实施前款规定的行为; None when the paragraph before sets a threshold instead."""
    deem = DEEM_RE.search(previous_head)
    terms = TERMS_RE.findall(previous_head[deem.end():]) if deem else []
    if not PRIOR_ACTS_HEAD_RE.match(head) or not previous_items or not terms \
            or any(w in t for t in terms for w in THRESHOLD_WORDS):
        return None
    options: list[str] = []
    for _, item in previous_items:
        body = ITEM_RE.sub("", item).strip().rstrip("。；;").removesuffix("的")
        act, _, consequence = body.partition("造成")
        if consequence:         # 排放污染物…，造成林地被严重污染或者原有植被、…被严重破坏: the consequence says it
            said = [o for r in requirements_in(consequence) for o in r.options]
            tail = next((m.group(0) for o in reversed(said) if (m := re.search(r"被严重[\u4e00-\u9fa5]{2}$", o))), "")
            options += [o if "严重" in o else o + tail for o in said]     # 原有植被 is 原有植被被严重破坏
            continue
        words = ACT_TAIL_RE.sub("", act.strip("，"))
        options += [w for w in ACT_LEAD_RE.sub("", words).split("、") if len(w) >= 2]
        if act.endswith("等工程建设"):     # the list is of works: 建厂房, 修建道路 are 工程建设 too (not a temporary 搭建)
            options += list(WORKS_WORDS)
    options += terms                                        # 毁坏, as the facts may say it
    shown = "、".join(options[:-len(terms)])
    return Requirement(f"实施前款规定的行为（{'、'.join(terms)}）", list(dict.fromkeys(options)),
                       f"是否实施了{shown}等行为（{'、'.join(terms)}）？")


# 造成个人财产直接经济损失15万元以上，或者直接经济损失不满15万元，但间接经济损失75万元以上的 (and the 公共财产 / 法人 item, and
# 3、4两项合计…): 附则（二） reads 不满 as 已达到该数额百分之八十以上, so the second half is 直接 ≥ 80% and 间接 at its figure
LOSS_PAIR_RE = re.compile(r"(?P<owner>个人财产|[^，。；]{0,20}?组织财产|合计)?直接经济损失(?P<direct>\d+(?:\.\d+)?)万元以上，或者(?:合计)?直接经济损失"
                          r"不满(?P=direct)万元，但(?:合计)?间接经济损失(?P<indirect>\d+(?:\.\d+)?)万元以上")
NOT_REACHING_SHARE = 0.8
PERSONAL_PROPERTY = Requirement("个人财产", ["个人财产", "个人的财产", "个人经济损失", "群众财产", "村民", "农户", "居民", "个体工商户", "自然人"],
                                "造成损失的是个人财产，还是公共财产或者法人、其他组织的财产？（个人财产的数额标准较低）")
# 造成死亡1人以上，或者重伤3人以上，或者重伤2人、轻伤4人以上…: each clause one alternative, its counts all needed (split at 、,
# 重伤2人 alone met it)
INJURY_CLAUSES_RE = re.compile(r"重伤\d+人、轻伤\d+人以上")


def _case_item_alternatives(label: str, text: str) -> list[Alternative]:
    """One numbered item of a case type: its loss pairs and injury clauses read as the 附则 and the commas say,
    the rest as every listed item."""
    loss = LOSS_PAIR_RE.search(text)
    if loss:
        direct, indirect = float(loss["direct"]) * 10000, float(loss["indirect"]) * 10000
        personal = [PERSONAL_PROPERTY] if loss["owner"] == "个人财产" else []
        quoted = loss.group(0)
        return [Alternative(f"{label}直接", quoted.split("，或者")[0],
                            [Condition("直接经济损失", ">=", direct, "元", f"直接经济损失{loss['direct']}万元以上")], list(personal)),
                Alternative(f"{label}间接", quoted.split("，或者")[1],
                            [Condition("直接经济损失", ">=", direct * NOT_REACHING_SHARE, "元",
                                       f"直接经济损失不满{loss['direct']}万元（已达到该数额百分之八十以上，附则（二））"),
                             Condition("间接经济损失", ">=", indirect, "元", f"间接经济损失{loss['indirect']}万元以上")], list(personal))]
    if INJURY_CLAUSES_RE.search(text):
        clauses = [c for c in re.split(r"，或者", text.rstrip("的；。")) if c]
        return [Alternative(f"{label}{i + 1}", c, conditions_in(c)) for i, c in enumerate(clauses)]
    return _alternatives(label, text)


def _case_type_standard(doc: Document, unit, case: re.Match, text: str, law: LawIndex) -> list[Standard]:
    """A case type's 应予立案 clause (corpus/parse.CASE_TYPE_RE: （十二）徇私舞弊不移交刑事案件案（第四百零二条）, its definition, then
    涉嫌下列情形之一的，应予立案： and items 1.…): its numbered items, or the conduct of its one sentence. The definition
    (…罪是指…的行为) only restates the 罪状 and is no condition; paragraphs after the items (滥用职权's note on
    the special offenses) are read by no one here."""
    lines = [ln.strip() for ln in text.splitlines()[1:] if ln.strip()]
    at = next((i for i, ln in enumerate(lines) if "应予立案" in ln), None)
    if at is None:
        return []
    filing = lines[at]
    refs = [(parse_ordinal(r.group(1)), parse_ordinal(r.group(2)) if r.group(2) else 0,
             parse_ordinal(r.group(3)) if r.group(3) else None) for r in REF_RE.finditer(case["article"])]
    items = []
    for ln in lines[at + 1:]:
        sub = SUB_ITEM_RE.match(ln)
        if not sub:
            break
        items.append((f"{sub.group(1)}.", SUB_ITEM_RE.sub("", ln)))
    conduct = re.sub(r"[，,]?(涉嫌下列情形之一的?[，,]?)?$", "", filing.split("应予立案")[0])
    alternatives = [a for label, t in items for a in _case_item_alternatives(label, t)] or _alternatives("", conduct)
    names = [n.removeprefix(BY_FUNCTIONARY) for n in _filing_names(case["name"])]    # scoped in standard_scopes.yaml
    return [_standard(f"std:{unit.id}", doc, unit, "应予立案", refs, names, _subject(filing),
                      f"{case.group(0)}\n{filing}", alternatives, law, tier="filing")]


def standards_in_unit(doc: Document, unit, law: LawIndex | None = None, context: Context | None = None) -> list[Standard]:
    """Threshold standards stated by one article of an interpretation or a filing standard; `context`
    names the offense of articles that do not cite the 刑法 themselves."""
    law = law or {}
    found: list[Standard] = []
    text = strip_review_notes(unit.text)
    if case := CASE_TYPE_RE.match(text):
        return _case_type_standard(doc, unit, case, text, law)
    filing = FILING_HEAD_RE.match(text)
    blocks = _blocks(text)
    for n, (head, items) in enumerate(blocks):
        sid = f"std:{unit.id}" + (f":{n}" if n else "")
        body_head = re.sub(r"^第\S+条\s*", "", head)
        if n and (acts := _defined_acts(head, *blocks[n - 1])):
            at = len(found)
            found.extend(standards_in_unit(doc, replace(unit, text=head + "\n" + "\n".join(t for _, t in items)), law, context))
            for std in found[at:]:
                std.id = sid
                for alt in std.alternatives:
                    if not alt.catch_all:
                        alt.requirements.append(acts)
            continue
        if filing and ("立案追诉" in head or "应予立案" in head):
            names = _filing_names(filing.group(1))
            refs = [(parse_ordinal(r.group(1)), parse_ordinal(r.group(2)) if r.group(2) else 0,
                     parse_ordinal(r.group(3)) if r.group(3) else None) for r in REF_RE.finditer("第" + filing.group(2))]
            conduct = FILING_HEAD_RE.sub("", head).split("应予立案")[0]
            alternatives = [a for label, t in items for a in _alternatives(label, t)] or \
                _alternatives("", re.sub(r"[，,]?(涉嫌下列情形之一的?[，,]?)?$", "", conduct))
            found.append(_standard(sid, doc, unit, "应予立案追诉", refs, names, _subject(body_head), head,
                                   alternatives, law, tier="filing"))
            continue
        convict = CONVICT_RE.search(body_head)
        if "刑法" in body_head and convict and not DEEM_RE.search(body_head):
            targets = _targets(body_head)
            alternatives = _listed(items, "") or _alternatives("", body_head.split("依照")[0])
            if targets and (any(a.conditions for a in alternatives) or _situations_that_convict(body_head, items)):
                found.append(_standard(sid, doc, unit, "定罪处罚", targets, [convict.group(1)], _subject(body_head),
                                       head, alternatives, law, tier="filing"))
            continue
        if "刑法" in body_head and items and not convict and not DEEM_RE.search(body_head) \
                and _sentenced_at_the_lightest(body_head, _targets(body_head), law):
            lead = re.split(r"[，,]?(?:同时|并)?具[有备]下列", body_head)[0]
            alternatives = _listed(items, lead)         # opened above by _standard, as every filing clause
            if any(a.conditions for a in alternatives):
                found.append(_standard(sid, doc, unit, "定罪处罚", _targets(body_head), [], _subject(body_head), head,
                                       alternatives, law, tier="filing"))
            continue
        if "刑法" in body_head and "定罪处罚" in body_head and not convict and not DEEM_RE.search(body_head) \
                and "未遂" not in body_head:
            # "伪造或者出售伪造的增值税专用发票，具有下列情形之一的，应当依照刑法第二百零六条的规定定罪处罚" and
            # "…票面税额二十万元以上的，…应当依照刑法第二百零八条第一款的规定定罪处罚": the offense by its article
            targets = _targets(body_head)
            lead = re.split(r"[，,]?(?:同时|并)?具[有备]下列", body_head)[0] if items else _before_conviction(body_head)
            alternatives = _listed(items, lead) if items else _alternatives("", lead)
            if targets and any(a.conditions for a in alternatives):
                found.append(_standard(sid, doc, unit, "定罪处罚", targets, [], _subject(body_head), head,
                                       alternatives, law, tier="filing"))
            continue
        if "追究刑事责任" in body_head and "刑法" not in body_head and context and context[0] \
                and not NOT_A_CRIME_RE.search(body_head):
            # "非法吸收或者变相吸收公众存款，具有下列情形之一的，应当依法追究刑事责任": the offense is the
            # one the preceding articles convict of (not a list of cases 一般不作为犯罪处理, whose 需要追究刑事责任的
            # follows: 野生动物解释（2022）第十三条第二款 was read as 掩饰、隐瞒犯罪所得罪's filing clause)
            lead = re.split(r"[，,]?(?:同时|并)?具[有备]下列|[，,]?应当", body_head)[0]
            alternatives = _listed(items, lead)
            if any(a.conditions or a.requirements for a in alternatives):
                found.append(_standard(sid, doc, unit, "追究刑事责任", context[0], context[1], _subject(body_head),
                                       head, alternatives, law, tier="filing"))
            continue
        deem = DEEM_RE.search(body_head)
        if deem and "刑法" not in body_head and context and context[0] and items:
            # "非法从事资金支付结算业务或者非法买卖外汇，具有下列情形之一的，应当认定为非法经营行为“情节严重”："
            terms = TERMS_RE.findall(body_head[deem.end():])
            alternatives = _listed(items, re.split(r"[，,]?(?:同时|并)?具[有备]下列", body_head)[0])
            if terms and any(a.conditions for a in alternatives):
                found.append(_standard(sid, doc, unit, "、".join(dict.fromkeys(terms)), context[0], context[1],
                                       _subject(body_head), head, alternatives, law))
            continue
        if deem and "刑法" not in body_head and context and context[0]:
            # "集资诈骗数额在10万元以上的，应当认定为“数额较大”；数额在100万元以上的，应当认定为“数额巨大”"
            for k, sentence in enumerate(s for s in re.split(r"[；。]", body_head) if DEEM_RE.search(s)):
                terms = TERMS_RE.findall(sentence[DEEM_RE.search(sentence).end():])
                alternatives = _alternatives("", sentence[:DEEM_RE.search(sentence).start()])
                if terms and any(a.conditions for a in alternatives):
                    found.append(_standard(f"{sid}:{terms[0]}" if k else sid, doc, unit, "、".join(terms), context[0], context[1],
                                           _subject(body_head), head, alternatives, law))
            continue
        if not deem or "刑法" not in body_head or body_head[deem.start() - 1:deem.start()] == "不":
            continue        # 可不认定为…: says what a term is not, and the 可以认定为 after it is discretion
        targets = _targets(body_head)
        terms = TERMS_RE.findall(body_head[deem.end():])
        if not targets or not terms:
            continue
        sentences = _after_preamble([t for t in re.split(r"[；。]", body_head) if t])
        if not items and len(sentences) > 1 and "分别认定为" not in body_head and all(
                _has_amount(t) and DEEM_RE.search(t) and TERMS_RE.search(t[DEEM_RE.search(t).end():]) for t in sentences):
            # "偷逃应缴税额在十万元以上不满五十万元的，应当认定为刑法第一百五十三条第一款规定的“偷逃应缴税额较大”；偷逃应缴
            # 税额在五十万元以上…的，应当认定为“偷逃应缴税额巨大”；…" (走私解释 第十六条): each sentence deems a tier
            for k, sentence in enumerate(sentences):
                at = DEEM_RE.search(sentence)
                named = TERMS_RE.findall(sentence[at.end():])[0]
                found.append(_standard(f"{sid}:{named}" if k else sid, doc, unit, named, targets, [], _subject(body_head),
                                       head, _lower_bounds_only(_alternatives("", _from_the_amount(sentence[:at.start()]))),
                                       law))
            continue
        if not items and len(sentences) > 1 and "分别认定为" not in body_head and (
                _convicts_at_an_amount(sentences[0]) or _convicts_by_kind(sentences)
                or (_has_amount(sentences[0]) and _sentenced_at_the_lightest(sentences[0], targets, law))):
            # "…价值二万元以上不满二十万元的，应当依照刑法第三百四十一条第一款的规定，以危害珍贵、濒危野生动物罪处
            # 五年以下…；价值二十万元以上不满二百万元的，应当认定为“情节严重”…": the first sentence is the
            # filing threshold, each later one a tier of its own. An upper bound (不满…) only marks where the
            # next tier starts: more meets the lower tier too
            first = _from_the_amount(_before_conviction(sentences[0]))
            # the offense's own threshold, with its tiers after it: general, so it supersedes older ones
            alternatives = _lower_bounds_only(_alternatives("", first))
            if sentences[0].startswith("单位"):       # 单位犯走私普通货物、物品罪，偷逃应缴税额在二十万元以上: the 单位's own figure
                for a in alternatives:
                    a.for_subject = a.for_subject or "单位"
            filing = _standard(sid, doc, unit, "定罪处罚", targets, [], _subject(body_head), head,
                               alternatives, law, tier="filing", specific=False)
            found.append(filing)
            for sentence in sentences[1:]:
                at, named = DEEM_RE.search(sentence), TERMS_RE.findall(sentence)
                if not (at and named):
                    continue
                tier = _lower_bounds_only(_alternatives("", sentence[:at.start()]))
                if "较轻" in named[0]:      # 情节较轻 is a lighter bracket of the same crime: it convicts too
                    filing.alternatives.extend(tier)
                else:
                    found.append(_standard(f"{sid}:{named[0]}", doc, unit, named[0], targets, [], _subject(body_head),
                                           head, tier, law))
            continue
        if "分别认定为" in body_head and len(terms) > 1:
            before = re.split(r"[；。]", body_head.split("分别认定为")[0])
            for sentence in before[:-1]:
                if "定罪处罚" in sentence and "依照刑法" in sentence and _has_amount(sentence):
                    found.append(_standard(f"{sid}:定罪处罚", doc, unit, "定罪处罚", targets, [], _subject(body_head),
                                           head, _alternatives("", sentence.split("，应当依照")[0]), law, tier="filing"))
            conds = conditions_in(before[-1])
            # 骗取国家出口退税款数额十万元以上、五十万元以上、五百万元以上: each figure counts the first's thing
            conds = [c if c.metric or not conds or c.unit != conds[0].unit else replace(c, metric=conds[0].metric)
                     for c in conds]
            for i, term in enumerate(terms):
                if i < len(conds):
                    found.append(_standard(f"{sid}:{term}", doc, unit, term, targets, [], _subject(body_head), head,
                                           [Alternative("", conds[i].text, [conds[i]])], law))
            continue
        same_as_first = SAME_AS_FIRST_RE.search(body_head)
        if same_as_first and found and found[0].unit_id == unit.id:
            wanted = f"（{same_as_first.group(1)}）" if same_as_first.group(1) else ""
            alternatives = [copy.deepcopy(a) for a in found[0].alternatives if a.label.startswith(wanted)]
        elif items:
            alternatives = _deemed_or_listed(items, re.split(r"[，,]?(?:同时|并)?具[有备]下列", body_head)[0])
        else:
            alternatives = _alternatives("", re.split(r"[。]", body_head[:deem.start()])[-1])
        term = "、".join(dict.fromkeys(terms))
        if any(t in ELEMENT_TERMS for t in terms):
            continue
        if _names_the_act(term, targets, law):
            continue
        if _is_threshold(term, alternatives) or _defines_a_consequence(term, targets, alternatives, law):
            found.append(_standard(sid, doc, unit, term, targets, [], _subject(body_head), head, alternatives, law))
    return found


def law_index(documents: list[Document]) -> LawIndex:
    """The 刑法 articles by number, for tiers and the conjuncts the 刑法 adds to a term."""
    law: LawIndex = {}
    for doc in documents:
        if doc.id == CRIMINAL_LAW_ID:
            for u in doc.units:
                if u.kind == "article" and u.article_no:
                    law[(u.article_no, u.article_suffix)] = (u.id, u.text)
    return law


HALF_OF_RE = re.compile(r"“(?P<term>[^”]{2,10})”的标准(?:可以)?按照(?P<ref>前条|本解释第[一二三四五六七八九十]+条)规定(?:的)?标准的百分之五十确定")


def _said_with_the_act(requirement: Requirement, act: str) -> Requirement:
    """Only options that name the act (抢夺老年人) or an earlier penalty (因盗窃受过刑事处罚) state a halving circumstance:
    split from 抢夺老年人、未成年人、孕妇, 未成年人 alone was met by an offender who is a minor, and 组织 by any 组织.
    With none left, the item's own words are the option, and a fact that does not say them is asked."""
    earlier = EARLIER_PENALTY_RE.search(requirement.text)
    if earlier:     # 曾因抢劫、抢夺或者聚众哄抢受过刑事处罚: one option per act, each in the frame
        acts = [a for a in re.split(r"、|或者", earlier["acts"]) if a]
        return replace(requirement, options=[f"{earlier['within'] or ''}因{a}受过{earlier['kind']}处罚" for a in acts])
    if pieces := _act_with_listed_persons(requirement.text, act):
        return replace(requirement, options=pieces)
    kept = [o for o in requirement.options if act in o]
    return replace(requirement, options=kept or [requirement.text])


# Whom or where an act is done to (盗窃残疾人、孤寡老人、丧失劳动能力人的财物; 对未成年人、残疾人、老年人或者丧失劳动能力人
# 敲诈勒索; 在医院盗窃病人或者其亲友财物; 冒充国家机关工作人员、军人、新闻工作者等特殊身份敲诈勒索): one option per person,
# its words as pieces the facts must say in one clause, in this order (api/verdict.py reads PIECE_SEP). Whole, the
# item was one option no fact restates (勒索一名七十岁老人, 在医院病房盗窃病人); cut at 、, 老年人 alone was met by an
# offender who is old.
PIECE_SEP = "⋯"
PERSONS_AFTER_ACT = r"^(?:在(?P<place>[^，；。]{{2,6}}?))?{act}(?P<persons>[^，；。]+?)(?:的)?(?:财物|款物)?$"
PERSONS_BEFORE_ACT = r"^对(?P<persons>[^，；。]+?){act}$"
IDENTITY = r"^(?:利用或者冒充|冒充或者利用)(?P<persons>[^，；。]+?)等特殊身份{act}$"


def _act_with_listed_persons(text: str, act: str) -> list[str]:
    def persons(words: str) -> list[str]:
        return [w for w in re.split(r"、|或者", words) if len(w) >= 2 and not w.startswith("其")]
    act_re = re.escape(act)
    if m := re.match(IDENTITY.format(act=act_re), text):
        return [f"{how}{PIECE_SEP}{p}" for p in persons(m["persons"]) for how in ("冒充", "利用")]
    if m := re.match(PERSONS_BEFORE_ACT.format(act=act_re), text):
        return [o for p in persons(m["persons"]) for o in (f"{act}{PIECE_SEP}{p}", f"对{PIECE_SEP}{p}{PIECE_SEP}{act}")]
    if (m := re.match(PERSONS_AFTER_ACT.format(act=act_re), text)) and ("、" in m["persons"] or m["place"]):
        place = f"{m['place']}{PIECE_SEP}" if m["place"] else ""
        return [f"{place}{act}{PIECE_SEP}{p}" for p in persons(m["persons"])]
    return []


EARLIER_PENALTY_RE = re.compile(r"(?P<within>[一二两三四五]年内)?曾因(?P<acts>[^，；。]+?)受过(?P<kind>刑事|行政)处罚")


def halved_thresholds(doc: Document, unit, own: list[Standard], law: LawIndex) -> list[Standard]:
    """"盗窃公私财物，具有下列情形之一的，“数额较大”的标准可以按照前条规定标准的百分之五十确定：（一）曾因盗窃受过刑事
    处罚的；（二）一年内曾因盗窃受过行政处罚的…" (盗窃解释 第二条; 抢夺、敲诈勒索 alike): each item with half the figures of
    the article it points at. Unread, 800元 with 一年内曾因盗窃受过行政处罚 was cleared as below 一千元."""
    text = strip_review_notes(unit.text)
    out = []
    for n, (head, items) in enumerate(_blocks(text)):
        half = HALF_OF_RE.search(head)
        if not half or not items:
            continue
        ref = half["ref"]
        number = unit.article_no - 1 if ref == "前条" else parse_ordinal(ref[4:-1])
        base = [s for s in own if s.term == half["term"] and s.unit_id == f"{doc.id}:art{number}" and s.tier == "filing"]
        if len(base) != 1 or not base[0].alternatives:
            continue
        floors = [c for a in base[0].alternatives for c in a.conditions]
        halved = [replace(c, value=c.value / 2, upper=c.upper / 2 if c.upper else None,
                          text=f"{c.text}的百分之五十") for c in floors]
        act = re.match(r"(.+?)公私财物", floors[0].metric) if floors else None
        alternatives = [a for label, t in items for a in _alternatives(label, t)]
        for a in alternatives:
            a.conditions = [replace(c) for c in halved] + a.conditions
            if act:
                a.requirements = [_said_with_the_act(r, act.group(1)) for r in a.requirements]
        sid = f"std:{unit.id}" + (f":{n}" if n else "")
        out.append(Standard(sid, doc.id, unit.id, half["term"], base[0].articles, base[0].offense_names, _subject(head),
                            head, alternatives, unit.text, doc.effective, "filing", review_note(unit.text), True,
                            see=[base[0].unit_id]))      # the figures halved are that article's
    return out


def _persons_where_units_have_their_own(own: list[Standard]) -> None:
    """走私解释 第二十四条 sets the 单位's figures (二十万元) in an article of its own: the same text's other figures for
    that 刑法 article (第十六条, 十万元) are the natural person's, and a 单位 of 十五万元 met them."""
    units = {(s.unit_id, s.articles[0][0]) for s in own if s.articles and s.subject == "单位" and s.alternatives
             and all(a.subject == "单位" for a in s.alternatives)}
    for s in own:
        if not s.articles:
            continue
        if s.subject == "单位" and (s.unit_id, s.articles[0][0]) in units:
            whose = "单位"      # the article's later tiers (一百万元 情节严重) are the 单位's too
        elif any(n == s.articles[0][0] and u != s.unit_id for u, n in units):
            whose = "个人"
        else:
            continue
        for a in s.alternatives:
            if a.subject is None:
                a.for_subject = whose


def extract_standards(documents: list[Document]) -> list[Standard]:
    from .item_references import resolve_item_references     # it builds on this module's records
    law = law_index(documents)
    out = []
    for doc in documents:
        if doc.type not in ("interpretation", "standard"):
            continue
        context, own = None, []
        for unit in doc.units:
            if unit.kind == "article":
                own.extend(standards_in_unit(doc, unit, law, context) or halved_thresholds(doc, unit, own, law))
                context = conviction_context(strip_review_notes(unit.text), context)
        resolve_item_references(doc, own)
        _persons_where_units_have_their_own(own)
        out.extend(own)
    return out


def _limited(standard: dict) -> bool:
    """A clause for one kind of conduct or object. A scope by default (野生动物解释（2022）第三条, 在内陆水域) is the
    general rule with an exception, and supersedes older general clauses as any general clause does."""
    scope = standard.get("scope")
    return bool(standard.get("specific") or (scope and not scope.get("by_default")))


def mark_governing(standards: list[dict], doc_status) -> None:
    """Which filing clauses of one offense govern. Among the clauses that set the general threshold,
    those of the newest document in force with a confirmed (not 待核) clause govern: a newer 待核 text
    cannot displace a confirmed one (it is shown beside it, flagged), and older documents' clauses are
    superseded by it. Clauses for one kind of conduct (`specific`) or one kind of object (`scope`,
    graph/scopes.py) add to the general threshold and govern while in force. Each dict needs tier,
    review, specific and source.doc_id / source.effective; `doc_status(doc_id)` gives 现行有效 …"""
    filing = [s for s in standards if s["tier"] == "filing"]
    general = [s for s in filing if not _limited(s)]
    in_force = [s for s in general if doc_status(s["source"]["doc_id"]) == "现行有效"] or general
    confirmed = [s for s in in_force if not s.get("review")] or in_force
    newest = max(((s["source"].get("effective") or ""), s["source"]["doc_id"]) for s in confirmed) if confirmed else None
    for s in standards:
        key = (s["source"].get("effective") or "", s["source"]["doc_id"])
        if s["tier"] != "filing":
            s["governing"], s["superseded_by"] = False, None
        elif _limited(s):
            s["governing"], s["superseded_by"] = doc_status(s["source"]["doc_id"]) == "现行有效", None
        else:
            s["governing"] = newest is not None and s["source"]["doc_id"] == newest[1]
            s["superseded_by"] = newest[1] if not s["governing"] and newest and key < newest else None


STATUTORY_STANDARDS = Path(__file__).resolve().parents[1] / "corpus" / "data" / "statutory_standards.yaml"
STATUTORY_TERM = "刑法规定的入罪条件"


def _quoted(text: str, article: str, where: str) -> str:
    """The text, each of whose pieces between "……" must be words of the article: curated conditions
    quote the law, they do not paraphrase it."""
    for piece in (p for p in text.split("……") if p):
        if piece not in article:
            raise ValueError(f"{where}: “{piece}” is not in the article")
    return text


def statutory_standards(documents: list[Document], path: Path = STATUTORY_STANDARDS) -> list[Standard]:
    """Filing standards read from the 刑法 article itself, for offenses without an amount threshold or
    whose 立案追诉标准 text is not in the corpus (危险作业罪, 抗税罪, 妨害传染病防治罪): each listed item is
    an alternative, with the requirements every item shares (具有发生重大伤亡事故…的现实危险)."""
    from corpus.curated import (CuratedTableError, check_counts_also, check_denial_words, checked, load_table, location,
                                require_kind)
    # (a compiled 立案追诉标准 article too: 第二十四条（二） tells forged cards from blank ones by words the parse cannot keep)
    units = {u.id: (doc, u) for doc in documents
             if doc.id == CRIMINAL_LAW_ID or doc.type in ("interpretation", "standard") for u in doc.units}
    out = []
    law = None
    for entry in load_table(path) or []:
        checked(entry, path, ("offense", "unit", "alternatives"), ("shared", "see", "article", "replaces_parsed"),
                name_field="offense")
        where = location(path, entry, entry["offense"])
        require_kind(entry, "replaces_parsed", bool, "true or false", where)
        for alt in entry["alternatives"]:
            if "parsed" in alt:     # the item as the parse reads it (a loss pair read with its 附则)
                checked(alt, path, ("parsed",), (), name_field="parsed")
                continue
            checked(alt, path, ("text",), ("label", "requirements", "conditions", "catch_all"), name_field="text")    # label "": one item
            require_kind(alt, "catch_all", bool, "true or false", where)
            for c in alt.get("conditions", []):
                checked(c, path, ("metric", "value", "unit", "text"), ("within_years", "upper", "counts_also"), name_field="metric")
                check_counts_also(c, path)
        for r in entry.get("shared", []) + [r for alt in entry["alternatives"] for r in alt.get("requirements", [])]:
            checked(r, path, ("text", "options", "question"), ("act", "denied_by", "ruled_out_by", "voided_by"), name_field="text")
            check_denial_words(r, path, r["text"])
        found = units.get(entry["unit"])
        if found is None:
            continue
        doc, unit = found
        if review_note(unit.text):
            # a curated clause carries no review: a 待核 article's figures would decide firmly
            raise CuratedTableError(f"{location(path, entry, entry['offense'])}: {unit.id} is 待核 and cannot be curated")
        article = strip_review_notes(unit.text)
        # an interpretation's items that name no 刑法 article of their own (交通肇事解释（2000）第二条: 交通肇事具有下列
        # 情形之一的，处3年以下有期徒刑或者拘役): `article` is the 刑法 article they apply
        by_law = doc.id == CRIMINAL_LAW_ID
        if not by_law and "article" not in entry:
            raise CuratedTableError(f"{path}: {entry['offense']}: an interpretation's unit needs the 刑法 article it applies")

        def requirement(r: dict, where: str) -> Requirement:
            return Requirement(_quoted(r["text"], article, where), list(r["options"]), r["question"], bool(r.get("act")),
                               [list(part) for part in r.get("denied_by", [])], list(r.get("ruled_out_by", [])),
                               list(r.get("voided_by", [])))

        shared = [requirement(r, f"{unit.id} shared") for r in entry.get("shared", [])]
        if any("parsed" in a for a in entry["alternatives"]):
            law = law if law is not None else law_index(documents)
            parse = _parsed_items(doc, unit, law, where)

        def curated_or_parsed(a: dict) -> list[Alternative]:
            if "parsed" not in a:
                return [curated_alternative(a)]
            # "2." keeps 2.直接 and 2.间接, the pair the parse split the item into
            items = [p for p in parse if p.label == a["parsed"] or (a["parsed"].endswith(".") and p.label.startswith(a["parsed"]))]
            if not items:
                raise CuratedTableError(f"{where}: {unit.id} has no parsed item {a['parsed']}")
            return [replace(p, requirements=p.requirements + shared) for p in items]

        def curated_alternative(a: dict) -> Alternative:
            item = f"{unit.id}{a.get('label', '')}"
            # 海洛因或者甲基苯丙胺十克以上: the article's own figures, or the table's where the words would name the wrong
            # thing (二次行政处罚后又走私: the count is of the penalties)
            conditions = ([Condition(c["metric"], ">=", float(c["value"]), c["unit"], c["text"],
                                     upper=float(c["upper"]) if "upper" in c else None, within_years=c.get("within_years"),
                                     counts_also=dict(c["counts_also"]) if "counts_also" in c else None)
                           for c in a["conditions"]] if "conditions" in a else conditions_in(a["text"]))
            # 其他…的情形: listed, never decided from facts (渎职解释（一）第一条（四）)
            return Alternative(a.get("label", ""), _quoted(a["text"], article, item), conditions,
                               [requirement(r, item) for r in a.get("requirements", [])] + shared, a.get("catch_all", False))

        alternatives = [alt for a in entry["alternatives"] for alt in curated_or_parsed(a)]
        head = article.split("\n")[0]
        sid = f"std:{unit.id}:statutory" if by_law else f"std:{unit.id}:curated"
        same_unit = sum(1 for o in out if o.unit_id == unit.id)     # 第三百二十条 holds two offenses
        articles = [(unit.article_no, unit.article_suffix, None)] if by_law else [(int(entry["article"]), 0, None)]
        # a 立案追诉标准 article's clause files a case (应予立案追诉) as its parse says; an interpretation's convicts
        term = STATUTORY_TERM if by_law else "应予立案追诉" if doc.type == "standard" else "定罪处罚"
        out.append(Standard(sid + (f":{same_unit + 1}" if same_unit else ""), doc.id, unit.id, term, articles,
                            [entry["offense"]], "不限", head, alternatives, unit.text, doc.effective, "filing", None,
                            by_law, by_law, list(entry.get("see", [])), entry.get("replaces_parsed", False)))
    return out      # specific: the article's own items hold beside an interpretation's, which cannot repeal them


def _parsed_items(doc: Document, unit, law: LawIndex, where: str) -> list[Alternative]:
    """The items of a unit's filing clause as the parse reads them, for a curated entry that keeps some (`parsed: "2."`):
    the parse's loss pairs, read with the text's 附则, need no copy in the table."""
    from corpus.curated import CuratedTableError
    filing = [s for s in standards_in_unit(doc, unit, law) if s.tier == "filing"]
    if not filing:
        raise CuratedTableError(f"{where}: {unit.id} has no parsed filing clause to keep items of")
    return filing[0].alternatives


TRANSFERRED_OFFENSES = Path(__file__).resolve().parents[1] / "corpus" / "data" / "transferred_offenses.yaml"


def transfer_coverage(store, path: Path = TRANSFERRED_OFFENSES) -> dict:
    """Per domain, the commonly transferred offenses with a filing standard (a filing-tier clause) and with
    forward or reverse administrative provisions — reviewed ones (`with_provisions`), and reviewed or
    derived (`with_provisions_or_derived`); names the graph does not know are listed, not counted."""
    import yaml
    from .schema import offense_id
    domains = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = {}
    for domain, names in domains.items():
        row = {"offenses": 0, "with_standard": 0, "with_provisions": 0, "with_provisions_or_derived": 0,
               "missing_standard": [], "missing_provisions": [], "unknown": []}
        for name in names:
            oid = offense_id(name)
            if store.node(oid) is None:
                row["unknown"].append(name)
                continue
            row["offenses"] += 1
            filing = any((store.node(e.dst).props.get("tier", "filing") == "filing")
                         for e in store.edges_from(oid, ("HAS_STANDARD",)) if store.node(e.dst))
            links = store.edges_to(oid, ("ESCALATES_TO",)) + store.edges_from(oid, ("FALLBACK_PENALTY",))
            linked = any(e.method != "derived" for e in links)
            row["with_standard"] += filing
            row["with_provisions"] += linked
            row["with_provisions_or_derived"] += bool(links)
            if not filing:
                row["missing_standard"].append(name)
            if not linked:
                row["missing_provisions"].append(name)
        out[domain] = row
    total = {k: sum(r[k] for r in out.values()) for k in ("offenses", "with_standard", "with_provisions", "with_provisions_or_derived")}
    return {"domains": out, "total": total}
