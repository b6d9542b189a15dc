"""Exact cosine search over a float32 matrix; fine to ~100k chunks on one machine.

Several chunks may belong to one unit (long judgments): a unit scores its best chunk.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
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
        self._recent_scores: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _scores(self, vector: np.ndarray) -> np.ndarray:
        """Cosine scores of every chunk, kept for the last few vectors: analogous-case search asks
        with one vector twice (cases, then statutes), and each pass reads the whole matrix
        (43 MB for the full case base)."""
        key = vector.astype(np.float32).tobytes()
        with self._lock:
            if key in self._recent_scores:
                self._recent_scores.move_to_end(key)
                return self._recent_scores[key]
        scores = self.vectors @ vector.astype(np.float32)
        scores.setflags(write=False)
        with self._lock:
            self._recent_scores[key] = scores
            while len(self._recent_scores) > 4:
                self._recent_scores.popitem(last=False)
        return scores

    def search(self, vector: np.ndarray, k: int, allowed_rows: np.ndarray | None = None,
               filters=None) -> list[tuple[int, float]]:
        if len(self.vectors) == 0:
            return []
        scores = self._scores(vector)
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
