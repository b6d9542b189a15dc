"""Evidence tables read as numbered lists whose cells carry their column's name (api/tables.py)."""
import pytest

from api.tables import linearized

from .conftest import judgement


def test_a_table_becomes_a_numbered_list_with_its_column_names():
    text = "【价格认定结论书】\n序号｜物品｜购买发票价｜认定价格\n1｜手机｜3999元｜1600元\n2｜现金｜—｜300元\n陈某窃取上述物品。"
    assert linearized(text) == ("【价格认定结论书】\n（1）物品：手机，购买发票价3999元，认定价格1600元；（2）物品：现金，认定价格300元。\n"
                                "陈某窃取上述物品。")


def test_a_cell_that_sums_its_own_row_is_no_total_row():
    # probe 50b IB03: 面值合计10,000元 is one row's value; the rows stay numbered items to add
    text = "品名｜数量｜金额\n现金｜1笔｜12,000元\n购物卡｜20张｜面值合计10,000元"
    assert linearized(text).startswith("（1）")
    assert not linearized("项目｜金额\n设备损失｜20万元\n合计｜38万元").startswith("（1）")


@pytest.mark.parametrize("text", [
    "陈某窃取手机一部，价格认定1600元。",
    "甲｜乙\n陈某窃取手机一部。",               # a header without rows is no table
    "序号｜物品｜价格\n1｜手机\n陈某窃取手机一部。",   # a row of other width neither
])
def test_prose_and_broken_tables_are_left_as_written(text):
    assert linearized(text) == text


@pytest.mark.parametrize("text,offense,status", [
    # probe 48b GB16: 立木蓄积 read from its own column, the saplings with theirs (森林资源解释（2023）第四条: 3.2/5 + 90/200 is
    # short of neither item alone, so the proportional sum is asked or met, never not_met on 原木材积2.24立方米)
    ("【林木损失鉴定意见】林权：村集体所有马尾松林\n树木类别｜株数｜原木材积｜出材率｜立木蓄积\n胸径6—18cm｜58株｜2.24立方米｜0.70｜3.2立方米\n"
     "幼树（胸径≤5cm）｜90株｜—｜—｜—\n林木价值合计：1.4万元\n2024年12月，蒋某未取得采伐许可证，擅自砍伐上述林木后运走出售。"
     "请问是否达到盗伐林木罪立案追诉标准？", "盗伐林木罪", "unknown"),
    # GB04: an invoice price beside the appraised one no longer meets 数额较大 alone
    ("【价格认定结论书】\n序号｜物品｜购买发票价｜认定价格\n1｜华为手机（2022年购，屏幕碎裂）｜3999元｜1600元\n2｜现金｜—｜300元\n"
     "3｜身份证、驾驶证｜—｜不计价\n2025年3月，陈某从停放在路边、车门未锁的货车驾驶室内窃取上述物品，系一次作案，未携带器械，此前无任何违法犯罪记录。"
     "本省执行的盗窃“数额较大”标准为二千元。请问是否达到盗窃罪立案追诉标准？", "盗窃罪", "unknown"),
])
def test_a_tables_figures_are_read_by_their_columns(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status
