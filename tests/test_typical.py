"""Official typical / guiding cases (典型案例 / 指导性案例): import, validation, graph, offense page,
consultation, analogous-case labels, the search filter and training questions.

The index tests build a small index of their own (刑法, the 罪名 determinations, the 17 cases and two
judgments) instead of the whole bundled corpus."""
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cases import similar_cases
from api.consult import consult
from api.settings import Settings
from api.training.generate import Scope, generate
from corpus.importers.typical import import_typical, known_offenses, parse_release
from corpus.loader import BUNDLED_CORPUS, load_corpus
from corpus.typical import section_role
from graph.extract import build_graph
from graph.queries import offense_view
from graph.store import EmbeddedGraphStore
from indexer.build import build_index
from indexer.search import SearchRequest, SearchService

RELEASE = Path(__file__).resolve().parents[2] / "shared" / "data" / "typical-cases" / "forward-linkage.md"
TYPICAL = BUNDLED_CORPUS / "typical"
JUDGMENTS = ("cail2018-852392288fabe3e7", "cail2018-965860592b443eb4")     # two 重大责任事故罪 judgments
FIRE_ALARM_CASE = "typical-2022-12-15-8546e618"                            # 李某远危险作业案
needs_release = pytest.mark.skipif(not RELEASE.exists(), reason="../shared/data/typical-cases not beside the checkout")


@pytest.fixture(scope="module")
def offenses() -> frozenset[str]:
    return known_offenses(BUNDLED_CORPUS)


@needs_release
def test_all_17_import_cleanly_and_match_the_shipped_documents(tmp_path, offenses):
    report = import_typical([RELEASE], tmp_path, offenses)
    assert report.problems == [] and len(report.written) == 17
    loaded = load_corpus(tmp_path)
    assert loaded.ok and len(loaded.documents) == 17
    kinds = sorted(d.meta["case_kind"] for d in loaded.documents)
    assert kinds.count("guiding") == 3 and kinds.count("reference") == 1 and kinds.count("typical") == 13
    assert sorted(d.meta["jianli_no"] for d in loaded.documents if "jianli_no" in d.meta) == ["检例第60号", "检例第95号", "检例第96号"]
    for doc in loaded.documents:
        roles = {section_role(u.label) for u in doc.units}
        assert {"facts", "process"} <= roles and roles & {"significance", "gist"}, doc.id
        assert doc.type == "case" and doc.meta["transcription"] is True and doc.meta["charges"] and doc.meta["linkage"]
        assert doc.source.url.startswith("http") and doc.meta["source_urls"] and doc.promulgated
    # the shipped documents are exactly what the importer writes from the release
    for written in report.written:
        assert written.read_text(encoding="utf-8") == (TYPICAL / written.name).read_text(encoding="utf-8"), written.name


@needs_release
def test_import_keeps_every_paragraph_and_reads_the_release_items(offenses):
    _, cases, problems = parse_release(RELEASE.read_text(encoding="utf-8"), str(RELEASE))
    assert problems == [] and len(cases) == 17
    docs = {d.title: d for d in load_corpus(TYPICAL).documents}
    for case in cases:
        sections = {u.label: u.text.split("\n") for u in docs[case.title].units}
        for heading, _, paragraphs in case.sections:
            assert all(p in sections[heading] for p in paragraphs), (case.title, heading)
    by_id = {d.id: d for d in docs.values()}
    jianli = by_id["jianli-95"]
    assert jianli.issuer == "最高人民检察院" and jianli.promulgated == "2021-01-27" and jianli.domains == ["安全生产"]
    assert jianli.meta["admin_provisions"] == ["《关于加强煤炭建设项目管理的通知》", "《煤矿安全规程》"]
    assert jianli.source.url == "https://www.spp.gov.cn/spp/jczdal/202101/t20210127_507779.shtml"
    fire = by_id[FIRE_ALARM_CASE]
    assert fire.issuer == "最高人民法院、最高人民检察院" and fire.meta["charges"] == ["危险作业罪"]
    assert fire.meta["articles"] == ["第一百三十四条之一"] and fire.meta["linkage"] == ["forward"]
    # 谎报安全事故罪 as the editor wrote it is the official 不报、谎报安全事故罪
    assert by_id["jianli-96"].meta["charges"] == ["重大责任事故罪", "不报、谎报安全事故罪"]


BAD_RELEASE = """# 测试批次

> 编辑者注

## 甲某危险作业案
- 发布：最高人民检察院，测试典型案例
- 来源：https://www.spp.gov.cn/x.shtml
- 领域：安全生产
- 涉及罪名：危险驾驶作业罪
- 批次：第一批

### 基本案情
甲某关闭报警器。

### 典型意义

## 乙某非法采矿案
- 发布：最高人民检察院，2023年6月8日发布
- 来源：存档，无地址
- 领域：矿产资源
一段不属于任何部分的文字。

### 基本案情
乙某无证采砂，移送公安机关。

#### 小标题
"""


def test_invalid_release_gives_file_line_errors(tmp_path, offenses):
    bad = tmp_path / "bad.md"
    bad.write_text(BAD_RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    report = import_typical([bad], out, offenses)
    messages = [str(p) for p in report.problems]
    f = str(bad)
    assert f"{f}:10: unknown list item '批次' (expected 发布、来源、领域、涉及罪名、衔接方向)" in messages
    assert f"{f}:21: text between the bullet list and the first '### ' section (only '- 名称：内容' items and a 【关键词】 line belong there)" in messages
    assert f"{f}:26: unexpected heading '#### 小标题': cases are '## ', sections '### '" in messages
    assert f"{f}:15: section '典型意义' is empty" in messages
    assert f"{f}:5: case '甲某危险作业案' has no section '### 检察机关履职过程（或 处理结果 / 裁判理由 / 诉讼过程）'" in messages
    assert f"{f}:17: case '乙某非法采矿案' lacks the list item '- 涉及罪名：…'" in messages
    assert not out.exists()          # nothing is written while any case is unsound
    # a sound structure with a bad charge and no release date: reported on the item's own line
    fixed = BAD_RELEASE.split("## 乙某")[0].replace("- 批次：第一批\n", "").replace("### 典型意义\n", "### 处理结果\n移送公安机关。\n\n### 典型意义\n应当移送。\n")
    bad.write_text(fixed, encoding="utf-8")
    messages = [str(p) for p in import_typical([bad], out, offenses).problems]
    assert messages == [f"{f}:6: 发布: no full release date (YYYY年M月D日 or YYYY-MM-DD)",
                        f"{f}:9: 涉及罪名: '危险驾驶作业罪' is not a current 罪名 (罪名 determinations in the corpus)"]
    bad.write_text(fixed.replace("测试典型案例", "测试典型案例，2023年6月8日发布"), encoding="utf-8")
    messages = [str(p) for p in import_typical([bad], out, offenses).problems]
    assert messages == [f"{f}:9: 涉及罪名: '危险驾驶作业罪' is not a current 罪名 (罪名 determinations in the corpus)"]
    bad.write_text(fixed.replace("测试典型案例", "测试典型案例，2023年6月8日发布").replace("危险驾驶作业罪", "危险作业罪"), encoding="utf-8")
    report = import_typical([bad], out, offenses)
    assert report.problems == [] and [p.name for p in report.written] == [report.written[0].name]
    assert load_corpus(out).ok


def test_front_matter_values_of_official_cases_are_checked(tmp_path):
    doc = (TYPICAL / f"{FIRE_ALARM_CASE}.md").read_text(encoding="utf-8")
    (tmp_path / "x.md").write_text(doc.replace("case_kind: typical", "case_kind: famous").replace("- forward", "- sideways"),
                                   encoding="utf-8")
    problems = [str(p) for p in load_corpus(tmp_path).problems]
    assert problems == ["x.md:4: field 'case_kind' must be typical, guiding or reference",
                        "x.md:15: field 'linkage' must be a list of forward / reverse"]


def _mini_corpus(root: Path) -> Path:
    (root / "statute").mkdir(parents=True)
    (root / "interpretation").mkdir()
    (root / "case").mkdir()
    shutil.copy(BUNDLED_CORPUS / "statute" / "xingfa.md", root / "statute")
    for p in (BUNDLED_CORPUS / "interpretation").glob("zuiming-*.md"):
        shutil.copy(p, root / "interpretation")
    for doc_id in JUDGMENTS:
        shutil.copy(BUNDLED_CORPUS / "case" / f"{doc_id}.md", root / "case")
    shutil.copytree(TYPICAL, root / "typical")
    return root


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    return _mini_corpus(tmp_path_factory.mktemp("typical-corpus") / "corpus")


def test_offense_page_lists_its_typical_cases_first(mini):
    store = EmbeddedGraphStore.from_graph(build_graph(load_corpus(mini).documents))
    view = offense_view(store, "offense:重大责任事故罪")
    typical = {t["id"]: t for t in view["typical_cases"]}
    assert set(typical) == {"jianli-95", "jianli-96"}
    t = typical["jianli-95"]
    assert t["case_kind"] == "guiding" and t["kind_label"] == "指导性案例" and t["jianli_no"] == "检例第95号"
    assert t["issuer"] == "最高人民检察院" and t["released"] == "2021-01-27" and t["transcription"] is True
    assert t["significance"]["label"] == "指导意义" and t["significance"]["unit_id"] == "jianli-95:s3"
    assert t["significance"]["excerpt"].startswith("（一）安全生产事故调查报告在刑事诉讼中可以作为证据使用")
    assert [c["case_kind"] for c in view["cases"]["top"]] == ["guiding", "guiding", "judgment", "judgment"]
    # a judgment is a plain Case node; an official case cites the 刑法 article its list names and its issuers
    assert store.node("case:cail2018-852392288fabe3e7").props["case_kind"] == "judgment"
    edges = {(e.kind, e.dst) for e in store.edges_from(f"case:{FIRE_ALARM_CASE}")}
    assert {("CHARGED_WITH", "offense:危险作业罪"), ("CITES", "article:xingfa:art134-1"), ("IN_DOMAIN", "domain:安全生产"),
            ("ISSUED_BY", "agency:最高人民法院"), ("ISSUED_BY", "agency:最高人民检察院")} <= edges


@pytest.fixture(scope="module")
def service(mini, tmp_path_factory, embedder):
    data = tmp_path_factory.mktemp("typical-data")
    build_index(mini, data, embedder, show_progress=False)
    return SearchService(data, embedder)


FIRE_ALARM_FACTS = ("某公司负责人明知关闭可燃气体报警器会产生安全隐患，为节省开支仍将油漆仓库、危废仓库的可燃气体报警器关闭，"
                    "消防部门检查时发现仓库内存放大量油漆。要不要移送公安机关？")


def test_consultation_lists_the_matching_typical_case(service):
    answer = consult(service, FIRE_ALARM_FACTS, "forward")
    offense = next(o for o in answer["offenses"] if o["name"] == "危险作业罪")
    related = offense["related_typical_cases"]
    assert related[0]["id"] == FIRE_ALARM_CASE            # the alarm case shares the most words of the three
    assert {r["id"] for r in related} <= {d.id for d in load_corpus(TYPICAL).documents if d.meta["charges"] == ["危险作业罪"]}
    first = related[0]
    assert first["title"].startswith("李某远危险作业案") and first["issuer"] == "最高人民法院、最高人民检察院"
    assert first["significance"]["excerpt"] and first["significance"]["excerpt"][:20] in service.units.unit(
        first["significance"]["unit_id"])["text"].replace("\n", "")


def test_analogous_cases_label_typical_cases(service):
    facts = service.units.unit("jianli-95:s1")["text"]
    results = similar_cases(service, facts, k=20, exclude=frozenset({"jianli-95"}))
    kinds = {r["id"]: r for r in results}
    assert "jianli-96" in kinds and kinds["jianli-96"]["case_kind"] == "guiding" and kinds["jianli-96"]["kind_label"] == "指导性案例"
    assert kinds["jianli-96"]["transcription"] is True and kinds["jianli-96"]["jianli_no"] == "检例第96号"
    judgments = [r for r in results if r["id"] in JUDGMENTS]
    assert judgments and all(r["case_kind"] == "judgment" and r["kind_label"] == "裁判文书" for r in judgments)


def test_search_filters_and_labels_case_kinds(service):
    typical_ids = {d.id for d in load_corpus(TYPICAL).documents}
    hits = service.search(SearchRequest(q="重大责任事故 事故调查报告", k=20, case_kinds=("typical", "guiding", "reference")))["hits"]
    assert hits and {h["doc_id"] for h in hits} <= typical_ids
    assert all(h["case_kind"] in ("typical", "guiding", "reference") for h in hits)
    guiding = service.search(SearchRequest(q="重大责任事故", k=20, case_kinds=("guiding",)))["hits"]
    assert {h["doc_id"] for h in guiding} <= {"jianli-60", "jianli-95", "jianli-96"} and guiding
    judgments = service.search(SearchRequest(q="重大责任事故", k=20, case_kinds=("judgment",)))["hits"]
    assert {h["doc_id"] for h in judgments} == set(JUDGMENTS)
    # a kind no document has finds nothing, not everything
    assert service.search(SearchRequest(q="重大责任事故", k=5, case_kinds=("judgment",), doc="jianli-95"))["hits"] == []
    plain = service.search(SearchRequest(q="第一百三十四条", k=5))["hits"]
    assert all(h["case_kind"] is None for h in plain if h["type"] != "case")


def test_search_api_and_offense_api(service, embedder):
    client = TestClient(create_app(Settings(data_dir=service.data_dir, admin_token="t" * 20), embedder))
    r = client.get("/api/search", params={"q": "可燃气体报警器", "case_kind": "typical"})
    assert r.status_code == 200 and r.json()["hits"][0]["doc_id"] == FIRE_ALARM_CASE
    bad = client.get("/api/search", params={"q": "报警器", "case_kind": "famous"})
    assert bad.status_code == 422 and "case_kind" in bad.json()["error"]["message"]
    assert client.get("/api/facets").json()["case_kind"] == {"typical": "典型案例", "guiding": "指导性案例",
                                                           "reference": "参考案例", "judgment": "裁判文书"}
    page = client.get("/api/offenses/重大责任事故罪").json()
    assert [t["id"] for t in page["typical_cases"]][:2] and {"jianli-95", "jianli-96"} == {t["id"] for t in page["typical_cases"]}


def test_training_draws_questions_from_typical_cases(service):
    questions, stats = generate(service.graph, service.units, Scope(count=12, kinds=("typical_case",), seed=3))
    assert len(questions) >= 8, stats
    forms = {"charge": 0, "transfer": 0}
    for q in questions:
        assert q.kind == "typical_case" and len(q.options) == 4 and q.answer in q.options
        cited = [service.units.unit(u) for u in q.citations]
        assert all(cited) and {u["doc_id"] for u in cited} and len({u["doc_id"] for u in cited}) == 1
        case = service.units.document(cited[0]["doc_id"])["front_matter"]
        assert case.get("case_kind") in ("typical", "guiding", "reference") and "转录" in q.explanation
        if "涉嫌的罪名" in q.stem:
            forms["charge"] += 1
            assert q.answer == q.offense and q.answer in case["charges"]
            assert q.answer.removesuffix("罪") not in q.stem          # the facts do not name the charge
        else:
            forms["transfer"] += 1
            assert "为何应当移送" in q.stem
            assert q.answer.rstrip("…")[-15:] in service.units.unit(q.citations[-1])["text"].replace("\n", "")
    assert forms["charge"] and forms["transfer"]
    # beside the judgments' case → offense questions, official cases only give their own kind
    mixed, _ = generate(service.graph, service.units, Scope(count=30, kinds=("case_offense", "typical_case"), seed=1))
    assert any(q.kind == "typical_case" for q in mixed)
    assert not any(q.kind == "case_offense" and q.citations[0].startswith(("jianli-", "typical-")) for q in mixed)
