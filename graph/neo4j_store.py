"""The graph on Neo4j 5 (official `neo4j` driver): the same GraphStore questions as the embedded
store, so graph queries, the offense page and consultation work unchanged on a cluster.

Nodes are `(:XNode {id, kind, label, props})` under a uniqueness constraint on id; edges are
`[:X_EDGE {kind, source, method, props}]`. Loading is `UNWIND $rows MERGE` in batches. User text
only ever reaches Cypher as a parameter.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from indexer.stores.base import EngineUnavailable

from .extract import Graph
from .schema import Edge, Node

BATCH = 2000


class Neo4jGraphStore:
    def __init__(self, url: str, user: str | None = None, password: str | None = None, database: str = "neo4j",
                 timeout_s: float = 5.0):
        from neo4j import GraphDatabase
        from neo4j.exceptions import ServiceUnavailable
        self.url = url
        self.database = database
        auth = (user, password) if password else None
        self.driver = GraphDatabase.driver(url, auth=auth, connection_timeout=timeout_s, max_transaction_retry_time=timeout_s)
        try:
            self.driver.verify_connectivity()
        except (ServiceUnavailable, OSError) as exc:
            raise EngineUnavailable(f"Neo4j at {url} is not reachable: {exc}") from None
        self.edge_count = self._scalar("MATCH ()-[r:X_EDGE]->() RETURN count(r)")
        self.notes: list[str] = []

    def close(self) -> None:
        self.driver.close()

    def _run(self, query: str, **params) -> list:
        from neo4j.exceptions import ServiceUnavailable, SessionExpired
        try:
            records, _, _ = self.driver.execute_query(query, parameters_=params, database_=self.database)
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            # the driver reconnects on its own once the server is back; until then, say which engine
            raise EngineUnavailable(f"Neo4j at {self.url} is not reachable: {exc}") from None
        return records

    def ping(self) -> None:
        self._run("RETURN 1")

    def _scalar(self, query: str, **params):
        rows = self._run(query, **params)
        return rows[0][0] if rows else None

    # -- loading ------------------------------------------------------------------------------
    def replace_all(self, g: Graph, progress=None) -> None:
        """Load a graph into an emptied database, in batches, under the id constraint."""
        self._run("CREATE CONSTRAINT xnode_id IF NOT EXISTS FOR (n:XNode) REQUIRE n.id IS UNIQUE")
        self._run("CREATE INDEX xnode_kind IF NOT EXISTS FOR (n:XNode) ON (n.kind)")
        while self._scalar("MATCH (n:XNode) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*)"):
            pass
        for batch in _batches(g.nodes.values()):
            self._run("UNWIND $rows AS row MERGE (n:XNode {id: row.id}) SET n.kind = row.kind, n.label = row.label, "
                      "n.props = row.props",
                      rows=[{"id": n.id, "kind": n.kind, "label": n.label, "props": json.dumps(n.props, ensure_ascii=False)}
                            for n in batch])
            if progress:
                progress(len(batch))
        for batch in _batches(enumerate(g.edges)):
            # seq keeps the build order, so lists come back in the order the embedded store gives
            self._run("UNWIND $rows AS row MATCH (a:XNode {id: row.src}) MATCH (b:XNode {id: row.dst}) "
                      "MERGE (a)-[r:X_EDGE {kind: row.kind}]->(b) SET r.source = row.source, r.method = row.method, "
                      "r.props = row.props, r.seq = row.seq",
                      rows=[{"src": e.src, "dst": e.dst, "kind": e.kind, "source": e.source, "method": e.method,
                             "props": json.dumps(e.props, ensure_ascii=False), "seq": i} for i, e in batch])
            if progress:
                progress(len(batch))
        self.edge_count = self._scalar("MATCH ()-[r:X_EDGE]->() RETURN count(r)")

    # -- the GraphStore protocol ----------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        rows = self._run("MATCH (n:XNode {id: $id}) RETURN n.id, n.kind, n.label, n.props", id=node_id)
        return _node(rows[0]) if rows else None

    def edges_from(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        rows = self._run("MATCH (a:XNode {id: $id})-[r:X_EDGE]->(b:XNode) WHERE size($kinds) = 0 OR r.kind IN $kinds "
                         "RETURN a.id, b.id, r.kind, r.source, r.method, r.props ORDER BY r.seq", id=node_id, kinds=list(kinds))
        return [_edge(r) for r in rows]

    def edges_to(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        rows = self._run("MATCH (a:XNode)-[r:X_EDGE]->(b:XNode {id: $id}) WHERE size($kinds) = 0 OR r.kind IN $kinds "
                         "RETURN a.id, b.id, r.kind, r.source, r.method, r.props ORDER BY r.seq", id=node_id, kinds=list(kinds))
        return [_edge(r) for r in rows]

    def nodes_of_kind(self, kind: str) -> list[Node]:
        return [_node(r) for r in self._run("MATCH (n:XNode {kind: $kind}) RETURN n.id, n.kind, n.label, n.props "
                                            "ORDER BY n.id", kind=kind)]

    def path(self, start: str, goal: str, max_depth: int = 6) -> list[Edge] | None:
        for n in (start, goal):
            if self.node(n) is None:
                raise KeyError(n)
        if start == goal:
            return []
        depth = max(1, min(int(max_depth), 8))      # an int we bound, not user text
        rows = self._run(f"MATCH (a:XNode {{id: $a}}), (b:XNode {{id: $b}}), p = shortestPath((a)-[:X_EDGE*..{depth}]-(b)) "
                         "UNWIND relationships(p) AS r RETURN startNode(r).id, endNode(r).id, r.kind, r.source, r.method, r.props",
                         a=start, b=goal)
        return [_edge(r) for r in rows] or None


def _node(r) -> Node:
    return Node(r[0], r[1], r[2], json.loads(r[3] or "{}"))


def _edge(r) -> Edge:
    return Edge(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"))


def _batches(items: Iterable, size: int = BATCH):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
