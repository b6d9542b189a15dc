"""The schema an imported question set must satisfy, so a malformed file is refused at import
(422 naming the field) instead of failing later on the public practice and print pages."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, model_validator

Kind = Literal["threshold", "threshold_cloze", "article_offense", "offense_article", "case_offense", "penalty_provision",
               "agency", "statute_cloze", "typical_case"]
QUESTION_ID = r"^[A-Za-z0-9_.\-]{1,40}$"


class ImportedQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: StrictStr = Field(pattern=QUESTION_ID)
    kind: Kind
    difficulty: Literal["easy", "medium", "hard"] = "medium"
    stem: StrictStr = Field(min_length=1, max_length=4000)
    options: list[StrictStr] = Field(default_factory=list, max_length=6)
    answer: StrictStr = Field(min_length=1, max_length=200)
    explanation: StrictStr = Field(default="", max_length=4000)
    citations: list[StrictStr] = Field(min_length=1, max_length=20)
    domains: list[StrictStr] = Field(default_factory=list, max_length=20)
    offense: StrictStr | None = Field(default=None, max_length=80)

    @model_validator(mode="after")
    def _answer_among_options(self):
        if self.options and len(self.options) < 2:
            raise ValueError("options: 选择题至少需要两个选项")
        if self.options and self.answer not in self.options:
            raise ValueError("answer: 答案不在选项之中")
        if len(set(self.options)) != len(self.options):
            raise ValueError("options: 选项重复")
        return self


class ImportedSet(BaseModel):
    model_config = ConfigDict(extra="ignore")    # an exported set carries id, created, updated: ignored
    title: StrictStr = Field(min_length=1, max_length=100)
    scope: dict = Field(default_factory=dict)
    questions: list[ImportedQuestion] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _unique_ids(self):
        seen: set[str] = set()
        for i, q in enumerate(self.questions):
            if q.id in seen:
                raise ValueError(f"questions.{i}.id: 题目编号 '{q.id}' 重复")
            seen.add(q.id)
        return self


def unknown_citations(questions: list[ImportedQuestion], unit_exists) -> str | None:
    """The first citation that names no unit of the loaded index, as 'questions.N.citations: …'."""
    for i, q in enumerate(questions):
        for c in q.citations:
            if not unit_exists(c):
                return f"questions.{i}.citations: 出处 '{c}' 不是知识库中的条文或段落"
    return None
