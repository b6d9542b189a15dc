"""Health, input suggestions and the filter menus."""
from __future__ import annotations

from typing import Any

from pydantic import Field

from .base import Out


class Backends(Out):
    search: str
    graph: str
    search_url: str | None = None      # elasticsearch only
    search_prefix: str | None = None
    graph_url: str | None = None       # neo4j only


class PoolLoad(Out):
    running: int
    queued: int
    served: int
    shed: int
    abandoned: int
    unread: int


class IndexInfo(Out):
    """The loaded build; only `error` when there is none (status degraded)."""
    documents: int | None = None
    units: int | None = None
    chunks: int | None = None
    built_at: str | None = None
    model: str | None = None
    build: str | None = None
    error: str | None = None


class Health(Out):
    status: str
    uptime_s: float
    backends: Backends
    model: str
    load: dict[str, PoolLoad]
    ranking: dict[str, Any] = Field(description="排序参数（indexer/ranking.py 的 RankingConfig，含覆盖）")
    index: IndexInfo


class Suggestion(Out):
    kind: str
    text: str
    id: str | None = None      # documents only


class Suggest(Out):
    query: str
    suggestions: list[Suggestion]


class Facets(Out):
    type: list[str]
    domain: list[str]
    status: list[str]
    case_kind: dict[str, str]
