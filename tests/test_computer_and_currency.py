"""Session 57 (probes 86a-c): the computer offenses' 第三条 curated (each count of 人次 with its kind of tool, persons counted
as 人次 too), the counterfeit-money readings (notes no longer in circulation, suspected notes only partly confirmed, a
foreign currency's notes counted in 张, a suspect's changed account of the purchase), a functionary's detention (who is a
司法工作人员, the knowing said either way round), the 渎职 interpretation's 恶劣社会影响 ruled out, and a unit's view."""
import pytest

from .conftest import judgement


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


@pytest.mark.parametrize("text,status", [
    # 假币解释（2010）第五条: forging notes no longer in circulation is 诈骗罪
    ("沈某以使用为目的，用打印设备伪造第三套人民币10元券500张，面额共计5000元。经中国人民银行确认，该版别人民币已停止流通。", "not_met"),
    ("沈某以使用为目的，用打印设备伪造第五套人民币100元券50张，面额共计5000元。", "met"),
])
def test_notes_no_longer_in_circulation(store, text, status):
    assert judgement(store, text, "伪造货币罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # 35 of 43 suspected notes confirmed, 8 awaiting: at least 3,500元, so the 4,000元 line is open
    ("公安机关在罗某车内查获100元面额疑似假币43张。罗某供认明知是假币而持有。经鉴定，已有35张确认为伪造货币，另8张因送检批次不同，鉴定意见尚未出具。", "unknown"),
    # the rest found genuine: 3,500元 exactly
    ("公安机关在罗某车内查获100元面额疑似假币43张。罗某供认明知是假币而持有。经鉴定，已有35张确认为伪造货币，其余为真币。", "not_met"),
    # not suspected: 4,300元
    ("公安机关在罗某车内查获100元面额假币43张。罗某供认明知是假币而持有。", "met"),
])
def test_suspected_notes_count_as_confirmed(store, text, status):
    assert judgement(store, text, "持有、使用假币罪")[1]["status"] == status


def test_a_foreign_currency_s_notes_are_counted_in_zhang_not_read_as_a_sum(store):
    text = ("民警在何某随身包内查获假美元6张，每张面额100美元，共600美元，经鉴定均为伪造货币；何某供认明知是假币而持有。"
            "案发当日人民币对美元汇率中间价为1美元兑7.10元人民币。")
    standards, verdict = judgement(store, text, "持有、使用假币罪")
    assert verdict["status"] == "met"
    compared = [c["compared"] for s in standards for a in s["alternatives"] for c in a["conditions"] if c.get("compared")]
    assert any("4260元" in c for c in compared) and not any("42.6元" in c for c in compared)


def test_a_changed_account_makes_what_was_found_a_least(store):
    text = ("郭某向上家支付1200元购买100元面额假币，民警在其住处查获假币20张（2000元）。郭某先供称购买了50张，使用了30张，"
            "后又改称只买了20张；上家尚未到案。郭某明知是假币。")
    assert judgement(store, text, "出售、购买、运输假币罪")[1]["status"] == "unknown"
    steady = "郭某明知是假币而购买，民警在其住处查获所购100元面额假币15张（1500元），郭某供称只买过这15张。"
    assert judgement(store, steady, "出售、购买、运输假币罪")[1]["status"] == "not_met"


def test_a_penalty_denied_for_the_notes_denies_it_for_each_act_on_them(store):
    text = ("林某受人雇请，明知是假币而从甲市运往乙市，途中被查获100元面额假币30张，面额共计0.3万元。"
            "经查，林某此前未因假币受过任何处罚。")
    standards, verdict = judgement(store, text, "出售、购买、运输假币罪")
    assert verdict["status"] == "not_met"
    older = next(s for s in standards if s["id"] == "std:lian-zhuisu-biaozhun-2:art15")
    assert all(a["status"] == "not_met" for a in older["alternatives"] if not a["catch_all"])


@pytest.mark.parametrize("text,status", [
    ("郑某在网上出售一款“撞库”软件，经省公安厅检验，该软件专门用于非法获取网上银行和第三方支付账户的账号密码。郑某先后向6人出售该软件，违法所得1800元。", "met"),
    # 4 persons: short of 5, and the 人次 asked
    ("郑某在网上出售一款“撞库”软件，经省公安厅检验，该软件专门用于非法获取网上银行和第三方支付账户的账号密码。郑某先后向4人出售该软件，违法所得1800元。", "unknown"),
])
def test_tools_for_financial_credentials_count_buyers(store, text, status):
    assert judgement(store, text, "提供侵入、非法控制计算机信息系统程序、工具罪")[1]["status"] == status


def test_credentials_denied_to_be_of_financial_services(store):
    text = ("李某编写脚本侵入某游戏公司服务器，获取玩家账号及密码420组，经核查均为网络游戏账号，不涉及支付结算、证券、期货等网络金融服务；"
            "违法所得3200元。")
    standards, _ = judgement(store, text, "非法获取计算机信息系统数据、非法控制计算机信息系统罪")
    clause = next(s for s in standards if s["id"].endswith("art1:curated"))
    assert [a["status"] for a in clause["alternatives"][:2]] == ["not_met", "not_met"]


def test_no_gain_is_a_gain_of_none(store):
    text = ("赵某利用未注销的账号远程登录，删除了公司8台办公电脑中的设计文件，并致该8台电脑系统无法启动。经核算，公司直接损失3000元；"
            "赵某未从中获利。")
    standards, verdict = judgement(store, text, "破坏计算机信息系统罪")
    gain = next(a for s in standards for a in s["alternatives"] if a["label"] == "（三）违法所得")
    assert gain["status"] == "not_met"


@pytest.mark.parametrize("text,status", [
    ("派出所民警马某受朋友之托帮其催债，在明知债务人何某并无任何违法犯罪事实的情况下，以“协助调查”为名将何某带至派出所询问室，扣留约6小时。", "met"),
    # a township's staff are no 司法工作人员; under 24 hours, no restraints, no harm, one person
    ("某镇政府信访办工作人员陈某、综治办干部刘某将准备上访的村民韩某带至镇政府会议室看管，不许其离开，历时约10小时，期间未使用械具，"
     "未殴打、侮辱，韩某未受伤。经核实，韩某无任何违法犯罪事实，陈某、刘某对此明知。", "unknown"),
])
def test_a_functionary_s_detention(store, text, status):
    standards, verdict = judgement(store, text, "非法拘禁罪")
    assert verdict["status"] == status
    if status == "unknown":
        clause = next(s for s in standards if s["id"].endswith("c2-1:curated"))
        by_label = {a["label"]: a["status"] for a in clause["alternatives"]}
        assert by_label["1."] == by_label["2."] == by_label["3."] == by_label["6."] == "not_met"


def test_no_press_and_no_crowd_rule_out_a_bad_social_impact(store):
    text = ("某县自然资源局执法大队队长张某超越职权，擅自将已收缴入库的罚没款予以退还，致使国家财政直接损失24.6万元。经查，"
            "该行为未造成人员伤亡，未引发媒体报道或群体性事件。")
    standards, _ = judgement(store, text, "滥用职权罪")
    clause = next(s for s in standards if s["id"] == "std:jieshi-duzhi-1-2012:art1:curated")
    assert next(a for a in clause["alternatives"] if a["label"] == "（三）")["status"] == "not_met"
    claimed = text.replace("经查，该行为未造成人员伤亡，未引发媒体报道或群体性事件。", "张某辩称，未造成恶劣社会影响。")
    standards, _ = judgement(store, claimed, "滥用职权罪")
    clause = next(s for s in standards if s["id"] == "std:jieshi-duzhi-1-2012:art1:curated")
    assert next(a for a in clause["alternatives"] if a["label"] == "（三）")["status"] == "unknown"


def test_a_unit_s_view_states_no_figure(store):
    text = ("张某超越职权，擅自将已收缴入库的罚没款予以退还，致使国家财政直接损失24.6万元，无其他经济损失。移送单位意见认为："
            "滥用职权造成公共财产直接经济损失20万元以上即应立案。")
    standards, _ = judgement(store, text, "滥用职权罪")
    clause = next(s for s in standards if s["id"] == "std:jieshi-duzhi-1-2012:art1:curated")
    loss = next(a for a in clause["alternatives"] if a["label"] == "（二）")
    assert loss["status"] == "not_met" and "246000元" in loss["conditions"][0]["compared"]


def test_a_bracket_names_a_fee_the_gain(store):
    text = ("某环境检测公司项目负责人白某明知企业未建成污水处理设施，仍编造监测数据，出具虚假报告，收取费用18万元（全部为违法所得）。"
            "白某曾于2025年5月因出具虚假监测报告被生态环境部门行政处罚一次，此外无其他处罚记录。")
    assert judgement(store, text, "提供虚假证明文件罪")[1]["status"] == "not_met"


def test_an_appraisal_naming_the_notes_forged_states_no_forging(store):
    """35张确认为伪造货币 says what the notes are; a holder is no forger (consultation had met 伪造货币罪 on it)."""
    held = "公安机关在罗某车内查获100元面额假币43张。罗某供认明知是假币而持有。经鉴定，43张均为伪造货币。"
    assert judgement(store, held, "伪造货币罪")[1]["status"] == "unknown"
    made = "沈某用打印设备伪造第五套人民币100元券50张，面额共计5000元，经鉴定均为伪造货币。"
    assert judgement(store, made, "伪造货币罪")[1]["status"] == "met"
