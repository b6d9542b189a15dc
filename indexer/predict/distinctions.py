"""Charge pairs the predictor cannot tell apart, and the fact that decides between them in law
(corpus/data/charge_distinctions.yaml). When both charges of a pair stand near the top of a
prediction, the answer names the pair and asks for that fact: the model's first guess between
寻衅滋事 and 故意伤害 is no finding, and an officer should not read it as one."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location

DISTINCTIONS_FILE = Path(__file__).resolve().parents[2] / "corpus" / "data" / "charge_distinctions.yaml"


@lru_cache(maxsize=1)
def distinctions() -> dict[frozenset[str], str]:
    """{frozenset of the two official charge names: the deciding question}."""
    rows = checked(load_table(DISTINCTIONS_FILE) or {}, DISTINCTIONS_FILE, ("distinctions",))["distinctions"]
    if not isinstance(rows, list):
        raise CuratedTableError(f"{DISTINCTIONS_FILE.name}: a list under `distinctions` is required")
    out = {}
    for row in rows:
        checked(row, DISTINCTIONS_FILE, ("charges", "question"))
        pair = frozenset(row["charges"])
        if len(pair) != 2:
            raise CuratedTableError(f"{location(DISTINCTIONS_FILE, row)}: two different charges are required, not {row['charges']}")
        if pair in out:     # the later entry would silently replace the earlier one
            raise CuratedTableError(f"{location(DISTINCTIONS_FILE, row)}: the pair {sorted(pair)} is listed twice")
        out[pair] = row["question"]
    return out


def undecided(charges: list[tuple[str, float]], top_k: int, min_p: float) -> list[dict]:
    """Known confusable pairs among the top `top_k` predicted charges ((name, p), best first) whose
    weaker member has probability at least `min_p`, strongest pair first (thresholds: the ranking
    config's predictor.undecided_*)."""
    table = distinctions()
    top = charges[:top_k]
    out = []
    for i, (a, pa) in enumerate(top):
        for b, pb in top[i + 1:]:
            question = table.get(frozenset((a, b)))
            if question and pb >= min_p:
                out.append({"charges": [a, b], "probabilities": [round(pa, 3), round(pb, 3)], "question": question})
    return out
