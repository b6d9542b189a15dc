"""The composition root: the one place that builds the running system from settings.

The app, the CLI and every evaluation or benchmark script open the search service here, so what
is evaluated is what is served — the same embedding model and query engine, the same search
backend (embedded or Elasticsearch) and graph backend (embedded or Neo4j), the same ranking
knobs (indexer/ranking.py, overridden by XIANJIE_RANKING_FILE and a script's --set).
"""
from __future__ import annotations

from pathlib import Path

from indexer.embedding import Embedder
from indexer.ranking import DEFAULT_RANKING, RankingConfig, load_overrides, parse_assignments
from indexer.search import SearchService

from .settings import Settings, get_settings


def open_embedder(settings: Settings | None = None) -> Embedder:
    settings = settings or get_settings()
    return Embedder(settings.embed_model, settings.cache_dir, query_engine=settings.query_engine)


def graph_factory(settings: Settings):
    """The configured graph store: the build's embedded graph (None: the service's default), or
    Neo4j (XIANJIE_GRAPH_BACKEND=neo4j), one driver shared by every build."""
    if settings.graph_backend == "embedded":
        return None
    if settings.graph_backend != "neo4j":
        raise ValueError(f"XIANJIE_GRAPH_BACKEND must be embedded or neo4j, not '{settings.graph_backend}'")
    if not settings.neo4j_url:
        raise ValueError("XIANJIE_GRAPH_BACKEND=neo4j needs XIANJIE_NEO4J_URL")
    from graph.neo4j_store import Neo4jGraphStore
    cache: dict = {}

    def open_neo4j(_build):
        if "store" not in cache:
            cache["store"] = Neo4jGraphStore(settings.neo4j_url, settings.neo4j_user, settings.neo4j_password)
        return cache["store"]
    return open_neo4j


def stores_factory(settings: Settings):
    """The configured search stores: the build's embedded ones (None: the service's default), or
    Elasticsearch (XIANJIE_SEARCH_BACKEND=elasticsearch with XIANJIE_ES_URL)."""
    if settings.search_backend == "embedded":
        return None
    if settings.search_backend != "elasticsearch":
        raise ValueError(f"XIANJIE_SEARCH_BACKEND must be embedded or elasticsearch, not '{settings.search_backend}'")
    if not settings.es_url:
        raise ValueError("XIANJIE_SEARCH_BACKEND=elasticsearch needs XIANJIE_ES_URL")
    from indexer.stores.elastic import published_stores
    return published_stores(settings.es_url, settings.es_prefix, settings.engine_timeout_s)


def ranking_config(settings: Settings | None = None, assignments=()) -> RankingConfig:
    """The ranking knobs in effect: the defaults, then XIANJIE_RANKING_FILE's overrides, then
    `name=value` assignments (an eval script's --set). An unknown field is a ValueError naming it."""
    settings = settings or get_settings()
    config = DEFAULT_RANKING
    if settings.ranking_file:
        config = config.with_overrides(load_overrides(settings.ranking_file), str(settings.ranking_file))
    return config.with_overrides(parse_assignments(assignments), "--set")


def add_ranking_arguments(parser) -> None:
    """--set name=value (repeatable) on an eval script: ranking overrides for this run."""
    parser.add_argument("--set", dest="ranking_set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a ranking field for this run, e.g. --set search.case_prior=0.8 "
                             "(names: indexer/ranking.py; repeatable)")


def describe_ranking(config: RankingConfig) -> str:
    """One `name = value` line per field, marking those that differ from the defaults."""
    defaults = DEFAULT_RANKING.flat()
    return "\n".join(f"  {name} = {value}{'' if value == defaults[name] else f'  (default {defaults[name]})'}"
                     for name, value in config.flat().items())


def open_service(settings: Settings | None = None, embedder: Embedder | None = None,
                 data_dir: Path | None = None, ranking: RankingConfig | None = None) -> SearchService:
    """The search service exactly as `xianjie serve` runs it; data_dir overrides the settings'
    index directory (scripts pointed at another build), ranking the configured knobs."""
    settings = settings or get_settings()
    return SearchService(Path(data_dir or settings.data_dir), embedder or open_embedder(settings),
                         graph_factory=graph_factory(settings), stores_factory=stores_factory(settings),
                         ranking=ranking or ranking_config(settings))
