"""POST /api/export/docx: what a page shows, laid out as Word; bounded input; the file reads back."""
import io
import zipfile
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.exports import safe_filename
from api.settings import Settings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    # export needs no index: an empty data folder is enough
    return TestClient(create_app(Settings(data_dir=tmp_path_factory.mktemp("export-data"), admin_token="t" * 20)))


def _read(content: bytes):
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(f"{W}body")
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.findall(f"{W}p")]
    tables = [[["".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in tr.findall(f"{W}tc")] for tr in tbl.findall(f"{W}tr")]
              for tbl in body.findall(f"{W}tbl")]
    return paragraphs, tables


def test_blocks_become_a_word_document(client):
    body = {"title": "非法采矿罪", "filename": "非法采矿罪-罪名要览", "blocks": [
        {"type": "heading", "text": "刑法条文"},
        {"type": "paragraph", "text": "《刑法》第三百四十三条：违反矿产资源法的规定……"},
        {"type": "table", "header": ["行政违法行为", "行政处罚依据"], "rows": [["未取得采矿权开采矿产资源", "《矿产资源法》第六十四条"], ["短行"]]}]}
    r = client.post("/api/export/docx", json=body)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert "filename*=UTF-8''%E9%9D%9E%E6%B3%95" in r.headers["content-disposition"]
    paragraphs, tables = _read(r.content)
    assert paragraphs[0] == "非法采矿罪" and "刑法条文" in paragraphs and "《刑法》第三百四十三条：违反矿产资源法的规定……" in paragraphs
    assert tables == [[["行政违法行为", "行政处罚依据"], ["未取得采矿权开采矿产资源", "《矿产资源法》第六十四条"], ["短行", ""]]]


def test_input_is_bounded(client):
    assert client.post("/api/export/docx", json={"title": "", "blocks": []}).status_code == 422
    assert client.post("/api/export/docx", json={"title": "x", "blocks": [{"type": "script", "text": "x"}]}).status_code == 422
    assert client.post("/api/export/docx", json={"title": "x", "blocks": [{"type": "paragraph", "text": "长" * 8001}]}).status_code == 422
    assert client.post("/api/export/docx", json={"title": "x", "blocks": [{"type": "paragraph"}] * 401}).status_code == 422
    assert client.post("/api/export/docx", json={"title": "x", "blocks": [], "extra": 1}).status_code == 422


def test_file_names_are_safe():
    assert safe_filename('..\\a/b:c*?"<>|') == "_a_b_c______"
    assert safe_filename("  ") == "导出" and len(safe_filename("名" * 200)) == 80
