"""Exact cosine search over a float32 matrix; fine to ~100k chunks on one machine.

Several chunks may belong to one unit (long judgments): a unit scores its best chunk.
"""
from __future__ import annotations

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

    def search(self, vector: np.ndarray, k: int, allowed_rows: np.ndarray | None = None,
               filters=None) -> list[tuple[int, float]]:
        if len(self.vectors) == 0:
            return []
        scores = self.vectors @ vector.astype(np.float32)
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
