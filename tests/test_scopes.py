"""Clauses that hold for one kind of object (graph/scopes.py, corpus/data/standard_scopes.yaml):
非法经营罪's tobacco, food and payment-settlement figures each decide only their own trade."""
import pytest

from corpus.curated import CuratedTableError
from graph.queries import offense_view
from graph.schema import offense_id
from graph.scopes import load_scopes
from graph.standards import extract_standards

from .conftest import judgement

OFFENSE = "非法经营罪"


def _judged(store, text: str) -> tuple[dict, dict]:
    standards, verdict = judgement(store, text, OFFENSE)
    return {s["id"]: s for s in standards}, verdict


def test_a_trade_the_facts_do_not_name_is_asked_not_judged_on_another_trades_figures(law_store):
    """An unlicensed pharmacy's 二十万元 met the tobacco interpretation's 五万元 and the food interpretation's 十万元."""
    standards, verdict = _judged(law_store, "某药店无药品经营许可证，非法经营药品，经营数额二十万元，违法所得三万元")
    assert verdict["status"] == "unknown" and verdict["basis"] == []
    assert "烟草专卖品" in verdict["questions"][0] and "资金支付结算业务" in verdict["questions"][0]
    tobacco = standards["std:jieshi-yancao-2010:art3"]
    assert tobacco["status"] == "not_applicable" and not tobacco["governing"] and tobacco["firm_status"] == "met"
    assert "案情未说明涉及烟草专卖品" in tobacco["notes"][0]


def test_the_named_trade_is_judged_on_its_own_figures(law_store):
    standards, verdict = _judged(law_store, "张某无证批发卷烟，非法经营数额六万元")
    assert verdict["status"] == "met" and verdict["basis"] == ["std:jieshi-yancao-2010:art3"]
    assert standards["std:jieshi-yancao-2010:art3"]["scope"]["stated"] == "卷烟"
    assert standards["std:jieshi-zhifu-jiesuan-2019:art3"]["status"] == "not_applicable"
    _, verdict = _judged(law_store, "张某未经许可从事POS机套现业务，非法经营数额三百万元")
    assert verdict["status"] != "met"                       # 五百万元 for payment settlement, not tobacco's 五万元
    _, verdict = _judged(law_store, "张某未经许可从事POS机套现业务，非法经营数额五百二十万元")
    assert verdict["basis"] == ["std:jieshi-zhifu-jiesuan-2019:art3"]


def test_a_word_of_another_rule_keeps_the_clause_from_deciding(law_store):
    """信用卡套现 has its own figures (妨害信用卡管理解释), which the corpus lacks: 2019's 五百万元 cannot rule it out."""
    standards, verdict = _judged(law_store, "李某利用POS机为信用卡持卡人套现，数额二百万元")
    assert verdict["status"] == "unknown"
    assert any("案情涉及信用卡" in n for n in verdict["notes"])
    assert standards["std:jieshi-zhifu-jiesuan-2019:art3"]["scope"]["unless_stated"] == "信用卡"


def test_scoped_clauses_do_not_supersede_one_another_on_the_offense_page(law_store):
    standards = {s["id"]: s for s in offense_view(law_store, offense_id(OFFENSE))["standards"]}
    for sid in ("std:jieshi-yancao-2010:art3", "std:jieshi-zhifu-jiesuan-2019:art3", "std:jieshi-shipin-anquan-2021:art18"):
        assert standards[sid]["governing"] and standards[sid]["superseded_by"] is None, sid


def test_a_listed_threshold_under_an_earlier_articles_offense_is_read(law_documents):
    """第三条 cites no 刑法 article: its offense is the one 第二条 convicts of; 四种情形之一 points at a list."""
    stds = {s.id: s for s in extract_standards(law_documents)}
    filing = stds["std:jieshi-zhifu-jiesuan-2019:art3"]
    assert filing.tier == "filing" and filing.articles[0][0] == 225
    assert [(c.metric, c.value) for a in filing.alternatives for c in a.conditions] == [("非法经营数额", 5e6), ("违法所得数额", 1e5)]
    assert stds["std:jieshi-zhifu-jiesuan-2019:art4"].tier == "aggravating"
    referring = stds["std:jieshi-zhifu-jiesuan-2019:art4:1"]
    assert all(c.unit != "种" for a in referring.alternatives for c in a.conditions)


@pytest.mark.parametrize("entry,message", [
    ("{units: [jieshi-yancao-2010:art3], quote: 非法经营药品, kind: 药品, words: [药品]}", "the quote is not in jieshi-yancao-2010:art3"),
    ("{units: [jieshi-yancao-2010:art3], quote: 非法经营烟草专卖品, kind: 烟草, words: [香烟]}", "'香烟' is not a word of jieshi-yancao-2010"),
    ("{units: [jieshi-yancao-2010:art3], quote: 非法经营烟草专卖品, kind: 烟草, words: [卷烟], unless: [雪茄]}",
     "unless and unless_note go together"),
    ("{unit: jieshi-yancao-2010:art3, quote: 非法经营烟草专卖品, kind: 烟草, words: [卷烟]}", "unknown field 'unit'"),
    ("{units: [jieshi-yancao-2010:art3], quote: 非法经营烟草专卖品, kind: 烟草, words: [卷烟], by_default: true}",
     "by_default needs the unless words"),
])
def test_a_scope_entry_is_checked_against_the_corpus(law_documents, tmp_path, entry, message):
    table = tmp_path / "scopes.yaml"
    table.write_text(f"- {entry}\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=f"scopes.yaml:1 .*{message}"):
        load_scopes(law_documents, table)


def test_a_scope_by_default_supersedes_older_general_clauses_and_yields_to_its_unless_words(law_store):
    """野生动物解释（2022）第三条 (在内陆水域) supersedes 立案追诉标准（一）第六十三条 as the general rule; facts at sea
    put it aside for the 2016 海域规定（二）第四条."""
    from .conftest import judgement
    inland, _ = judgement(law_store, "某人在禁渔期捕捞水产品600公斤", "非法捕捞水产品罪")
    at_sea, _ = judgement(law_store, "某人在东海禁渔期捕捞水产品600公斤", "非法捕捞水产品罪")
    governing = lambda standards: {s["source"]["doc_id"] for s in standards if s["governing"]}
    assert governing(inland) == {"jieshi-yesheng-dongwu-2022"}
    assert governing(at_sea) == {"jieshi-guanxia-haiyu-2-2016"}


def test_the_fundraising_advert_clause_is_for_fundraising_adverts(law_store):
    """非法集资解释（2022）第十二条 (a probe: a health product's advert with 违法所得12万元 met it)."""
    from .conftest import judgement
    assert judgement(law_store, "某广告公司为某保健品发布虚假广告，违法所得12万元。", "虚假广告罪")[1]["status"] == "unknown"
    assert judgement(law_store, "某广告公司明知某公司非法集资，仍为其高息理财产品发布虚假广告，违法所得12万元。",
                     "虚假广告罪")[1]["status"] == "met"
