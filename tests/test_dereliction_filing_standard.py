"""渎职侵权立案标准（2006, 高检发释字〔2006〕2号）: compiled case by case (corpus/data/standards_supplement), parsed as parts and
numbered case types (corpus/parse.py), read as filing clauses of the offense each case names (graph/standards.py), its loss
pairs read with 附则（二）'s 不满 (已达到该数额百分之八十以上), and 徇私舞弊不移交刑事案件罪's clause curated."""
import importlib.util
from pathlib import Path

import pytest

from corpus.frontmatter import CorpusError
from corpus.parse import parse_text
from graph.standards import standards_in_unit

from .conftest import judgement

FRONT = """---
id: duzhi-x
type: standard
title: 渎职侵权立案标准
issuer: 最高人民检察院
promulgated: '2006-07-26'
effective: '2006-07-26'
status: 现行有效
domains: [行刑衔接]
source:
  dataset: test
  path: x.md
  version_date: '2006-07-26'
---

# 渎职侵权立案标准

根据……规定如下：

## 一、渎职犯罪案件

"""
LOSSES = """（十九）环境监管失职案（第四百零八条）
环境监管失职罪是指……的行为。
涉嫌下列情形之一的，应予立案：
1.造成死亡1人以上，或者重伤3人以上，或者重伤2人、轻伤4人以上，或者重伤1人、轻伤7人以上，或者轻伤10人以上的；
2.造成个人财产直接经济损失15万元以上，或者直接经济损失不满15万元，但间接经济损失75万元以上的；
3.其他致使公私财产遭受重大损失或者造成人身伤亡严重后果的情形。

（三十）放行偷越国（边）境人员案（第四百一十五条）
放行偷越国（边）境人员罪是指……的行为。
边防、海关等国家机关工作人员涉嫌在履行职务过程中，对明知是偷越国（边）境的人员而予以放行的，应予立案。

## 二、国家机关工作人员利用职权实施的侵犯公民人身权利、民主权利犯罪案件

（一）国家机关工作人员利用职权实施的非法拘禁案（第二百三十八条）
国家机关工作人员利用职权非法拘禁，涉嫌下列情形之一的，应予立案：
1.非法剥夺他人人身自由24小时以上的；
2.其他非法拘禁应予追究刑事责任的情形。

## 三、附则

（一）本规定所称“以上”包括本数；有关犯罪数额“不满”，是指已达到该数额百分之八十以上的。
"""


def test_case_types_are_units_named_by_part_and_number():
    doc = parse_text(FRONT + LOSSES, "x.md")
    units = {u.id: u for u in doc.units}
    assert list(units) == ["duzhi-x:pre0", "duzhi-x:c1-19", "duzhi-x:c1-30", "duzhi-x:c2-1", "duzhi-x:c3"]
    assert units["duzhi-x:c1-19"].label == "一（十九）" and units["duzhi-x:c1-19"].path == ["一、渎职犯罪案件"]
    assert units["duzhi-x:c1-30"].text.startswith("（三十）放行偷越国（边）境人员案")    # （边） is no end of the name
    assert units["duzhi-x:c3"].label == "三、附则" and "百分之八十" in units["duzhi-x:c3"].text


def test_a_case_type_twice_in_one_part_names_its_line():
    with pytest.raises(CorpusError, match=r"x\.md:\d+: duplicate case type"):
        parse_text(FRONT + LOSSES.replace("（三十）放行", "（十九）放行"), "x.md")


def test_loss_pairs_read_not_reaching_as_eighty_percent_and_injury_clauses_whole():
    doc = parse_text(FRONT + LOSSES, "x.md")
    unit = next(u for u in doc.units if u.id == "duzhi-x:c1-19")
    (std,) = standards_in_unit(doc, unit)
    assert std.offense_names == ["环境监管失职罪"] and std.articles == [(408, 0, None)] and std.tier == "filing"
    alts = {a.label: a for a in std.alternatives}
    # 重伤2人、轻伤4人以上 is one alternative: 重伤2人 alone met it when split at 、
    assert [(c.metric, c.value) for c in alts["1.3"].conditions] == [("重伤", 2), ("轻伤", 4)]
    assert [(c.metric, c.value) for c in alts["2.直接"].conditions] == [("直接经济损失", 150000)]
    assert [(c.metric, c.value) for c in alts["2.间接"].conditions] == [("直接经济损失", 120000), ("间接经济损失", 750000)]
    assert all(r.text == "个人财产" for r in alts["2.间接"].requirements)
    assert alts["3."].catch_all


def test_a_single_sentence_case_and_a_functionary_s_case_name_their_offense():
    doc = parse_text(FRONT + LOSSES, "x.md")
    by_unit = {u.id: standards_in_unit(doc, u) for u in doc.units if u.kind == "article"}
    (release,) = by_unit["duzhi-x:c1-30"]
    assert release.offense_names == ["放行偷越国（边）境人员罪"] and len(release.alternatives) == 1
    (detention,) = by_unit["duzhi-x:c2-1"]
    assert detention.offense_names == ["非法拘禁罪"]
    assert by_unit["duzhi-x:c3"] == []


SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "import_standards.py"


@pytest.fixture(scope="module")
def import_standards():
    spec = importlib.util.spec_from_file_location("import_standards", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_import_marks_unverified_cases_and_refuses_unlisted_ones(tmp_path, import_standards):
    src = tmp_path / "d.md"
    src.write_text("序言。\n\n## 一、渎职犯罪案件\n\n（一）甲等案（第三百九十七条）\n涉嫌下列情形之一的，应予立案：\n1.甲的；\n\n"
                   "（二）乙等案（第三百九十八条）\n乙的，应予立案。\n", encoding="utf-8")
    tsv = tmp_path / "d.sources.tsv"
    tsv.write_text("item\tstatus\turls\tnote\n一（一）\tconfirmed\thttp://a http://b\t\n一（二）\t待核\thttp://c\tone page\n", encoding="utf-8")
    meta = {"id": "x", "type": "standard", "title": "标准", "version_date": "2006-07-26", "left_out": "一（三）"}
    text, counts = import_standards.convert_case_types(src, meta)
    assert "〔待核：one page〕" in text and counts == {"confirmed": 1, "待核": 1, "marker_added": 1, "supplemented": 0}
    assert "未收录：一（三）" in text and "left_out" not in text.split("---")[1].split("source:")[0]
    tsv.write_text("item\tstatus\turls\tnote\n一（一）\tconfirmed\thttp://a http://b\t\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="一（二） is not in d.sources.tsv"):
        import_standards.convert_case_types(src, meta)


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


def test_the_2012_interpretation_supersedes_the_2006_figures_of_article_397(store):
    from graph.queries import offense_view
    from graph.schema import offense_id
    standards = offense_view(store, offense_id("滥用职权罪"))["standards"]
    old = next(s for s in standards if s["id"] == "std:duzhi-qinquan-lian-biaozhun:c1-1")
    assert not old["governing"] and old["superseded_by"] == "jieshi-duzhi-1-2012"


NOT_TRANSFERRED = "徇私舞弊不移交刑事案件罪"


@pytest.mark.parametrize("text,status", [
    # 4.: 以罚代刑 and the suspect (another person than the official) went on
    ("某县市场监管局执法人员王某收受当事人李某财物后，对李某销售金额60万元的生产、销售伪劣产品案件以罚代刑，仅处罚款，"
     "未移送公安机关，李某此后继续销售伪劣产品。", "met"),
    # 3.: the procuratorate asked, and still no transfer
    ("县人民检察院向县市场监管局发出检察建议，要求移送一起涉嫌销售假药犯罪案件，该局执法科长刘某收受好处后仍不移送。", "met"),
    # the case was found short of its own filing line: no case that had to be transferred
    ("某县林业局执法人员对一起滥伐林木案件作出行政处罚，未移送公安机关，经查该案滥伐数量为8立方米，未达到刑事立案标准。", "not_met"),
    # a case not transferred, and nothing of the eight items said: asked
    ("某区环保局执法人员张某发现一起非法处置危险废物案件已涉嫌污染环境罪，因当事人是其亲戚，仅罚款10万元，未移送公安机关。", "unknown"),
])
def test_not_transferring_a_criminal_case(store, text, status):
    assert judgement(store, text, NOT_TRANSFERRED)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("某县环保局监管人员严重不负责任，未认真履行环境监管职责，导致发生重大环境污染事故，造成村民个人财产直接经济损失13万元、"
     "间接经济损失80万元。", "met"),
    # 不满15万元 is 已达到百分之八十以上: 10万元 of direct loss is below 12万元
    ("某县环保局监管人员严重不负责任，未认真履行环境监管职责，导致发生重大环境污染事故，造成村民个人财产直接经济损失10万元、"
     "间接经济损失80万元。", "unknown"),
    ("某县环保局监管人员严重不负责任，导致发生重大环境污染事故，造成3人重伤、5人轻伤。", "met"),
])
def test_environmental_supervision_losses(store, text, status):
    assert judgement(store, text, "环境监管失职罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # the case handled, judged on the same facts: 12万元 of sales is a 生产、销售伪劣产品罪 case, and its maker went on
    ("某县农业农村局执法人员黄某查获某经销部以不合格饲料冒充合格饲料销售，已销售金额12万元。黄某与老板系亲戚，未移送公安机关，"
     "仅作罚款处理，老板此后继续销售。", "met"),
    # a 污染环境 case the police found no crime: no case that had to be handed over, though 以罚代刑 and the plant went on
    ("某县生态环境局执法人员郭某发现某电镀厂外排废水镉浓度超标2.8倍，因负责人系其妻弟，仅作罚款处理，未移送。事后该厂仍间歇超标排放。"
     "公安机关对该线索审查后认定不构成污染环境罪。", "not_met"),
])
def test_the_case_not_handed_over_is_judged_against_its_own_line(store, text, status):
    assert judgement(store, text, NOT_TRANSFERRED)[1]["status"] == status


def test_what_was_let_go_must_be_a_crime_not_the_officials_warning(store):
    """放纵制售伪劣商品犯罪行为罪: 生产、销售伪劣商品犯罪行为 is the crime let go, which 仅口头警告 (the official's own act)
    does not state; with the sales stated (8万元 ≥ 5万元) the crime is read from them."""
    base = "某县市场监管局执法人员宋某查处某服装店以含绒量不达标的羽绒服冒充合格产品销售{}，宋某收受店主好处后，仅口头警告，未立案追究。店主此后继续销售。"
    assert judgement(store, base.format(""), "放纵制售伪劣商品犯罪行为罪")[1]["status"] == "unknown"
    assert judgement(store, base.format("，销售金额8万元"), "放纵制售伪劣商品犯罪行为罪")[1]["status"] == "met"


def test_tax_not_collected_below_the_line_with_a_bribe(store):
    """一（十四）3.: 不满10万元 is, by 三、附则（二）, 已达到百分之八十以上 — 8.6万元 with a bribe meets it, 5万元 does not."""
    base = "某区税务局科员卢某明知某建材公司少申报销售收入，仍按其申报数额核定，经核定少征应征税款共计{}万元，卢某收受该公司负责人贿赂现金3万元。"
    assert judgement(store, base.format("8.6"), "徇私舞弊不征、少征税款罪")[1]["status"] == "met"
    assert judgement(store, base.format("5"), "徇私舞弊不征、少征税款罪")[1]["status"] != "met"


def test_a_finding_that_the_supervisor_did_the_job_is_no_met_verdict(store):
    """刑法第四百零八条's 严重不负责任 (corpus/data/offense_elements.yaml): a death the polluter caused meets 一（十九）1., but a
    finding that the supervisor did the job is asked about, not passed over."""
    text = ("县生态环境局执法人员苏某每月对某化工企业开展现场检查，发现废水处理异常后即下达责令改正决定书。企业在复查后另行铺设暗管"
            "排放含氰废液，致一名村民中毒死亡。纪检监察机关调查认定，苏某已依法认真履行监管职责。")
    _, verdict = judgement(store, text, "环境监管失职罪")
    assert verdict["status"] != "met"
    assert any("已依法认真履行监管职责" in line for line in verdict["questions"] + verdict["notes"])


@pytest.mark.parametrize("text,status", [
    ("区卫生健康局疾控科科长王某严重不负责任，接到霍乱疫情报告后未组织流行病学调查和消毒，导致甲类传染病霍乱传播，感染12人。", "met"),
    # 6.: a concealment counts after the state's emergency measures and where the spread grew; here both are stated
    ("区卫生健康局工作人员王某在启动重大突发公共卫生事件一级应急响应后，瞒报辖区疫情，致疫情扩散至相邻3个街道。", "met"),
    # the concealment alone: when, and with what spread, is asked
    ("区卫生健康局工作人员王某瞒报辖区疫情。", "unknown"),
])
def test_infectious_disease_supervision(store, text, status):
    assert judgement(store, text, "传染病防治失职罪")[1]["status"] == status


def test_punishing_in_place_of_prosecuting_names_the_offense(store):
    """以罚代刑 (corpus/data/offense_acts.yaml terms) names 徇私舞弊不移交刑事案件罪, so a consultation that does not name the
    offense still weighs it; a denial names nothing."""
    from graph.queries import offense_mentions
    from graph.schema import offense_id
    named = dict(offense_mentions(store, "执法人员王某对销售伪劣产品的李某以罚代刑，未移送公安机关。"))
    assert named.get(offense_id(NOT_TRANSFERRED)) == "以罚代刑"
    assert offense_id(NOT_TRANSFERRED) not in dict(offense_mentions(store, "经查王某并未以罚代刑。"))


@pytest.mark.parametrize("text,status", [
    # 二（一）1.: a functionary's detention counted in hours, however the facts call it (关押, 留置)
    ("某派出所民警张某为帮朋友讨债，利用职权将债务人李某带至派出所留置室关押30小时。", "met"),
    # 2.: shorter, but with beating
    ("某派出所民警张某为帮朋友讨债，利用职权将债务人李某带至派出所留置室关押10小时，期间对李某拳打脚踢。", "met"),
    # anyone else's detention: the 2006 list is for a functionary's use of power, so who did it is asked
    ("张某为讨债将李某关押在自家仓库30小时。", "unknown"),
])
def test_a_functionary_s_detention(store, text, status):
    assert judgement(store, text, "非法拘禁罪")[1]["status"] == status
