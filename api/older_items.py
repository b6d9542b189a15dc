"""An item an older filing clause lists that the newer governing text does not speak to at all.

立案追诉标准（一）第十五条（三） counts a forest fire by its burnt area; 危害生产安全解释（2015）第六条, which now governs
消防责任事故罪, names deaths, injuries and losses and ends in 其他造成严重后果. Facts of a fire burning about 三十亩 of
forest are not ruled out by the newer items: its catch-all may hold them, and the older text is the measure officers
have for it. The answer asks rather than saying 未达到 (probe 43b Y33 was not_met). An older item on a matter the newer
text does give figures for (死亡, 直接经济损失) is superseded by them and decides nothing."""
from __future__ import annotations

from .verdict import STATUS_UNKNOWN, _bigrams

# words every item shares, which say nothing of its matter
GENERIC_PAIRS = frozenset({"造成", "以上", "或者", "其他", "情形", "涉嫌", "下列", "之一"})


def _pairs(words: str) -> set[str]:
    return _bigrams(words) - GENERIC_PAIRS


def _matter(alternative: dict) -> set[str]:
    """The word pairs of what an item measures or states (its conditions' metrics and statements)."""
    return set().union(*(_pairs(c.get("metric") or c.get("text") or "") for c in alternative.get("conditions", [])))


def uncovered_older_item(standards: list[dict]) -> dict | None:
    """{"older": clause, "item": alternative, "newer": clause} for the first item, met or open, of a filing clause the
    governing one superseded, whose matter no item of the governing clause names, where the governing clause is ruled
    out on its listed items and ends in a catch-all; None otherwise."""
    for newer in standards:
        if not (newer.get("governing") and newer["tier"] == "filing" and newer["status"] == "not_met"
                and any(a.get("catch_all") for a in newer["alternatives"])):
            continue
        covered = set().union(*(_matter(a) for a in newer["alternatives"] if not a.get("catch_all")))
        for older in standards:
            if older["tier"] != "filing" or older.get("governing") or older.get("superseded_by") != newer["source"]["doc_id"]:
                continue
            for item in older["alternatives"]:
                matter = _matter(item)
                if not item.get("catch_all") and item["status"] in ("met", STATUS_UNKNOWN) and matter and not matter & covered:
                    return {"older": older, "item": item, "newer": newer}
    return None


def with_uncovered_older_item(verdict: dict, standards: list[dict]) -> dict:
    """A not_met verdict opened where an older clause's item on a matter the newer text is silent about is met or open."""
    if verdict["status"] != "not_met" or (found := uncovered_older_item(standards)) is None:
        return verdict
    older, item, newer = found["older"], found["item"], found["newer"]
    words = item["text"].strip("（）一二三四五六七八九十；。的 ")
    catch_all = next(a for a in newer["alternatives"] if a.get("catch_all"))["text"].strip("（）一二三四五六七八九十；。的 ")
    said = "已达到" if item["status"] == "met" else "能否达到尚待查明"
    questions = list(dict.fromkeys(c["question"] for c in item.get("conditions", []) if c.get("question")))
    return {**verdict, "status": STATUS_UNKNOWN,
            "questions": questions or [f"是否{words}？"],
            "notes": [*verdict["notes"],
                      f"{newer['source']['label']}所列各项均未达到，但未涉及{older['source']['label']}所列的“{words}”"
                      f"（此项{said}）。该情形是否属于前者“{catch_all}”须结合全部案情判断，不能据此认定未达到。"]}
