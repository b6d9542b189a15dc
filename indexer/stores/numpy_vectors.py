"""Exact cosine search over a float32 matrix; fine to ~100k chunks on one machine.

Several chunks may belong to one unit (long judgments): a unit scores its best chunk. Filters
become a boolean mask over unit rows here (from the unit store), not in the caller.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

from .base import Filters


def write_vectors(path: Path, vectors: np.ndarray, chunk_rows: np.ndarray) -> None:
    np.save(path / "vectors.npy", vectors.astype(np.float32))
    np.save(path / "chunk_rows.npy", chunk_rows.astype(np.int32))


class NumpyVectorIndex:
    def __init__(self, path: Path, allowed_rows: Callable[[Filters], np.ndarray | None] = lambda f: None):
        """`allowed_rows(filters)`: the rows a filter allows (None: all), e.g. UnitStore.allowed_rows."""
        self.allowed_rows = allowed_rows
        self.vectors = np.load(path / "vectors.npy")
        self.chunk_rows = np.load(path / "chunk_rows.npy")
        # kept for the last few vectors and spans: a search with one vector may repeat (a page of
        # results, then the next), and each pass reads its span of the matrix from memory
        self._recent_scores = lru_cache(maxsize=4)(self._scores_of)

    def _scores_of(self, vector_bytes: bytes, start: int, end: int) -> np.ndarray:
        """Cosine scores of chunks start..end-1 for one query vector (as float32 bytes)."""
        scores = self.vectors[start:end] @ np.frombuffer(vector_bytes, dtype=np.float32)
        scores.setflags(write=False)
        return scores

    def search(self, vector: np.ndarray, k: int, filters: Filters = Filters()) -> list[tuple[int, float]]:
        return self.search_rows(vector, k, self.allowed_rows(filters))

    def search_rows(self, vector: np.ndarray, k: int, allowed_rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Best chunk per unit among the allowed unit rows (None: all). Only the span of chunks from the first allowed to the last is scored: documents are
        indexed in path order and the corpus keeps one folder per type, so a search of statutes
        reads 2,876 of the full case base's 27,988 chunks (the product is memory-bound: ~5 ms for
        all of them on these machines)."""
        if len(self.vectors) == 0:
            return []
        start, end, allowed = 0, len(self.vectors), None
        if allowed_rows is not None:
            allowed = allowed_rows[self.chunk_rows]
            where = np.flatnonzero(allowed)
            if not len(where):
                return []
            start, end = int(where[0]), int(where[-1]) + 1
        scores = self._recent_scores(vector.astype(np.float32).tobytes(), start, end)
        if allowed is not None:
            scores = np.where(allowed[start:end], scores, -np.inf)
        take = min(len(scores), k * 4)
        top = np.argpartition(-scores, take - 1)[:take]
        top = top[np.argsort(-scores[top])]
        out: list[tuple[int, float]] = []
        seen: set[int] = set()
        for i in top:
            if not np.isfinite(scores[i]):
                break
            row = int(self.chunk_rows[start + i])
            if row in seen:
                continue
            seen.add(row)
            out.append((row, float(scores[i])))
            if len(out) == k:
                break
        return out
