"""A page's graph reads in batches: a read-through view over any GraphStore."""
from __future__ import annotations

from collections.abc import Iterable

from .schema import Edge, Node
from .store import GraphStore


class PageReads:
    """A read-through view of a store for one page. The page's code reads one node or edge list at
    a time; fetch_* first reads what it will ask for in batches (one round trip each on a
    server), and single reads are then answered here. Reads it did not foresee go to the store."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._nodes: dict[str, Node | None] = {}
        self._edges: dict[str, dict[str, list[Edge]]] = {"out": {}, "in": {}}

    def fetch_nodes(self, node_ids: Iterable[str]) -> None:
        missing = [i for i in dict.fromkeys(node_ids) if i not in self._nodes]
        if missing:
            found = self.store.nodes_by_id(missing)
            self._nodes.update((i, found.get(i)) for i in missing)

    def fetch_edges(self, direction: str, node_ids: Iterable[str]) -> None:
        """Every edge (all kinds) out of ("out") or into ("in") these nodes."""
        known = self._edges[direction]
        missing = [i for i in dict.fromkeys(node_ids) if i not in known]
        if missing:
            read = self.store.edges_from_many if direction == "out" else self.store.edges_to_many
            known.update(read(missing))

    def has_edges(self, node_id: str) -> bool:
        return node_id in self._edges["out"] and node_id in self._edges["in"]

    def _kinds(self, direction: str, node_id: str, kinds: tuple[str, ...]) -> list[Edge]:
        self.fetch_edges(direction, [node_id])
        return [e for e in self._edges[direction][node_id] if not kinds or e.kind in kinds]

    # --- the GraphStore protocol, answered from what was fetched ------------------------
    def node(self, node_id: str) -> Node | None:
        self.fetch_nodes([node_id])
        return self._nodes[node_id]

    def nodes_by_id(self, node_ids: Iterable[str]) -> dict[str, Node]:
        ids = list(node_ids)
        self.fetch_nodes(ids)
        return {i: self._nodes[i] for i in ids if self._nodes[i] is not None}

    def edges_from(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        return self._kinds("out", node_id, kinds)

    def edges_to(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        return self._kinds("in", node_id, kinds)

    def edges_from_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        ids = list(node_ids)
        self.fetch_edges("out", ids)
        return {i: self._kinds("out", i, kinds) for i in ids}

    def edges_to_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        ids = list(node_ids)
        self.fetch_edges("in", ids)
        return {i: self._kinds("in", i, kinds) for i in ids}

    def nodes_of_kind(self, kind: str) -> list[Node]:
        return self.store.nodes_of_kind(kind)

    def path(self, start: str, goal: str, max_depth: int = 6) -> list[Edge] | None:
        return self.store.path(start, goal, max_depth)

    def ping(self) -> None:
        self.store.ping()

    def offense_links(self, units: list[tuple[str, str, str]]) -> list[list[dict]]:
        return self.store.offense_links(units)

    @property
    def edge_count(self) -> int:
        return self.store.edge_count

    @property
    def notes(self) -> list[str]:
        return self.store.notes
