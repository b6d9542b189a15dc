"""A fact an older filing clause lists, which the newer governing text moved up to a higher tier.

立案追诉标准（一）第五十七条 lists 造成就诊人死亡 among the cases to file. The 2016 非法行医 interpretation,
which governs as the newer text, leaves death out of its 情节严重 list because its 第四条 and 刑法第三百三十六条
treat death as the higher bracket. Read literally, "governing clause unknown" then asked whether the
patient was slightly disabled. When the newer text places the very fact the older clause names in a
higher tier, the filing threshold is passed a fortiori: the older clause decides, and the higher
tier's own conditions (第四条: the direct, main cause) are what remains to establish.

Only statements (造成…死亡, 中度以上残疾) count: a number moved between tiers may have been raised.
"""
from __future__ import annotations


def _stated_words(alternative: dict) -> list[str]:
    """The listed words a met statement condition found in the facts (死亡 in 造成就诊人死亡)."""
    words = []
    for c in alternative.get("conditions", []):
        if c.get("kind") == "fact" and c.get("status") == "met" and c.get("fact"):
            words += [o for o in c.get("options", []) if o and o in c["fact"]["text"]]
    return words


def _tier_text(standard: dict) -> str:
    return "\n".join([standard["clause"]] + [a["text"] for a in standard["alternatives"]])


def moved_to_a_higher_tier(standards: list[dict]) -> dict | None:
    """The first superseded filing clause met on a stated fact that an aggravating clause of a
    governing document names: {"older": clause, "higher": clause, "words": [...]}, or None."""
    governing_docs = {s["source"]["doc_id"] for s in standards if s.get("governing")}
    higher = [s for s in standards if s["tier"] == "aggravating" and s["source"]["doc_id"] in governing_docs]
    for older in standards:
        if older["tier"] != "filing" or older.get("governing") or not older.get("superseded_by") or older["status"] != "met":
            continue
        for alternative in older["alternatives"]:
            if alternative.get("status") != "met":
                continue
            words = _stated_words(alternative)
            for tier in higher:
                named = [w for w in words if w in _tier_text(tier)]
                if named:
                    return {"older": older, "higher": tier, "words": named}
    return None
