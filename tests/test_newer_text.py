"""A verdict resting on a text since repealed by one the corpus lacks (corpus/data/newer_texts.yaml): judged by the
repealed text only for acts done before the newer one. The shipped table is empty since 法释〔2025〕5号 joined the
corpus; these tests give the rule a table of their own, naming a text the corpus does not hold."""
import pytest

from api.newer_text import newer_texts, with_newer_text
from corpus.curated import CuratedTableError

from .conftest import judgement

NEWER = ("- title: 最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件适用法律若干问题的解释（测试用后续解释）\n"
         "  doc_number: 法释〔2026〕99号\n  effective: '2026-03-01'\n  repealed: [jieshi-zhishi-chanquan-2025]\n"
         "  offenses: [假冒注册商标罪]\n  sources: [https://example.org/newer]\n")


@pytest.fixture()
def table(tmp_path):
    path = tmp_path / "newer.yaml"
    path.write_text(NEWER, encoding="utf-8")
    return newer_texts(path)


def test_the_shipped_table_is_empty_now_the_ip_text_is_in_the_corpus():
    assert newer_texts() == {}


@pytest.mark.parametrize("text,status", [
    ("2025年8月，张某未经许可在同种白酒上使用他人注册商标，非法经营数额六万元。", "met"),
    ("2025年8月，张某未经许可在同种白酒上使用他人注册商标，非法经营数额二万元，违法所得一万元。", "not_met"),
    # since the newer text, or undated: the repealed thresholds decide nothing
    ("2026年8月，张某未经许可在同种白酒上使用他人注册商标，非法经营数额六万元。", "unknown"),
    ("张某未经许可在同种白酒上使用他人注册商标，非法经营数额二万元，违法所得一万元。", "unknown"),
])
def test_an_act_is_judged_by_the_repealed_text_only_if_done_before_the_repeal(law_store, table, text, status):
    verdict = with_newer_text(judgement(law_store, text, "假冒注册商标罪")[1], "假冒注册商标罪", text, table=table)
    assert verdict["status"] == status
    assert any("法释〔2026〕99号" in n for n in verdict["notes"])


def test_the_open_answer_asks_by_the_text_in_force(law_store, table):
    text = "张某未经许可在同种白酒上使用他人注册商标，非法经营数额六万元"
    verdict = with_newer_text(judgement(law_store, text, "假冒注册商标罪")[1], "假冒注册商标罪", text, table=table)
    assert verdict["status"] == "unknown" and "法释〔2026〕99号" in verdict["questions"][0]
    assert any("仅供参考" in n for n in verdict["notes"])


def test_an_element_ruled_out_still_decides(law_store, table):
    text = "经商标权人许可使用其注册商标，非法经营数额六万元，是否构成假冒注册商标罪？"
    verdict = with_newer_text(judgement(law_store, text, "假冒注册商标罪")[1], "假冒注册商标罪", text, table=table)
    assert verdict["status"] == "not_met"


def test_an_offense_the_table_does_not_name_is_untouched(law_store, table):
    text = "销售明知是假冒注册商标的商品，销售金额六万元"
    judged = judgement(law_store, text, "销售假冒注册商标的商品罪")[1]
    assert with_newer_text(judged, "销售假冒注册商标的商品罪", text, table=table) == judged


def test_a_slip_in_the_table_names_the_file_and_field(tmp_path):
    path = tmp_path / "newer.yaml"
    path.write_text("- {title: 某解释, doc_number: 法释〔2099〕1号, effective: 明年, repealed: [x], offenses: [某罪], "
                    "sources: [u]}\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=r"newer.yaml:1 .*'effective'"):
        newer_texts(path)


@pytest.mark.parametrize("text,status", [
    # an act that runs on to a date after the newer text is not wholly before it (probe 27w)
    ("2026年1月，王某开始在其生产的白酒上假冒“茅台”注册商标，2026年7月被市场监管局查获，累计非法经营数额8万元。", "unknown"),
    ("2025年9月，王某在其生产的白酒上假冒“茅台”注册商标，非法经营数额8万元，2026年7月被市场监管局查获。", "met"),
])
def test_an_act_running_on_past_the_newer_text_is_open(law_store, table, text, status):
    verdict = with_newer_text(judgement(law_store, text, "假冒注册商标罪")[1], "假冒注册商标罪", text, table=table)
    assert verdict["status"] == status
