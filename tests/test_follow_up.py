"""Facts added after the tool asked (probe 27v): the added sentence must settle only what it says. A ratio given in
a sentence that says 逃税额 settled the 追缴通知, a sentence opening 拒不支付劳动报酬的劳动者 the 责令支付; a gross or
unweighed drug weight, the 货值 of goods already sold and an ordinary net met thresholds they do not meet."""
import pytest

from .conftest import judgement


@pytest.mark.parametrize("text,offense,status", [
    ("某公司采取虚假申报手段少缴税款，逃避缴纳税款数额为15万元。该公司当年应纳税总额为100万元，逃税额占应纳税额的15%。",
     "逃税罪", "unknown"),
    ("某建筑公司老板拖欠20名工人工资共计30万元后失联。拒不支付劳动报酬的劳动者共20名，数额累计30万元。",
     "拒不支付劳动报酬罪", "unknown"),
    # 刑法第三百五十七条第二款: the quantity 查证属实, net of its packing
    ("冯某被查获随身携带冰毒若干克。经称量，冰毒连同包装袋毛重12克。", "非法持有毒品罪", "unknown"),
    ("冯某被查获随身携带冰毒若干克。据冯某供述，其持有的冰毒约有15克，尚未称量。", "非法持有毒品罪", "unknown"),
    ("冯某被查获随身携带冰毒一包，经称量净重12克。", "非法持有毒品罪", "met"),
    # 立案追诉标准（一）第十六条（三） adds the 货值 of goods not yet sold
    ("某公司生产销售以不合格冒充合格的电线电缆，经查销售金额为4万元。另查明已售出的电缆按市场中间价格计算货值金额为20万元。",
     "生产、销售伪劣产品罪", "unknown"),
    ("某公司生产销售以不合格冒充合格的电线电缆，已销售金额4万元，库存未售出的电缆货值金额为5万元。", "生产、销售伪劣产品罪", "met"),
    # 野生动物保护法第二十四条's 网捕 is a banned way to hunt, not to fish
    ("刘某在某水库使用渔网捕捞，非法捕捞水产品600公斤。该水域不属于禁渔区，案发时不在禁渔期。", "非法捕捞水产品罪", "unknown"),
    ("刘某在禁猎区使用猎夹猎捕野兔20只。", "非法狩猎罪", "met"),
])
def test_a_fact_added_settles_only_what_it_says(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_the_offense_named_in_a_statement_still_states_what_it_asks(law_store):
    verdict = judgement(law_store, "该商场犯消防责任事故罪，火灾致1人死亡", "消防责任事故罪")[1]
    assert verdict["status"] == "met"


@pytest.mark.parametrize("text,status", [
    ("某公司老板有能力支付却拒不支付一名劳动者4个月的劳动报酬，数额1.8万元，经人社局责令支付后逾期仍未支付。本省确定的数额标准为一万元。",
     "met"),
    ("某公司老板有能力支付却拒不支付一名劳动者4个月的劳动报酬，数额1.8万元，经人社局责令支付后逾期仍未支付。本省确定的数额标准为二万元。",
     "not_met"),
    ("某公司老板有能力支付却拒不支付一名劳动者4个月的劳动报酬，数额1.8万元，经人社局责令支付后逾期仍未支付。", "unknown"),
    # a province by its name, the act placed there (probe 33 L24's wording); placed elsewhere, or a neighbour's, it fixes nothing
    ("乙省确定的数额标准为一万元。某公司老板在该省有能力支付却拒不支付一名劳动者4个月的劳动报酬，数额1.8万元，经人社局责令支付后逾期仍未支付。",
     "met"),
    ("乙省确定的数额标准为一万元。某公司老板在丙省有能力支付却拒不支付一名劳动者4个月的劳动报酬，数额1.8万元，经人社局责令支付后逾期仍未支付。",
     "unknown"),
    ("邻省确定的数额标准为一万元。某公司老板有能力支付却拒不支付一名劳动者4个月的劳动报酬，数额1.8万元，经人社局责令支付后逾期仍未支付。",
     "unknown"),
])
def test_the_province_figure_the_officer_adds_decides_the_range(law_store, text, status):
    assert judgement(law_store, text, "拒不支付劳动报酬罪")[1]["status"] == status


def test_the_province_figure_is_no_amount_of_the_act():
    from api.stated_standard import stated_province_figures
    from api.verdict import extract_facts
    text = "张某非法采砂，经鉴定采砂价值12万元。经查我省确定的数额标准为10万元。"
    (figure,) = stated_province_figures(text)
    assert figure["value"] == 100000 and figure["unit"] == "元"
    assert [f.quantity.value for f in extract_facts(text)["facts"] if f.quantity.unit == "元"] == [120000]


@pytest.mark.parametrize("text,status", [
    # 劳动报酬 as officers write it: 工资, 工人 (probe 27x: no amount was read, the offense could not be met)
    ("某建筑公司老板有能力支付却拖欠20名工人工资共计15万元，经人社局责令支付后逾期仍不支付。", "met"),
    ("某公司老板有能力支付却拖欠1名工人4个月工资共计2.5万元，经人社局责令支付后逾期仍不支付。", "met"),
    ("某公司老板有能力支付却拖欠1名工人4个月工资共计3000元，经人社局责令支付后逾期仍不支付。", "not_met"),
    ("某公司老板有能力支付却拖欠1名工人4个月工资共计1.2万元，经人社局责令支付后逾期仍不支付。", "unknown"),
    ("某公司老板有能力支付却拖欠1名工人2个月工资共计2.5万元，经人社局责令支付后逾期仍不支付。", "not_met"),
])
def test_wages_are_the_labour_pay_the_clause_counts(law_store, text, status):
    assert judgement(law_store, text, "拒不支付劳动报酬罪")[1]["status"] == status


def test_a_bare_amount_takes_the_thing_named_before_it():
    from graph.standards import conditions_in
    metrics = [c.metric for c in conditions_in("拒不支付十名以上劳动者的劳动报酬且数额累计在三万元至十万元以上的")]
    assert metrics == ["拒不支付", "劳动报酬数额"]
