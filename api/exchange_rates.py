"""Sums in a foreign currency, converted at the rate the text itself states: 实际转账仅500美元 … 按转账日汇率1美元=7.14元
人民币计算 says about 3570元, which a threshold in 元 (人民币) can be compared with (probe 59b: such sums were asked
about, never converted). The conversion is written into the text beside the sum, as an officer who converted it would
write it (500美元（按所述汇率折合人民币3570元）), so every reading of a stated figure applies to it. A price (每盒120美元)
is no sum and is left as it is.

Only a rate the text states counts; a currency with no rate, or with two different rates, stays a sum that decides
nothing. A sum already converted beside it (港币52万元（按1港币=0.92元人民币折算47.84万元）) is left as it is."""
from __future__ import annotations

import re

from corpus.quantities import parse_number

# the names of one currency, the first the one written in a conversion
CURRENCIES = {
    "美元": ("美元", "美金"), "港币": ("港币", "港元"), "欧元": ("欧元",), "日元": ("日元",), "英镑": ("英镑",),
    "澳门元": ("澳门元", "澳门币", "澳币"), "澳元": ("澳元", "澳大利亚元"), "新台币": ("新台币", "台币"),
    "韩元": ("韩元",), "卢布": ("卢布",),
}
CANONICAL = {name: key for key, names in CURRENCIES.items() for name in names}
# longest first, so 新台币 is not read as 台币 and 澳门元 not as 澳元
CURRENCY = "|".join(sorted(CANONICAL, key=len, reverse=True))
NUMBER = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"

# 1美元=7.14元人民币, 1港币折合0.91元人民币, 100日元折合4.7元人民币, 1美元兑7.1元人民币, 按1美元兑人民币7.12元
# (in words too: 一美元兑七点一元人民币, probe 98b)
RATE_RE = re.compile(rf"(?P<per>\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)?\s*(?P<cur>{CURRENCY})\s*(?:=|＝|折合|约合|合|兑换?|兑)\s*"
                     rf"(?:人民币)?\s*(?P<rate>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)\s*元")
# 美元兑人民币汇率为7.14, 美元对人民币中间价7.1
# (and the other way round, as the central parity is quoted: 人民币对美元汇率中间价为7.10, yuan per dollar)
RATE_NAMED_RE = re.compile(rf"(?:(?P<cur>{CURRENCY})(?:兑|对)人民币|人民币(?:兑|对)(?P<cur2>{CURRENCY}))(?:的)?(?:汇率)?(?:中间价|牌价)?"
                           rf"(?:为|是|按)?\s*(?P<rate>\d+\.\d+)")

# 港币1,200元, 美元共计2.55万元, 500美元, 41万美元, 3.9万港币
# (a Chinese numeral after the currency only with its 元: 1100欧元两笔 is two payments, not 两欧元)
# (not a count of notes after the currency: 假美元6张 is six notes, not 6美元, probe 86b)
SUM_AFTER_RE = re.compile(rf"(?P<cur>{CURRENCY})(?P<how>共计|合计|约|计|现金)?\s*(?:(?P<num>\d+(?:\.\d+)?)(?![\d.])\s*(?P<scale>万|千|亿)?元?"
                          r"(?![张枚笔次个份件套])"
                          rf"|(?P<cnum>{NUMBER})(?P<cscale>万|千|亿)?元)")
SUM_BEFORE_RE = re.compile(rf"(?<![\d.=＝])(?P<num>{NUMBER})\s*(?P<scale>万|千|亿)?\s*(?P<cur>{CURRENCY})")
PRICE_BEFORE_RE = re.compile(r"每[^，。；、\d]{0,3}$")
SCALES = {"万": 10_000, "千": 1_000, "亿": 100_000_000, None: 1}
# a conversion the text already gives right after the sum: （按…折算47.84万元）, （折合人民币3570元）, 约合人民币…元
# or a clause on: 2.3万美元，按结汇日汇率1美元=7.1元人民币折算为16.33万元
CONVERTED_AFTER_RE = re.compile(r"\s*[（(]?[^）)。；，]{0,20}?(?:折算|折合|约合|合人民币|人民币)[^）)。；]{0,12}?\d"
                                r"|[，,]按[^。；，]{0,24}?(?:折算|折合|计算)(?:为|成)?(?:人民币)?\d")


def _stated_rates(text: str) -> tuple[dict[str, float], list[tuple[int, int]]]:
    """Each currency's rate in 元 for one unit, where the text states one and only one; and where the rate statements
    stand (their 1美元 is no sum to convert)."""
    rates: dict[str, set[float]] = {}
    spans = []
    for m in RATE_RE.finditer(text):
        spans.append(m.span())
        per = parse_number(m.group("per")) if m.group("per") else 1.0
        if per > 0:
            rates.setdefault(CANONICAL[m.group("cur")], set()).add(round(parse_number(m.group("rate")) / per, 6))
    for m in RATE_NAMED_RE.finditer(text):
        spans.append(m.span())
        rates.setdefault(CANONICAL[m.group("cur") or m.group("cur2")], set()).add(float(m.group("rate")))
    return {cur: next(iter(values)) for cur, values in rates.items() if len(values) == 1}, spans


def _yuan(value: float) -> str:
    """3570 → 3570元, 291920 → 29.192万元: the way the facts write sums, so the figure reads as any other."""
    if value >= 10_000:
        return f"{value / 10_000:.4f}".rstrip("0").rstrip(".") + "万元"
    return f"{value:.2f}".rstrip("0").rstrip(".") + "元"


def with_stated_conversions(text: str) -> str:
    """The text with each foreign sum whose currency has a stated rate followed by its amount in 元."""
    rates, rate_spans = _stated_rates(text)
    if not rates:
        return text
    sums = []
    for regex in (SUM_AFTER_RE, SUM_BEFORE_RE):
        for m in regex.finditer(text):
            cur = CANONICAL[m.group("cur")]
            if cur not in rates or any(a <= m.start() < b or a < m.end() <= b for a, b in rate_spans):
                continue      # no rate stated, or the 1美元 of the rate itself
            if any(s < m.end() and m.start() < e for s, e, _ in sums):
                continue
            number, scale = (m.group("num"), m.group("scale")) if m.group("num") else (m.group("cnum"), m.group("cscale"))
            try:
                amount = parse_number(number) * SCALES[scale]
            except ValueError:
                continue
            if amount <= 0 or CONVERTED_AFTER_RE.match(text, m.end()) or PRICE_BEFORE_RE.search(text, 0, m.start()):
                continue
            sums.append((m.start(), m.end(), f"（按所述汇率折合人民币{_yuan(amount * rates[cur])}）"))
    for start, end, conversion in sorted(sums, reverse=True):
        text = text[:end] + conversion + text[end:]
    return text
