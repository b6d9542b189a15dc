"""Search on Elasticsearch 8/9 (official `elasticsearch` client): the same tokens and vectors as the
embedded stores, so results keep their meaning when search moves to a cluster.

Each build lives in two fresh indices behind two aliases: `<prefix>-units` (our tokenizer's output
in `whitespace`-analyzed text fields, filter fields as keywords) and `<prefix>-chunks` (one
`dense_vector` per embedded chunk with the same filter fields, for filtered kNN). The aliases move in
one `_aliases` request only after the bulk load has been counted, so a failed push never goes live.
Fusion stays in Python (the `rrf` retriever is not in the free licence). User text reaches the engine
only as values inside JSON bodies.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from common.errors import EngineUnavailable, IndexUnavailable

from .base import Filters, IndexedUnit, KeywordQuery
from .tantivy_index import NGRAM_WEIGHT, TITLE_WEIGHT, WORD_WEIGHT

BULK_BATCH = 1000
KNN_CANDIDATES = 500          # HNSW candidates per shard: exact-search agreement on the dev set
MAX_KNN_K = 1000
CHUNKS_PER_UNIT = 2     # chunks fetched per wanted unit: most units have one, judgments at most two
HIT_FIELDS = ["hits.hits._score", "hits.hits.fields.row"]   # answers carry only what ranking needs
# What a search request asks the engine to fetch per hit: the row from doc values and no stored
# field at all. Left to its default the fetch phase loads every hit's stored _id, which was half of
# a keyword search's server time (27 → 14 ms) and most of a kNN search's (27 → 5 ms) on the
# bundled corpus, 100 and 200 hits.
FETCH = {"source": False, "stored_fields": "_none_", "docvalue_fields": ["row"], "track_total_hits": False,
         "filter_path": HIT_FIELDS}
# the same per search of an `_msearch` body; status and error keep one entry per search in the answer
FETCH_BODY = {"_source": False, "stored_fields": "_none_", "docvalue_fields": ["row"], "track_total_hits": False}
MSEARCH_FIELDS = ["responses.status", "responses.error"] + [f"responses.{f}" for f in HIT_FIELDS]


def connect(url: str, timeout_s: float = 5.0):
    """A client with a bounded timeout and one retry, so a down engine is reported quickly."""
    from elasticsearch import Elasticsearch
    return Elasticsearch(url, request_timeout=timeout_s, max_retries=1, retry_on_timeout=False)


def aliases(prefix: str) -> tuple[str, str]:
    return f"{prefix}-units", f"{prefix}-chunks"


class _Engine:
    """Turns transport failures into EngineUnavailable naming the engine and its URL."""

    def __init__(self, client, url: str):
        self.client = client
        self.url = url
        self.requests = 0       # requests sent (benchmarks count them per search)

    def call(self, fn: Callable, *args, **kwargs):
        from elastic_transport import ConnectionError as TransportConnectionError
        from elastic_transport import ConnectionTimeout
        self.requests += 1
        try:
            return fn(*args, **kwargs)
        except (TransportConnectionError, ConnectionTimeout) as exc:
            raise EngineUnavailable(f"Elasticsearch at {self.url} is not reachable: {type(exc).__name__}") from None


# -- request bodies (pure functions, checked against the documented API in the tests) -----------

def units_mapping(meta: dict) -> dict:
    text = {"type": "text", "analyzer": "whitespace", "index_options": "freqs"}
    return {"dynamic": "strict", "_meta": meta, "properties": {
        "row": {"type": "integer"}, "unit_id": {"type": "keyword"}, **_filter_fields(),
        "words": text, "title_words": text, "ngrams": text}}


def chunks_mapping(dim: int, meta: dict) -> dict:
    # plain float HNSW: 8.14+ would otherwise quantize 384-dim vectors to int8 by default
    vector = {"type": "dense_vector", "dims": dim, "index": True, "similarity": "cosine",
              "index_options": {"type": "hnsw", "m": 16, "ef_construction": 100}}
    return {"dynamic": "strict", "_meta": meta, "properties": {
        "row": {"type": "integer"}, **_filter_fields(), "vector": vector}}


def _filter_fields() -> dict:
    return {"doc_id": {"type": "keyword"}, "type": {"type": "keyword"}, "status": {"type": "keyword"},
            "domain": {"type": "keyword"}, "effective": {"type": "integer"}}


LOAD_SETTINGS = {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "-1"}


def filter_clauses(f: Filters) -> list[dict]:
    clauses: list[dict] = [{"terms": {field: list(values)}} for field, values in f.terms()]
    dates = f.effective_range()
    if dates:
        clauses.append({"range": {"effective": {"gte": dates[0], "lte": dates[1]}}})
    return clauses


def keyword_query(query: KeywordQuery) -> dict | None:
    """BM25 over the same three fields and weights as the tantivy index: one flat bool of boosted
    `term` clauses, one per (field, term), the filters beside. Same hits and order as a `match` per
    field (scores equal to 1e-5, the float sum's order), but the engine can skip through one flat
    disjunction: server time p50 5 → 2 ms on the dev set (bundled corpus), where the n-gram
    field's nested disjunction of ~40 single characters was most of it. A `must` of the field
    clauses took about twice as long again."""
    should = [{"term": {field: {"value": term, "boost": boost}}}
              for field, terms, boost in (("words", query.words, WORD_WEIGHT),
                                          ("title_words", query.title_words, TITLE_WEIGHT),
                                          ("ngrams", query.ngrams, NGRAM_WEIGHT))
              for term in terms]
    if not should:
        return None
    return {"bool": {"should": should, "minimum_should_match": 1, "filter": filter_clauses(query.filters)}}


def knn_clause(vector: np.ndarray, k: int, filters: Filters) -> dict:
    k = max(1, min(k, MAX_KNN_K))
    clause = {"field": "vector", "query_vector": [float(x) for x in vector], "k": k,
              "num_candidates": max(KNN_CANDIDATES, k)}
    if not filters.is_empty():
        clause["filter"] = {"bool": {"filter": filter_clauses(filters)}}
    return clause


def unit_source(u: IndexedUnit) -> dict:
    return {"row": u.row, "unit_id": u.unit_id, "doc_id": u.doc_id, "type": u.type, "status": u.status,
            "domain": list(u.domains), "effective": u.effective, "words": " ".join(u.words),
            "title_words": " ".join(u.title_words), "ngrams": " ".join(u.ngrams)}


def chunk_source(u: IndexedUnit, vector: np.ndarray) -> dict:
    return {"row": u.row, "doc_id": u.doc_id, "type": u.type, "status": u.status, "domain": list(u.domains),
            "effective": u.effective, "vector": [float(x) for x in vector]}


# -- reading ----------------------------------------------------------------------------------

class ElasticsearchStore:
    """Keyword and vector search of one published build; filters go to the engine."""

    def __init__(self, client, url: str, prefix: str):
        self.engine = _Engine(client, url)
        self.units_alias, self.chunks_alias = aliases(prefix)

    def meta(self) -> dict:
        """The `_meta` of the index behind the units alias (which build it holds); {} if none."""
        from elasticsearch import NotFoundError
        try:
            mapping = self.engine.call(self.engine.client.indices.get_mapping, index=self.units_alias)
        except NotFoundError:
            return {}
        body = next(iter(mapping.body.values()), {})
        return body.get("mappings", {}).get("_meta", {}) or {}

    def ping(self) -> None:
        self.engine.call(self.engine.client.cluster.health)

    @property
    def requests(self) -> int:
        return self.engine.requests

    def search(self, query: KeywordQuery, k: int) -> list[tuple[int, float]]:
        body = keyword_query(query)
        if body is None:
            return []
        res = self.engine.call(self.engine.client.search, index=self.units_alias, query=body, size=k, **FETCH)
        return [(int(h["fields"]["row"][0]), float(h["_score"])) for h in res.get("hits", {}).get("hits", [])]

    def hybrid_search(self, query: KeywordQuery, vector: np.ndarray, k: int,
                      filters: Filters) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """(keyword hits, vector hits) as search and vector_search give them, in one `_msearch`
        round trip: the engine runs both searches at once, and a hybrid search pays one request."""
        body = keyword_query(query)
        want = min(k * CHUNKS_PER_UNIT, MAX_KNN_K)
        searches = [{"index": self.chunks_alias}, {"knn": knn_clause(vector, want, filters), "size": want, **FETCH_BODY}]
        if body is not None:
            searches += [{"index": self.units_alias}, {"query": body, "size": k, **FETCH_BODY}]
        res = self.engine.call(self.engine.client.msearch, searches=searches, filter_path=MSEARCH_FIELDS)
        answers = res.get("responses", [])
        for answer in answers:
            if "error" in answer:
                raise RuntimeError(f"Elasticsearch at {self.engine.url}: search failed: {answer['error']}")
        keyword = [(int(h["fields"]["row"][0]), float(h["_score"])) for h in answers[1].get("hits", {}).get("hits", [])] \
            if body is not None else []
        return keyword, _best_chunk_per_unit(answers[0], k)

    def doc_freqs(self, field: str, terms) -> dict[str, int]:
        """Document frequencies from the term vectors of an artificial document holding the terms
        (one request; the index has one shard, so they are the index's own)."""
        if not terms:
            return {}
        res = self.engine.call(self.engine.client.termvectors, index=self.units_alias, doc={field: " ".join(terms)},
                               fields=[field], term_statistics=True, field_statistics=False,
                               positions=False, offsets=False, payloads=False)
        found = res.get("term_vectors", {}).get(field, {}).get("terms", {})
        return {t: int(found.get(t, {}).get("doc_freq", 0)) for t in terms}

    def vector_search(self, vector: np.ndarray, k: int, filters: Filters) -> list[tuple[int, float]]:
        """Best chunk per unit, as cosine (the engine's cosine score is (1 + cos) / 2)."""
        want = min(k * CHUNKS_PER_UNIT, MAX_KNN_K)
        res = self.engine.call(self.engine.client.search, index=self.chunks_alias,
                               knn=knn_clause(vector, want, filters), size=want, **FETCH)
        return _best_chunk_per_unit(res, k)


def _best_chunk_per_unit(res, k: int) -> list[tuple[int, float]]:
    """The first (best) chunk hit of each unit, k units at most, its score as cosine (the
    engine's cosine score is (1 + cos) / 2)."""
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    for h in res.get("hits", {}).get("hits", []):
        row = int(h["fields"]["row"][0])
        if row not in seen:
            seen.add(row)
            out.append((row, 2 * float(h["_score"]) - 1))
        if len(out) == k:
            break
    return out


class ElasticVectors:
    """The vector half of an ElasticsearchStore, shaped like the embedded vector index."""

    def __init__(self, store: ElasticsearchStore):
        self.store = store

    def search(self, vector: np.ndarray, k: int, filters: Filters = Filters()):
        return self.store.vector_search(vector, k, filters)


def published_stores(url: str, prefix: str, timeout_s: float = 5.0):
    """A stores factory for SearchService: the build published under `prefix`, after checking that
    it holds the same corpus, model and unit count as the local build (rows must line up)."""
    client = connect(url, timeout_s)

    def open_stores(build, manifest: dict, _units=None):
        store = ElasticsearchStore(client, url, prefix)
        meta = store.meta()
        if not meta:
            raise IndexUnavailable(f"Elasticsearch at {url} has no index '{store.units_alias}': "
                                   "run `xianjie index --backend elasticsearch`")
        wanted = {k: manifest.get(k) for k in ("corpus_fingerprint", "model", "units", "chunks")}
        if {k: meta.get(k) for k in wanted} != wanted:
            raise IndexUnavailable(f"Elasticsearch at {url} holds build {meta.get('build')}, not the local build "
                                   f"{build.name}: run `xianjie index --backend elasticsearch`")
        return store, ElasticVectors(store)
    return open_stores


# -- writing ----------------------------------------------------------------------------------

def publish(client, url: str, prefix: str, build_name: str, meta: dict, units: list[IndexedUnit],
            vectors: np.ndarray, chunk_rows: Iterable[int], progress=None) -> dict:
    """Load a build into fresh indices, verify the counts, then move both aliases in one request.
    On any failure the new indices are deleted and the aliases keep pointing at the old build."""
    engine = _Engine(client, url)
    units_alias, chunks_alias = aliases(prefix)
    stamp = build_name.lower()
    units_index, chunks_index = f"{units_alias}-{stamp}", f"{chunks_alias}-{stamp}"
    chunk_rows = list(chunk_rows)
    created: list[str] = []
    try:
        for name, mapping in ((units_index, units_mapping(meta)), (chunks_index, chunks_mapping(int(vectors.shape[1]), meta))):
            if engine.call(client.indices.exists, index=name):
                engine.call(client.indices.delete, index=name)
            engine.call(client.indices.create, index=name, settings=LOAD_SETTINGS, mappings=mapping)
            created.append(name)
        _bulk(engine, units_index, ((u.unit_id, unit_source(u)) for u in units), progress)
        by_row = {u.row: u for u in units}
        _bulk(engine, chunks_index, ((f"{i}", chunk_source(by_row[row], vectors[i])) for i, row in enumerate(chunk_rows)),
              progress)
        for name, expected in ((units_index, len(units)), (chunks_index, len(chunk_rows))):
            engine.call(client.indices.put_settings, index=name, settings={"refresh_interval": "1s"})
            engine.call(client.indices.refresh, index=name)
            count = engine.call(client.count, index=name)["count"]
            if count != expected:
                raise RuntimeError(f"Elasticsearch at {url}: index {name} holds {count} documents, expected {expected}")
        holders = {alias: _alias_holders(engine, alias) for alias in (units_alias, chunks_alias)}
        old = set().union(*holders.values())
        actions = [{"remove": {"index": name, "alias": alias}} for alias, names in holders.items() for name in sorted(names)]
        actions += [{"add": {"index": units_index, "alias": units_alias}},
                    {"add": {"index": chunks_index, "alias": chunks_alias}}]
        engine.call(client.indices.update_aliases, actions=actions)
    except BaseException:
        for name in created:
            try:
                client.indices.delete(index=name)
            except Exception:   # the engine may be the thing that failed; the aliases never moved
                pass
        raise
    for name in sorted(old - {units_index, chunks_index}):
        engine.call(client.indices.delete, index=name)
    return {"units_index": units_index, "chunks_index": chunks_index, "units": len(units), "chunks": len(chunk_rows)}


def _alias_holders(engine: _Engine, alias: str) -> set[str]:
    from elasticsearch import NotFoundError
    try:
        return set(engine.call(engine.client.indices.get_alias, name=alias).body)
    except NotFoundError:
        return set()


def _bulk(engine: _Engine, index: str, docs: Iterable[tuple[str, dict]], progress) -> None:
    batch: list[dict] = []

    def flush():
        if not batch:
            return
        res = engine.call(engine.client.bulk, operations=batch, index=index, refresh=False)
        if res["errors"]:
            first = next(item for item in res["items"] if "error" in next(iter(item.values())))
            raise RuntimeError(f"Elasticsearch bulk load into {index} failed: {next(iter(first.values()))['error']}")
        if progress:
            progress(len(batch) // 2)
        batch.clear()

    for doc_id, source in docs:
        batch.append({"index": {"_id": doc_id}})
        batch.append(source)
        if len(batch) >= 2 * BULK_BATCH:
            flush()
    flush()


def publisher(url: str, prefix: str, show_progress: bool = True, timeout_s: float = 120.0):
    """`publish(name, manifest, units, vectors, chunk_rows)` for the index build: loads into
    Elasticsearch with a progress bar and reports the bulk rate (embedding time excluded)."""
    import time

    from tqdm import tqdm
    client = connect(url, timeout_s)

    def run(name: str, manifest: dict, units: list[IndexedUnit], vectors: np.ndarray, chunk_rows) -> dict:
        meta = {"build": name, **{k: manifest.get(k) for k in ("corpus_fingerprint", "model", "units", "chunks")}}
        started = time.perf_counter()
        with tqdm(total=len(units) + len(chunk_rows), desc=f"Elasticsearch {url}", unit="doc",
                  disable=not show_progress) as bar:
            result = publish(client, url, prefix, name, meta, units, vectors, chunk_rows, progress=bar.update)
        seconds = time.perf_counter() - started
        return {**result, "url": url, "seconds": round(seconds, 2), "units_per_s": round(len(units) / seconds, 1)
                if seconds else None, "docs_per_s": round((len(units) + len(chunk_rows)) / seconds, 1) if seconds else None}
    return run
