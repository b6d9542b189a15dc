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


@pytest.mark.parametrize("text,offense,status", [
    # probe 31e: the deducted tax and the invoicer's fee are no 税款数额 of the invoices
    ("某公司为他人虚开增值税专用发票共计40份，价税合计约206万元，收取开票费约8万元。下游企业已认证抵扣税款约1.2万元。",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # probe 31e: three thefts more than two years apart are no 多次盗窃; a sum inside the province's range is asked
    ("阚某2021年5月、2023年1月、2024年9月先后三次在超市盗窃商品，价值分别为120元、150元、200元，三次均未被处理。", "盗窃罪", "unknown"),
    ("阚某2024年1月、3月、5月先后三次在超市盗窃商品，价值分别为120元、150元、200元，三次均未被处理。", "盗窃罪", "met"),
    ("余某未取得采矿许可证，三次非法采砂，价值分别为4.1万元、3.2万元、3.9万元，均未经处理。", "非法采矿罪", "unknown"),
    ("余某未取得采矿许可证，三次非法采砂，价值分别为4.1万元、3.2万元、3.9万元。2月那次已被水利部门处罚，另两次未经处理。",
     "非法采矿罪", "unknown"),
    # probe 31f: a part with the thing named, a part denied the thing, the rest said open
    ("某企业向农田倾倒工业固体废物5吨，其中2吨属于危险废物。", "污染环境罪", "unknown"),
    ("某企业向农田倾倒工业固体废物5吨，其中仅2吨经鉴定属于危险废物，其余为一般固体废物。", "污染环境罪", "unknown"),
    ("赵某开设赌场，设置电子游戏机12台，其中仅7台具有退币赌博功能，其他情况尚未查清。", "开设赌场罪", "unknown"),
    ("赵某开设赌场，设置赌博机12台，其中5台系他人所有、与赵某无关，其他情况尚未查清。", "开设赌场罪", "unknown"),
    ("赵某在学校附近设置赌博机2台供人赌博。", "开设赌场罪", "unknown"),          # 学校 alone may be a university
    ("李某无烟草专卖零售许可证，销售香烟1200条，其中500条为雪茄烟，价值未核定。", "非法经营罪", "unknown"),
    ("已查实伪劣产品销售金额3万元，另有部分销售记录尚在核实，无库存。", "生产、销售伪劣产品罪", "unknown"),
    # probe 31f: 交通肇事 — another's fault, a 次要 fault, a cause open
    # the actor's lower share rules out （一）'s 全部或者主要 (api/fault.py, session 32: these were asked before)
    ("李某驾车与行人相撞，致一人死亡，交警认定李某负事故次要责任，另一方负主要责任。", "交通肇事罪", "not_met"),
    ("李某驾车致行人死亡，负次要责任。", "交通肇事罪", "not_met"),
    ("李某酒后驾车与行人相撞，负事故主要责任，行人重伤，但该重伤是否系本次事故所致正在鉴定。", "交通肇事罪", "unknown"),
    # probe 31f: places that are no road
    ("王某在某小区内部道路驾驶小汽车，经血液检测酒精含量为150mg/100ml。", "危险驾驶罪", "unknown"),
    ("王某在封闭厂区内部道路驾驶小汽车，经血液检测酒精含量为150mg/100ml。", "危险驾驶罪", "unknown"),
    ("王某在农村自家承包地里驾驶小汽车，经血液检测酒精含量为150mg/100ml。", "危险驾驶罪", "unknown"),
])
def test_second_round_traps_are_asked(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_report_word_inside_another_word_reports_nothing():
    """根据, 证据, 数据 hold 据 but report nothing: their figures stand."""
    from api.verdict import extract_facts
    assert [f.quantity.raw for f in extract_facts("根据审计报告称，某商户销售伪劣产品金额6万元。")["facts"]] == ["6万元"]
    assert [f.quantity.raw for f in extract_facts("据举报，某商户销售伪劣产品金额6万元。")["facts"]] == []


def test_an_askers_correction_takes_back_the_figure_it_names():
    """A consultation told in turns (问：… 更正：…): the figure the asker takes back counts nothing, and the one the
    correction gives carries the old one's words (api/corrections.py, probe 58a)."""
    from api.verdict import extract_facts
    facts = extract_facts("问：在车上查获一包片剂，称重九点六克。更正：我前面说第一包九点六克是含包装的毛重，去掉包装复称是九点四克。")["facts"]
    weights = [(f.quantity.raw, f.context) for f in facts if f.quantity.unit == "千克"]
    assert [raw for raw, _ in weights] == ["九点四克"]
    assert "片剂" in weights[0][1]
    facts = extract_facts("问：渔获是六百二十公斤，更正：这个数是两条船加起来的；马某船上的渔获是三百二十公斤。")["facts"]
    assert [f.quantity.raw for f in facts if f.quantity.unit == "千克"] == ["三百二十公斤"]
    # a correction naming no figure leaves every figure standing
    facts = extract_facts("问：损失六千八百元。更正：我前面说他还砸了后视镜，这条不算。")["facts"]
    assert [f.quantity.raw for f in facts if f.quantity.unit == "元"] == ["六千八百元"]


@pytest.mark.parametrize("text,offense,status", [
    ("问：韦某车上查获甲基苯丙胺片剂九克。补充：后来在他车后座又查获同样的片剂三克，同样检出甲基苯丙胺。", "非法持有毒品罪", "met"),
    ("问：韦某车上查获甲基苯丙胺片剂九克。", "非法持有毒品罪", "not_met"),
    # a total with part of it still untested is at most the total
    ("邱某以牟利为目的，通过付费会员群传播淫秽视频，共上传视频文件26个，已鉴定14个为淫秽视频，其余12个待鉴定。", "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "unknown"),
    ("邱某以牟利为目的，通过付费会员群传播淫秽视频，共上传视频文件26个，均经鉴定为淫秽视频。", "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "met"),
])
def test_seized_again_and_untested_rest(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status
