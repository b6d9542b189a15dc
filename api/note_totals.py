"""The total face value of counterfeit notes stated as a note's face value and a count: 面额100元的假币30张 is
3,000元 总面额 (立案追诉标准（二）第二条、第三条… count 总面额 and 币量). Read as stated, the 100元 of one note was
compared with 总面额二千元 and found short (a probe: three wrong 未达到)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from corpus.numerals import parse_chinese_int
from corpus.quantities import Quantity, parse_number

from .exchange_rates import CURRENCY

# 每张面额100元的假币，共25张 / 面额50元的假币共60张 / 面额100元的假币30张; 面值 likewise, and the face said before
# its word (100元面值假人民币5200张) or a count said as counted out (面额为100元的人民币，数了31张: convicted judgments)
# (in words too: 面额一百元的假人民币四十三张, probe 93a compared the one note's 一百元)
FACE_AND_COUNT_RE = re.compile(r"(?:面[额值](?:为)?(?P<face>\d+(?:\.\d+)?|[一二两五十百壹贰伍拾佰]+)元|(?P<face_first>\d+(?:\.\d+)?)元面[额值])"
                               r"[^，。；]{0,8}?[，,]?(?:共计?|合计|计|总计|数了)?(?P<count>\d+|[一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+)张"
                               # the count before the face (该31张面额为100元的人民币均为假币)
                               r"|(?P<count_first>\d+)张面[额值](?:为|均为)?(?P<face_after>\d+(?:\.\d+)?)元"
                               # the face before the fake note's name (100元假币三张: probe 98a compared the one note's 100元)
                               r"|(?P<face_plain>\d+(?:\.\d+)?)元(?:的)?(?:假币|假人民币|假钞)(?:共计?)?"
                               r"(?P<count_plain>\d+|[一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+)张"
                               # a note named by its face (100元券叁拾伍张, 50元券12张: probe 93c compared the one note's 100元)
                               # (or its face in words: 假人民币百元券三十八张、五十元券十二张, probe 98b)
                               r"|(?P<face_note>\d+(?:\.\d+)?|(?<![\d一二两三四五六七八九十百])[一二五十百壹贰伍拾佰]+)元券(?P<count_note>\d+|[一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+)张"
                               # a foreign note's face, converted at the stated rate (api/exchange_rates.py), and its count
                               # (面额一百美元（按所述汇率折合人民币710元）的变造币三张: probe 90b compared the one note's 710元)
                               r"|面[额值](?:为)?[^，。；（(]{1,8}[（(]按所述汇率折合(?P<yuan>人民币)?(?P<face_conv>\d+(?:\.\d+)?)元[）)]"
                               r"[^，。；\d]{0,8}?[，,]?(?:共计?|合计|计|总计)?(?P<count_conv>\d+|[一二两三四五六七八九十百千]+)张"
                               # a foreign note named by its face, converted (港币100元（按所述汇率折合人民币92元）券10张: probe 96a)
                               rf"|(?:{CURRENCY})?(?:\d+(?:\.\d+)?|[一二五十百壹贰伍拾佰]+)元[（(]按所述汇率折合(?:人民币)?"
                               r"(?P<face_note_conv>\d+(?:\.\d+)?)元[）)]券(?P<count_note_conv>\d+|[一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+)张")


# of notes only suspected, the part an appraisal has confirmed and the part it has still to (疑似假币43张。经鉴定，已有35张确认
# 为伪造货币，另8张…鉴定意见尚未出具: probe 86b #15 met 4000元 on the 43 notes' 4300元)
# (or said plainly: 人民银行鉴定已出结论，38张是假币。…剩下7张…结论还没出, probe 86c)
CONFIRMED_NOTES_RE = re.compile(r"(?:已有|其中|仅有?|只有)?(?P<count>\d+)张(?:经鉴定)?(?:已|均)?(?:被)?(?:确认|认定|鉴定)?(?:为|系|属于?|是)"
                                r"(?:伪造|变造|假)")
NOTES_PENDING_RE = re.compile(r"(?:另(?:外)?(?:有)?\d+张|剩下|剩余|其余|余下)[^。；]{0,60}?(?:尚未|正在|尚在|待|无法|还没|没出|未出)")


def _confirmed_count(text: str, m: re.Match, count: int) -> tuple[int, bool]:
    """The count of suspected notes an appraisal later in the text confirmed, and whether another part still awaits it;
    the count as stated where the notes were not suspected or no such part is said."""
    if "疑似" not in text[max(0, m.start() - 12):m.end() + 4]:
        # (notes seized beside those found fake, some still at the appraiser: 已使用的三张及包内二十五张为假币，包内其余十五张
        # “尚在鉴定中”, probe 98a: the total is at least what is stated)
        pending = next((p for p in NOTES_PENDING_RE.finditer(text) if "张" in p.group(0) and "鉴定" in text[p.start():p.end() + 6]), None)
        return count, pending is not None
    confirmed = CONFIRMED_NOTES_RE.search(text, m.end())
    if confirmed is None or int(confirmed["count"]) >= count:
        return count, False
    return int(confirmed["count"]), NOTES_PENDING_RE.search(text, m.end()) is not None


# the total face value the facts state themselves (总面额为4300元); not a rule's line quoted (第一条“总面额在2000元以上”的规定:
# probe 97a compared the one note's 一百元)
TOTAL_FACE_STATED_RE = re.compile(r"总面额(?:为|是|达|共计|合计|计|约)?\s*[0-9０-９一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]")


def with_note_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with each note's face value stated with a count replaced by the total face value (its note says
    how); where the text states 总面额 itself, nothing changes."""
    if TOTAL_FACE_STATED_RE.search(text):
        return facts
    out, made = list(facts), []
    for m in FACE_AND_COUNT_RE.finditer(text):
        if TOTAL_STATED_AFTER_RE.match(text, m.end()):
            continue            # …9张，另从银行清分环节追回…2张，合计1100元: the text sums them itself
        group = next(g for g in ("face", "face_first", "face_after", "face_plain", "face_conv", "face_note", "face_note_conv") if m[g])
        stated = (m["count"] or m["count_first"] or m["count_plain"] or m["count_conv"] or m["count_note"]
                  or m["count_note_conv"])
        count, pending = _confirmed_count(text, m, int(stated) if stated.isdigit() else parse_chinese_int(stated))
        face_value = float(m[group]) if m[group][0].isdigit() else parse_chinese_int(m[group])
        total = face_value * count
        note = f"面额{m[group]}元×{count}张" + ("（经鉴定确认的部分，其余尚待鉴定）" if pending else "")
        qualifier = "以上" if pending else None
        starts = {m.start(group), m.start("yuan")} if group == "face_conv" and m["yuan"] else {m.start(group)}
        # (the face's own figure may start before it: 人民币100元券…)
        face = next((f for f in out if f.quantity.unit == "元" and any(f.quantity.start <= at < f.quantity.end for at in starts)), None)
        if face is None:        # 每张面额100元 was read as a rate and left out
            quantity = Quantity(total, "元", m.group(0), m.start(group), m.end(), qualifier=qualifier)
            out.append(make_fact(quantity, "总面额|" + text[m.end():m.end() + 12], note))
            made.append((m, out[-1]))
            continue
        quantity = replace(face.quantity, value=total, upper=None, qualifier=qualifier or face.quantity.qualifier)
        at = out.index(face)
        out[at] = make_fact(quantity, "总面额|" + face.context.partition("|")[2], note)
        made.append((m, out[at]))
    return _listed_notes_summed(text, out, made, make_fact)


TOTAL_STATED_AFTER_RE = re.compile(r"[^。；]{0,30}?(?:合计|共计|总计)(?:面额)?(?:为)?\d")


# notes of two faces listed as one find: 查获伪造的人民币100元券叁拾伍张、50元券12张 is one 总面额 of 4100元 (probe 93c was
# asked whether to add the two)
# (or another batch of the same act: 共变造人民币100元券12张；另用同样方法变造港币…券10张, probe 96a)
# (or one more found on him: 面额100元的假人民币三十五张，另有面额100美元的假美钞一张, probe 98a)
LIST_JOINT_RE = re.compile(r"[、，,]?(?:和|及|以及|与)?|[；;，,]另(?:外)?(?:用同样(?:的)?方法|以同样(?:的)?方式)?(?:变造|伪造)(?:了)?"
                           r"|[；;，,]另(?:外)?有")


def _listed_notes_summed(text: str, out: list, made: list, make_fact: Callable) -> list:
    """The totals of notes listed one after another (only a 、 or 和 between) summed into the first; the others dropped."""
    runs, run = [], made[:1]
    for prev, cur in zip(made, made[1:]):
        if LIST_JOINT_RE.fullmatch(text, prev[0].end(), cur[0].start()):
            run.append(cur)
        else:
            runs.append(run)
            run = [cur]
    runs.append(run)
    for run in (r for r in runs if len(r) > 1):
        facts = [f for _, f in run]
        total = sum(f.quantity.value for f in facts)
        first = facts[0]
        pending = any(f.quantity.qualifier == "以上" for f in facts)
        quantity = replace(first.quantity, value=total, end=facts[-1].quantity.end, qualifier="以上" if pending else first.quantity.qualifier)
        summed = make_fact(quantity, first.context, "＋".join(f.note for f in facts) + f"，合计{total:g}元")
        out = [summed if f is first else f for f in out if f is first or all(f is not g for g in facts)]
    return out


# A price per piece and the pieces counted: 卖出去60张，票面价每张880元 is 52,800元 of tickets (立案追诉标准 counts 价额 and
# 票面数额 of forged tickets; probe 38c asked for it). The price alone is left out as a rate (每张880元 is no sum). A value
# said of each animal with a floor (出售猫头鹰4只…每只价值不低于6000元) gives a total of at least 4 × 6,000元 (probe 66a
# YA23 was asked the 价值 it states).
PIECES = "张|份|件|个|本|套|盒|瓶|条|枚|只|头|株|棵|尾|羽|台"
PRICE_WORDS = "票面价格|票面金额|票面价|票面|面值|面额|票价|售价|单价|市场价格|市场价|价格|标价|价值"
# a price in Chinese numerals (每张票面一百二十元: probe 33 #19 was not met at the train tickets' 4980元 alone)
CHINESE_PRICE = "[一二两三四五六七八九十百千]+"
PRICE_EACH_RE = re.compile(rf"(?P<lead>{PRICE_WORDS})?(?:为|是)?每(?P<piece>{PIECES})"
                           rf"(?P<lead2>{PRICE_WORDS})?(?:为|是|均为|均)?(?P<floor>不低于|不少于|至少)?"
                           rf"(?P<price>\d+(?:\.\d+)?|{CHINESE_PRICE})(?P<scale>万|千)?元")
PRICE_WINDOW = 30       # a count this near the price, on either side
COUNT_BEFORE_WINDOW = 120       # or a count said earlier, the same wherever it is said (猫头鹰4只…认定4只均为野外来源…每只)
SCALES = {"万": 10_000, "千": 1000, None: 1}


def _counts_of(facts: list, m: re.Match) -> list:
    """The counts of the priced pieces: those near the price, else those said before it, when they all agree."""
    pieces = [f for f in facts if f.quantity.raw.endswith(m["piece"]) and f.quantity.unit != "元"]
    near = [f for f in pieces if abs(f.quantity.start - m.start()) <= PRICE_WINDOW]
    if near:
        near = [f for f in near if f.quantity.value > 1] or near    # 一张也就加价几十块 is the price talk, not a count
        return near[:1] if len({f.quantity.value for f in near}) == 1 else near     # (the same count said twice is one)
    earlier = [f for f in pieces if 0 < m.start() - f.quantity.start <= COUNT_BEFORE_WINDOW]
    return earlier[:1] if earlier and len({f.quantity.value for f in earlier}) == 1 else []


def with_unit_price_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with a total added where the text gives a price per piece and one count of those pieces; where
    it gives several counts of them (sold and held) or none, nothing is added."""
    out = list(facts)
    for m in PRICE_EACH_RE.finditer(text):
        counts = _counts_of(facts, m)
        if len(counts) != 1 or "总" in text[max(0, m.start() - 6):m.start()]:
            continue
        count = counts[0].quantity
        price = parse_number(m["price"]) * SCALES[m["scale"]]
        total = price * count.value
        if any(f.quantity.unit == "元" and abs(f.quantity.value - total) < 0.005 for f in facts):
            continue    # the total is stated too (每张票价五十元…共九十六张，价额合计四千八百元): no second batch
        # the words before the count name the pieces (演唱会门票…卖出去60张): a 车票 clause does not take a concert's tickets
        words = counts[0].context.partition("|")[0] + (m["lead"] or m["lead2"] or "价") + "额合计"
        quantity = Quantity(total, "元", m.group(0), m.start(), m.end(), approx=count.approx,
                            qualifier="以上" if m["floor"] else None)
        out.append(make_fact(quantity, words + "|" + text[m.end():m.end() + 8],
                             f"每{m['piece']}{m['floor'] or ''}{price:g}元×{count.value:g}{m['piece']}，"
                             f"合计{'不低于' if m['floor'] else ''}{total:.12g}元"))
    return out


# What each person paid in, and the people counted: 共有132名投资人，平均每人投入8000元 is 105.6万元 taken in (probe 67a ZA17
# was asked the sum). An average over the people counted gives their total as exactly as a sum would.
PER_PERSON_RE = re.compile(r"(?:平均)?每(?:人|名|户)(?:平均)?(?P<verb>投入|出资|投资|存入|缴纳|交纳|交款|认购|集资|支付|被骗)了?"
                           r"(?P<price>\d+(?:\.\d+)?)(?P<scale>万|千)?元")
PEOPLE_WINDOW = 40
TAKEN_AS = {"投入": "吸收资金", "出资": "吸收资金", "投资": "吸收资金", "存入": "吸收资金", "认购": "吸收资金", "集资": "吸收资金",
            "交款": "收取款项", "缴纳": "收取款项", "交纳": "收取款项", "支付": "收取款项", "被骗": "被骗取"}


def with_per_person_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with the total of a sum said per person added, where one count of people stands just before it."""
    out = list(facts)
    for m in PER_PERSON_RE.finditer(text):
        people = [f for f in facts if f.quantity.unit == "人" and 0 < m.start() - f.quantity.end <= PEOPLE_WINDOW
                  and not re.search(r"[。；;]", text[f.quantity.end:m.start()])]
        if len({f.quantity.value for f in people}) != 1 or people[0].quantity.value <= 1:
            continue
        count = people[0].quantity
        each = float(m["price"]) * SCALES[m["scale"]]
        total = each * count.value
        # (named as the taker's sum: what investors put in is what was taken in, 吸收资金)
        words = people[0].context.partition("|")[0] + count.raw + text[count.end:count.end + 6] + TAKEN_AS[m["verb"]] + "合计"
        quantity = Quantity(total, "元", m.group(0), m.start(), m.end(), approx=count.approx)
        out.append(make_fact(quantity, words + "|" + text[m.end():m.end() + 8],
                             f"每人{each:.12g}元×{count.value:g}人，合计{total:.12g}元"))
    return out


# A count and the value of each: 购物卡两张面值各４０００元 is 8,000元 of cards (probe 56b PB30 was not_met at 2.5万元 cash and one
# card's 4,000元). The price of each alone is no sum, and is replaced by the total.
EACH_PRICE_RE = re.compile(rf"(?P<piece>{PIECES})[^，。；\d０-９]{{0,6}}?各(?:为|是|计)?(?P<price>[0-9０-９]+(?:[.．][0-9０-９]+)?)元")


def with_each_price_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts, a value said of each (面值各4000元) after its count of pieces (两张) replaced by their total."""
    out = list(facts)
    for m in EACH_PRICE_RE.finditer(text):
        count = next((f for f in facts if f.quantity.end == m.end("piece")), None)
        price = next((f for f in out if f.quantity.unit == "元" and f.quantity.start == m.start("price")), None)
        if count is None or price is None or count.quantity.value <= 1:
            continue
        total = price.quantity.value * count.quantity.value
        note = f"{count.quantity.raw}各{price.quantity.raw}，合计{total:g}元"
        out[out.index(price)] = make_fact(replace(price.quantity, value=total, upper=None), price.context, note)
    return out


# A total after the value of each, in the next clause: 每只豹猫价值为1万元，2只共计2万元整. The total's own words say only
# 共计; the measure is the one said of each (probe 65a XA23 asked the 价值 of two animals it had been given).
EACH_THEN_TOTAL_RE = re.compile(r"每(?:只|头|株|棵|件|个|张|份|套|条|枚|瓶|盒|本|尾|羽)[^，。；\d]{0,10}?"
                                r"(?P<measure>价值|价格|售价|市场价格?|金额)(?:为|是|约|计)?[0-9０-９.．]+(?:万|千)?元[，,]"
                                r"[^，。；\d]{0,4}?[0-9一二两三四五六七八九十]+[^，。；\d]{0,3}?(?:共计|合计|总计|一共|共|累计)(?:价值)?(?:为|是)?$")


def with_each_then_total(text: str, facts: list) -> list:
    """The facts, a total after the value of each given that value's measure word."""
    out = []
    for f in facts:
        m = EACH_THEN_TOTAL_RE.search(text, max(0, f.quantity.start - 48), f.quantity.start) if f.quantity.unit == "元" else None
        out.append(replace(f, context=m["measure"] + "，" + f.context) if m and m.end() == f.quantity.start else f)
    return out


# A total announced and then given by its parts: 造成损失共计——玻璃门二千八百元，收银机二千六百元 is 5,400元 of 损失 (probe 38g:
# read as 2,800元 alone, 故意毁坏财物 was 未达到 on a loss of 5,400元)
BREAKDOWN_LEAD_RE = re.compile(r"(?P<lead>[^，。；：:]{0,12}?)(?:共计|合计|总计|一共|共)(?:为|是)?\s*[—－\-:：]+\s*")
SENTENCE_ENDS = "。；;！？\n"


def with_breakdown_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with the total of a breakdown added, where the total itself is not written."""
    out = list(facts)
    for m in BREAKDOWN_LEAD_RE.finditer(text):
        end = min([i for i in (text.find(ch, m.end()) for ch in SENTENCE_ENDS) if i >= 0], default=len(text))
        parts = [f for f in facts if f.quantity.unit == "元" and m.end() <= f.quantity.start < end]
        if len(parts) < 2 or any(f.quantity.start == m.end() for f in parts):
            continue
        total = sum(f.quantity.value for f in parts)
        quantity = Quantity(total, "元", text[m.start():end], m.end(), end)
        out = [f for f in out if not any(f is p for p in parts)]      # the parts are the total's, not sums of their own
        out.append(make_fact(quantity, m["lead"] + "共计|",
                             f"{'＋'.join(f.quantity.raw for f in parts)}，合计{total:g}元"))
    return out


# The tax on invoices given as their tax-inclusive total and one rate: 价税合计金额为85万元，适用税率13% holds
# 85万 ÷ 1.13 × 13% ≈ 9.78万元 of tax (税收解释（2024）第十一条 counts 虚开的税款数额, not the face total; probe 55a NA37
# met on a candidate's 85万 × 13%). Only where the text states no tax sum of its own.
GROSS_TOTAL_RE = re.compile(r"价税合计(?:金额|总额)?(?:为|共计|合计|共|计)?$")
RATE_RE = re.compile(r"(?:适用)?(?:增值税)?税率(?:为|是)?\s*(?P<rate>\d+(?:\.\d+)?)\s*[%％]")
TAX_SUM_RE = re.compile(r"税额|税款")


def with_tax_from_gross(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with the tax in a tax-inclusive total added, where the text gives one such total, one rate and no
    tax sum (税额, 税款 beside a figure) of its own."""
    rates = {m["rate"] for m in RATE_RE.finditer(text)}
    grosses = [f for f in facts if f.quantity.unit == "元" and GROSS_TOTAL_RE.search(text, max(0, f.quantity.start - 10), f.quantity.start)]
    if len(rates) != 1 or len(grosses) != 1 or any(
            f.quantity.unit == "元" and TAX_SUM_RE.search(f.context.partition("|")[0][-6:]) for f in facts):
        return facts
    rate = float(next(iter(rates))) / 100
    gross = grosses[0].quantity
    tax = round(gross.value / (1 + rate) * rate, 2)
    quantity = replace(gross, value=tax, upper=None if gross.upper is None else round(gross.upper / (1 + rate) * rate, 2))
    return facts + [make_fact(quantity, "税款数额|",
                              f"价税合计{gross.raw}÷(1+{rate:.0%})×{rate:.0%}≈{tax:g}元")]


# Boxes counted and what each holds: 气枪铅弹四盒，每盒一百二十发 is 480发 (爆炸物解释（2001）第四条 counts 铅弹 in 发; probe 98a
# compared the one box's 一百二十发). The count in each box is replaced by the total, its note saying how.
PER_BOX_RE = re.compile(r"(?P<boxes>\d+|[一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]+)(?P<box>盒|箱|包|袋|桶|捆|卷)[，,]?"
                        r"(?:每|各)(?P=box)(?:装|内装|有|均为|为)?(?P<each>\d+|[一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+)"
                        r"(?P<unit>发|枚|粒|颗|支|根|米|克|千克|公斤|张|份)")


def with_box_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts, a count said of each box replaced by the boxes' total."""
    out = list(facts)
    for m in PER_BOX_RE.finditer(text):
        if text[max(0, m.start() - 2):m.start()].startswith("每"):
            continue        # 每条10包，每包20支: a pack's count inside a carton's, read by the cigarette conversion
        boxes = int(m["boxes"]) if m["boxes"].isdigit() else parse_chinese_int(m["boxes"])
        if boxes <= 1:
            continue
        each = next((f for f in out if f.quantity.start == m.start("each")), None)
        value = int(m["each"]) if m["each"].isdigit() else parse_chinese_int(m["each"])
        total = value * boxes
        note = f"每{m['box']}{m['each']}{m['unit']}×{boxes}{m['box']}，合计{total:g}{m['unit']}"
        if each is None:        # 每盒一百二十发 was read as a rate and left out
            quantity = Quantity(total, m["unit"], m.group(0), m.start(), m.end())
            context = text[max(0, m.start() - 12):m.start()] + "|" + text[m.end():m.end() + 12]
            out.append(make_fact(quantity, context, note))
            continue
        out[out.index(each)] = make_fact(replace(each.quantity, value=total, upper=None), each.context, note)
    return out


# An injured person who died of the injuries later: 其中一名重伤者经抢救无效，于事故后第十二天因伤死亡 is one death (the filing
# standards count 死亡一人 as it turned out, not as at the scene; probe 100a was asked the deaths)
DIED_LATER_RE = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)(?:名|人)(?:重伤|受伤|伤)(?:者|人员|员|人)"
                           r"[^。；]{0,24}?(?:抢救无效|医治无效|因伤)[^。；]{0,12}?(?:死亡|身亡|去世)")


# (one person named: 工人黄某重伤，送医抢救九天后死亡, probe 106b #10)
NAMED_DIED_LATER_RE = re.compile(r"[\u4e00-\u9fa5]某(?:某)?(?:重伤|受伤|伤势严重)[^。；]{0,16}?(?:抢救|医治|治疗)[^。；]{0,8}?(?:后|无效)"
                                 r"[^。；]{0,4}?(?:死亡|身亡|去世)")


def with_later_deaths(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with a count of deaths added for injured persons said to have died of their injuries later."""
    out = list(facts)
    for m in DIED_LATER_RE.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else parse_chinese_int(m["n"])
        quantity = Quantity(float(n), "人", m.group(0), m.start("n"), m.end())
        out.append(make_fact(quantity, "死亡|" + text[m.end():m.end() + 8], f"{m.group(0)}，计死亡{n}人"))
    if not any(f.quantity.unit == "人" and (f.context.partition("|")[0].endswith("死亡")
                                             or f.context.partition("|")[2].startswith(("死亡", "人死亡"))) for f in facts):
        for m in NAMED_DIED_LATER_RE.finditer(text):
            quantity = Quantity(1.0, "人", m.group(0), m.start(), m.end())
            out.append(make_fact(quantity, "死亡|" + text[m.end():m.end() + 8], f"{m.group(0)}，计死亡1人"))
    return out


# One batch packed apart and each part counted: 分装三箱，分别为二十张、二十张、十张 is 50张 of the discs named before (probe 98a
# compared the last part's 十张). The parts' total is added with the words before the packing, which name the thing.
_PART = r"(?:\d+|[一二两三四五六七八九十百千]+)"
SPLIT_PARTS_RE = re.compile(rf"(?:分装|分成|分为|装成|分别装在|分放)[^，。；]{{0,6}}?[，,]?(?:分别|各)(?:为|是|装有|有)?"
                            rf"(?P<parts>{_PART}(?P<unit>张|盘|件|册|本|份|支|发|枚|个|只|箱|袋|包|克|千克|公斤)"
                            rf"(?:[、，,和及]{_PART}(?P=unit))+)")
PART_RE = re.compile(rf"({_PART})(?:张|盘|件|册|本|份|支|发|枚|个|只|箱|袋|包|克|千克|公斤)")


def with_split_totals(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with the total of a batch's parts added where each part is counted after its packing."""
    out = list(facts)
    for m in SPLIT_PARTS_RE.finditer(text):
        parts = [int(p) if p.isdigit() else parse_chinese_int(p) for p in PART_RE.findall(m["parts"])]
        unit = next((f.quantity.unit for f in facts if f.quantity.start == m.start("parts")), None)
        if unit is None or len(parts) < 2:
            continue
        lead = text[max(0, m.start() - 20):m.start()]
        quantity = Quantity(float(sum(parts)), unit, m["parts"], m.start("parts"), m.end("parts"))
        out.append(make_fact(quantity, lead + "合计|" + text[m.end():m.end() + 8],
                             "＋".join(f"{p}" for p in parts) + f"，合计{sum(parts)}{m['unit']}"))
    return out
