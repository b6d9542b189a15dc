"""Session 60 (probes 95-97: wartime and military papers, land, blood and shows, epidemics, tax and police kit). Each test is
a reading that was sure and wrong, or asked for what the text states: a peacetime draft is no 战时, a firm's seal no 武装部队
seal, a paper's title no view, a lie said only in its clause, notes of two currencies added, a show's suggestive acts keeping
the catch-all open."""
import pytest

from .conftest import judgement


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


@pytest.mark.parametrize("offense,text,statuses", [
    # a peacetime draft refused after two rounds of 教育 is no wartime refusal, though item (一)'s words are met
    ("战时拒绝、逃避服役罪", "2023年秋季征兵中，赵某经体检合格被批准入伍，后拒绝报到，乡武装部两次上门教育，赵某仍拒绝服役。当时国家未宣布"
                   "进入战争状态，也没有部队受领作战任务等情形。", {"not_met"}),
    # self-harm in wartime meets item (二) with no 教育 before it
    ("战时拒绝、逃避服役罪", "战时动员期间，刘某接到服役通知后，为不去部队，在家中用菜刀砍断自己左手食指一节，经鉴定为轻伤二级。", {"met"}),
    # one seal of a unit taken is item (三) of 武装部队解释（2011）第一条, for the 盗窃、抢夺 offense too
    ("盗窃、抢夺武装部队公文、证件、印章罪", "吴某趁一名部队文职人员不备，抢走其手提包，包内有某部队后勤部机关印章壹枚及该人员的军官证壹本。",
     {"met"}),
    # a home-made ID is one 证件, no 公文; nothing else was forged
    ("伪造、变造、买卖武装部队公文、证件、印章罪", "薛某为冒用军人身份乘车，用电脑自制“军官证”1本，没有伪造公文，也没有伪造任何印章。",
     {"not_met", "unknown"}),
    # a lie is said only in its clause: the refusal after it is found
    ("战时窝藏逃离部队军人罪", "国家宣布进入战争状态后，某部士兵陈某逃离部队，其舅舅卫某明知陈某系逃离部队的军人，将其藏匿在自家地窖。"
                     "部队和公安人员上门查找，卫某谎称未见过陈某，拒不交出。", {"met"}),
    # 系业务不熟所致, found by an inquiry: no 徇私舞弊, whatever the loss
    ("徇私舞弊不征、少征税款罪", "税务局科员孙某误用计税依据，致使少征房产税共计十三万六千元。经纪检部门调查，孙某与该公司无任何亲友关系，"
                     "未收受任何财物，系业务不熟所致。", {"not_met"}),
    # notes of two currencies altered by the same act add up, the foreign ones at the stated rate
    ("变造货币罪", "甲采用揭层方法共变造人民币100元券12张；另用同样方法变造港币100元券10张，当日汇率中间价为1港元折合人民币0.92元。"
              "甲未伪造任何货币。", {"met"}),
    # a show's suggestive acts short of item (三) leave the catch-all to be weighed
    ("组织淫秽表演罪", "某夜店老板组织四名舞者表演，舞者穿着肉色紧身衣和薄纱，伴有扭胯、抚摸身体等挑逗性舞蹈动作。表演者未裸露身体隐私"
                "部位，未利用性器官进行表演，也没有用语言或者动作具体描绘性行为。", {"unknown"}),
    # 全裸 is a 裸体表演; 半裸体 is not
    ("组织淫秽表演罪", "某KTV经理招募两名女子，在包厢内为六名客人进行了一场全裸表演，收取费用三千元。", {"met"}),
    # a paper's title heads facts, not a view: every item ruled out
    ("聚众扰乱军事管理区秩序罪", "案件审核意见：郑某组织二十人到某部仓库（一般军事管理区）门前拉横幅聚集，仅此一次，约八分钟被驱散，无人持械，"
                      "没有暴力行为，非战时。经价格认定，造成直接经济损失四万八千元；一人受伤，经鉴定为轻微伤，未达轻伤。无其他后果。",
     {"not_met"}),
])
def test_session_60_readings(store, offense, text, statuses):
    _, verdict = judgement(store, text, offense)
    assert verdict["status"] in statuses


def test_a_rules_figure_quoted_is_no_fact():
    from api.verdict import extract_facts
    facts = extract_facts("甲伪造面额一百元的人民币二十三张。所长引用《关于审理伪造货币等案件具体应用法律若干问题的解释》第一条"
                          "“总面额在2000元以上”的规定，认为已过立案线。")["facts"]
    totals = [f.quantity.value for f in facts if f.quantity.unit == "元" and f.context.startswith("总面额")]
    assert totals == [2300]


def test_a_blood_test_over_twenty_states_drinking():
    from api.blood_alcohol import DRINKING_MG_PER_100ML, blood_test
    assert blood_test("抽血检验其血液酒精含量为35mg/100ml，未达醉酒标准", line=DRINKING_MG_PER_100ML) == ("抽血检验其血液酒精含量为35mg/100ml", True)
    assert blood_test("抽血检验其血液酒精含量为15mg/100ml", line=DRINKING_MG_PER_100ML)[1] is False
