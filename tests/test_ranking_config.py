"""The ranking config (indexer/ranking.py): its defaults are the constants the modules held before,
overrides from a file or --set change what they should, unknown fields fail by name, and the build
manifest, the service and /api/health record the config."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cases import similar_cases
from api.consult import consult
from api.runtime import open_service, ranking_config
from api.settings import Settings
from indexer.build import current_build, read_manifest
from indexer.predict import available as predictor_available
from indexer.ranking import DEFAULT_RANKING, RankingConfig
from indexer.search import SearchRequest

ROOT = Path(__file__).resolve().parents[1]

# The module constants (and inline literals) these fields replaced, as they were at cd7040c.
OLD_CONSTANTS = {
    "search.candidates": 100,                       # indexer/search.py CANDIDATES
    "search.facet_depth": 100,                      # indexer/search.py FACET_DEPTH
    "search.rrf_k": 60,                             # indexer/fusion.py RRF_K
    "search.case_prior": 0.6,                       # indexer/search.py CASE_PRIOR
    "search.text_list_weight": 1.0,                 # indexer/search.py _with_graph weights [1.0, 1.0]
    "search.graph_list_weight": 1.0,
    "search.hit_offenses": 8,                       # graph/queries.py offenses_for_unit out[:8]
    "graph.seed_depth": 30,                         # indexer/graph_boost.py SEED_DEPTH, search fused[:30]
    "graph.max_articles": 50,                       # indexer/graph_boost.py graph_ranking max_items=50
    "graph.named_offense_vote": 1.0,                # indexer/graph_boost.py NAMED_OFFENSE_VOTE
    "graph.interprets_weight": 0.5,                 # indexer/graph_boost.py INTERPRETS_WEIGHT
    "graph.min_vote_share": 0.3,                    # new this session: weak graph votes stay out
    "lengths.search_query_tokens": 128,             # long search queries read 128 tokens (256 before)
    "lengths.consult_query_tokens": 256,            # consultation's searches (search_query_tokens before)
    "predictor.enabled": True,                      # (new switch: the predictor was always used when present)
    "predictor.articles": 5,                        # indexer/search.py PREDICTED_ARTICLES
    "predictor.article_vote": 2.0,                  # indexer/graph_boost.py PREDICTED_VOTE
    "predictor.article_vote_min_p": 0.3,            # indexer/graph_boost.py PREDICTED_MIN_P (0.1; 0.3 this session)
    "predictor.list_weight": 1.0,                   # indexer/search.py PREDICTED_LIST_WEIGHT
    "predictor.list_min_p": 0.3,                    # indexer/search.py PREDICTED_LIST_MIN_P (0.1; 0.3 this session)
    "predictor.undecided_top_k": 3,                 # (new: confusable charge pairs named in consultation)
    "predictor.undecided_min_p": 0.2,
    "predictor.sure_min_p": 0.5,
    "consult.named_offense_weight": 2.0,            # api/consult.py add(oid, 2.0, …)
    "consult.named_in_question_weight": 4.0,        # a question names it: over the model's sibling guess (ranking.py)
    "consult.search_depth": 30,                     # api/consult.py SearchRequest(k=30)
    "consult.link_weights.defines": 1.0,            # api/consult.py LINK_WEIGHTS
    "consult.link_weights.administrative_counterpart": 0.9,
    "consult.link_weights.charged": 0.7,
    "consult.link_weights.interprets": 0.6,
    "consult.other_link_weight": 0.5,               # api/consult.py LINK_WEIGHTS.get(…, 0.5)
    "consult.top_offenses": 5,                      # api/consult.py TOP_OFFENSES
    "consult.nearest_cases": 10,                    # api/consult.py NEAREST_CASES
    "consult.case_vote_weight": 0.0,                # api/consult.py CASE_VOTE_WEIGHT
    "consult.predicted_charges": 5,                 # api/consult.py PREDICTED_SHOWN
    "consult.predicted_charge_weight": 1.5,         # api/consult.py PREDICTED_CHARGE_WEIGHT
    "consult.predicted_charge_min_p": 0.5,          # api/consult.py PREDICTED_CHARGE_MIN_P (0.1; 0.5 for official linkage cases)
    "consult.predicted_article_min_p": 0.5,         # (new: consultation's searches, instead of predictor.list_min_p)
    "consult.pair_top_k": 3, "consult.pair_min_score": 0.2,    # (new: offense pairs to tell apart, distinctions table)
    # (new, session 15: offense profiles and a question's learned weights; narratives keep the weights above)
    "consult.named_by_act_weight": 0.0, "consult.profile_depth": 10, "consult.profile_weight": 0.0,
    "consult.profile_rank_weight": 0.0, "consult.question.enabled": True, "consult.question.officer_narratives": True,
    "consult.question.court_accounts_as_narratives": True,
    "consult.question.named_accounts_as_narratives": True, "consult.question.named_by_act": 0.0,
    "consult.question.predicted": 0.727, "consult.question.case_vote": 0.29, "consult.question.defines": 0.873,
    "consult.question.administrative_counterpart": 0.476, "consult.question.charged": 0.0,
    "consult.question.interprets": 0.787, "consult.question.other_link": 0.0, "consult.question.profile": 2.04,
    "consult.question.profile_rank": 1.72,
    "cases.candidates": 60,                         # api/cases.py CANDIDATES
    "cases.text_weight": 1.0,                       # api/cases.py WEIGHTS
    "cases.same_offense_weight": 1.2,               # 0.6 until the honest dev sweep (own judgment excluded)
    "cases.shared_element_weight": 0.05,
    "cases.max_elements": 6,                        # api/cases.py MAX_ELEMENTS
    "cases.amount_weight": 0.2,
    "cases.amount_min_ratio": 0.5,                  # api/cases.py best[0] >= 0.5
    "cases.domain_weight": 0.1,
    "cases.named_offense_vote": 2.0,                # api/cases.py {oid: 2.0 …}
    "cases.statute_hits": 10,                       # api/cases.py statute SearchRequest(k=10)
    "cases.predicted_charges": 3,                   # api/cases.py PREDICTED_CHARGES
    "cases.predicted_min_p": 0.1,                   # api/cases.py PREDICTED_MIN_P
    "cases.predicted_vote": 3.0,                    # api/cases.py PREDICTED_VOTE (1.0 until the same sweep)
    "cases.offense_candidates": 5, "cases.offense_candidates_min_p": 0.3,     # added later: no old constant
    "lengths.long_query_chars": 200,                # indexer/search.py LONG_QUERY_CHARS
    "lengths.fact_query_chars": 50,                 # indexer/search.py FACT_QUERY_CHARS
    "lengths.facts_search_chars": 2000,             # api/cases.py SEARCH_FACTS_CHARS
    "lengths.facts_query_tokens": 128,              # api/cases.py FACTS_QUERY_TOKENS
}

CASE_FIRST = "search:\n  case_prior: 50\n"        # judgments far above the articles


def test_defaults_are_the_old_constants():
    assert DEFAULT_RANKING.flat() == OLD_CONSTANTS
    assert RankingConfig() == DEFAULT_RANKING


def test_override_file_changes_the_fused_order(fixture_index, embedder, tmp_path):
    query = SearchRequest(q="盗窃公私财物", k=3)
    default = open_service(Settings(data_dir=fixture_index), embedder)
    assert default.search(query)["hits"][0]["id"] == "fx-xingfa:art264"
    (tmp_path / "ranking.yaml").write_text(CASE_FIRST, encoding="utf-8")
    settings = Settings(data_dir=fixture_index, ranking_file=tmp_path / "ranking.yaml")
    service = open_service(settings, embedder)
    assert service.ranking.search.case_prior == 50 and service.ranking.search.candidates == 100
    assert service.search(query)["hits"][0]["type"] == "case"
    assert default.search(query)["hits"][0]["id"] == "fx-xingfa:art264"     # each service its own knobs


def test_consult_and_similar_cases_read_the_service_config(fixture_index, embedder):
    settings = Settings(data_dir=fixture_index)
    facts = "被告人张某在商场内趁被害人不备窃取手机一部，价值人民币三千元。"
    assert [c["id"] for c in similar_cases(open_service(settings, embedder), facts)] == ["fx-case-1"]
    no_candidates = open_service(settings, embedder, ranking=ranking_config(settings, ["cases.candidates=0"]))
    assert similar_cases(no_candidates, facts) == []
    if not predictor_available():
        pytest.skip("no charge predictor artifact")
    assert len(consult(open_service(settings, embedder), facts)["predicted"]["charges"]) == 5
    one = open_service(settings, embedder, ranking=ranking_config(settings, ["consult.predicted_charges=1"]))
    assert len(consult(one, facts)["predicted"]["charges"]) == 1
    off = open_service(settings, embedder, ranking=ranking_config(settings, ["predictor.enabled=false"]))
    assert consult(off, facts)["predicted"]["charges"] == []


def test_unknown_or_ill_typed_field_fails_naming_it(tmp_path):
    bad = tmp_path / "ranking.yaml"
    bad.write_text("search:\n  case_priro: 0.8\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown ranking field 'search\.case_priro'.*search\.case_prior"):
        ranking_config(Settings(ranking_file=bad))
    with pytest.raises(ValueError, match=r"unknown ranking field 'cases\.candidate'"):
        ranking_config(Settings(), ["cases.candidate=10"])
    with pytest.raises(ValueError, match=r"cases\.candidates: Input should be a valid integer"):
        ranking_config(Settings(), ["cases.candidates=many"])
    with pytest.raises(ValueError, match="name=value"):
        ranking_config(Settings(), ["cases.candidates"])


def test_manifest_service_and_health_record_the_config(fixture_index, embedder, tmp_path):
    assert read_manifest(current_build(fixture_index))["ranking"] == DEFAULT_RANKING.model_dump()
    (tmp_path / "ranking.yaml").write_text(CASE_FIRST, encoding="utf-8")
    settings = Settings(data_dir=fixture_index, ranking_file=tmp_path / "ranking.yaml")
    info = open_service(settings, embedder).info()
    assert info["ranking"]["search"]["case_prior"] == 50 and info["ranking_at_build"]["search"]["case_prior"] == 0.6
    health = TestClient(create_app(settings, embedder)).get("/api/health").json()
    assert health["status"] == "ok" and health["ranking"]["search"]["case_prior"] == 50


def test_cli_build_records_the_configured_file(corpus_copy, tmp_path):
    (tmp_path / "ranking.yaml").write_text("consult.top_offenses: 3\n", encoding="utf-8")
    data = tmp_path / "data"
    env = dict(os.environ, XIANJIE_DATA_DIR=str(data), XIANJIE_CORPUS_DIR=str(corpus_copy),
               XIANJIE_RANKING_FILE=str(tmp_path / "ranking.yaml"))
    subprocess.run([sys.executable, "-m", "api.cli", "index", "--quiet"], env=env, cwd=ROOT, check=True,
                   capture_output=True)
    recorded = read_manifest(current_build(data))["ranking"]
    assert recorded["consult"]["top_offenses"] == 3 and recorded["search"] == DEFAULT_RANKING.search.model_dump()


def test_eval_script_takes_overrides(fixture_index, tmp_path):
    dev = tmp_path / "dev.yaml"
    dev.write_text('- {q: "盗窃公私财物", gold: ["fx-case-1:s0"]}\n', encoding="utf-8")

    def run(*sets: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "scripts/eval_search.py", "--data-dir", str(fixture_index),
                               "--dev", str(dev), "--json", *(x for s in sets for x in ("--set", s))],
                              cwd=ROOT, capture_output=True, text=True)
    default, cases_first = json.loads(run().stdout), json.loads(run("search.case_prior=50").stdout)
    assert default["ranking"] == DEFAULT_RANKING.flat()
    assert cases_first["ranking"]["search.case_prior"] == 50
    assert default["hybrid+graph"]["mrr"] < 1.0 == cases_first["hybrid+graph"]["mrr"]
    failed = run("search.prior=50")
    assert failed.returncode != 0 and "unknown ranking field 'search.prior'" in failed.stderr
