"""Earlier penalties an item counts within N years, read from their dates (probe 30a): 二年内受过二次以上行政处罚 was
asked 是否在2年内？ though the facts dated both penalties and the act done again."""
import pytest

from .conftest import judgement

MINING = "std:jieshi-feifa-caikuang-2016:art3"


def _item(clauses: list[dict], standard: str, label: str) -> dict:
    clause = next(c for c in clauses if c["id"] == standard)
    return next(a for a in clause["alternatives"] if a["label"] == label)


@pytest.mark.parametrize("penalties,status", [
    ("2023年10月、2024年6月", "met"),
    ("2021年1月、2021年6月", "not_met"),       # four years before the act
    ("2022年、2024年", "not_met"),             # 2022 at its latest month is still 27 months before 2025年3月
    ("2023年3月、2024年6月", "unknown"),       # exactly two years by the months: the days decide
])
def test_penalties_are_counted_by_their_dates(law_store, penalties, status):
    text = f"张某{penalties}两次因无证采砂被自然资源局处罚，2025年3月又无证采砂，价值1.2万元。"
    assert _item(judgement(law_store, text, "非法采矿罪")[0], MINING, "（三）")["status"] == status


def test_a_later_date_decides_nothing_out_of_time_unless_it_is_the_act_again(law_store):
    """A date that is not the act done again (a discovery, a report) may come after the act: only in time is sure."""
    text = "张某2021年1月、2021年6月两次因无证采砂被自然资源局处罚，2025年3月群众举报其采砂，价值1.2万元。"
    assert _item(judgement(law_store, text, "非法采矿罪")[0], MINING, "（三）")["status"] == "unknown"


def test_a_count_before_its_words_is_read_and_the_act_again_is_not_the_penalty(law_store):
    """两次因非法行医被…处罚: the words follow the count beyond twelve characters; the penalty's 非法行医 is no 再次非法行医."""
    clauses, _ = judgement(law_store, "李某2023年4月、2024年7月两次因非法行医被卫生健康局行政处罚，此后未再行医。", "非法行医罪")
    item = _item(clauses, "std:jieshi-feifa-xingyi-2016:art2", "（四）")
    assert [c["status"] for c in item["conditions"]] == ["met", "unknown"] and item["status"] == "unknown"


@pytest.mark.parametrize("corrected,status", [("31万元", "met"), ("29万元", "not_met")])
def test_a_corrected_figure_replaces_the_estimate(law_store, corrected, status):
    """损失最初估算约28万元，后经司法鉴定更正为31万元 (probe 30b E5): the 28万 ruled 三十万元 out; the correction counts what
    the estimate counted. 未经处理的养殖废水 says nothing of acts not dealt with, so 29万 is not added to itself."""
    text = f"某养殖场向河流排放未经处理的养殖废水，导致下游鱼塘鱼类大量死亡，公私财产损失最初估算约28万元，后经司法鉴定更正为{corrected}。"
    item = _item(judgement(law_store, text, "污染环境罪")[0], "std:jieshi-huanjing-wuran-2023:art1", "（九）")
    assert item["status"] == status
