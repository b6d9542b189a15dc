"""Similar cases and the two-case comparison as a service (api.cases does the work)."""
from __future__ import annotations

import time

from graph.queries import case_links
from indexer.search import SearchService

from ..cases import case_facts, compare_cases, similar_cases
from ..models.base import typed
from ..models.cases import CaseSimilarResponse, Comparison, SimilarBody, SimilarResponse


class CaseService:
    def __init__(self, search: SearchService):
        self.search = search

    def similar(self, req: SimilarBody) -> SimilarResponse:
        """Cases similar to the facts given, with the reasons."""
        started = time.perf_counter()
        cases = similar_cases(self.search, req.facts, req.k, req.filters.offense, req.filters.domain)
        return typed(SimilarResponse, {"took_ms": round((time.perf_counter() - started) * 1000, 2), "cases": cases})

    def similar_to(self, case_id: str, k: int) -> CaseSimilarResponse | None:
        """Cases similar to a stored case's facts (itself left out); None if it is not a case."""
        facts = case_facts(self.search, case_id)
        if facts is None:
            return None
        judged = frozenset(case_links(self.search.graph, [case_id])[case_id]["charges"])
        cases = similar_cases(self.search, facts, k, exclude=frozenset({case_id}), known_offenses=judged)
        return typed(CaseSimilarResponse, {"case": case_id, "cases": cases})

    def compare(self, a: str, b: str) -> Comparison | None:
        result = compare_cases(self.search, a, b)
        return None if result is None else typed(Comparison, result)
