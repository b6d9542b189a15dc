"""Graph neighborhood and shortest path."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from graph.schema import NODE_KINDS

from ..deps import Knowledge
from ..error_responses import NOT_FOUND
from ..errors import ApiError
from ..models.graph import GraphPath, Neighborhood
from .common import as_tuple, rendered

router = APIRouter()


def _kinds(kinds: list[str] | None) -> tuple[str, ...]:
    values = as_tuple(kinds)
    for k in values:
        if k not in NODE_KINDS:
            raise ApiError(422, "invalid_filter", f"kinds: 未知的节点类型“{k}”（可选：{', '.join(NODE_KINDS)}）")
    return values


@router.get("/api/graph/neighborhood", summary="图谱邻域", responses=NOT_FOUND, response_model=Neighborhood)
def neighborhood(node: Annotated[str, Query(min_length=1, max_length=300)], knowledge: Knowledge,
                 depth: Annotated[int, Query(ge=1, le=3)] = 1,
                 kinds: Annotated[list[str] | None, Query()] = None,
                 limit: Annotated[int, Query(ge=1, le=300)] = 150):
    kinds_wanted = _kinds(kinds)
    try:
        return rendered(knowledge.neighborhood(node, depth, kinds_wanted, limit))
    except KeyError:
        raise ApiError(404, "not_found", f"node: 未找到节点“{node}”") from None


@router.get("/api/graph/path", summary="两节点间最短路径", responses=NOT_FOUND, response_model=GraphPath)
def path(from_: Annotated[str, Query(alias="from", min_length=1, max_length=300)],
         to: Annotated[str, Query(min_length=1, max_length=300)], knowledge: Knowledge,
         max_depth: Annotated[int, Query(ge=1, le=8)] = 6):
    try:
        return rendered(knowledge.path(from_, to, max_depth))
    except KeyError as exc:
        raise ApiError(404, "not_found", f"未找到节点“{exc.args[0]}”") from None
