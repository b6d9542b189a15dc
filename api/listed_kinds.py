"""Kinds a condition counts together, listed one by one in the facts: 军官证一本、士兵证一本 are 二本 of 武装部队军官证、士兵证、
车辆行驶证、车辆驾驶证或者其他证件二本以上 (武装部队解释（2011）第一条（二）; probe 101b asked it on either 一本). The law's list is
one count; the facts give a figure per kind, each in its own item, joined by 、 or 和 in one sentence."""
from __future__ import annotations

import re
from typing import Callable

from corpus.quantities import Quantity

LIST_SPLIT_RE = re.compile(r"、|或者|或|以及|及")
JOIN_RE = re.compile(r"\s*(?:、|和|及|以及|，另有|，还有)\s*")
KIND_REACH = 8        # how near before its number a kind must stand


def listed_kinds(metric: str) -> list[str]:
    """The kinds a metric's list names (武装部队军官证 → 军官证 as officers write it), without a closing 其他…."""
    items = [re.sub(r"^(?:武装部队|伪造|变造|盗窃|抢夺|买卖)+", "", i) for i in LIST_SPLIT_RE.split(metric)]
    return [i for i in items if len(i) >= 2 and not i.startswith(("其他", "其它"))]


def listed_total(metric: str, unit: str, facts: list, text: str, make_fact: Callable):
    """The sum of figures of `unit`, one per kind the metric lists, standing in a row (only a join between one number's
    end and the next kind); None where fewer than two kinds are so counted."""
    kinds = listed_kinds(metric)
    if len(kinds) < 2:
        return None
    row, seen, best = [], set(), []
    for f in sorted((f for f in facts if f.quantity.unit == unit), key=lambda f: f.quantity.start):
        lead = text[max(0, f.quantity.start - KIND_REACH):f.quantity.start]
        kind = next((k for k in kinds if lead.endswith(k) or lead[:-1].endswith(k)), None)
        if kind is None:
            continue
        joined = row and JOIN_RE.fullmatch(text[row[-1][0].quantity.end:f.quantity.start - len(kind)].rstrip("的"))
        if not joined or kind in seen:
            row, seen = [], set()
        row.append((f, kind))
        seen.add(kind)
        if len(row) > len(best):
            best = row[:]
    if len(best) < 2:
        return None
    total = sum(f.quantity.value for f, _ in best)
    words = "、".join(kind + f.quantity.raw for f, kind in best)
    return make_fact(Quantity(total, unit, words, best[0][0].quantity.start, best[-1][0].quantity.end), "|" + words,
                     f"{words}，合计{total:g}{unit}")
