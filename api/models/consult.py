"""POST /api/consult: the question and the answer api.consult.consult builds."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .base import Out, Source
from .offenses import AppliedBy, LinkStatus, StandardScope, TypicalCaseRef
from .search import MAX_QUERY_CHARS, Predicted

MAX_AMOUNT = 1e15   # beyond any real amount or quantity: a typo or an overflow


class ConsultBody(BaseModel):
    """POST /api/consult: a situation in plain Chinese, and which way the question points."""
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=2, max_length=MAX_QUERY_CHARS)
    direction: Literal["auto", "forward", "reverse"] = "auto"

    @field_validator("text")
    @classmethod
    def _sane(cls, v: str) -> str:
        from corpus.quantities import find_quantities
        if not v.strip():
            raise ValueError("不能为空")
        for q in find_quantities(v):
            if q.value > MAX_AMOUNT:
                raise ValueError(f"数字“{q.raw}”过大，不是真实的数额或数量")
        return v


class StatedFact(Out):
    """What a condition was compared with: a number read from the text (value, unit, span…), a
    statement (kind statement, negated when the text denies it) or the kind of offender (subject)."""
    kind: str
    text: str | None = None
    value: float | None = None
    unit: str | None = None
    span: list[int] | None = None
    approx: bool | None = None
    qualifier: str | None = None
    upper: float | None = None          # a stated range's top: 四万元至六万元
    context: str | None = None
    note: str | None = None             # how the figure was reached: 10克中扣除其中3克（系他人所有或所为）
    negated: bool | None = None


class EvaluatedCondition(Out):
    """One condition of an alternative, compared with the facts. kind quantity carries the numeric
    condition's fields (metric, op, value, unit…); kind fact its options; kind subject the offender."""
    kind: str
    text: str
    status: str
    compared: str
    fact: StatedFact | None
    question: str | None = None
    matched_by: str | None = None
    metric: str | None = None
    op: str | None = None
    value: float | None = None
    unit: str | None = None
    upper: float | None = None
    within_years: float | None = None
    basis: str | None = None
    not_for: list[str] | None = None
    options: list[str] | None = None
    kind_unstated: bool | None = None     # the number's kind is not stated (住宿信息 or other 个人信息?)


class EvaluatedAlternative(Out):
    label: str
    text: str
    catch_all: bool
    status: str
    conditions: list[EvaluatedCondition]
    note: str | None = None


class CitedSource(Out):
    unit_id: str
    doc_id: str
    doc_title: str
    label: str
    effective: str | None
    citation: str


class EvaluatedStandard(Out):
    """A threshold clause with its verdict on these facts: met / not_met / unknown (无法判断)."""
    id: str
    clause: str
    subject: str
    tier: str
    review: str | None
    specific: bool
    scope: StandardScope | None = None
    source: CitedSource
    status: str
    firm_status: str
    alternatives: list[EvaluatedAlternative]
    questions: list[str]
    notes: list[str]
    governing: bool
    superseded_by: str | None
    applied_by: AppliedBy | None = None


class ElementRuledOut(Out):
    """An element the clauses presuppose that the stated facts rule out (api/elements.py): its kind
    (subject, element, knowledge, exception, discretion), what to ask, an exemption's facts still missing, and
    whether a party only claims it."""
    element: str
    unit: str
    stated: str
    kind: str = "subject"
    ask: str = ""
    missing: list[str] = []
    claimed: bool = False


class ConductStated(Out):
    """The offense's act in the law's words and the clauses of the facts that state it (api/conduct.py);
    stated is None where the text names the offense, or (an undecided verdict) where nothing states it."""
    text: str
    unit: str
    stated: str | None


class Verdict(Out):
    status: str
    basis: list[str]
    questions: list[str]
    notes: list[str]
    element: ElementRuledOut | None = None
    conduct: ConductStated | None = None


class Provision(Out):
    """An administrative provision on the other side of the line (unit ids, see citations)."""
    violation: str
    agencies: list[str]
    articles: list[str | None]
    basis: list[str]
    note: str | None
    link: LinkStatus | None = None


class CaseVote(Out):
    id: str
    title: str
    score: float
    unit_id: str


class Candidate(Out):
    """A candidate offense with its clauses evaluated and the evidence behind it."""
    id: str
    name: str
    article_nos: list[str]
    articles: list[str | None]
    score: float
    why: list[str]
    standards: list[EvaluatedStandard]
    verdict: Verdict
    standards_note: str | None
    transfer: str | None
    admin_provisions: list[Provision]
    cases: list[CaseVote]
    related_typical_cases: list[TypicalCaseRef]


class ExtractedFact(Out):
    """A number read from the text (value, unit, text, span, approx, qualifier, context) or, last,
    the kind of offender (kind subject, value 单位 / 个人 / 未说明)."""
    kind: str
    value: float | str
    unit: str | None = None
    text: str | None = None
    span: list[int] | None = None
    approx: bool | None = None
    qualifier: str | None = None
    upper: float | None = None          # a stated range's top: 四万元至六万元
    context: str | None = None
    note: str | None = None             # how the figure was reached: 10克中扣除其中3克（系他人所有或所为）


class Citation(Out):
    unit_id: str
    doc_id: str
    doc_title: str
    label: str | None
    status: str
    source: Source


class TimeLimit(Out):
    """Whether the act was found within the time limit for an administrative penalty (行政处罚法第三十六条: two
    years; 治安管理处罚法 six months, 税收征收管理法 five years: api/admin_time_limit.py); null where the facts
    cannot settle it (no finding date, an act running on, harm that may lengthen the limit)."""
    act_date: str
    reference_date: str
    reference_kind: str = Field(description="discovered: the stated date it was found; latest: the latest date stated "
                                            "(found no later); today: no other date")
    elapsed_days: int
    limit_years: float
    limit_label: str = Field(description="the limit as the law words it: 二年, 六个月, 五年")
    within_limit: bool | None
    note: str
    citation: str


class RouteClosure(Out):
    """How the criminal route closed (存疑不起诉, 相对不起诉, 判处罚金 …) and what that leaves the administration
    (api/route_closed.py)."""
    kind: str = Field(description="no_crime_fact | insufficient_evidence | minor_crime | not_a_crime | fined | sentenced")
    label: str
    note: str
    citations: list[str]


class OffensePair(Out):
    """Two listed offenses the law divides by one fact: the order between them is no finding."""
    offenses: list[str]
    scores: list[float]
    question: str


class ConsultAnswer(Out):
    query: str
    took_ms: float
    direction: str
    offenses: list[Candidate]
    distinguish: list[OffensePair] = Field(default_factory=list, description="listed offenses to tell apart, with the deciding fact")
    predicted: Predicted
    extracted_facts: list[ExtractedFact]
    citations: list[Citation]
    transfer_rules: list[str] | None = Field(default=None, description="forward only: unit ids of the transfer rules")
    time_limit: TimeLimit | None = Field(default=None, description="reverse only (null when the text gives no date)")
    route_closed: list[RouteClosure] | None = Field(default=None, description="reverse only: how the criminal route closed")
