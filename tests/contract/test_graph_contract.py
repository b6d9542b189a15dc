"""One contract for every GraphStore: the embedded store and a real Neo4j answer the same
questions the same way. The Neo4j class runs whenever XIANJIE_NEO4J_URL is set (.ci/run starts a
real Neo4j 5.26 from Maven Central artifacts, see tests/servers/neo4j/)."""
import os

import pytest

from corpus.loader import BUNDLED_CORPUS, load_corpus
from graph.extract import build_graph
from graph.queries import (case_links, domains_of, neighborhood, offense_articles, offense_articles_many,
                           offense_view, offenses_for_unit, offenses_for_units, search_offenses)
from graph.store import EmbeddedGraphStore

NEO4J_URL = os.environ.get("XIANJIE_NEO4J_URL")


@pytest.fixture(scope="module")
def graph():
    return build_graph(load_corpus(BUNDLED_CORPUS).documents)


@pytest.fixture(scope="module")
def reference(graph):
    return EmbeddedGraphStore.from_graph(graph)


def _links_one_at_a_time(store, unit_id, doc_id, doc_type):
    """What offenses_for_units answers for one hit, read edge by edge as it once was per hit."""
    found = {}
    if doc_type == "case":
        for e in store.edges_from(f"case:{doc_id}", ("CHARGED_WITH",)):
            found[e.dst] = "charged"
    else:
        art = f"article:{unit_id}"
        for e in store.edges_to(art, ("DEFINED_BY",)):
            found.setdefault(e.src, "defines")
        for e in store.edges_to(art, ("PENALIZED_BY",)):
            for esc in store.edges_from(e.src, ("ESCALATES_TO",)):
                found.setdefault(esc.dst, "administrative_counterpart")
        for e in store.edges_from(art, ("REFERS_TO",)):
            for d in store.edges_to(e.dst, ("DEFINED_BY",)):
                found.setdefault(d.src, "interprets")
    return [{"id": o, "name": store.node(o).label, "link": how} for o, how in found.items() if store.node(o)][:8]


class GraphStoreContract:
    """Subclasses provide a `store` fixture loaded with the bundled graph."""

    def test_counts(self, store, graph):
        assert store.edge_count == len(graph.edges)
        for kind in ("Offense", "Case", "Violation", "Standard"):
            assert len(store.nodes_of_kind(kind)) == sum(1 for n in graph.nodes.values() if n.kind == kind)

    def test_node_and_edges(self, store, reference):
        node = store.node("offense:危险作业罪")
        assert node.kind == "Offense" and node.label == "危险作业罪"
        assert store.node("offense:不存在罪") is None
        for nid in ("offense:非法采矿罪", "article:xingfa:art134-1", "violation:fapiao-xukai"):
            got = {(e.src, e.dst, e.kind, e.source, e.method) for e in store.edges_from(nid) + store.edges_to(nid)}
            want = {(e.src, e.dst, e.kind, e.source, e.method) for e in reference.edges_from(nid) + reference.edges_to(nid)}
            assert got == want
        assert [e.kind for e in store.edges_from("offense:危险作业罪", ("DEFINED_BY",))] == ["DEFINED_BY"]

    def test_offense_views_agree(self, store, reference):
        for name in ("非法采矿罪", "逃税罪", "危险作业罪", "非法行医罪"):
            assert offense_view(store, f"offense:{name}") == offense_view(reference, f"offense:{name}")

    def test_search_and_hit_links_agree(self, store, reference):
        assert search_offenses(store, "虚开") == search_offenses(reference, "虚开")
        assert offenses_for_unit(store, "yishi-fa:art59", "yishi-fa", "statute") == \
            offenses_for_unit(reference, "yishi-fa:art59", "yishi-fa", "statute")

    def test_neighborhood_and_path(self, store, reference):
        a = neighborhood(store, "offense:非法行医罪", depth=2, limit=500)
        b = neighborhood(reference, "offense:非法行医罪", depth=2, limit=500)
        assert {n["id"] for n in a["nodes"]} == {n["id"] for n in b["nodes"]}
        assert len(store.path("offense:非法行医罪", "article:yishi-fa:art59")) == \
            len(reference.path("offense:非法行医罪", "article:yishi-fa:art59")) == 2
        with pytest.raises(KeyError):
            store.path("offense:非法行医罪", "nowhere")

    def test_batch_reads_equal_the_single_ones(self, store, reference):
        ids = ["offense:非法采矿罪", "article:xingfa:art134-1", "violation:fapiao-xukai", "offense:不存在罪",
               "offense:非法采矿罪"]
        assert store.nodes_by_id(ids) == {i: reference.node(i) for i in ids if reference.node(i)}
        assert set(store.nodes_by_id(ids)) == {"offense:非法采矿罪", "article:xingfa:art134-1", "violation:fapiao-xukai"}
        assert store.nodes_by_id([]) == {}
        for kinds in ((), ("DEFINED_BY",), ("DEFINED_BY", "HAS_STANDARD", "ESCALATES_TO")):
            got_from, got_to = store.edges_from_many(ids, kinds), store.edges_to_many(ids, kinds)
            assert set(got_from) == set(got_to) == set(ids)
            for i in ids:       # the same edges in the same (build) order as one at a time
                assert [e.to_dict() for e in got_from[i]] == [e.to_dict() for e in reference.edges_from(i, kinds)]
                assert [e.to_dict() for e in got_to[i]] == [e.to_dict() for e in reference.edges_to(i, kinds)]
        assert store.edges_from_many([], ("DEFINED_BY",)) == {}

    def test_page_queries_agree(self, store, reference, graph):
        cases = sorted(n.props["doc_id"] for n in graph.nodes.values() if n.kind == "Case")[:40]
        units = [("yishi-fa:art59", "yishi-fa", "statute"), ("xingfa:art343", "xingfa", "statute"),
                 *[(f"{d}:s1", d, "case") for d in cases[:10]], ("nowhere:art1", "nowhere", "statute")]
        assert offenses_for_units(store, units) == [_links_one_at_a_time(reference, *u) for u in units]
        assert [offenses_for_unit(store, *u) for u in units] == offenses_for_units(reference, units)
        assert any(offenses_for_units(store, units))
        offenses = ["offense:非法采矿罪", "offense:逃税罪", "offense:不存在罪"]
        assert offense_articles_many(store, offenses) == {o: offense_articles(reference, o) for o in offenses}
        assert case_links(store, cases) == case_links(reference, cases)
        assert domains_of(store, offenses) == domains_of(reference, offenses)

    def test_ping_and_notes(self, store):
        store.ping()
        assert isinstance(store.notes, list)

    def test_user_text_is_only_a_parameter(self, store):
        hostile = "x'}) MATCH (n) DETACH DELETE n //"
        assert store.node(hostile) is None
        assert store.edges_from(hostile) == []
        assert store.nodes_by_id([hostile, "offense:危险作业罪"]).keys() == {"offense:危险作业罪"}
        assert store.edges_to_many([hostile]) == {hostile: []}
        assert search_offenses(store, hostile) == []
        assert store.node("offense:危险作业罪") is not None


def _page(graph, size):
    cases = sorted(n.props["doc_id"] for n in graph.nodes.values() if n.kind == "Case")
    arts = sorted(n.props["unit_id"] for n in graph.nodes.values() if n.kind == "Article")
    return [(f"{d}:s1", d, "case") for d in cases[:size]] + [(u, u.split(":")[0], "statute") for u in arts[:size]]


def test_a_result_page_costs_a_bounded_number_of_batch_reads(graph):
    """graph.links answers a page of 1 hit or 60 with the same few batch reads (counted through a
    wrapper of the embedded store)."""
    from graph.links import offense_links
    reference = EmbeddedGraphStore.from_graph(graph)

    class Counting:
        def __init__(self):
            self.calls = 0

        def __getattr__(self, name):
            method = getattr(reference, name)

            def counted(*args, **kwargs):
                self.calls += 1
                return method(*args, **kwargs)
            return counted

    calls = []
    for size in (1, 30):
        store = Counting()
        offense_links(store, _page(graph, size))
        calls.append(store.calls)
    assert calls[0] <= calls[1] <= 5


class TestEmbeddedGraphStore(GraphStoreContract):
    @pytest.fixture(scope="class")
    def store(self, reference):
        return reference


@pytest.mark.skipif(not NEO4J_URL, reason="set XIANJIE_NEO4J_URL (CI starts a real Neo4j)")
class TestNeo4jGraphStore(GraphStoreContract):
    @pytest.fixture(scope="class")
    def store(self, graph):
        from graph.neo4j_store import Neo4jGraphStore
        s = Neo4jGraphStore(NEO4J_URL, cache_entries=0)      # every read goes to the server
        s.replace_all(graph)
        yield s
        s.close()

    def test_a_result_page_is_one_round_trip(self, store, graph):
        for size in (1, 30):
            before = store.round_trips
            assert any(offenses_for_units(store, _page(graph, size)))
            assert store.round_trips - before <= 2      # the page query, and at most the republish check


@pytest.mark.skipif(not NEO4J_URL, reason="set XIANJIE_NEO4J_URL (CI starts a real Neo4j)")
class TestNeo4jGraphStoreCached(GraphStoreContract):
    """The same contract through the read cache, which a republished graph must invalidate."""

    @pytest.fixture(scope="class")
    def store(self, graph):
        from graph.neo4j_store import Neo4jGraphStore
        s = Neo4jGraphStore(NEO4J_URL)
        s.replace_all(graph)
        for _ in range(2):      # the second pass is answered from the cache
            assert offense_view(s, "offense:非法采矿罪")["articles"]
        yield s
        s.close()

    def test_cached_reads_cost_no_round_trip(self, store):
        offense_view(store, "offense:逃税罪")
        before = store.round_trips
        offense_view(store, "offense:逃税罪")
        assert store.round_trips - before <= 1      # at most the republish check

    def test_offense_pages_prefetched_in_one_round_trip(self, store, reference):
        """prefetch_offense_pages reads every edge list the pages need at once; the views then
        read only nodes and equal the embedded store's."""
        ids = [n.id for n in reference.nodes_of_kind("Offense")][:40]
        store.cache.clear()
        before = store.round_trips
        store.prefetch_offense_pages(ids)
        assert store.round_trips - before <= 2      # the query, and at most the republish check
        for oid in ids:
            before = store.round_trips
            assert offense_view(store, oid) == offense_view(reference, oid)
            assert store.round_trips - before <= 4  # node reads (and the republish check), no edge reads

    def test_republishing_elsewhere_empties_the_cache(self, store, graph):
        import time

        from graph.extract import Graph
        from graph.neo4j_store import STAMP_CHECK_S, Neo4jGraphStore
        assert store.node("offense:危险作业罪") is not None
        other = Neo4jGraphStore(NEO4J_URL)
        smaller = Graph(nodes={k: v for k, v in graph.nodes.items() if k != "offense:危险作业罪"},
                        edges=[e for e in graph.edges if "offense:危险作业罪" not in (e.src, e.dst)])
        try:
            other.replace_all(smaller)
            time.sleep(STAMP_CHECK_S + 0.1)
            assert store.node("offense:危险作业罪") is None
            assert store.edge_count == len(smaller.edges)
        finally:
            other.replace_all(graph)
            other.close()
        time.sleep(STAMP_CHECK_S + 0.1)
        assert store.node("offense:危险作业罪") is not None and store.edge_count == len(graph.edges)


def test_unreachable_neo4j_names_the_engine():
    from graph.neo4j_store import EngineUnavailable, Neo4jGraphStore
    with pytest.raises(EngineUnavailable) as exc:
        Neo4jGraphStore("bolt://127.0.0.1:1", timeout_s=1)
    assert "Neo4j at bolt://127.0.0.1:1" in str(exc.value)


def _client(fixture_index, embedder, url):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import Settings
    return TestClient(create_app(Settings(data_dir=fixture_index, graph_backend="neo4j", neo4j_url=url), embedder))


def test_api_answers_503_naming_neo4j_when_it_is_down(fixture_index, embedder):
    client = _client(fixture_index, embedder, "bolt://127.0.0.1:1")
    r = client.get("/api/offenses", params={"q": "盗窃"})
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "engine_unavailable" and "bolt://127.0.0.1:1" in r.json()["error"]["message"]


@pytest.mark.skipif(not NEO4J_URL, reason="set XIANJIE_NEO4J_URL (CI starts a real Neo4j)")
def test_api_on_neo4j_backend(fixture_index, embedder, graph):
    from graph.neo4j_store import Neo4jGraphStore
    Neo4jGraphStore(NEO4J_URL).replace_all(graph)
    client = _client(fixture_index, embedder, NEO4J_URL)
    view = client.get("/api/offenses/非法采矿罪").json()
    assert view["forward_violations"][0]["penalty_articles"][0]["unit_id"] == "kuangchan-ziyuan-fa:art64"
