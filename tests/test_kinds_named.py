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
