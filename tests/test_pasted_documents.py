"""Whole documents pasted by officers (probe 27t): the agency's own view of the charge (林业局认为章某涉嫌盗伐林木罪)
is no fact of the act. Seven 移送书 were met on the label while their facts said 劣药, 自吸, 家庭麻将, 未进行盗掘 or no
violence; the verdict now rests on the facts the document states."""
import pytest

from .conftest import judgement

LABELLED = [
    ("X县林业局案件移送书（X林移〔2025〕2号）：当事人章某（1962年生，住X县石门村2组）未取得林木采伐许可证，于2025年1月擅自采伐其本人自留山上本人所有的杉木，经X县林业调查规划队鉴定，采伐立木蓄积为8.4立方米，林木权属清楚无争议，林业局认为章某涉嫌盗伐林木罪，现移送X县公安局。",
     "盗伐林木罪"),
    ("X市市场监督管理局案件移送书：2025年2月，当事人金某（1980年生）在其经营的X市金康药房销售标示为“美国进口”的某降压药，经查该药品系未取得药品进口批准证明文件从境外购进，药品成分含量经检验与标示一致，销售金额1.2万元，拟依据《药品管理法》第一百二十四条处罚，现认为涉嫌销售假药罪移送公安机关。",
     "生产、销售、提供假药罪"),
    ("X市市场监督管理局案件移送书：2025年3月，当事人窦某在其经营的X市康泰药店销售某品牌阿莫西林胶囊，经检验药品成分、含量均符合国家药品标准，但其外包装未标明产品批号和有效期，已销售金额0.6万元，依据《药品管理法》第一百一十七条拟处罚，我局认为当事人涉嫌销售假药罪，现移送公安机关。",
     "生产、销售、提供假药罪"),
    ("X县公安局禁毒大队呈请移送材料：2025年5月3日民警在X县火车站对犯罪嫌疑人邓某（1991年生，身份证号4305011991XXXXXXXX）进行检查，从其行李内查获甲基苯丙胺净重4.2克，邓某供述系在外地购买后带回供自己吸食，侦查中未发现其有贩卖、运输牟利的证据，无证据证明其有贩卖目的，办案单位认为邓某涉嫌贩卖毒品罪。",
     "走私、贩卖、运输、制造毒品罪"),
    ("X县公安局治安大队案件材料：2025年1月春节期间，违法行为人鲁某（1966年生）在其家中与亲友4人打麻将，每局输赢10元至50元，鲁某未抽头渔利、未收取台费，现场赌资合计860元，该场所并非经营性场所，派出所认为鲁某涉嫌开设赌场罪。",
     "开设赌场罪"),
    ("X县公安局移送审查材料：犯罪嫌疑人柳某（1976年生）于2025年4月在X县桃源镇自家宅基地上挖掘房屋地基时，偶然发现一座古墓，柳某未进行盗掘，随即停工并向镇政府报告，经X省文物考古研究所认定该古墓具有历史价值，派出所初步认为柳某涉嫌盗掘古墓葬罪。",
     "盗掘古文化遗址、古墓葬罪"),
    ("X县税务局案件移送书：纳税人宁某（个体工商户，1972年生）2024年度应缴增值税2.8万元，经税务机关多次催缴，宁某以经营困难为由拖延不缴，税务人员上门催缴时宁某未使用暴力，也没有以威胁方法抗拒，税务局认为宁某涉嫌抗税罪。",
     "抗税罪"),
]


@pytest.mark.parametrize("text,offense", LABELLED)
def test_the_agencys_view_of_the_charge_states_no_act(law_store, text, offense):
    assert judgement(law_store, text, offense)[1]["status"] != "met"


def test_the_act_stated_in_the_facts_still_meets_beside_the_label(law_store):
    text = ("X市市场监督管理局案件移送书：2025年3月，当事人窦某在其经营的药店销售以淀粉压制冒充的降压药，经认定为假药，"
            "销售金额0.6万元，我局认为当事人涉嫌销售假药罪，现移送公安机关。")
    assert judgement(law_store, text, "生产、销售、提供假药罪")[1]["status"] == "met"


def test_a_charge_label_holds_the_words_from_its_suspicion_to_its_offense():
    from api.asking import in_charge_label
    stated = "王某以暴力方法抗拒缴纳税款构成抗税罪"       # the facts before 构成…罪 are facts
    assert not in_charge_label(stated, stated.index("暴力方法"), stated.index("暴力方法") + 4)
    text = "经司法鉴定均构成重伤二级，我局认为当事人涉嫌销售假药罪"
    assert not in_charge_label(text, text.index("重伤"), text.index("重伤") + 2)
    assert in_charge_label(text, text.index("假药"), text.index("假药") + 2)


@pytest.mark.parametrize("text,offense,status", [
    # the cost of finding the facts is none of them
    ("X县市场监督管理局询问笔录摘要：被询问人奚某系X县奚记日用品商行经营者，承认2025年1月以来销售掺杂掺假的洗衣液，"
     "我局委托检测机构检测支付检测费6万元，其销售账册已灭失，销售金额、库存货值均未查清。", "生产、销售伪劣产品罪", "unknown"),
    ("X县市场监督管理局案件移送书：当事人庞某经营的五金店销售以次充好的电焊条，经抽检不合格，鉴定费5.2万元由当事人承担，"
     "已销售金额和库存货值均尚待核实。", "生产、销售伪劣产品罪", "unknown"),
    # kinds denied and closed by 等
    ("经查，施某在其经营的足浴店内容留一名成年女子向顾客卖淫一次，该女子无艾滋病等严重性病，施某此前从未因容留卖淫受过行政处罚。",
     "引诱、容留、介绍卖淫罪", "unknown"),
    ("施某在其足浴店内容留一名女子向顾客卖淫一次，经检查该女子患有梅毒等严重性病。", "引诱、容留、介绍卖淫罪", "met"),
])
def test_the_words_around_a_figure_or_a_kind_are_read(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 森林资源解释（2023）第五条: felling beyond the licensed quantity, one's own trees, or trees in dispute is 滥伐
    ("王某持有林木采伐许可证（核定采伐蓄积5立方米），但于2024年12月在其承包的集体林地超出许可证规定数量采伐杉木，"
     "超出许可证采伐的立木蓄积为16.8立方米，是否构成盗伐林木罪？", "盗伐林木罪", "not_met"),
    ("王某未取得采伐许可证，砍伐其本人所有的杉木，立木蓄积8立方米，是否构成盗伐林木罪？", "盗伐林木罪", "not_met"),
    ("东岭村与西岭村对交界处山林的林木权属存在争议，贺某未取得采伐许可证组织人员砍伐该争议林地上的杉木，立木蓄积6.5立方米，"
     "是否构成盗伐林木罪？", "盗伐林木罪", "not_met"),
    ("王某未经许可在他人自留山上砍伐他人所有的杉木，立木蓄积8立方米，是否构成盗伐林木罪？", "盗伐林木罪", "met"),
    # 刑法第三百四十一条第三款 is for animals 第一款 does not cover
    ("姚某在饭店向他人出售国家二级保护野生动物白鹇2只，供食客食用，经核算价值为2.4万元，是否构成非法猎捕、收购、运输、出售陆生野生动物罪？",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "not_met"),
    ("姚某在饭店向他人出售野生斑鸠20只，不属于国家重点保护野生动物，供食客食用，经核算价值2.4万元。",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "met"),
])
def test_the_offense_the_facts_describe_is_told_from_its_neighbour(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # other labels (probe 27w): 以…罪移送, 以涉嫌…移送, 涉嫌… without 罪, 已构成…罪
    ("市场监管局以涉嫌销售假药将王某移送公安机关。经查，王某销售的药品为超过有效期的劣药，销售金额4万元，未造成人身伤害。是否构成犯罪？", "生产、销售、提供假药罪", "unknown"),
    ("公安机关认为李某涉嫌贩卖毒品。经查，李某持有的0.5克甲基苯丙胺系本人吸食所用，未发现其有贩卖行为。是否达到立案追诉标准？", "走私、贩卖、运输、制造毒品罪", "unknown"),
    ("移送书载明：其行为已构成开设赌场罪。经查，刘某在家中与亲友打麻将，每局输赢10元，未抽头渔利。是否达到立案标准？", "开设赌场罪", "unknown"),
    ("县林业局以盗伐林木罪将章某移送公安机关。经查，章某持有采伐许可证，在许可证规定的地点超过许可数量采伐集体所有的杉木，立木蓄积8立方米。章某是否构成犯罪？", "盗伐林木罪", "not_met"),
    ("县林业局认定章某的行为已构成盗伐林木罪。经查，章某砍伐的是其本人承包经营的自有杨树，未办理采伐许可证，立木蓄积9立方米，价值1.5万元。是否应移送？", "盗伐林木罪", "not_met"),
    # a denial joined by 或者
    ("周某拒绝缴纳税款1.5万元并辱骂税务人员，未使用暴力或者威胁方法。是否构成抗税罪？", "抗税罪", "not_met"),
    # 不清楚 with the words between
    ("房东李某不清楚孙某租用其仓库存放的白酒系假冒伪劣产品，孙某已销售伪劣白酒25万元。李某是否构成犯罪？", "生产、销售伪劣产品罪", "unknown"),
    # a court's finding is no label
    ("法院以开设赌场罪判处刘某有期徒刑一年，经查刘某在其经营的棋牌室组织他人赌博并抽头渔利。", "开设赌场罪", "met"),
])
def test_labels_denials_and_knowledge_in_other_words(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("王某未取得采矿许可证开采河砂，开采的矿产品价值25万元。经查我省河道采砂保证金缴存标准为20万元。是否达到立案追诉标准？", "unknown"),     # a deposit's figure
    ("王某未取得采矿许可证开采河砂，开采的矿产品价值12万元。经查我省原定标准为10万元，现行标准为15万元。是否达到立案追诉标准？", "unknown"),     # the old figure
    ("王某未取得采矿许可证开采河砂，开采的矿产品价值12万元。经查邻省确定的数额标准为10万元，本案发生地省份尚未确定。", "unknown"),     # a neighbouring province's
    ("王某未取得采矿许可证开采河砂，开采的矿产品价值12万元。经查我省确定的数额标准为10万元。", "met"),
])
def test_only_this_provinces_figure_for_this_offense_decides(law_store, text, status):
    assert judgement(law_store, text, "非法采矿罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # a value still to be assessed is not the price paid (野生动物解释（2022）第十五条: the value is assessed)
    ("X市林业局案件移送书：2025年2月14日，在农贸市场查获沈某正在出售的穿山甲（国家一级保护野生动物）活体1只，当事人供述系从外地收购，"
     "收购价3000元，价值尚待林业主管部门出具价值认定意见。", "unknown"),
    ("沈某出售穿山甲鳞片0.3公斤，经林业主管部门评估核算价值为3000元。", "not_met"),
])
def test_a_value_still_to_be_assessed_is_not_the_price_paid(law_store, text, status):
    assert judgement(law_store, text, "危害珍贵、濒危野生动物罪")[1]["status"] == status
