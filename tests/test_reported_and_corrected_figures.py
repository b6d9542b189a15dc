"""Figures the facts do not state as found (api/verdict.py extract_facts, api/own_share.py): reported, denied, hedged,
labelled, suspected and untested, superseded by the actual figure, or a part not counted. Probes 31c and 31d: each text
below was a sure 已达到 on the first figure."""
import pytest

from .conftest import judgement


@pytest.mark.parametrize("text,offense,status", [
    # reported, denied or hedged
    ("据举报，某人出售公民姓名电话信息1万条。", "侵犯公民个人信息罪", "unknown"),
    ("据群众反映，某人出售公民姓名电话信息1万条。", "侵犯公民个人信息罪", "unknown"),
    ("听说某商户销售伪劣产品金额达10万元。", "生产、销售伪劣产品罪", "unknown"),
    ("被害人称被某人虚构事实骗走5万元，尚无其他证据。", "诈骗罪", "unknown"),
    
    ("当事人否认销售金额达到6万元，目前查实销售伪劣产品3万元。", "生产、销售伪劣产品罪", "unknown"),   # 货值 unstated
    ("目前查实销售伪劣产品3万元，当事人否认销售金额达到6万元。", "生产、销售伪劣产品罪", "unknown"),
    ("某商户销售伪劣产品，不排除其销售金额达到6万元。", "生产、销售伪劣产品罪", "unknown"),
    ("某商户销售伪劣产品，销售金额可能达到6万元。", "生产、销售伪劣产品罪", "unknown"),
    # superseded by what it actually was
    ("某人盗窃财物价值5000元，经价格认定实际价值900元。", "盗窃罪", "unknown"),   # 多次、入户… unstated
    ("某商户销售伪劣产品，原统计销售金额5万元，经核减后为2万元。", "生产、销售伪劣产品罪", "unknown"),
    ("某人出售公民姓名电话信息6000条，去重后为2000条。", "侵犯公民个人信息罪", "unknown"),
    # a part not counted, or the only part counted
    ("某商户销售伪劣产品，销售金额5万元，其中3万元所售产品经检验为合格产品。", "生产、销售伪劣产品罪", "unknown"),
    ("某人出售公民姓名电话信息6000条，经核实其中4000条系重复。", "侵犯公民个人信息罪", "unknown"),
    ("某人吸收公众存款120万元，经查其中80万元系其本人及家人的自有资金。", "非法吸收公众存款罪", "unknown"),
    ("某企业非法倾倒固体废物5吨，经鉴定其中仅1吨属于危险废物。", "污染环境罪", "unknown"),
    ("某人采伐林木立木蓄积共25立方米，其中超出采伐许可证范围的部分为15立方米。", "滥伐林木罪", "unknown"),
    ("某商户销售伪劣产品，销售金额8万元，其中6万元为不合格产品。", "生产、销售伪劣产品罪", "met"),   # 不合格 is what counts
])
def test_a_figure_not_found_decides_nothing(law_store, text, offense, status):
    """unknown where the first figure had met the clause and the rest of its items are unstated."""
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    ("查获个人走私进口的一批电子元器件，货物价值约50万元，偷逃税款尚未计核。", "走私普通货物、物品罪", "unknown"),
    ("查获白色晶体15克，疑似冰毒，尚未进行毒品定性检验。", "非法持有毒品罪", "unknown"),
    ("查获冰毒15克。", "非法持有毒品罪", "met"),
    ("查获罂粟种子60克，经鉴定已炒熟灭活。", "非法买卖、运输、携带、持有毒品原植物种子、幼苗罪", "not_met"),
    ("查获气枪铅弹一盒，包装标注1000发，经清点实有820发，无其他枪支弹药。", "非法持有、私藏枪支、弹药罪", "unknown"),
    ("钱某醉酒后在某居民小区内驾驶轿车，血液酒精含量95毫克/100毫升，该小区是否允许社会车辆通行尚未查明。", "危险驾驶罪", "unknown"),
    ("孙某醉酒后驾驶轿车，驾驶地点是否属于道路尚未查明。", "危险驾驶罪", "unknown"),
    ("孙某醉酒后在城区道路上驾驶轿车，血液酒精含量95毫克/100毫升。", "危险驾驶罪", "met"),
    ("王某容留一名成年女子在其出租屋内卖淫，该女子卖淫获利1.2万元。", "引诱、容留、介绍卖淫罪", "unknown"),
])
def test_what_the_thing_is_or_where_it_was_must_be_found_too(law_store, text, offense, status):
    """Probe 31c: a goods value read as the tax, an untested powder as 冰毒, a package's label as the count, a
    residential compound as a road, and the woman's earnings as the host's 非法获利."""
    assert judgement(law_store, text, offense)[1]["status"] == status
