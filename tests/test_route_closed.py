"""What the way the criminal route closed leaves the administration (api/route_closed.py; 刑事诉讼法第十六条、
第一百七十五条、第一百七十七条; 行政处罚法第二十七条、第三十五条、第四十条). Probe 26p: 法定, 存疑 and 相对 不起诉
were answered alike."""
import pytest

from api.route_closed import how_closed


@pytest.mark.parametrize("text,kinds", [
    ("孔某销售假冒商标洗发水，检察院认为系店员所为、孔某没有犯罪事实，作出不起诉决定，市场监管局能否处罚孔某？", ["no_crime_fact"]),
    ("孔某销售假冒商标洗发水，检察院经二次补充侦查认为证据不足，作出存疑不起诉，市场监管局能否处罚？", ["insufficient_evidence"]),
    ("孔某销售假冒商标洗发水，犯罪情节轻微，检察院作出相对不起诉，市场监管局如何处理？", ["minor_crime"]),
    ("顾某销售假冒注册商标的商品，法院判处罚金5万元，市场监管部门能否再罚款？", ["fined"]),
    ("施某销售过期食品，公安机关认为情节显著轻微不够刑事处罚，市场监管局应当如何处罚？", ["not_a_crime"]),
    # an earlier sentence is no closing of this case's route, nor is a proposed one
    ("王某曾因盗窃被判处有期徒刑一年，此次盗窃800元，公安机关不予立案，应如何处理？", []),
    ("检察院建议判处罚金3万元，市场监管部门能否罚款？", []),
    # a co-defendant's sentence, or an earlier case's followed by the person's new act (probe 26r)
    ("孙某与同案犯李某共同盗窃，李某被法院判处罚金5000元，孙某因情节显著轻微被检察院不起诉，公安机关能否对孙某罚款？", ["not_a_crime"]),
    ("孙某与同案犯李某共同盗窃，李某被法院判处有期徒刑一年，孙某被检察院相对不起诉，公安机关如何处理孙某？", ["minor_crime"]),
    ("高某2023年因诈骗被判处罚金5000元，2026年7月，高某又骗取他人1500元，公安机关不予立案，应如何处理？", []),
])
def test_the_kind_of_closing_is_read(text, kinds):
    assert [c["kind"] for c in how_closed(text)] == kinds


def test_each_closing_cites_what_it_relies_on():
    (closure,) = how_closed("检察院作出相对不起诉，市场监管局如何处理？")
    assert closure["citations"] == ["xingshi-susong-fa:art177", "xingzheng-chufa-fa:art27"]
    assert "检察意见" in closure["note"]


def test_an_earlier_cases_closing_does_not_turn_a_new_act_back():
    from api.consult import _direction
    text = "李某2024年曾因盗窃被检察院作出相对不起诉决定，2026年6月又盗窃他人电动车价值3000元，是否达到立案标准，应如何处理？"
    assert _direction(text, "auto") == "forward"


def test_a_figure_short_of_one_threshold_but_another_fact_argued_stays_forward():
    from api.consult import _direction
    assert _direction("某商店销售伪劣种子，销售金额尚未达到犯罪数额，但仓库中尚未销售的伪劣种子货值金额20万元，是否应移送公安机关？",
                      "auto") == "forward"
    assert _direction("王某采砂价值3万元，未达到立案标准，但公安机关仍立案侦查，后撤案，水利部门如何处罚？", "auto") == "reverse"
