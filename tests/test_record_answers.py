"""A record's bare denial restated with the one thing its question asked (api/record_answers.py)."""
import pytest

from api.record_answers import restated

from .conftest import judgement


@pytest.mark.parametrize("record,expected", [
    ("问：有没有推搡、拉扯，或者拿东西挡着不让进？\n答：没有，没碰他们一下。", "答：没有推搡、拉扯或者拿东西挡着不让进，没碰他们一下。"),
    ("问：你有驾驶证吗？\n答：没有，一直没去考。", "答：没有驾驶证，一直没去考。"),
    ("问：以前因为偷东西被处理过吗？答：没有，这是头一回。", "答：以前没有因为偷东西被处理过，这是头一回。"),
    ("问：那片山是不是禁猎区？\n答：不是，林业站说的。", "答：那片山不是禁猎区，林业站说的。"),
])
def test_a_bare_denial_takes_its_questions_words(record, expected):
    assert restated(record).endswith(expected)


@pytest.mark.parametrize("record", [
    # two things asked: which one the no answers is not said
    "问：这两年还偷过别的没有？身上带没带刀之类的？\n答：没有，就这两回，啥也没带。",
    # the answer goes on in its own words
    "问：有没有被罚过？\n答：罚过一回。",
    # a thing asked after an event: restated, the event would read as denied
    "问：追缴通知下来以后补了没有？\n答：没有，没钱。",
    # not a yes-or-no question
    "问：卖了多少？\n答：没多少，三公斤。",
])
def test_other_answers_are_left_as_written(record):
    assert restated(record) == record


def test_a_denied_push_is_no_violence(law_store):
    """Probe 40c R22: only words, no push and no threat (刑法第二百七十七条)."""
    text = ("问：执法人员检查你仓库的时候，你都做了什么？\n答：我就站在旁边骂了几句难听的，还拿手机一直拍。\n"
            "问：有没有推搡、拉扯，或者拿东西挡着不让进？\n答：没有，没碰他们一下，仓库门还是我自己开的，他们该查的都查了。\n"
            "问：有没有说过要对他们怎么样？\n答：没有，就是嘴上骂，骂完我也后悔。\n请问是否达到妨害公务罪立案追诉标准？")
    assert judgement(law_store, text, "妨害公务罪")[1]["status"] == "not_met"


def test_an_age_the_records_have_not_settled_is_asked(law_store):
    """Probe 44b BB40: he says fifteen, his family sixteen, the household records are still being fetched."""
    text = ("派出所报：因为征地补偿的事，一伙村民冲进部队营区拉横幅、堵大门，营区训练停了一整天，核定直接经济损失八万。组织喊人、带头策划的是"
            "小孙。小孙身上没带身份证，他自己说十五岁，家里人又说已经满十六了，户籍信息还在调。请问是否达到聚众扰乱军事管理区秩序罪立案追诉标准？")
    verdict = judgement(law_store, text, "聚众扰乱军事管理区秩序罪")[1]
    assert verdict["status"] == "unknown" and any("十六周岁" in q for q in verdict["questions"])
