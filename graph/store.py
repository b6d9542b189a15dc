"""The embedded graph store: nodes and edges in SQLite beside the search index (same atomic
build), held in memory as adjacency lists for traversal. The Neo4j store implements the same
queries (see GraphStore)."""
from __future__ import annotations

import json
import sqlite3
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from .extract import Graph
from .links import offense_links
from .schema import Edge, Node

MAX_NEIGHBORHOOD_NODES = 300


class GraphStore(Protocol):
    """Everything callers use of a graph store. On a server each method is one round trip, so a
    request that loops over hits or candidates asks the *_many / nodes_by_id batch forms once."""

    edge_count: int             # edges in the graph (health, `graph check`)
    notes: list[str]            # what extraction could not resolve (empty on a server)

    def node(self, node_id: str) -> Node | None: ...
    def nodes_by_id(self, node_ids: Iterable[str]) -> dict[str, Node]:
        """The nodes that exist among these ids (absent ids are left out)."""
    def edges_from(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]: ...
    def edges_to(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]: ...
    def edges_from_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        """edges_from for each id (in build order), every id a key."""
    def edges_to_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        """edges_to for each id (in build order), every id a key."""
    def nodes_of_kind(self, kind: str) -> list[Node]: ...
    def path(self, start: str, goal: str, max_depth: int = 6) -> list[Edge] | None:
        """Shortest path ignoring direction, as the edges walked; KeyError for an unknown end."""
    def ping(self) -> None:
        """Raise EngineUnavailable when the store's server does not answer."""
    def offense_links(self, units: list[tuple[str, str, str]]) -> list[list[dict]]:
        """For each (unit id, doc id, doc type) of a result page, the offenses it is linked to
        (graph.links): what a page needs, in one question."""


def write_graph(path: Path, g: Graph) -> None:
    db = sqlite3.connect(str(path))
    db.executescript("""
        CREATE TABLE nodes (id TEXT PRIMARY KEY, kind TEXT, label TEXT, props TEXT);
        CREATE TABLE edges (src TEXT, dst TEXT, kind TEXT, source TEXT, method TEXT, props TEXT);
        CREATE TABLE notes (note TEXT);
    """)
    db.executemany("INSERT INTO nodes VALUES (?,?,?,?)",
                   [(n.id, n.kind, n.label, json.dumps(n.props, ensure_ascii=False)) for n in g.nodes.values()])
    db.executemany("INSERT INTO edges VALUES (?,?,?,?,?,?)",
                   [(e.src, e.dst, e.kind, e.source, e.method, json.dumps(e.props, ensure_ascii=False)) for e in g.edges])
    db.executemany("INSERT INTO notes VALUES (?)", [(n,) for n in g.notes])
    db.commit()
    db.close()


class EmbeddedGraphStore:
    def __init__(self, path: Path):
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.nodes: dict[str, Node] = {
            r[0]: Node(r[0], r[1], r[2], json.loads(r[3])) for r in db.execute("SELECT id, kind, label, props FROM nodes")}
        edges = [Edge(src, dst, kind, source, method, json.loads(props))
                 for src, dst, kind, source, method, props in db.execute("SELECT * FROM edges ORDER BY rowid")]
        notes = [r[0] for r in db.execute("SELECT note FROM notes")]
        db.close()
        self._index_edges(edges, notes)

    def _index_edges(self, edges: list[Edge], notes: list[str]) -> None:
        self.edges = edges              # in build order, as written
        self.out: dict[str, list[Edge]] = {}
        self.inc: dict[str, list[Edge]] = {}
        for e in edges:
            self.out.setdefault(e.src, []).append(e)
            self.inc.setdefault(e.dst, []).append(e)
        self.edge_count = len(edges)
        self.notes = list(notes)

    @classmethod
    def from_graph(cls, g: Graph) -> "EmbeddedGraphStore":
        store = cls.__new__(cls)
        store.nodes = dict(g.nodes)
        store._index_edges(list(g.edges), g.notes)
        return store

    def to_graph(self) -> Graph:
        """The graph as built (edges in build order), e.g. to publish it to Neo4j."""
        return Graph(nodes=dict(self.nodes), edges=list(self.edges), notes=list(self.notes))

    # --- the GraphStore protocol -------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        return self.nodes.get(node_id)

    def edges_from(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        return [e for e in self.out.get(node_id, ()) if not kinds or e.kind in kinds]

    def edges_to(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        return [e for e in self.inc.get(node_id, ()) if not kinds or e.kind in kinds]

    def nodes_by_id(self, node_ids: Iterable[str]) -> dict[str, Node]:
        return {i: self.nodes[i] for i in node_ids if i in self.nodes}

    def edges_from_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        return {i: self.edges_from(i, kinds) for i in node_ids}

    def edges_to_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        return {i: self.edges_to(i, kinds) for i in node_ids}

    def ping(self) -> None:
        """In memory: always there."""

    def offense_links(self, units: list[tuple[str, str, str]]) -> list[list[dict]]:
        return offense_links(self, units)

    def nodes_of_kind(self, kind: str) -> list[Node]:
        cache = self.__dict__.setdefault("_by_kind", {})
        if kind not in cache:
            cache[kind] = [n for n in self.nodes.values() if n.kind == kind]
        return cache[kind]

    # --- traversal ---------------------------------------------------------------------
    def path(self, start: str, goal: str, max_depth: int = 6) -> list[Edge] | None:
        """Shortest path ignoring edge direction, as the edges walked; None when there is none."""
        for n in (start, goal):
            if n not in self.nodes:
                raise KeyError(n)
        prev: dict[str, tuple[str, Edge] | None] = {start: None}
        queue = deque([(start, 0)])
        while queue:
            current, d = queue.popleft()
            if current == goal:
                break
            if d >= max_depth:
                continue
            for e in self.out.get(current, []) + self.inc.get(current, []):
                other = e.dst if e.src == current else e.src
                if other not in prev:
                    prev[other] = (current, e)
                    queue.append((other, d + 1))
        if goal not in prev:
            return None
        walk = []
        node = goal
        while prev[node] is not None:
            node, edge = prev[node]
            walk.append(edge)
        return list(reversed(walk))


def _node_dict(n: Node) -> dict:
    return {"id": n.id, "kind": n.kind, "label": n.label, **({"props": n.props} if n.props else {})}


node_dict = _node_dict
