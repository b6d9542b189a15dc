"""渎职侵权立案标准（2006）, second pass (session 56): the case types of 商检, 动植物检疫, 放纵走私, 偷越国（边）境, 不解救,
刑讯逼供 and 虐待被监管人 curated (corpus/data/statutory_standards.yaml, keeping the parse's loss pairs by `parsed:`), the
文物解释（2015）第十条 read item by item, and the readings they needed: an investigation's finding that rules an element
out decides in a narrative (api/elements.py), a view whose words are quoted after its object (api/asking.py), and a
goods' value beside "未发现其他经济损失" read as no loss (api/verdict.py)."""
from pathlib import Path

import pytest

from corpus.curated import CuratedTableError
from corpus.loader import load_corpus
from corpus.quantities import find_quantities

from .conftest import BUNDLED_CORPUS, judgement


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


@pytest.fixture(scope="module")
def curated():
    from graph.standards import statutory_standards
    docs = [d for d in load_corpus(BUNDLED_CORPUS).documents if d.type != "case"]
    return docs, {s.offense_names[0]: s for s in statutory_standards(docs)}


def test_a_curated_case_type_keeps_the_parse_s_loss_pairs(curated):
    """商检失职罪's 2. and 3. are the parse's (附则（二）: 不满15万元 is 12万元 and more); 1., 4. and 5. are the table's."""
    _, by_offense = curated
    clause = by_offense["商检失职罪"]
    assert [a.label for a in clause.alternatives] == ["1.", "2.直接", "2.间接", "3.直接", "3.间接", "4.", "5.纠纷", "5.声誉", "6."]
    pair = next(a for a in clause.alternatives if a.label == "2.间接")
    assert [(c.metric, c.value) for c in pair.conditions] == [("直接经济损失", 120000.0), ("间接经济损失", 750000.0)]
    assert clause.alternatives[1].subject == "个人"


def test_a_parsed_item_the_parse_lacks_names_the_entry(curated, tmp_path):
    from graph.standards import statutory_standards
    docs, _ = curated
    table = tmp_path / "table.yaml"
    table.write_text("- offense: 商检失职罪\n  unit: duzhi-qinquan-lian-biaozhun:c1-25\n  article: 412\n"
                     "  replaces_parsed: true\n  alternatives:\n    - parsed: \"9.\"\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=r"has no parsed item 9\."):
        statutory_standards(docs, table)


@pytest.mark.parametrize("text,status", [
    ("某县国土资源局局长吴某徇私舞弊，违法批准某公司占用基本农田15亩建设厂房。", "met"),
    # 6.: 防护林地 (the 2006 standard's own item); the 草原 interpretation's figures are for 草原 only
    ("某县林业局副局长违法批准某公司占用防护林地12亩修建度假村。", "met"),
    ("某旗副旗长违法批准某公司占用天然草原45亩建设光伏电站。", "met"),
])
def test_land_approvals_by_kind_of_land(store, text, status):
    standards, verdict = judgement(store, text, "非法批准征收、征用、占用土地罪")
    assert verdict["status"] == status
    assert not any("草原" in q for q in verdict["questions"])


@pytest.mark.parametrize("offense,text,status", [
    # 商检徇私舞弊罪 2.: a failed lot passed
    ("商检徇私舞弊罪", "检验检疫局工作人员李某收受货主好处费后，将一批检测不合格的进口奶粉判定为合格。", "met"),
    # 商检失职罪 4.: 禁止进口的固体废物 let in on a certificate issued unexamined
    ("商检失职罪", "检验员赵某严重不负责任，未经检验即出具合格检验结果，致使国家禁止进口的固体废物120吨进入境内。", "met"),
    # a 科长's view that it was 洋垃圾 is no finding that it was
    ("商检失职罪", "检验员赵某未经检验即出具合格检验结果。查验科科长认为该批货物“夹杂废电线，肯定是洋垃圾”，鉴别意见尚未出具。", "unknown"),
    # 动植物检疫失职罪 2.: a 一般疫情 is no 重大疫情, and no one was hurt; the loss is unknown, so asked
    ("动植物检疫失职罪", "检疫员周某对一批进口种猪未检疫即放行，导致当地发生动物疫情，经认定为一般动物疫情，未造成人员伤亡。", "unknown"),
    # 放纵走私罪 4.: a bribe
    ("放纵走私罪", "海关关员冯某收受走私分子好处费5万元后，对其申报不实的货物予以放行。", "met"),
    # 放行偷越国（边）境人员罪: a forged passport no one could see through is no 明知
    ("放行偷越国（边）境人员罪", "边检民警何某为一名持伪造护照的人员办理了出境手续。经鉴定该护照采用高仿真技术伪造，肉眼难以识别，"
     "调查认定何某对其偷越国（边）境不知情。", "not_met"),
    # 不解救 2.: a report, no rescue, the child sold on
    ("不解救被拐卖、绑架妇女、儿童罪", "村民陈某报警称邻居家新来的男童疑似被拐卖，民警蒋某接警后未上门核查。9天后该男童被转卖至外省。", "met"),
    # 刑讯逼供罪 1.: beating during questioning, though the injury was only 轻微伤
    ("刑讯逼供罪", "民警邓某在讯问犯罪嫌疑人许某时打其耳光、用脚踢其腿部，经鉴定许某为轻微伤。", "met"),
    # a witness beaten for testimony is 暴力取证, not 刑讯逼供 (the finding decides in a narrative)
    ("刑讯逼供罪", "民警唐某为取得证言对证人杨某殴打，致其轻伤。经查，杨某始终以证人身份接受询问，未被列为犯罪嫌疑人。", "not_met"),
    # 虐待被监管人罪 5.: three detainees punished once each
    ("虐待被监管人罪", "监狱民警任某以不服管教为由，先后对3名罪犯各实施一次体罚，责令蹲立4小时，不准饮水。", "met"),
])
def test_curated_case_types(store, offense, text, status):
    assert judgement(store, text, offense)[1]["status"] == status


def test_one_second_grade_relic_is_enough_three_third_grade_ones_are_not(store):
    """文物解释（2015）第十条（一）: 二级以上文物, or 五件以上三级文物 (parsed, 五件 was read as a count of 二级以上文物)."""
    base = "海关罚没物品仓库保管员冯某长期不执行出入库登记制度，致{}流失。"
    assert judgement(store, base.format("一件经鉴定为国家二级文物的唐三彩马"), "失职造成珍贵文物损毁、流失罪")[1]["status"] == "met"
    assert judgement(store, base.format("3件三级文物"), "失职造成珍贵文物损毁、流失罪")[1]["status"] != "met"


def test_a_protected_site_is_no_offender(curated):
    """文物保护单位 names a site: the item is nobody's in particular, not a 单位's."""
    _, by_offense = curated
    site = next(a for a in by_offense["失职造成珍贵文物损毁、流失罪"].alternatives if a.label == "（二）")
    assert site.subject is None


@pytest.mark.parametrize("text,status", [
    # a finding about the one asked of decides
    ("海关检验员孙某对一批锂电池依规抽样送检后出证，货物放行后被货主调包并引发火灾。调查结论认定其不存在不检验、延误检验出证或错误出证的情形。",
     "not_met"),
    # the same words as someone's view only ask
    ("海关检验员孙某对一批锂电池抽样送检后出证，货物放行后引发火灾，损失420万元。有意见认为其“不存在不检验的情形”。", "unknown"),
])
def test_an_investigation_s_finding_decides_in_a_narrative(store, text, status):
    assert judgement(store, text, "商检失职罪")[1]["status"] == status


def test_a_guard_who_neither_beat_nor_set_on_is_not_the_beater(store):
    text = ("看守所在押人员谢某在监室内先后殴打同监室在押人员3人，致1人轻伤。经检察机关调查查明：管教民警邹某事前不知情，未指使、纵容谢某，"
            "也未亲自对任何在押人员实施殴打或者体罚虐待。仅就邹某而言，请问是否达到虐待被监管人罪立案追诉标准？")
    assert judgement(store, text, "虐待被监管人罪")[1]["status"] == "not_met"


def test_a_view_quoted_after_its_object_is_a_view():
    from api.asking import in_view_sentence
    text = "现场查验科科长认为该批货物“夹杂大量废电线和塑料，肯定是洋垃圾”，鉴别意见尚未出具。"
    assert in_view_sentence(text, text.index("洋垃圾"))
    # a paper issued is no view: 出具审核意见，并亲自签批… states the approval
    text = "钱某授意下属出具审核意见，并亲自签批同意该公司占用该地块。"
    assert not in_view_sentence(text, text.index("签批"))


def test_no_other_loss_beside_a_goods_value():
    """货物申报价值约40万元，目前未发现其他经济损失: the value is no loss; a loss called one keeps its figure."""
    from api.verdict import _numeric, extract_facts
    cond = {"metric": "直接经济损失", "op": ">=", "value": 300000.0, "unit": "元", "text": "直接经济损失30万元以上"}
    value = extract_facts("钱某未检验即出证，货物申报价值约40万元，目前未发现其他经济损失。")
    assert _numeric(cond, value)["status"] == "not_met"
    loss = extract_facts("钱某未检验即出证，造成直接经济损失40万元，目前未发现其他经济损失。")
    assert _numeric(cond, loss)["status"] == "met"


def test_cases_counted_in_qi_ci():
    """3起次 (放纵走私行为3起次以上) is a count of times."""
    found = find_quantities("放纵走私行为3起次")
    assert [(q.value, q.unit) for q in found] == [(3.0, "次")]


@pytest.mark.parametrize("offense,text,status", [
    # 一（三）5.: one 秘密级 item posted to the public is enough, whatever the count
    ("故意泄露国家秘密罪", "科员张某将一份经鉴定属于秘密级国家秘密的文件拍照，发布在其任何人均可浏览的公开抖音账号上，播放量2100余次。", "met"),
    # 一（三）2.: 机密 counted by its own grade (2份机密级 of 3份 sent)
    ("故意泄露国家秘密罪", "干部李某将3份材料通过微信发送给朋友，经鉴定其中2份属于机密级国家秘密，1份属于秘密级国家秘密。", "met"),
    # two of the grade and a third still being graded: two, not three
    ("故意泄露国家秘密罪", "干部王某将3份材料通过电子邮件发给前同事。经鉴定其中2份属于秘密级国家秘密；第3份材料的密级鉴定尚在进行中。", "unknown"),
    # marked 机密, found no secret at all
    ("故意泄露国家秘密罪", "副科长李某将3份标注“机密”的方案通过微信发送给朋友。保密行政管理部门鉴定结论为：三份材料均不属于国家秘密。", "not_met"),
    # 一（四）: an internet connection whose leak is still unknown is asked
    ("过失泄露国家秘密罪", "干部卫某违反保密规定，将存有2份机密级文件的涉密笔记本电脑连接互联网约2小时，涉密文件是否被外传，技术取证尚未得出结论。", "unknown"),
    # 一（五）5.: a bent acquittal, knowingly
    ("徇私枉法罪", "审判员孙某受请托，在明知证据确实充分的情况下，以“证据不足”判决被告人钱某无罪。", "met"),
    # 一（九）2.: papers forged to free a prisoner, though caught at the gate
    ("私放在押人员罪", "监狱民警袁某伪造一份中级人民法院减刑裁定书，企图使罪犯方某提前出狱，出监时被值班民警识破。", "met"),
    # a 行政拘留 detainee is no 犯罪嫌疑人、被告人、罪犯
    ("私放在押人员罪", "拘留所民警邱某伪造提前解除拘留决定书，将被处以行政拘留10日的于某放出拘留所。", "not_met"),
])
def test_judicial_case_types(store, offense, text, status):
    assert judgement(store, text, offense)[1]["status"] == status


def test_a_party_s_claimed_loss_under_appraisal_counts_for_nothing(store):
    """一（六）2.: 直接 9.2万元 is 80% of 10万元, but the 间接 60万元 is the party's own, its appraisal under way."""
    text = ("法官吕某故意违背事实和法律判决驳回苏某诉讼请求，枉法裁判的事实已查实。经审计，苏某个人财产直接经济损失9.2万元；苏某主张其养殖场"
            "因此无法经营，间接经济损失达60万元，该部分损失的司法鉴定正在进行，尚无结论。")
    assert judgement(store, text, "民事、行政枉法裁判罪")[1]["status"] == "unknown"


def test_secrets_are_counted_by_their_own_grade(store):
    """1份机密级 and 2份秘密级: one 机密 item (not the three sent), so 2. is not met and the rest is asked."""
    standards, verdict = judgement(store, "干部李某将1份机密级文件和2份秘密级文件通过微信发送给朋友。", "故意泄露国家秘密罪")
    clause = next(s for s in standards if s["id"].endswith("c1-3:curated"))
    by_label = {a["label"]: a["status"] for a in clause["alternatives"]}
    assert by_label["2."] == "not_met" and verdict["status"] == "unknown"


@pytest.mark.parametrize("offense,text,status", [
    # 一（八）4.: 停业 counted as a period, 6个月 for abuse of power
    ("执行判决、裁定滥用职权罪", "执行法官唐某违法查封某物流公司仓库，致该公司停业8个月。", "met"),
    # 一（七）4.: 1年 for neglect; 8个月 falls short and the rest is asked
    ("执行判决、裁定失职罪", "执行法官马某严重不负责任，未依法解除查封，致某公司停产8个月。", "unknown"),
    ("执行判决、裁定失职罪", "执行法官马某严重不负责任，未依法解除查封，致某公司停产1年零2个月。", "met"),
    # 一（六）1.: the suicide is the party's kin's own deed, stated in its own clause
    ("民事、行政枉法裁判罪", "法官邓某受其同学请托，故意违背事实和法律判决驳回宋某诉讼请求，宋某之父因此服药自杀身亡。", "met"),
])
def test_judgments_bent_and_enforcement_abused(store, offense, text, status):
    assert judgement(store, text, offense)[1]["status"] == status


def test_a_defence_s_bound_is_no_figure(store):
    """钟某辩称：直接经济损失未达到30万元 beside the appraised 25万元 (≥ 24万元, 附则（二）) and 间接 160万元: 一（十九）4. is met on the
    appraisal; the defence's 30万元 is a bound it argues, not the loss (probe 84a #14 asked which figure held)."""
    text = ("企业将废水直排入河，致下游某水产养殖有限公司鱼类大面积死亡。经司法鉴定评估：该公司直接经济损失25万元，间接经济损失160万元。"
            "负责监管的执法人员钟某多次接报未查，严重不负责任的事实已查证属实。钟某辩称：直接经济损失未达到30万元。")
    assert judgement(store, text, "环境监管失职罪")[1]["status"] == "met"


def test_an_inspector_s_pass_names_the_neglect_and_states_no_smuggling(store):
    """未经检验即出具合格检验结果 names 商检失职罪 (corpus/data/offense_acts.yaml); the waste it let in states no 逃避海关监管, so
    走私废物罪 is asked for its act, not met on the waste's entry."""
    from graph.queries import offense_mentions
    from graph.schema import offense_id
    text = "海关检验员赵某严重不负责任，未经检验即出具合格检验结果，致使国家禁止进口的固体废物120吨进入境内。"
    assert dict(offense_mentions(store, text)).get(offense_id("商检失职罪")) == "未经检验即出具合格检验结果"
    assert judgement(store, text, "走私废物罪")[1]["status"] == "unknown"
