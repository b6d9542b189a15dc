"""One contract for every GraphStore: the embedded store and a real Neo4j answer the same
questions the same way. The Neo4j class runs whenever XIANJIE_NEO4J_URL is set (.ci/run starts a
real Neo4j 5.26 from Maven Central artifacts, see tests/servers/neo4j/)."""
import os

import pytest

from corpus.loader import BUNDLED_CORPUS, load_corpus
from graph.extract import build_graph
from graph.queries import neighborhood, offense_view, offenses_for_unit, search_offenses
from graph.store import EmbeddedGraphStore

NEO4J_URL = os.environ.get("XIANJIE_NEO4J_URL")


@pytest.fixture(scope="module")
def graph():
    return build_graph(load_corpus(BUNDLED_CORPUS).documents)


@pytest.fixture(scope="module")
def reference(graph):
    return EmbeddedGraphStore.from_graph(graph)


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

    def test_user_text_is_only_a_parameter(self, store):
        hostile = "x'}) MATCH (n) DETACH DELETE n //"
        assert store.node(hostile) is None
        assert store.edges_from(hostile) == []
        assert search_offenses(store, hostile) == []
        assert store.node("offense:危险作业罪") is not None


class TestEmbeddedGraphStore(GraphStoreContract):
    @pytest.fixture(scope="class")
    def store(self, reference):
        return reference


@pytest.mark.skipif(not NEO4J_URL, reason="set XIANJIE_NEO4J_URL (CI starts a real Neo4j)")
class TestNeo4jGraphStore(GraphStoreContract):
    @pytest.fixture(scope="class")
    def store(self, graph):
        from graph.neo4j_store import Neo4jGraphStore
        s = Neo4jGraphStore(NEO4J_URL)
        s.replace_all(graph)
        yield s
        s.close()


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
