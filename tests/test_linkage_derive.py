"""Derived linkage (graph/linkage_derive.py) on a small real corpus: 刑法, the 罪名 determinations,
安全生产法 and 治安管理处罚法 — candidate links read from the laws' own clauses, with evidence and
score, beside (and beneath) the reviewed links."""
import pytest

from corpus.loader import load_corpus
from graph import linkage_derive as ld
from graph.extract import build_graph
from graph.queries import offense_view
from graph.store import EmbeddedGraphStore
from tests.test_linkage_list import small_corpus

DOCS = {"statute": ["xingfa", "anquan-shengchan-fa", "zhian-guanli-chufa-fa"],
        "interpretation": ["jieshi-weihai-shengchan-anquan-2015", "jieshi-weihai-shengchan-anquan-2022"]}
NO_REVIEWED = {"violations": []}


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list:
    return load_corpus(small_corpus(tmp_path_factory.mktemp("derive-corpus") / "corpus", DOCS)).documents


@pytest.fixture(scope="module")
def links(docs) -> list:
    return ld.derive_links(docs, build_graph(docs, NO_REVIEWED))


def _link(links, unit_id, offense):
    return next((l for l in links if l.unit_id == unit_id and l.offense == offense), None)


def test_an_item_that_restates_the_offense_is_linked_with_its_evidence(links):
    # 安全生产法 第九十九条（七）"关闭、破坏直接关系生产安全的监控、报警…设备" is 刑法 第一百三十四条之一（一）
    link = _link(links, "anquan-shengchan-fa:art99", "危险作业罪")
    assert link is not None, sorted({(l.unit_id, l.offense) for l in links})
    assert link.score >= ld.MIN_SCORE and link.tie == "own"
    assert "追究刑事责任" in link.clause and link.clause_unit == "anquan-shengchan-fa:art99"
    assert {"监控", "报警"} <= set(link.terms) and "关闭" in link.segment
    assert link.criminal_article == "xingfa:art134-1"
    assert "应急管理部门" in link.agency            # from the law's 主管部门 clause (第十条)


def test_each_item_of_a_public_order_article_finds_its_own_offense(links):
    # 治安管理处罚法 第四十二条: （二）侮辱、诽谤 and （四）打击报复证人 are different offenses
    assert _link(links, "zhian-guanli-chufa-fa:art42", "侮辱罪")
    assert _link(links, "zhian-guanli-chufa-fa:art42", "打击报复证人罪")
    assert _link(links, "zhian-guanli-chufa-fa:art67", "引诱、容留、介绍卖淫罪")
    assert not _link(links, "zhian-guanli-chufa-fa:art67", "组织卖淫罪")        # a sibling is not kept along
    assert all(l.agency == "公安机关" for l in links if l.doc_id == "zhian-guanli-chufa-fa")


def test_officials_articles_and_offenses_are_left_out(links):
    # 第九十条 is about the supervising department's staff (处分), not a violation an agency penalizes
    assert not [l for l in links if l.unit_id == "anquan-shengchan-fa:art90"]
    assert not [l for l in links if l.offense in ("玩忽职守罪", "滥用职权罪")]


def test_nothing_below_the_minimum_and_every_link_has_two_shared_words(links):
    assert links and min(l.score for l in links) >= ld.MIN_SCORE
    assert all(len(l.terms) >= 2 for l in links)


def test_one_shared_word_or_a_small_part_of_the_name_scores_zero(docs):
    g = build_graph(docs, NO_REVIEWED)
    profiles = ld.offense_profiles(g, {u.id: u for d in docs for u in d.units})
    index = ld.ConductIndex(profiles)
    guns = next(i for i, p in enumerate(profiles) if p.name == "非法出租、出借枪支罪")
    assert index.score(ld._tokens("出租房屋给无身份证件的人居住"), guns) == 0.0          # one word
    assert index.score(ld._tokens("依法配备公务用枪的人员，非法出租、出借枪支"), guns) > 0
    danger = next(i for i, p in enumerate(profiles) if p.name == "危险驾驶罪")
    assert index.score(ld._tokens("危险化学品专用仓库不符合国家标准"), danger) == 0.0     # 危险 alone is not 危险驾驶


def test_reviewed_link_wins_over_derived_for_the_same_pair(docs):
    reviewed = {"violations": [{"id": "anquan-jiankong", "name": "关闭、破坏监控报警设备", "domain": "安全生产",
                                "agency": "应急管理部门", "penalty": ["anquan-shengchan-fa:art99"],
                                "escalates": [{"offense": "危险作业罪", "basis": ["xingfa:art134-1"]}]}]}
    store = EmbeddedGraphStore.from_graph(build_graph(docs, reviewed))
    view = offense_view(store, "offense:危险作业罪")
    methods = {(v["penalty_articles"][0]["unit_id"], v["provenance"]["method"]) for v in view["forward_violations"]}
    assert ("anquan-shengchan-fa:art99", "curated") in methods
    assert ("anquan-shengchan-fa:art99", "derived") not in methods
    derived = [v for v in view["forward_violations"] if v["provenance"]["method"] == "derived"]
    for v in derived:          # other articles may still be derived, each with its score and evidence
        assert v["link"]["status"] == "derived" and v["link"]["score"] >= ld.MIN_SCORE
        assert v["link"]["evidence"]["terms"] and v["link"]["label"].startswith("自动推导（得分")
    reviewed_view = next(v for v in view["forward_violations"] if v["provenance"]["method"] == "curated")
    assert reviewed_view["link"] == {"status": "reviewed", "label": "已审核"}


def test_derived_links_are_in_the_graph_in_both_directions(docs):
    store = EmbeddedGraphStore.from_graph(build_graph(docs, NO_REVIEWED))
    view = offense_view(store, "offense:侮辱罪")
    forward = [v for v in view["forward_violations"] if v["provenance"]["method"] == "derived"]
    reverse = [v for v in view["reverse_violations"] if v["provenance"]["method"] == "derived"]
    assert forward and reverse
    assert forward[0]["agencies"] == ["公安机关"]
    assert any(p["unit_id"] == "zhian-guanli-chufa-fa:art42" for p in forward[0]["penalty_articles"])


def test_military_duty_offenses_have_no_administrative_counterpart(docs):
    """刑法第十章 (420-451) binds only servicemen: 隐瞒、谎报军情罪 had been derived from 传染病防治法's
    隐瞒、谎报传染病疫情 on two shared words."""
    g = build_graph(docs, NO_REVIEWED)
    units = {u.id: u for d in docs for u in d.units}
    names = {p.name for p in ld.offense_profiles(g, units)}
    assert "盗窃罪" in names and "危险作业罪" in names
    assert "隐瞒、谎报军情罪" not in names and "战时违抗命令罪" not in names


def test_a_derived_link_rejected_on_review_is_not_offered(law_documents):
    """Probe 29a: 危险化学品安全管理条例第八十七条 (夹带危险化学品 in 普通货物) was offered beside ordinary smuggling, on the
    shared words 普通货物. corpus/data/linkage.yaml `rejected_derived` names such pairs; each names a shipped article."""
    from graph.extract import load_linkage
    rejected = load_linkage()["rejected_derived"]
    units = {u.id for d in law_documents for u in d.units}
    assert all(r["article"] in units for r in rejected)
    graph = build_graph(law_documents)
    derived = {(e.src, e.dst) for e in graph.edges if e.kind == "ESCALATES_TO" and e.method == "derived"}
    assert ("violation:derived-weixian-huaxuepin-tiaoli-art87", "offense:走私普通货物、物品罪") not in derived
