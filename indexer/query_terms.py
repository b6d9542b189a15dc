"""Which terms a keyword search sends: all of a short query's, the rarest of a long one's.

Chosen here, above the stores, from the store's own document frequencies, so the embedded index
and Elasticsearch search a pasted judgment with the same terms (and rank it alike). The common
terms of a long query add little to BM25 (被告人 is in 32,588 of the full base's 44,915 units)
yet have the longest posting lists; terms no unit holds are dropped before any common one.
"""
from __future__ import annotations

from collections.abc import Sequence

from .stores.base import Filters, KeywordIndex, KeywordQuery

# Per field. Full case base, 50 pasted facts (similar cases p50/p95 ms) and 100 eval_cases
# queries (nDCG@10 text/combined): 256 → 214/281, 0.700/0.777; 128 → 177/233, 0.697/0.774;
# 64 → 151/196, 0.667/0.765 (quality lost, so not 64).
MAX_QUERY_TERMS = 128


def rarest_terms(index: KeywordIndex, field: str, terms: Sequence[str]) -> list[str]:
    unique = list(dict.fromkeys(t for t in terms if t and not t.isspace()))
    if len(unique) <= MAX_QUERY_TERMS:
        return unique
    frequency = index.doc_freqs(field, unique)
    return sorted((t for t in unique if frequency.get(t)), key=frequency.__getitem__)[:MAX_QUERY_TERMS]


def build_keyword_query(index: KeywordIndex, words: Sequence[str], ngrams: Sequence[str],
                        filters: Filters) -> KeywordQuery:
    return KeywordQuery(rarest_terms(index, "words", words), rarest_terms(index, "title_words", words),
                        rarest_terms(index, "ngrams", ngrams), filters)
