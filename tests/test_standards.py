"""The threshold model against the four wrong verdicts of issue 16, and the imported filing
standards: conjunctions, alternatives, ranges, qualitative conditions, tiers, 待核 articles."""
import pytest

from api.consult import offense_verdict
from api.verdict import evaluate_standard, extract_facts
from corpus.loader import BUNDLED_CORPUS, load_corpus
from graph.standards import extract_standards, find_measures, requirements_in


@pytest.fixture(scope="module")
def standards():
    docs = [d for d in load_corpus(BUNDLED_CORPUS).documents if d.type != "case"]
    return {s.id: s for s in extract_standards(docs)}


def verdict(std, text):
    return evaluate_standard(std.to_dict(), extract_facts(text))


def test_tax_evasion_needs_both_conjuncts(standards):
    """刑法第二百零一条: 数额较大 并且 占应纳税额百分之十以上; the interpretation sets 数额较大 at 十万元."""
    std = standards["std:jieshi-weihai-shuishou-2024:art2:数额较大"]
    assert std.tier == "filing"
    ratio = next(c for c in std.alternatives[0].conditions if c.unit == "%")
    assert (ratio.value, ratio.basis) == (10, "xingfa:art201")
    below = verdict(std, "逃避缴纳税款十二万元，占应纳税额百分之八")
    assert below["status"] == "not_met"
    assert [c["status"] for c in below["alternatives"][0]["conditions"]] == ["met", "not_met"]
    assert verdict(std, "逃避缴纳税款十二万元，占应纳税额百分之十五")["status"] == "met"
    unstated = verdict(std, "逃避缴纳税款十二万元")
    assert unstated["status"] == "unknown" and any("占应纳税额" in q for q in unstated["questions"])


def test_mining_clause_with_unstated_place_is_not_met(standards):
    std = standards["std:jieshi-feifa-caikuang-2016:art3"]
    result = verdict(std, "无证开采河道砂石，矿产品价值三十五万元")
    by_label = {a["label"]: a for a in result["alternatives"]}
    assert by_label["（二）"]["status"] == "unknown"          # the place is not stated
    assert by_label["（一）"]["status"] == "met"               # above the top of 十万元至三十万元
    assert result["status"] == "met"
    placed = verdict(std, "在禁采期内无证采砂，矿产品价值二十万元")
    assert {a["label"]: a["status"] for a in placed["alternatives"]}["（二）"] == "met"
    between = verdict(std, "无证采矿，矿产品价值八万元")
    assert between["status"] == "unknown" and any("禁采" in q for q in between["questions"])


def test_unlicensed_medicine_qualitative_item(standards):
    std = standards["std:jieshi-feifa-xingyi-2016:art2"]
    result = verdict(std, "未取得医生执业资格非法行医，导致就诊人轻度残疾")
    assert result["status"] == "met"
    first = result["alternatives"][0]["conditions"][0]
    assert first["status"] == "met" and "轻度残疾" in first["fact"]["text"]
    denied = verdict(std, "非法行医，未造成就诊人轻度残疾")
    assert denied["alternatives"][0]["status"] != "met" and denied["status"] != "met"


def test_aggravating_tiers_are_apart_from_filing(standards):
    tiers = {s.term: s.tier for s in standards.values() if s.unit_id == "jieshi-weihai-shuishou-2024:art2"}
    assert tiers == {"数额较大": "filing", "数额巨大": "aggravating"}
    assert standards["std:jieshi-feifa-caikuang-2016:art3:1"].tier == "aggravating"     # 情节特别严重
    assert standards["std:jieshi-feifa-xingyi-2016:art3"].tier == "aggravating"         # 严重损害就诊人身体健康
    # the offense verdict reads only governing filing clauses: a met aggravating tier does not decide
    filing = {"id": "f", "tier": "filing", "governing": True, "status": "not_met", "questions": [], "notes": []}
    tier = {"id": "a", "tier": "aggravating", "governing": False, "status": "met", "questions": [], "notes": []}
    assert offense_verdict([filing, tier])["status"] == "not_met"


def test_negation_and_enumeration():
    [req] = requirements_in("（二）在禁采区、禁采期内采矿，开采的矿产品价值在五万元以上的；")
    std = {"alternatives": [{"label": "", "text": "", "conditions": [], "requirements": [req.__dict__]}]}
    assert evaluate_standard(std, extract_facts("不在禁采区、禁采期内采矿"))["status"] == "not_met"
    assert evaluate_standard(std, extract_facts("未取得采矿许可证在禁采区采矿"))["status"] == "met"


def test_percentages_are_measures():
    [q] = find_measures("占应纳税额百分之八")
    assert (q.value, q.unit) == (8, "%")


def test_unverified_article_never_decides_alone(standards):
    std = standards["std:lian-zhuisu-biaozhun-2:art23"]     # 非法吸收公众存款 (二) 2022 第二十三条: 待核
    assert std.review and std.tier == "filing"
    result = verdict(std, "非法吸收公众存款二百万元")
    assert result["firm_status"] == "met" and result["status"] == "unknown"
    assert any("待核" in n for n in result["notes"])
    confirmed = standards["std:lian-zhuisu-biaozhun-1:art16"]  # 伪劣产品: confirmed
    assert confirmed.review is None and verdict(confirmed, "销售伪劣产品，销售金额六万元")["status"] == "met"


def test_filing_heads_name_offenses(standards):
    assert standards["std:lian-zhuisu-biaozhun-1:art57"].offense_names == ["非法行医罪"]
    assert standards["std:lian-zhuisu-biaozhun-2:art2"].offense_names == ["走私假币罪"]   # 〔〕 brackets
