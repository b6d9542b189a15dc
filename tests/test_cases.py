"""Case import (with de-identification) and analogous-case search with reasons."""
import json
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from corpus.charges import charge_domains
from corpus.importers.cases import cited_articles, import_cases, select_subset
from corpus.loader import load_corpus

SHARED_CASES = Path(__file__).resolve().parents[2] / "shared" / "data" / "cases" / "lecard_candidates.jsonl"
ROW = {"id": "t-1", "source": {"dataset": "test", "path": "t.jsonl"}, "title": "王小明盗窃一审刑事判决书",
       "header": "某某人民法院刑事判决书（2019）某01刑初1号", "facts": "被告人王小明于2019年1月在某商场窃取被害人李华手机一部，价值人民币三千元。王小明电话13912345678。",
       "reasoning": "本院认为，被告人王小明以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。",
       "result": "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款之规定，判决如下：被告人王小明犯盗窃罪。",
       "charges": ["盗窃罪"], "domains": [], "names_masked": False}


def test_import_deidentifies_and_parses_articles(tmp_path):
    src = tmp_path / "cases.jsonl"
    src.write_text(json.dumps(ROW, ensure_ascii=False) + "\n", encoding="utf-8")
    report = import_cases([src], tmp_path / "out")
    assert len(report.written) == 1 and report.deid.names >= 3 and report.deid.phones == 1
    text = Path(report.written[0]).read_text(encoding="utf-8")
    assert "王小明" not in text and "李华" not in text and "13912345678" not in text
    assert "王某" in text
    doc = load_corpus(tmp_path / "out").documents[0]
    assert doc.meta["charges"] == ["盗窃罪"] and doc.meta["articles"] == ["第二百六十四条", "第六十七条"]
    assert [u.label for u in doc.units] == ["首部", "案件事实", "本院认为", "判决结果"]
    assert doc.source.row == "t-1"


def test_cited_articles_and_subset():
    assert cited_articles("依照《中华人民共和国刑法》第一百三十四条之一、第六十七条第一款之规定") == ["第一百三十四条之一", "第六十七条"]
    rows = [{"id": "a", "charges": ["盗窃罪"], "domains": []}, {"id": "b", "charges": ["盗窃罪"], "domains": []},
            {"id": "c", "charges": ["非法采矿罪"], "domains": ["非法采矿"]}, {"id": "d", "charges": ["非法采矿罪"], "domains": ["非法采矿"]}]
    assert [r["id"] for r in select_subset(rows)] == ["c", "d", "a"]
    shorter = {**rows[1], "facts": "短"}
    assert [r["id"] for r in select_subset([{**rows[0], "facts": "长得多的事实"}, shorter] + rows[2:])] == ["c", "d", "b"]
    assert [r["id"] for r in select_subset(rows, covered=Counter({"盗窃罪": 1}))] == ["c", "d"]


def test_case_domains_are_ours_not_the_datas_tags(tmp_path):
    src = tmp_path / "cases.jsonl"
    row = {**ROW, "charges": ["非法采矿罪"], "domains": ["非法采矿罪"]}
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    import_cases([src], tmp_path / "out")
    domains = load_corpus(tmp_path / "out").documents[0].domains
    # our linkage table files 非法采矿罪 under both 矿产资源 and the wider 自然资源; the data's tag is not ours
    assert "矿产资源" in domains and "非法采矿罪" not in domains
    assert domains == charge_domains(["非法采矿罪"])


@pytest.mark.skipif(not SHARED_CASES.exists(), reason="../shared/data/cases not beside the checkout")
def test_real_judgments_import(tmp_path):
    report = import_cases([SHARED_CASES], tmp_path, limit=5)
    assert len(report.written) == 5 and report.deid.names > 0
    assert load_corpus(tmp_path).ok


@pytest.mark.slow
def test_similar_cases_endpoints(bundled_index, embedder):
    client = TestClient(create_app(Settings(data_dir=bundled_index), embedder))
    r = client.post("/api/cases/similar", json={"facts": "被告人在商场内趁人不备窃取他人手机，价值人民币三千元。", "k": 5})
    body = r.json()
    assert r.status_code == 200 and len(body["cases"]) == 5
    top = body["cases"][0]
    assert "盗窃罪" in top["charges"]
    kinds = {w["kind"] for w in top["why"]}
    assert "text" in kinds and "same_offense" in kinds
    assert all(set(c) >= {"id", "title", "charges", "score", "why", "snippet"} for c in body["cases"])
    own = client.get("/api/cases/lecard2-test-720/similar", params={"k": 5}).json()
    assert own["cases"] and all(c["id"] != "lecard2-test-720" for c in own["cases"])
    assert client.get("/api/cases/xingfa/similar").status_code == 404
    bad = client.post("/api/cases/similar", json={"facts": "盗窃手机", "filters": {"court": "x"}})
    assert bad.status_code == 422


@pytest.mark.slow
def test_compare_two_cases_marks_what_they_share(bundled_index, embedder):
    client = TestClient(create_app(Settings(data_dir=bundled_index), embedder))
    other = client.get("/api/cases/lecard2-test-720/similar", params={"k": 1}).json()["cases"][0]
    body = client.get("/api/cases/compare", params={"a": "lecard2-test-720", "b": other["id"]}).json()
    assert body["a"]["id"] == "lecard2-test-720" and body["b"]["id"] == other["id"]
    texts = ["".join(s["text"] for s in body[side]["sections"]) for side in ("a", "b")]
    shared = body["shared"]
    assert shared["elements"] and all(e in texts[0] and e in texts[1] for e in shared["elements"])
    assert set(shared["charges"]) == set(body["a"]["charges"]) & set(body["b"]["charges"])
    assert body["a"]["source"]["dataset"]
    assert client.get("/api/cases/compare", params={"a": "lecard2-test-720", "b": "xingfa"}).status_code == 404
    assert client.get("/api/cases/compare", params={"a": "x" * 200, "b": "y"}).status_code == 422


@pytest.mark.slow
def test_case_profiles_are_stored_at_build_time(bundled_index):
    """Ranking reads each case's elements and amounts from the build, and they are what a scan of
    the judgment finds (so the stored copy cannot drift from the rule used on the user's facts)."""
    from indexer.build import current_build
    from indexer.case_profile import case_profile
    from indexer.unitstore import UnitStore
    units = UnitStore(current_build(bundled_index) / "units.sqlite")
    ids = ["lecard2-test-720"] + [d["id"] for d in units.documents() if d["type"] == "case"][:20]
    stored = units.case_profiles(ids)
    assert set(stored) == set(ids)
    for doc_id in ids:
        text = "\n".join(u["text"] for u in units.document(doc_id)["units"])
        assert stored[doc_id] == case_profile(text)
    assert any(amounts for _, amounts in stored.values()) and stored["lecard2-test-720"][0]
    assert units.case_profiles(["xingfa"]) == {}


def test_add_case_from_plain_judgment(tmp_path):
    from corpus.frontmatter import CorpusError
    from corpus.importers.single_case import add_case
    judgment = tmp_path / "j.txt"
    judgment.write_text("某某县人民法院刑事判决书（2023）某0101刑初5号。公诉机关某某县人民检察院。被告人赵大勇。"
                        "经审理查明：2023年3月，被告人赵大勇未取得采矿许可证，在某河道非法采砂，价值人民币十二万元。"
                        "本院认为，被告人赵大勇违反矿产资源法的规定，未取得采矿许可证擅自采矿，情节严重，其行为已构成非法采矿罪。"
                        "依照《中华人民共和国刑法》第三百四十三条第一款之规定，判决如下：被告人赵大勇犯非法采矿罪，判处有期徒刑一年。",
                        encoding="utf-8")
    target = add_case(judgment, tmp_path / "corpus")
    doc = load_corpus(tmp_path / "corpus").documents[0]
    assert doc.meta["charges"] == ["非法采矿罪"] and doc.meta["articles"] == ["第三百四十三条"]
    assert [u.label for u in doc.units] == ["首部", "案件事实", "本院认为", "判决结果"]
    assert "赵大勇" not in target.read_text(encoding="utf-8")
    with pytest.raises(CorpusError):                 # the same case twice
        add_case(judgment, tmp_path / "corpus")
    broken = tmp_path / "b.txt"
    broken.write_text("被告人某某盗窃手机一部。", encoding="utf-8")
    with pytest.raises(CorpusError) as exc:
        add_case(broken, tmp_path / "corpus")
    assert "cannot find the section(s)" in str(exc.value) and str(broken) in str(exc.value)


def test_amount_matching_by_unit_and_ratio():
    from indexer.case_profile import amounts, amounts_within, closest_amount
    facts = amounts("盗窃现金人民币三千元，手机两部，另有黄金50克。")
    case = amounts("窃得人民币2,800元及人民币10万元存款，黄金1千克，作案3次。")
    ratio, ours, theirs = closest_amount(facts, case)
    assert (ours, theirs) == ("人民币三千元", "人民币2,800元") and abs(ratio - 2800 / 3000) < 1e-9
    assert closest_amount(facts, amounts("伤害三人")) is None          # no unit in common
    assert amounts_within(facts, case) == [("人民币三千元", "人民币2,800元")]   # 50克 vs 1千克: 20×
    assert ("人民币2,800元", "人民币三千元") in amounts_within(case, facts, min_ratio=0.01)


def test_closest_amounts_of_many_candidates_match_one_by_one():
    """The batched comparison (one request's 60 candidates at once) gives each candidate its own
    best pair: never a pair from a neighbour, the first of equals in text order, None without one."""
    from indexer.case_profile import amounts, closest_amount, closest_amounts
    facts = amounts("诈骗人民币一万元，另骗取黄金100克。")
    candidates = [amounts("骗得人民币9,000元。"), (), amounts("伤害三人"),
                  amounts("骗得人民币12,500元，后又骗得人民币8,000元。"),   # both 0.8 of ours: the first
                  amounts("黄金100克，人民币五十万元。")]
    got = closest_amounts(facts, candidates)
    assert got == [closest_amount(facts, c) for c in candidates]
    assert got[0][2] == "人民币9,000元" and got[1] is None and got[2] is None
    assert got[3] == (0.8, "人民币一万元", "人民币12,500元")
    assert got[4] == (1.0, "100克", "100克")
    assert closest_amounts((), candidates) == [None] * len(candidates)


def test_reasons_shown_are_distinctive():
    """Procedural words, counts and loosely related amounts rank but are not offered as reasons."""
    from api.cases import shown_amount, shown_elements
    assert shown_elements(["非法采矿", "辩护人", "涉嫌犯罪", "采矿许可证"]) == ["非法采矿", "采矿许可证"]
    assert shown_amount(0.93, "人民币三千元", "人民币2,800元")
    assert not shown_amount(0.6, "50，000元", "30000元")
    assert not shown_amount(1.0, "两次", "两次")


@pytest.mark.slow
def test_cases_of_the_predicted_offense_join_the_candidates(bundled_index, embedder):
    """Arson facts: the bundled corpus's other arson judgments are few, and not all reach the best
    text matches. Those the predicted offense brings in fill the top five, and their reason says how
    they were found; without that pool fewer of the five are arson cases."""
    from api.cases import case_facts, similar_cases
    from api.runtime import open_service, ranking_config
    settings = Settings(data_dir=bundled_index)
    service = open_service(settings, embedder, bundled_index)
    facts = case_facts(service, "lecard2-test-230")
    own = frozenset({"lecard2-test-230"})
    arson = [c for c in similar_cases(service, facts, 5, exclude=own) if "放火罪" in c["charges"]]
    assert any("预测罪名放火罪的案例中" in w["detail"] for c in arson for w in c["why"] if w["kind"] == "text")
    without = open_service(settings, embedder, bundled_index, ranking=ranking_config(settings, ["cases.offense_candidates=0"]))
    assert len(arson) > len([c for c in similar_cases(without, facts, 5, exclude=own) if "放火罪" in c["charges"]])


def test_amounts_are_the_acts_not_the_sentence_or_the_law():
    """Probe 28z: 数额相近 matched a 罚金 (并处罚金人民币九万元), half a range (每次30至40吨) and a quoted threshold."""
    from indexer.case_profile import act_amounts
    assert act_amounts("判处有期徒刑三年，并处罚金人民币九万元。") == ()
    assert [a[2] for a in act_amounts("每次运输30至40吨，非法经营数额25万元以上的属情节特别严重，本案销售28万元。")] == ["40吨", "28万元"]


def test_a_shared_charge_is_claimed_only_on_what_shows_it():
    """Probe 28z: "同一罪名：盗窃罪" was claimed on statute hits alone, and one probability stood for two charges."""
    from api.cases import _same_offense_reason
    labels = {"o:a": "盗窃罪", "o:b": "抢劫罪"}
    assert _same_offense_reason(labels, ["o:a"], {"o:a": 0.34}, set(), False) is None
    stated = _same_offense_reason(labels, ["o:a"], {}, {"o:a"}, False)
    assert stated["detail"] == "同罪名：盗窃罪（案情提到该罪名）" and "核对" in stated["evidence"]
    known = _same_offense_reason(labels, ["o:a"], {}, {"o:a"}, True)
    assert "与所查案例的判决罪名相同" in known["detail"]
    likely = _same_offense_reason(labels, ["o:a", "o:b"], {"o:a": 0.97, "o:b": 0.55}, set(), False)
    assert likely["detail"] == "可能同罪名：盗窃罪（预测概率 0.97）、抢劫罪（预测概率 0.55）"


@pytest.mark.parametrize("facts", ["          ", "，。；：！？、……", "\u3000\u3000\u3000\u3000"])
def test_facts_of_spaces_or_punctuation_are_refused(facts):
    from pydantic import ValidationError
    from api.models.cases import SimilarBody
    with pytest.raises(ValidationError, match="案情不能为空"):
        SimilarBody(facts=facts)
