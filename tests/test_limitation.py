"""Whether the time to prosecute may have run out (api/limitation.py; 刑法第八十七条至第八十九条)."""
import datetime as dt

import pytest

from api.limitation import lightest_bracket

from .conftest import judgement


@pytest.mark.parametrize("unit,paragraph,words,limit", [
    ("xingfa:art340", None, "处三年以下有期徒刑", 5),
    ("xingfa:art341", 1, "处五年以下有期徒刑", 10),
    ("xingfa:art341", 3, "处三年以下有期徒刑", 5),       # 依照前款的规定处罚
    ("xingfa:art192", None, "处三年以上七年以下有期徒刑", 10),
    ("xingfa:art133-1", None, "处拘役", 5),            # not 并处罚金
    ("xingfa:art225", None, "处五年以下有期徒刑", 10),
])
def test_the_period_follows_the_lightest_bracket_of_the_offense_s_paragraph(unit, paragraph, words, limit):
    bracket = lightest_bracket(unit, paragraph)
    assert (bracket.words, bracket.limit_years) == (words, limit)


@pytest.mark.parametrize("text,offense,status", [
    ("2019年3月，张某醉酒驾驶机动车，血液酒精含量150mg/100ml。", "危险驾驶罪", "unknown"),
    ("2020年2月，某厂生产销售以次充好的电线，销售金额8万元。", "生产、销售伪劣产品罪", "unknown"),
    ("2021年4月，某厂负责人拒不执行停产停业整改决定，继续生产，具有发生重大伤亡事故的现实危险，2026年11月被发现。", "危险作业罪", "unknown"),
    ("七年前，某公司以次充好销售伪劣产品，销售金额8万元，此后停止销售，现在被查实，是否移送？", "生产、销售伪劣产品罪", "unknown"),
    # within the period: found (and so counted) in time, a longer period, or a recent act
    ("2019年3月，张某醉酒驾驶机动车，血液酒精含量150mg/100ml，当场被公安机关查获。2019年4月立案侦查。", "危险驾驶罪", "met"),
    ("2019年，王某无烟草专卖零售许可证经营卷烟，非法经营数额8万元。", "非法经营罪", "met"),
    ("2024年5月，王某在禁渔期使用电鱼方法捕捞水产品20公斤。", "非法捕捞水产品罪", "met"),
])
def test_a_threshold_met_long_ago_asks_whether_the_period_has_run(law_store, text, offense, status):
    standards, verdict = judgement(law_store, text, offense)
    assert verdict["status"] == status
    if status == "unknown":
        assert any("刑法第八十七条" in n for n in verdict["notes"])


def test_the_period_is_counted_to_the_day_asked_where_the_facts_date_nothing_later(law_store):
    text = "2021年10月，张某醉酒驾驶机动车，血液酒精含量150mg/100ml。"
    assert judgement(law_store, text, "危险驾驶罪", today=dt.date(2026, 9, 30))[1]["status"] == "met"
    assert judgement(law_store, text, "危险驾驶罪", today=dt.date(2026, 11, 1))[1]["status"] == "unknown"


def test_a_paragraph_without_a_bracket_takes_the_article_s_lightest():
    """第三百四十七条第一款 sets none (无论数量多少，都应当追究刑事责任); its lightest is 第四款's 处三年以下."""
    assert lightest_bracket("xingfa:art347").limit_years == 5


@pytest.mark.parametrize("text,offense,status", [
    ("2010年3月，张某向他人贩卖甲基苯丙胺0.5克。", "走私、贩卖、运输、制造毒品罪", "unknown"),
    # an administrative 查处 or 处罚决定 does not stop the period (刑法第八十八条 names 立案侦查、受理)
    ("2018年1月，李某销售伪劣电动车，销售金额经审计为12万元，2018年2月市场监管局对其作出行政处罚决定。", "生产、销售伪劣产品罪", "unknown"),
    ("2018年1月，李某销售伪劣电动车，销售金额经审计为12万元，2018年3月被公安机关立案侦查后潜逃，今年被抓获。", "生产、销售伪劣产品罪", "met"),
])
def test_the_period_stops_only_at_a_criminal_filing(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_calendar_year_before_qian_is_no_span_of_years():
    """Probe 29 (CAIL facts): 2026年前 was read as 2,026 years ago and the consultation failed (date out of range);
    2013年前后 put the act in the year 13 and past every limitation period."""
    import datetime as dt
    from api.act_dates import _ago_spans
    today = dt.date(2026, 12, 3)
    assert _ago_spans("张某于2026年前完成该项目，2013年前后多次盗窃", today) == []
    assert [said for _, said, _ in _ago_spans("张某3年前曾因盗窃被行政处罚", today)] == ["3年前"]
