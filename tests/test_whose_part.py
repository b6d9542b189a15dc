"""Whose part in the act the figures measure (session 27, from probes 26m and 26n): a unit's officer who knew
nothing, a landlord who did not know what the tenant made, a broker who only found buyers, a per-head sum."""
import pytest

from api.elements import ruled_out
from api.unit_member import asked_person, unaware_officer

from .conftest import judgement


@pytest.mark.parametrize("text,status", [
    # 刑法第三十一条: the unit's officers answer only where they had a part
    ("某矿业公司无证开采铁矿，矿产品价值50万元，开采由生产副总经理李某决定并组织，公司法定代表人张某长期患病住院、"
     "对此不知情，张某是否应被追究刑事责任？", "unknown"),
    ("某公司无证开采铁矿，矿产品价值50万元，公司法定代表人张某决定并组织开采，张某是否应被追究刑事责任？", "met"),
    # his own word, against what was found, settles nothing
    ("某公司法定代表人张某称对无证开采不知情，经查开采系张某决定，矿产品价值50万元，张某是否应被追究刑事责任？", "met"),
])
def test_an_officer_of_the_unit_who_knew_nothing_is_asked_about(law_store, text, status):
    assert judgement(law_store, text, "非法采矿罪")[1]["status"] == status


def test_the_person_asked_is_read_from_the_closing_question():
    assert asked_person("……公司法定代表人张某对此不知情，张某是否应被追究刑事责任？") == "张某"
    assert asked_person("某公司无证开采铁矿，矿产品价值50万元。") is None
    assert unaware_officer("某公司法定代表人张某对此不知情，李某决定开采，李某是否应移送？") is None


@pytest.mark.parametrize("text,offense,status", [
    # 伪劣商品解释 第九条: a landlord answers only if he knew or should have known
    ("钱某不知道孙某生产伪劣白酒，将闲置厂房出租给孙某，收取正常租金，孙某销售伪劣白酒销售金额8万元，"
     "钱某是否达到生产、销售伪劣产品罪立案标准？", "生产、销售伪劣产品罪", "unknown"),
    ("钱某明知孙某生产伪劣白酒，仍将闲置厂房出租给孙某，孙某销售伪劣白酒销售金额8万元，"
     "钱某是否达到生产、销售伪劣产品罪立案标准？", "生产、销售伪劣产品罪", "met"),
    # 刑法第三百四十五条第三款 punishes 收购 and 运输: finding buyers for a fee is neither
    ("马某明知是他人盗伐的林木，仍为其联系买家并收取介绍费3000元，所涉林木立木蓄积25立方米，马某是否达到立案标准？",
     "非法收购、运输盗伐、滥伐的林木罪", "unknown"),
    ("马某明知是他人盗伐的林木仍予以收购，共收了原木25立方米。", "非法收购、运输盗伐、滥伐的林木罪", "met"),
    # a factor is not the sum: 1.5万元乘以80人 is 120万元, not 1.5万元
    ("金融监管部门查明，某投资公司以高息为诱饵向社会公众非法吸收存款，吸收存款数额为1.5万元乘以80人，"
     "集资参与人共80人，尚未造成损失。", "集资诈骗罪", "unknown"),
])
def test_the_figures_are_read_for_the_part_the_person_had(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_phrase_with_a_gap_reads_its_parts_within_one_clause():
    # (stated in the text's own words, not the phrase's)
    assert ruled_out("生产、销售伪劣产品罪", "钱某不知道孙某生产伪劣白酒，将厂房出租给孙某")["stated"] == "不知道孙某生产"
    # the parts in another clause say nothing of the knowledge
    assert ruled_out("生产、销售伪劣产品罪", "钱某不知道租金标准，孙某生产伪劣白酒") is None


@pytest.mark.parametrize("text,status", [
    # 假冒伪劣 is the common word for fake and shoddy goods: it names no registered mark (probe 26m)
    ("2024年5月，钱某销售假冒伪劣白酒，销售金额8万元。", "unknown"),
    ("2024年5月，钱某明知是假冒他人注册商标的卷烟而销售，销售金额8万元。", "met"),
])
def test_fake_and_shoddy_goods_name_no_trademark(law_store, text, status):
    assert judgement(law_store, text, "销售假冒注册商标的商品罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # 未取得采矿许可证开采 states the act, whoever the subject (probe 27w: a company as subject hid it)
    ("该矿业公司未取得采矿许可证开采建筑用砂，开采的矿产品价值50万元，系公司总经理李某决定开采。该公司是否构成非法采矿罪？", "met"),
    ("某矿业公司未取得采矿许可证开采铁矿，矿产品价值50万元，公司法定代表人张某系挂名，对此不知情，张某是否应被追究刑事责任？", "unknown"),
    ("王某持有有效采矿许可证，在许可范围内开采铁矿，矿产品价值50万元。", "not_met"),
])
def test_mining_without_a_licence_is_read_for_a_company_and_its_officers(law_store, text, status):
    assert judgement(law_store, text, "非法采矿罪")[1]["status"] == status
