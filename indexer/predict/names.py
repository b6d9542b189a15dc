"""Keeping real people's names out of the predictor's vocabulary.

The training judgments (LeCaRD) carry unmasked names; a name that appears in three training cases
(co-defendants tried separately, one case in both sources) passed MIN_DF and was shipped as a
feature. The names are found with the project's own de-identifier (corpus.deid) and every
vocabulary term that is the name or a piece of it starting with its surname is left out: at
training time through a stop set, and in an existing artifact by `prune_artifact`. Only counts are
ever written to the artifact, never the names.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import numpy as np

from . import HEADS, pack_strings, unpack_strings

WORD_PREFIX = "w:"          # features._words marks rjieba words so; n-grams are bare
NAME_FILTER_KEY = "name_filter"


def names_in(texts: Iterable[str]) -> set[str]:
    """Personal names the de-identifier finds in these texts (each text taken as one case)."""
    from corpus.deid import deidentify
    found: set[str] = set()
    for text in texts:
        found |= set(deidentify(text)[1].pseudonyms)
    return found


def name_pieces(name: str) -> set[str]:
    """The name and every substring of two or more characters that starts with its first
    character (王建国 → 王建, 王建国): what the word and n-gram features can make of it."""
    return {name[i:j] for i in range(len(name)) if name[i] == name[0]
            for j in range(i + 2, len(name) + 1)}


def stop_terms(names: Iterable[str]) -> set[str]:
    """Feature strings (bare n-grams and `w:` words) that carry a piece of one of the names."""
    pieces = set().union(*(name_pieces(n) for n in names)) if names else set()
    return pieces | {WORD_PREFIX + p for p in pieces}


def prune_artifact(src: Path, dst: Path, names: set[str]) -> dict:
    """Rewrite an artifact without the features that carry these names: vocab, idf and every
    head's per-feature CSR arrays (indptr, labels, weights) stay aligned; nothing else changes
    but a `name_filter` count. Returns {names, terms_removed, features_before, features_after}."""
    stop = stop_terms(names)
    with np.load(src, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    terms = unpack_strings(arrays["vocab"])
    keep = np.array([t not in stop for t in terms], dtype=bool)
    arrays["vocab"] = pack_strings([t for t, k in zip(terms, keep) if k])
    arrays["idf"] = arrays["idf"][keep]
    for head in HEADS:
        indptr = arrays[f"{head}_indptr"].astype(np.int64)
        lengths = np.diff(indptr)
        entry_keep = np.repeat(keep, lengths)
        arrays[f"{head}_labels"] = arrays[f"{head}_labels"][entry_keep]
        arrays[f"{head}_weights"] = arrays[f"{head}_weights"][entry_keep]
        new_indptr = np.zeros(int(keep.sum()) + 1, dtype=np.int64)
        np.cumsum(lengths[keep], out=new_indptr[1:])
        arrays[f"{head}_indptr"] = new_indptr.astype(arrays[f"{head}_indptr"].dtype)
    removed = int((~keep).sum())
    previous = json.loads(str(arrays[NAME_FILTER_KEY])) if NAME_FILTER_KEY in arrays else {}
    arrays[NAME_FILTER_KEY] = np.array(json.dumps({"names": max(len(names), previous.get("names", 0)),
                                                   "terms_removed": removed + previous.get("terms_removed", 0)}))
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(dst)
    return {"names": len(names), "terms_removed": removed, "features_before": len(terms),
            "features_after": int(keep.sum())}
