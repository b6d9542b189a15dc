"""The proportional-sum item (graph.proportional) computed from the items it refers to: each referenced
item's one count, as matched to the stated facts, is a share of its threshold, and the shares are
added: 公益林地三亩、商品林地四亩 is 3/5 + 4/10 = 1.00, met. Undecided while a share is unknown and the
stated ones fall short; not_met when every share is stated (or stated as none) and the sum is under 1."""
from __future__ import annotations

from graph.proportional import HALF_RE, SHARE_ITEMS_RE, referenced_items


def _count(alternative: dict) -> dict | None:
    """The item's one lower-bound count (立木蓄积五立方米以上), None when it has more or other conditions:
    a share of such an item means nothing."""
    counts = [c for c in alternative["conditions"] if c.get("kind") == "quantity"]
    if len(counts) != 1 or len(alternative["conditions"]) != 1 or counts[0]["op"] != ">=" or counts[0].get("upper"):
        return None
    return counts[0]


def _shares(labels: list[str], by_label: dict[str, dict]) -> tuple[list[tuple[float, str]], list[str]] | None:
    """(stated shares with their arithmetic, unstated things) of the named items' counts; None when a named
    item has no single count."""
    counts = [_count(by_label[label]) if label in by_label else None for label in labels]
    if any(c is None for c in counts):
        return None
    shares, unknown = [], []
    for c in counts:
        if c.get("fact"):
            value = c["fact"]["value"]
            shares.append((value / c["value"], f"{value:g}/{c['value']:g}{c['unit']}"))
        else:
            unknown.append(c.get("metric") or c["text"])
    return shares, unknown


def evaluate_half(text: str, evaluated: list[dict]) -> dict | None:
    """"数量达到第一项至第三项规定标准一半以上": met when one named item's count, or a named proportional item's
    sum, reaches half; not_met when all are stated and none does; None when the text asks no such thing."""
    labels = referenced_items(text, HALF_RE)
    if not labels:
        return None
    by_label = {a["label"]: a for a in evaluated}
    best, open_things, parts = 0.0, [], []
    for label in labels:
        alt = by_label.get(label)
        if alt is None:
            return None
        inner = referenced_items(alt["text"])
        got = _shares(inner, by_label) if inner else _shares([label], by_label)
        if got is None:
            continue                 # an item without a count (违法所得 in 元 beside 条 is still a count)
        shares, unknown = got
        total = sum(s for s, _ in shares)
        best = max(best, total)
        parts += [w for _, w in shares]
        open_things += unknown
    if not parts and not open_things:
        return None
    compared = "、".join(dict.fromkeys(parts))
    if best >= 0.5:
        return {"status": "met", "compared": f"达到标准一半以上：{compared}"}
    if not open_things:
        return {"status": "not_met", "compared": f"均不足标准的一半：{compared}"}
    things = "、".join(dict.fromkeys(open_things))
    return {"status": "unknown", "compared": f"{compared or '未说明'}，尚缺{things}",
            "question": f"{things}是多少（达到标准一半以上即可）？"}


def evaluate(text: str, evaluated: list[dict]) -> dict | None:
    """{"status", "compared", "question"?} of a proportional-sum item from its evaluated sibling items,
    or None when the text is no such item or a referenced item has no single count."""
    labels = referenced_items(text)
    if not labels:
        return None
    got = _shares(labels, {a["label"]: a for a in evaluated}) if len(labels) >= 2 else None
    if got is None:
        return None
    shares, unknown = got
    total = sum(s for s, _ in shares)
    compared = " + ".join(w for _, w in shares) + f" = {total:.2f}" if shares else ""
    if total >= 1:
        return {"status": "met", "compared": f"按比例折算：{compared} ≥ 1"}
    if not unknown:
        return {"status": "not_met", "compared": f"按比例折算：{compared} < 1"}
    return {"status": "unknown", "compared": f"按比例折算：{compared or '0'}，尚缺{'、'.join(unknown)}",
            "question": f"{'、'.join(unknown)}是多少（按相应比例折算合计）？"}


def evaluate_share(condition: dict, evaluated: list[dict]) -> dict | None:
    """A condition "…达到第一、二项规定的标准60%以上": met when every count of one named item is reached at that
    share by the fact matched to it, not_met when each named item has a count the facts fall short of, unknown
    otherwise; None when the condition is no such share or a named item is not in this clause."""
    if condition.get("unit") != "%" or condition.get("op") != ">=":
        return None
    labels = referenced_items(condition.get("metric", ""), SHARE_ITEMS_RE)
    by_label = {a["label"]: a for a in evaluated}
    if not labels or any(label not in by_label for label in labels):
        return None
    share = condition["value"] / 100
    verdicts, parts, missing = [], [], []
    for label in labels:
        counts = [c for c in by_label[label]["conditions"] if c.get("kind") == "quantity" and c.get("op") == ">="]
        if not counts:
            return None
        statuses = []
        for c in counts:
            need = share * c["value"]
            if not c.get("fact"):
                statuses.append("unknown")
                missing.append(c.get("metric") or c["text"])
                continue
            got = c["fact"]["value"]
            statuses.append("met" if got >= need else "not_met")
            parts.append(f"{label}{c.get('metric') or ''} {got:.10g}{c['unit']} {'≥' if got >= need else '<'} "
                         f"{c['value']:.10g}{c['unit']}×{condition['value']:g}% = {need:.10g}{c['unit']}")
        verdicts.append("not_met" if "not_met" in statuses else "met" if all(s == "met" for s in statuses) else "unknown")
    compared = "；".join(dict.fromkeys(parts)) or "未说明"
    if "met" in verdicts:
        return {"status": "met", "compared": compared}
    if all(v == "not_met" for v in verdicts):
        return {"status": "not_met", "compared": compared}
    things = "、".join(dict.fromkeys(missing))
    return {"status": "unknown", "compared": compared, "question": f"{things}是多少（达到标准的{condition['value']:g}%以上即可）？"}
