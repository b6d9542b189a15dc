"""Hybrid search above the stores: tokenize and embed the query once, ask the keyword and vector
indexes, fuse with RRF, attach highlights and provenance.
"""
from __future__ import annotations

import atexit
import gc
import threading
import time
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

from corpus.simplified import simplified

from .analysis import char_ngrams, highlight, tokenize
from .builds import current_build, read_manifest
from .embedding import Embedder
from .fusion import reciprocal_rank_fusion
from .query_terms import build_keyword_query
from .stores.base import Filters
from .stores.numpy_vectors import NumpyVectorIndex
from .stores.tantivy_index import TantivyKeywordIndex
from .unitstore import UnitStore, date_int
from .case_kinds import NO_DOCUMENT, doc_ids_of_kinds, kind_of
from .graph_boost import graph_ranking
from .ranking import DEFAULT_RANKING, RankingConfig
from .predict import article_unit_id, available as predictor_available, load as load_predictor
from graph.queries import offenses_for_units
from graph.store import EmbeddedGraphStore, GraphStore
from common.errors import IndexUnavailable, UnknownFilterValue  # noqa: F401  (re-exported)

MODES = ("keyword", "vector", "hybrid")
# Ranking weights and limits (case prior, candidate depth, predictor lists …): indexer/ranking.py.


@lru_cache(maxsize=8)
def query_ngrams(q: str, long_query_chars: int = DEFAULT_RANKING.lengths.long_query_chars) -> tuple[str, ...]:
    """The query's n-grams for the n-gram field. A long query (pasted facts) keeps only bigrams:
    each single character matches nearly every judgment, which made a 4,000-character query
    ~180 ms per keyword search against ~50 ms, while its words and bigrams carry the text.
    Kept for the last few queries: analogous-case search asks twice (cases, then statutes)."""
    grams = char_ngrams(q)
    return tuple(g for g in grams if len(g) > 1) if len(q) > long_query_chars else tuple(grams)


def predicted_articles(query: str, config: RankingConfig = DEFAULT_RANKING) -> list[tuple[str, float]]:
    """刑法 articles (unit ids, probability) the charge predictor reads in a fact-like query: one
    long enough to describe conduct. Empty without a usable predictor artifact."""
    if len(query) < config.lengths.fact_query_chars or not config.predictor.enabled or not predictor_available():
        return []
    return [(article_unit_id(a), p) for a, p in load_predictor().predict(query, config.predictor.articles)[1]]


def _single_threaded_blas() -> None:
    """The vector matmul is tiny; BLAS worker threads left spinning after it slow the query
    encoder that runs next on the same two cores (measured: ~43 ms against ~17 ms per query)."""
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1, user_api="blas")
    except ImportError:
        pass


def _exempt_loaded_from_gc() -> None:
    """Move everything alive now (a loaded build's graph and dictionaries, the tokenizer's word
    list) out of the cyclic garbage collector's sight. They live as long as the build, yet each
    full collection walked them: ~145 ms on the full case base, a pause that landed inside
    whichever request triggered it. Objects freed later are still freed by reference counting."""
    gc.collect()
    gc.freeze()


atexit.register(gc.unfreeze)    # frozen objects are finalized at exit (else extensions report leaks)


def embedded_stores(build: Path, _manifest: dict, units: UnitStore):
    """The build's own tantivy keyword index and numpy vectors (filtered through the unit store)."""
    return TantivyKeywordIndex(build / "keyword"), NumpyVectorIndex(build, units.allowed_rows)


@dataclass
class SearchRequest:
    q: str
    k: int = 10
    mode: str = "hybrid"
    types: tuple[str, ...] = ()
    doc: str | None = None
    domains: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    effective_from: str | None = None
    effective_to: str | None = None
    graph_boost: bool = True
    highlight: bool = True      # False: hits carry no snippet (callers that re-rank and show a few)
    query_tokens: int = 0       # >0: the query vector reads only this many leading tokens
    facets: bool = True         # False: no facet counts (saves reading 100 candidates' units)
    case_kinds: tuple[str, ...] = ()   # only cases of these kinds (typical, guiding, reference, judgment)
    predictor_min_p: float | None = None    # predicted articles join at p ≥ this (None: predictor.list_min_p)
    doc_ids: tuple[str, ...] = ()      # only these documents (ids a caller chose, e.g. cases of an offense)


@dataclass
class _Loaded:
    path: Path
    manifest: dict
    units: UnitStore
    keyword: object          # a KeywordIndex
    vectors: object          # a VectorIndex
    graph: object            # a GraphStore


class SearchService:
    """Serves the current build; picks up a newly switched build on the next query."""

    def __init__(self, data_dir: Path, embedder: Embedder, graph_factory=None, stores_factory=None,
                 ranking: RankingConfig = DEFAULT_RANKING):
        """`graph_factory(build_dir)` opens the graph store; the default reads the build's own
        embedded graph, the Neo4j backend passes one that connects to the cluster instead.
        `stores_factory(build_dir, manifest, units)` opens the (keyword, vector) stores the same way:
        tantivy + numpy by default, Elasticsearch when configured. `ranking`: the weights and
        limits search, consultation and similar cases use (indexer.ranking)."""
        self.data_dir = Path(data_dir)
        self.embedder = embedder
        self.ranking = ranking
        _single_threaded_blas()
        self.graph_factory = graph_factory or (lambda build: EmbeddedGraphStore(build / "graph.sqlite"))
        self.stores_factory = stores_factory or embedded_stores
        self._loaded: _Loaded | None = None
        self._lock = threading.Lock()

    def _current(self) -> _Loaded:
        build = current_build(self.data_dir)
        if build is None:
            raise IndexUnavailable(f"no index under {self.data_dir / 'index'}: run `xianjie index` first")
        loaded = self._loaded
        if loaded is not None and loaded.path == build:
            return loaded
        with self._lock:
            if self._loaded is None or self._loaded.path != build:
                manifest = read_manifest(build)
                if manifest["model"] != self.embedder.model_id:
                    raise IndexUnavailable(f"the index was built with embedding model '{manifest['model']}' but "
                                           f"'{self.embedder.model_id}' is configured: run `xianjie index`")
                units = UnitStore(build / "units.sqlite")
                keyword, vectors = self.stores_factory(build, manifest, units)
                self._loaded = _Loaded(build, manifest, units, keyword, vectors, self.graph_factory(build))
                _exempt_loaded_from_gc()
            return self._loaded

    def warm_up(self) -> None:
        """Load the index, the tokenizer's dictionary and the query model before the first real
        request, so it is as fast as the rest; what they hold is then exempt from collection."""
        self.search(SearchRequest(q="刑法", k=1))
        predictor_available()       # loads the charge predictor's vocabulary now, not on the first facts
        _exempt_loaded_from_gc()

    @property
    def units(self) -> UnitStore:
        return self._current().units

    @property
    def graph(self) -> GraphStore:
        return self._current().graph

    def info(self) -> dict:
        loaded = self._current()
        return {"path": str(loaded.path), **loaded.manifest, "ranking_at_build": loaded.manifest.get("ranking"),
                "ranking": self.ranking.model_dump()}     # the knobs in effect, and those the build recorded

    def ping_engines(self) -> None:
        """Ask every external engine in use for a sign of life; EngineUnavailable names the one down."""
        loaded = self._current()
        for store in (loaded.keyword, loaded.graph):
            store.ping()

    def _filters(self, loaded: _Loaded, req: SearchRequest) -> Filters:
        doc_ids: tuple[str, ...] = tuple(req.doc_ids)
        if req.doc:
            doc_id = loaded.units.resolve_doc(req.doc)
            if doc_id is None:
                raise UnknownFilterValue("doc", f"unknown document '{req.doc}' (give a document id or its exact title)")
            doc_ids = (doc_id,) if not doc_ids or doc_id in doc_ids else (NO_DOCUMENT,)
        if req.case_kinds:
            doc_ids = doc_ids_of_kinds(loaded.units, req.case_kinds, doc_ids)
        return Filters(types=tuple(req.types), doc_ids=doc_ids, domains=tuple(req.domains),
                       statuses=tuple(req.statuses),
                       effective_from=date_int(req.effective_from), effective_to=date_int(req.effective_to))

    @staticmethod
    def _with_case_prior(loaded: _Loaded, fused: list[tuple[int, float]], prior: float) -> list[tuple[int, float]]:
        case_rows = loaded.units.rows_of_type([r for r, _ in fused], "case")
        return sorted(((r, s * prior if r in case_rows else s) for r, s in fused), key=lambda x: -x[1])

    def _with_graph(self, loaded: _Loaded, query: str, fused: list[tuple[int, float]], filters: Filters,
                    predictor_min_p: float | None = None):
        """Fuse a third list: articles of the offenses the query and the top hits point to."""
        config = self.ranking
        depth = config.graph.seed_depth
        seeds = loaded.units.units_by_rows([r for r, _ in fused[:depth]])
        ordered = [seeds[r] for r, _ in fused[:depth] if r in seeds]
        min_p = config.predictor.list_min_p if predictor_min_p is None else predictor_min_p
        predicted = [(u, p) for u, p in predicted_articles(query, config) if p >= min_p]
        unit_ids = graph_ranking(loaded.graph, query, ordered, config.graph.max_articles, predicted=predicted, config=config)
        if not unit_ids:
            return fused
        rows = loaded.units.rows_for_ids(unit_ids + [u for u, _ in predicted])
        mask = loaded.units.allowed_rows(filters)
        graph_rows = [rows[u] for u in unit_ids if u in rows and (mask is None or mask[rows[u]])]
        lists, weights = [[r for r, _ in fused], graph_rows], [config.search.text_list_weight, config.search.graph_list_weight]
        predicted_rows = [rows[u] for u, _ in predicted if u in rows and (mask is None or mask[rows[u]])]
        if predicted_rows and config.predictor.list_weight:
            lists.append(predicted_rows)        # the predictor's articles, most probable first
            weights.append(config.predictor.list_weight)
        return reciprocal_rank_fusion(lists, k=config.search.rrf_k, weights=weights)

    def search(self, req: SearchRequest) -> dict:
        started = time.perf_counter()
        fusion = self.ranking.search
        loaded = self._current()
        filters = self._filters(loaded, req)
        query = simplified(req.q)       # 盜竊 finds 盗窃 (corpus/simplified.py)
        words = tokenize(query)
        ranked: list[tuple[int, float]]
        keyword_hits, vector_hits = [], []
        depth = max(fusion.candidates, req.k)
        both = getattr(loaded.keyword, "hybrid_search", None) if req.mode == "hybrid" else None    # one request
        if req.mode in ("keyword", "hybrid"):
            keyword_query = build_keyword_query(loaded.keyword, words, query_ngrams(query, self.ranking.lengths.long_query_chars), filters)
            keyword_hits = loaded.keyword.search(keyword_query, depth) if both is None else []
        if req.mode in ("vector", "hybrid"):
            lengths = self.ranking.lengths
            tokens = req.query_tokens or (lengths.search_query_tokens if len(query) > lengths.long_query_chars else 0)
            vector = self.embedder.encode_query(query, tokens)
            vector_hits = loaded.vectors.search(vector, depth, filters) if both is None else []
        if both is not None:
            keyword_hits, vector_hits = both(keyword_query, vector, depth, filters)
        if req.mode == "keyword":
            ranked = keyword_hits
        elif req.mode == "vector":
            ranked = vector_hits
        else:
            ranked = reciprocal_rank_fusion([[r for r, _ in keyword_hits], [r for r, _ in vector_hits]], k=fusion.rrf_k)
            if req.graph_boost:
                ranked = self._with_graph(loaded, query, ranked, filters, req.predictor_min_p)
            if fusion.case_prior != 1.0 and not req.types:     # after the graph list, whose seeds include cases
                ranked = self._with_case_prior(loaded, ranked[:max(fusion.candidates, req.k)], fusion.case_prior)
        total = len(ranked)
        read_depth = max(fusion.facet_depth, req.k) if req.facets else req.k
        units = loaded.units.units_by_rows([r for r, _ in ranked[:read_depth]])
        # one read of the top candidates serves both the facet counts and the hits shown
        facets = self._facet_counts([units[r] for r, _ in ranked[:fusion.facet_depth]]) if req.facets else {}
        ranked = ranked[:req.k]
        keyword_rank = {r: i + 1 for i, (r, _) in enumerate(keyword_hits)}
        vector_rank = {r: i + 1 for i, (r, _) in enumerate(vector_hits)}
        hits = []
        links = offenses_for_units(loaded.graph, [(units[r]["id"], units[r]["doc_id"], units[r]["type"]) for r, _ in ranked],
                                   limit=fusion.hit_offenses)
        for (row, score), offenses in zip(ranked, links):
            u = units[row]
            hits.append({
                "id": u["id"], "doc_id": u["doc_id"], "doc_title": u["doc_title"], "type": u["type"],
                "article_no": u["article_no"], "article_label": u["label"] if u["kind"] == "article" else None,
                "label": u["label"], "kind": u["kind"], "path": u["path"], "status": u["status"],
                "domains": u["domains"], "text": u["text"], "highlight": highlight(u["text"], words) if req.highlight else None,
                "score": round(score, 6), "source": u["source"],
                "ranks": {"keyword": keyword_rank.get(row), "vector": vector_rank.get(row)},
                "offenses": offenses,
                "case_kind": kind_of(loaded.units, u["doc_id"]) if u["type"] == "case" else None,
            })
        return {"query": req.q, "mode": req.mode, "took_ms": round((time.perf_counter() - started) * 1000, 2),
                "total": total, "facets": facets, "hits": hits}

    @staticmethod
    def _facet_counts(units: list[dict]) -> dict:
        """Counts by type, status and domain among the top candidates, for the filter menus."""
        counts: dict[str, dict[str, int]] = {"type": {}, "status": {}, "domain": {}}
        for u in units:
            counts["type"][u["type"]] = counts["type"].get(u["type"], 0) + 1
            counts["status"][u["status"]] = counts["status"].get(u["status"], 0) + 1
            for d in u["domains"]:
                counts["domain"][d] = counts["domain"].get(d, 0) + 1
        return counts
