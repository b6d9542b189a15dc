"""Two-way consultation as a service: a ConsultBody in, a ConsultAnswer out (api.consult does the work)."""
from __future__ import annotations

import time

from indexer.search import SearchService

from ..consult import consult
from ..models.base import typed
from ..models.consult import ConsultAnswer, ConsultBody


class ConsultationService:
    def __init__(self, search: SearchService):
        self.search = search

    def answer(self, req: ConsultBody) -> ConsultAnswer:
        started = time.perf_counter()
        answer = consult(self.search, req.text, req.direction)
        return typed(ConsultAnswer, {"query": req.text, "took_ms": round((time.perf_counter() - started) * 1000, 2),
                                     **answer})
