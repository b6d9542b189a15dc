"""Embedded BM25 keyword index on tantivy.

Our tokenizer's output is joined with spaces and indexed with tantivy's built-in `whitespace`
tokenizer, so nothing custom has to be registered when the index is reopened.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import tantivy

from .base import Filters, IndexedUnit, KeywordQuery

WORD_WEIGHT = 1.0
NGRAM_WEIGHT = 0.3
TITLE_WEIGHT = 0.5


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_integer_field("row", stored=True, indexed=False, fast=True)
    for name in ("words", "ngrams", "title_words"):
        b.add_text_field(name, stored=False, tokenizer_name="whitespace", index_option="freq")
    for name in ("doc_id", "type", "status", "domain"):
        b.add_text_field(name, stored=False, tokenizer_name="raw", index_option="basic")
    b.add_integer_field("effective", stored=False, indexed=True, fast=True)
    return b.build()


def write_index(path: Path, units: list[IndexedUnit], progress=None) -> None:
    path.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(_schema(), path=str(path))
    writer = index.writer(heap_size=128_000_000, num_threads=1)
    for unit in units:
        doc = tantivy.Document()
        doc.add_integer("row", unit.row)
        doc.add_text("words", " ".join(unit.words))
        doc.add_text("ngrams", " ".join(unit.ngrams))
        doc.add_text("title_words", " ".join(unit.title_words))
        doc.add_text("doc_id", unit.doc_id)
        doc.add_text("type", unit.type)
        doc.add_text("status", unit.status)
        for domain in unit.domains:
            doc.add_text("domain", domain)
        doc.add_integer("effective", unit.effective)
        writer.add_document(doc)
        if progress:
            progress(1)
    writer.commit()
    writer.wait_merging_threads()


class TantivyKeywordIndex:
    """Reads an index written by `write_index`."""

    def __init__(self, path: Path):
        self.index = tantivy.Index.open(str(path))
        self.schema = self.index.schema
        self.index.reload()
        # an opened build never changes, so a term's document frequency is read from the index
        # once: a pasted facts section asks for ~1,000 of them per search (~5 ms), mostly the same
        # common words from one request (and search) to the next
        self._doc_freq = lru_cache(maxsize=100_000)(self.index.searcher().doc_freq)

    def doc_freqs(self, field: str, terms) -> dict[str, int]:
        return {t: self._doc_freq(field, t) for t in terms}

    def ping(self) -> None:
        """On disk beside the build: always there."""

    def _terms(self, field: str, terms, weight: float):
        if not terms:
            return None
        q = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, field, t)) for t in terms])
        return tantivy.Query.boost_query(q, weight)

    def _one_of(self, field: str, values: tuple[str, ...]):
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, field, v)) for v in values])

    def _filter_clauses(self, f: Filters):
        clauses = [(tantivy.Occur.Must, self._one_of(field, values)) for field, values in f.terms()]
        dates = f.effective_range()
        if dates:
            clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(
                self.schema, "effective", tantivy.FieldType.Integer, *dates)))
        return clauses

    def search(self, query: KeywordQuery, k: int) -> list[tuple[int, float]]:
        should = [q for q in (self._terms("words", query.words, WORD_WEIGHT),
                              self._terms("title_words", query.title_words, TITLE_WEIGHT),
                              self._terms("ngrams", query.ngrams, NGRAM_WEIGHT)) if q is not None]
        if not should:
            return []
        text_query = tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in should])
        clauses = [(tantivy.Occur.Must, text_query), *self._filter_clauses(query.filters)]
        final = tantivy.Query.boolean_query(clauses)
        searcher = self.index.searcher()
        result = searcher.search(final, k)
        return [(searcher.doc(addr)["row"][0], float(score)) for score, addr in result.hits]
