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


def test_long_query_keeps_its_point(fixture_search):
    """A pasted facts section (hundreds of distinct words: only the rarest are kept, and no single
    characters) still finds the article its conduct falls under; the lean request shape that
    analogous-case search uses (no snippets, no facets) returns the same ranking."""
    from indexer.search import query_ngrams
    from indexer.query_terms import MAX_QUERY_TERMS
    filler = "经审理查明，当事人于某年某月某日在某地从事经营活动，相关部门依法进行检查并制作笔录，有证人证言、书证、物证等证据证实。" * 3
    numbers = "".join(f"第{i}号证据{i * 7}份；" for i in range(400))
    q = filler + "被告单位关闭生产安全监控报警设备，有发生重大事故的现实危险。" + numbers
    assert all(len(g) > 1 for g in query_ngrams(q)) and any(len(g) == 1 for g in query_ngrams("采矿"))
    from indexer.analysis import tokenize
    assert len(set(tokenize(q))) > MAX_QUERY_TERMS
    full = fixture_search.search(SearchRequest(q=q, k=5, mode="keyword"))
    assert "fx-xingfa:art134-1" in [h["id"] for h in full["hits"]]
    lean = fixture_search.search(SearchRequest(q=q, k=5, mode="keyword", highlight=False, facets=False))
    assert [h["id"] for h in lean["hits"]] == [h["id"] for h in full["hits"]]
    assert lean["facets"] == {} and all(h["highlight"] is None for h in lean["hits"])


def test_vector_search_scores_only_the_allowed_span_yet_ranks_as_over_all(tmp_path):
    """A filter's chunks are scored as one span (first to last allowed); the answer must equal
    brute force over every chunk with the filter applied, for spans, scattered rows and none."""
    import numpy as np

    from indexer.stores.numpy_vectors import NumpyVectorIndex, write_vectors
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((300, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    chunk_rows = np.repeat(np.arange(100), 3)            # three chunks per unit row
    write_vectors(tmp_path, vectors, chunk_rows)
    index = NumpyVectorIndex(tmp_path)
    query = vectors[5] + vectors[250]
    query /= np.linalg.norm(query)

    def brute(allowed, k):
        best: dict[int, float] = {}
        for i, s in enumerate(vectors @ query):
            row = int(chunk_rows[i])
            if allowed is None or allowed[row]:
                best[row] = max(best.get(row, -np.inf), float(s))
        return [r for r, _ in sorted(best.items(), key=lambda x: -x[1])[:k]]

    span, scattered, nothing = np.zeros(100, bool), np.zeros(100, bool), np.zeros(100, bool)
    span[80:95] = True
    scattered[[3, 40, 41, 77, 99]] = True
    for allowed in (None, span, scattered):
        for k in (1, 5, 10):
            got = index.search_rows(query, k, allowed)
            assert [r for r, _ in got] == brute(allowed, k)
    assert index.search_rows(query, 5, nothing) == []


def test_warm_up_sets_the_loaded_index_aside_from_the_collector(fixture_search):
    """After warm-up the loaded build is frozen: a full collection no longer walks it (on the full
    case base each one paused a request for ~145 ms)."""
    import gc
    gc.unfreeze()
    fixture_search.warm_up()
    assert gc.get_freeze_count() > 10_000
    assert fixture_search.search(SearchRequest(q="盗窃", k=3))["hits"]


def test_pasted_facts_are_not_outranked_by_one_seed_cases_other_charges(bundled_index, embedder):
    """Pasted 非法采矿 facts: 刑法第三百四十三条 first, and articles that only one retrieved case's other
    charge voted for (逃税 第二百零一条, 第三百九十七条) stay out of the top ten (graph.min_vote_share)."""
    facts = ("2019年3月至2020年5月，被告人张某在未取得采矿许可证的情况下，雇佣挖掘机在某县某村河道内非法开采河砂，"
             "经鉴定，非法采挖的砂石价值人民币三十五万元。县自然资源局多次责令其停止开采，张某拒不停止。")
    hits = SearchService(bundled_index, embedder).search(SearchRequest(q=facts, k=10))["hits"]
    assert hits[0]["id"] == "xingfa:art343"
    ids = [h["id"] for h in hits]
    assert "xingfa:art201" not in ids and "xingfa:art397" not in ids, ids


@pytest.mark.parametrize("mode", ["keyword", "hybrid"])
def test_a_query_in_traditional_characters_finds_what_its_simplified_form_finds(fixture_search, mode):
    """corpus/simplified.py: 關閉生產安全監控報警設備 is searched as 关闭生产安全监控报警设备 (probe 61c's papers), so its hits
    are the simplified query's; the query is echoed as typed."""
    simplified = fixture_search.search(SearchRequest(q="关闭生产安全监控报警设备，有发生重大事故的现实危险", k=3, mode=mode))
    traditional = fixture_search.search(SearchRequest(q="關閉生產安全監控報警設備，有發生重大事故的現實危險", k=3, mode=mode))
    assert [h["id"] for h in traditional["hits"]] == [h["id"] for h in simplified["hits"]]
    assert traditional["query"].startswith("關閉")
