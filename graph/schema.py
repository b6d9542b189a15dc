"""Node and edge kinds of the offense – standard – precedent graph; provenance on every edge."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NODE_KINDS = ("Offense", "Article", "Document", "Standard", "Case", "Violation", "Domain", "Agency")
EDGE_KINDS = (
    "DEFINED_BY",        # Offense → Article (刑法), from the 罪名 determinations
    "HAS_STANDARD",      # Offense → Standard
    "SOURCE",            # Standard → Article it is quoted from
    "PENALIZED_BY",      # Violation → Article (administrative penalty provision)
    "ESCALATES_TO",      # Violation → Offense (forward linkage, above the threshold)
    "FALLBACK_PENALTY",  # Offense → Violation (reverse linkage, when no criminal punishment)
    "CHARGED_WITH",      # Case → Offense
    "CITES",             # Case → Article
    "SIMILAR_TO",        # Case → Case
    "IN_DOMAIN",         # any → Domain
    "REFERS_TO",         # Article → Article (cross-reference)
    "PART_OF",           # Article → Document
    "COMPETENT",         # Violation → Agency
    "ISSUED_BY",         # Case (典型案例 / 指导性案例) → Agency that published it
)
METHODS = ("parsed", "curated", "dataset", "derived")


@dataclass(frozen=True)
class Node:
    id: str
    kind: str
    label: str
    props: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    kind: str
    source: str          # the unit, document or dataset row the edge was derived from
    method: str          # parsed | curated | dataset
    props: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"src": self.src, "dst": self.dst, "kind": self.kind,
                "provenance": {"source": self.source, "method": self.method}, **({"props": self.props} if self.props else {})}


def offense_id(name: str) -> str:
    return f"offense:{name}"


def article_id(unit_id: str) -> str:
    return f"article:{unit_id}"


def document_id(doc_id: str) -> str:
    return f"doc:{doc_id}"


def case_id(doc_id: str) -> str:
    return f"case:{doc_id}"


def domain_id(name: str) -> str:
    return f"domain:{name}"


def violation_id(vid: str) -> str:
    return f"violation:{vid}"


def agency_id(name: str) -> str:
    return f"agency:{name}"
