"""Health, input suggestions and the filter menus."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request

from indexer.search import IndexUnavailable
from indexer.stores.base import EngineUnavailable

from ..deps import AppSettings, Knowledge, Service
from ..models.base import typed
from ..models.meta import Facets, Health, Suggest
from .common import rendered

router = APIRouter()


@router.get("/api/suggest", summary="输入提示：罪名与文件标题", response_model=Suggest)
def suggest(q: Annotated[str, Query(min_length=1, max_length=50)], knowledge: Knowledge,
            limit: Annotated[int, Query(ge=1, le=20)] = 8):
    return rendered(knowledge.suggest(q, limit))


@router.get("/api/facets", summary="筛选项", response_model=Facets)
def facets(knowledge: Knowledge):
    return rendered(knowledge.facets())


@router.get("/api/health", summary="健康状态", response_model=Health,
            responses={503: {"description": "索引或后端不可用（status: degraded，index.error 说明原因）"}})
def health(request: Request, service: Service, settings: AppSettings):
    body = {"status": "ok", "uptime_s": round(time.time() - request.app.state.started, 1),
            "backends": {"search": settings.search_backend, "graph": settings.graph_backend,
                         **({"search_url": settings.es_url, "search_prefix": settings.es_prefix}
                            if settings.search_backend == "elasticsearch" else {}),
                         **({"graph_url": settings.neo4j_url} if settings.graph_backend == "neo4j" else {})},
            "model": service.embedder.model_id,
            "load": {name: pool.stats() for name, pool in request.app.state.pools.items()},
            "ranking": service.ranking.model_dump()}       # the ranking knobs in effect (indexer/ranking.py)
    try:
        info = service.info()
        body["index"] = {"documents": info["documents"], "units": info["units"], "chunks": info["chunks"],
                         "built_at": info["built_at"], "model": info["model"], "build": Path(info["path"]).name}
        service.ping_engines()
    except (IndexUnavailable, EngineUnavailable) as exc:
        body["status"] = "degraded"
        body["index"] = {"error": str(exc)}
        return rendered(typed(Health, body), status_code=503)
    return rendered(typed(Health, body))
