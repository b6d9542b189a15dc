"""GET/POST /api/search: the request body and the hit list (indexer.search.SearchService.search)."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .base import Out, Source

MAX_QUERY_CHARS = 4000
Mode = Literal["keyword", "vector", "hybrid"]


class SearchBody(BaseModel):
    """POST /api/search: the same fields as the query string, for long fact descriptions."""
    model_config = ConfigDict(extra="forbid")
    q: str = Field(min_length=1, max_length=MAX_QUERY_CHARS)
    type: list[str] | str | None = None
    doc: str | None = Field(default=None, max_length=200)
    domain: list[str] | str | None = None
    status: list[str] | str | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    k: int = Field(default=10, ge=1, le=100)
    mode: Mode = "hybrid"
    graph: bool = Field(default=True, description="hybrid: fuse graph evidence (offenses named or shared by top hits)")
    case_kind: list[str] | str | None = Field(default=None, description="typical|guiding|reference|judgment: only cases of these kinds")

    @field_validator("q")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not any(c.isprintable() and not c.isspace() for c in v):
            raise ValueError("不能为空")      # NUL or other control characters alone are blank too (probe 28z)
        return v


class Ranks(Out):
    """The hit's rank in each list before fusion (None: not in that list)."""
    keyword: int | None
    vector: int | None


class LinkedOffense(Out):
    """An offense a hit is linked to: defines | charged | administrative_counterpart | interprets."""
    id: str
    name: str
    link: str


class Hit(Out):
    id: str
    doc_id: str
    doc_title: str
    type: str
    article_no: int | None
    article_label: str | None
    label: str | None
    kind: str
    path: list[str]
    status: str
    domains: list[str]
    text: str
    highlight: str | None
    score: float
    source: Source = Field(description="provenance: dataset, file, version")
    ranks: Ranks
    offenses: list[LinkedOffense]
    case_kind: str | None


class SearchFacets(Out):
    """Counts among the best 100 candidates, for the filter menus."""
    type: dict[str, int]
    status: dict[str, int]
    domain: dict[str, int]


# The charge predictor's reading of fact-like text: search (long queries) and consultation.
class PredictedCharge(Out):
    name: str
    p: float
    offense_id: str | None


class PredictedArticle(Out):
    article: int | str
    unit_id: str
    p: float


class UndecidedCharges(Out):
    """Two charges the model cannot tell apart on these facts, and the fact that decides in law."""
    charges: list[str]
    probabilities: list[float]
    question: str


class Predicted(Out):
    charges: list[PredictedCharge]
    articles: list[PredictedArticle]
    undecided: list[UndecidedCharges] = []
    sure: bool = True           # False: the first charge's p is under predictor.sure_min_p (the page folds the list)


class SearchResponse(Out):
    query: str
    mode: str
    took_ms: float
    total: int
    facets: SearchFacets
    hits: list[Hit]
    predicted: Predicted | None = None      # queries of lengths.fact_query_chars or more
