"""Consultation candidates: offense profiles, the two weightings (question / narrative) and the fit
that learns a question's weights (scripts/learn_consult.py)."""
from pathlib import Path

import numpy as np
import pytest

from api.candidates import gather, ranked, weights
from api.consult import consult, predicted_panel
from indexer.offense_profiles import OffenseProfiles, build_profiles, labelled_questions, offense_profiles, profile_text
from corpus.curated import CuratedTableError
from graph.queries import offenses_by_name
from indexer.ranking import DEFAULT_RANKING
from indexer.search import SearchService

from .conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def service(bundled_index, embedder):
    return SearchService(bundled_index, embedder)


def test_bm25_ranks_the_profile_sharing_the_rarer_words_first():
    profiles = OffenseProfiles({"a": "采伐 林木 许可证", "b": "收购 出售 国家 重点 保护 植物", "c": "国家 规定"})
    ranked_ids = profiles.ranked("收购 野生 保护 植物", 5)
    assert [oid for oid, _ in ranked_ids][:1] == ["b"] and ranked_ids[0][1] == 1.0
    assert "a" not in dict(ranked_ids)          # no shared word, no score


def test_a_profile_holds_the_defining_clause_not_the_whole_article():
    view = {"name": "滥伐林木罪", "articles": [{"unit_id": "x", "clauses": [2]}], "standards": [], "forward_violations": []}
    text = profile_text(view, lambda _: "第一款 盗伐森林或者其他林木\n违反森林法的规定，滥伐森林或者其他林木")
    assert "滥伐森林" in text and "盗伐森林" not in text


def test_the_law_s_words_put_the_plant_offense_among_the_first(service):
    profiles = offense_profiles(service.graph, service.units)
    names = [service.graph.node(oid).label for oid, _ in profiles.ranked("苗木商从山里收购野生的国家一级保护植物出售", 3)]
    assert "危害国家重点保护植物罪" in names


def test_a_question_and_a_narrative_are_weighed_apart():
    knobs = DEFAULT_RANKING.consult
    question, narrative = weights(knobs, True), weights(knobs, False)
    assert question["profile_rank"] > 0 and narrative["profile_rank"] == 0
    assert question["named_in_question"] == narrative["named_in_question"] == knobs.named_in_question_weight
    off = DEFAULT_RANKING.with_overrides({"consult.question.enabled": False}).consult
    assert weights(off, True) == weights(off, False)


def test_every_listed_candidate_says_why(service):
    text = "花卉商从山民手里收购了几十株野生的国家一级保护兰花，准备运到城里卖"
    ev = gather(service, text, predicted_panel(service.graph, text, service.ranking))
    assert ev.question
    listed = ranked(ev, service.ranking.consult)
    assert listed and all(ev.why.get(oid) for oid, _ in listed)
    answer = consult(service, text, "forward")
    assert "危害国家重点保护植物罪" in [o["name"] for o in answer["offenses"][:3]]


def test_a_narrative_lists_no_offense_on_its_profile_alone(service):
    text = "经审理查明：" + "被告人张某于2020年5月在某村承包地内种植作物，与邻居因地界发生口角。" * 6
    ev = gather(service, text, predicted_panel(service.graph, text, service.ranking))
    assert not ev.question
    profile_only = [oid for oid, f in ev.features.items() if set(f) <= {"profile", "profile_rank"}]
    listed = {oid for oid, _ in ranked(ev, service.ranking.consult)}
    assert profile_only and not listed & set(profile_only)


def test_the_fit_weighs_the_feature_that_decides():
    learn = load_script("learn_consult")
    features = list(weights(DEFAULT_RANKING.consult, True))
    rng = np.random.default_rng(0)
    data = []
    for _ in range(60):
        x = rng.random((4, len(features)))
        x[:, :2] = 0                                   # the fixed naming features stay out of it
        gold = int(np.argmax(x[:, features.index("profile_rank")]))
        data.append(([f"o{i}" for i in range(4)], x, {f"o{gold}"}, True))
    start = np.array([weights(DEFAULT_RANKING.consult, True)[f] for f in features])
    fitted = learn.fit(data, features, 0.001, start)
    deciding = fitted[features.index("profile_rank")]
    assert deciding == max(fitted[2:]) and deciding > 2 * np.median(fitted[2:])
    assert learn.evaluate(data, fitted, fitted)[0] > learn.evaluate(data, np.ones(len(features)), np.ones(len(features)))[0]


def test_an_officer_s_long_account_is_weighed_as_a_question_and_a_judgment_s_facts_are_not():
    from api.candidates import officer_text
    knobs = DEFAULT_RANKING.consult
    account = "我们市场监管局在检查中发现，该公司" + "把过期的食品重新包装后继续销售，" * 8 + "请问能否移送？"
    judgment = "经审理查明，被告人李某" + "把过期的食品重新包装后继续销售，" * 8
    assert len(account) > 100 and len(judgment) > 100
    assert officer_text(account, False, knobs) and not officer_text(judgment, False, knobs)
    off = DEFAULT_RANKING.with_overrides({"consult.question.officer_narratives": False}).consult
    assert not officer_text(account, False, off) and officer_text("短问题", True, off)


def test_every_officer_question_is_labelled_with_an_offense_of_the_bundled_graph(service):
    questions = labelled_questions()
    assert len(questions) >= 500
    known = offenses_by_name(service.graph, sorted({q["offense"] for q in questions}))
    assert [f"{q['file']}:{q['line']} {q['offense']}" for q in questions if q["offense"] not in known] == []
    assert {q["direction"] for q in questions} <= {"forward", "reverse"}


def test_a_misspelled_field_in_the_questions_names_file_and_line(tmp_path):
    (tmp_path / "x.yaml").write_text("- {q: 问, direction: forward, offense: 盗窃罪, why: 理由}\n"
                                     "- {q: 问, direction: forward, ofense: 盗窃罪, why: 理由}\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=r"x.yaml:2.*ofense"):
        labelled_questions(tmp_path)


def test_officers_words_join_the_profile_of_their_offense(service):
    question = {"q": "包工头欠薪跑路，限期支付指令书送达后仍不给钱", "direction": "forward", "offense": "拒不支付劳动报酬罪", "why": "-"}
    without = build_profiles(service.graph, service.units, [])
    with_it = build_profiles(service.graph, service.units, [question])
    node = offenses_by_name(service.graph, ["拒不支付劳动报酬罪"])["拒不支付劳动报酬罪"].id
    ask = "老板欠薪不给，还跑路了"
    rank = lambda p: [oid for oid, _ in p.ranked(ask, 10)].index(node) if node in dict(p.ranked(ask, 10)) else 99
    assert rank(with_it) < rank(without) and rank(with_it) == 0


def test_a_broken_curated_table_stops_the_index_command_naming_file_and_line(tmp_path, monkeypatch, capsys):
    import api.curated_checks as checks
    from api.cli import main
    assert checks.check_curated_tables()["officer_questions"] >= 500      # the shipped tables read cleanly
    (tmp_path / "bad.yaml").write_text("- {q: 问, direction: forward, offense: 盗窃罪, why: 理由, extra: 1}\n", encoding="utf-8")
    monkeypatch.setattr(checks, "labelled_questions", lambda: labelled_questions(tmp_path))
    with pytest.raises(CuratedTableError):
        checks.check_curated_tables()
    assert main(["index", "--if-stale", "--quiet", "--data-dir", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml:1" in err and "extra" in err and "index not built" in err
    assert not (tmp_path / "data").exists()


def test_a_short_account_in_a_court_s_words_that_asks_nothing_is_weighed_as_a_judgment_s():
    """被告人…致被害人死亡。 is under 100 characters, so it was weighed by the officers' question weights, which put
    虐待罪 first for a stabbing (held-out short accounts top-1 .253 → .688, scripts/eval_consult.py --short-accounts)."""
    from api.candidates import officer_text
    knobs = DEFAULT_RANKING.consult
    account = "被告人张某因琐事与被害人李某发生争执，持刀朝李某胸部捅刺数刀，致李某死亡。"
    assert not officer_text(account, True, knobs)
    assert officer_text(account + "公安机关是否应当立案？", True, knobs)         # it asks: an officer's question
    off = DEFAULT_RANKING.with_overrides({"consult.question.court_accounts_as_narratives": False,
                                          "consult.question.named_accounts_as_narratives": False}).consult
    assert officer_text(account, True, off)


def test_a_short_account_naming_a_person_that_asks_nothing_is_weighed_as_a_narrative():
    """张某持刀捅刺李某致其死亡。 has no court's words, but it tells what happened to named people, as a judgment does: the
    question weights put 交通肇事罪 first for such accounts (officer-worded short accounts .233 → .634, eval_consult.py
    --short-accounts). A question about it, or a text naming no person (某品牌, 某公司, 位于某村), stays a question."""
    from api.candidates import officer_text
    knobs = DEFAULT_RANKING.consult
    assert not officer_text("张某持刀捅刺李某致其死亡。", True, knobs)
    assert officer_text("张某持刀捅刺李某致其死亡，是否构成故意杀人罪？", True, knobs)
    assert officer_text("商贩明知是使用某品牌商标生产的运动鞋仍购进转卖，卖出二十万元", True, knobs)
    assert officer_text("位于某村的加工厂无证排放含铬废水二十吨", True, knobs)
    off = DEFAULT_RANKING.with_overrides({"consult.question.named_accounts_as_narratives": False}).consult
    assert officer_text("张某持刀捅刺李某致其死亡。", True, off)
