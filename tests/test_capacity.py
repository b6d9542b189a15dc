"""Whether the offender answers for the act at all (api/capacity.py; 刑法第十七条、第十八条)."""
import pytest

from api.capacity import offender_age

from .conftest import judgement


@pytest.mark.parametrize("text,age", [
    ("15岁的初中生李某在禁渔期内使用电鱼方式捕捞水产品", (15, 15)),
    ("年仅15周岁的李某在禁渔区内使用电鱼方法捕捞", (15, 15)),
    ("未满十六周岁的赵某在网上销售假冒注册商标的运动鞋", (0, 15)),
    ("李某（2010年3月出生）于2025年1月在禁渔期使用电鱼方法捕捞水产品", (14, 14)),
    ("李某（男，15岁）在禁渔期使用电鱼方法捕捞", (15, 15)),
    ("工地上一个十四岁的小工在脚手架上搬砖，从五楼摔下来重伤，老板知道他没满十六。", None),   # a child, not the offender
    ("某公司雇用15岁的小工从事高空作业", None),
])
def test_an_age_is_the_offender_s_only_where_tied_to_the_offender(text, age):
    stated = offender_age(text)
    assert (stated[:2] if stated else None) == age


@pytest.mark.parametrize("text,offense,status", [
    # 刑法第十七条第二款: from fourteen to sixteen, eight offenses only (of 第三百四十七条, 贩卖)
    ("15岁的初中生李某在禁渔期内使用电鱼方式捕捞水产品，捕获鱼类600公斤。", "非法捕捞水产品罪", "not_met"),
    ("17岁的孙某未取得采矿许可证擅自在河道采砂，矿产品价值35万元。", "非法采矿罪", "met"),
    ("15岁的李某伙同他人为毒贩运输甲基苯丙胺50克，被公安检查站查获。", "走私、贩卖、运输、制造毒品罪", "not_met"),
    ("13岁的王某在学校附近贩卖甲基苯丙胺2克。", "走私、贩卖、运输、制造毒品罪", "not_met"),
    # 刑法第十八条
    ("经司法精神病鉴定，陈某系精神分裂症患者，案发时处于发病期，完全丧失辨认和控制能力，其在禁渔期使用电鱼方法捕鱼，捕获水产品600公斤。",
     "非法捕捞水产品罪", "not_met"),
    ("间歇性精神病人陈某在精神正常的时候，在禁渔期使用电鱼方法捕捞水产品，捕获水产品600公斤。", "非法捕捞水产品罪", "met"),
    ("经鉴定，尚未完全丧失辨认能力的精神病人王某盗伐林木立木蓄积8立方米。", "盗伐林木罪", "met"),
])
def test_age_and_capacity_decide_whether_the_offender_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_fifteen_year_old_s_sale_of_drugs_is_judged_on_the_facts(law_store):
    assert judgement(law_store, "15岁的张某在网吧向他人贩卖甲基苯丙胺片剂10粒。", "走私、贩卖、运输、制造毒品罪")[1]["status"] != "not_met"
