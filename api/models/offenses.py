"""Offenses: the lookup list and the 罪名页 (graph.queries.offense_view), and the threshold clauses
both the page and the consultation show."""
from __future__ import annotations

from typing import Any

from .base import Out


class OffenseMatch(Out):
    id: str
    name: str
    aliases: list[str]
    score: float


class OffenseList(Out):
    query: str
    offenses: list[OffenseMatch]


class ArticleRef(Out):
    node: str
    unit_id: str | None
    label: str


class EdgeProvenance(Out):
    source: str
    method: str


class ArticleProvenance(EdgeProvenance):
    source_title: str


class OffenseArticle(ArticleRef):
    clauses: list[Any]
    provenance: ArticleProvenance
    text: str | None = None        # the article's wording, added by the 罪名页 route


class ThresholdCondition(Out):
    """A numeric condition of a clause (graph.standards.Condition)."""
    metric: str
    op: str
    value: float
    unit: str
    text: str
    upper: float | None = None
    within_years: float | None = None
    basis: str | None = None
    not_for: list[str] | None = None


class Requirement(Out):
    """A qualitative condition: one of the options must be stated in the facts."""
    text: str
    options: list[str]
    question: str
    act: bool = False       # the offense's own act: met where the facts state it in their own words (not only by an option)
    denied_by: list[list[str]] = []     # names whose denial denies it, one list per part (不是入户)
    ruled_out_by: list[str] = []        # patterns of facts that exclude it (有驾驶证)
    voided_by: list[str] = []           # findings that exclude it even where its words are stated (未危害公共安全)


class Alternative(Out):
    label: str
    text: str
    subject: str | None
    conditions: list[ThresholdCondition]
    requirements: list[Requirement]
    catch_all: bool


class StandardSource(Out):
    unit_id: str
    doc_id: str
    doc_title: str
    label: str
    effective: str | None


class AppliedBy(Out):
    """The article that applies another offense's clause to this one (依照本解释第十四条的定罪量刑标准)."""
    unit_id: str
    label: str
    quote: str


class StandardScope(Out):
    """The one kind of object a clause holds for (graph/scopes.py: 非法经营烟草专卖品); stated is the
    word of the facts that names it, None where they name none (then the clause does not apply),
    absent on an offense page."""
    unit: str
    quote: str
    kind: str
    words: list[str]
    unless: list[str]               # words that put the facts under a rule the corpus lacks (信用卡)
    unless_note: str | None
    by_default: bool = False        # the usual case: holds where the facts name none of its words (在内陆水域)
    stated: str | None = None       # on these facts: the word that names the object
    unless_stated: str | None = None


class StandardView(Out):
    """A threshold clause (立案追诉标准 / 数额标准) with its tier and whether it governs."""
    id: str
    term: str
    subject: str
    alternatives: list[Alternative]
    tier: str
    review: str | None
    specific: bool
    scope: StandardScope | None = None
    governing: bool
    superseded_by: str | None
    source: StandardSource
    quote: str
    applied_by: AppliedBy | None = None


class LinkStatus(Out):
    """Whether a linkage was reviewed (corpus/data/linkage.yaml) or derived from the administrative
    law's own clauses (graph.linkage_derive), with the derived link's score and evidence."""
    status: str                 # reviewed | derived
    label: str                  # 已审核 / 自动推导（得分 0.xx，依据…）
    score: float | None = None
    evidence: dict[str, Any] | None = None


class ViolationView(Out):
    """An administrative violation on the other side of the line, with its penalty articles."""
    id: str
    name: str
    penalty_articles: list[ArticleRef]
    agencies: list[str]
    basis: list[ArticleRef]
    note: str | None
    provenance: EdgeProvenance
    link: LinkStatus


class Significance(Out):
    label: str | None
    unit_id: str | None
    excerpt: str


class TypicalCaseRef(Out):
    """A typical / guiding case as listed under an offense (相关典型案例)."""
    id: str | None
    node: str
    title: str
    case_kind: str
    kind_label: str
    jianli_no: str | None
    issuer: str | None
    released: str | None
    linkage: list[Any]
    transcription: bool
    significance: Significance
    facts_unit: str | None


class CaseRef(Out):
    id: str
    doc_id: str | None
    title: str
    charges: list[str]
    case_kind: str


class OffenseCases(Out):
    count: int
    top: list[CaseRef]


class StatutoryThreshold(Out):
    """What the offense's own 刑法 clause sets (graph/statutory_threshold.py): kind none, no condition beyond
    the 罪状 quoted; danger, the concrete danger it names (危害公共安全); uncollected, none in the 刑法 but one
    drawn by a text or practice the corpus lacks (set_by, and the question that decides it)."""
    kind: str
    unit: str
    article: str
    quote: str
    danger: list[str] = []
    on_complaint: str | None = None       # 第一款罪，告诉的才处理: a private prosecution
    set_by: str | None = None
    question: str | None = None


class OffenseView(Out):
    """Everything the 罪名页 shows."""
    id: str
    name: str
    aliases: list[str]
    articles: list[OffenseArticle]
    standards: list[StandardView]
    statutory_threshold: StatutoryThreshold | None = None
    standards_note: str | None
    amendment_note: str | None = None     # the article's threshold was rewritten after these clauses (api/amended.py)
    forward_violations: list[ViolationView]
    reverse_violations: list[ViolationView]
    typical_cases: list[TypicalCaseRef]
    cases: OffenseCases
    domains: list[str]
