"""The shipped vector pack: a fresh machine builds the bundled index without embedding anything,
the pack's vectors are the model's, and a pack from another model is never used."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from corpus.loader import BUNDLED_CORPUS, load_corpus
from indexer.build import build_index, chunk_plan
from indexer.embedding import DEFAULT_MODEL, Embedder
from indexer.vector_pack import VectorPack, text_key, write_pack

from .conftest import FIXTURE_CORPUS


def _unit_rows(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_round_trip_keeps_vectors_and_drops_duplicates(tmp_path):
    texts = ["第一条 为了规范", "第二条 危险作业", "第一条 为了规范"]
    vectors = _unit_rows(3)
    vectors[2] = vectors[0]
    path = tmp_path / "pack.npz"
    assert write_pack(path, [text_key(t) for t in texts], vectors, "model-a") == 2
    pack = VectorPack.load(path, "model-a")
    assert pack is not None and len(pack) == 2
    got = pack.get_many([text_key(t) for t in texts] + [text_key("不在包里")])
    assert set(got) == {text_key(texts[0]), text_key(texts[1])}
    for text, original in zip(texts[:2], vectors[:2]):
        v = got[text_key(text)]
        assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
        assert float(v @ original) > 0.9999


def test_pack_of_another_model_is_ignored(tmp_path, caplog):
    path = tmp_path / "pack.npz"
    write_pack(path, [text_key("x")], _unit_rows(1), "model-a")
    assert VectorPack.load(path, "model-b") is None
    assert "model-a" in caplog.text and str(path) in caplog.text
    assert VectorPack.load(tmp_path / "missing.npz", "model-a") is None


def test_unreadable_pack_is_ignored_with_its_name(tmp_path, caplog):
    path = tmp_path / "pack.npz"
    path.write_bytes(b"not a zip file")
    assert VectorPack.load(path, "model-a") is None
    assert str(path) in caplog.text


def test_shipped_pack_covers_the_bundled_corpus():
    """If this fails, a document was added without `xianjie index --rebuild-vectors`: a fresh
    machine would then embed it on the CPU before its first answer."""
    embedder = Embedder(DEFAULT_MODEL, cache_dir=Path("/nonexistent-cache"))
    pack = embedder.vector_pack()
    assert pack is not None, f"no usable vector pack at {embedder.vector_pack_path}"
    texts, _ = chunk_plan(load_corpus(BUNDLED_CORPUS).documents)
    keys = {text_key(t) for t in texts}
    missing = keys - set(pack.get_many(sorted(keys)))
    assert not missing, f"{len(missing)} of {len(keys)} bundled texts have no shipped vector"


def test_build_from_pack_needs_no_model(tmp_path, embedder):
    """Vectors of the fixture corpus packed, then a build with an empty cache: nothing embedded,
    the model never loaded, and the index holds the packed vectors."""
    texts, _ = chunk_plan(load_corpus(FIXTURE_CORPUS).documents)
    vectors = embedder.encode_passages(texts)
    pack_file = tmp_path / "pack.npz"
    write_pack(pack_file, [text_key(t) for t in texts], vectors, embedder.fingerprint)
    fresh = Embedder(DEFAULT_MODEL, cache_dir=tmp_path / "empty-cache", vector_pack=pack_file)
    result = build_index(FIXTURE_CORPUS, tmp_path / "data", fresh, show_progress=False)
    assert fresh.last_computed == 0
    assert fresh._model is None
    built = np.load(result.path / "vectors.npy")
    assert built.shape == vectors.shape
    assert float(np.min(np.sum(built * vectors, axis=1))) > 0.9999


@pytest.mark.slow
def test_shipped_vectors_are_this_models(embedder, tmp_path):
    """A sample of shipped vectors recomputed by the running model agree (cosine > 0.999)."""
    texts, _ = chunk_plan(load_corpus(BUNDLED_CORPUS).documents)
    sample = random.Random(7).sample(sorted(set(texts)), 24)
    shipped = embedder.vector_pack().get_many([text_key(t) for t in sample])
    fresh = Embedder(DEFAULT_MODEL, cache_dir=tmp_path, use_pack=False)
    fresh._model = embedder.load()           # the same loaded model, but no pack and an empty cache
    recomputed = fresh.encode_passages(sample)
    assert fresh.last_computed == len(sample)
    for text, vec in zip(sample, recomputed):
        assert float(vec @ shipped[text_key(text)]) > 0.999, text[:40]
