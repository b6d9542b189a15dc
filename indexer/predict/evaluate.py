"""Figures for the predictor, through the shipped artifact exactly as services call it: charge
top-1/top-3, article hit@1/hit@5/MRR, expected calibration error of the top-1 probability, and
the charge pairs it confuses most."""
from __future__ import annotations

import time
from collections import Counter

import numpy as np

from . import Predictor

ECE_BINS = 10


def expected_calibration_error(confidence: list[float], correct: list[bool], bins: int = ECE_BINS) -> float:
    """Weighted mean |accuracy − confidence| over equal-width confidence bins."""
    conf, ok = np.asarray(confidence, dtype=float), np.asarray(correct, dtype=float)
    if not len(conf):
        return 0.0
    which = np.minimum((conf * bins).astype(int), bins - 1)
    return float(sum(abs(ok[which == b].mean() - conf[which == b].mean()) * np.sum(which == b)
                     for b in range(bins) if np.any(which == b)) / len(conf))


def _rank(ranked: list[str], gold: list[str]) -> int | None:
    return next((k + 1 for k, label in enumerate(ranked) if label in gold), None)


def evaluate(predictor: Predictor, items: list[dict], depth: int = 10) -> dict:
    """`items`: dicts with text, charges and articles (an empty article list is not scored)."""
    out: dict = {"cases": len(items)}
    per_head = {"charges": [], "articles": []}
    confusions: Counter = Counter()
    for item in items:
        charges, articles = predictor.predict(item["text"], depth)
        for head, ranked in (("charges", charges), ("articles", articles)):
            gold = item[head]
            if gold:
                per_head[head].append((_rank([c for c, _ in ranked], gold), ranked[0][1] if ranked else 0.0))
        if item["charges"] and charges and charges[0][0] not in item["charges"]:
            confusions[(item["charges"][0], charges[0][0])] += 1
    for head, rows in per_head.items():
        n = len(rows) or 1
        ranks = [r for r, _ in rows]
        key = "charge" if head == "charges" else "article"
        out[f"{key}_cases"] = len(rows)
        for k in (1, 3, 5):
            out[f"{key}_top{k}"] = round(sum(1 for r in ranks if r and r <= k) / n, 4)
        out[f"{key}_mrr"] = round(sum(1 / r for r in ranks if r) / n, 4)
        out[f"{key}_ece"] = round(expected_calibration_error([p for _, p in rows], [r == 1 for r in ranks]), 4)
        out[f"{key}_mean_top1_p"] = round(float(np.mean([p for _, p in rows])) if rows else 0.0, 4)
    out["confusions"] = [{"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common(15)]
    return out


def latency_ms(predictor: Predictor, texts: list[str], chars: int = 2000) -> dict:
    """p50/p95 of predict() on texts cut (or repeated) to `chars` characters."""
    samples = []
    for t in texts:
        body = (t * (chars // max(len(t), 1) + 1))[:chars]
        started = time.perf_counter()
        predictor.predict(body)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"chars": chars, "n": len(samples), "p50_ms": round(samples[len(samples) // 2], 2),
            "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 2)}
