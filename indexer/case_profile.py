"""A case's key elements and amounts: what analogous-case ranking compares beyond the text.

Computed once per case when the index is built and stored beside its units, because scanning a
whole judgment for 1,364 dictionary terms and every quantity took ~15 ms per case, and
/api/cases/similar looks at 60 candidates per request. The same functions read a user's facts
at query time, so both sides are found by one rule.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

import numpy as np

from corpus.quantities import find_quantities

from .analysis import legal_terms

# Terms nearly every judgment contains: sharing them says nothing about similarity.
GENERIC_TERMS = frozenset({"公安机关", "人民检察院", "人民法院", "有期徒刑", "拘役", "罚金", "刑事责任", "情节严重", "违法所得"})
AMOUNT_UNITS = frozenset({"元", "千克", "吨", "人", "次", "株", "立方米", "亩"})

Amount = tuple[float, str, str]          # value in the normalized unit, unit, text as written


def key_elements(text: str) -> frozenset[str]:
    """Legal-dictionary terms (conduct, object, means, consequence) the text contains."""
    return frozenset(t for t in legal_terms() if len(t) >= 2 and t not in GENERIC_TERMS and t in text)


# what a judgment says about the sentence or the law, not about the act: 并处罚金人民币九万元, 退赔, a threshold quoted
# from an interpretation (二十五万元以上) and the first half of a range (每次30至40吨)
SANCTION_BEFORE = ("罚金", "罚款", "没收", "退赔", "退缴", "追缴", "赔偿", "缓刑", "判处")
SANCTION_WINDOW = 8
NOT_THE_ACTS_QUALIFIERS = ("以上", "以下", "不满", "不足", "未满", "至")
FACTS_LABEL = "事实"


def amounts(text: str) -> tuple[Amount, ...]:
    """Money, weight, head and count quantities, normalized so two texts compare in one unit. Ranking reads them all:
    a judgment's fine says something of the offense too (without them analogous top-1 fell from .642 to .623)."""
    return tuple((q.value, q.unit, q.raw) for q in find_quantities(text) if q.unit in AMOUNT_UNITS)


def act_amounts(text: str) -> tuple[Amount, ...]:
    """The amounts of the act alone: what a reason may call a close amount."""
    return tuple((q.value, q.unit, q.raw) for q in find_quantities(text) if q.unit in AMOUNT_UNITS
                 and q.qualifier not in NOT_THE_ACTS_QUALIFIERS
                 and not any(w in text[max(0, q.start - SANCTION_WINDOW):q.start] for w in SANCTION_BEFORE))


def case_profile(text: str) -> tuple[frozenset[str], tuple[Amount, ...]]:
    return key_elements(text), amounts(text)


def facts_text(sections: list[tuple[str, str]]) -> str:
    """A judgment's facts sections (label, text), where the act is told: the reasons shown compare what both cases'
    facts say, not terms and sums of the court's reasoning or sentence. All of it where no section is labelled so."""
    facts = [text for label, text in sections if FACTS_LABEL in (label or "")]
    return "\n".join(facts or [text for _, text in sections])


@lru_cache(maxsize=16)
def _by_unit(items: tuple[Amount, ...]) -> dict[str, tuple[list[float], list[str]]]:
    """Positive amounts grouped by unit and sorted by value, for bisection; the facts' grouping is
    reused across a request's 60 candidates."""
    groups: dict[str, list[tuple[float, str]]] = {}
    for value, unit, raw in items:
        if value > 0:
            groups.setdefault(unit, []).append((value, raw))
    return {u: ([v for v, _ in sorted(g)], [r for _, r in sorted(g)]) for u, g in groups.items()}


@lru_cache(maxsize=16)
def _value_arrays(items: tuple[Amount, ...]) -> dict[str, tuple[np.ndarray, list[str]]]:
    return {unit: (np.array(values), raws) for unit, (values, raws) in _by_unit(items).items()}


def closest_amount(ours: tuple[Amount, ...], theirs: tuple[Amount, ...]) -> tuple[float, str, str] | None:
    return closest_amounts(ours, [theirs])[0]


def closest_amounts(ours: tuple[Amount, ...], candidates: list[tuple[Amount, ...]]) -> list[tuple[float, str, str] | None]:
    """For each candidate, the pair in one unit with the highest min/max ratio, as (ratio, ours as
    written, theirs as written); on a tie, the first of theirs in text order. All candidates'
    amounts are placed among our sorted values at once: a request compares 60 judgments of
    hundreds of quantities each, which took ~7 ms as a Python loop."""
    index = _value_arrays(ours)
    flat = [a for theirs in candidates for a in theirs]
    if not index or not flat:
        return [None] * len(candidates)
    values = np.fromiter((a[0] for a in flat), dtype=np.float64, count=len(flat))
    units = np.array([a[1] for a in flat])
    ratio = np.full(len(flat), -1.0)
    partner = np.zeros(len(flat), dtype=np.int64)
    for unit, (ours_values, _) in index.items():
        at = np.flatnonzero((units == unit) & (values > 0))
        v = values[at]
        i = np.searchsorted(ours_values, v)
        below, above = np.maximum(i - 1, 0), np.minimum(i, len(ours_values) - 1)
        ratio_below = np.where(i > 0, np.minimum(ours_values[below], v) / np.maximum(ours_values[below], v), -1.0)
        ratio_above = np.where(i < len(ours_values), np.minimum(ours_values[above], v) / np.maximum(ours_values[above], v), -1.0)
        take_above = ratio_above > ratio_below
        ratio[at] = np.where(take_above, ratio_above, ratio_below)
        partner[at] = np.where(take_above, above, below)
    results: list[tuple[float, str, str] | None] = []
    start = 0
    for theirs in candidates:
        end = start + len(theirs)
        best = start + int(np.argmax(ratio[start:end])) if end > start else -1
        found = best >= 0 and ratio[best] >= 0
        results.append((float(ratio[best]), index[flat[best][1]][1][partner[best]], flat[best][2]) if found else None)
        start = end
    return results


def amounts_within(ours: tuple[Amount, ...], theirs: tuple[Amount, ...], min_ratio: float = 0.5,
                   limit: int = 10) -> list[tuple[str, str]]:
    """Distinct pairs (ours, theirs) as written whose values in one unit are within min_ratio."""
    index = _by_unit(theirs)
    pairs: list[tuple[str, str]] = []
    for value, unit, raw in ours:
        if value <= 0 or unit not in index:
            continue
        values, raws = index[unit]
        for j in range(bisect.bisect_left(values, value * min_ratio), bisect.bisect_right(values, value / min_ratio)):
            if (raw, raws[j]) not in pairs:
                pairs.append((raw, raws[j]))
                if len(pairs) >= limit:
                    return pairs
    return pairs
