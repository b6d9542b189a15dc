"""The OpenAPI document describes every answer: each /api route has a non-empty 2xx schema (or
declares the media type of the file it sends), and real answers validate against their models with
no key left undeclared, rendered byte for byte as the services built them."""
from __future__ import annotations

import json

import pytest
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from api.app import create_app
from api.cases import similar_cases
from api.consult import consult
from api.models.base import typed, undeclared
from api.models.cases import SimilarCase, SimilarResponse
from api.models.consult import ConsultAnswer
from api.models.documents import Document
from api.models.graph import Neighborhood
from api.models.offenses import OffenseView
from api.models.search import SearchResponse
from api.routes.common import rendered
from api.settings import Settings
from indexer.search import SearchRequest

FILES = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/csv", "text/html"}


@pytest.fixture(scope="module")
def app(bundled_index, embedder):
    return create_app(Settings(data_dir=bundled_index, admin_token="t" * 20), embedder)


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


def _schema(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def test_every_route_documents_its_answer(app):
    spec = app.openapi()
    operations = [(path, method, op) for path, ops in spec["paths"].items() for method, op in ops.items()]
    assert len(operations) >= 30
    for path, method, op in operations:
        ok = {code: r for code, r in op["responses"].items() if code.startswith("2")}
        assert ok, f"{method} {path}: no 2xx response"
        content = next(iter(ok.values())).get("content", {})
        json_schema = content.get("application/json", {}).get("schema")
        if json_schema:
            resolved = _schema(spec, json_schema)
            assert resolved.get("properties"), f"{method} {path}: empty JSON schema {json_schema}"
        else:
            assert FILES & set(content), f"{method} {path}: neither a JSON schema nor a file media type: {content}"


def test_binary_answers_declare_their_media_type(app):
    paths = app.openapi()["paths"]
    assert "text/csv" in paths["/api/training/rounds/{round_id}/results.csv"]["get"]["responses"]["200"]["content"]
    linkage = paths["/api/linkage/list"]["get"]["responses"]["200"]["content"]
    assert {"text/csv", "application/json"} <= set(linkage) and linkage["application/json"]["schema"]
    assert "text/html" in paths["/api/training/sets/{set_id}/print"]["get"]["responses"]["200"]["content"]


def _strict(model, body: dict):
    answer = model.model_validate(body)
    assert undeclared(answer) == [], f"{model.__name__}: keys no model declares"
    return answer


@pytest.mark.parametrize("method,path,payload,model", [
    ("get", "/api/search", {"q": "未取得医生执业资格的人非法行医", "k": 20}, SearchResponse),
    ("post", "/api/search", {"q": "被告人趁人不备窃取他人手机，价值三千元", "type": "case", "k": 5}, SearchResponse),
    ("post", "/api/consult", {"text": "未取得采矿许可证擅自采矿，矿产品价值四十万元，要移送吗？"}, ConsultAnswer),
    ("post", "/api/consult", {"text": "某公司2021年3月无证排污，检察院作出不起诉决定，应当给予什么行政处罚？", "direction": "reverse"},
     ConsultAnswer),
    ("post", "/api/consult", {"text": "某公司逃避缴纳税款一百二十万元，占应纳税额百分之二十五，税务机关下达追缴通知后，"
                                      "该公司在期限内足额补缴税款和滞纳金，并缴纳了罚款。"}, ConsultAnswer),   # an element decides
    ("post", "/api/consult", {"text": "某公司作为扣缴义务人，采取隐瞒手段不缴已扣的个人所得税税款十五万元。"}, ConsultAnswer),  # not_for
    ("post", "/api/cases/similar", {"facts": "被告人在禁采区内未取得采矿许可证擅自开采河砂，价值五十万元", "k": 10}, SimilarResponse),
    ("get", "/api/offenses/危险作业罪", None, OffenseView),
    ("get", "/api/offenses/非法采矿罪", None, OffenseView),
    ("get", "/api/documents/xingfa", None, Document),
    ("get", "/api/graph/neighborhood", {"node": "offense:非法行医罪", "depth": 2, "limit": 40}, Neighborhood),
])
def test_real_answers_validate_against_their_models(client, method, path, payload, model):
    r = client.get(path, params=payload) if method == "get" else client.post(path, json=payload)
    assert r.status_code == 200, r.text
    _strict(model, r.json())


def _same(a, b, where="") -> list[str]:
    """Where two parsed JSON values differ, in value or in type (1 and 1.0 differ); key order aside."""
    if type(a) is not type(b):
        return [f"{where}: {a!r} against {b!r}"]
    if isinstance(a, dict):
        if set(a) != set(b):
            return [f"{where}: keys {sorted(set(a) ^ set(b))}"]
        return [d for k in a for d in _same(a[k], b[k], f"{where}.{k}")]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} items against {len(b)}"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _same(x, y, f"{where}.{i}")]
    return [] if a == b else [f"{where}: {a!r} against {b!r}"]


def test_typed_answers_render_as_the_services_built_them(app):
    """The model's JSON is the service's dict encoded as before: no key renamed, added or dropped,
    no number changed in form (an int stays an int); only the key order follows the model."""
    service = app.state.search
    raw_search = service.search(SearchRequest(q="盗窃 数额较大", k=30))
    raw_consult = consult(service, "未取得采矿许可证擅自采矿，矿产品价值四十万元，要移送吗？")
    raw_similar = similar_cases(service, "被告人趁人不备窃取他人手机，价值三千元")
    assert raw_similar, "no similar cases to compare"
    for model, raw in ((SearchResponse, raw_search), (ConsultAnswer, {"query": "q", "took_ms": 1.5, **raw_consult}),
                       (SimilarResponse, {"took_ms": 2.0, "cases": raw_similar})):
        ours, before = json.loads(rendered(typed(model, raw)).body), json.loads(JSONResponse(jsonable_encoder(raw)).body)
        assert _same(ours, before) == [], model.__name__
    assert all(undeclared(SimilarCase.model_validate(c)) == [] for c in raw_similar)
