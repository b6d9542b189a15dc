"""The kind of land an area counts, where the officer names the land once and the figure later in the sentence
(在永久基本农田上建厂房并硬化地面，经测绘占用面积3400平方米): the figure's own words say only 面积, and the land
clauses tell 基本农田 from other 耕地, 公益林地 from 商品林地 by the words beside the number. The sentence's one
kind of land goes with the figure; two kinds (在基本农田和一般耕地上) leave it unsaid."""
from __future__ import annotations

import re
from dataclasses import replace

from .asking import unasked_clause
from .spans import sentence_bounds

LAND_KIND_RE = re.compile(r"(?:永久)?基本农田|一般耕地|耕地|(?:国家级|省级)?(?:公益|商品|防护|特种用途)?林地|(?:天然)?草原|草地")
AREA_UNITS = frozenset({"亩", "平方米", "公顷"})
NOT_KIND_BEFORE_RE = re.compile(r"(?:不属于|不是|并非|非|不涉及|未占用)$")
ITEM_START_RE = re.compile(r"[，。；、,;：:]")
GENERIC_LAND = frozenset({"林地", "耕地", "草原", "草地"})     # the noun alone, no kind
ANOTHER_PLOT_RE = re.compile(r"另|此外|还")                     # 另占用林地3亩: another plot, not the one named


def _kind(word: str) -> str:
    """永久基本农田 and 基本农田 are one kind; 国家级公益林地 and 公益林地 too."""
    return re.sub(r"^(?:永久|国家级|省级|天然)", "", word)


def _item_start(text: str, at: int) -> int:
    return max((m.end() for m in ITEM_START_RE.finditer(text, 0, at)), default=0)


def _sentence_kind(text: str, q) -> re.Match | None:
    """The last words naming the one kind of land the area's sentence names before it, where the area's own
    item names no kind or only the noun (占用并毁坏林地3000平方米 after 在国家级公益林地内建设农家乐). None for
    another plot (另占用林地3亩), a sentence naming two kinds or denying the one it names, another noun."""
    own = _item_start(text, q.start)
    own_kinds = {_kind(m.group(0)) for m in LAND_KIND_RE.finditer(text, own, q.start)}
    if q.unit not in AREA_UNITS or own_kinds - GENERIC_LAND or ANOTHER_PLOT_RE.search(text, own, q.start):
        return None
    sentence, sentence_end = sentence_bounds(text, q.start, q.start)
    mentions = [m for m in LAND_KIND_RE.finditer(text, sentence, own) if _kind(m.group(0)) not in GENERIC_LAND]
    if not mentions:
        return _kind_said_after(text, q, sentence, sentence_end)
    named = [m for m in mentions if not NOT_KIND_BEFORE_RE.search(text[max(sentence, m.start() - 4):m.start()])]
    kinds = {_kind(m.group(0)) for m in named}
    if len(kinds) != 1 or len(named) != len(mentions) or not all(_is_a(next(iter(kinds)), g) for g in own_kinds):
        return None
    return named[-1]


# the whole plot placed in one kind of land after its area is given: 地块面积为3,412平方米，经与国土空间规划数据比对，
# 全部位于永久基本农田保护红线内 (probe 55c NC31 asked which land the area was)
KIND_AFTER_RE = re.compile(r"(?:全部|均|全都|整体|完全)(?:位于|属于|系|为|在|划入|落在|处于)")


def _kind_said_after(text: str, q, sentence: int, sentence_end: int) -> re.Match | None:
    """The one kind of land the rest of the area's sentence places all of it in (KIND_AFTER_RE), with no other area
    between and no other kind in the sentence; None otherwise, or where that placing is denied or asked."""
    kinds = [m for m in LAND_KIND_RE.finditer(text, sentence, sentence_end) if _kind(m.group(0)) not in GENERIC_LAND]
    if len({_kind(m.group(0)) for m in kinds}) != 1 or kinds[0].start() < q.end:
        return None
    named = kinds[0]
    lead = KIND_AFTER_RE.search(text, max(q.end, named.start() - 8), named.start())
    between = text[q.end:named.start()]
    if lead is None or AREA_FIGURE_RE.search(between) or NOT_KIND_BEFORE_RE.search(text[max(0, named.start() - 4):named.start()]) \
            or re.search(r"不|未|非|是否|待|尚", text[lead.start() - 2:named.end()]) or not unasked_clause(text, named.start(), named.end()):
        return None
    return named


def with_land_kind(text: str, facts: list) -> list:
    """The facts, an area given the words of its sentence's one kind of land (_sentence_kind)."""
    out = []
    for f in facts:
        q = f.quantity
        named = _sentence_kind(text, q)
        if named is None:
            out.append(f)
            continue
        before = f.context.partition("|")[0]
        if named.start() > q.start:         # said after the area: its words carried before the figure's own
            out.append(replace(f, context=named.group(0) + "，" + f.context))
            continue
        words_from = q.start - len(before) if text[max(0, q.start - len(before)):q.start] == before else q.start
        out.append(replace(f, context=text[_item_start(text, named.start()):words_from] + f.context))
    return out


def _is_a(kind: str, noun: str) -> bool:
    """公益林地 is a 林地, 基本农田 a 耕地."""
    return kind.endswith(noun) or (noun == "耕地" and kind == "基本农田")


# The kinds of land the clauses tell apart, each with the words that name it: 一般耕地 is the law's 基本农田以外的耕地.
KIND_WORDS = {
    "基本农田": re.compile(r"(?<!非)(?<!非永久)基本农田(?!以外)"),
    "一般耕地": re.compile(r"一般耕地|基本农田以外的耕地|非(?:永久)?基本农田"),
    "公益林地": re.compile(r"公益林|防护林|特种用途林"),     # 森林法第四十八条: 公益林 are the 防护林 and 特种用途林
    "商品林地": re.compile(r"商品林"),
}


def metric_kind(metric: str) -> str | None:
    """The kind of land a condition counts: 非法占用基本农田以外的耕地 → 一般耕地."""
    return next((kind for kind, words in KIND_WORDS.items() if words.search(metric)), None)


def _names(text: str, m: re.Match) -> bool:
    """A kind's mention names it: not denied (不属于公益林) and not asked (这八亩是不是划进了永久基本农田，还在调图核对)."""
    return not NOT_KIND_BEFORE_RE.search(text[max(0, m.start() - 4):m.start()]) and unasked_clause(text, m.start(), m.end())


def named_kinds(text: str) -> set[str]:
    """The kinds the text names (_names)."""
    return {kind for kind, words in KIND_WORDS.items() for m in words.finditer(text) if _names(text, m)}


def _area_kinds(f, text: str) -> set[str]:
    """The kinds the words before an area name and do not deny, read in the text itself where the context is a slice
    of it: a context cut after 不 (…属于公益林，实际毁坏面积) would name the kind the text denies (probe 34b B05)."""
    before = f.context.partition("|")[0]
    start = f.quantity.start - len(before)
    if start < 0 or text[start:f.quantity.start] != before:
        return named_kinds(before)          # carried words (with_land_kind), read as they stand
    return {kind for kind, words in KIND_WORDS.items() for m in words.finditer(text, start, f.quantity.start)
            if _names(text, m)}


def only_other_kind(metric: str, rival_metrics: list[str], facts: list, text: str) -> str | None:
    """The rival's kind, where every area the text gives is of it and the text names this condition's kind
    nowhere: 占用商品林地8亩 occupied no 公益林地, so 按比例折算 is 8/10 + 0/5, not a sum waiting for the
    公益林地's figure (probe 33 L09, L14). None while an area is of no stated kind (另占用林地3亩，类型未认定)."""
    mine = metric_kind(metric)
    others = {metric_kind(r) for r in rival_metrics} - {None, mine}
    if mine is None or not others or mine in named_kinds(text):
        return None
    areas = [f for f in facts if f.quantity.unit in AREA_UNITS and f.quantity.value > 0]
    kinds = [_area_kinds(f, text) & others for f in areas]
    if not areas or not all(kinds):
        return None
    return sorted(set().union(*kinds))[0]


def same_land(a, b, text: str) -> bool:
    """Two areas of one kind of land (建房占用一般耕地6亩，另建厂房占用一般耕地5亩): the law may add them up, so
    the one matched is no 'not reached' on its own (probe 31d E9)."""
    if a.quantity.unit not in AREA_UNITS or b.quantity.unit != a.quantity.unit or not a.quantity.value or not b.quantity.value:
        return False        # 未涉及基本农田 (none of it) adds nothing to 一般耕地八亩
    kinds = [_area_kinds(f, text) for f in (a, b)]
    return len(kinds[0]) == 1 and kinds[0] == kinds[1]


FARMLAND_KINDS = frozenset({"基本农田", "一般耕地"})
FAMILIES = (FARMLAND_KINDS, {"公益林地", "商品林地"})


def _own_kinds(text: str, q) -> set[str]:
    """The kinds of land the area's own item names, or else its sentence's one kind."""
    kinds = named_kinds(text[_item_start(text, q.start):q.start])
    if not kinds and (m := _sentence_kind(text, q)):
        kinds = named_kinds(m.group(0))
    return kinds


# the share of 基本农田 in the land still being established: 其中是否涉及永久基本农田以及涉及面积，正在…比对
BASIC_SHARE_OPEN_RE = re.compile(r"是否(?:涉及|包括|包含|含有|占用|有)[^。；，]{0,4}(?:永久)?基本农田[^。]{0,40}?(?:正在|尚未|还没|还未|仍在|待|有待)")


# an area whose own kind is still being established: 另1.5亩位于公益林区划界线附近，林地类别尚在核查
KIND_PENDING_RE = re.compile(r"(?:林地|土地|地块|地类)?(?:类别|类型|性质|地类|权属性质)[^。；，]{0,3}?"
                             r"(?:尚在|正在|仍在|还在|有待|待|尚未|未|没有)(?:进一步)?(?:核查|核实|认定|确定|鉴定|查明|明确|勘界|比对)")
# the agency's finding of the land's kind not yet made, said of the whole plot anywhere: 县自然资源局地类认定意见尚未出具
# (probe 58b QB36 met 基本农田以外的耕地十亩 on a survey map's 耕地 the village disputed)
KIND_FINDING_PENDING_RE = re.compile(r"地类(?:认定|核定|鉴定)(?:意见|结论|结果|报告)?[^。；，]{0,4}?(?:尚未|还未|还没有?|未|仍未)"
                                     r"(?:出具|作出|做出|完成|出来)|地类(?:认定|核定)[^。；，]{0,4}?(?:尚在|正在|仍在|还在)")


AREA_FIGURE_RE = re.compile(r"[\d.０-９一二三四五六七八九十两百千万]+(?:亩|平方米|公顷)")


def pending_kind(metric: str, fact, text: str) -> tuple[str, str] | None:
    """(this kind, the other) where the condition counts a kind of land and the area's own clauses, to its sentence's
    end, say its kind is still being checked: the kind word beside it (位于公益林区划界线附近) names no kind, and the
    area is no share of either kind's threshold (probe 53b LB04 counted 1.5亩 as 公益林地 and the whole 8.5亩 as
    商品林地)."""
    q = fact.quantity
    mine = metric_kind(metric)
    if mine is None or q.unit not in AREA_UNITS:
        return None
    end = sentence_bounds(text, q.end, q.end)[1]
    if nxt := AREA_FIGURE_RE.search(text, q.end, end):
        end = nxt.start()           # 8.5亩，其中7亩…，另1.5亩…尚在核查: the words after the next area are its
    if not KIND_PENDING_RE.search(text, q.end, end) and not (
            KIND_FINDING_PENDING_RE.search(text) and not _own_kinds(text, q) and len(AREA_FIGURE_RE.findall(text)) == 1):
        return None
    return mine, next((k for family in FAMILIES if mine in family for k in family - {mine}), "其他地类")


def undecided_kind(metric: str, fact, text: str, rivals: tuple[dict, ...] = ()) -> tuple[str, str] | None:
    """(this kind, the other) where the text names both kinds of one land or neither, the area's own words name
    none, and the other kind asks more: 在公益林地和商品林地上修路，占用并毁坏林地6亩 meets 公益林地五亩 only if the
    six mu are 公益林地 (as 商品林地 it falls short of 十亩); twelve mu meet either."""
    mine = metric_kind(metric)
    if mine == "一般耕地" and BASIC_SHARE_OPEN_RE.search(text):
        return mine, "基本农田"       # 全部为耕地，其中是否涉及永久基本农田…正在比对 (probe 41c V43 met 耕地十亩 on it)
    if mine is None or fact.quantity.start == fact.quantity.end or _own_kinds(text, fact.quantity):
        return None
    family = next((f for f in FAMILIES if mine in f), set())
    named = named_kinds(text) & family
    # both kinds named, the area's words neither; or neither named anywhere (八亩耕地: 基本农田 or not is unsaid, and
    # probe 39b J56 met 基本农田五亩 on it while its 永久基本农田 was only asked)
    other = named - {mine} if mine in named else (family - {mine} if not named else set())
    asks_more = [k for k in other if any(metric_kind(r.get("metric", "")) == k and r["unit"] == fact.quantity.unit
                                         and r["value"] > fact.quantity.value for r in rivals)]
    return (mine, sorted(asks_more)[0]) if asks_more else None


# land none of the farm, forest and grassland clauses count (立案追诉标准（二）第七十二条（三）'s 其他土地), and the words
# those clauses' land goes by; land said to become the other (将耕地改为建设用地) is still the first
OTHER_LAND_RE = re.compile(r"(?:集体|国有)?(?:经营性)?建设用地|宅基地|(?:工业|商业|住宅|商服|仓储|物流)用地|未利用地")
FARM_OR_FOREST_RE = re.compile(r"耕地|农田|林地|草原|草地|农用地|林木|园地|养殖水面|滩涂")
BECOMES_RE = re.compile(r"(?:改为|转为|变为|转成|改作|改变为|用作|作为|规划为|变更为|建成|建设|用于)$")


def _other_land_words(words: str) -> list[str]:
    return [m.group(0) for m in OTHER_LAND_RE.finditer(words)
            if not BECOMES_RE.search(words[:m.start()]) and not NOT_KIND_BEFORE_RE.search(words[:m.start()])]


def outside_land(metric: str, fact, text: str) -> str | None:
    """The land outside the farm and forest clauses an area is said to be, where the metric counts such land:
    将其通过协议取得的集体建设用地18亩违法转让 is no 基本农田 and no 耕地, only 其他土地 (probe 50b IB10 met
    永久基本农田五亩 on it). Read in the area's own item, or else in its sentence where that names no farm or forest
    land; None where either names it (占用耕地建宅基地，面积2亩)."""
    q = fact.quantity
    if q.unit not in AREA_UNITS or q.start == q.end or not FARM_OR_FOREST_RE.search(metric):
        return None
    for start in (_item_start(text, q.start), sentence_bounds(text, q.start, q.start)[0]):
        words = text[start:q.start]
        if FARM_OR_FOREST_RE.search(words):
            return None
        if named := _other_land_words(words):
            return named[-1]
    return None


def of_sibling_kind(metric: str, fact, text: str) -> bool:
    """The area's own item names only the other kind of the metric's family: 被占用的商品林地面积为6.8亩 is no 防护林地或者
    特种用途林地 (公益林, 森林法第四十八条; probe 65a XA03 met 立案追诉标准（一）第六十七条（二） on it)."""
    mine = metric_kind(metric)
    family = next((f for f in FAMILIES if mine in f), None)
    if family is None or fact.quantity.unit not in AREA_UNITS or fact.quantity.start == fact.quantity.end:
        return False
    kinds = _own_kinds(text, fact.quantity) & family
    return bool(kinds) and mine not in kinds


def only_outside_land(metric: str, facts: list, text: str) -> str | None:
    """The land outside the farm and forest clauses (outside_land) every area the text gives is of, for a metric counting farm or forest land."""
    areas = [f for f in facts if f.quantity.unit in AREA_UNITS and f.quantity.value > 0]
    named = [outside_land(metric, f, text) for f in areas]
    return named[0] if areas and all(named) else None


# the land said to be no farmland at all: 荒草地（非耕地） is neither 基本农田 nor other 耕地 (probe 64b WB31 met 基本农田五亩 on it)
NOT_FARMLAND_RE = re.compile(r"(?:非|不是|不属于|并非)耕地")


def kind_denied(metric: str, text: str) -> bool:
    """The text denies this condition's kind of land: 该林地不属于公益林; 荒草地（非耕地） for either kind of 耕地."""
    mine = metric_kind(metric)
    if mine in FARMLAND_KINDS and NOT_FARMLAND_RE.search(text):
        return True
    return mine is not None and any(NOT_KIND_BEFORE_RE.search(text[max(0, m.start() - 4):m.start()])
                                    for m in KIND_WORDS[mine].finditer(text))


def other_land(a, b, text: str) -> bool:
    """Two areas whose words name different kinds of land (在永久基本农田上…毁坏面积二亩；另在一般耕地上…毁坏面积五亩): never
    one sum, whatever words lead to them (probe 34b B02 offered to add the 一般耕地 to the 基本农田)."""
    if a.quantity.unit not in AREA_UNITS or b.quantity.unit != a.quantity.unit:
        return False
    kinds = [_area_kinds(f, text) for f in (a, b)]
    return bool(kinds[0]) and bool(kinds[1]) and not kinds[0] & kinds[1]
