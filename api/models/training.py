"""岗位练兵与竞赛 (/api/training/…): requests and answers."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.training.generate import KINDS
from api.training.schema import Kind

from .base import Out, Source


class SetRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=100)
    count: int = Field(default=20, ge=1, le=100)
    kinds: list[Kind] = Field(default_factory=lambda: list(KINDS))
    domain: str | None = Field(default=None, max_length=40)
    offense: str | None = Field(default=None, max_length=80)
    document: str | None = Field(default=None, max_length=120)
    difficulty: Literal["easy", "medium", "hard"] | None = None
    seed: int = Field(default=0, ge=0, le=2**31)
    purpose: Literal["practice", "competition"] = Field(
        default="practice", description="competition: questions and answers stay hidden until a round on the set has finished")


class QuestionEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stem: str | None = Field(default=None, min_length=4, max_length=2000)
    options: list[str] | None = Field(default=None, min_length=2, max_length=6)
    explanation: str | None = Field(default=None, max_length=2000)


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question_id: str = Field(min_length=1, max_length=40)
    answer: str = Field(max_length=200)


class PracticeSummary(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answers: list[Answer] = Field(max_length=200)


class RoundRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    set_id: str = Field(min_length=1, max_length=40)
    seconds_per_question: int = Field(default=30, ge=5, le=600)


class JoinRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=30)


class PublicQuestion(Out):
    """What a player sees: never the answer, explanation, offense, citations or domains."""
    id: str
    kind: str
    difficulty: str
    stem: str
    options: list[str]


class Question(PublicQuestion):
    answer: str
    explanation: str
    citations: list[str]
    domains: list[str]
    offense: str | None


class SetHeader(Out):
    id: str
    title: str
    scope: dict[str, Any]
    created: float
    updated: float


class QuestionSet(SetHeader):
    questions: list[Question]


class PublicSet(SetHeader):
    questions: list[PublicQuestion]


class Generation(Out):
    rejected: int
    out_of_scope: int
    duplicates: int


class GeneratedSet(QuestionSet):
    generation: Generation


class SetSummary(Out):
    id: str
    title: str
    updated: float
    questions: int
    locked: bool


class SetList(Out):
    sets: list[SetSummary]


class CheckedSource(Out):
    unit_id: str
    label: str
    source: Source | None


class CheckResult(Out):
    correct: bool
    answer: str
    explanation: str
    citations: list[CheckedSource]


class Rate(Out):
    name: str
    correct: int
    total: int
    rate: float


class SummaryResult(Out):
    answered: int
    correct: int
    by_kind: list[Rate]
    by_domain: list[Rate]
    weak: list[str]


class Round(Out):
    id: str
    set_id: str
    code: str
    seconds: int
    state: str
    current: int
    question_started: float | None
    created: float


class Joined(Out):
    participant_id: str
    token: str
    round_id: str
    name: str


class Play(Out):
    """The open question (absent before the first and after the last) and the time left."""
    state: str
    index: int
    seconds: int
    question: PublicQuestion | None = None
    remaining_s: float | None = None


class Accepted(Out):
    accepted: bool
    question_id: str
    elapsed_ms: int


class PublicRound(Out):
    id: str
    state: str
    current: int
    seconds: int
    created: float


class Standing(Out):
    id: str
    name: str
    points: int
    correct: int
    answered: int
    time_ms: int
    rank: int


class Leaderboard(Out):
    round: PublicRound
    leaderboard: list[Standing]
