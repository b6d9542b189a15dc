"""Question generation, sets, practice and a 50-person competition driven through the API."""
import threading

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.training.generate import Scope, generate
from api.training.questions import QuestionFactory, Rejected
from graph.extract import Graph
from graph.schema import Edge, Node
from graph.store import EmbeddedGraphStore
from indexer.search import SearchService

TOKEN = "test-admin-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _tiny_graph() -> EmbeddedGraphStore:
    g = Graph()
    g.add_node(Node("article:xingfa:art1", "Article", "刑法第一条", {"unit_id": "xingfa:art1", "doc_id": "xingfa", "article_no": 1}))
    for name in ("甲罪", "乙罪", "丙罪", "丁罪", "戊罪"):
        g.add_node(Node(f"offense:{name}", "Offense", name, {}))
    g.add_edge(Edge("offense:甲罪", "article:xingfa:art1", "DEFINED_BY", "x", "parsed"))
    g.add_edge(Edge("offense:乙罪", "article:xingfa:art1", "DEFINED_BY", "x", "parsed"))
    g.add_node(Node("violation:v", "Violation", "某违法行为", {}))
    for i, agency in enumerate(("应急管理部门（原安全生产监督管理部门）", "应急管理部门（负有职责的部门）", "税务机关", "公安机关")):
        g.add_node(Node(f"agency:{i}", "Agency", agency))
    g.add_edge(Edge("violation:v", "agency:0", "COMPETENT", "law:art1", "curated"))
    return EmbeddedGraphStore.from_graph(g)


def test_ambiguous_questions_are_rejected():
    store = _tiny_graph()
    factory = QuestionFactory(store, units=None)
    with pytest.raises(Rejected):          # 刑法第一条 would define both 甲罪 and 乙罪
        factory.article_offense(store.node("offense:甲罪"))
    with pytest.raises(Rejected):          # only two distractors left once the variant agency is excluded
        factory.agency(store.node("violation:v"))


@pytest.mark.slow
def test_generated_set_is_sound(bundled_index, embedder):
    service = SearchService(bundled_index, embedder)
    questions, stats = generate(service.graph, service.units, Scope(count=20, seed=7))
    assert len(questions) == 20
    assert len({q.id for q in questions}) == 20 and len({q.stem for q in questions}) == 20
    assert len({q.kind for q in questions}) >= 5
    for q in questions:
        assert q.citations and all(service.units.unit(u) for u in q.citations), q
        if q.options:
            assert q.answer in q.options and len(set(q.options)) == len(q.options) == 4
    thresholds = [q for q in questions if q.kind == "threshold"]
    for q in thresholds:                    # what is called 原文 is the cited clause's words, whole
        source = service.units.unit(q.citations[0])["text"]
        assert q.explanation.removeprefix("原文：") in source or q.explanation.startswith("条文要点（节录）：")
    tax, _ = generate(service.graph, service.units, Scope(count=10, domain="税务", seed=1))
    assert tax and all("税务" in q.domains for q in tax)


def test_questions_teach_only_texts_in_force_and_verified(bundled_index, embedder):
    """Probe 28y: keyed answers came from the repealed 知识产权 解释 (法释〔2025〕5号), the amended 治安管理处罚法's old
    article numbers, 〔待核〕 articles, and the 2008 五十万元 that 危害生产安全解释（2015） raised to 一百万元."""
    service = SearchService(bundled_index, embedder)
    graph = service.graph
    questions = [q for seed in (1, 2) for q in generate(graph, service.units, Scope(count=200, seed=seed))[0]]
    assert len(questions) >= 300
    for q in questions:
        for unit_id in q.citations:
            doc = graph.node(f"doc:{unit_id.split(':')[0]}")
            assert not doc or doc.props.get("status") in (None, "现行有效"), (unit_id, q.stem)
        if q.kind.startswith("threshold"):
            standard = next(n for n in graph.nodes_of_kind("Standard") if n.props["unit_id"] == q.citations[0])
            assert not standard.props.get("review"), q.stem
            quoted = q.explanation.removeprefix("原文：")
            assert quoted != q.explanation and quoted.strip("；。") in service.units.unit(q.citations[0])["text"] \
                or q.explanation.startswith("条文要点（节录）："), q.explanation


@pytest.fixture(scope="module")
def client(fixture_index, embedder):
    return TestClient(create_app(Settings(data_dir=fixture_index, admin_token=TOKEN), embedder))


QUESTIONS = [
    {"id": f"q-{i}", "kind": "article_offense", "difficulty": "easy", "stem": f"第{i}题", "options": ["甲", "乙", "丙", "丁"],
     "answer": "甲", "explanation": "原文", "citations": ["fx-xingfa:art264"], "domains": ["刑事"], "offense": "盗窃罪"}
    for i in range(3)]


def _import(client) -> str:
    r = client.post("/api/training/sets/import", json={"title": "测试题集", "questions": QUESTIONS}, headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()["id"]


def test_write_endpoints_need_the_token(client):
    assert client.post("/api/training/sets/import", json={"title": "x", "questions": QUESTIONS}).status_code == 401
    r = client.post("/api/training/sets/import", json={"title": "x", "questions": QUESTIONS}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"


def test_set_edit_practice_export_print(client):
    set_id = _import(client)
    public = client.get(f"/api/training/sets/{set_id}").json()
    assert "answer" not in public["questions"][0]
    r = client.put(f"/api/training/sets/{set_id}/questions/q-0", json={"stem": "改写后的题干"}, headers=AUTH)
    assert r.status_code == 200 and r.json()["stem"] == "改写后的题干"
    bad = client.put(f"/api/training/sets/{set_id}/questions/q-0", json={"options": ["乙", "丙"]}, headers=AUTH)
    assert bad.status_code == 422
    check = client.post(f"/api/training/sets/{set_id}/check", json={"question_id": "q-1", "answer": "乙"}).json()
    assert check["correct"] is False and check["answer"] == "甲" and check["citations"][0]["unit_id"] == "fx-xingfa:art264"
    summary = client.post(f"/api/training/sets/{set_id}/summary", json={"answers": [
        {"question_id": "q-0", "answer": "甲"}, {"question_id": "q-1", "answer": "乙"}]}).json()
    assert summary["correct"] == 1 and summary["by_kind"][0]["total"] == 2
    exported = client.get(f"/api/training/sets/{set_id}/export", headers=AUTH).json()
    assert exported["questions"][0]["stem"] == "改写后的题干"
    assert client.post("/api/training/sets/import", json=exported, headers=AUTH).status_code == 200
    paper = client.get(f"/api/training/sets/{set_id}/print")
    assert paper.status_code == 200 and "答题卡" in paper.text and "答案与出处" not in paper.text
    assert client.get(f"/api/training/sets/{set_id}/print?key=true").status_code == 401
    assert "答案与出处" in client.get(f"/api/training/sets/{set_id}/print?key=true", headers=AUTH).text


def test_competition_with_fifty_concurrent_participants(client, fixture_index):
    set_id = _import(client)
    rnd = client.post("/api/training/rounds", json={"set_id": set_id, "seconds_per_question": 60}, headers=AUTH).json()
    code = rnd["code"]
    people = [client.post(f"/api/training/join/{code}", json={"name": f"选手{i:02d}"}).json() for i in range(50)]
    assert client.post(f"/api/training/join/{code}", json={"name": "选手00"}).status_code == 409
    failures = []
    for qi in range(len(QUESTIONS)):
        client.post(f"/api/training/rounds/{rnd['id']}/next", headers=AUTH)
        current = client.get(f"/api/training/play/{code}").json()
        qid = current["question"]["id"]

        def answer(p, i=qi):
            r = client.post(f"/api/training/play/{code}/answer", json={"question_id": qid, "answer": "甲" if int(p["name"][-2:]) % 2 else "乙"},
                            headers={"X-Participant-Token": p["token"]})
            if r.status_code != 200:
                failures.append(r.text)
        threads = [threading.Thread(target=answer, args=(p,)) for p in people]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        again = client.post(f"/api/training/play/{code}/answer", json={"question_id": qid, "answer": "甲"},
                            headers={"X-Participant-Token": people[1]["token"]})
        assert again.status_code == 409
    assert failures == []
    open_board = client.get(f"/api/training/rounds/{rnd['id']}/leaderboard").json()["leaderboard"]
    assert all(r["answered"] == len(QUESTIONS) - 1 for r in open_board)     # the open question does not count yet
    client.post(f"/api/training/rounds/{rnd['id']}/next", headers=AUTH)      # past the last question: finished
    board = client.get(f"/api/training/rounds/{rnd['id']}/leaderboard").json()["leaderboard"]
    assert len(board) == 50 and all(r["answered"] == len(QUESTIONS) for r in board)
    assert sum(r["correct"] for r in board) == 25 * len(QUESTIONS)
    assert board[0]["points"] >= board[-1]["points"] and board[-1]["points"] == 0
    # state survives a restart: a new store on the same file sees every answer exactly once
    from api.training.store import TrainingStore
    reopened = TrainingStore(fixture_index / "training.sqlite")
    assert len(reopened.answers(rnd["id"])) == 50 * len(QUESTIONS)
    csv_text = client.get(f"/api/training/rounds/{rnd['id']}/results.csv", headers=AUTH).text
    assert csv_text.count("\n") >= 50 + 50 * len(QUESTIONS)


def test_fill_in_amounts_compare_by_value():
    from api.training.questions import is_correct
    q = {"kind": "threshold_cloze", "answer": "10万元"}
    assert is_correct(q, "十万元") and is_correct(q, "100000元") and is_correct(q, "10万元")
    assert not is_correct(q, "五万元") and not is_correct(q, "10万")
    assert not is_correct({"kind": "article_offense", "answer": "甲"}, "乙")


@pytest.mark.parametrize("given,answer,right", [
    ("五倍", "5倍", True), ("百分之五十", "50%", True), ("50％", "50%", True), ("五千条", "5000条", True),
    ("十万元", "10万元", True), ("4倍", "5倍", False), ("五十条", "500条", False), ("百分之三十", "50%", False),
])
def test_fill_ins_in_the_statutes_own_wording_are_graded_by_value(given, answer, right):
    """Probe 28y: 五倍, 百分之五十 and 五千条 were marked wrong for 5倍, 50% and 5000条."""
    from api.training.questions import is_correct
    assert is_correct({"kind": "threshold_cloze", "answer": answer}, given) is right


def test_case_facts_that_name_a_charge_or_agency_options_that_nest_are_rejected():
    """Probe 28y: 应当以虚开增值税专用发票罪追究 gave the answer away; 县级以上人民政府卫生健康主管部门 was offered beside the
    keyed 卫生健康主管部门."""
    import random
    from api.training.questions import CRIME_WORDS_RE, _options
    assert "罪" in CRIME_WORDS_RE.sub("", "被告人王某应当以虚开增值税专用发票罪追究刑事责任")
    assert "罪" not in CRIME_WORDS_RE.sub("", "被告人王某犯罪后自首，认罪悔罪")
    pool = ["县级以上人民政府卫生健康主管部门", "公安机关", "海关", "税务机关", "渔业行政主管部门"]
    for seed in range(20):
        options = _options("卫生健康主管部门", pool, random.Random(seed), nested=True)
        assert "县级以上人民政府卫生健康主管部门" not in options


@pytest.mark.parametrize("answer,same_body", [
    ("市场监督管理部门", "工商行政管理部门"),
    ("县级以上人民政府生态环境主管部门（移送公安机关对直接责任人员处拘留）", "县级以上人民政府环境保护主管部门（生态环境主管部门）"),
    ("应急管理部门", "负有安全生产监督管理职责的部门"),
    ("消防救援机构", "公安机关"),
    ("卫生健康主管部门", "县级以上人民政府卫生行政部门"),
])
def test_an_agency_question_offers_no_other_name_of_the_answers_body(answer, same_body):
    """Probe 28y: 工商行政管理部门 beside the keyed 市场监督管理部门 is the same body before the 2018 reform — two right
    options. A sanitation department (环境卫生) is no health department and may stay."""
    import random
    from api.training.questions import _options
    pool = [same_body, "海关", "税务机关", "烟草专卖行政主管部门", "县级以上地方人民政府环境卫生主管部门"]
    for seed in range(20):
        options = _options(answer, pool, random.Random(seed), nested=True)
        assert same_body not in options and answer in options
