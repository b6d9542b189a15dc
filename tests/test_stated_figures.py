"""How a stated figure is read before it is compared: a range whose lower end carries its own scale (3万至6万元),
a sum in another currency, an estimate that lands exactly on a proportional sum (probe 26n)."""
import pytest

from corpus.quantities import stated_ranges
from graph.standards import find_measures

from .conftest import judgement


@pytest.mark.parametrize("text,low,high", [
    ("销售金额在3万至6万元之间", 30000, 60000),
    ("价值在1.5万到2.5万元之间", 15000, 25000),
    ("销售金额在3万元至6万元之间", 30000, 60000),
    ("五至十万元", 50000, 100000),
])
def test_a_range_is_read_from_its_lower_end(text, low, high):
    (q,) = stated_ranges(text, find_measures(text))
    assert (q.value, q.upper) == (low, high)


@pytest.mark.parametrize("text,offense,status", [
    ("市场监管部门查明，某公司生产销售掺杂掺假的洗衣粉，销售金额在3万至6万元之间，具体数额正在核算，仓库中无尚未销售的产品。",
     "生产、销售伪劣产品罪", "unknown"),
    ("市场监管部门查明，某公司生产销售掺杂掺假的洗衣粉，销售金额在6万至8万元之间。", "生产、销售伪劣产品罪", "met"),
    # the 元 of a threshold is 人民币: 港币105万元 is about ¥96万
    ("金融监管部门查明，某投资公司以高息为诱饵向社会公众非法吸收存款，吸收存款金额为港币105万元，集资参与人为40人，尚未造成损失。",
     "非法吸收公众存款罪", "unknown"),
    ("森林公安查明，邓某非法出售国家二级保护野生动物制品，经鉴定价值2.1万港元。", "危害珍贵、濒危野生动物罪", "unknown"),
    ("森林公安查明，邓某非法出售国家二级保护野生动物制品，经鉴定价值2.1万元。", "危害珍贵、濒危野生动物罪", "met"),
    # an estimate exactly at the threshold decides nothing, by the direct item or by the proportional one
    ("林业部门查明，孙某以非法占有为目的，盗伐他人承包林地的杨树，立木蓄积约5立方米，价值约1.8万元，均为成材林木，无幼树。",
     "盗伐林木罪", "unknown"),
    ("林业部门查明，陈某未经批准非法占用公益林地修建房屋，毁坏公益林地面积约5亩，具体面积待测绘。", "非法占用农用地罪", "unknown"),
    ("林业部门查明，孙某以非法占有为目的，盗伐他人林地的松树，立木蓄积5立方米，价值1.6万元，均为成材林木，无幼树。",
     "盗伐林木罪", "met"),
])
def test_a_figure_decides_only_as_far_as_it_is_stated(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # a denied tool or method states none (野生动物解释（2022）第七条（二）（三）、第三条（三）（四）)
    ("森林公安查明，姚某在禁猎区狩猎，未使用禁用的工具、方法，猎捕野生动物价值2000元。", "非法狩猎罪", "unknown"),
    ("渔政执法人员查明，许某在禁渔区捕捞水产品，未使用电鱼、毒鱼、炸鱼等禁用方法，也未使用禁用工具，捕捞水产品80公斤，价值1200元。",
     "非法捕捞水产品罪", "unknown"),
    # the waste named before the number is another kind (环境污染解释（2023）第一条（二） counts 危险废物 alone)
    ("生态环境部门查明，某建材公司违反国家规定，将一般工业固体废物（炉渣）50吨倾倒在河滩上，该炉渣经鉴别不属于危险废物。", "污染环境罪", "unknown"),
    ("某公司非法倾倒一般工业固体废物5吨、危险废物4吨。", "污染环境罪", "met"),
    # a contract sum for goods not delivered is no 销售金额 (立案追诉标准（一）第十六条)
    ("某商店与客户签订合同约定销售以次充好的钢管，合同金额8万元，尚未交货即被查获，库存钢管货值金额4万元，是否达到生产、销售伪劣产品罪立案标准？",
     "生产、销售伪劣产品罪", "unknown"),
    ("某商店与客户签订合同销售以次充好的钢管，合同金额8万元，钢管已全部交货。", "生产、销售伪劣产品罪", "met"),
])
def test_a_denied_tool_another_waste_or_an_undelivered_contract_meets_nothing(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,kilograms", [("捕捞水产品1100斤", 550), ("危险废物6000斤", 3000), ("渔获物五百市斤", 250)])
def test_a_jin_is_half_a_kilogram(text, kilograms):
    (q,) = find_measures(text)
    assert (q.value, q.unit) == (kilograms, "千克")


@pytest.mark.parametrize("text,status", [
    # 身份信息 is no 住宿信息: its 800条 is no share of 第五条（四）'s 500条 (probe 27x met it by （六）)
    ("某人非法获取并出售公民个人身份信息800条，违法所得1000元。", "unknown"),
    ("某人非法出售公民住宿信息300条、行踪轨迹信息30条。", "met"),
])
def test_a_number_of_unstated_kind_is_no_share_of_one_kinds_threshold(law_store, text, status):
    assert judgement(law_store, text, "侵犯公民个人信息罪")[1]["status"] == status


def test_trees_counted_in_ke_are_counted_in_zhu(law_store):
    """棵 and 株 count the same trees (probe 27x: 幼树250棵 stayed open where 250株 met 第四条（二）)."""
    assert judgement(law_store, "王某盗伐他人林地内的杉树幼树250棵。", "盗伐林木罪")[1]["status"] == "met"


def _compared(law_store, text: str, offense: str) -> list[str]:
    clauses, _ = judgement(law_store, text, offense)
    return [c.get("compared") or "" for st in clauses for alt in st["alternatives"] for c in alt["conditions"]]


@pytest.mark.parametrize("text,shown", [
    # 1亩 = 10,000/15 平方米: 4000平方米 is 6亩, over 立案追诉标准（一）第六十七条's 五亩; 3000平方米 is 4.5亩, under it
    ("村民张某未经批准在基本农田上建房，非法占用基本农田4000平方米。", "6亩 ≥ 5亩（4000平方米按1亩折合666.67平方米计，约6.00亩）"),
    ("村民张某未经批准在基本农田上建房，非法占用基本农田3000平方米。", "4.5亩 < 5亩（3000平方米按1亩折合666.67平方米计，约4.50亩）"),
])
def test_an_area_in_square_metres_is_compared_in_mu(law_store, text, shown):
    assert shown in _compared(law_store, text, "非法占用农用地罪")


def test_the_tax_owed_in_all_is_not_the_tax_evaded(law_store):
    """应纳税额为80万元 is the base of 占应纳税额, not the sum evaded: 少缴8万元 stays under 十万元 (税收解释（2024）第二条)."""
    text = "某公司2024年度通过隐匿收入方式少缴增值税税额8万元，应纳税额为80万元。"
    compared = _compared(law_store, text, "逃税罪")
    assert "80000元 < 100000元" in compared and not any(c.startswith("800000元") for c in compared)
    assert judgement(law_store, text, "逃税罪")[1]["status"] == "not_met"


@pytest.mark.parametrize("text,offense,shown", [
    # probe 27x: an estimate the facts later settle decided the clause (约4万多元 read as 40000 < 五万元)
    ("王某销售伪劣电线，销售金额约4万多元，经审计核算销售金额为52000元。", "生产、销售伪劣产品罪", "52000元 ≥ 50000元"),
    ("王某盗伐林木，立木蓄积约6立方米，经林业部门鉴定，立木蓄积为4.2立方米。", "盗伐林木罪", "4.2立方米 < 5立方米"),
    ("王某盗伐林木，立木蓄积约4立方米，经林业部门鉴定，立木蓄积为5.2立方米。", "盗伐林木罪", "5.2立方米 ≥ 5立方米"),
])
def test_a_settled_figure_replaces_the_estimate_before_it(law_store, text, offense, shown):
    compared = _compared(law_store, text, offense)
    assert shown in compared and not any(c.startswith(("40000元", "6立方米 ≥", "4立方米 <")) for c in compared)


@pytest.mark.parametrize("text,offense,status", [
    # a part valued, another still being valued: at least the part (野生动物解释（2022）第六条 二万元)
    ("某人非法出售国家二级保护野生动物制品，已评估部分价值1.8万元，另查获同类制品一批尚在评估。", "危害珍贵、濒危野生动物罪", "unknown"),
    ("某人非法出售国家二级保护野生动物制品，经评估价值1.8万元，另查获同类制品一批，价值待定。", "危害珍贵、濒危野生动物罪", "unknown"),
    ("某人非法出售国家二级保护野生动物制品，已评估部分价值3万元，另查获同类制品一批尚在评估。", "危害珍贵、濒危野生动物罪", "met"),
    ("某人非法出售国家二级保护野生动物制品，经评估价值1.8万元。", "危害珍贵、濒危野生动物罪", "not_met"),
    # waste produced, or disposed of lawfully, is no waste disposed of unlawfully (环境污染解释（2023）第一条（二） 三吨)
    ("某企业产生危险废物共3吨，其中2吨已依法交有资质单位处置，另1吨偷倒在河滩。", "污染环境罪", "unknown"),
    ("某企业危险废物年产生量3.5吨，检查发现其中约50公斤被偷倒在厂外。", "污染环境罪", "unknown"),
    ("某企业非法倾倒危险废物3.2吨。", "污染环境罪", "met"),
    # the offender's own part of a total (森林资源解释（2023）第四条 五立方米)
    ("某人盗伐杉木立木蓄积6立方米，经查其中2立方米系他人另行盗伐，与其无关。", "盗伐林木罪", "unknown"),
    ("某人共运走杉木6立方米，经查其中只有3立方米是其盗伐的，另3立方米为合法购买。", "盗伐林木罪", "unknown"),
])
def test_a_part_is_not_the_whole(law_store, text, offense, status):
    """Probe 31b: each was a sure answer on the wrong figure (a part as the whole, or a total as the part)."""
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    ("某农户持有罂粟种子60克，经鉴定已灭活，不能发芽。", "非法买卖、运输、携带、持有毒品原植物种子、幼苗罪", "not_met"),
    ("某人持有未经灭活的罂粟种子60克。", "非法买卖、运输、携带、持有毒品原植物种子、幼苗罪", "met"),
    ("某公司在许可的矿区范围内擅自开采许可证规定矿种以外的金矿（非共生、伴生矿），金矿价值50万元。", "非法采矿罪", "met"),
    ("某公司在许可的矿区范围内开采，矿产品价值50万元。", "非法采矿罪", "not_met"),
])
def test_an_element_the_facts_rule_out_or_keep(law_store, text, offense, status):
    """刑法第三百五十二条 未经灭活; 矿产解释（2016）第二条（五） a mineral the licence does not name (probe 31b)."""
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_standard_stated_as_a_list_gives_each_items_figure():
    """本省确定的标准为：… one figure per item, after a colon (probe 39c K39, 41a T56 asked for them)."""
    from api.stated_standard import stated_province_figures, within_province_standard
    text = ("拖欠九名工人工资共计八万七千元。本省确定的标准为：拒不支付一名劳动者三个月以上劳动报酬且数额在一万元以上，"
            "或者拒不支付十名以上劳动者劳动报酬且数额累计在五万元以上。")
    assert sorted(f["value"] for f in stated_province_figures(text) if f["unit"] == "元") == [10000.0, 50000.0]
    assert within_province_standard(text, text.index("五万元")) and not within_province_standard(text, text.index("八万七千元"))
