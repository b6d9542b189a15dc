"""Documents and units (indexer.unitstore.UnitStore)."""
from __future__ import annotations

from .base import Out, Source


class Unit(Out):
    """One article, section or paragraph."""
    row: int
    id: str
    doc_id: str
    doc_title: str
    type: str
    status: str
    domains: list[str]
    kind: str
    ordinal: int
    article_no: int | None
    article_suffix: int
    label: str | None
    path: list[str]
    text: str
    line: int
    source: Source


class Reference(Out):
    """An article another article refers to."""
    unit_id: str | None
    label: str


class DocumentUnit(Unit):
    refers_to: list[Reference] | None = None     # articles only


class FrontMatter(Out):
    """The document's metadata as written in the corpus file; optional fields vary by type."""
    id: str
    type: str
    title: str
    status: str
    issuer: str | None = None
    doc_number: str | None = None
    promulgated: str | None = None
    effective: str | None = None
    domains: list[str] | None = None
    source: Source | None = None
    charges: list[str] | None = None
    articles: list | None = None
    names_masked: bool | None = None
    court: str | None = None
    history: list | None = None
    case_kind: str | None = None
    jianli_no: str | None = None
    charges_note: str | None = None
    linkage: list | None = None
    admin_provisions: list | None = None
    admin_basis: str | None = None
    domain_note: str | None = None
    release: str | None = None
    keywords: list[str] | None = None
    source_urls: list[str] | None = None
    transcription: bool | None = None


class Document(Out):
    id: str
    front_matter: FrontMatter
    file: str
    units: list[DocumentUnit]


class DocumentSummary(Out):
    id: str
    title: str
    type: str
    status: str
    effective: str | None
    unit_count: int


class DocumentList(Out):
    documents: list[DocumentSummary]
