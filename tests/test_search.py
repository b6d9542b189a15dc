"""Search over the fixture corpus and the bundled corpus, with the real model."""
import pytest

from indexer.search import SearchRequest, SearchService, UnknownFilterValue


@pytest.fixture(scope="module")
def fixture_search(fixture_index, embedder):
    return SearchService(fixture_index, embedder)


@pytest.mark.parametrize("mode", ["keyword", "vector", "hybrid"])
def test_description_finds_article(fixture_search, mode):
    r = fixture_search.search(SearchRequest(q="关闭生产安全监控报警设备，有发生重大事故的现实危险", k=3, mode=mode))
    assert "fx-xingfa:art134-1" in [h["id"] for h in r["hits"]]


def test_hit_shape_and_provenance(fixture_search):
    hit = fixture_search.search(SearchRequest(q="未取得采矿许可证擅自采矿", k=5))["hits"][0]
    assert set(hit) >= {"id", "doc_id", "doc_title", "type", "article_no", "article_label", "text", "highlight",
                        "score", "source"}
    assert hit["source"]["dataset"] == "test fixture" and hit["source"]["version_date"]
    assert "<mark>" in hit["highlight"]


def test_filters(fixture_search):
    q = "擅自采矿"
    ids = [h["id"] for h in fixture_search.search(SearchRequest(q=q, k=10, statuses=("已废止",)))["hits"]]
    assert ids == ["fx-old:art1"]
    hits = fixture_search.search(SearchRequest(q=q, k=10, types=("case",)))["hits"]
    assert all(h["type"] == "case" for h in hits)
    hits = fixture_search.search(SearchRequest(q=q, k=10, doc="中华人民共和国刑法（节选）"))["hits"]
    assert hits and all(h["doc_id"] == "fx-xingfa" for h in hits)
    hits = fixture_search.search(SearchRequest(q=q, k=10, domains=("税务",), mode="vector"))["hits"]
    assert hits and all(h["doc_id"] == "fx-tax" for h in hits)
    hits = fixture_search.search(SearchRequest(q=q, k=10, effective_to="2000-01-01"))["hits"]
    assert [h["doc_id"] for h in hits] == ["fx-old"]
    with pytest.raises(UnknownFilterValue):
        fixture_search.search(SearchRequest(q=q, doc="没有这部法"))


@pytest.mark.slow
@pytest.mark.parametrize("query,expected", [
    ("在生产作业中违反安全管理规定，因而发生重大伤亡事故", "xingfa:art134"),
    ("未取得医生执业资格的人非法行医，情节严重", "xingfa:art336"),
    ("违法行为在二年内未被发现的，不再给予行政处罚", "xingzheng-chufa-fa:art36"),
])
def test_bundled_corpus_known_descriptions(bundled_index, embedder, query, expected):
    service = SearchService(bundled_index, embedder)
    ids = [h["id"] for h in service.search(SearchRequest(q=query, k=3))["hits"]]
    assert expected in ids, ids
