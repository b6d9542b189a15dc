"""A province's figure for a ranged threshold, stated in the facts: 经查我省确定的数额标准为10万元. The answer asks
本省（自治区、直辖市）确定的数额标准是多少（在10万元至30万元之间）？ where no province figure is configured, and an
officer answers by adding the sentence; probe 27v found all seven such answers ignored, so 非法采矿 and 拒不支付劳动报酬
could never be decided inside a range. The figure is the province's standard, not an amount of the act: it is read
here and kept out of the facts a threshold is compared with."""
from __future__ import annotations

import re
from functools import lru_cache

from corpus.quantities import Quantity, parse_number, stated_ranges
from graph.standards import find_measures

# the province (or its courts) and the word 标准, then the figure: 本省确定的数额标准为10万元, 我省标准为5万元,
# 根据省高级人民法院、省人民检察院的规定，本省…数额标准为十万元. Only the 省、自治区、直辖市 fixes it (非法采矿解释 第十五条,
# 劳动报酬解释 第三条): not 本市 unless a 直辖市, not 邻省 or 外省 (probe 27w).
# (某省确定的…标准为二千元: the province of the case, unnamed; probe 63b VB01, VB05)
PROVINCE = (r"(?:本省|我省|该省|某省|本自治区|我自治区|本直辖市|(?:北京|天津|上海|重庆)市|省高级人民法院|省人民检察院"
            r"|我们省|咱们省|咱省|省里|我们这边|我们这里|我们这儿|咱们这边|咱这边)")   # officers' words (probe 37b)
# The verb may be left out before the figure: 我省敲诈勒索数额较大标准2000元 (probe 36e read the 2000元 as the act's sum).
FIGURE_AHEAD = r"(?=[0-9零〇一二两三四五六七八九十百千万])"
# The standard named by 标准, 数额较大 or the fixing itself (定的是, 按…执行), or the province said to be the figure: 我们省盗窃
# 数额较大定的是2000块, 本省数额较大标准按3000元执行, 省里定的两千, 本省是2000 (probe 37b asked all of them)
NAMED_AS = r"(?:标准|数额较大|定的|确定的|规定的|定了)"
VERB = r"(?:为|是|按照?|确定为|定为|系|执行|掌握的是|掌握为|掌握在|掌握)"      # 立案标准掌握的是二十场次 (probe 38a)
# (or its starting point: 本省确定的抢夺“数额较大”起点为2000元, probe 59c RC01 read the 2000元 as the act's)
STANDARD_RE = re.compile(PROVINCE + r"(?:(?P<gap>[^。；！？\n]{0,30}?)" + NAMED_AS + r"[”\"'」』]?(?:标准|起点标准|起点|起刑点)?" + VERB
                         + r"?|(?P<bare>" + VERB + r"))"
                         r"\s*(?:人民币)?" + FIGURE_AHEAD)
# a standard stated as a list after a colon, one figure per item: 本省确定的标准为：拒不支付一名劳动者三个月以上劳动报酬且数额在
# 一万元以上，或者拒不支付十名以上劳动者劳动报酬且数额累计在五万元以上 (probe 39c K39 and 41a T56 asked for the figure it gives)
ITEM_QUALIFIER_UNITS = frozenset({"人", "月", "次", "年"})
LIST_STANDARD_RE = re.compile(PROVINCE + r"(?P<gap>[^。；！？\n：:]{0,30}?)" + NAMED_AS + r"(?:标准)?" + VERB + r"?\s*[：:]")
# a figure of another kind or time: 我省河道采砂保证金缴存标准, 我省确定的盗窃罪数额巨大标准, 我省原定标准为10万元
OTHER_STANDARD_RE = re.compile(r"(?<![该本此])罪|保证金|缴存|收费|罚款|原定|原来|此前|以前|曾经|旧")     # (该罪 is this one: probe 38f)
# an offense named with the filing tier is that offense's filing figure: 本省确定的诈骗罪“数额较大”标准为6000元 (probe 61a TA04,
# TA13, TA25 asked it); the range the condition gives still has to hold it
FILING_TIER_NAMED_RE = re.compile(r"罪[“”\"'「」]*数额较大")


def _other_standard(m: re.Match) -> bool:
    """The opening's words name another kind of figure or an old one; an offense named with 数额较大 does not."""
    gap = m["gap"] or ""
    if FILING_TIER_NAMED_RE.search(m.group(0)):
        gap = re.sub(r"罪[“”\"'「」]*$", "", FILING_TIER_NAMED_RE.sub("", gap))
    return bool(OTHER_STANDARD_RE.search(gap))
# a field left empty in a form: 待补录, 待定, 见附件, 暂无, —
UNFILLED_RE = re.compile(r"\s*(?:待补录|待录入|待补充|待填|待定|待查|待核实|不详|暂无|无|空|见附件|—|-|/|（空）|\(空\))(?:[，,。；\s]|$)")
# the province has fixed none: 本省尚未确定, 本省尚无规定
NONE_FIXED_RE = re.compile(r"(?:本省|我省|该省|本案发生地[^，。；]{0,6})(?:尚未|还未|没有|尚无|未)(?:确定|规定|出台|明确)")


# a province by its name (乙省确定非法采矿数额标准为二十万元, 浙江省…), counted only where the facts put the act there
# (王某在该省无证开采, 在乙省境内): a named province's figure is no standard for an act elsewhere (probe 33 L24)
NAMED_STANDARD_RE = re.compile(r"(?P<name>(?<![邻外他本我该各])[\u4e00-\u9fa5]{1,3}(?:省|自治区))(?P<gap>[^。；！？\n]{0,30}?)标准"
                               r"(?:(?:为|是|确定为|定为|系)\s*(?:人民币)?|" + FIGURE_AHEAD + ")")


def _act_in(name: str, text: str, after: int) -> bool:
    return bool(re.search(rf"在(?:该省|该自治区|{re.escape(name)})|{re.escape(name)}(?:境内|辖区)", text[after:]))


# the act placed in another province: 孙某在邻省无证采砂…；本省确定的标准为十万元 (probe 34b B37 met on 本省's figure)
ACT_ELSEWHERE_RE = re.compile(r"在(?:邻省|外省|他省|省外|外地|(?![本我该各])[\u4e00-\u9fa5]{1,3}省(?!内))")


def _standard_openings(text: str):
    """The openings of the text's province standards: this province's, unless the act is placed in another, or a
    named one where the act is placed."""
    if not ACT_ELSEWHERE_RE.search(text):
        yield from STANDARD_RE.finditer(text)
    for m in NAMED_STANDARD_RE.finditer(text):
        if not STANDARD_RE.match(text, m.start("name")) and _act_in(m["name"], text, m.end()):
            yield m


@lru_cache(maxsize=64)
def stated_province_figures(text: str) -> tuple[dict, ...]:
    """Each figure the text states as its province's standard for this offense: {province, value, unit, source,
    start, end}; none where the text says the province fixed none, nor one said to be another kind or an old one."""
    if NONE_FIXED_RE.search(text):
        return ()
    out = []
    for m in _standard_openings(text):
        if _other_standard(m) or OTHER_STANDARD_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        tail = text[m.end():m.end() + 16]
        found = [q for q in stated_ranges(tail, find_measures(tail)) if q.start == 0] or _bare_yuan(tail)
        if found:
            q = found[0]
            out.append({"province": "案情所述本省", "value": q.value, "unit": q.unit,
                        "source": "案情写明：" + text[m.start():m.end() + q.end],
                        "start": m.end() + q.start, "end": m.end() + q.end})
    if not ACT_ELSEWHERE_RE.search(text):
        for m in LIST_STANDARD_RE.finditer(text):
            if _other_standard(m):
                continue
            end = _sentence_end(text, m.end(), SENTENCE_STOPS)
            body = text[m.end():end]
            if UNFILLED_RE.match(body):
                continue        # 本省具体数额标准：待补录 (a form's empty field; probe 58c QC26 read a later field's 五十万元)
            for q in (q for q in stated_ranges(body, find_measures(body)) if q.unit not in ITEM_QUALIFIER_UNITS):
                # each item's figure (the condition's range picks its own); not the law's 一名、三个月 in the items
                out.append({"province": "案情所述本省", "value": q.value, "unit": q.unit,
                            "source": "案情写明：" + text[m.start():end], "start": m.end() + q.start, "end": m.end() + q.end})
    return tuple(out)


CLAUSE_STOPS = "。；;！？\n"          # a standard said in one clause ends at its semicolon
SENTENCE_STOPS = "。！？\n"           # one stated as a list after a colon runs on past its semicolons


def _sentence_end(text: str, at: int, stops: str = SENTENCE_STOPS) -> int:
    return min((i for i in (text.find(ch, at) for ch in stops) if i >= 0), default=len(text))


def _stops(rx: re.Pattern) -> str:
    return SENTENCE_STOPS if rx is LIST_STANDARD_RE else CLAUSE_STOPS


BARE_FIGURE_RE = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)(?:块|块钱)?(?=$|[，。；、,;！？\s]|执行)")


def _bare_yuan(tail: str) -> list[Quantity]:
    """A figure said without its unit, 省里定的两千 / 本省是2000: the 元 of an amount standard."""
    m = BARE_FIGURE_RE.match(tail)
    if not m:
        return []
    try:
        value = parse_number(m["num"])
    except ValueError:
        return []
    return [Quantity(value, "元", m.group(0), 0, m.end())]


def is_province_figure(text: str, start: int) -> bool:
    """The figure at `start` is a province's standard the text states (read from its 人民币 where it says one: 标准为
    人民币二千元, probe 61c TC34 met on the standard's own figure)."""
    return any(f["start"] == start or text[start:f["start"]] == "人民币" for f in stated_province_figures(text))


@lru_cache(maxsize=64)
def _standard_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The spans, from a province's 标准为 to its sentence's end, whose figures are the standard's, not the act's:
    本省确定的…标准为：拒不支付一名劳动者三个月以上劳动报酬一万元以上，十名以上劳动者累计六万元以上 (probe 34b B38 read
    its 一万元 and 六万元 as the case's)."""
    return tuple((m.end(), _sentence_end(text, m.end(), _stops(rx))) for rx in (STANDARD_RE, NAMED_STANDARD_RE, LIST_STANDARD_RE)
                 for m in rx.finditer(text) if not _other_standard(m))


def within_province_standard(text: str, start: int) -> bool:
    """The figure at `start` stands in a sentence stating a province's standard."""
    return is_province_figure(text, start) or any(a <= start < b for a, b in _standard_sentences(text))


def in_standard_statement(text: str, at: int) -> bool:
    """The words at `at` stand in a sentence stating a province's standard, its opening included: the 敲诈勒索 of
    本省敲诈勒索数额较大按3000执行 names the standard, not an act done (probe 37b: read as the conduct)."""
    return any(m.start() <= at < _sentence_end(text, m.end(), _stops(rx))
               for rx in (STANDARD_RE, NAMED_STANDARD_RE, LIST_STANDARD_RE) for m in rx.finditer(text))
