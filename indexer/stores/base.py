"""The narrow store interfaces every backend implements (embedded, Elasticsearch).

Tokenization, embedding and fusion happen above these; a store only keeps what it is given and
answers ranked ids for a prepared query.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

import numpy as np

from common.errors import EngineUnavailable, IndexUnavailable  # noqa: F401  (re-exported)


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


OPEN_END = 99_999_999       # yyyymmdd after every date: the upper bound of an open-ended range


@dataclass(frozen=True)
class Filters:
    """The one filter representation every store reads: a unit passes when it holds one of the
    values of each field filtered and its effective date lies in effective_range()."""
    types: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    effective_from: int = 0        # yyyymmdd
    effective_to: int = 0

    def is_empty(self) -> bool:
        return not (self.types or self.doc_ids or self.domains or self.statuses
                    or self.effective_from or self.effective_to)

    def terms(self) -> list[tuple[str, tuple[str, ...]]]:
        """(store field, allowed values) for each field filtered; a unit's `domain` may hold several."""
        return [(name, values) for name, values in (("type", self.types), ("doc_id", self.doc_ids),
                                                    ("domain", self.domains), ("status", self.statuses)) if values]

    def effective_range(self) -> tuple[int, int] | None:
        """Inclusive yyyymmdd bounds, None when no date is filtered. A unit with no known date
        (0) never passes a date filter."""
        if not (self.effective_from or self.effective_to):
            return None
        return max(self.effective_from, 1), self.effective_to or OPEN_END


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

    def ping(self) -> None:
        """Raise EngineUnavailable when the store's server does not answer."""


class VectorIndex(Protocol):
    def search(self, vector: np.ndarray, k: int, filters: Filters = Filters()) -> list[tuple[int, float]]:
        """(row, cosine) best first, one per unit, only among units the filters allow."""
