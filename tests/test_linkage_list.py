"""正向衔接事项清单 (GET /api/linkage/list): rows built from the graph of a small real corpus (刑法, the
罪名 determinations, 安全生产法 and the two 危害生产安全 interpretations), served as JSON, CSV and Word;
the .docx is opened as a zip and its WordprocessingML parsed back."""
import csv
import io
import shutil
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.docx import DocxWriter
from api.linkage_list import COLUMNS, cite, domains, linkage_rows, row_cells
from api.settings import Settings
from corpus.loader import BUNDLED_CORPUS, load_corpus
from graph.extract import build_graph
from graph.store import EmbeddedGraphStore
from indexer.build import build_index

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCS = {"statute": ["xingfa", "anquan-shengchan-fa"],
        "interpretation": ["jieshi-weihai-shengchan-anquan-2015", "jieshi-weihai-shengchan-anquan-2022"]}


def small_corpus(root: Path, docs: dict[str, list[str]]) -> Path:
    """A corpus of some bundled documents and the 罪名 determinations (which name the offenses)."""
    for folder, ids in docs.items():
        (root / folder).mkdir(parents=True)
        for doc_id in ids:
            shutil.copy(BUNDLED_CORPUS / folder / f"{doc_id}.md", root / folder)
    for p in (BUNDLED_CORPUS / "interpretation").glob("zuiming-*.md"):
        shutil.copy(p, root / "interpretation")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return small_corpus(tmp_path_factory.mktemp("linkage-corpus") / "corpus", DOCS)


@pytest.fixture(scope="module")
def graph(corpus):
    return EmbeddedGraphStore.from_graph(build_graph(load_corpus(corpus).documents))


@pytest.fixture(scope="module")
def client(corpus, tmp_path_factory, embedder):
    data = tmp_path_factory.mktemp("linkage-data")
    build_index(corpus, data, embedder, show_progress=False)
    return TestClient(create_app(Settings(data_dir=data, admin_token="t" * 20), embedder))


def test_citation_in_standard_form(graph):
    assert cite(graph, "xingfa:art134-1")["citation"] == "《刑法》第一百三十四条之一"
    assert cite(graph, "anquan-shengchan-fa:art102")["citation"] == "《安全生产法》第一百零二条"


def test_rows_of_a_domain_come_from_the_graph(graph):
    rows = linkage_rows(graph, "安全生产")
    assert rows and all(r["domain"] == "安全生产" for r in rows)
    assert [r["no"] for r in rows] == list(range(1, len(rows) + 1))
    danger = [r for r in rows if r["offense"] == "危险作业罪"]
    assert danger, [r["offense"] for r in rows]
    r = next(r for r in danger if any(p["citation"] == "《安全生产法》第一百零二条" for p in r["penalty_provisions"]))
    assert [a["citation"] for a in r["criminal_articles"]] == ["《刑法》第一百三十四条之一"]
    assert r["agencies"] and "应急管理" in r["agencies"][0]
    assert r["provenance"]["status"] == "已审核" and r["provenance"]["basis"]
    # no amount threshold: the 刑法 article's own conditions, then the interpretation of its 拒不执行
    assert [(s["citation"], s["term"]) for s in r["standards"]] == [
        ("《刑法》第一百三十四条之一", "刑法规定的入罪条件"),
        ("《最高人民法院、最高人民检察院关于办理危害生产安全刑事案件适用法律若干问题的解释（二）》第三条", "术语解释"),
        ("《最高人民法院、最高人民检察院关于办理危害生产安全刑事案件适用法律若干问题的解释（二）》第四条", "术语解释")]
    assert "现实危险" in r["standards"][0]["quote"]
    accident = next(r for r in rows if r["offense"] == "不报、谎报安全事故罪")
    assert accident["standards"][0]["term"] == "情节严重" and "增加死亡一人以上" in accident["standards"][0]["quote"]
    # every row names its violation, penalty provision, offense and 刑法 article
    for row in rows:
        assert row["violation"] and row["penalty_provisions"] and row["offense"]
        assert all(a["citation"].startswith("《刑法》第") for a in row["criminal_articles"])
    assert "安全生产" in {d["name"] for d in domains(graph)}


def test_derived_rows_follow_the_reviewed_ones_with_score_and_evidence(graph):
    rows = linkage_rows(graph, "安全生产")
    methods = [r["provenance"]["method"] for r in rows]
    assert "curated" in methods and "derived" in methods
    assert methods == sorted(methods, key=lambda m: m == "derived")          # reviewed first
    derived = [r for r in rows if r["provenance"]["method"] == "derived"]
    scores = [r["provenance"]["score"] for r in derived]
    assert scores == sorted(scores, reverse=True) and min(scores) >= 0.2
    for r in derived:
        p = r["provenance"]
        assert p["status"] == "自动推导" and p["label"].startswith(f"自动推导（得分 {p['score']:.2f}，依据：")
        assert p["evidence"]["terms"] and p["evidence"]["conduct"] and r["agencies"]
    # 第九十九条（七）关闭、破坏监控、报警设备 restates 刑法 第一百三十四条之一（一）
    monitor = next(r for r in derived if r["offense"] == "危险作业罪" and
                   any(x["citation"] == "《安全生产法》第九十九条" for x in r["penalty_provisions"]))
    assert "监控" in monitor["provenance"]["evidence"]["terms"] and "应急管理部门" in monitor["agencies"][0]
    cells = row_cells(monitor)
    assert cells[7].startswith("自动推导（得分") and "《安全生产法》第九十九条" in cells[7]
    reviewed = next(r for r in rows if r["provenance"]["method"] == "curated")
    assert row_cells(reviewed)[7].startswith("已审核")


def test_json_csv_and_unknown_domain(client):
    r = client.get("/api/linkage/list", params={"domain": "安全生产"})
    assert r.status_code == 200
    body = r.json()
    assert body["title"] == "安全生产正向衔接事项清单" and body["count"] == len(body["rows"]) > 0
    assert body["columns"] == list(COLUMNS) and any(d["name"] == "安全生产" for d in body["domains"])
    r = client.get("/api/linkage/list", params={"domain": "安全生产", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "filename*=UTF-8''" in r.headers["content-disposition"]
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert table[0] == list(COLUMNS) and len(table) == body["count"] + 1
    danger = [row for row in table[1:] if row[3] == "危险作业罪" and "《安全生产法》第一百零二条" in row[2]]
    assert danger and danger[0][4] == "《刑法》第一百三十四条之一"
    assert "拒不执行" in danger[0][5]          # the interpretation's wording, read from the index
    missing = client.get("/api/linkage/list", params={"domain": "不存在的领域"})
    assert missing.status_code == 404 and "安全生产" in missing.json()["error"]["message"]
    assert client.get("/api/linkage/list", params={"format": "pdf"}).status_code == 422
    assert client.get("/api/linkage/list", params={"domain": "长" * 41}).status_code == 422


def _docx_table(content: bytes) -> tuple[list[str], list[list[str]]]:
    """The paragraphs and the first table of a .docx, read back from its document.xml."""
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        names = set(z.namelist())
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= names
        assert z.testzip() is None
        types = ET.fromstring(z.read("[Content_Types].xml"))
        assert any(o.get("PartName") == "/word/document.xml" for o in types)
        root = ET.fromstring(z.read("word/document.xml"))        # raises on malformed XML
    body = root.find(f"{W}body")
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.findall(f"{W}p")]
    rows = [["\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in tc.findall(f"{W}p")) for tc in tr.findall(f"{W}tc")]
            for tr in body.find(f"{W}tbl").findall(f"{W}tr")]
    assert body.find(f"{W}sectPr") is not None
    return paragraphs, rows


def test_docx_opens_as_a_zip_with_the_rows(client):
    body = client.get("/api/linkage/list", params={"domain": "安全生产"}).json()
    r = client.get("/api/linkage/list", params={"domain": "安全生产", "format": "docx"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    paragraphs, rows = _docx_table(r.content)
    assert paragraphs[0] == "安全生产正向衔接事项清单"
    assert rows[0] == list(COLUMNS) and len(rows) == body["count"] + 1
    for row, data in zip(rows[1:], body["rows"]):
        assert row[0] == str(data["no"]) and row[1].startswith(data["violation"]) and row[3] == data["offense"]
    assert any(row[3] == "危险作业罪" and row[4] == "《刑法》第一百三十四条之一" for row in rows[1:])


def test_writer_escapes_markup_and_drops_control_characters():
    content = DocxWriter().title("A & B <c>").paragraph("行一\n行二\x07").table(["甲", "乙"], [["<x>", "1\n2"]]).to_bytes()
    paragraphs, rows = _docx_table(content)
    assert paragraphs[:3] == ["A & B <c>", "行一", "行二"]
    assert rows == [["甲", "乙"], ["<x>", "1\n2"]]


def test_a_violation_about_one_kind_of_thing_is_offered_only_where_the_facts_name_it(bundled_index, embedder):
    """烟草专卖法第三十三条 (假冒他人注册商标的烟草制品) was offered back for 电线 and 白酒 (probe 26r)."""
    from api.consult import consult
    from indexer.search import SearchService
    service = SearchService(bundled_index, embedder)

    def articles(text: str) -> set[str]:
        answer = consult(service, text, "reverse")
        return {u for o in answer["offenses"][:3] for p in o["admin_provisions"] for u in p["articles"]}
    assert "yancao-zhuanmai-fa:art33" not in articles("某酒厂生产假冒他人注册商标的白酒，非法经营数额2万元，公安机关不予立案，市场监管部门应如何处理？")
    assert "yancao-zhuanmai-fa:art33" in articles("某商店销售假冒他人注册商标的卷烟，非法经营数额2万元，公安机关不予立案，应如何处理？")
