"""The proportional-sum item (graph.proportional) computed from the items it refers to: each referenced
item's one count, as matched to the stated facts, is a share of its threshold, and the shares are
added: 公益林地三亩、商品林地四亩 is 3/5 + 4/10 = 1.00, met. Undecided while a share is unknown and the
stated ones fall short; not_met when every share is stated (or stated as none) and the sum is under 1."""
from __future__ import annotations

from graph.proportional import referenced_items


def _count(alternative: dict) -> dict | None:
    """The item's one lower-bound count (立木蓄积五立方米以上), None when it has more or other conditions:
    a share of such an item means nothing."""
    counts = [c for c in alternative["conditions"] if c.get("kind") == "quantity"]
    if len(counts) != 1 or len(alternative["conditions"]) != 1 or counts[0]["op"] != ">=" or counts[0].get("upper"):
        return None
    return counts[0]


def evaluate(text: str, evaluated: list[dict]) -> dict | None:
    """{"status", "compared", "question"?} of a proportional-sum item from its evaluated sibling items,
    or None when the text is no such item or a referenced item has no single count."""
    labels = referenced_items(text)
    if not labels:
        return None
    by_label = {a["label"]: a for a in evaluated}
    counts = [_count(by_label[label]) if label in by_label else None for label in labels]
    if len(counts) < 2 or any(c is None for c in counts):
        return None
    shares, unknown = [], []
    for c in counts:
        if c.get("fact"):
            value = c["fact"]["value"]
            shares.append((value / c["value"], f"{value:g}/{c['value']:g}{c['unit']}"))
        else:
            unknown.append(c.get("metric") or c["text"])
    total = sum(s for s, _ in shares)
    compared = " + ".join(w for _, w in shares) + f" = {total:.2f}" if shares else ""
    if total >= 1:
        return {"status": "met", "compared": f"按比例折算：{compared} ≥ 1"}
    if not unknown:
        return {"status": "not_met", "compared": f"按比例折算：{compared} < 1"}
    return {"status": "unknown", "compared": f"按比例折算：{compared or '0'}，尚缺{'、'.join(unknown)}",
            "question": f"{'、'.join(unknown)}是多少（按相应比例折算合计）？"}
