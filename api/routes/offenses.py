"""Offense lookup and the 罪名页."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from ..deps import Knowledge
from ..error_responses import NOT_FOUND
from ..errors import ApiError
from ..models.offenses import OffenseList, OffenseView
from .common import rendered

router = APIRouter()


@router.get("/api/offenses", summary="罪名检索（名称、别名）", response_model=OffenseList)
def offenses(q: Annotated[str, Query(min_length=1, max_length=100)], knowledge: Knowledge,
             limit: Annotated[int, Query(ge=1, le=100)] = 20):
    return rendered(knowledge.offenses(q, limit))


@router.get("/api/offenses/{offense}", summary="罪名页：条文、标准、正向/反向行政规定、案例", responses=NOT_FOUND,
            response_model=OffenseView)
def offense(offense: Annotated[str, Field(max_length=120)], knowledge: Knowledge):
    view = knowledge.offense(offense)
    if view is None:
        raise ApiError(404, "not_found", f"未找到罪名“{offense}”")
    return rendered(view)
