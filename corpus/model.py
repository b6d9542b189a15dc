"""The one schema for documents and their units, used by every layer.

A Document is one Markdown file with YAML front matter; a Unit is the smallest piece we search
and cite: one statute article, one case section, one guidance paragraph.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

DOC_TYPES = ("statute", "interpretation", "standard", "guidance", "case")
STATUSES = ("现行有效", "已修改", "已废止")
TYPE_LABELS = {"statute": "法律法规", "interpretation": "司法解释", "standard": "立案追诉标准",
               "guidance": "指导文件", "case": "案例"}

# An article whose wording is not verified ends with "〔待核：…〕" (立案追诉标准 compiled from quotations):
# it stays in the text, so it is shown and searched; thresholds read from it carry the note.
REVIEW_MARK_RE = re.compile(r"〔待核[：:]([^〕]*)〕|^（待核[：:](.*)）\s*$", re.MULTILINE)


def review_note(text: str) -> str | None:
    """The 待核 notes of a unit's text joined, or None when the text is verified."""
    notes = [(m.group(1) or m.group(2)).strip() for m in REVIEW_MARK_RE.finditer(text)]
    return "；".join(notes) if notes else None


def strip_review_notes(text: str) -> str:
    return REVIEW_MARK_RE.sub("", text)


REQUIRED_FIELDS = ("id", "type", "title", "issuer", "promulgated", "effective", "status",
                   "domains", "source")
CASE_OPTIONAL_FIELDS = ("promulgated", "effective")   # a case often has no known judgment date
# official cases (典型案例 / 指导性案例 / 参考案例, corpus.typical): their kind, 检例号, how they were
# published, the linkage direction and administrative rules they show, and the transcription flag
TYPICAL_FIELDS = ("case_kind", "jianli_no", "charges_note", "linkage", "admin_provisions", "admin_basis",
                  "domain_note", "release", "keywords", "source_urls", "transcription")
OPTIONAL_FIELDS = ("doc_number", "history", "aliases", "charges", "articles", "court",
                   "case_number", "names_masked", "abolished") + TYPICAL_FIELDS
SOURCE_FIELDS_REQUIRED = ("dataset", "path", "version_date")
SOURCE_FIELDS_OPTIONAL = ("license", "url", "note", "row", "revised")   # revised: the law changed after this copy


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


TYPICAL_FIELD_CHECKS = {
    "case_kind": (lambda v: v in ("typical", "guiding", "reference"), "must be typical, guiding or reference"),
    "jianli_no": (lambda v: isinstance(v, str) and re.fullmatch(r"检例第\d+号", v) is not None, "must read 检例第N号"),
    "linkage": (lambda v: _text_list(v) and set(v) <= {"forward", "reverse"}, "must be a list of forward / reverse"),
    "transcription": (lambda v: isinstance(v, bool), "must be true or false"),
    **{k: (_text_list, "must be a list of text") for k in ("admin_provisions", "keywords", "source_urls")},
    **{k: (lambda v: isinstance(v, str) and bool(v.strip()), "must be text")
       for k in ("charges_note", "admin_basis", "domain_note", "release")},
}


def field_problem(key: str, value: Any) -> str | None:
    """Why an official-case field's value is invalid, or None (other fields are checked elsewhere)."""
    check = TYPICAL_FIELD_CHECKS.get(key)
    if check is None or check[0](value):
        return None
    return f"field '{key}' {check[1]}"


@dataclass(frozen=True)
class Source:
    """Where a document came from: the dataset, the path inside it, and the version date."""
    dataset: str
    path: str
    version_date: str
    license: str | None = None
    url: str | None = None
    note: str | None = None
    row: str | None = None
    revised: str | None = None      # the law was revised after this copy: when, and what the reader must check

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Unit:
    """One searchable, citable piece of a document."""
    id: str
    doc_id: str
    kind: str                      # article | section | paragraph | preamble
    ordinal: int                   # position in the document, for reading order
    text: str
    line: int                      # 1-based line in the source file
    path: list[str] = field(default_factory=list)   # 编/章/节 headings above it
    article_no: int | None = None
    article_suffix: int = 0        # 之一 → 1
    label: str | None = None       # 第一百三十四条之一, or a section heading

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document:
    """A parsed corpus document: validated front matter plus its units."""
    id: str
    type: str
    title: str
    issuer: str
    promulgated: str | None
    effective: str | None
    status: str
    domains: list[str]
    source: Source
    file: str
    doc_number: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)   # the optional fields that are present
    units: list[Unit] = field(default_factory=list)

    def front_matter(self) -> dict[str, Any]:
        data = {"id": self.id, "type": self.type, "title": self.title, "issuer": self.issuer,
                "doc_number": self.doc_number, "promulgated": self.promulgated,
                "effective": self.effective, "status": self.status, "domains": self.domains,
                "source": self.source.to_dict()}
        data.update(self.meta)
        return data


def iso_date(value: Any) -> str:
    """ISO date string from a YAML date or a string; ValueError if it is not a real date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()).isoformat()
    raise ValueError(f"not a date: {value!r}")
