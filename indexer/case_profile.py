"""A case's key elements and amounts: what analogous-case ranking compares beyond the text.

Computed once per case when the index is built and stored beside its units, because scanning a
whole judgment for 1,364 dictionary terms and every quantity took ~15 ms per case, and
/api/cases/similar looks at 60 candidates per request. The same functions read a user's facts
at query time, so both sides are found by one rule.
"""
from __future__ import annotations

from corpus.quantities import find_quantities

from .analysis import legal_terms

# Terms nearly every judgment contains: sharing them says nothing about similarity.
GENERIC_TERMS = frozenset({"公安机关", "人民检察院", "人民法院", "有期徒刑", "拘役", "罚金", "刑事责任", "情节严重", "违法所得"})
AMOUNT_UNITS = frozenset({"元", "千克", "吨", "人", "次", "株", "立方米", "亩"})

Amount = tuple[float, str, str]          # value in the normalized unit, unit, text as written


def key_elements(text: str) -> frozenset[str]:
    """Legal-dictionary terms (conduct, object, means, consequence) the text contains."""
    return frozenset(t for t in legal_terms() if len(t) >= 2 and t not in GENERIC_TERMS and t in text)


def amounts(text: str) -> tuple[Amount, ...]:
    """Money, weight, head and count quantities, normalized so two texts compare in one unit."""
    return tuple((q.value, q.unit, q.raw) for q in find_quantities(text) if q.unit in AMOUNT_UNITS)


def case_profile(text: str) -> tuple[frozenset[str], tuple[Amount, ...]]:
    return key_elements(text), amounts(text)
