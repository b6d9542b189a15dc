"""Passage vectors that ship with the repository, so a fresh machine does not spend ten minutes
embedding the bundled corpus before its first answer.

A pack is one compressed .npz file: the SHA-1 of each embedded text, its vector in float16 (the
ranking difference to float32 is below what e5's narrow score band can show; half the size), and
the fingerprint of the model that made them. A pack whose fingerprint differs from the running
model's is ignored as a whole: vectors of two models must never mix in one index.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import numpy as np

FORMAT_VERSION = 1
BUNDLED_PACK_DIR = Path(__file__).resolve().parent.parent / "corpus" / "vectors"

log = logging.getLogger(__name__)


def text_key(text: str) -> str:
    """The key of one embedded text (the same as the on-disk embedding cache's)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pack_path(model_name: str, directory: Path = BUNDLED_PACK_DIR) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model_name)
    return Path(directory) / f"{safe}.npz"


class VectorPack:
    """Read-only lookup of shipped vectors by text key."""

    def __init__(self, keys: np.ndarray, vectors: np.ndarray, fingerprint: str):
        self.fingerprint = fingerprint
        self.vectors = vectors
        self._row = {bytes(k): i for i, k in enumerate(keys)}

    def __len__(self) -> int:
        return len(self._row)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        """Vectors (float32, unit length again after the float16 round trip) of the keys present."""
        rows = {k: self._row.get(bytes.fromhex(k)) for k in keys}
        found = {k: r for k, r in rows.items() if r is not None}
        if not found:
            return {}
        block = self.vectors[list(found.values())].astype(np.float32)
        block /= np.maximum(np.linalg.norm(block, axis=1, keepdims=True), 1e-12)
        return dict(zip(found, block))

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> "VectorPack | None":
        """The pack at path if it was made by the model with this fingerprint; None (and a warning
        naming the file) when it is missing, unreadable or from another model."""
        path = Path(path)
        if not path.exists():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                version = int(data["format_version"])
                stored = str(data["fingerprint"])
                keys, vectors = data["keys"], data["vectors"]
        except (OSError, KeyError, ValueError) as exc:
            log.warning("vector pack %s unreadable, ignored: %s", path, exc)
            return None
        if version != FORMAT_VERSION or keys.ndim != 2 or keys.shape[1] != 20 or len(keys) != len(vectors):
            log.warning("vector pack %s has an unexpected layout (format %s), ignored", path, version)
            return None
        if stored != fingerprint:
            log.warning("vector pack %s was made by model %s, not the running %s: ignored (run "
                        "`xianjie index --rebuild-vectors` to regenerate it)", path, stored, fingerprint)
            return None
        return cls(keys, vectors, stored)


def write_pack(path: Path, keys: list[str], vectors: np.ndarray, fingerprint: str) -> int:
    """Write a pack atomically (temporary file, then rename); duplicate texts stored once, rows
    sorted by key so regenerating an unchanged corpus gives the same bytes. Returns the row count."""
    order: dict[str, int] = {}
    for i, k in enumerate(keys):
        order.setdefault(k, i)
    ordered = sorted(order)
    key_bytes = np.frombuffer(b"".join(bytes.fromhex(k) for k in ordered), dtype=np.uint8).reshape(-1, 20)
    block = np.asarray(vectors, dtype=np.float32)[[order[k] for k in ordered]].astype(np.float16)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        np.savez_compressed(fh, format_version=np.int64(FORMAT_VERSION), fingerprint=np.str_(fingerprint),
                            keys=key_bytes, vectors=block)
    os.replace(tmp, path)
    return len(ordered)
