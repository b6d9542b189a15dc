"""正向衔接事项清单 as JSON (api.linkage_list)."""
from __future__ import annotations

from typing import Any

from .base import Out


class Cited(Out):
    """An article in standard citation form (《刑法》第一百三十四条之一)."""
    unit_id: str | None
    citation: str
    doc_id: str | None = None


class ListedStandard(Cited):
    term: str
    review: str | None
    quote: str


class RowProvenance(Out):
    method: str
    status: str
    source: str
    basis: list[Cited]
    evidence: Any = None
    score: float | None = None
    label: str | None = None        # 自动推导（得分 0.xx，依据…） for a derived row


class LinkageRow(Out):
    domain: str | None
    violation: str
    violation_id: str
    penalty_provisions: list[Cited]
    offense: str
    criminal_articles: list[Cited]
    standards: list[ListedStandard]
    standards_note: str | None = None   # where no standard is listed: what the 刑法 clause sets (graph/statutory_threshold.py)
    agencies: list[str]
    note: str | None
    provenance: RowProvenance
    no: int


class DomainCount(Out):
    name: str
    count: int


class LinkageList(Out):
    title: str
    domain: str | None
    columns: list[str]
    count: int
    domains: list[DomainCount]
    rows: list[LinkageRow]
