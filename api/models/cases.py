"""Similar cases (类案检索) and the side-by-side comparison (api.cases)."""
from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.cases import MAX_FACTS_CHARS

from .base import Out, Source


class SimilarFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")
    offense: str | None = Field(default=None, max_length=80)
    domain: str | None = Field(default=None, max_length=40)


class SimilarBody(BaseModel):
    """POST /api/cases/similar: the facts of the case at hand."""
    model_config = ConfigDict(extra="forbid")
    facts: str = Field(min_length=4, max_length=MAX_FACTS_CHARS)
    k: int = Field(default=10, ge=1, le=50)
    filters: SimilarFilters = Field(default_factory=SimilarFilters)

    @field_validator("facts")
    @classmethod
    def _has_words(cls, v: str) -> str:
        """Spaces or punctuation alone are no facts (probe 28z: they were answered with 同一罪名 reasons)."""
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", v):
            raise ValueError("案情不能为空，也不能只有标点或空白")
        return v


class Reason(Out):
    """Why a case is similar: text | same_offense | shared_element | amount | domain."""
    kind: str
    detail: str
    evidence: str
    probability: float | None = None


class SimilarCase(Out):
    id: str
    title: str
    charges: list[str]
    case_kind: str
    kind_label: str
    issuer: str | None = None          # official cases (典型 / 指导性) only
    jianli_no: str | None = None
    transcription: bool | None = None
    score: float
    why: list[Reason]
    unit_id: str
    snippet: str


class SimilarResponse(Out):
    took_ms: float
    cases: list[SimilarCase]


class CaseSimilarResponse(Out):
    case: str
    cases: list[SimilarCase]


class Section(Out):
    label: str | None
    text: str


class CaseView(Out):
    id: str
    title: str
    charges: list[str]
    articles: list[Any]
    domains: list[str]
    source: Source | None
    sections: list[Section]


class AmountPair(Out):
    a: str
    b: str


class Shared(Out):
    charges: list[str]
    articles: list[Any]
    domains: list[str]
    elements: list[str]
    amounts: list[AmountPair]


class Comparison(Out):
    a: CaseView
    b: CaseView
    shared: Shared
