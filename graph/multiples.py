"""An item set as a multiple of its siblings' thresholds, read as the figures it comes to: 知识产权解释（2025）第五条
第一款（三） "假冒注册商标的商品尚未销售，货值金额达到本款前两项规定的销售金额标准三倍以上" is 货值金额 ≥ 15万元
(（一）销售金额五万元 × 3) or ≥ 9万元 with （二）'s earlier penalty (三万元 × 3). Asked as one question, a seizure of
unsold goods worth 16万元 stayed undecided, though the law decides it.

Only the held-unsold form is computed; the mixed one (已销售…不足…，但与尚未销售…合计达到…) stays one question."""
from __future__ import annotations

import re
from dataclasses import replace

from corpus.numerals import parse_chinese_int

# [who/what，]货值金额[或者侵权复制品数量]达到本款前两项规定的销售金额标准三倍以上
UNSOLD_MULTIPLE_RE = re.compile(r"^(?:(?P<lead>[^，；]+)，)?(?P<things>[^，；]+?)达到本款前(?P<n>[两三四五])项规定(?:的)?"
                                r"(?P<of>[\u4e00-\u9fa5]{0,6}?)标准(?P<k>[一二三四五六七八九十])倍以上$")
LABELS = "一二三四五"
# the thing held unsold, and the sibling figure its multiple is of (货值金额 is what 销售金额 would have been)
COUNTERPART = {"货值金额": "销售金额", "侵权复制品数量": "复制件数量", "标识数量": "标识数量"}
HELD_STATE_RE = re.compile(r"(?:尚未|未)(?:销售|售出|出售)$")
# 已销售商品的销售金额不足本款前两项标准，但与尚未销售商品的货值金额合计达到本款前两项规定的销售金额标准三倍以上
SOLD_AND_HELD_RE = re.compile(r"^已销售[\u4e00-\u9fa5]{0,4}?的销售金额不足本款前(?P<n>[两三四五])项标准，但与尚未销售"
                              r"[\u4e00-\u9fa5]{0,4}?的货值金额合计达到本款前[两三四五]项规定(?:的)?销售金额标准"
                              r"(?P<k>[一二三四五六七八九十])倍以上$")


def _things(words: str) -> list[str]:
    """货值金额或者侵权复制品数量 → both; 尚未销售的标识数量 → 标识数量."""
    return [next((t for t in COUNTERPART if part.endswith(t)), "") for part in re.split(r"或者|、", words)]


def computed_multiples(alternatives: list, requirement_type, condition_type) -> list:
    """The alternatives with each held-unsold multiple replaced by the figures it comes to, one per sibling
    alternative with a figure of the counterpart (its other conditions and requirements kept: 两种以上, 二年内…受过
    处罚); left as it is where a sibling or a thing is not found."""
    out = []
    for alt in alternatives:
        asked = alt.requirements[0].text if len(alt.requirements) == 1 and not alt.conditions else ""
        if mixed := SOLD_AND_HELD_RE.match(asked):
            out.extend(_sold_and_held(alt, mixed, alternatives, requirement_type) or [alt])
            continue
        m = UNSOLD_MULTIPLE_RE.match(asked)
        things = _things(m["things"]) if m else []
        if not m or not all(things):
            out.append(alt)
            continue
        named = tuple(f"（{LABELS[i]}）" for i in range(parse_chinese_int(m["n"])))
        lead = m["lead"] or ""
        shared = [] if not lead or HELD_STATE_RE.search(lead) else \
            [requirement_type(lead, [lead], f"是否{lead}？")]      # 销售他人非法制造的注册商标标识: the act, kept
        made = []
        for source in (a for a in alternatives if a.label.startswith(named) and a is not alt):
            for thing in things:
                wanted = m["of"] or COUNTERPART[thing]
                figures = [c for c in source.conditions if c.metric.endswith(wanted) and c.op == ">="]
                if len(figures) != 1:
                    continue
                figure, k = figures[0], parse_chinese_int(m["k"])
                condition = condition_type(thing, ">=", figure.value * k, figure.unit,
                                           f"{re.sub(r'[0-9]+$', '', source.label)}项{figure.text}的{m['k']}倍")
                others = [replace(c) for c in source.conditions if c is not figure]
                made.append(replace(alt, label=f"{alt.label}·{source.label}", conditions=others + [condition],
                                    requirements=list(source.requirements) + shared))
        out.extend(made or [alt])
    return out


def _sold_and_held(alt, m: re.Match, alternatives: list, requirement_type) -> list:
    """已销售与尚未销售合计 a multiple of each sibling's 销售金额: 已销售金额与尚未销售的货值金额合计十五万元以上 (the
    words graph/weighted_sum.py computes), with the sibling's requirements (二年内…受过处罚)."""
    named = tuple(f"（{LABELS[i]}）" for i in range(parse_chinese_int(m["n"])))
    made = []
    for source in (a for a in alternatives if a.label.startswith(named) and a is not alt):
        figures = [c for c in source.conditions if c.metric.endswith("销售金额") and c.op == ">=" and c.unit == "元"]
        if len(figures) != 1 or len(source.conditions) != 1:
            continue
        total = figures[0].value * parse_chinese_int(m["k"]) / 10000
        words = f"已销售金额与尚未销售的货值金额合计{total:g}万元以上"
        summed = requirement_type(words, [words], f"已销售金额与尚未销售的货值金额合计是否达到{total:g}万元（"
                                                  f"{re.sub(r'[0-9]+$', '', source.label)}项{figures[0].text}的{m['k']}倍）？")
        made.append(replace(alt, label=f"{alt.label}·{source.label}", conditions=[],
                            requirements=[summed, *source.requirements]))
    return made
