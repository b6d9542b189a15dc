"""Whose an amount or act is (api/holder.py): a clause whose subject is another person states nothing of the offender."""
import pytest

from api.holder import other_holder
from api.verdict import extract_facts

from .conftest import judgement


@pytest.mark.parametrize("text,word,holder", [
    ("赵某吸收80万元。其妻子两年前曾因非法集资受过行政处罚。", "曾因", "其妻子"),
    ("其同伙李某去年曾因非法集资受过行政处罚", "去年", "其同伙李某"),
    ("尤某的上家出售公民个人信息8000条", "8000", "尤某的上家"),
    ("冯某所在公司二年内曾因非法买卖外汇受过行政处罚", "二年内", "冯某所在公司"),
    ("张某二年内曾因非法买卖外汇受过行政处罚", "二年内", None),
    ("其妻子协助其销售假药3万元", "3万", None),          # helping him: his sales too
    ("老板以投资项目为名向三百多名群众拉来投资款五百万元", "五百万", None),   # no possessor: the 老板 is the offender
    ("该公司曾因虚开发票受过行政处罚", "曾因", None),
])
def test_the_holder_is_the_clause_s_subject_with_a_possessor(text, word, holder):
    assert other_holder(text, text.find(word)) == holder


def test_another_person_s_amount_is_no_fact_of_the_offender():
    facts = extract_facts("尤某的上家出售公民个人信息8000条，尤某从上家处购买其中100条姓名、电话信息转卖给他人。")["facts"]
    assert [f.quantity.value for f in facts] == [100]


@pytest.mark.parametrize("text,offense,status", [
    # 集资解释（2022）第三条（一） 100万: the wife raised the 120万 on her own
    ("张某通过网络公开宣传向社会公众吸收资金，其妻子另行吸收资金120万元，张某本人吸收20万元。", "非法吸收公众存款罪", "unknown"),
    # 个人信息解释（2017）第五条（五） 5000条: the upstream seller's count
    ("尤某的上家出售公民个人信息8000条，尤某从上家处购买其中100条姓名、电话信息转卖给他人。", "侵犯公民个人信息罪", "unknown"),
    # 刑法第一百三十三条之一（二）: another drove
    ("王某醉酒后由其妻子驾驶小汽车送其回家，王某坐在副驾驶座位，未驾驶车辆。", "危险驾驶罪", "unknown"),
    ("王某醉酒后驾驶小汽车回家。", "危险驾驶罪", "met"),
])
def test_another_person_s_amount_or_act_meets_no_clause(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_planned_and_excluded_figures_are_not_the_sum():
    """集资解释（2022）第六条 counts what was taken, not what was planned; 个人信息解释（2017）第十一条第三款 leaves out
    records shown to be duplicate or untrue; 1万条 is ten thousand records."""
    planned = extract_facts("钱某通过推介会向社会公众公开宣传，计划吸收资金200万元，实际吸收资金30万元，尚未造成损失。")["facts"]
    assert [f.quantity.value for f in planned] == [300000]
    records = extract_facts("张某非法获取公民个人信息，查获数据1万条，经比对其中重复及无效信息6000条。")["facts"]
    assert [f.quantity.value for f in records] == [4000] and "重复" in records[0].note
    invoices = extract_facts("票面金额合计60万元，其中40万元有真实业务且开票内容与实际一致，其余20万元没有实际业务。")["facts"]
    assert invoices[0].quantity.value == 200000


@pytest.mark.parametrize("text,offense,status", [
    ("钱某通过推介会向社会公众公开宣传，计划吸收资金200万元，实际吸收资金30万元，尚未造成损失。", "非法吸收公众存款罪", "unknown"),
    # 烟草解释（2010）第三条（一） 违法所得数额在二万元以上: a bare 数额 is the trade's, not a gain
    ("钱某无烟草专卖许可证贩卖卷烟，数额3.2万元；其同伙李某三年内曾因非法经营烟草专卖品受过两次行政处罚，钱某本人此前从未受过行政处罚。",
     "非法经营罪", "unknown"),
    ("钱某无烟草专卖许可证贩卖卷烟，违法所得3.2万元。", "非法经营罪", "met"),
])
def test_figures_of_another_kind_meet_no_clause(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,word,holder", [
    # a clause with no subject of its own goes on with the one before
    ("某公司法定代表人的前任，曾在五年内因虚开发票受过两次行政处罚；该公司此次虚开", "受过", "某公司法定代表人的前任"),
    ("其妻子经营超市，曾因非法集资受过行政处罚", "受过", "其妻子"),
    ("张某非法经营卷烟，曾因非法经营受过两次行政处罚", "受过", None),
])
def test_a_subjectless_clause_takes_the_holder_of_the_clause_before(text, word, holder):
    assert other_holder(text, text.find(word)) == holder


@pytest.mark.parametrize("text", [
    "当事人明知对方利用网络开设赌场，仍为其提供网站推广服务，获利8000元",
    "当事人为他人提供网站推广服务，获利8000元，后查明对方利用网络开设赌场",
])
def test_the_other_party_s_gambling_house_is_not_the_helper_s(law_store, text):
    """Probe 31a: 开设赌场 was met by the site owner's act (a helper's share is judged on the 2010 网络赌博意见's figures)."""
    assert judgement(law_store, text, "开设赌场罪")[1]["status"] == "unknown"
    assert other_holder(text, text.find("开设赌场")) is not None
    assert other_holder("张某为他人提供赌博场所", 4) is None          # 为他人: this person's act towards them
