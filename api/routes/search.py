"""GET /api/search (query string) and POST /api/search (JSON body, for long facts)."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from corpus.model import DOC_TYPES, STATUSES
from indexer.case_kinds import CASE_KINDS
from indexer.search import SearchRequest, UnknownFilterValue

from ..deps import Knowledge
from ..errors import ApiError
from ..models.search import MAX_QUERY_CHARS, Mode, SearchBody, SearchResponse
from .common import MAX_FILTER_VALUES, as_tuple, rendered

router = APIRouter()
KNOWN_PARAMS = {"q", "type", "doc", "domain", "status", "effective_from", "effective_to", "k", "mode", "graph", "case_kind"}


def _known(values: tuple[str, ...], allowed, field: str, what: str, sep: str = ", ") -> None:
    for v in values:
        if v not in allowed:
            raise ApiError(422, "invalid_filter", f"{field}: 未知的{what}“{v}”（可选：{sep.join(allowed)}）")


def validated_request(body: SearchBody) -> SearchRequest:
    """The search request, every filter value checked against its vocabulary (422 naming the field)."""
    types, statuses = as_tuple(body.type), as_tuple(body.status)
    domains, case_kinds = as_tuple(body.domain), as_tuple(body.case_kind)
    _known(types, DOC_TYPES, "type", "文档类型")
    _known(statuses, STATUSES, "status", "效力状态", "、")
    _known(case_kinds, CASE_KINDS, "case_kind", "案例类别")
    for name, values in (("type", types), ("domain", domains), ("status", statuses), ("case_kind", case_kinds)):
        if len(values) > MAX_FILTER_VALUES:
            raise ApiError(422, "invalid_filter", f"{name}: 至多 {MAX_FILTER_VALUES} 个取值")
    return SearchRequest(q=body.q, k=body.k, mode=body.mode, types=types, doc=body.doc, domains=domains,
                         statuses=statuses,
                         effective_from=body.effective_from.isoformat() if body.effective_from else None,
                         effective_to=body.effective_to.isoformat() if body.effective_to else None,
                         graph_boost=body.graph, case_kinds=case_kinds)


async def search_params(request: Request,
                        q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="查询文本")],
                        type: Annotated[list[str] | None, Query(description="statute|interpretation|standard|guidance|case")] = None,
                        doc: Annotated[str | None, Query(max_length=200, description="文档 id 或完整标题")] = None,
                        domain: Annotated[list[str] | None, Query()] = None,
                        status: Annotated[list[str] | None, Query()] = None,
                        effective_from: dt.date | None = None, effective_to: dt.date | None = None,
                        k: Annotated[int, Query(ge=1, le=100)] = 10, mode: Mode = "hybrid",
                        graph: bool = True,
                        case_kind: Annotated[list[str] | None, Query(description="typical|guiding|reference|judgment")] = None) -> SearchBody:
    unknown = sorted(set(request.query_params) - KNOWN_PARAMS)
    if unknown:
        raise ApiError(422, "invalid_filter", f"{unknown[0]}: 未知参数")
    try:
        return SearchBody(q=q, type=type, doc=doc, domain=domain, status=status, effective_from=effective_from,
                          effective_to=effective_to, k=k, mode=mode, graph=graph, case_kind=case_kind)
    except ValidationError as exc:     # a blank q: 422 naming it, like every other parameter
        raise RequestValidationError(exc.errors()) from None


def _search(knowledge, body: SearchBody):
    req = validated_request(body)
    try:
        return rendered(knowledge.search(req))
    except UnknownFilterValue as exc:
        if exc.field != "doc":
            raise
        raise ApiError(422, "invalid_filter", f"doc: 未找到文档“{req.doc}”（请给出文档 id 或完整标题）") from None


@router.get("/api/search", summary="检索 hybrid search", response_model=SearchResponse)
def search_get(body: Annotated[SearchBody, Depends(search_params)], knowledge: Knowledge):
    return _search(knowledge, body)


@router.post("/api/search", summary="检索（长文本）hybrid search with a JSON body", response_model=SearchResponse)
def search_post(body: SearchBody, knowledge: Knowledge):
    return _search(knowledge, body)
