"""The proportional-sum item (graph.proportional) computed from the items it refers to: each referenced
item's one count, as matched to the stated facts, is a share of its threshold, and the shares are
added: 公益林地三亩、商品林地四亩 is 3/5 + 4/10 = 1.00, met. Undecided while a share is unknown and the
stated ones fall short; not_met when every share is stated (or stated as none) and the sum is under 1."""
from __future__ import annotations

import math
from dataclasses import dataclass

from corpus.quantities import BOUND_ABOUT, value_range, with_bound
from graph.proportional import HALF_RE, HALVES_OF_TWO_RE, SHARE_ITEMS_RE, referenced_items


def shared_requirements(evaluated: list[dict]) -> frozenset[str]:
    """The stated-fact conditions every decided item of a clause has: the acts a paragraph of figures presupposes
    (实施前款规定的行为, graph/standards.py _defined_acts). They gate the clause, not one item's count."""
    sets = [{c["text"] for c in a["conditions"] if c.get("kind") == "fact"} for a in evaluated if not a.get("catch_all")]
    return frozenset(set.intersection(*sets)) if sets else frozenset()


def _count(alternative: dict, shared: frozenset[str] = frozenset()) -> dict | None:
    """The item's one lower-bound count (立木蓄积五立方米以上), None when it has more or other conditions (those
    every item shares aside): a share of such an item means nothing."""
    own = [c for c in alternative["conditions"] if not (c.get("kind") == "fact" and c["text"] in shared)]
    counts = [c for c in own if c.get("kind") == "quantity"]
    if len(counts) != 1 or len(own) != 1 or counts[0]["op"] != ">=" or counts[0].get("upper"):
        return None
    return counts[0]


def _counted_once(counts: list[dict]) -> list[dict]:
    """The counts whose matched fact is counted in the sum. The items name kinds of one thing (行踪轨迹信息,
    住宿信息, other 公民个人信息), so a stated number is of one kind: where several items matched the same
    number, the one that names it best keeps it (on a tie, the largest threshold: the smallest share), and
    the others count as unstated. Added under every item, 行踪轨迹信息四十八条 made 48/50 + 48/5000 ≥ 1."""
    def strength(c: dict) -> tuple:
        return (tuple(c.get("match_strength") or ()), c["value"])
    def where(fact: dict) -> tuple:
        return tuple(fact["span"]) if fact.get("span") else (id(fact),)
    keeper: dict[tuple, dict] = {}
    for c in counts:
        if c.get("fact"):
            at = where(c["fact"])
            if at not in keeper or strength(c) > strength(keeper[at]):
                keeper[at] = c
    return [c if not c.get("fact") or keeper[where(c["fact"])] is c else {**c, "fact": None} for c in counts]


@dataclass(frozen=True)
class Share:
    """One item's stated count as a share of its threshold: the least and the most it can be (a bound such
    as 接近五十条 leaves a range), and the arithmetic shown to the user."""
    least: float
    most: float
    shown: str
    about: bool = False     # 约5立方米, 5立方米左右: an estimate


def _stated(fact: dict) -> str:
    """The number as the facts state it, bound and all: 近50, 50以上, 50, 40至60."""
    upper = fact.get("upper")
    return with_bound(f"{fact['value']:.10g}", fact.get("qualifier"), None if upper is None else f"{upper:.10g}")


def _shares(labels: list[str], by_label: dict[str, dict],
            shared: frozenset[str] = frozenset()) -> tuple[list[Share], list[str]] | None:
    """(stated shares, unstated things) of the named items' counts; None when a named item has no single
    count. A bounded number leaves its exact value among the unstated things."""
    counts = [_count(by_label[label], shared) if label in by_label else None for label in labels]
    if any(c is None for c in counts):
        return None
    shares, unknown = [], []
    for c in _counted_once(counts):
        if c.get("fact") and not c.get("kind_unstated"):     # 身份信息800条 is no share of 住宿信息's 500条
            least, most = value_range(c["fact"]["value"], c["fact"].get("qualifier"), c["fact"].get("upper"))
            shares.append(Share(least / c["value"], most / c["value"], f"{_stated(c['fact'])}/{c['value']:.10g}{c['unit']}",
                                c["fact"].get("qualifier") in BOUND_ABOUT))
            if least != most:
                unknown.append(f"{c.get('metric') or c['text']}的确切数量")
        else:
            unknown.append(c.get("metric") or c["text"])
    return shares, unknown


def _total(shares: list[Share]) -> tuple[float, float]:
    return sum(s.least for s in shares), sum(s.most for s in shares)


def evaluate_half(text: str, evaluated: list[dict]) -> dict | None:
    """"数量达到第一项至第三项规定标准一半以上": met when one named item's count, or a named proportional item's
    sum, reaches half; not_met when all are stated and none does; None when the text asks no such thing."""
    labels = referenced_items(text, HALF_RE)
    if not labels:
        return None
    by_label = {a["label"]: a for a in evaluated}
    best_least, best_most, open_things, parts = 0.0, 0.0, [], []
    for label in labels:
        alt = by_label.get(label)
        if alt is None:
            return None
        inner = referenced_items(alt["text"])
        got = _shares(inner or [label], by_label, shared_requirements(evaluated))
        if got is None:
            continue                 # an item without a count (违法所得 in 元 beside 条 is still a count)
        shares, unknown = got
        least, most = _total(shares)
        best_least, best_most = max(best_least, least), max(best_most, most)
        parts += [s.shown for s in shares]
        open_things += unknown
    if not parts and not open_things:
        return None
    compared = "、".join(dict.fromkeys(parts))
    if best_least >= 0.5:
        return {"status": "met", "compared": f"达到标准一半以上：{compared}"}
    if not open_things and best_most < 0.5:
        return {"status": "not_met", "compared": f"均不足标准的一半：{compared}"}
    things = "、".join(dict.fromkeys(open_things))
    return {"status": "unknown", "compared": f"{compared or '未说明'}，尚缺{things}",
            "question": f"{things}是多少（达到标准一半以上即可）？"}


def _item_reach(alternative: dict) -> tuple[str, list[str], list[str]]:
    """Whether one item's figures reach half their thresholds: 'half', 'open' or 'short', with the shares shown
    and what is still to be stated. Its other conditions (二年内…受过行政处罚后再次实施, 通过信息网络…传播) must hold
    for its figures to count."""
    shown, open_things, state = [], [], "half"
    if any(c.get("kind") != "quantity" and c.get("status") != "met" for c in alternative["conditions"]):
        shown = None        # an item whose other conditions do not hold: its figures are not shown as its shares
    for c in alternative["conditions"]:
        if c.get("kind") == "quantity" and c.get("op") == ">=" and not c.get("upper"):
            if c.get("fact"):
                least, most = value_range(c["fact"]["value"], c["fact"].get("qualifier"), c["fact"].get("upper"))
                if shown is not None:
                    shown.append(f"{_stated(c['fact'])}/{c['value']:.10g}{c['unit']}")
                if most / c["value"] < 0.5:
                    return "short", shown or [], []
                if least / c["value"] < 0.5:
                    state, _ = "open", open_things.append(f"{c.get('metric') or c['text']}的确切数量")
            else:
                state, _ = "open", open_things.append(c.get("metric") or c["text"])
        elif c.get("status") == "not_met":
            return "short", [], []
        elif c.get("status") != "met":
            state, _ = "open", open_things.append(c.get("text", ""))
    return state, shown or [], open_things


def evaluate_halves(text: str, evaluated: list[dict]) -> dict | None:
    """"虽未达到本款第一项至第四项规定标准，但分别达到其中两项以上标准一半以上": met when two of the named items
    each reach half their thresholds (an item split in parts, （四）1…（四）4, reaches it by any part); not_met when
    fewer than two can; None when the text asks no such thing. Probe 35a A47: 盗版光盘300张 (300/500) and 非法经营
    数额3万元 (3/5) was asked 是否分别达到其中两项以上标准一半以上."""
    labels = referenced_items(text, HALVES_OF_TWO_RE)
    if not labels:
        return None
    reached, possible, shown, open_things = [], [], [], []
    for label in labels:
        parts = [a for a in evaluated if a["label"].rstrip("0123456789") == label and not a.get("catch_all")]
        if not parts:
            return None
        reach = [_item_reach(a) for a in parts]
        shown += [s for _, ss, _ in reach for s in ss]
        if any(state == "half" for state, _, _ in reach):
            reached.append(label)
        elif any(state == "open" for state, _, _ in reach):
            possible.append(label)
            open_things += [t for state, _, ts in reach if state == "open" for t in ts]
    figures = "、".join(dict.fromkeys(shown)) or "未说明"
    if len(reached) >= 2:
        return {"status": "met", "compared": f"{'、'.join(reached)}均达到标准一半以上：{figures}"}
    if len(reached) + len(possible) < 2:
        return {"status": "not_met", "compared": f"达到标准一半以上的不足两项：{figures}"}
    things = "、".join(dict.fromkeys(t for t in open_things if t))
    return {"status": "unknown", "compared": f"{figures}；达到一半以上的{'只有' + '、'.join(reached) if reached else '尚无'}，尚缺{things}",
            "question": f"{things}是多少（两项以上分别达到标准一半以上即可）？"}


def evaluate(text: str, evaluated: list[dict]) -> dict | None:
    """{"status", "compared", "question"?} of a proportional-sum item from its evaluated sibling items,
    or None when the text is no such item or a referenced item has no single count."""
    labels = referenced_items(text)
    if not labels:
        return None
    got = _shares(labels, {a["label"]: a for a in evaluated}, shared_requirements(evaluated)) if len(labels) >= 2 else None
    if got is None:
        return None
    shares, unknown = got
    least, most = _total(shares)
    total = f"{least:.2f}" if least == most else f"{least:.2f}～{most:.2f}" if most < math.inf else f"至少{least:.2f}"
    compared = " + ".join(s.shown for s in shares) + f" = {total}" if shares else ""
    if least >= 1 and any(s.about for s in shares) and math.isclose(least, 1):
        estimated = "、".join(s.shown for s in shares if s.about)
        return {"status": "unknown", "compared": f"按比例折算：{compared}，其中{estimated}是估计的数额，合计恰为1，不能确定是否达到",
                "question": "确切的数量是多少（按相应比例折算合计）？"}
    if least >= 1:
        return {"status": "met", "compared": f"按比例折算：{compared} ≥ 1"}
    if not unknown and most < 1:
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
            least, most = value_range(c["fact"]["value"], c["fact"].get("qualifier"), c["fact"].get("upper"))
            status = "met" if least >= need else "not_met" if most < need else "unknown"
            statuses.append(status)
            if status == "unknown":
                missing.append(f"{c.get('metric') or c['text']}的确切数量")
            relation = {"met": "≥", "not_met": "<", "unknown": "与"}[status]
            parts.append(f"{label}{c.get('metric') or ''} {_stated(c['fact'])}{c['unit']} {relation} "
                         f"{c['value']:.10g}{c['unit']}×{condition['value']:g}% = {need:.10g}{c['unit']}")
        verdicts.append("not_met" if "not_met" in statuses else "met" if all(s == "met" for s in statuses) else "unknown")
    compared = "；".join(dict.fromkeys(parts)) or "未说明"
    if "met" in verdicts:
        return {"status": "met", "compared": compared}
    if all(v == "not_met" for v in verdicts):
        return {"status": "not_met", "compared": compared}
    things = "、".join(dict.fromkeys(missing))
    return {"status": "unknown", "compared": compared, "question": f"{things}是多少（达到标准的{condition['value']:g}%以上即可）？"}
