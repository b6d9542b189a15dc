"""The search filter on a case's kind (典型案例 / 指导性案例 / 参考案例 / 裁判文书).

The kind is a front matter field of `type: case` documents, not a store field, so the filter is
turned into the document-id filter every store already has: no re-index, same on every backend.
"""
from __future__ import annotations

import json
from functools import lru_cache

from corpus.typical import KIND_LABELS, case_kind

CASE_KINDS = tuple(KIND_LABELS)          # typical, guiding, reference, judgment
NO_DOCUMENT = "\u2063none"               # a doc id no document has: the filter matched nothing


@lru_cache(maxsize=4)
def _kind_by_doc(units) -> dict[str, str]:
    """doc id → case kind for every case of one build (read once per loaded build)."""
    rows = units.db.execute("SELECT id, front_matter FROM documents WHERE type = 'case'")
    return {doc_id: case_kind(json.loads(fm)) for doc_id, fm in rows}


def doc_ids_of_kinds(units, kinds: tuple[str, ...], within: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Ids of the cases of these kinds (among `within` when given); never empty, so that a filter
    no case matches finds nothing instead of everything."""
    ids = tuple(d for d, k in _kind_by_doc(units).items() if k in kinds and (not within or d in within))
    return ids or (NO_DOCUMENT,)


def kind_of(units, doc_id: str) -> str | None:
    """The kind of a case (None for any other document), to label a search hit."""
    return _kind_by_doc(units).get(doc_id)


def case_kinds_present(units) -> dict[str, str]:
    """kind → label for the kinds this build holds, in CASE_KINDS order (the filter menu)."""
    present = set(_kind_by_doc(units).values())
    return {k: KIND_LABELS[k] for k in CASE_KINDS if k in present}
