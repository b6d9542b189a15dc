"""Reading the knowledge base as pages: search answers, documents with their cross-references, the
罪名页 with article texts, graph neighborhoods and paths, suggestions and filter menus."""
from __future__ import annotations

from graph.queries import neighborhood, offense_view, search_offenses
from graph.schema import offense_id
from graph.store import node_dict
from indexer.case_kinds import case_kinds_present
from indexer.search import SearchRequest, SearchService

from ..amended import amendment_note
from ..consult import predicted_panel
from ..models.base import typed
from ..models.documents import Document, DocumentList, Unit
from ..models.graph import GraphPath, Neighborhood
from ..models.meta import Facets, Suggest
from ..models.offenses import OffenseList, OffenseView
from ..models.search import SearchResponse


class KnowledgeService:
    def __init__(self, search: SearchService):
        self.search_service = search

    def search(self, req: SearchRequest) -> SearchResponse:
        """The hits; for a query long enough to describe conduct, also what the charge predictor
        reads in it (the "可能涉嫌罪名 / 可能适用条文" panel), as consultation shows it."""
        answer = self.search_service.search(req)
        ranking = self.search_service.ranking
        if len(req.q) >= ranking.lengths.fact_query_chars:
            predicted = predicted_panel(self.search_service.graph, req.q, ranking)
            if predicted["charges"] or predicted["articles"]:
                answer["predicted"] = predicted
        return typed(SearchResponse, answer)

    def documents(self) -> DocumentList:
        return typed(DocumentList, {"documents": self.search_service.units.documents()})

    def document(self, doc_id: str) -> Document | None:
        """The document with its units; each article lists the articles it refers to."""
        doc = self.search_service.units.document(doc_id)
        if doc is None:
            return None
        graph = self.search_service.graph
        for u in doc["units"]:
            if u["kind"] == "article":
                u["refers_to"] = [{"unit_id": graph.node(e.dst).props.get("unit_id"), "label": graph.node(e.dst).label}
                                  for e in graph.edges_from(f"article:{u['id']}", ("REFERS_TO",)) if graph.node(e.dst)]
        return typed(Document, doc)

    def unit(self, unit_id: str) -> Unit | None:
        u = self.search_service.units.unit(unit_id)
        return None if u is None else typed(Unit, u)

    def offenses(self, q: str, limit: int) -> OffenseList:
        return typed(OffenseList, {"query": q, "offenses": search_offenses(self.search_service.graph, q, limit)})

    def offense(self, offense: str) -> OffenseView | None:
        """The 罪名页 by name or node id, each article with its wording."""
        node = offense if offense.startswith("offense:") else offense_id(offense)
        view = offense_view(self.search_service.graph, node)
        if view is None:
            return None
        units = self.search_service.units
        for art in view["articles"]:
            unit = units.unit(art["unit_id"]) if art["unit_id"] else None
            art["text"] = unit["text"] if unit else None
        view["amendment_note"] = amendment_note(view["name"], view["standards"])
        return typed(OffenseView, view)

    def neighborhood(self, node: str, depth: int, kinds: tuple[str, ...], limit: int) -> Neighborhood:
        """KeyError when the node does not exist."""
        return typed(Neighborhood, neighborhood(self.search_service.graph, node, depth, kinds, limit))

    def path(self, start: str, goal: str, max_depth: int) -> GraphPath:
        """The shortest path (found false when none within max_depth); KeyError names a missing node."""
        graph = self.search_service.graph
        edges = graph.path(start, goal, max_depth)
        if edges is None:
            return typed(GraphPath, {"from": start, "to": goal, "found": False, "nodes": [], "edges": []})
        ordered = [start]
        for e in edges:
            ordered.append(e.dst if e.src == ordered[-1] else e.src)
        return typed(GraphPath, {"from": start, "to": goal, "found": True,
                                 "nodes": [node_dict(graph.node(n)) for n in ordered], "edges": [e.to_dict() for e in edges]})

    def suggest(self, q: str, limit: int) -> Suggest:
        """Offenses, then document titles (not cases) containing the input."""
        offenses = [{"kind": "offense", "text": o["name"]} for o in search_offenses(self.search_service.graph, q, limit)]
        docs = [{"kind": "document", "text": d["title"], "id": d["id"]} for d in self.search_service.units.documents()
                if q in d["title"] and d["type"] != "case"][:limit]
        return typed(Suggest, {"query": q, "suggestions": (offenses + docs)[:limit]})

    def facets(self) -> Facets:
        units = self.search_service.units
        return typed(Facets, {"type": units.values("type"), "domain": units.values("domains"),
                              "status": units.values("status"), "case_kind": case_kinds_present(units)})
