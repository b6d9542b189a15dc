"""The errors shared by the search (indexer) and graph packages and mapped to HTTP by the API.

One module that imports nothing of ours, so graph and indexer both raise these without importing
each other (graph must not import indexer).
"""
from __future__ import annotations


class EngineUnavailable(RuntimeError):
    """A configured engine (Elasticsearch, Neo4j) cannot be reached; the message names it and its URL."""


class IndexUnavailable(Exception):
    """No usable index: never built, built with another embedding model, or not (yet) published to
    the configured engine."""


class UnknownFilterValue(ValueError):
    """A search filter names something the build does not hold (e.g. an unknown document)."""

    def __init__(self, field_name: str, message: str):
        self.field = field_name
        super().__init__(message)
