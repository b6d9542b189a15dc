"""POST /api/consult: two-way consultation."""
from __future__ import annotations

from fastapi import APIRouter

from ..deps import Consultation
from ..models.consult import ConsultAnswer, ConsultBody
from .common import rendered

router = APIRouter()


@router.post("/api/consult", summary="双向咨询：候选罪名、追诉标准是否达到、对应行政处罚规定、相似案例",
             response_model=ConsultAnswer)
def consult_endpoint(body: ConsultBody, consultation: Consultation):
    return rendered(consultation.answer(body))
