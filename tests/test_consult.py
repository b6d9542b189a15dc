"""Thresholds as data, fact extraction and the consultation answer."""
import datetime as dt
from pathlib import Path

import pytest

from api.consult import consult, evaluate_standard, extract_facts
from corpus.loader import BUNDLED_CORPUS, load_corpus
from corpus.quantities import find_quantities
from graph.standards import extract_standards
from indexer.search import SearchService

from .conftest import FIXTURES


@pytest.mark.parametrize("text,value,unit", [
    ("货值三万元", 30000, "元"), ("3.5万元", 35000, "元"), ("人民币12,000元", 12000, "元"), ("十万余元", 100000, "元"),
    ("黑火药2千克", 2, "千克"), ("河砂3吨", 3000, "千克"), ("雷管五十枚", 50, "枚"), ("受过两次行政处罚", 2, "次"),
])
def test_quantities(text, value, unit):
    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)
    assert text[q.start:q.end] == q.raw


def test_dates_are_not_durations():
    facts = extract_facts("2021年3月违法，2024年6月被发现，违法所得五千元")
    assert [(f.quantity.value, f.quantity.unit) for f in facts["facts"]] == [(5000, "元")]
    assert [d.isoformat() for d, _, _ in facts["dates"]] == ["2021-03-01", "2024-06-01"]


def test_filing_standard_in_official_format_is_parsed():
    from corpus.parse import parse_file
    doc = parse_file(FIXTURES / "standard" / "filing-standard.md")
    [std] = extract_standards([doc])
    assert std.term == "应予立案追诉" and std.offense_names == ["测试经营罪"] and std.articles == [(225, 0, None)]
    conds = {(a.label, c.metric, c.value, c.unit) for a in std.alternatives for c in a.conditions}
    assert ("（一）1", "非法经营数额", 50000, "元") in conds and ("（一）2", "违法所得数额", 10000, "元") in conds
    assert any(c[3] == "次" and c[2] == 2 for c in conds)
    facts = extract_facts("个人未经许可经营，非法经营数额六万元")
    assert evaluate_standard(std.to_dict(), facts)["status"] == "met"
    facts = extract_facts("个人非法经营数额三万元，违法所得五千元")
    result = evaluate_standard(std.to_dict(), facts)
    assert result["status"] == "unknown"       # item (三) (prior penalties) cannot be judged from these facts
    assert result["alternatives"][0]["status"] == "not_met"


def test_interpretation_thresholds_come_from_the_text():
    docs = load_corpus(BUNDLED_CORPUS).documents
    stds = {s.id: s for s in extract_standards(docs)}
    tax = stds["std:jieshi-weihai-shuishou-2024:art2:数额较大"]
    assert tax.articles == [(201, 0, 1)]
    [cond] = [c for c in tax.alternatives[0].conditions if c.basis is None]     # the 刑法's 百分之十 joins it
    assert (cond.value, cond.unit) == (100000, "元") and "十万元" in tax.source_text
    mining = stds["std:jieshi-feifa-caikuang-2016:art3"]
    first = mining.alternatives[0].conditions[0]
    assert (first.value, first.upper) == (100000, 300000)     # 十万元至三十万元以上: a range left to provinces
    units = {u.id: u.text for d in docs for u in d.units}
    for s in stds.values():             # every number stated is in the quoted source, or a unit it points at
        quoted = s.source_text + "".join(units[u] for u in s.see)
        for a in s.alternatives:
            for c in a.conditions:
                assert c.text.split("以")[0][:2] in (quoted if c.basis is None else "百分之")


@pytest.fixture(scope="module")
def service(bundled_index, embedder):
    return SearchService(bundled_index, embedder)


@pytest.mark.slow
def test_forward_consultation(service):
    answer = consult(service, "某纳税人通过虚假纳税申报少缴税款十五万元，占应纳税额百分之二十，经税务机关依法下达追缴通知后仍不补缴，"
                              "税务机关是否应当移送公安机关？")
    assert answer["direction"] == "forward"
    top = answer["offenses"][0]
    assert top["name"] == "逃税罪" and top["transfer"] == "indicated" and top["verdict"]["status"] == "met"
    met = [s for s in top["standards"] if s["status"] == "met"]
    assert met and met[0]["source"]["unit_id"] == "jieshi-weihai-shuishou-2024:art2"
    cited = {c["unit_id"] for c in answer["citations"]}
    assert {"xingfa:art201", "jieshi-weihai-shuishou-2024:art2", "yisong-guiding:art3"} <= cited
    assert any(f.get("value") == 150000 for f in answer["extracted_facts"])


def test_a_consultation_in_traditional_characters_is_answered_as_its_simplified_form(service):
    """corpus/simplified.py (probe 61c): the offense, its verdict and the figures read are the simplified text's."""
    answer = consult(service, "某納稅人通過虛假納稅申報少繳稅款拾伍萬元，佔應納稅額百分之二十，經稅務機關依法下達追繳通知後仍不補繳，"
                              "稅務機關是否應當移送公安機關？")
    top = answer["offenses"][0]
    assert top["name"] == "逃税罪" and top["verdict"]["status"] == "met"
    assert any(f.get("value") == 150000 for f in answer["extracted_facts"])


@pytest.mark.slow
def test_reverse_consultation_with_time_limit(service):
    answer = consult(service, "2021年3月起未取得医师执业证书非法行医，2024年6月被发现，检察院不起诉后卫生健康部门还能给予什么行政处罚？",
                     today=dt.date(2026, 11, 28))
    assert answer["direction"] == "reverse"
    offense = next(o for o in answer["offenses"] if o["name"] == "非法行医罪")
    assert "yishi-fa:art59" in offense["admin_provisions"][0]["articles"]
    # begun in 2021 and running on: counted from its end (行政处罚法第三十六条第二款), which the facts do not give
    assert answer["time_limit"]["within_limit"] is None and answer["time_limit"]["citation"] == "xingzheng-chufa-fa:art36"


@pytest.mark.slow
def test_offense_without_threshold_text_is_judged_on_the_criminal_law_article(service):
    """危险作业罪 has no amount threshold: the 刑法 article's own conditions (corpus/data/statutory_standards.yaml)
    stand as its filing standard, and what the facts do not state is asked."""
    answer = consult(service, "对危险作业罪不起诉的，应当由哪个部门给予什么行政处罚？")
    offense = next(o for o in answer["offenses"] if o["name"] == "危险作业罪")
    assert [s["clause"] for s in offense["standards"]] == ["刑法规定的入罪条件"] and offense["standards_note"] is None
    assert offense["standards"][0]["source"]["unit_id"] == "xingfa:art134-1"
    assert offense["verdict"]["status"] == "unknown" and any("现实危险" in q for q in offense["verdict"]["questions"])


@pytest.mark.slow
def test_pollution_forward_newer_interpretation_governs(service):
    """污染环境罪: the 2023 interpretation governs, the 2008 filing article is shown superseded by it,
    and the 环境保护法 article on the other side of the line is given with its agency."""
    answer = consult(service, "某公司通过暗管排放有毒物质，致使公私财产损失四十万元，生态环境部门要不要移送公安机关？")
    offense = next(o for o in answer["offenses"] if o["name"] == "污染环境罪")
    assert offense["verdict"]["status"] == "met" and offense["transfer"] == "indicated"
    by_id = {s["id"]: s for s in offense["standards"]}
    assert by_id["std:jieshi-huanjing-wuran-2023:art1"]["governing"]
    assert by_id["std:lian-zhuisu-biaozhun-1:art60"]["superseded_by"] == "jieshi-huanjing-wuran-2023"
    assert any("huanjing-baohu-fa:art63" in p["articles"] for p in offense["admin_provisions"])


@pytest.mark.slow
def test_reverse_consultation_for_illegal_logging(service):
    answer = consult(service, "滥伐林木案检察院决定不起诉，林业主管部门应当给予什么行政处罚？")
    offense = next(o for o in answer["offenses"] if o["name"] == "滥伐林木罪")
    provision = next(p for p in offense["admin_provisions"] if "senlin-fa:art76" in p["articles"])
    assert "林业主管部门" in provision["agencies"][0]


@pytest.mark.slow
def test_predicted_charges_join_the_candidates(service):
    """Facts that name no offense: the trained predictor reads the charge, says so among the
    reasons, and the answer carries its probabilities for the "可能涉嫌罪名" panel."""
    answer = consult(service, "被告人趁被害人熟睡之机，从其卧室床头柜内窃取现金三千元及手机一部，后将手机以八百元卖给他人。")
    predicted = answer["predicted"]
    assert predicted["charges"] and predicted["articles"]
    assert all(0.0 <= c["p"] <= 1.0 for c in predicted["charges"] + predicted["articles"])
    top = predicted["charges"][0]
    assert top["name"] == "盗窃罪" and top["offense_id"] is not None
    assert predicted["articles"][0]["article"] == "264"
    theft = next(o for o in answer["offenses"] if o["name"] == "盗窃罪")
    assert any(w.startswith("罪名预测模型据案情预测") for w in theft["why"])


@pytest.mark.slow
def test_a_denied_act_is_said_and_the_models_vote_for_it_not_taken(service):
    """The model reads 没有贩卖毒品的证据 as 贩卖毒品 (p .95): the answer says the question denies the
    act and leaves the prediction out instead of counting it as support."""
    answer = consult(service, "没有贩卖毒品的证据，查获冰毒十二克")
    drugs = next(o for o in answer["offenses"] if o["name"] == "走私、贩卖、运输、制造毒品罪")
    assert any(w.startswith("问题否认“贩卖毒品”") for w in drugs["why"])
    assert not any(w.startswith("罪名预测模型") for w in drugs["why"])
    sold = next(o for o in consult(service, "查获冰毒十二克，系其贩卖毒品所剩")["offenses"] if o["name"] == "走私、贩卖、运输、制造毒品罪")
    assert not any(w.startswith("问题否认") for w in sold["why"])


def test_an_act_phrase_states_the_conduct_of_a_single_act_offense(service):
    """设立赌博网站 is 开设赌场 (网络赌博意见第一条): the standard 开设赌场的，应予立案追诉 is met, not
    asked back as 是否开设赌场？"""
    answer = consult(service, "设立赌博网站接受投注，赌资数额累计三十万元")
    first = answer["offenses"][0]
    assert first["name"] == "开设赌场罪" and first["why"][0] == "问题所述“设立赌博网站”是该罪名列举的行为"
    assert first["verdict"]["status"] == "met", first["verdict"]
    assert not any("开设赌场" in q for s in first["standards"] for q in s["questions"])


@pytest.mark.slow
def test_a_fact_the_newer_text_moves_to_a_higher_tier_meets_the_filing_threshold(service):
    """立案追诉标准（一）第五十七条 files 非法行医 causing death; the governing 2016 interpretation leaves death
    out of its 情节严重 list because its 第四条 makes it the higher bracket. Met, on the older clause, with
    the higher tier's own question left to establish, and not asked back as 是否造成轻度残疾？"""
    answer = consult(service, "未取得医生执业资格的人非法行医，造成就诊人死亡")
    offense = next(o for o in answer["offenses"] if o["name"] == "非法行医罪")
    verdict = offense["verdict"]
    assert verdict["status"] == "met" and verdict["basis"] == ["std:lian-zhuisu-biaozhun-1:art57"], verdict
    assert "第四条" in verdict["notes"][0] and "直接、主要原因" in verdict["notes"][1]
    fourth = next(s for s in offense["standards"] if s["id"] == "std:jieshi-feifa-xingyi-2016:art4")
    assert fourth["clause"] == "造成就诊人死亡" and fourth["tier"] == "aggravating"     # 可不认定为… is not a clause
    unstated = consult(service, "未取得医生执业资格的人非法行医，致就诊人腹部疼痛")
    assert next(o for o in unstated["offenses"] if o["name"] == "非法行医罪")["verdict"]["status"] == "unknown"


def test_a_stated_fact_that_rules_out_the_offender_element_decides_over_the_clauses(service):
    """A licensed physician running an unlicensed clinic is no 非法行医罪 (2016 amendment of the interpretation,
    第一条), however often fined: not_met with the reason, not "met" on 被行政处罚两次后再行医."""
    facts = "被卫生健康部门行政处罚两次后仍继续开诊接诊"
    licensed = consult(service, "取得执业医师资格的医生未办医疗机构执业许可证开设诊所，" + facts)
    offense = next(o for o in licensed["offenses"] if o["name"] == "非法行医罪")
    assert offense["verdict"]["status"] == "not_met" and offense["transfer"] == "not_indicated", offense["verdict"]
    assert offense["verdict"]["element"]["stated"] == "取得执业医师资格"
    assert "jieshi-feifa-xingyi-2016:art1" in [c["unit_id"] for c in licensed["citations"]]
    from api.elements import with_elements
    narrative = "经审理查明，" + "被告人在村里开设诊所为村民看病输液，" * 5 + "后经具有执业医师资格的医生诊断，患者系药物过敏。"
    said_of_another = with_elements({"status": "met", "basis": [], "questions": [], "notes": []}, "非法行医罪", narrative)
    assert said_of_another["status"] == "unknown" and "本人" in said_of_another["questions"][0]    # whose, asked
    for unlicensed in ("没有医师资格的人开设诊所，", "被吊销医师执业证书后仍开设诊所，"):
        answer = consult(service, unlicensed + facts)
        verdict = next(o for o in answer["offenses"] if o["name"] == "非法行医罪")["verdict"]
        assert verdict["status"] == "met" and verdict.get("element") is None, (unlicensed, verdict)


def test_two_listed_offenses_the_law_divides_by_one_fact_are_asked_not_ordered(service):
    """Whose trees were cut decides 盗伐 from 滥伐 (森林资源解释（2023）第三条、第五条): unstated, the answer
    names the pair and that fact instead of letting the first of the two stand as the finding."""
    answer = consult(service, "村民砍伐杉木十二立方米拉去卖钱")
    names = [o["name"] for o in answer["offenses"][:3]]
    assert {"盗伐林木罪", "滥伐林木罪"} <= set(names), names
    pair = next(p for p in answer["distinguish"] if set(p["offenses"]) == {"盗伐林木罪", "滥伐林木罪"})
    assert "所有" in pair["question"] and min(pair["scores"]) >= service.ranking.consult.pair_min_score
    assert isinstance(consult(service, "某公司非法倾倒危险废物五吨")["distinguish"], list)


@pytest.mark.slow
def test_a_question_naming_the_conduct_outweighs_the_models_sibling_guess(service):
    """偷砍他人种植的树木 states 盗伐林木 (刑法345①); the model, reading 树木 and 立木蓄积, guesses 滥伐林木."""
    answer = consult(service, "在公园内偷砍他人种植的树木，立木蓄积五立方米")
    names = [o["name"] for o in answer["offenses"]]
    guess = {c["name"]: c["p"] for c in answer["predicted"]["charges"]}
    assert guess.get("滥伐林木罪", 0) > guess.get("盗伐林木罪", 0)       # the model's own ranking
    assert names[0] == "盗伐林木罪" and "滥伐林木罪" in names[:3]


@pytest.mark.slow
def test_a_pair_the_model_confuses_is_named_with_the_deciding_question(service):
    """Drugs found on a person with no word of a sale: 非法持有 and 贩卖 both stand near the top, so
    the answer names the pair and asks whether a sale is proven instead of letting a guess stand;
    clear theft facts raise no such question."""
    answer = consult(service, "民警在某快餐店门口抓获被告人彭某，当场从其骑行的电动自行车车头隔档内查获白色晶体1袋。"
                              "经鉴定，上述白色晶体净重24.145克，检出甲基苯丙胺成分。")
    undecided = answer["predicted"]["undecided"]
    assert undecided, answer["predicted"]
    assert set(undecided[0]["charges"]) == {"非法持有毒品罪", "走私、贩卖、运输、制造毒品罪"}
    assert "贩卖" in undecided[0]["question"] and undecided[0]["question"].endswith("非法持有毒品罪")
    theft = consult(service, "被告人趁被害人熟睡之机，从其卧室床头柜内窃取现金三千元及手机一部，后将手机以八百元卖给他人。")
    assert theft["predicted"]["undecided"] == []


GASOLINE_FACTS = ("2021年6月起，高某海为谋取非法利益，在未经相关机关批准的情况下，租用他人自建房屋，擅自存储、销售汽油。"
                  "同年12月13日20时许，高某海因操作不当引发汽油燃爆，导致其本人面部、四肢多处被烧伤，存储汽油的房屋局部被烧毁。")


@pytest.mark.slow
def test_an_unsure_prediction_is_marked_as_such(service):
    """危险作业 facts (an official typical case) lie outside what the predictor learned: its first
    guess (强奸罪 at about .3) is flagged unsure, so the page folds it, and it does not lead the answer."""
    answer = consult(service, GASOLINE_FACTS, "forward")
    assert answer["predicted"]["charges"] and answer["predicted"]["sure"] is False, answer["predicted"]
    assert answer["offenses"][0]["name"] != answer["predicted"]["charges"][0]["name"]
    theft = consult(service, "被告人趁被害人熟睡之机，从其卧室床头柜内窃取现金三千元及手机一部，后将手机以八百元卖给他人。")
    assert theft["predicted"]["sure"] is True


@pytest.mark.slow
def test_a_charge_predicted_under_its_former_name_counts_for_the_offense_in_force(service):
    """The judgments the predictor learned from say 生产、销售假药罪; since 2021 the offense is
    生产、销售、提供假药罪. The panel shows the name in force, linked to its page, and the prediction
    reaches the candidates."""
    facts = ("2019年5月至2020年3月，被告人刘某在其经营的诊所内，从无药品经营资质的人员处购进标示为某制药厂生产的"
             "“复方甘草片”等药品共计三百余盒并对外销售，销售金额人民币二万余元。经市场监督管理局认定，上述药品为假药。")
    answer = consult(service, facts, "forward")
    top = answer["predicted"]["charges"][0]
    assert top["name"] == "生产、销售、提供假药罪" and top["offense_id"] == "offense:生产、销售、提供假药罪", top
    drug = next(o for o in answer["offenses"] if o["name"] == "生产、销售、提供假药罪")
    assert any(w.startswith("罪名预测模型据案情预测") for w in drug["why"])


@pytest.mark.slow
@pytest.mark.parametrize("text,article,agency", [
    # 烟草专卖法 第三十条 生产, 第三十一条 批发 (烟草专卖行政主管部门), 第三十二条 零售 (工商 → 市场监管)
    ("检察院对张某无烟草专卖批发企业许可证批发卷烟7万元一案作出不起诉决定，应由哪个部门给予什么行政处罚？", "yancao-zhuanmai-fa:art31", "烟草专卖"),
    ("检察院对张某无烟草专卖生产企业许可证生产卷烟一案作出不起诉决定，应由哪个部门给予什么行政处罚？", "yancao-zhuanmai-fa:art30", "烟草专卖"),
    ("检察院对李某无烟草专卖零售许可证零售卷烟一案作出不起诉决定，应由哪个部门处罚？", "yancao-zhuanmai-fa:art32", "市场监督"),
])
def test_the_violation_the_facts_name_comes_first(service, text, article, agency):
    offense = next(o for o in consult(service, text)["offenses"] if o["name"] == "非法经营罪")
    first = offense["admin_provisions"][0]
    assert article in first["articles"] and agency in first["agencies"][0]


@pytest.mark.parametrize("text,direction", [
    # the criminal route closed, then a question about the administration: reverse, whatever 移送 / 立案 say
    ("公安对一个围标案撤了案，中标金额才一百八十万，损失也算不出来。行政上该谁来罚？", "reverse"),
    ("公安查实一名女职工伪造产检材料多领了2800元生育津贴，没到立案标准不立案，要退回医保部门处理，依据是什么？", "reverse"),
    ("法院以非法捕捞水产品罪判处何某罚金5000元，渔业行政主管部门还能否再对何某罚款？", "reverse"),
    ("法院判决施某犯赌博罪判处拘役三个月，施某此前因同一赌博行为已被公安机关行政拘留十日，是否折抵？", "reverse"),
    ("李某以营利为目的组织5人在家中赌博，抽头渔利5000元，是否达到赌博罪立案追诉标准？", "forward"),
    ("某公司少缴增值税8万元，占当期应纳税额15%，是否达到逃税罪立案追诉标准？", "forward"),
])
def test_direction_reads_a_closed_criminal_route_as_reverse(text, direction):
    from api.consult import _direction
    assert _direction(text, "auto") == direction


@pytest.mark.parametrize("text,kind,within", [
    # 行政处罚法第三十六条 counts to when the act was found, not to the 不起诉 years later
    ("尤某2022年5月非法捕捞水产品，2022年7月被渔政部门查获，2025年4月检察院作出不起诉决定，渔业行政主管部门还能否处罚？", "discovered", True),
    ("朱某2023年3月滥伐林木，2025年9月检察院作出不起诉决定，林业主管部门现在还能否给予行政处罚？", "latest", None),
    ("2021年3月未取得医师执业证书非法行医，2024年6月被发现，检察院不起诉后卫生健康部门还能给予什么行政处罚？", "discovered", False),
    # 行政处罚法第三十六条第二款: an act begun then and running on is counted from its end, which the facts do not give
    ("2021年3月起未取得医师执业证书非法行医，2024年6月被发现，检察院不起诉后卫生健康部门还能给予什么行政处罚？", "discovered", None),
    ("2023年3月至2025年2月连续非法采砂，2025年11月被发现，检察院不起诉后还能否处罚？", "discovered", True),
])
def test_the_time_limit_runs_to_when_the_act_was_found(text, kind, within):
    from api.admin_time_limit import time_limit
    from api.verdict import extract_facts
    limit = time_limit(extract_facts(text)["dates"], dt.date(2026, 12, 2), text)
    assert (limit["reference_kind"], limit["within_limit"]) == (kind, within)


@pytest.mark.parametrize("text,units,label,within", [
    # 治安管理处罚法（2012）第二十二条: six months for 违反治安管理行为
    ("苏某2025年10月盗窃超市财物价值800元，2026年8月被公安机关发现，未达到盗窃罪立案标准，应如何处理？", ["zhian-guanli-chufa-fa:art49"],
     "六个月", False),
    # 税收征收管理法第八十六条: five years
    ("某公司2022年3月偷税8万元，2025年6月被税务机关发现，未达到逃税罪立案标准，应如何处罚？", ["shuishou-zhengguan-fa:art63"], "五年", True),
    # harm to health may lengthen the general two years to five: left open
    ("某药店2023年1月销售劣药致多名患者病情加重，2025年9月被发现，检察院不起诉后还能否处罚？", ["yaopin-guanli-fa:art117"], "二年", None),
])
def test_the_time_limit_follows_the_law_of_the_provisions_named(text, units, label, within):
    from api.admin_time_limit import time_limit
    from api.verdict import extract_facts
    limit = time_limit(extract_facts(text)["dates"], dt.date(2026, 12, 2), text, units)
    assert (limit["limit_label"], limit["within_limit"]) == (label, within)


@pytest.mark.parametrize("text", [
    "孙某盗伐村集体林木，立木蓄积1.5立方米，达不到盗伐林木罪立案标准，应由哪个部门处罚？",
    "王某与邻居争执将其打成轻微伤，伤情鉴定未达到轻伤，公安机关不予刑事立案，应如何处理？",
    "韦某酒后在派出所辱骂、推搡民警，公安机关认为不构成袭警罪，应如何处罚？",
    "吕某在禁渔期用地笼网捕鱼，渔获物价值800元，人民法院判决无罪，渔政部门能否再行处罚？",
    "施某销售过期食品，公安机关认为情节显著轻微不够刑事处罚，市场监管局应当如何处罚？",
    "韩某携带未申报的手表入境，偷逃税款3万元，未达到走私普通货物罪起刑点，海关应如何处理？",
])
def test_a_closed_criminal_route_however_worded_reads_reverse(text):
    """Probe 26p: 25 of 80 such questions were read forward (the offense named inside 未达到…立案标准, 不予刑事立案,
    不构成…罪 holding 构成犯罪, 判决无罪, 情节显著轻微)."""
    from api.consult import _direction
    assert _direction(text, "auto") == "reverse"


def test_a_forward_question_about_a_standard_stays_forward():
    from api.consult import _direction
    assert _direction("张某醉酒驾驶，血液酒精含量未达到醉酒标准，是否构成危险驾驶罪？", "auto") == "forward"


@pytest.mark.parametrize("offense,unit", [
    ("盗窃罪", "zhian-guanli-chufa-fa:art49"), ("诈骗罪", "zhian-guanli-chufa-fa:art49"),
    ("故意毁坏财物罪", "zhian-guanli-chufa-fa:art49"), ("妨害公务罪", "zhian-guanli-chufa-fa:art50"),
    ("失火罪", "xiaofang-fa:art64"),
])
def test_offenses_below_the_threshold_name_their_administrative_provision(law_store, offense, unit):
    from graph.queries import offense_view
    from graph.schema import offense_id
    view = offense_view(law_store, offense_id(offense))
    assert unit in [p["unit_id"] for v in view["reverse_violations"] for p in v["penalty_articles"]]


@pytest.mark.slow
def test_a_reverse_answer_says_what_the_closing_leaves_the_administration(service):
    answer = consult(service, "孔某销售假冒商标洗发水，检察院认为证据不足，作出存疑不起诉决定，市场监管局能否处罚？")
    assert answer["direction"] == "reverse"
    assert [c["kind"] for c in answer["route_closed"]] == ["insufficient_evidence"]
    assert {"xingshi-susong-fa:art175", "xingzheng-chufa-fa:art40"} <= {c["unit_id"] for c in answer["citations"]}


@pytest.mark.parametrize("text,direction", [
    # probe 26r: a supposed or claimed closing is none; a court's term of imprisonment closes the route
    ("张某醉酒驾驶，血液酒精含量120mg/100ml，是否构成危险驾驶罪？如不构成，应如何处罚？", "forward"),
    ("王某辩称不构成犯罪，市场监管局应如何处理？", "forward"),
    ("顾某销售假冒注册商标的商品，法院判处有期徒刑一年，市场监管部门能否再处罚？", "reverse"),
    ("王某曾因盗窃被判处有期徒刑一年，此次又盗窃财物价值5000元，是否应移送？", "forward"),
])
def test_only_a_stated_closing_turns_a_question_reverse(text, direction):
    from api.consult import _direction
    assert _direction(text, "auto") == direction


def test_an_invoice_violation_has_the_tax_limit():
    from api.admin_time_limit import time_limit
    from api.verdict import extract_facts
    text = "某公司2022年3月虚开普通发票50份，2025年6月被税务机关发现，未达到虚开发票罪立案标准，应如何处罚？"
    limit = time_limit(extract_facts(text)["dates"], dt.date(2026, 12, 2), text, ["fapiao-guanli-banfa:art35"])
    assert (limit["limit_label"], limit["within_limit"]) == ("五年", True)


def test_general_fraud_yields_while_a_special_fraud_leads(service):
    # 刑法第二百六十六条 本法另有规定的，依照规定: with 保险诈骗罪 among the leading candidates, 诈骗罪's 已达到 on the sum is
    # no answer (consult probe 5 showed it beside 保险诈骗罪); a plain fraud keeps it
    answer = consult(service, "养殖户从别处拉来病死猪冒充自己投保的猪，谎称投保后因疫病死亡，骗取保险理赔款十五万元。", "forward")
    names = [o["name"] for o in answer["offenses"]]
    assert "保险诈骗罪" in names[:3]
    assert all(o["verdict"]["status"] != "met" for o in answer["offenses"] if o["name"] == "诈骗罪")
    plain = consult(service, "张某冒充领导打电话骗取同事转账5万元。", "forward")
    assert any(o["name"] == "诈骗罪" and o["verdict"]["status"] == "met" for o in plain["offenses"])
