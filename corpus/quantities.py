"""Amounts, quantities and counts in Chinese legal text, normalized — one parser for threshold
clauses and for the facts a user describes, so both sides compare in the same units.

三万元 → 30000 元; 3.5万元 → 35000 元; 人民币12,000元 → 12000 元; 十万余元 → 100000 元 (approx);
黑火药1千克 → 1 千克; 二年内受过两次行政处罚 → 2 次 (within 2 年); 死亡一人 → 1 人.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .numerals import CHINESE_NUMBER_CHARS, parse_chinese_int

UNIT_FACTORS = {
    "元": ("元", 1), "万元": ("元", 10_000), "亿元": ("元", 100_000_000), "千元": ("元", 1000),
    "克": ("千克", 0.001), "千克": ("千克", 1), "公斤": ("千克", 1), "斤": ("千克", 0.5), "市斤": ("千克", 0.5), "吨": ("千克", 1000), "万吨": ("千克", 10_000_000),
    "人": ("人", 1), "个人": ("人", 1), "名": ("人", 1), "人次": ("人次", 1), "起次": ("次", 1), "次": ("次", 1), "回": ("次", 1), "件": ("件", 1), "箱": ("箱", 1),
    "枚": ("枚", 1), "米": ("米", 1), "份": ("份", 1), "张": ("张", 1), "个": ("个", 1), "株": ("株", 1),
    "立方米": ("立方米", 1), "平方米": ("平方米", 1), "亩": ("亩", 1), "年": ("年", 1), "个月": ("月", 1),
    "月": ("月", 1), "日": ("日", 1), "天": ("日", 1), "毫克": ("毫克", 1), "发": ("发", 1), "支": ("支", 1),
    "公顷": ("亩", 15), "副": ("副", 1), "套": ("套", 1), "场次": ("场次", 1), "场": ("场次", 1), "户": ("户", 1), "把": ("把", 1), "组": ("组", 1),
    "根": ("根", 1), "处": ("处", 1), "棵": ("株", 1),     # trees: 幼树250棵 is 250株
    # 三个人, 十多个人 are people, not 个 (个人 above)
    "块钱": ("元", 1),    # 卖出去1万块钱的: the spoken 元 (块 alone also counts bricks and watches: see SPOKEN_YUAN_RE)
    "块": ("元", 1),
    "部": ("部", 1), "本": ("本", 1), "盘": ("盘", 1),     # works, books, discs: counted items (see api.verdict.ITEM_MEASURES)
    "册": ("份", 1),      # copies of a book: 盗版图书800册 is 复制件800份 (知识产权解释（2025）第十三条（三）)
    # a transmitter's power and reach: 黑广播实测发射功率0.45千瓦, 覆盖范围八点五公里 (无线电解释（2017）第二条（五）)
    "瓦": ("瓦", 1), "千瓦": ("瓦", 1000), "公里": ("公里", 1),
}
PEOPLE_AFTER_GE = ("朋友", "同伙", "同学", "兄弟", "老乡", "工人", "小伙", "男子", "女子", "青年", "村民", "亲戚", "伙伴", "手下",
                   "马仔", "孩子", "小孩", "学生", "员工", "职工", "农民工", "妇女", "老人", "乘客", "路人", "行人", "同事", "邻居")
UNIT_PATTERN = "|".join(sorted(map(re.escape, UNIT_FACTORS), key=len, reverse=True))
CHINESE_DIGITS = "零〇一二两三四五六七八九"
VAGUE_BEFORE = ("几", "数")      # 几十万, 数百吨: an order of magnitude, not a number
ROUND_AFTER_SHANG = "十百千万"     # 上十万, 上千元 ("upwards of"); 卡上三万元 is an amount
# 1万2千元 (Arabic digits with Chinese units) before plain Arabic numbers, which would read only its 2千元;
# a decimal's digits after 点 are digits only: in 十二点五万元 the 万 is the scale, not a digit of the fraction
NUMBER = (rf"(?:[0-9]+万[0-9]+[千百]|[0-9０-９]+(?:[,，][0-9]{{3}})*(?:[.．][0-9０-９]+)?"     # 79167．3元: a full-width point
          rf"|[{CHINESE_NUMBER_CHARS}]+(?:点[{CHINESE_DIGITS}]+)?)")
QUANTITY_RE = re.compile(
    rf"(?P<currency>人民币)?(?P<num>{NUMBER})(?P<some>几|来)?(?P<scale>万|亿|千)?(?P<approx>余|多)?(?P<unit>{UNIT_PATTERN})(?P<approx2>余|多|左右)?"
    rf"(?P<qual>以上|以下|(?:不满|不足|未满)(?![零〇一二两三四五六七八九十百千万0-9])|至)?")   # not 3名未满十六周岁
RANGE_SEP = "至"
SPAN_OF_TIME = ("年", "月", "个月", "日", "天", "小时")     # 二年以内 is a window a count is taken in, not a bound of an amount
# 千 right after 十 or 百 cannot be a digit's thousand (五十千 is no numeral): it is the 千 of 千克. After
# a digit it may be either, and both readings agree: 五千克 = 五千克 (5,000 g) = 五 千克.
KILO_AFTER_TENS_RE = re.compile(r"[十百拾佰]千$")
# a bare 块 is the spoken 元 only after words of money in its clause (经营额五万二千块, 获利1万5千块); 砖5000块 and
# 手表3块 are counts, and are not read
SPOKEN_YUAN_RE = re.compile(r"(?:额|获利|所得|利润|赚了?|挣了?|卖了|卖得|收入|收了|价|钱|费|罚款|工资|金|要了|骗了|骗走|偷了|抢了|"
                            r"给了|转了|花了|拿了|损失)[^，。；,;]{0,6}$")


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str            # normalized unit: 元, 千克, 人, 次, …
    raw: str
    start: int
    end: int
    approx: bool = False
    qualifier: str | None = None    # 以上 | 以下 | 不满 | …, as written after the number
    upper: float | None = None      # a stated range's top (四万元至六万元: value 40,000, upper 60,000)

    def to_dict(self) -> dict:
        d = {"value": self.value, "unit": self.unit, "text": self.raw, "span": [self.start, self.end],
             "approx": self.approx, "qualifier": self.qualifier}
        return d if self.upper is None else {**d, "upper": self.upper}


def parse_number(text: str) -> float:
    """Arabic (with thousands separators, decimals) or Chinese numerals (with 点 decimals)."""
    t = text.translate(str.maketrans("０１２３４５６７８９，．", "0123456789,.")).replace(",", "")
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", t):
        return float(t)
    if "点" in t:
        whole, frac = t.split("点", 1)
        digits = "".join(str(parse_chinese_int(ch)) for ch in frac)
        return float(f"{parse_chinese_int(whole)}.{digits}")
    return float(parse_chinese_int(t))


# Words that make a stated number a bound of the amount, not the amount: 不到五万元 / 接近五万元 (below it),
# 五万元以下 / 不超过五万元 (at most), 三万元以上 / 超过三万元 (at least). A Quantity's qualifier is one of them
# (or 至); api/verdict compares a bound with a threshold. 以上 and 以下 follow the number, the rest precede it.
# (and a party's 远没有五十万元: no figure of 五十万元, probe 105a)
BOUND_BELOW = ("不到", "不足", "不满", "未满", "未达", "未达到", "低于", "少于", "近", "接近", "将近", "没到", "没有达到", "远没有", "远不到",
               "远未达到", "还不到")
# A denied 超过 or 低于 turns the bound round (probe 30a: 销售金额未超过5万元 met 五万元以上, 不低于5万元 was not_met):
# 未超过 / 不高于 / 5万元以内 are at most, 不低于 / 不少于 at least.
BOUND_AT_MOST = ("以下", "以内", "不超过", "未超过", "没有超过", "没超过", "未超", "没超", "不高于", "未高于", "没有高于",
                 "不多于", "未多于", "最多", "至多")
BOUND_AT_LEAST = ("以上", "超过", "逾", "至少", "多于", "高于", "不低于", "不少于", "不下于", "未低于", "没有低于")
# an estimate, on either side of the number: 约十万元 may be 9.8 or 10.2 万元. Compared as the number, except
# where the number is the threshold itself, which an estimate can neither reach nor miss for sure
BOUND_ABOUT = ("约", "大约", "大概", "左右")
BOUND_BEFORE_RE = re.compile("(" + "|".join(
    r"(?<![最附])近" if w == "近" else r"(?<![节制合契预大])约" if w == "约" else re.escape(w)  # 最近, 附近, 节约 are no bounds
    for w in sorted(BOUND_BELOW + BOUND_AT_MOST + BOUND_AT_LEAST + BOUND_ABOUT, key=len, reverse=True)
    if w not in ("以上", "以下", "以内", "左右")) + ")$")


def value_range(value: float, qualifier: str | None, upper: float | None = None) -> tuple[float, float]:
    """The least and the most a stated number with its bound can mean: 接近五十条 is under 50 (and at
    least nothing), 五十条以上 is 50 or more, 五十条 is 50, 四十至六十条 is 40 to 60."""
    if upper is not None:
        return value, upper
    if qualifier in BOUND_BELOW:
        return 0.0, math.nextafter(value, 0.0)
    if qualifier in BOUND_AT_MOST:
        return 0.0, value
    if qualifier in BOUND_AT_LEAST:
        return value, math.inf
    return value, value


def with_bound(shown: str, qualifier: str | None, upper_shown: str | None = None) -> str:
    """A number shown as the facts state it, bound and all: 近50条, 50条以上, 50条, 40条至60条."""
    if upper_shown is not None:
        return f"{shown}{RANGE_SEP}{upper_shown}"
    if qualifier in ("以上", "以下", "以内", "左右"):
        return f"{shown}{qualifier}"
    if qualifier in BOUND_ABOUT:
        return f"{qualifier}{shown}"
    return f"{qualifier}{shown}" if qualifier in BOUND_BELOW + BOUND_AT_MOST + BOUND_AT_LEAST else shown


def _bound_before(text: str, start: int) -> str | None:
    m = BOUND_BEFORE_RE.search(text[max(0, start - 4):start])
    return m.group(1) if m else None


def bound_of(text: str, start: int, after: str | None) -> str | None:
    """The bound a stated number carries: the word after it (以上, 不满 …) or one before it (接近, 超过 …)."""
    return after or _bound_before(text, start)


# a digit in either hand: 壹万贰仟元, as receipts and judgments write sums, names a number as 一万二千元 does
DIGIT_CHARS = set(CHINESE_DIGITS) | set("壹贰叁肆伍陆柒捌玖")


def not_a_number(text: str, start: int, num: str) -> bool:
    """A numeral that states no number: 数万, 上万, 几百万 (a scale with no digit) and 几十, 数十, 上十
    (some tens: an order of magnitude, not ten). Read as numbers they gave 0 or 10 and firm verdicts."""
    chinese = not num[0].isdigit()
    if not chinese:
        return False
    if re.fullmatch(rf"[{CHINESE_NUMBER_CHARS}]+", num) and not (set(num) & DIGIT_CHARS or num.startswith(("十", "拾"))):
        return True
    before = text[max(0, start - 1):start]
    return before in VAGUE_BEFORE or (before == "上" and num[0] in ROUND_AFTER_SHANG)


# the characters that take the 一 after them into a word (唯一, 统一): 唯一一次 counts once
WORDS_ENDING_IN_YI = frozenset("唯统")


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a unit in the text, normalized (万元 → 元, 吨 → 千克)."""
    out = []
    for m in QUANTITY_RE.finditer(text):
        num, unit_written = m.group("num"), m.group("unit")
        start = m.start()
        if num.startswith("一") and len(num) > 1 and text[max(0, start - 1):start] in WORDS_ENDING_IN_YI:
            num, start = num[1:], start + 1     # 此系其唯一一次: one time, not 一一 (eleven)
        if unit_written == "克" and KILO_AFTER_TENS_RE.search(num):
            num, unit_written = num[:-1], "千克"     # 五十千克 is 50 千克, not 五十千 (1,050) 克
        if not_a_number(text, start, num):
            continue
        if unit_written == "块" and not SPOKEN_YUAN_RE.search(text, max(0, start - 12), start):
            continue
        if unit_written == "部" and text.startswith(("分", "门", "位"), m.end()):
            continue    # 一部分, 三部门: no count of works
        if unit_written == "回" and text.startswith(("事", "合", "家", "来", "去"), m.end()):
            continue    # 一回事, 三回合, 一回家: no count of times
        if unit_written == "个" and text.startswith(PEOPLE_AFTER_GE, m.end()):
            unit_written = "人"     # 三个朋友, 两个小伙子: people
        some = m.group("some")
        if some and not re.fullmatch(rf"[{CHINESE_DIGITS}]?十", num):
            continue    # 十几, 二十几, 十来 only: 一百几 or 3来 state no number
        neighbours = _neighbouring_digits(num) if not some and unit_written != "年" else None
        try:
            value = parse_number(num) if neighbours is None else neighbours[0]
        except ValueError:
            continue
        upper = neighbours[1] if neighbours else None
        scale = {"万": 10_000, "亿": 100_000_000, "千": 1000}.get(m.group("scale") or "", 1)
        if some == "几":            # 十几个人: eleven to nineteen; 十几万元: more than 十万, less than 二十万
            value, upper = (value + 1, value + 9) if scale == 1 else (value, value + 10)
        if unit_written in ("万元", "亿元", "千元", "万吨") and scale != 1:
            continue   # 三万万元: not a real amount
        unit, factor = UNIT_FACTORS[unit_written]
        end = m.end()
        if unit_written in ("斤", "市斤") and (liang := LIANG_AFTER_JIN_RE.match(text, end)):
            value += _digit(liang.group(1)) / 10     # 3斤2两 is 3.2斤 (1.6千克)
            end = liang.end()
        if unit_written in HALF_AFTER_UNITS and scale == 1 and upper is None and HALF_AFTER_RE.match(text, end):
            value += 0.5        # 一亩半 is 1.5亩, 三斤半 3.5斤 (probe 65a XA03 read 约一亩半到两亩 as 1 to 2亩)
            end += 1
        if unit_written == "亩" and (fen := MU_FRACTION_RE.match(text, end)):
            value += _digit(fen.group(1)) / 10 + (_digit(fen.group(2)) / 100 if fen.group(2) else 0)
            end = fen.end()     # 四亩五分 is 4.5亩, 三亩二分五厘 3.25亩
        approx = bool(m.group("approx") or m.group("approx2") or some or neighbours)
        qualifier = bound_of(text, start, m.group("qual") or ("左右" if m.group("approx2") == "左右" or some == "来" else None)
                             or ("以内" if text.startswith("以内", m.end()) and unit not in SPAN_OF_TIME else None))
        tail = {"万": 10_000, "亿": 100_000_000}.get(num[-1], 1)    # 五至十万元: the 万 of 十万 holds for 五
        if (low := _range_start(text, start, value * scale * factor, (scale * factor * tail, scale * factor), unit)) is not None:
            out.append(low)
        out.append(Quantity(value * scale * factor, unit, text[start:end], start, end, approx, qualifier,
                            upper * scale * factor if upper is not None else None))
    out += _liang_alone(text, out)
    return sorted(out + _bare_sums(text, out), key=lambda q: q.start)


# 两, a tenth of a 斤 (50克), as weight is said at markets: 黑火药八两, 3斤2两. Not 两 the number (一两个人, 两辆车).
LIANG_AFTER_JIN_RE = re.compile(r"([一二三四五六七八九1-9])两(?![个人次年月天件只条名位家种辆台元块毛分秒周岁百千万])")
LIANG_RE = re.compile(r"(?<![0-9一二三四五六七八九十百千万两斤])(?P<num>[一二三四五六七八九十]+|[0-9]+(?:\.[0-9]+)?|半)两"
                      r"(?![个人次年月天件只条名位家种辆台元块毛分秒周岁百千万斤])")
LIANG_KG = 0.05


def _liang_alone(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for m in LIANG_RE.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        try:
            value = 0.5 if m["num"] == "半" else parse_number(m["num"])
        except ValueError:
            continue
        out.append(Quantity(value * LIANG_KG, "千克", m.group(0), m.start(), m.end()))
    return out


# A sum said with no unit after the word of its value: 估价1200, 价格认定2600, 对方给了2000, 修车花了1800 (probe 37b: officers
# leave out 元 where the word says money; none was read, and every such question asked the amount)
BARE_SUM_RE = re.compile(
    r"(?:估价|估值|作价|价格认定(?:为|是|值)?|认定值|鉴定值|评估值|认定价值(?:为|是)?|鉴定价值(?:为|是)?|价值(?:为|是)?|损失(?:了|为|是)?|花了|要了|骗了|骗走|"
    r"转了|给了|偷了|抢了|赔了|付了|一共|共计|合计|总共|总计|卖了|赚了|挣了|获利|收了|卖出去了?|卖掉了?|售出|"
    r"货值(?:金额)?(?:为|是)?|销售额(?:为|是)?|销售金额(?:为|是)?|经营额(?:为|是)?|营业额(?:为|是)?"
    r"|(?:使用费|费用|许可费)(?:为|是))(?:约|大概|大约|共|共计|合计|总共)?"
    rf"(?P<num>[0-9]+(?:\.[0-9]+)?|[{CHINESE_DIGITS}十百千]+)(?P<wan>万(?P<tail>[0-9{CHINESE_DIGITS}])?)?"     # 6万2: 62,000
    r"(?![0-9０-９.．点万千百亿元块克斤吨人名次件箱枚米份张个株亩年月日天发支副套户把根处棵部本盘册条台只头尾辆瓶包袋回多余"
    r"局桌场轮笔单家间层位趟批道题门项类种节集段宗起组])")     # 共计250局: rounds, not yuan (probe 65a XA34)


def _bare_sums(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for m in BARE_SUM_RE.finditer(text):
        start, end = m.start("num"), m.end()
        if any(q.start < end and start < q.end for q in found) or not_a_number(text, start, m["num"]):
            continue
        try:
            value = parse_number(m["num"])
        except ValueError:
            continue
        if m["wan"]:
            value = value * 10_000 + (_digit(m["tail"]) * 1000 if m["tail"] else 0)
        out.append(Quantity(value, "元", text[start:end], start, end))
    return out


# Two neighbouring digits are a rough number between them: 三四个人 is three or four (it was read as 34), 十三四人
# 13 or 14, 五六千元 5,000 to 6,000, 三五个 three to five
# (after higher places too: 一百四五十人 is 140 to 150, 一千二三百元 1,200 to 1,300, 四五十万 400,000 to 500,000; 两三次 is two or
# three: it was read as 23)
NEIGHBOURS_RE = re.compile(r"(?P<pre>(?:[一二三四五六七八九两]?[万千百]零?)*(?:[一二三四五六七八九]?十)?)"
                           r"(?P<a>[一二三四五六七八两])(?P<b>[二两三四五六七八九])(?P<post>[十百千万]*)")   # 一两个人 is one or two


def _neighbouring_digits(num: str) -> tuple[float, float] | None:
    m = NEIGHBOURS_RE.fullmatch(num)
    if not m:
        return None
    a, b = _digit(m["a"]), _digit(m["b"])
    if not (b == a + 1 or (a, b) == (3, 5)):
        return None
    pre, post = m["pre"] or "", m["post"] or ""
    return float(parse_chinese_int(pre + m["a"] + post)), float(parse_chinese_int(pre + m["b"] + post))


# a half after a measure, as weights and areas are said: 一亩半, 三斤半, 两吨半 (not 半挂车, 半成品, 半年)
HALF_AFTER_UNITS = frozenset({"亩", "斤", "市斤", "公斤", "千克", "吨", "米", "公里", "立方米", "方", "公顷"})
HALF_AFTER_RE = re.compile(r"半(?!挂|成|年|月|天|日|小时|数|径|导|岛|山|夜|价|自动|截|边|身|面|壁|球|拉子)")
# 亩 in tenths and hundredths, as land is measured in the countryside: 分 and 厘 (not 分钟, 三分之一)
MU_FRACTION_RE = re.compile(r"([零一二三四五六七八九0-9])分(?![钟之])(?:([零一二三四五六七八九0-9])厘)?")


def _digit(ch: str) -> int:
    return int(ch) if ch.isdigit() else 2 if ch == "两" else "零一二三四五六七八九".index(ch)


# (a dash or tilde too: 约1.7—2.4公顷, 3~5人; probe 53c LC39 met 二公顷 on the upper end alone)
RANGE_START_RE = re.compile(rf"(?<![{CHINESE_NUMBER_CHARS}0-9.])({NUMBER})(?P<scale>[万亿])?[{RANGE_SEP}到~～\-－—–]$")
SCALES = {"万": 10_000, "亿": 100_000_000}
STATED_RANGE_BETWEEN_RE = re.compile(r"[至到~～\-－—]")


def stated_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Facts that give a range (四万元至六万元, 四至六万元, 四万到六万元) as one quantity between its ends: read as
    two amounts, the top met a threshold the bottom may not reach, or the bottom ruled out one the top
    passes. The quantities in text order; a range's ends become one quantity with `upper`."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        joined = prev is not None and prev.upper is None and prev.unit == q.unit and prev.value < q.value and (
            (prev.qualifier == RANGE_SEP and prev.end == q.start) or
            STATED_RANGE_BETWEEN_RE.fullmatch(text[prev.end:q.start]) is not None)
        if joined:
            out[-1] = Quantity(prev.value, q.unit, text[prev.start:q.end], prev.start, q.end, prev.approx or q.approx,
                               RANGE_SEP, q.value)
        else:
            out.append(q)
    return out


def _range_start(text: str, start: int, upper: float, factors: tuple[float, ...], unit: str) -> Quantity | None:
    """The lower end of a range written with the unit once: 五千至一万元以上, 一百至二百副（册）以上, 五至十万元
    (provinces fix the figure within it), 四万到六万元 (a fact's range). Read alone, the upper end became the threshold. The lower end
    takes the upper's scale and unit unless that would put it above the upper (五千至一万元 is 5,000 元)."""
    m = RANGE_START_RE.search(text[max(0, start - 12):start])
    if not m:
        return None
    try:
        value = parse_number(m.group(1))
    except ValueError:
        return None
    if m["scale"]:          # 3万至6万元: the lower end carries its own scale
        low = value * SCALES[m["scale"]] if value * SCALES[m["scale"]] < upper else None
    else:
        low = next((v for v in (*(value * f for f in factors), value) if v < upper), None)
    if low is None:
        return None
    begin = start - len(m.group(0))
    return Quantity(low, unit, text[begin:start], begin, start, False, RANGE_SEP)
