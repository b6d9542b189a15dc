"""The narrow store interfaces every backend implements (embedded, Elasticsearch).

Tokenization, embedding and fusion happen above these; a store only keeps what it is given and
answers ranked ids for a prepared query.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

import numpy as np


class EngineUnavailable(RuntimeError):
    """A configured engine (Elasticsearch, Neo4j) cannot be reached; the message names it and its URL."""


class IndexUnavailable(Exception):
    """No usable index: never built, built with another embedding model, or not (yet) published to
    the configured engine."""


@dataclass(frozen=True)
class IndexedUnit:
    """What a search store keeps of one unit: its tokens and the fields filters use."""
    row: int
    unit_id: str
    doc_id: str
    type: str
    status: str
    domains: tuple[str, ...]
    effective: int          # yyyymmdd, 0 when unknown
    words: list[str]
    title_words: list[str]
    ngrams: list[str]


@dataclass(frozen=True)
class Filters:
    types: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    effective_from: int = 0        # yyyymmdd
    effective_to: int = 0

    def is_empty(self) -> bool:
        return not (self.types or self.doc_ids or self.domains or self.statuses
                    or self.effective_from or self.effective_to)


@dataclass
class KeywordQuery:
    """Distinct terms per field, already chosen above the stores (indexer.query_terms), so every
    backend searches a long query with the same terms; stores send them as they are."""
    words: Sequence[str]
    title_words: Sequence[str]
    ngrams: Sequence[str]
    filters: Filters = field(default_factory=Filters)


class KeywordIndex(Protocol):
    def search(self, query: KeywordQuery, k: int) -> list[tuple[int, float]]:
        """(row, bm25 score) best first."""

    def doc_freqs(self, field: str, terms: Sequence[str]) -> dict[str, int]:
        """How many units hold each term in `field` (0 or absent: none)."""


class VectorIndex(Protocol):
    uses_row_mask: bool     # True: filters arrive as a row mask (embedded); False: as Filters (engines)

    def search(self, vector: np.ndarray, k: int, allowed_rows: np.ndarray | None = None,
               filters: Filters | None = None) -> list[tuple[int, float]]:
        """(row, cosine) best first, one per unit, only among units the filters allow."""
