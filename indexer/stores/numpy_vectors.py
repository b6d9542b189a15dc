"""Exact cosine search over a float32 matrix; fine to ~100k chunks on one machine.

Several chunks may belong to one unit (long judgments): a unit scores its best chunk.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np


def write_vectors(path: Path, vectors: np.ndarray, chunk_rows: np.ndarray) -> None:
    np.save(path / "vectors.npy", vectors.astype(np.float32))
    np.save(path / "chunk_rows.npy", chunk_rows.astype(np.int32))


class NumpyVectorIndex:
    uses_row_mask = True

    def __init__(self, path: Path):
        self.vectors = np.load(path / "vectors.npy")
        self.chunk_rows = np.load(path / "chunk_rows.npy")
        # kept for the last few vectors: analogous-case search asks with one vector twice (cases,
        # then statutes), and each pass reads the whole matrix (43 MB for the full case base)
        self._recent_scores = lru_cache(maxsize=4)(self._scores_of)

    def _scores_of(self, vector_bytes: bytes) -> np.ndarray:
        """Cosine scores of every chunk for one query vector (as float32 bytes)."""
        scores = self.vectors @ np.frombuffer(vector_bytes, dtype=np.float32)
        scores.setflags(write=False)
        return scores

    def search(self, vector: np.ndarray, k: int, allowed_rows: np.ndarray | None = None,
               filters=None) -> list[tuple[int, float]]:
        if len(self.vectors) == 0:
            return []
        scores = self._recent_scores(vector.astype(np.float32).tobytes())
        if allowed_rows is not None:
            scores = np.where(allowed_rows[self.chunk_rows], scores, -np.inf)
        take = min(len(scores), k * 4)
        top = np.argpartition(-scores, take - 1)[:take]
        top = top[np.argsort(-scores[top])]
        out: list[tuple[int, float]] = []
        seen: set[int] = set()
        for i in top:
            if not np.isfinite(scores[i]):
                break
            row = int(self.chunk_rows[i])
            if row in seen:
                continue
            seen.add(row)
            out.append((row, float(scores[i])))
            if len(out) == k:
                break
        return out
