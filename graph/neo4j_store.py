"""The graph on Neo4j 5 (official `neo4j` driver): the same GraphStore questions as the embedded
store, so graph queries, the offense page and consultation work unchanged on a cluster.

Nodes are `(:XNode {id, kind, label, props})` under a uniqueness constraint on id; edges are
`[:X_EDGE {kind, source, method, props}]`. Loading is `UNWIND $rows MERGE` in batches. User text
only ever reaches Cypher as a parameter; a batch read is one `UNWIND $ids` round trip.

Reads go through a bounded cache (ReadCache): a published graph does not change until it is
replaced, and replace_all stamps the graph (`(:XMeta {key: 'graph', published})`), so a store
drops its cache when it replaces the graph itself, or within STAMP_CHECK_S of seeing another
process's new stamp.
"""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable

from common.errors import EngineUnavailable

from .extract import Graph
from .links import LINKS_PER_HIT
from .schema import Edge, Node, article_id, case_id

BATCH = 2000
CACHE_ENTRIES = 50_000      # nodes, edge lists and kind lists kept; the bundled graph needs ~25,000
STAMP_CHECK_S = 1.0         # how often a store asks whether the graph was replaced elsewhere
EDGE_FIELDS = "a.id, b.id, r.kind, r.source, r.method, r.props"
NODE_FIELDS = "n.id, n.kind, n.label, n.props"
# graph.links in one query: per hit, its offenses with how they are linked and the build order of
# the edges walked, so the Python side lists them in the order the batch-read version does
LINK_QUERY = """
UNWIND $units AS u
CALL (u) {
  MATCH (:XNode {id: u.node})-[r:X_EDGE {kind: 'CHARGED_WITH'}]->(o:XNode) WHERE u.case
  RETURN 0 AS part, r.seq AS s1, 0 AS s2, o.id AS oid, o.label AS label
  UNION ALL
  MATCH (o:XNode)-[r:X_EDGE {kind: 'DEFINED_BY'}]->(:XNode {id: u.node}) WHERE NOT u.case
  RETURN 1 AS part, r.seq AS s1, 0 AS s2, o.id AS oid, o.label AS label
  UNION ALL
  MATCH (v:XNode)-[p:X_EDGE {kind: 'PENALIZED_BY'}]->(:XNode {id: u.node}) WHERE NOT u.case
  MATCH (v)-[r:X_EDGE {kind: 'ESCALATES_TO'}]->(o:XNode)
  RETURN 2 AS part, p.seq AS s1, r.seq AS s2, o.id AS oid, o.label AS label
  UNION ALL
  MATCH (:XNode {id: u.node})-[f:X_EDGE {kind: 'REFERS_TO'}]->(:XNode)<-[r:X_EDGE {kind: 'DEFINED_BY'}]-(o:XNode)
  WHERE NOT u.case
  RETURN 3 AS part, f.seq AS s1, r.seq AS s2, o.id AS oid, o.label AS label
}
RETURN u.node, part, s1, s2, oid, label
"""
LINK_KINDS = ("charged", "defines", "administrative_counterpart", "interprets")
# The edge lists an offense page (graph.queries.offense_page_reads) reads level by level, in one
# query for several offenses: both directions of the offense, into its clauses, out of its
# violations (both linkage directions) and out of the offenses sharing its clauses. A row with a
# null edge only says the node was asked (its list may be empty).
PAGE_EDGES_QUERY = """
UNWIND $ids AS oid
MATCH (o:XNode {id: oid})
CALL (o) {
  RETURN 'out' AS dir, o AS n
  UNION
  RETURN 'in' AS dir, o AS n
  UNION
  MATCH (o)-[:X_EDGE {kind: 'HAS_STANDARD'}]->(n:XNode) RETURN 'in' AS dir, n
  UNION
  MATCH (n:XNode)-[:X_EDGE {kind: 'ESCALATES_TO'}]->(o) RETURN 'out' AS dir, n
  UNION
  MATCH (o)-[:X_EDGE {kind: 'FALLBACK_PENALTY'}]->(n:XNode) RETURN 'out' AS dir, n
  UNION
  MATCH (o)-[:X_EDGE {kind: 'HAS_STANDARD'}]->(:XNode)<-[:X_EDGE {kind: 'HAS_STANDARD'}]-(n:XNode) RETURN 'out' AS dir, n
}
WITH DISTINCT dir, n
CALL (dir, n) {
  OPTIONAL MATCH (n)-[r:X_EDGE]->(m:XNode) WHERE dir = 'out'
  RETURN r, m
  UNION ALL
  OPTIONAL MATCH (m:XNode)-[r:X_EDGE]->(n) WHERE dir = 'in'
  RETURN r, m
}
RETURN dir, n.id, m.id, r.kind, r.source, r.method, r.props, r.seq
"""


class ReadCache:
    """Read results of one published graph, bounded (emptied when full), keyed by the question."""

    def __init__(self, entries: int = CACHE_ENTRIES):
        self.entries = entries          # 0: no caching (every read goes to the server)
        self.values: dict[tuple, object] = {}

    def get(self, key: tuple, default=None):
        return self.values.get(key, default)

    def put(self, key: tuple, value) -> None:
        if not self.entries:
            return
        if len(self.values) >= self.entries:
            self.values.clear()
        self.values[key] = value

    def clear(self) -> None:
        self.values.clear()


_MISSING = object()


class Neo4jGraphStore:
    def __init__(self, url: str, user: str | None = None, password: str | None = None, database: str = "neo4j",
                 timeout_s: float = 5.0, cache_entries: int = CACHE_ENTRIES):
        from neo4j import GraphDatabase
        from neo4j.exceptions import ServiceUnavailable
        self.url = url
        self.database = database
        auth = (user, password) if password else None
        self.round_trips = 0            # Cypher requests sent (benchmarks count them per request)
        # notifications off: the server skips them and the driver no longer logs one per query
        self.driver = GraphDatabase.driver(url, auth=auth, connection_timeout=timeout_s, max_transaction_retry_time=timeout_s,
                                           notifications_min_severity="OFF")
        try:
            self.driver.verify_connectivity()
        except (ServiceUnavailable, OSError) as exc:
            raise EngineUnavailable(f"Neo4j at {url} is not reachable: {exc}") from None
        self.cache = ReadCache(cache_entries)
        self._stamp, self._checked = self._published(), time.monotonic()
        self.edge_count = self._scalar("MATCH ()-[r:X_EDGE]->() RETURN count(r)")
        self.notes: list[str] = []

    def _published(self) -> str | None:
        return self._scalar("OPTIONAL MATCH (m:XMeta {key: 'graph'}) RETURN m.published")

    def _fresh(self) -> ReadCache:
        """The cache, emptied first if another process has replaced the graph since it was filled."""
        if time.monotonic() - self._checked > STAMP_CHECK_S:
            stamp = self._published()
            self._checked = time.monotonic()
            if stamp != self._stamp:
                self.cache.clear()
                self._stamp = stamp
                self.edge_count = self._scalar("MATCH ()-[r:X_EDGE]->() RETURN count(r)")
        return self.cache

    def close(self) -> None:
        self.driver.close()

    def _run(self, query: str, **params) -> list:
        from neo4j.exceptions import ServiceUnavailable, SessionExpired
        self.round_trips += 1
        try:
            # an auto-commit query: one RUN+PULL exchange, about 0.35 ms less per query than
            # execute_query's managed transaction (BEGIN … COMMIT, bookmarks) on the same machine
            with self.driver.session(database=self.database) as session:
                records = list(session.run(query, params))
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
        self._stamp = uuid.uuid4().hex
        self._run("MERGE (m:XMeta {key: 'graph'}) SET m.published = $stamp", stamp=self._stamp)
        self.cache.clear()
        self._checked = time.monotonic()

    # -- the GraphStore protocol ----------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        return self.nodes_by_id([node_id]).get(node_id)

    def nodes_by_id(self, node_ids: Iterable[str]) -> dict[str, Node]:
        cache = self._fresh()
        ids = list(dict.fromkeys(node_ids))
        missing = [i for i in ids if cache.get(("node", i), _MISSING) is _MISSING]
        if missing:
            found = {r[0]: _node(r) for r in self._run(f"UNWIND $ids AS id MATCH (n:XNode {{id: id}}) RETURN {NODE_FIELDS}",
                                                       ids=missing)}
            for i in missing:
                cache.put(("node", i), found.get(i))
        else:
            found = {}
        out = {}
        for i in ids:
            node = found[i] if i in found else cache.get(("node", i))
            if node is not None:
                out[i] = node
        return out

    def edges_from(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        return self.edges_from_many([node_id], kinds)[node_id]

    def edges_to(self, node_id: str, kinds: tuple[str, ...] = ()) -> list[Edge]:
        return self.edges_to_many([node_id], kinds)[node_id]

    def edges_from_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        return self._edges("out", "MATCH (a:XNode {id: id})-[r:X_EDGE]->(b:XNode)", 0, node_ids, kinds)

    def edges_to_many(self, node_ids: Iterable[str], kinds: tuple[str, ...] = ()) -> dict[str, list[Edge]]:
        return self._edges("in", "MATCH (a:XNode)-[r:X_EDGE]->(b:XNode {id: id})", 1, node_ids, kinds)

    def _edges(self, direction: str, pattern: str, key_field: int, node_ids: Iterable[str],
               kinds: tuple[str, ...]) -> dict[str, list[Edge]]:
        """One UNWIND round trip for the ids not cached; lists in build order (r.seq)."""
        cache = self._fresh()
        kinds = tuple(kinds)
        ids = list(dict.fromkeys(node_ids))
        out = {i: cache.get((direction, i, kinds)) for i in ids}
        missing = [i for i, edges in out.items() if edges is None]
        if missing:
            for i in missing:
                out[i] = []
            rows = self._run(f"UNWIND $ids AS id {pattern} WHERE size($kinds) = 0 OR r.kind IN $kinds "
                             f"RETURN {EDGE_FIELDS} ORDER BY r.seq", ids=missing, kinds=list(kinds))
            for r in rows:
                out[r[key_field]].append(_edge(r))
            for i in missing:
                cache.put((direction, i, kinds), out[i])
        return {i: list(edges) for i, edges in out.items()}

    def offense_links(self, units: list[tuple[str, str, str]]) -> list[list[dict]]:
        """graph.links for a result page: the hits not cached in one round trip."""
        cache = self._fresh()
        keys = [(case_id(d), True) if t == "case" else (article_id(u), False) for u, d, t in units]
        missing = list(dict.fromkeys(k for k in keys if cache.get(("links", *k)) is None))
        found: dict[tuple, list[dict]] = {}
        if missing:
            rows: dict[str, list] = {}
            for node, *row in self._run(LINK_QUERY, units=[{"node": n, "case": c} for n, c in missing]):
                rows.setdefault(node, []).append(row)
            for key in missing:
                links: dict[str, str] = {}
                for part, _, _, oid, label in sorted(rows.get(key[0], []), key=lambda r: r[:3]):
                    links.setdefault(oid, (LINK_KINDS[part], label))
                found[key] = [{"id": oid, "name": label, "link": how} for oid, (how, label) in links.items()][:LINKS_PER_HIT]
                cache.put(("links", *key), found[key])
        return [[dict(link) for link in (found.get(k) or cache.get(("links", *k)) or [])] for k in keys]

    def prefetch_offense_pages(self, offense_ids: Iterable[str]) -> None:
        """Read the edge lists the pages of these offenses need in one round trip (PAGE_EDGES_QUERY)
        into the cache, so offense_view then reads only nodes from the server: consultation shows
        several offense pages, each otherwise about eight round trips."""
        cache = self._fresh()
        missing = [i for i in dict.fromkeys(offense_ids) if cache.get(("out", i, ())) is None]
        if not missing or not cache.entries:
            return
        lists: dict[tuple[str, str], list] = {}
        for direction, key, other, *edge in self._run(PAGE_EDGES_QUERY, ids=missing):
            found = lists.setdefault((direction, key), [])
            if other is not None:
                found.append(((key, other) if direction == "out" else (other, key), edge))
        for (direction, key), edges in lists.items():
            ordered = sorted(edges, key=lambda e: e[1][4])
            cache.put((direction, key, ()), [_edge((*ends, *edge[:4])) for ends, edge in ordered])

    def nodes_of_kind(self, kind: str) -> list[Node]:
        cache = self._fresh()
        nodes = cache.get(("kind", kind))
        if nodes is None:
            nodes = [_node(r) for r in self._run(f"MATCH (n:XNode {{kind: $kind}}) RETURN {NODE_FIELDS} ORDER BY n.id",
                                                 kind=kind)]
            cache.put(("kind", kind), nodes)
        return list(nodes)

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
