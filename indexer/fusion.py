"""Reciprocal rank fusion (Cormack, Clarke & Büttcher 2009): Σ 1 / (k + rank), k = 60."""
from __future__ import annotations

from .ranking import DEFAULT_RANKING


def reciprocal_rank_fusion(rankings: list[list[int]], k: int = DEFAULT_RANKING.search.rrf_k,
                           weights: list[float] | None = None) -> list[tuple[int, float]]:
    """Fuse ranked id lists (best first) into one list of (id, score), best first."""
    scores: dict[int, float] = {}
    weights = weights or [1.0] * len(rankings)
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
