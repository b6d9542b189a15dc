"""Similar cases (类案检索) and the two-case comparison."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from ..deps import Cases
from ..error_responses import NOT_FOUND
from ..errors import ApiError
from ..models.cases import CaseSimilarResponse, Comparison, SimilarBody, SimilarResponse
from .common import rendered

router = APIRouter()


@router.post("/api/cases/similar", summary="类案检索：相似案例及相似理由", response_model=SimilarResponse)
def cases_similar(body: SimilarBody, cases: Cases):
    return rendered(cases.similar(body))


@router.get("/api/cases/compare", summary="两案对比：并排显示并标出共同要素", responses=NOT_FOUND, response_model=Comparison)
def cases_compare(a: Annotated[str, Query(min_length=1, max_length=120)],
                  b: Annotated[str, Query(min_length=1, max_length=120)], cases: Cases):
    result = cases.compare(a, b)
    if result is None:
        raise ApiError(404, "not_found", f"未找到案例“{a}”或“{b}”")
    return rendered(result)


@router.get("/api/cases/{case_id}/similar", summary="与某案例相似的案例", responses=NOT_FOUND,
            response_model=CaseSimilarResponse)
def case_similar(case_id: Annotated[str, Field(max_length=120)], cases: Cases,
                 k: Annotated[int, Query(ge=1, le=50)] = 10):
    result = cases.similar_to(case_id, k)
    if result is None:
        raise ApiError(404, "not_found", f"未找到案例“{case_id}”")
    return rendered(result)
