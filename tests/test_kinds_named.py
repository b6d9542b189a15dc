"""A figure counts for a clause only where the facts name the clause's kind of thing: a denied item names
nothing (未查获警用号牌), a cigar is no 卷烟, unstated information is no 住宿信息, and work done by the rules is
no violation of them."""
import pytest

from .conftest import judgement


@pytest.mark.parametrize("text,offense,status", [
    # 立案追诉标准（一）第三十五条（五）: 警用号牌…一副, 其他公安机关专段民用车辆号牌三副; the denied 警用号牌 names none
    ("曹某非法生产、买卖人民警察车辆号牌，被查获其他公安机关专段民用车辆号牌2副，未查获警用号牌。", "非法生产、买卖警用装备罪", "unknown"),
    ("曹某非法生产、买卖人民警察车辆号牌，被查获其他公安机关专段民用车辆号牌4副，未查获警用号牌。", "非法生产、买卖警用装备罪", "met"),
    # 烟草解释（2010）第三条（二） 非法经营卷烟二十万支: 雪茄烟 is named apart (第一条)
    ("刘某无烟草专卖许可证非法经营雪茄烟，查获雪茄烟25万支，经营数额无法查清。", "非法经营罪", "unknown"),
    ("刘某无烟草专卖许可证非法经营卷烟，查获卷烟25万支，经营数额无法查清。", "非法经营罪", "met"),
    # 个人信息解释（2017）第五条（四） 住宿信息…五百条 / （五） 其他 五千条: the kind is unstated
    ("张某非法获取公民个人信息，查获数据4000条。", "侵犯公民个人信息罪", "unknown"),
    ("张某非法获取公民个人信息，查获数据1万条，经比对其中重复及无效信息6000条。", "侵犯公民个人信息罪", "unknown"),
    ("张某非法获取公民住宿信息，查获数据4000条。", "侵犯公民个人信息罪", "met"),
    ("张某非法获取公民个人信息，查获数据6000条。", "侵犯公民个人信息罪", "met"),
    # 刑法第一百三十四条第一款 违反有关安全管理的规定: denied by work done as the rules require
    ("某工厂按规定办理动火作业票，严格执行操作规程进行动火作业，因供应商未告知管道内残留可燃气体发生爆炸，致一名工人死亡。",
     "重大责任事故罪", "not_met"),
    ("某工厂严格执行操作规程进行动火作业，但班长未检测气体即安排进罐，发生爆炸致一名工人死亡。", "重大责任事故罪", "met"),
])
def test_a_figure_counts_only_for_the_kind_the_facts_name(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_another_s_predecessor_s_penalty_is_no_penalty_of_the_company(law_store):
    clauses, verdict = judgement(law_store, "某公司法定代表人的前任，曾在五年内因虚开发票受过两次行政处罚；该公司此次没有实际业务为他人"
                                            "虚开普通发票，票面金额32万元。", "虚开发票罪")
    assert verdict["status"] == "unknown"


@pytest.mark.parametrize("text,offense,status", [
    # a fine is no sum of the act
    ("张某无烟草专卖零售许可证销售卷烟，被烟草专卖局处罚款6万元。", "非法经营罪", "unknown"),
    ("张某无烟草专卖零售许可证销售卷烟，经营数额6万元，被烟草专卖局处以3万元罚款。", "非法经营罪", "met"),
    # 环境污染解释（2023）第一条（二） 危险废物三吨: waste denied to be hazardous, or another waste beside it
    ("某公司将10吨一般工业固体废物（经鉴定不属于危险废物）倾倒于河滩。", "污染环境罪", "unknown"),
    ("某公司将8吨经鉴定不属于危险废物的一般污泥倾倒于河道旁空地。", "污染环境罪", "unknown"),
    ("某公司将2吨废矿物油（危险废物）和5吨一般工业固体废物一并倾倒于荒地。", "污染环境罪", "unknown"),
    ("某公司将5吨废矿物油（危险废物）倾倒于荒地。", "污染环境罪", "met"),
    # 伪劣商品解释（2001）第二条: 销售金额 is what was taken in; goods all sold leave no 货值
    ("某商户销售伪劣插座，进货金额共计6万元，已全部售出，售价共计4万元。", "生产、销售伪劣产品罪", "unknown"),
    ("某商户销售伪劣化肥，按标价计算货值共计7万元，已全部按折扣价售出，实际销售收入3.5万元。", "生产、销售伪劣产品罪", "not_met"),
    ("某商户销售伪劣化肥，已销售金额3万元，库存未销售货值7万元。", "生产、销售伪劣产品罪", "met"),
])
def test_a_sum_counts_only_as_what_the_clause_counts(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # 醉酒 is 80mg/100ml or more: a figure under it leaves 刑法第一百三十三条之一（二） open; the blood test decides
    ("张某醉酒驾驶小汽车被查获，经抽血检测血液酒精含量为78mg/100ml。", "unknown"),
    ("张某醉驾被查，呼气酒精含量85mg/100ml，血液酒精含量79毫克/100毫升。", "unknown"),
    ("张某醉酒驾驶机动车，血液酒精含量180毫克每100毫升。", "met"),
])
def test_a_blood_alcohol_figure_under_the_line_is_no_drunk_driving(law_store, text, status):
    assert judgement(law_store, text, "危险驾驶罪")[1]["status"] == status


@pytest.mark.parametrize("text,item", [
    ("驾驶人驾驶小型汽车在道路上行驶，血液酒精含量检验结果为80mg/100ml。", "met"),       # the line itself is 醉酒
    ("驾驶人驾驶小型汽车在道路上行驶，血液酒精含量检验结果为79mg/100ml。", "not_met"),
    ("驾驶人驾驶小型汽车在道路上行驶，呼气酒精含量检测为85mg/100ml。", "unknown"),      # a breath test screens only
])
def test_a_blood_test_says_drunk_where_the_words_do_not(law_store, text, item):
    """Probe 31b: 血液酒精含量80mg/100ml without the word 醉 was asked whether the driver was drunk."""
    standards, _ = judgement(law_store, text, "危险驾驶罪")
    drunk = next(a for s in standards for a in s["alternatives"] if any("醉酒" in c["text"] for c in a["conditions"]))
    assert next(c for c in drunk["conditions"] if "醉酒" in c["text"])["status"] == item


@pytest.mark.parametrize("text,offense,status", [
    # one member's part of a group's total: the member's figure where the text asks of the member, else neither
    ("张某伙同他人非法经营卷烟，团伙非法经营数额共计12万元，其中张某仅参与其中一次运输，经手卷烟价值1.5万元，张某个人是否达到立案标准？",
     "非法经营罪", "unknown"),
    ("某理财公司非法吸收公众存款共计500万元，其中业务员李某经手吸收资金30万元，领取提成，李某个人是否达到立案标准？", "非法吸收公众存款罪", "unknown"),
    ("某理财公司非法吸收公众存款共计500万元，其中业务员李某经手吸收资金30万元。", "非法吸收公众存款罪", "unknown"),
    ("某理财公司通过推介会向社会公众非法吸收公众存款共计500万元。", "非法吸收公众存款罪", "met"),
])
def test_a_member_s_part_is_not_the_group_s_total(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 集资解释（2022）第八条第三款: returned before the case came to light is deducted; interest paid is not
    ("张某以投资项目为名，使用虚构项目的诈骗方法向社会公众集资15万元，案发前已归还集资参与人8万元。", "集资诈骗罪", "not_met"),
    ("张某以非法占有为目的，使用诈骗方法非法集资20万元，案发前已支付利息3万元。", "集资诈骗罪", "met"),
    # 森林资源解释（2023）第五条: 滥伐 is the volume beyond the licence (15 of 45: under 二十立方米)
    ("某林场持有林木采伐许可证，许可采伐量为30立方米，实际采伐杉木45立方米，超出部分价值约1.5万元。", "滥伐林木罪", "unknown"),
    ("某林场持有林木采伐许可证，许可采伐量为10立方米，实际采伐杉木35立方米。", "滥伐林木罪", "met"),
])
def test_a_sum_returned_or_licensed_is_taken_off(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 刑法第二百零一条第三款 and 税收解释（2024）第四条 add up only 未经处理 amounts: 15万 less the handled 8万
    ("某公司2021年至2023年累计逃避缴纳税款15万元，其中2021年度逃税8万元已被税务机关行政处理，各年度逃税额均占当年应纳税额12%，"
     "税务机关已下达追缴通知，该公司逾期未补缴。", "逃税罪", "not_met"),
    # 森林资源解释（2023）第九条: 25 less the punished 10
    ("王某未取得采伐许可证，在自家承包林地累计滥伐林木25立方米，其中10立方米系2022年所伐，已被林业局行政处罚。", "滥伐林木罪", "unknown"),
    ("王某未取得采伐许可证，在自家承包林地累计滥伐林木25立方米。", "滥伐林木罪", "met"),
    # 野生动物解释（2022）第七条（三） 在禁猎期使用禁用的工具或者方法: a 狩猎证 is no hunting with a banned tool
    ("李某在禁猎期内，持有合法狩猎证，使用合法猎枪猎捕野猪2只，价值约3000元。", "非法狩猎罪", "unknown"),
    ("李某在禁猎期内使用猎夹猎捕野兔，价值3000元。", "非法狩猎罪", "met"),
])
def test_handled_parts_and_licence_names_count_for_nothing(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_requirement_whose_evidence_is_insufficient_is_not_stated(law_store):
    text = "检察院以现实危险证据不足作出不起诉：企业将反应釜超压报警值上调了一倍，篡改了报警数据。"
    verdict = judgement(law_store, text, "危险作业罪")[1]
    assert verdict["status"] == "unknown"


def test_an_accessory_s_part_is_his_own_figure(law_store):
    text = ("某制鞋团伙假冒注册商标，团伙非法经营数额共计20万元，张某系从犯，仅受雇参与其中一批次生产，该批次非法经营数额2万元，"
            "张某是否达到立案标准？")
    assert judgement(law_store, text, "假冒注册商标罪")[1]["status"] == "unknown"


@pytest.mark.parametrize("text,status", [
    ("张某无烟草专卖零售许可证，批发销售卷烟1000条，非法经营数额4万元。", "met"),           # 1000条 = 二十万支
    ("张某无证销售香烟999条，非法经营数额3.9万元，违法所得5000元，此前未受过处罚。", "not_met"),
])
def test_cigarettes_counted_in_cartons_are_counted_in_sticks(law_store, text, status):
    """烟草解释（2010）第三条（二） 二十万支: a 条 is 200 支 (probe 31a: 卷烟1000条 was asked its 支)."""
    standards, verdict = judgement(law_store, text, "非法经营罪")
    assert verdict["status"] == status
