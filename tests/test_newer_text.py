"""A verdict resting on a text since repealed by one the corpus lacks (corpus/data/newer_texts.yaml): the 2004 and
2020 知识产权 解释, repealed by 法释〔2025〕5号 from 2025-04-26, judge only acts done before that day."""
import pytest

from api.newer_text import newer_texts
from corpus.curated import CuratedTableError
from corpus.loader import BUNDLED_CORPUS, load_corpus

from .conftest import judgement


@pytest.mark.parametrize("text,status", [
    ("2024年3月，张某未经许可在同种白酒上使用他人注册商标，非法经营数额六万元。", "met"),
    ("2024年3月，张某未经许可在同种白酒上使用他人注册商标，非法经营数额二万元，违法所得一万元。", "not_met"),
    # since the new text, or undated (judged today): the repealed thresholds decide nothing
    ("2025年8月，张某未经许可在同种白酒上使用他人注册商标，非法经营数额六万元。", "unknown"),
    ("张某未经许可在同种白酒上使用他人注册商标，非法经营数额二万元，违法所得一万元。", "unknown"),
])
def test_an_act_is_judged_by_the_repealed_text_only_if_done_before_the_repeal(law_store, text, status):
    verdict = judgement(law_store, text, "假冒注册商标罪")[1]
    assert verdict["status"] == status
    assert any("法释〔2025〕5号" in n for n in verdict["notes"])


def test_the_open_answer_asks_by_the_text_in_force(law_store):
    verdict = judgement(law_store, "销售明知是假冒注册商标的商品，销售金额六万元，违法所得四万元", "销售假冒注册商标的商品罪")[1]
    assert verdict["status"] == "unknown" and "法释〔2025〕5号" in verdict["questions"][0]
    assert any("仅供参考" in n for n in verdict["notes"])


def test_an_element_ruled_out_still_decides(law_store):
    verdict = judgement(law_store, "经商标权人许可使用其注册商标，非法经营数额六万元，是否构成假冒注册商标罪？", "假冒注册商标罪")[1]
    assert verdict["status"] == "not_met"


def test_the_repealed_texts_ship_marked_with_what_repealed_them():
    docs = {d.id: d for d in load_corpus(BUNDLED_CORPUS).documents}
    for doc_id in newer_texts()["假冒注册商标罪"].repealed:
        assert docs[doc_id].status == "已废止" and "法释〔2025〕5号" in docs[doc_id].source.revised


def test_a_slip_in_the_table_names_the_file_and_field(tmp_path):
    path = tmp_path / "newer.yaml"
    path.write_text("- {title: 某解释, doc_number: 法释〔2099〕1号, effective: 明年, repealed: [x], offenses: [某罪], "
                    "sources: [u]}\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=r"newer.yaml:1 .*'effective'"):
        newer_texts(path)


@pytest.mark.parametrize("text,status", [
    # an act that runs on to a date after the new text is not wholly before it (probe 27w)
    ("2025年2月，王某开始明知是假冒“茅台”注册商标的白酒而予以销售，2025年7月被市场监管局查获，累计销售金额8万元。", "unknown"),
    ("2024年3月，王某明知是假冒“茅台”注册商标的白酒而予以销售，销售金额8万元，2025年7月被市场监管局查获。", "met"),
    ("2024年3月至2024年10月，王某陆续销售明知是假冒“茅台”注册商标的白酒，累计销售金额8万元。", "met"),
])
def test_an_act_running_on_past_the_new_text_is_open(law_store, text, status):
    assert judgement(law_store, text, "销售假冒注册商标的商品罪")[1]["status"] == status
