"""Documents and single units."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import Field

from ..deps import Knowledge
from ..error_responses import NOT_FOUND
from ..errors import ApiError
from ..models.documents import Document, DocumentList, Unit
from .common import rendered

router = APIRouter()


@router.get("/api/documents", summary="文档列表", response_model=DocumentList)
def documents(knowledge: Knowledge):
    return rendered(knowledge.documents())


@router.get("/api/documents/{doc_id}", summary="文档（元数据与条文）", responses=NOT_FOUND, response_model=Document)
def document(doc_id: Annotated[str, Field(max_length=200)], knowledge: Knowledge):
    doc = knowledge.document(doc_id)
    if doc is None:
        raise ApiError(404, "not_found", f"未找到文档“{doc_id}”")
    return rendered(doc)


@router.get("/api/units/{unit_id}", summary="单个条文或段落", responses=NOT_FOUND, response_model=Unit)
def unit(unit_id: Annotated[str, Field(max_length=300)], knowledge: Knowledge):
    u = knowledge.unit(unit_id)
    if u is None:
        raise ApiError(404, "not_found", f"未找到条文或段落“{unit_id}”")
    return rendered(u)
