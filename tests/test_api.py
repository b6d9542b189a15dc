"""The HTTP contract (relied on by outside checks) and its error bodies."""
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings


@pytest.fixture(scope="module")
def client(fixture_index, embedder):
    return TestClient(create_app(Settings(data_dir=fixture_index), embedder))


def test_search_get_contract(client):
    r = client.get("/api/search", params={"q": "盗窃公私财物数额较大", "k": 5})
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"query", "took_ms", "total", "hits"}
    assert body["query"] == "盗窃公私财物数额较大"
    top = body["hits"][0]
    assert top["id"] == "fx-xingfa:art264"
    assert top["article_no"] == 264 and top["article_label"] == "第二百六十四条"
    assert isinstance(top["score"], float) and top["source"]["path"]


def test_search_post_long_text(client):
    facts = "被告人在商场内趁人不备窃取他人手机，价值三千元。" * 40
    r = client.post("/api/search", json={"q": facts, "k": 3, "type": "case"})
    assert r.status_code == 200
    assert r.json()["hits"][0]["id"].startswith("fx-case-1:")


@pytest.mark.parametrize("params,field", [
    ({"q": "x" * 4001}, "q"), ({"q": "盗窃", "k": 0}, "k"), ({"q": "盗窃", "k": 101}, "k"),
    ({"q": "盗窃", "colour": "red"}, "colour"), ({"q": "盗窃", "type": "novel"}, "type"),
    ({"q": "盗窃", "mode": "fuzzy"}, "mode"), ({"q": "盗窃", "doc": "不存在"}, "doc"),
    ({"q": "盗窃", "status": "有效"}, "status"), ({"q": "盗窃", "effective_from": "2020-02-31"}, "effective_from"),
])
def test_bad_parameters_are_422_naming_the_field(client, params, field):
    r = client.get("/api/search", params=params)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] in ("invalid_request", "invalid_filter")
    assert err["message"].startswith(field), err


def test_post_unknown_field_and_missing_q(client):
    r = client.post("/api/search", json={"q": "盗窃", "bogus": 1})
    assert r.status_code == 422 and "bogus" in r.json()["error"]["message"]
    r = client.post("/api/search", json={"k": 3})
    assert r.status_code == 422 and r.json()["error"]["message"].startswith("q")


@pytest.mark.parametrize("method,path,payload,message", [
    ("get", "/api/search", {"q": "盗窃", "k": 101}, "k: 须不大于 100"),
    ("get", "/api/search", {"q": "盗窃", "k": 0}, "k: 须不小于 1"),
    ("get", "/api/search", {"q": "   "}, "q: 不能为空"),
    ("get", "/api/search", {"q": "\x00\x00"}, "q: 不能为空"),
    ("post", "/api/cases/similar", {"facts": "，。；：！？"}, "facts: 案情不能为空，也不能只有标点或空白"),
    ("get", "/api/search", {"q": "盗窃", "mode": "fuzzy"}, "mode: 须为以下之一：'keyword', 'vector', 'hybrid'"),
    ("get", "/api/search", {"q": "盗窃", "colour": "red"}, "colour: 未知参数"),
    ("get", "/api/search", {"q": "盗窃", "doc": "不存在"}, "doc: 未找到文档“不存在”（请给出文档 id 或完整标题）"),
    ("post", "/api/search", {"q": "盗窃", "bogus": 1}, "bogus: 未知字段"),
    ("post", "/api/search", {"k": 3}, "q: 缺少该字段"),
    ("post", "/api/consult", {"text": "   "}, "text: 不能为空"),
    ("post", "/api/cases/similar", {"facts": "盗窃", "k": 3}, "facts: 长度须不少于 4 个字符"),
])
def test_validation_messages_are_chinese_and_name_the_field(client, method, path, payload, message):
    r = client.get(path, params=payload) if method == "get" else client.post(path, json=payload)
    assert r.status_code == 422 and r.json()["error"]["message"] == message, r.text


def test_not_found_messages_are_chinese(client):
    for path in ("/api/documents/nope", "/api/units/nope:art1", "/api/cases/nope/similar"):
        err = client.get(path).json()["error"]
        assert err["code"] == "not_found" and "未找到" in err["message"] and "nope" in err["message"], err


def test_documents_units_health(client):
    doc = client.get("/api/documents/fx-xingfa").json()
    assert doc["front_matter"]["title"] == "中华人民共和国刑法（节选）"
    assert [u["label"] for u in doc["units"]][:2] == ["第一百三十四条", "第一百三十四条之一"]
    unit = client.get("/api/units/fx-xingfa:art134-1").json()
    assert unit["article_no"] == 134 and unit["article_suffix"] == 1
    missing = client.get("/api/documents/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["index"]["documents"] == 4


def test_web_page_served(client):
    r = client.get("/")
    assert r.status_code == 200 and "行刑衔接" in r.text
    assert client.get("/static/app.js").status_code == 200


def test_no_index_is_503(tmp_path, embedder):
    c = TestClient(create_app(Settings(data_dir=tmp_path), embedder))
    r = c.get("/api/search", params={"q": "盗窃"})
    assert r.status_code == 503 and r.json()["error"]["code"] == "index_unavailable"
    assert c.get("/api/health").status_code == 503


@pytest.fixture(scope="module")
def bundled_client(bundled_index, embedder):
    return TestClient(create_app(Settings(data_dir=bundled_index), embedder))


@pytest.mark.slow
def test_offense_endpoints(bundled_client):
    found = bundled_client.get("/api/offenses", params={"q": "危险作业"}).json()["offenses"]
    assert found[0]["name"] == "危险作业罪"
    view = bundled_client.get("/api/offenses/危险作业罪").json()
    assert view["articles"][0]["unit_id"] == "xingfa:art134-1" and view["articles"][0]["text"].startswith("第一百三十四条之一")
    assert any(v["penalty_articles"][0]["unit_id"] == "anquan-shengchan-fa:art102" for v in view["forward_violations"])
    assert bundled_client.get("/api/offenses/不存在罪").status_code == 404
    assert view["amendment_note"] is None
    # 修正案（十一） rewrote 第二百一十四条 after the 2004 解释; the 2025 one that governs now postdates it
    assert bundled_client.get("/api/offenses/销售假冒注册商标的商品罪").json()["amendment_note"] is None


@pytest.mark.slow
def test_graph_endpoints(bundled_client):
    r = bundled_client.get("/api/graph/neighborhood", params={"node": "offense:非法行医罪", "depth": 2, "limit": 30})
    body = r.json()
    assert r.status_code == 200 and len(body["nodes"]) <= 30 and body["edges"]
    assert all("provenance" in e for e in body["edges"])
    assert bundled_client.get("/api/graph/neighborhood", params={"node": "offense:非法行医罪", "depth": 4}).status_code == 422
    bad_kind = bundled_client.get("/api/graph/neighborhood", params={"node": "offense:非法行医罪", "kinds": "Planet"})
    assert bad_kind.status_code == 422 and bad_kind.json()["error"]["message"].startswith("kinds")
    p = bundled_client.get("/api/graph/path", params={"from": "offense:非法行医罪", "to": "article:yishi-fa:art59"}).json()
    assert p["found"] and p["nodes"][0]["id"] == "offense:非法行医罪" and p["nodes"][-1]["id"] == "article:yishi-fa:art59"


@pytest.mark.slow
def test_search_hits_carry_offenses(bundled_client):
    hits = bundled_client.get("/api/search", params={"q": "未取得医生执业资格的人非法行医", "k": 5}).json()["hits"]
    assert any(o["name"] == "非法行医罪" for h in hits for o in h["offenses"])


@pytest.mark.slow
def test_search_reads_charges_in_fact_like_queries_only(bundled_client):
    """A pasted description of conduct gets the predictor's 可能涉嫌罪名 panel, with the pair it
    cannot tell apart and the deciding question; a few keywords get none."""
    facts = ("民警在某快餐店门口抓获被告人彭某，当场从其骑行的电动自行车车头隔档内查获白色晶体1袋。"
             "经鉴定，上述白色晶体净重24.145克，检出甲基苯丙胺成分。")
    body = bundled_client.post("/api/search", json={"q": facts, "k": 5}).json()
    names = [c["name"] for c in body["predicted"]["charges"][:2]]
    assert set(names) == {"非法持有毒品罪", "走私、贩卖、运输、制造毒品罪"}, body["predicted"]
    assert body["predicted"]["articles"][0]["unit_id"].startswith("xingfa:art")
    assert body["predicted"]["undecided"][0]["question"]
    assert "predicted" not in bundled_client.get("/api/search", params={"q": "非法持有毒品", "k": 5}).json()


@pytest.mark.slow
def test_consult_endpoint(bundled_client):
    r = bundled_client.post("/api/consult", json={"text": "未取得采矿许可证擅自采矿，矿产品价值四十万元，要移送吗？", "direction": "auto"})
    body = r.json()
    assert r.status_code == 200 and body["offenses"][0]["name"] == "非法采矿罪"
    assert set(body) >= {"offenses", "extracted_facts", "citations", "direction"}
    o = body["offenses"][0]
    assert set(o) >= {"id", "name", "article_nos", "score", "why", "standards", "admin_provisions", "cases"}
    bad = bundled_client.post("/api/consult", json={"text": "x" * 4001})
    assert bad.status_code == 422 and bad.json()["error"]["message"].startswith("text")
    bad = bundled_client.post("/api/consult", json={"text": "盗窃", "direction": "sideways"})
    assert bad.status_code == 422 and bad.json()["error"]["message"].startswith("direction")


@pytest.mark.parametrize("text,needle", [("", "text"), ("   ", "text"), ("盗" * 20001, "text"),
                                         ("货值999999999999999999999元，要移送吗", "过大")])
def test_consult_bad_input(client, text, needle):
    r = client.post("/api/consult", json={"text": text})
    assert r.status_code == 422 and needle in r.json()["error"]["message"]


@pytest.mark.slow
def test_suggest_and_facet_counts(bundled_client):
    s = bundled_client.get("/api/suggest", params={"q": "非法采"}).json()["suggestions"]
    assert {"kind": "offense", "text": "非法采矿罪"} in s
    assert any(x["kind"] == "document" and "安全生产法" in x["text"] for x in
               bundled_client.get("/api/suggest", params={"q": "安全生产"}).json()["suggestions"])
    body = bundled_client.get("/api/search", params={"q": "非法采矿", "k": 5}).json()
    assert sum(body["facets"]["type"].values()) == min(body["total"], 100)
    assert bundled_client.get("/api/suggest", params={"q": ""}).status_code == 422


@pytest.mark.slow
def test_document_units_carry_cross_references(bundled_client):
    doc = bundled_client.get("/api/documents/jieshi-weihai-shuishou-2024").json()
    refs = {r["unit_id"] for u in doc["units"] for r in u.get("refers_to", [])}
    assert "xingfa:art201" in refs
