"""Charge and 刑法 article prediction from facts, with calibrated probabilities.

The model is a shipped artifact (corpus/models/charge_predictor.npz, trained by `xianjie train`):
a pruned TF-IDF vocabulary and sparse, quantized one-vs-rest linear weights, read with numpy
only. `predict(text)` is the call for the search, consult and analogous-case services.
"""
from __future__ import annotations

import hashlib
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import features as F

FORMAT_VERSION = 2          # 2: two sigmoids (top class, the others)
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "corpus" / "models" / "charge_predictor.npz"
HEADS = ("charges", "articles")
MAX_INPUT_CHARS = 20_000    # read at most this much of a text (its facts are cut to features.MAX_CHARS)


class ModelMismatch(RuntimeError):
    """The artifact was written by another format or another feature extractor: retrain it."""


def feature_signature() -> str:
    """What the features depend on; an artifact trained with other settings must not load."""
    spec = (f"{F.VERDICT_SENTENCE_RE.pattern}|{F.MAX_CHARS}|{F.NGRAM_SIZES}|{F.HAN_RE.pattern}|rjieba-words-v2"
            f"|{F.DENIED_ACT_RE.pattern}")
    return hashlib.sha256(spec.encode()).hexdigest()[:16]


def pack_strings(items) -> np.ndarray:
    return np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)


def unpack_strings(blob: np.ndarray) -> list[str]:
    return blob.tobytes().decode("utf-8").split("\n") if blob.size else []


@dataclass
class Head:
    """One one-vs-rest linear classifier over the shared features, stored by feature (CSR)."""
    classes: list[str]
    indptr: np.ndarray      # per feature: its slice of labels/weights
    labels: np.ndarray      # uint16 class index
    weights: np.ndarray     # int8, times scale
    scale: float
    bias: np.ndarray        # float32 per class
    platt: tuple[float, ...]     # (a1, b1, a2, b2): p = sigmoid(a·margin + b), 1 for the top class, 2 for the rest

    def margins(self, idx: np.ndarray, vals: np.ndarray) -> np.ndarray:
        starts, ends = self.indptr[idx], self.indptr[idx + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            return self.bias.copy()
        # positions of every (feature, label) entry the text touches, without a Python loop
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        contrib = np.repeat(vals, lengths) * self.weights[offsets].astype(np.float32)
        return self.bias + self.scale * np.bincount(self.labels[offsets], contrib, minlength=len(self.classes))

    def probabilities(self, margins: np.ndarray) -> np.ndarray:
        a1, b1, a2, b2 = self.platt
        z = a2 * margins + b2
        if len(margins):
            top = int(np.argmax(margins))
            z[top] = a1 * margins[top] + b1
        return 1.0 / (1.0 + np.exp(-z))


class Predictor:
    def __init__(self, path: Path = DEFAULT_MODEL):
        self.path = Path(path)
        with np.load(self.path, allow_pickle=False) as z:
            version = int(z["format_version"])
            if version != FORMAT_VERSION:
                raise ModelMismatch(f"{self.path}: format {version}, this code reads {FORMAT_VERSION}; run `xianjie train`")
            signature = str(z["feature_signature"])
            if signature != feature_signature():
                raise ModelMismatch(f"{self.path}: trained with other feature settings ({signature}); run `xianjie train`")
            self.data_fingerprint = str(z["data_fingerprint"])
            self.meta = {"format_version": version, "feature_signature": signature,
                         "data_fingerprint": self.data_fingerprint, "trained": str(z["trained"])}
            terms = unpack_strings(z["vocab"])
            self.vocab = {t: i for i, t in enumerate(terms)}
            self.idf = z["idf"].astype(np.float32)
            self.heads = {h: Head(unpack_strings(z[f"{h}_classes"]), z[f"{h}_indptr"].astype(np.int64),
                                  z[f"{h}_labels"], z[f"{h}_weights"], float(z[f"{h}_scale"]), z[f"{h}_bias"],
                                  tuple(float(x) for x in z[f"{h}_platt"]))
                          for h in HEADS}

    def vectorize(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse TF-IDF of the cleaned text as (feature indexes, values), L2-normalized (sublinear tf)."""
        vocab = self.vocab
        known = [(vocab[f], n) for f, n in Counter(F.features(F.fact_text(text[:MAX_INPUT_CHARS]))).items()
                 if f in vocab]
        if not known:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        idx = np.fromiter((i for i, _ in known), np.int64, len(known))
        tf = np.fromiter((n for _, n in known), np.float32, len(known))
        vals = (1.0 + np.log(tf)) * self.idf[idx]
        return idx, vals / np.linalg.norm(vals)

    def scores(self, text: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Per head: (margins, calibrated probabilities) over all its classes. Recent texts are
        kept: one consultation reads the same facts for its candidates and for each of its searches."""
        return self._recent_scores(text)

    @lru_cache(maxsize=32)      # noqa: B019 (one predictor per process, loaded once)
    def _recent_scores(self, text: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        idx, vals = self.vectorize(text)
        out = {}
        for name, head in self.heads.items():
            m = head.margins(idx, vals)
            p = head.probabilities(m)
            m.setflags(write=False)         # shared by every caller of the cached result
            p.setflags(write=False)
            out[name] = (m, p)
        return out

    def predict(self, text: str, k: int = 5) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """Top-k charges and top-k 刑法 articles ("264", "133-1") with calibrated probabilities."""
        scored = self.scores(text)
        ranked = []
        for name in HEADS:
            margins, probs = scored[name]
            classes = self.heads[name].classes
            # by calibrated probability, margin breaking ties: the top class and the rest have their
            # own sigmoids (Head.probabilities), so a runner-up can be likelier than the best margin
            order = np.lexsort((-margins, -probs))[:k]
            ranked.append([(classes[i], round(float(probs[i]), 4)) for i in order])
        return ranked[0], ranked[1]


_lock = threading.Lock()
_loaded: dict[Path, Predictor] = {}


def load(path: Path | None = None) -> Predictor:
    """The shipped predictor, loaded once per process."""
    path = Path(path or DEFAULT_MODEL)
    with _lock:
        if path not in _loaded:
            _loaded[path] = Predictor(path)
        return _loaded[path]


def available(path: Path | None = None) -> bool:
    """Whether a usable artifact is there (services degrade gracefully without one)."""
    try:
        load(path)
        return True
    except (OSError, KeyError, ModelMismatch):
        return False


def predict(text: str, k: int = 5) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """Module-level shortcut: `charges, articles = predict(facts)`."""
    return load().predict(text, k)


def article_unit_id(article: str) -> str:
    """"133-1" → the 刑法 unit id "xingfa:art133-1" used by the index and the graph."""
    return f"xingfa:art{article}"

