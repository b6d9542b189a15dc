"""The threshold model against the four wrong verdicts of issue 16, and the imported filing
standards: conjunctions, alternatives, ranges, qualitative conditions, tiers, 待核 articles."""
import pytest

from api.consult import offense_verdict
from api.verdict import evaluate_standard, extract_facts
from corpus.loader import BUNDLED_CORPUS, load_corpus
from graph.standards import extract_standards, find_measures, requirements_in
from .conftest import judgement


@pytest.fixture(scope="module")
def standards():
    docs = [d for d in load_corpus(BUNDLED_CORPUS).documents if d.type != "case"]
    return {s.id: s for s in extract_standards(docs)}


def verdict(std, text):
    return evaluate_standard(std.to_dict(), extract_facts(text))


def test_tax_evasion_needs_both_conjuncts(standards):
    """刑法第二百零一条: 数额较大 并且 占应纳税额百分之十以上; the interpretation sets 数额较大 at 十万元."""
    std = standards["std:jieshi-weihai-shuishou-2024:art2:数额较大"]
    assert std.tier == "filing"
    ratio = next(c for c in std.alternatives[0].conditions if c.unit == "%")
    assert (ratio.value, ratio.basis) == (10, "xingfa:art201")
    below = verdict(std, "逃避缴纳税款十二万元，占应纳税额百分之八")
    assert below["status"] == "not_met"
    assert [c["status"] for c in below["alternatives"][0]["conditions"]] == ["met", "not_met"]
    assert verdict(std, "逃避缴纳税款十二万元，占应纳税额百分之十五")["status"] == "met"
    unstated = verdict(std, "逃避缴纳税款十二万元")
    assert unstated["status"] == "unknown" and any("占应纳税额" in q for q in unstated["questions"])


def test_a_withholding_agent_owes_no_share_of_the_tax_due(standards):
    """刑法第二百零一条第二款: 扣缴义务人…不缴或者少缴已扣、已收税款，数额较大的 — the 百分之十 is the taxpayer's."""
    std = standards["std:jieshi-weihai-shuishou-2024:art2:数额较大"]
    assert next(c for c in std.alternatives[0].conditions if c.unit == "%").not_for == ["扣缴义务人"]
    agent = verdict(std, "扣缴义务人采取隐瞒手段不缴已扣税款十五万元")
    assert agent["status"] == "met"
    assert [c["status"] for c in agent["alternatives"][0]["conditions"]] == ["met", "not_applicable"]
    assert verdict(std, "扣缴义务人不缴已扣税款八万元")["status"] == "not_met"
    assert verdict(std, "纳税人逃避缴纳税款十五万元，不是扣缴义务人")["status"] == "unknown"    # a denied agent


def test_mining_clause_with_unstated_place_is_not_met(standards):
    std = standards["std:jieshi-feifa-caikuang-2016:art3"]
    result = verdict(std, "无证开采河道砂石，矿产品价值三十五万元")
    by_label = {a["label"]: a for a in result["alternatives"]}
    assert by_label["（二）"]["status"] == "unknown"          # the place is not stated
    assert by_label["（一）"]["status"] == "met"               # above the top of 十万元至三十万元
    assert result["status"] == "met"
    placed = verdict(std, "在禁采期内无证采砂，矿产品价值二十万元")
    assert {a["label"]: a["status"] for a in placed["alternatives"]}["（二）"] == "met"
    between = verdict(std, "无证采矿，矿产品价值八万元")
    assert between["status"] == "unknown" and any("禁采" in q for q in between["questions"])


def test_unlicensed_medicine_qualitative_item(standards):
    std = standards["std:jieshi-feifa-xingyi-2016:art2"]
    result = verdict(std, "未取得医生执业资格非法行医，导致就诊人轻度残疾")
    assert result["status"] == "met"
    first = result["alternatives"][0]["conditions"][0]
    assert first["status"] == "met" and "轻度残疾" in first["fact"]["text"]
    denied = verdict(std, "非法行医，未造成就诊人轻度残疾")
    assert denied["alternatives"][0]["status"] != "met" and denied["status"] != "met"


def test_aggravating_tiers_are_apart_from_filing(standards):
    tiers = {s.term: s.tier for s in standards.values() if s.unit_id == "jieshi-weihai-shuishou-2024:art2"}
    assert tiers == {"数额较大": "filing", "数额巨大": "aggravating"}
    assert standards["std:jieshi-feifa-caikuang-2016:art3:1"].tier == "aggravating"     # 情节特别严重
    assert standards["std:jieshi-feifa-xingyi-2016:art3"].tier == "aggravating"         # 严重损害就诊人身体健康
    # the offense verdict reads only governing filing clauses: a met aggravating tier does not decide
    filing = {"id": "f", "tier": "filing", "governing": True, "status": "not_met", "questions": [], "notes": []}
    tier = {"id": "a", "tier": "aggravating", "governing": False, "status": "met", "questions": [], "notes": []}
    assert offense_verdict([filing, tier])["status"] == "not_met"


def test_an_older_clause_decides_only_for_a_stated_fact_the_newer_text_moves_up():
    """死亡, listed by the superseded clause and named by the governing text's higher tier, meets the
    filing threshold; a number is never carried across (the newer text may have raised it)."""
    def clause(sid, doc, tier, status, alternatives, **extra):
        return {"id": sid, "tier": tier, "status": status, "questions": [], "notes": [], "clause": extra.pop("clause", ""),
                "source": {"doc_id": doc, "label": f"{doc}条"}, "alternatives": alternatives, **extra}
    stated = {"kind": "fact", "status": "met", "options": ["轻度残疾", "死亡"], "fact": {"text": "造成就诊人死亡"}}
    counted = {"kind": "quantity", "status": "met", "options": [], "fact": {"text": "死亡一人"}}
    governing = clause("new", "new-doc", "filing", "unknown", [], governing=True, superseded_by=None)
    higher = clause("new:4", "new-doc", "aggravating", "unknown", [{"text": "造成就诊人死亡的", "status": "unknown"}],
                    clause="造成就诊人死亡", governing=False)
    older = clause("old", "old-doc", "filing", "met", [{"status": "met", "text": "（一）…死亡的", "conditions": [stated]}],
                   governing=False, superseded_by="new-doc")
    verdict = offense_verdict([governing, older, higher])
    assert verdict["status"] == "met" and verdict["basis"] == ["old"] and "“死亡”" in verdict["notes"][0]
    older["alternatives"][0]["conditions"] = [counted]
    assert offense_verdict([governing, older, higher])["status"] == "unknown"
    older["alternatives"][0]["conditions"] = [stated]
    assert offense_verdict([governing, older])["status"] == "unknown"      # no higher tier names it


def test_negation_and_enumeration():
    [req] = requirements_in("（二）在禁采区、禁采期内采矿，开采的矿产品价值在五万元以上的；")
    std = {"alternatives": [{"label": "", "text": "", "conditions": [], "requirements": [req.__dict__]}]}
    assert evaluate_standard(std, extract_facts("不在禁采区、禁采期内采矿"))["status"] == "not_met"
    assert evaluate_standard(std, extract_facts("未取得采矿许可证在禁采区采矿"))["status"] == "met"


def test_percentages_are_measures():
    [q] = find_measures("占应纳税额百分之八")
    assert (q.value, q.unit) == (8, "%")


def test_unverified_article_never_decides_alone(standards):
    std = standards["std:lian-zhuisu-biaozhun-2:art23"]     # 非法吸收公众存款 (二) 2022 第二十三条: 待核
    assert std.review and std.tier == "filing"
    result = verdict(std, "非法吸收公众存款二百万元")
    assert result["firm_status"] == "met" and result["status"] == "unknown"
    assert any("待核" in n for n in result["notes"])
    confirmed = standards["std:lian-zhuisu-biaozhun-1:art16"]  # 伪劣产品: confirmed
    assert confirmed.review is None and verdict(confirmed, "销售伪劣产品，销售金额六万元")["status"] == "met"


def test_filing_heads_name_offenses(standards):
    assert standards["std:lian-zhuisu-biaozhun-1:art57"].offense_names == ["非法行医罪"]
    assert standards["std:lian-zhuisu-biaozhun-2:art2"].offense_names == ["走私假币罪"]   # 〔〕 brackets


def test_newer_confirmed_text_governs_older_is_superseded(standards):
    """污染环境罪: the 2023 interpretation governs; the 2008 filing article (待核) is superseded by it.
    非法吸收公众存款罪: the newer 立案追诉标准（二） article is 待核, so the confirmed 2022 interpretation governs."""
    from graph.standards import mark_governing

    def rows(ids):
        return [{"id": i, "tier": standards[i].tier, "review": standards[i].review, "specific": standards[i].specific,
                 "source": {"doc_id": standards[i].doc_id, "effective": standards[i].effective}} for i in ids]
    pollution = rows(["std:jieshi-huanjing-wuran-2023:art1", "std:jieshi-huanjing-wuran-2023:art2",
                      "std:lian-zhuisu-biaozhun-1:art60"])
    mark_governing(pollution, lambda doc_id: "现行有效")
    by_id = {r["id"]: r for r in pollution}
    assert by_id["std:jieshi-huanjing-wuran-2023:art1"]["governing"]
    assert by_id["std:jieshi-huanjing-wuran-2023:art2"]["tier"] == "aggravating"
    assert by_id["std:lian-zhuisu-biaozhun-1:art60"]["superseded_by"] == "jieshi-huanjing-wuran-2023"
    deposits = rows(["std:jieshi-feifa-jizi-2022:art3", "std:lian-zhuisu-biaozhun-2:art23"])
    mark_governing(deposits, lambda doc_id: "现行有效")
    assert [r["governing"] for r in deposits] == [True, False] and deposits[1]["superseded_by"] is None
    # a clause for one kind of conduct (伪劣卷烟) adds to the general 立案追诉标准, never replaces it
    goods = rows(["std:lian-zhuisu-biaozhun-1:art16", "std:jieshi-yancao-2010:art1"])
    mark_governing(goods, lambda doc_id: "现行有效")
    assert standards["std:jieshi-yancao-2010:art1"].specific and all(r["governing"] for r in goods)
    # a 定罪处罚 clause over the offense's whole conduct (引诱、容留、介绍他人卖淫，具有下列情形之一的) is its general threshold:
    # the 2017 解释 第八条's 二人以上 replaces the 2008 standard's 二人次 (probe 55b NB29 met on the 二人次)
    vice = rows(["std:jieshi-maiyin-2017:art8", "std:lian-zhuisu-biaozhun-1:art78"])
    mark_governing(vice, lambda doc_id: "现行有效")
    assert not standards["std:jieshi-maiyin-2017:art8"].specific
    assert [r["governing"] for r in vice] == [True, False] and vice[1]["superseded_by"] == "jieshi-maiyin-2017"


def test_lead_amounts_hold_with_every_item(standards):
    """非法集资 2022 第三条第二款: 50万元以上 或 损失25万元以上，同时具有下列情节之一."""
    std = standards["std:jieshi-feifa-jizi-2022:art3:1"]
    assert std.offense_names == ["非法吸收公众存款罪"] and std.tier == "filing"
    assert verdict(std, "非法吸收公众存款八十万元，二年内曾因非法集资受过行政处罚")["status"] == "met"
    assert verdict(std, "非法吸收公众存款三十万元，二年内曾因非法集资受过行政处罚")["status"] != "met"


def test_definitions_all_hold(standards):
    """破坏土地资源 2000 第三条: 数量较大 and 造成耕地大量毁坏 are both required."""
    std = standards["std:jieshi-tudi-ziyuan-2000:art3"]
    assert verdict(std, "非法占用基本农田六亩建房，造成耕地严重污染")["status"] == "met"
    assert verdict(std, "非法占用基本农田六亩")["status"] == "unknown"


def test_count_must_name_what_was_counted(standards):
    std = standards["std:jieshi-weihai-shengchan-anquan-2015:art6"]
    two_injured = verdict(std, "违反安全管理规定发生事故，造成二人重伤，直接经济损失五十万元")
    assert two_injured["status"] == "unknown" and any("死亡" in q for q in two_injured["questions"])
    none = verdict(std, "发生生产安全事故，无人员伤亡，直接经济损失八十万元")
    assert none["status"] == "not_met" and none["notes"]          # the catch-all is noted
    nobody_died = verdict(std, "违规动火引发火灾，致2人重伤，直接经济损失80万元，无人死亡")
    assert nobody_died["status"] == "not_met"                      # 无人死亡 says 死亡 is none, as 无人员伤亡 does
    forest = standards["std:jieshi-senlin-ziyuan-2023:art1:1"]
    by_label = {a["label"]: a["status"] for a in verdict(forest, "非法占用并毁坏商品林地六亩")["alternatives"]}
    # 商品林地 is not 公益林地, and land named as 商品林地 alone holds none of it (api/land_kind.py)
    assert by_label["（一）"] == "not_met" and by_label["（二）"] == "not_met"
    by_label = {a["label"]: a["status"] for a in verdict(forest, "非法占用并毁坏林地六亩")["alternatives"]}
    assert by_label["（一）"] == "unknown" and by_label["（二）"] == "not_met"   # of no stated kind: 公益林地 asked
    info = standards["std:jieshi-geren-xinxi-2017:art5"]
    assert verdict(info, "出售公民住宿信息三百条")["status"] == "unknown"
    assert verdict(info, "非法获取并出售公民行踪轨迹信息六十条")["status"] == "met"


def test_a_head_count_reads_its_words_on_either_side_within_its_item(standards):
    """一人死亡、三人重伤 says what 死亡一人、重伤三人 says: 三人 is the 重伤, not a second count of deaths."""
    std = standards["std:jieshi-weihai-shengchan-anquan-2015:art6"]
    for text in ("违反安全管理规定，造成一人死亡、三人重伤", "违反安全管理规定，造成死亡一人、重伤三人"):
        counted = {c["metric"][-2:]: c["compared"] for a in verdict(std, text)["alternatives"] for c in a["conditions"]
                   if c.get("fact") and c.get("unit") == "人"}
        assert counted == {"死亡": "1人 ≥ 1人", "重伤": "3人 ≥ 3人"}, (text, counted)
    two = verdict(std, "违反安全管理规定，造成两人重伤、一人轻伤，直接经济损失五十万元")
    assert two["status"] == "unknown" and any("死亡" in q for q in two["questions"])


def test_a_stated_bound_is_not_read_as_the_amount(standards):
    """接近五万元 had met 非法经营数额五万元以上; a bound decides only when it lies on one side of the threshold."""
    std = standards["std:jieshi-yancao-2010:art3"]

    def first_item(text):
        return next(a for a in verdict(std, text)["alternatives"] if a["label"] == "（一）1")
    assert first_item("非法经营卷烟，经营数额接近五万元")["status"] == "not_met"
    assert first_item("非法经营卷烟，经营数额不到五万元")["status"] == "not_met"
    open_bound = first_item("非法经营卷烟，经营数额不超过五万元")
    assert open_bound["status"] == "unknown" and open_bound["conditions"][0].get("question")
    assert first_item("非法经营卷烟，经营数额超过三万元")["status"] == "unknown"
    assert first_item("非法经营卷烟，经营数额超过八万元")["status"] == "met"
    assert first_item("非法经营卷烟，经营数额六万元")["status"] == "met"
    assert first_item("最近三年非法经营卷烟，经营数额六万元")["status"] == "met"     # 最近 is no bound


def test_a_bound_on_a_count_or_a_share_is_a_bound(standards):
    """近五十条 was compared as 50 条 (and met 五十条以上); 数十条 / 几百只 was 10 / 100. A bound on a count now
    decides like one on an amount, in the item itself and in the proportional sum and half of the items."""
    def read(text):
        return [(q.value, q.unit, q.qualifier) for q in find_measures(text)]
    assert read("出售行踪轨迹信息近五十条") == [(50.0, "条", "近")]
    assert read("超标近百分之三十") == [(30.0, "%", "近")]
    assert read("出售信息数十条") == [] and read("猎捕几百只麻雀") == [] and read("收购上千只") == []
    assert read("出售五千余条") == [(5000.0, "条", None)] and read("最近三条") == [(3.0, "条", None)]
    items = {a["label"]: a for a in verdict(standards["std:jieshi-geren-xinxi-2017:art5"],
                                            "某公司员工向他人出售公民行踪轨迹信息近五十条")["alternatives"]}
    assert items["（三）"]["status"] == "not_met"
    assert items["（六）"]["status"] == "unknown"      # under 1 whatever the exact number, but other kinds are open
    above = {a["label"]: a for a in verdict(standards["std:jieshi-geren-xinxi-2017:art5"],
                                            "出售公民行踪轨迹信息三十条、住宿信息二百条以上")["alternatives"]}
    assert above["（六）"]["status"] == "met"


def test_one_stated_number_counts_once_in_a_proportional_sum(standards):
    """个人信息解释（2017）第五条（六）: 行踪轨迹信息四十八条 matched (三) and (五) alike and was added under both,
    48/50 + 48/5000; the kinds are exclusive, so the item that names the number keeps it."""
    std = standards["std:jieshi-geren-xinxi-2017:art5"]

    def sixth(text):
        return next(a for a in verdict(std, text)["alternatives"] if a["label"] == "（六）")
    alone = sixth("出售公民行踪轨迹信息四十八条")
    assert alone["status"] == "unknown" and "48/5000" not in str(alone["conditions"])
    two_kinds = sixth("张某出售公民行踪轨迹信息三十条、住宿信息一百九十条")     # 0.6 + 0.38 < 1; was 1.02 with 190/5000
    assert two_kinds["status"] == "unknown" and "190/5000" not in str(two_kinds["conditions"])
    assert sixth("张某出售公民行踪轨迹信息三十条、住宿信息二百条")["status"] == "met"


def test_a_price_per_piece_is_not_the_sum_counted(standards):
    """违法所得按每条20元计算 gave 20元 < 五万元; 每次组织十余人 is still a count of each session's gamblers."""
    std = standards["std:jieshi-yancao-2010:art3"]
    profit = [c for a in verdict(std, "无证销售卷烟一百五十条，违法所得按每条20元计算")["alternatives"]
              for c in a["conditions"] if "违法所得" in c.get("metric", "")]
    assert profit and all(c["status"] == "unknown" for c in profit)
    assert [f.quantity.value for f in extract_facts("每次组织十余人赌博")["facts"]] == [10.0]


def test_a_share_of_the_named_items_thresholds_is_computed(standards):
    """危害税收征管解释（2024）第十三条（三）: after earlier penalties, 票面金额 reaching 60% of item (一) or (二) suffices."""
    std = standards["std:jieshi-weihai-shuishou-2024:art13"]

    def third(text):
        return next(a for a in verdict(std, text)["alternatives"] if a["label"] == "（三）")
    prior = "五年内因虚开发票受过二次行政处罚，又虚开普通发票"
    assert third(prior + "票面金额三十二万元")["status"] == "met"          # ≥ 50万 × 60%
    assert third(prior + "票面金额十五万元")["status"] == "not_met"        # < 30万, and < 18万 for item (二)
    open_item = third(prior + "20份")
    assert open_item["status"] == "unknown" and any(c.get("question") for c in open_item["conditions"])


def test_the_short_form_of_a_casualty_count_is_a_count():
    """一死三重伤 / 致1死2伤: head counts without the unit; 一死了之 is not one."""
    counts = [(f.quantity.value, f.context.partition("|")[2][:2]) for f in extract_facts("塌方造成一死三重伤")["facts"]]
    assert counts == [(1.0, "死亡"), (3.0, "重伤")]
    assert [f.quantity.value for f in extract_facts("车祸致1死2伤")["facts"]] == [1.0, 2.0]
    assert extract_facts("他说大不了一死了之")["facts"] == []


def test_any_item_of_a_listed_object_names_the_thing_counted(standards):
    """盗窃、抢夺炸药、发射药、黑火药1千克以上 counts 炸药, not only its last item 黑火药."""
    theft = standards["std:jieshi-baozhawu-2001:art4"]
    assert verdict(theft, "盗窃炸药二千克")["status"] == "met"
    assert verdict(theft, "盗窃炸药五百克")["status"] == "unknown"      # under 1 kg; the other items stay open
    assert verdict(theft, "盗窃水泥二千克")["status"] == "unknown"      # the acts alone name no thing counted
    trade = standards["std:jieshi-baozhawu-2001:art1"]
    assert verdict(trade, "非法储存炸药二千克")["status"] == "met"
    assert verdict(trade, "盗窃炸药二千克")["status"] == "unknown"      # another act: not this clause's count
    fishing = standards["std:jieshi-yesheng-dongwu-2022:art3"]
    # (二) counts 苗种、怀卵亲体 or a catch in a 种质资源保护区, not any catch of 五十公斤
    assert verdict(fishing, "在禁渔期内使用禁用方法在内陆水域捕捞水产品三百公斤")["status"] == "unknown"
    assert verdict(fishing, "在禁渔期使用禁用工具在内陆水域捕捞水产品价值三千元")["status"] == "unknown"
    assert verdict(fishing, "在禁渔期在水产种质资源保护区内捕捞水产品八十公斤")["status"] == "met"
    # the article's head (在禁渔区、禁渔期或者使用禁用的工具、方法捕捞) holds for (二) too
    assert verdict(fishing, "在水产种质资源保护区内捕捞水产品八十公斤")["status"] == "unknown"
    assert verdict(fishing, "在禁渔期非法捕捞怀卵亲体六十公斤")["status"] == "met"
    hunting = standards["std:jieshi-yesheng-dongwu-2022:art7"]
    # 使用 after the number says how the hunting was done, not another act on what was counted
    assert verdict(hunting, "非法猎捕麻雀等野生动物价值一万二千元，使用禁用的工具")["status"] == "met"


def test_a_place_the_head_requires_holds_with_every_item(standards):
    """非法携带…进入公共场所或者公共交通工具…涉嫌下列情形之一: 雷管二十枚以上 is not met by transport alone."""
    carrying = standards["std:lian-zhuisu-biaozhun-1:art7"]
    moved = verdict(carrying, "非法运输雷管50枚")
    assert moved["status"] == "unknown" and "是否进入公共场所或者公共交通工具？" in moved["questions"]
    assert verdict(carrying, "携带雷管三十枚乘坐公共交通工具")["status"] == "met"
    assert verdict(carrying, "携带雷管三十枚，未进入公共场所、公共交通工具")["status"] == "not_met"


def test_place_means_and_multiples(standards):
    std = standards["std:jieshi-huanjing-wuran-2023:art1"]
    labels = lambda text: {a["label"]: a["status"] for a in verdict(std, text)["alternatives"]}
    assert labels("企业排放含铅的污染物，超过国家污染物排放标准五倍")["（三）"] == "met"
    nickel = labels("企业排放含镍的污染物，超过国家污染物排放标准五倍")
    assert nickel["（三）"] != "met" and nickel["（四）"] == "not_met"
    protected = labels("在自然保护地核心保护区排放有毒物质")
    assert protected["（一）"] == "met" and protected["（五）"] != "met"     # no 暗管 or other hidden means stated
    assert labels("违法排污致使乡镇集中式饮用水水源取水中断五小时")["（一）"] != "met"
    hunt = standards["std:jieshi-yesheng-dongwu-2022:art7"]
    assert verdict(hunt, "非法猎捕野生动物价值三千元，不在禁猎区、禁猎期内")["status"] == "not_met"


SESSION_52_CURATED = {"滥用职权罪", "玩忽职守罪", "伪造货币罪", "出售、购买、运输假币罪", "持有、使用假币罪", "变造货币罪",
                      "非法获取计算机信息系统数据、非法控制计算机信息系统罪", "破坏计算机信息系统罪",
                      "掩饰、隐瞒犯罪所得、犯罪所得收益罪", "伪造、盗窃、买卖、非法提供、非法使用武装部队专用标志罪",
                      "伪造、变造金融票证罪"}
SESSION_53_CURATED = {"袭警罪"}     # 袭警解释（2025）第一条's “暴力袭击”, which the parse read no clause from
# the 2004 公用电信设施 and 2011 广播电视设施 interpretations' 第一条 (危害公共安全), one clause per facility
SESSION_54_CURATED = {"破坏广播电视设施、公用电信设施罪"}
# 渎职侵权立案标准（2006）: case types whose parse split words no fact says (402, 404, 409, 414, 二（一）), curated in its place
SESSION_55_CURATED = {"徇私舞弊不移交刑事案件罪", "徇私舞弊不征、少征税款罪", "放纵制售伪劣商品犯罪行为罪", "传染病防治失职罪",
                      "非法拘禁罪"}
# session 56: eighteen more (398's two, 399's four, 400.1, 401, 411–413, 415's two, 416, 二（三）刑讯逼供, 二（五）虐待被监管人), and
# 文物解释（2015）第十条
SESSION_56_CURATED = {"商检徇私舞弊罪", "商检失职罪", "动植物检疫徇私舞弊罪", "动植物检疫失职罪", "放纵走私罪",
                      "办理偷越国（边）境人员出入境证件罪", "放行偷越国（边）境人员罪", "不解救被拐卖、绑架妇女、儿童罪",
                      "失职造成珍贵文物损毁、流失罪", "刑讯逼供罪", "虐待被监管人罪", "故意泄露国家秘密罪", "过失泄露国家秘密罪",
                      "徇私枉法罪", "私放在押人员罪", "徇私舞弊减刑、假释、暂予监外执行罪", "民事、行政枉法裁判罪", "执行判决、裁定失职罪",
                      "执行判决、裁定滥用职权罪"}
# session 57: 计算机解释（2011）第三条, its counts of 人次 with the kind of tool each counts (and persons as 人次); 边境解释（2012）第五条
# and 卖淫解释（2017）第一条
SESSION_57_CURATED = {"提供侵入、非法控制计算机信息系统程序、工具罪", "偷越国（边）境罪", "组织卖淫罪"}
# session 59: 立案追诉标准（一）第六十一条、第八十九条、第九十一条、第九十二条, whose parse cut their options at the 、
SESSION_59_CURATED = {"非法处置进口的固体废物罪", "聚众冲击军事禁区罪", "煽动军人逃离部队罪", "雇用逃离部队军人罪"}
SESSION_61_CURATED = {"妨害国境卫生检疫罪", "扰乱无线电通讯管理秩序罪"}
# session 62: 立案追诉标准（一）第八十条, read whole by the parse: its 明知 in the 第二款 words and 卖淫、嫖娼 apart
SESSION_62_CURATED = {"传播性病罪"}
# session 63: 立案追诉标准（一）第五十二条, whose (四) list was parsed into options such as 被组织卖血的人的乙型肝炎病毒
SESSION_63_CURATED = {"非法组织卖血罪"}
SESSION_60_CURATED = {"为他人提供书号出版淫秽书刊罪", "传染病菌种、毒种扩散罪", "强迫卖血罪", "组织淫秽表演罪", "伪造、变造、买卖武装部队公文、证件、印章罪", "盗窃、抢夺武装部队公文、证件、印章罪", "聚众扰乱军事管理区秩序罪", "战时拒绝、逃避征召、军事训练罪", "战时拒绝、逃避服役罪", "战时窝藏逃离部队军人罪"}


def test_statutory_conditions_decide_offenses_without_an_amount(standards, tmp_path):
    """危险作业罪, 抗税罪, 妨害传染病防治罪, 非法持有毒品罪, 危险驾驶罪: the 刑法 article's own items are the filing standard
    (corpus/data/statutory_standards.yaml), quoted from the article, shared conditions joined to each item."""
    from graph.standards import STATUTORY_TERM, statutory_standards
    docs = [d for d in load_corpus(BUNDLED_CORPUS).documents if d.type != "case"]
    by_offense = {s.offense_names[0]: s for s in statutory_standards(docs)}
    assert set(by_offense) == {"危险作业罪", "抗税罪", "妨害传染病防治罪", "非法持有毒品罪", "走私、贩卖、运输、制造毒品罪", "危险驾驶罪",
                               "组织他人偷越国（边）境罪", "提供伪造、变造的出入境证件罪", "出售出入境证件罪", "运送他人偷越国（边）境罪",
                               "非法种植毒品原植物罪", "包庇毒品犯罪分子罪", "窝藏、转移、隐瞒毒品、毒赃罪", "引诱、教唆、欺骗他人吸毒罪",
                               "强迫他人吸毒罪", "盗掘古文化遗址、古墓葬罪", "骗取出境证件罪",
                               "走私普通货物、物品罪", "盗窃罪", "抢夺罪", "走私武器、弹药罪", "交通肇事罪",
                               "为境外窃取、刺探、收买、非法提供商业秘密罪", "非法占用农用地罪", "操纵证券、期货市场罪",
                               "生产、销售有毒、有害食品罪", "妨害公务罪", "走私贵重金属罪"} | SESSION_52_CURATED | SESSION_53_CURATED | SESSION_54_CURATED \
        | SESSION_55_CURATED | SESSION_56_CURATED | SESSION_57_CURATED | SESSION_59_CURATED | SESSION_60_CURATED \
        | SESSION_61_CURATED | SESSION_62_CURATED | SESSION_63_CURATED
    # session 52: interpretations' clauses curated in place of a parse that crossed their items (渎职解释（一）第一条's
    # paired injuries, each 假币 article's three brackets read as one item, 计算机解释's counts of systems with no words)
    kinds = {d.id: d.type for d in docs}
    for name in (SESSION_52_CURATED | SESSION_55_CURATED | SESSION_56_CURATED | SESSION_57_CURATED | SESSION_59_CURATED
                 | SESSION_60_CURATED | SESSION_61_CURATED | SESSION_62_CURATED | SESSION_63_CURATED):
        clause = by_offense.pop(name)
        assert clause.replaces_parsed and not clause.statutory and not clause.specific and ":curated" in clause.id
        # a 立案追诉标准 article files a case, as its parsed clauses say; an interpretation's clause convicts
        assert clause.term == ("应予立案追诉" if kinds[clause.doc_id] == "standard" else "定罪处罚"), clause.id
    assault = by_offense.pop("袭警罪")      # session 53: an interpretation's definition the parse read nothing from
    assert assault.unit_id == "jieshi-xijing-2025:art1" and not assault.replaces_parsed and not assault.specific
    assert [a.label for a in assault.alternatives] == ["（一）", "（二）"] and assault.id.endswith(":curated")
    traffic = by_offense.pop("交通肇事罪")      # an interpretation's items, curated: no 刑法 article's own, not specific
    assert traffic.unit_id == "jieshi-jiaotong-zhaoshi-2000:art2" and traffic.articles == [(133, 0, None)]
    assert not traffic.statutory and not traffic.specific and traffic.id.endswith(":curated")
    by_offense.pop("非法占用农用地罪")
    # 公用电信设施 (2004) and 广播电视设施 (2011): one curated clause each, in place of the parse, scoped to its facility
    facilities = {s.unit_id: s for s in statutory_standards(docs) if s.offense_names == ["破坏广播电视设施、公用电信设施罪"]}
    assert set(facilities) == {"jieshi-gongyong-dianxin-sheshi-2004:art1", "jieshi-guangbo-dianshi-sheshi-2011:art1"}
    assert all(s.replaces_parsed and s.articles == [(124, 0, None)] and not s.specific for s in facilities.values())
    assert all(a.catch_all == (a is s.alternatives[-1]) for s in facilities.values() for a in s.alternatives)   # 其他危害公共安全
    by_offense.pop("破坏广播电视设施、公用电信设施罪")
    # 操纵解释（2019）第二条, curated in place of its parse: each item's figures with the manipulation it counts
    manipulation = by_offense.pop("操纵证券、期货市场罪")
    assert manipulation.replaces_parsed and manipulation.articles == [(182, 0, None)] and not manipulation.specific
    assert all(a.requirements for a in manipulation.alternatives if a.label != "（七）")
    # 土地解释（2000）第三条 and 草原解释（2012）第二条, curated in place of their parse: the acts and the harm beside either figure
    land = {s.unit_id: s for s in statutory_standards(docs) if s.offense_names == ["非法占用农用地罪"]}
    assert set(land) == {"jieshi-tudi-ziyuan-2000:art3", "jieshi-caoyuan-ziyuan-2012:art2"}
    assert all(s.articles == [(342, 0, None)] and not s.specific for s in land.values())
    assert all(len(a.requirements) == 2 for a in land["jieshi-tudi-ziyuan-2000:art3"].alternatives)
    assert all(s.replaces_parsed for s in land.values()) and not any(s.replaces_parsed for s in by_offense.values())
    assert all(s.specific for s in by_offense.values())     # they hold beside an interpretation's clauses
    assert len({s.id for s in by_offense.values()}) == len(by_offense)      # two offenses of 第三百二十条, two ids
    danger = by_offense["危险作业罪"]
    assert (danger.unit_id, danger.tier, danger.term, danger.statutory) == ("xingfa:art134-1", "filing", STATUTORY_TERM, True)
    assert "jieshi-weihai-shengchan-anquan-2022:art3" in danger.see
    assert [a.label for a in danger.alternatives] == ["（一）", "（二）", "（三）"]
    assert all(any("现实危险" in r.text for r in a.requirements) for a in danger.alternatives)
    assert verdict(danger, "关闭瓦斯监控报警设备继续作业，具有发生重大伤亡事故的现实危险")["status"] == "met"
    open_risk = verdict(danger, "关闭了瓦斯监控设备")
    assert open_risk["status"] == "unknown" and any("现实危险" in q for q in open_risk["questions"])
    assert verdict(danger, "篡改监控数据，但不具有发生重大伤亡事故的现实危险")["status"] == "not_met"
    tax = by_offense["抗税罪"]
    assert verdict(tax, "以暴力方法拒不缴纳税款")["status"] == "met"
    assert verdict(tax, "拒不缴纳税款，但没有暴力、威胁行为")["status"] == "not_met"
    # a condition that paraphrases instead of quoting the article is refused
    bad = tmp_path / "statutory.yaml"

    def refused(body: str, match: str):
        """The table written as `body` is refused on load with an error matching `match`."""
        bad.write_text(body, encoding="utf-8")
        with pytest.raises(ValueError, match=match):
            statutory_standards(docs, bad)

    refused("- offense: 抗税罪\n  unit: xingfa:art202\n  alternatives:\n    - label: ''\n      text: 用暴力抗税\n"
            "      requirements: []\n",
            "用暴力抗税")
    # "replaces_parsed: yes please" would drop the parse on a typo's strength: only a boolean is read
    refused("- offense: 抗税罪\n  unit: xingfa:art202\n  replaces_parsed: 'yes'\n  alternatives:\n"
            "    - label: ''\n      text: 以暴力、威胁方法拒不缴纳税款\n",
            r"statutory.yaml:1 \(抗税罪\): field 'replaces_parsed' must be true or false")
    refused("- offense: 抗税罪\n  unit: xingfa:art202\n  alternatives:\n"
            "    - label: ''\n      text: 以暴力、威胁方法拒不缴纳税款\n      catch_all: 'yes'\n",
            r"statutory.yaml:1 \(抗税罪\): field 'catch_all' must be true or false")
    # a finding that voids a requirement is a pattern, checked like ruled_out_by's
    refused("- offense: 抗税罪\n  unit: xingfa:art202\n  alternatives:\n    - label: ''\n      text: 以暴力、威胁方法拒不缴纳税款\n"
            "      requirements:\n        - text: 拒不缴纳税款\n          options: [拒不缴纳]\n          question: 是否拒不缴纳？\n"
            "          voided_by: ['(未']\n",
            r"\(拒不缴纳税款\): field 'voided_by': '\(未' is no pattern")
    # a cost a figure counts besides itself is a pattern with its basis, checked the same way
    refused("- offense: 破坏计算机信息系统罪\n  unit: xingfa:art286\n  alternatives:\n    - label: ''\n"
            "      text: 后果严重\n      conditions:\n        - {metric: 经济损失, value: 10000, unit: 元, text: 经济损失一万元以上,\n"
            "           counts_also: {pattern: '(恢复', basis: 计算机解释（2011）第十一条第三款}}\n",
            r"\(经济损失\): field 'counts_also.pattern': '\(恢复' is no pattern")
    refused("- offense: 破坏计算机信息系统罪\n  unit: xingfa:art286\n  alternatives:\n    - label: ''\n"
            "      text: 后果严重\n      conditions:\n        - {metric: 经济损失, value: 10000, unit: 元, text: 经济损失一万元以上,\n"
            "           counts_also: {pattern: 恢复}}\n",
            r"field 'basis' is required")
    # a compiled 立案追诉标准 article may be curated, but not a 待核 one: a curated clause carries no review note
    refused("- offense: 保险诈骗罪\n  unit: lian-zhuisu-biaozhun-2:art51\n  article: 198\n  alternatives:\n"
            "    - label: ''\n      text: 数额在五万元以上\n",
            r"lian-zhuisu-biaozhun-2:art51 is 待核 and cannot be curated")


MINING = "std:jieshi-feifa-caikuang-2016:art3"


def test_range_left_to_provinces_stays_open_without_a_province_figure(standards):
    result = evaluate_standard(standards[MINING].to_dict(), extract_facts("无证采矿，矿产品价值二十万元"), figures={})
    first = next(a for a in result["alternatives"] if a["label"] == "（一）")
    assert first["status"] == "unknown" and "province_figure" not in first["conditions"][0]
    assert any("本省（自治区、直辖市）确定的数额标准" in q and "100000元至300000元" in q for q in result["questions"])


def test_province_figure_decides_a_range(standards, tmp_path, monkeypatch):
    """XIANJIE_PROVINCE + a figures file: an amount between bottom and top is compared with the province's
    figure; a figure outside the range is not used."""
    from api.settings import get_settings
    std = standards[MINING].to_dict()
    figures = tmp_path / "figures.yaml"
    figures.write_text(f"测试省:\n  - {{standard: '{MINING}', range: 十万元至三十万元以上, value: 150000, unit: 元, source: 测试文件}}\n"
                       f"越界省:\n  - {{standard: '{MINING}', range: 十万元至三十万元以上, value: 500000, unit: 元}}\n", encoding="utf-8")
    monkeypatch.setenv("XIANJIE_PROVINCE_FIGURES", str(figures))
    try:
        for province, amount, expected in [("测试省", "二十万元", "met"), ("测试省", "十二万元", "not_met"), ("越界省", "二十万元", "unknown")]:
            monkeypatch.setenv("XIANJIE_PROVINCE", province)
            get_settings.cache_clear()
            result = evaluate_standard(std, extract_facts(f"无证采矿，矿产品价值{amount}"))
            first = next(a for a in result["alternatives"] if a["label"] == "（一）")
            assert first["status"] == expected, (province, amount, first)
            cond = first["conditions"][0]
            if expected != "unknown":
                assert cond["province_figure"] == {"province": "测试省", "value": 150000, "unit": "元", "source": "测试文件"}
                assert "测试省确定的标准 150000元" in cond["compared"]
    finally:
        get_settings.cache_clear()


def test_a_list_that_convicts_by_the_criminal_law_article_is_a_filing_clause(standards):
    """危害税收征管解释（2024）第十四条: "具有下列情形之一的，应当依照刑法第二百零六条的规定定罪处罚" names no
    offense but its article; 第十六条's next paragraphs (…以出售伪造的增值税专用发票罪定罪处罚) are not its head."""
    forged = standards["std:jieshi-weihai-shuishou-2024:art14"]
    assert forged.tier == "filing" and forged.articles == [(206, 0, None)] and len(forged.alternatives) == 3
    bought = standards["std:jieshi-weihai-shuishou-2024:art16"]
    assert bought.articles == [(208, 0, 1)] and bought.offense_names == []
    # 十份以上且票面可以退税、抵扣税额六万元以上: the 且 holds across the 、 inside the second metric
    other = standards["std:jieshi-weihai-shuishou-2024:art17"]
    assert [len(a.conditions) for a in other.alternatives] == [1, 2, 1]


def test_a_conviction_sentence_then_its_tiers_are_apart(standards):
    """野生动物解释（2022）第六条: 价值二万元以上 convicts (its tiers follow at 二十万 / 二百万); the conduct it
    restates is the offense's, not a condition the facts must word alike; 第二条's 情节较轻 still convicts."""
    filing = standards["std:jieshi-yesheng-dongwu-2022:art6"]
    assert filing.tier == "filing" and not filing.specific          # general: it supersedes the 2008 "any case"
    assert [[(c.value, c.op) for c in a.conditions] for a in filing.alternatives] == [[(20000.0, ">=")]]
    assert not filing.alternatives[0].requirements
    assert standards["std:jieshi-yesheng-dongwu-2022:art6:情节严重"].tier == "aggravating"
    assert verdict(filing, "非法出售国家二级保护野生动物制品，价值三万元")["status"] == "met"
    assert verdict(filing, "非法猎捕国家二级保护野生鸟类一只，价值八千元")["status"] == "not_met"
    smuggling = standards["std:jieshi-yesheng-dongwu-2022:art2"]
    assert sorted(c.value for a in smuggling.alternatives for c in a.conditions) == [20000.0, 200000.0]


def test_a_sum_belongs_to_the_words_that_lead_to_it(standards):
    """非法经营数额四万元，违法所得未查清: the 四万元 is the 非法经营数额 (under 五万), not a 违法所得 over 三万."""
    result = verdict(standards["std:jieshi-zhishi-chanquan-2004:art1"], "使用他人一种注册商标，非法经营数额四万元，违法所得未查清")
    assert result["status"] != "met"
    assert verdict(standards["std:jieshi-zhishi-chanquan-2004:art1"], "假冒注册商标，违法所得四万元")["status"] == "met"


def test_sold_times_three_plus_unsold_is_computed(standards):
    """立案追诉标准（一）第十六条（三）: 已销售金额 × 3 + 未销售货值 ≥ 十五万元, while the sold sum is under 五万."""
    std = standards["std:lian-zhuisu-biaozhun-1:art16"]
    third = lambda text: next(a for a in verdict(std, text)["alternatives"] if a["label"] == "（三）")
    assert third("销售伪劣钢管，已售金额三万元，库存未售货值七万元")["status"] == "met"          # 9 + 7 = 16
    assert third("销售伪劣钢管，已售金额三万元，库存未售货值四万元")["status"] == "not_met"      # 9 + 4 = 13
    assert third("销售伪劣钢管三万元")["status"] == "unknown"                                   # unsold not stated


def test_the_weighted_sum_clause_is_one_reading_for_the_graph_and_the_verdict():
    """立案追诉标准（一）第十六条（三）: the graph keeps it whole because the verdict can compute it."""
    from graph.weighted_sum import parse
    clause = "伪劣产品销售金额不满五万元，但将已销售金额乘以三倍后，与尚未销售的伪劣产品货值金额合计十五万元以上的"
    assert parse(clause) == (3, 150000.0, 50000.0)
    assert parse("伪劣产品销售金额五万元以上的") is None
    from graph.standards import _alternative
    kept = _alternative("（三）", "（三）" + clause)
    assert not kept.conditions and [r.text for r in kept.requirements] == [clause.removesuffix("的")]


def test_a_proportional_sum_item_adds_the_shares_of_the_items_it_names():
    """森林资源解释（2023）第一条第二款（三）: 公益林地三亩、商品林地四亩 is 3/5 + 4/10 = 1, met; two and four is
    .8 and undecided only while another item is open; each count goes to its own item."""
    from api.proportional import evaluate
    from graph.proportional import referenced_items
    text = "（三）非法占用并毁坏的公益林地、商品林地数量虽未分别达到第一项、第二项规定标准，但按相应比例折算合计达到有关标准的"
    assert referenced_items(text) == ["（一）", "（二）"]
    assert referenced_items("（六）数量未达到第三项至第五项规定标准，但是按相应比例合计达到有关数量标准的") == ["（三）", "（四）", "（五）"]

    def item(label, metric, value, stated):
        return {"label": label, "conditions": [{"kind": "quantity", "metric": metric, "op": ">=", "value": value, "unit": "亩",
                                                "text": "", "fact": {"value": stated} if stated is not None else None}]}
    assert evaluate(text, [item("（一）", "公益林地", 5, 3), item("（二）", "商品林地", 10, 4)])["status"] == "met"
    assert evaluate(text, [item("（一）", "公益林地", 5, 2), item("（二）", "商品林地", 10, 4)])["status"] == "not_met"
    open_share = evaluate(text, [item("（一）", "公益林地", 5, 2), item("（二）", "商品林地", 10, None)])
    assert open_share["status"] == "unknown" and "商品林地" in open_share["question"]
    assert evaluate("（一）非法占用并毁坏公益林地五亩以上的", []) is None
    from graph.standards import _alternative
    kept = _alternative("（三）", text)
    assert not kept.conditions and len(kept.requirements) == 1        # one question, not 是否…第一项？


def test_each_count_is_compared_with_the_item_that_names_its_thing():
    extracted = extract_facts("占用并毁坏公益林地三亩、商品林地四亩建厂房")
    from api.verdict import _match
    rivals = ({"metric": "非法占用并毁坏公益林地", "unit": "亩", "op": ">=", "value": 5.0, "text": "五亩以上"},
              {"metric": "非法占用并毁坏商品林地", "unit": "亩", "op": ">=", "value": 10.0, "text": "十亩以上"})
    assert _match(rivals[1], extracted["facts"], rivals)[0].quantity.value == 4.0
    assert _match(rivals[0], extracted["facts"], rivals)[0].quantity.value == 3.0


def test_half_of_a_named_threshold_is_computed_for_an_insider_or_a_repeat_offender():
    """个人信息解释第五条（八） and 森林资源解释（2023）第一条第二款（四）: half of a named item's threshold."""
    from api.proportional import evaluate_half
    half = "数量或者数额达到第三项至第五项规定标准一半以上"

    def item(label, value, stated):
        return {"label": label, "text": "", "conditions": [{"kind": "quantity", "metric": "信息", "op": ">=", "value": value,
                                                            "unit": "条", "text": "", "fact": {"value": stated} if stated is not None else None}]}
    assert evaluate_half(half, [item("（三）", 50, 0), item("（四）", 500, 0), item("（五）", 5000, 3000)])["status"] == "met"
    assert evaluate_half(half, [item("（三）", 50, 0), item("（四）", 500, 0), item("（五）", 5000, 2000)])["status"] == "not_met"
    assert evaluate_half(half, [item("（三）", 50, None), item("（四）", 500, 0), item("（五）", 5000, 2000)])["status"] == "unknown"
    assert evaluate_half("违法所得五千元以上", []) is None


def test_no_stock_left_makes_the_unsold_value_zero():
    """已无库存: 立案追诉标准（一）第十六条 (三) is 4.8万 × 3 + 0 < 15万 and (二)'s 货值 is zero, so not_met;
    without the words the unsold value stays a question."""
    from api import weighted_sum
    clause = "伪劣产品销售金额不满五万元，但将已销售金额乘以三倍后，与尚未销售的伪劣产品货值金额合计十五万元以上"
    sold_out = "销售伪劣芝麻油，销售金额四万八千元，已无库存"
    assert weighted_sum.evaluate(clause, extract_facts(sold_out)["facts"], sold_out)["status"] == "not_met"
    assert weighted_sum.evaluate(clause, extract_facts("销售金额四万八千元")["facts"], "销售金额四万八千元") is None


def test_items_in_newly_read_units_are_compared(standards):
    """造成森林火灾 alone met 失火 item (四) (过火有林地面积二公顷以上); 获利五千至一万元以上 compared 八千元 with 一万元;
    警用号牌二副 was not matched to 警用号牌…一副以上 because the single-character act 以 (of 以上) stood in its words."""
    def item(std_id, text, label):
        return next(a for a in verdict(standards[std_id], text)["alternatives"] if a["label"] == label)
    fire = "std:lian-zhuisu-biaozhun-1:art1"
    assert item(fire, "村民上坟烧纸引发森林火灾，过火有林地面积一公顷", "（四）1")["status"] == "not_met"
    assert item(fire, "村民烧荒引发森林火灾，过火有林地面积45亩", "（四）1")["status"] == "met"
    profit = item("std:lian-zhuisu-biaozhun-1:art82", "张某贩卖淫秽光盘，获利八千元", "（四）")
    assert profit["status"] == "unknown" and any("本省" in (c.get("question") or "") for c in profit["conditions"])
    assert item("std:lian-zhuisu-biaozhun-1:art35", "李某非法生产警用号牌二副", "（五）1")["status"] == "met"


def test_clauses_before_an_or_clause_hold_together(standards):
    """立案追诉标准（一）第三十七条（二）: 追逐、拦截、辱骂他人，严重影响他人正常工作、生产、生活，或者造成他人精神失常…
    is (A and B) or C; read as one list of options, 追逐他人 alone met it."""
    (first, second) = requirements_in("（二）追逐、拦截、辱骂他人，严重影响他人正常工作、生产、生活，或者造成他人精神失常、自杀的")
    assert "追逐" in first.options and "严重影响他人正常工作" not in first.options
    assert "严重影响他人正常工作" in second.options and "他人精神失常" in first.options + second.options
    (single,) = requirements_in("（二）持械或者采取暴力手段冲击")
    assert single.options == ["持械", "采取暴力手段冲击"]
    item = next(a for a in verdict(standards["std:lian-zhuisu-biaozhun-1:art37"], "李某酒后在街头追逐他人")["alternatives"]
                if a["label"] == "（二）")
    assert item["status"] == "unknown"


def test_the_ones_listed_before_de_are_not_options_of_what_is_said_of_them():
    """劳动者或者其被赡养人、被扶养人、被抚养人的基本生活受到严重影响… was cut into 劳动者 / 其被赡养人 / …, so any text
    naming a worker met 拒不支付劳动报酬 2013 解释第五条（一）; 采集、供应的血液含有艾滋病病毒… had 采集 as an option.
    有 of 有毒物质 / 有效证明文件 / 有源医疗器械 is part of the word, not a lead to strip."""
    (wages,) = requirements_in("（一）造成劳动者或者其被赡养人、被扶养人、被抚养人的基本生活受到严重影响、重大疾病无法及时医治或者失学的")
    assert wages.options == ["基本生活受到严重影响", "重大疾病无法及时医治", "失学"]
    (blood,) = requirements_in("（一）采集、供应的血液含有艾滋病病毒、乙型肝炎病毒、丙型肝炎病毒、梅毒螺旋体等病原微生物的")
    assert "采集" not in blood.options and "艾滋病病毒" in blood.options and "乙型肝炎病毒" in blood.options
    # the parties harmed, listed with no 的 (造成献血者、供血浆者、受血者感染…): 献血者 was met by 每名献血者只采过一次
    (infected,) = requirements_in("（一）造成献血者、供血浆者、受血者感染乙型肝炎病毒、丙型肝炎病毒、梅毒螺旋体或者其他经血液传播的病原微生物的")
    assert infected.options[0] == "感染乙型肝炎病毒" and not {"献血者", "供血浆者"} & set(infected.options)
    # each act on each person listed, the act's tail once: 容留 alone was met by any 容留, 孕妇 by any mention
    (persons,) = requirements_in("（三）容留、介绍未成年人、孕妇、智障人员、患有严重性病的人卖淫的")
    assert persons.options[:2] == ["容留未成年人卖淫", "容留孕妇卖淫"] and "介绍患有严重性病的人卖淫" in persons.options
    assert not {"容留", "孕妇"} & set(persons.options)
    (toxic,) = requirements_in("（六）有毒、有害的非食品原料毒害性强或者含量高的")
    assert toxic.options == ["有毒有害的非食品原料毒害性强", "含量高"]     # 有毒 alone was met by any mention
    assert "有毒物质" in requirements_in("（一）排放、倾倒、处置有放射性的废物、含传染病病原体的废物、有毒物质的")[0].options
    assert requirements_in("（三）用于诊断、监护、治疗的有源医疗器械的安全指标不符合强制性标准要求的")[0].options == [
        "有源医疗器械的安全指标不符合强制性标准要求"]


def test_a_count_of_a_graded_thing_needs_the_grade(standards):
    """食品安全解释（2021）第二条（四） counts 十人以上严重食物中毒: 四十多人食物中毒 reaches the number, not the grade."""
    def fourth(text):
        return next(a for a in verdict(standards["std:jieshi-shipin-anquan-2021:art2"], text)["alternatives"]
                    if a["label"] == "（四）")
    ungraded = fourth("酒店婚宴四十多人沙门氏菌食物中毒，均已治愈")
    assert ungraded["status"] == "unknown" and "严重食物中毒" in ungraded["conditions"][0]["question"]
    assert fourth("酒店婚宴造成四十多人严重食物中毒")["status"] == "met"
    assert fourth("酒店婚宴造成五人严重食物中毒")["status"] == "not_met"


def test_a_word_the_law_equates_with_the_thing_is_matched_as_the_thing():
    """向三百多名群众 counts the 对象 of 非法吸收公众存款对象一百五十人以上 (非法集资解释（2022）第一条: 社会公众即
    社会不特定对象); the synonym table said so but the match still asked for a word of the metric itself."""
    from api.verdict import _match
    condition = {"metric": "非法吸收或者变相吸收公众存款对象", "unit": "人", "op": ">=", "value": 150.0, "text": "一百五十人以上"}
    fact, how, _ = _match(condition, extract_facts("老板以高额回报为名向三百多名群众拉来投资款")["facts"])
    assert fact is not None and fact.quantity.value == 300


def test_two_character_siblings_share_the_words_of_the_item_before_them():
    """严重影响他人正常工作、生产、生活: 生活 alone was an option met by any text with the word."""
    (_, second) = requirements_in("（二）追逐、拦截、辱骂他人，严重影响他人正常工作、生产、生活，或者造成他人精神失常、自杀的")
    assert "严重影响他人正常生活" in second.options and "生活" not in second.options
    (acts,) = requirements_in("（八）多次非法制造、买卖、运输、邮寄、储存弹药、爆炸物的")
    assert "多次非法买卖弹药" in acts.options and "爆炸物" not in acts.options
    (works,) = requirements_in("（三）复制发行其文字作品、音乐、电影、电视、录像作品、计算机软件及其他作品")
    assert "复制发行其文字音乐" not in works.options          # 作品 is the kind, not a sibling of 音乐
    (blood, _) = requirements_in("（四）违反规定对献血者、供血浆者超量、频繁采集血液、血浆，足以危害人体健康的")
    assert "频繁采集血浆" in blood.options and "血浆" not in blood.options     # one sibling of the same kind
    (_, harm) = requirements_in("（二）追逐、拦截、辱骂他人，严重影响他人正常工作、生产、生活，或者造成他人精神失常、自杀的")
    assert "自杀" in harm.options                                              # 自杀 is no kind of 精神失常


def test_a_count_of_kinds_opening_an_item_holds_for_each_of_its_parts(standards):
    """知识产权解释（2004）第一条（二） 假冒两种以上注册商标，非法经营数额在三万元以上或者违法所得数额在二万元以上:
    one mark and 违法所得二万二千元 met the second part, which had lost the 两种以上."""
    std = standards["std:jieshi-zhishi-chanquan-2004:art1"]
    second = [a for a in std.alternatives if a.label.startswith("（二）")]
    assert len(second) == 2 and all(any(c.unit == "种" and c.value == 2 for c in a.conditions) for a in second)
    assert verdict(std, "假冒一种注册商标，违法所得2.2万元，非法经营数额3万元")["status"] == "not_met"
    assert verdict(std, "假冒两种注册商标，违法所得2.2万元")["status"] == "met"


def test_the_act_done_again_after_two_penalties_is_a_requirement(standards):
    """非法行医解释（2016）第二条（四） 非法行医被卫生行政部门行政处罚两次以后，再次非法行医的."""
    std = standards["std:jieshi-feifa-xingyi-2016:art2"]
    fourth = next(a for a in std.alternatives if a.label == "（四）")
    assert any(r.text == "再次非法行医" for r in fourth.requirements)
    by_label = lambda text: {a["label"]: a["status"] for a in verdict(std, text)["alternatives"]}["（四）"]
    assert by_label("非法行医，被卫生行政部门行政处罚两次，此后未再行医") == "unknown"
    assert by_label("非法行医，被卫生行政部门行政处罚两次后仍继续接诊") == "met"
    assert by_label("非法行医，两次被卫健部门行政处罚，这次又发现他在干") == "met"


@pytest.mark.parametrize("text,status", [
    ("张某在道路上醉酒驾驶机动车，血液酒精含量180毫克/100毫升。", "met"),
    ("张某饮酒驾驶机动车，血液酒精含量50毫克/100毫升。", "unknown"),          # 饮酒 is no 醉酒
    ("喝了酒开车撞了人，血液酒精只有五十多，不够醉驾。", "unknown"),
    ("王某驾驶大客车从事旅客运输，核载30人实载55人，属于严重超员。", "met"),
])
def test_dangerous_driving_is_judged_on_the_article_s_four_items(law_store, text, status):
    from .conftest import judgement
    assert judgement(law_store, text, "危险驾驶罪")[1]["status"] == status


def test_the_quality_of_goods_bought_holds_for_the_gain_too(standards):
    """立案追诉标准（一）第二十八条（五） 强迫他人购买伪劣商品数额五千元以上，或者违法所得数额一千元以上: the gain is
    from 伪劣商品 too; forced sales of ordinary goods need （四）'s 二千元 (a probe: tea, 1,500元, was 已达到)."""
    std = standards["std:lian-zhuisu-biaozhun-1:art28"]
    gain = next(a for a in std.alternatives if a.label == "（五）2")
    assert [r.options for r in gain.requirements] == [["伪劣商品", "伪劣"]]
    assert verdict(std, "以威胁手段强迫商户购买茶叶，违法所得1500元")["status"] != "met"
    assert verdict(std, "以暴力手段强迫他人购买伪劣白酒，违法所得1200元")["status"] == "met"


@pytest.mark.parametrize("text,status", [
    # 野生动物解释（2022）第三条 is 在内陆水域's: at sea the 2016 海域规定（二）第四条 counts (一万公斤 / 十万元)
    ("某渔民在南海休渔期使用拖网捕捞，未使用禁用网具，捕获水产品1500公斤，价值1.5万元，是否达到立案标准？", "unknown"),
    ("某渔船在东海禁渔区内非法捕捞水产品12000公斤，是否达到立案标准？", "met"),
    # facts naming no water are read as inland, the usual case
    ("某人在禁渔期捕捞水产品600公斤，是否达到立案标准？", "met"),
])
def test_catches_at_sea_are_counted_by_the_sea_rule(law_store, text, status):
    from .conftest import judgement
    assert judgement(law_store, text, "非法捕捞水产品罪")[1]["status"] == status


def test_a_paragraph_named_only_to_be_left_out_is_not_the_target(standards):
    """野生动物解释（2022）第八条 defines 刑法第三百四十一条第三款's 情节严重 for animals 第一款规定以外: read as the first
    paragraph's, it was an aggravating tier of 危害珍贵、濒危野生动物罪 and 陆生野生动物 had no filing standard."""
    std = standards["std:jieshi-yesheng-dongwu-2022:art8"]
    assert std.tier == "filing" and std.articles == [(341, 0, 3)]


@pytest.mark.parametrize("text,status", [
    ("陈某以食用为目的，非法收购在野外环境自然生长的野兔（属于有重要生态、科学、社会价值的陆生野生动物），价值1.2万元，是否达到立案标准？", "met"),
    ("陈某以食用为目的，非法出售野外自然生长的麻雀（属于有重要生态、科学、社会价值的陆生野生动物），价值8000元，是否达到立案标准？", "not_met"),
    # 刑法第三百四十一条第三款: 以食用为目的 and 在野外环境自然生长繁殖的
    ("某人非法猎捕麻雀等有重要生态、科学、社会价值的陆生野生动物价值一万二千元，是否达到立案标准？", "unknown"),
    ("郑某以食用为目的收购野鸡出售给餐馆，价值2万元，经查所收购野鸡均系人工繁育，是否构成犯罪？", "not_met"),
    # （一）'s kind denied: the 3万 is （二）'s, short of 五万元 (read by words it met （一）'s 一万元)
    ("吴某以食用为目的非法收购野外自然生长的陆生野生动物，该动物不属于有重要生态、科学、社会价值的陆生野生动物，也不属于地方重点保护"
     "野生动物，价值3万元，是否达到立案标准？", "unknown"),
])
def test_terrestrial_wildlife_for_food_is_judged_on_article_eight(law_store, text, status):
    from .conftest import judgement
    assert judgement(law_store, text, "非法猎捕、收购、运输、出售陆生野生动物罪")[1]["status"] == status


def test_a_clause_pointing_at_another_article_s_items_is_judged_on_them(standards):
    """妨害文物管理解释 第五条 "过失损毁…文物，具有本解释第三条第二款第一项至第三项规定情形之一的": read as words, the
    pointer vanished and 过失损毁 alone met 造成严重后果; 非法集资解释 第四条第二款 was met on 250万元 without 同时
    具有…第三项情节."""
    negligent = standards["std:jieshi-wenwu-2015:art5"]
    assert [a.label for a in negligent.alternatives] == ["（一）", "（二）", "（三）"]
    assert verdict(negligent, "某工人在文物库房搬运时不慎摔坏馆藏三级文物两件")["status"] != "met"
    assert verdict(negligent, "某工人在文物库房搬运时不慎摔坏馆藏三级文物六件")["status"] == "met"
    deposits = standards["std:jieshi-feifa-jizi-2022:art4:1"]
    assert all(any("恶劣社会影响" in r.options for r in a.requirements) for a in deposits.alternatives)
    assert verdict(deposits, "以高息为诱饵向社会公众吸收资金300万元")["status"] == "unknown"
    # after 或者 the pointer is an alternative of its own, beside the amount before it
    food = standards["std:jieshi-shipin-anquan-2021:art8"]
    assert [a.label for a in food.alternatives][:3] == ["", "（二）", "（三）"]
    assert not food.alternatives[1].conditions


def test_a_count_of_one_grade_of_relic_is_no_count_of_another(standards):
    """五件以上三级文物 (妨害文物管理解释 第三条（一）, by 第五条): 一般文物六件 are not five 三级文物."""
    negligent = standards["std:jieshi-wenwu-2015:art5"]
    assert verdict(negligent, "某工人在库房搬运时不慎摔坏一般文物六件")["status"] != "met"


@pytest.mark.parametrize("text,status", [
    ("张某以牟利为目的，将从他人处收购的一件三级文物转手出售，获利2万元。", "met"),
    ("张某以牟利为目的倒卖一般文物，交易数额3万元，均非三级文物。", "not_met"),
    ("张某以牟利为目的倒卖一般文物，交易数额8万元。", "met"),
])
def test_reselling_relics_is_judged_on_the_2015_interpretation(law_store, text, status):
    """妨害文物管理解释 第六条第二款: 倒卖三级文物, or 交易数额五万元以上. 倒卖三级文物 is met where the facts state the act in
    their words and name the grade (the longest shared run, 三级文物, is too short a part of the option alone)."""
    from .conftest import judgement
    assert judgement(law_store, text, "倒卖文物罪")[1]["status"] == status


def test_a_clause_naming_the_offense_it_sentences_is_that_offense_s_only(law_store):
    """野生动物解释（2022）第二条 sentences 走私珍贵动物、珍贵动物制品罪; read by its 刑法 paragraph (第一百五十一条第二款)
    it also judged 走私文物 and 走私贵重金属 on the animals' 二万元 (走私黄金价值3万元 was 已达到). 走私贵重金属罪 is now judged by
    its article alone (statutory_standards.yaml): the export of a metal 国家禁止出口 is the crime, whatever the value; carried
    in, it is not. Carried out is not yet banned from export (probes 90b-c): that is asked."""
    from .conftest import judgement
    standards, verdict = judgement(law_store, "李某走私国家禁止出口的黄金出境，价值3万元。", "走私贵重金属罪")
    assert verdict["status"] == "met" and not any("yesheng" in b for b in verdict["basis"])
    open_export = judgement(law_store, "李某走私黄金出境，价值3万元。", "走私贵重金属罪")[1]
    assert open_export["status"] == "unknown" and any("国家禁止出口" in q for q in open_export["questions"])
    assert judgement(law_store, "李某携带黄金入境未申报，价值30万元。", "走私贵重金属罪")[1]["status"] == "not_met"


@pytest.mark.parametrize("text,status", [
    ("李某走私一件文物出境，经鉴定价值3万元。", "unknown"),               # a 三级文物 convicts whatever its value
    ("李某走私一件三级文物出境，经鉴定价值3万元。", "met"),
    ("李某走私一件文物出境，经鉴定为一般文物，价值3万元。", "not_met"),
    ("李某走私一件文物出境，经鉴定为一般文物，价值8万元。", "met"),
])
def test_smuggling_relics_is_judged_by_grade_or_value(law_store, text, status):
    """妨害文物管理解释 第一条: 二级文物 convicts, 三级 is 情节较轻 (a bracket of the crime); by value 二十万元, or 五万元 for
    情节较轻. The value paragraph opens with a sentence that sets no number, and the grade paragraph follows the
    article's definition in one block: neither was read."""
    from .conftest import judgement
    assert judgement(law_store, text, "走私文物罪")[1]["status"] == status


def test_a_paragraph_of_several_offenses_gives_each_clause_to_the_offense_whose_act_opens_it(law_store):
    """刑法第三百五十八条第一款 holds 组织卖淫罪 and 强迫卖淫罪. 卖淫解释（2017）第一条 deems “组织他人卖淫” (三人以上) and
    第二条 opens 组织他人卖淫，…; linked to both offenses by the paragraph, 强迫一名妇女卖淫 was 未达到 on 三人以上."""
    from graph.queries import offense_view
    from graph.schema import offense_id
    forcing = {s["id"] for s in offense_view(law_store, offense_id("强迫卖淫罪"))["standards"]}
    organising = {s["id"] for s in offense_view(law_store, offense_id("组织卖淫罪"))["standards"]}
    # (第一条 is curated since session 57, its persons, means and control in officers' words)
    assert "std:jieshi-maiyin-2017:art1:curated" in organising
    assert not {"std:jieshi-maiyin-2017:art1", "std:jieshi-maiyin-2017:art1:curated"} & forcing
    assert "std:jieshi-maiyin-2017:art2" not in forcing and "std:jieshi-maiyin-2017:art6" in forcing


def test_terms_that_name_an_element_are_no_thresholds(standards):
    """卖淫解释（2017）第十一条 defines 严重性病 and 第十二条 重伤 (by 刑法第九十五条): read as thresholds, 传播性病罪's
    filing clause became an empty one and 故意伤害罪's asked whether 艾滋病病毒 was known."""
    assert not any(s.doc_id == "jieshi-maiyin-2017" and s.unit_id.endswith(("art11", "art12")) for s in standards.values())


@pytest.mark.parametrize("text,offense,status", [
    ("张某在其经营的足浴店内容留两名妇女卖淫，从中抽取费用共计3000元。", "引诱、容留、介绍卖淫罪", "met"),
    # 第八条（四）: 一年内曾因…被行政处罚 (被, not 受过), 行政拘留 is one
    ("李某半年前曾因容留卖淫被公安机关行政拘留，今年又介绍一名妇女卖淫。", "引诱、容留、介绍卖淫罪", "met"),
    ("王某雇佣两名女子在其发廊内卖淫，统一收取嫖资。", "组织卖淫罪", "not_met"),       # 第一条: 三人以上
    # 立案追诉标准（一）第七十六条 以暴力、胁迫等手段强迫他人卖淫: the facts say the means in their words
    ("赵某以殴打相威胁，强迫一名妇女卖淫。", "强迫卖淫罪", "met"),
    ("老板以殴打相威胁，强迫工人每天劳动十四小时。", "强迫劳动罪", "met"),
    # 在其控制的出租屋内卖淫 is 组织卖淫's 控制 (卖淫解释（2017）第一条): read as 强迫 it met 强迫卖淫 (a probe)
    ("王某招募、雇佣四名女子在其控制的出租屋内卖淫，统一管理收取嫖资。", "强迫卖淫罪", "unknown"),
    ("工人晚上被锁在宿舍里不让出去，白天押着去工地干活。", "强迫劳动罪", "met"),
    # 第八条（一） 引诱他人卖淫的 is one of the listed acts: 容留 stated is no 引诱 (seven probe cases were met)
    ("张某在出租屋内容留一名妇女卖淫一次，获利300元，无前科。", "引诱、容留、介绍卖淫罪", "unknown"),
    ("赵某以提供高额报酬为诱饵，引诱一名成年女子卖淫。", "引诱、容留、介绍卖淫罪", "met"),
    # an earlier penalty dated by the calendar is no part of this act (it met （六）造成严重后果)
    ("王某2021年1月因容留他人吸毒被行政拘留，2024年3月又容留一名朋友在家中吸食冰毒一次，未获利。", "容留他人吸毒罪", "unknown"),
    # the cousin's selling is not 沈某's (his is 第三百四十九条's 包庇)
    ("沈某明知其表哥贩卖毒品，仍在公安机关调查时作假证明包庇其表哥。", "走私、贩卖、运输、制造毒品罪", "unknown"),
    # 一级文物 is past the 二级 bracket; five 一般文物 may stand for one 三级 (第十三条), unless their values differ plainly
    ("甲走私一件国家禁止出口的一级文物，经鉴定价值4万元。", "走私文物罪", "met"),
    ("辛以牟利为目的倒卖国家禁止经营的一般文物五件，交易数额3万元。", "倒卖文物罪", "unknown"),
    ("辛以牟利为目的倒卖国家禁止经营的一般文物两件，交易数额3万元。", "倒卖文物罪", "not_met"),
    # the means denied: the act alone is no 强迫劳动 (a report word quoted is no act either)
    ("公安接到“强迫劳动”报案后查明，工厂没有打骂、扣证件或限制人身自由，只是长期超时加班、拖欠加班费。", "强迫劳动罪", "unknown"),
])
def test_prostitution_forced_labour_drug_and_relic_probe_cases(law_store, text, offense, status):
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("张某无出入境证件，从云南边境小道偷越国境去缅甸，被边防民警查获。这是他第三次偷越国境。", "met"),
    # 第五条（五） 因偷越国（边）境被行政处罚后一年内又偷越: the law's 国（边）境 is the facts' 国境
    ("李某半年前因偷越国境被公安机关行政处罚，近日又从边境小道偷越出境，被查获。", "met"),
    ("李某三年前因偷越国境被公安机关行政处罚，近日又从边境小道偷越出境，被查获。", "unknown"),
    # the three who caught him are no 三人以上结伙 (国（边）境 split at its brackets left the count without words)
    ("张某偷越国境时被3名边防人员抓获。", "unknown"),
    # the 2016 海域规定（二）第三条 is for entering the territorial sea: it no longer supersedes the 2012 第五条
    ("一艘外籍渔船非法进入我国领海，经驱赶拒不离开。", "met"),
])
def test_border_crossing_is_judged_on_the_2012_interpretation(law_store, text, status):
    from .conftest import judgement
    assert judgement(law_store, text, "偷越国（边）境罪")[1]["status"] == status


def test_verification_clauses_for_one_kind_of_intermediary_are_not_general(law_store):
    """危害生产安全解释（二）第八条 is for 承担安全评价职责的中介组织的人员: read as general, a 验资 report's 重大失实 met
    its 直接经济损失一百万元以上安全事故."""
    from .conftest import judgement
    text = "注册会计师孙某严重不负责任，出具的验资报告有重大失实，致十余家供应商损失合计1300余万元。"
    assert judgement(law_store, text, "出具证明文件重大失实罪")[1]["status"] == "unknown"


def test_figures_of_an_offense_convicted_whatever_the_amount_are_higher_tiers(standards):
    """刑法第三百四十七条: 无论数量多少，都应当追究刑事责任. 毒品解释（2016）第一条's 数量大 and 第四条's 情节严重 were read as its
    filing threshold (the term stands before the first penalty of its paragraph), and 贩卖冰毒5克 would have been 未达到."""
    assert standards["std:jieshi-dupin-2016:art1"].tier == "aggravating"
    assert standards["std:jieshi-dupin-2016:art4"].tier == "aggravating"


def test_the_lightest_of_several_brackets_is_the_filing_tier():
    """刑法第三百四十八条 opens with 数量大 (七年以上) and ends with 数量较大 (三年以下): by position 数量大 was the filing tier."""
    from graph.standards import _lightest_bracket
    article = ("非法持有鸦片一千克以上、海洛因或者甲基苯丙胺五十克以上或者其他毒品数量大的，处七年以上有期徒刑或者无期徒刑，"
               "并处罚金；非法持有鸦片二百克以上不满一千克、海洛因或者甲基苯丙胺十克以上不满五十克或者其他毒品数量较大的，"
               "处三年以下有期徒刑、拘役或者管制，并处罚金")
    assert _lightest_bracket(article, article.find("数量大"), "数量大") is False
    assert _lightest_bracket(article, article.find("数量较大"), "数量较大") is True


@pytest.mark.parametrize("text,offense,status", [
    ("张某向他人贩卖冰毒5克，获利500元。", "走私、贩卖、运输、制造毒品罪", "met"),
    # 第十二条（一） 一次容留多人: 一次 is the occasion, not a count (容留一名朋友…一次 met it as one)
    ("王某在其出租屋内容留一名朋友吸食冰毒一次。", "容留他人吸毒罪", "unknown"),
    ("王某一年前曾因容留他人吸毒被公安机关行政拘留，近日又在家中容留朋友吸毒。", "容留他人吸毒罪", "met"),
])
def test_drug_clauses_of_the_2016_interpretation(law_store, text, offense, status):
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 卖淫解释（2017）第八条第四款: 引诱不满十四周岁的幼女卖淫 is 引诱幼女卖淫罪
    ("马某引诱一名十三岁幼女卖淫，是否达到立案追诉标准？", "引诱、容留、介绍卖淫罪", "not_met"),
    # the proceeds of another's selling are no selling (为其窝藏贩毒所得 is 第三百四十九条's)
    ("沈某明知朋友贩卖毒品，为其窝藏贩毒所得现金3万元，是否达到立案追诉标准？", "走私、贩卖、运输、制造毒品罪", "unknown"),
])
def test_another_offense_of_the_same_facts_is_not_met_here(law_store, text, offense, status):
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    ("船主李某收取费用后，用渔船将3名偷渡人员从福建运送至台湾海域。", "运送他人偷越国（边）境罪", "met"),
    ("张某参加由他人组织的偷渡，乘坐他人的船只出境。", "运送他人偷越国（边）境罪", "unknown"),
    ("王某策划、组织8名村民偷渡到日本打工，收取每人2万元。", "组织他人偷越国（边）境罪", "met"),
    ("赵某将自己的护照出售给他人，获利5000元。", "出售出入境证件罪", "met"),
    ("钱某为他人提供伪造的护照3本。", "提供伪造、变造的出入境证件罪", "met"),
    # 为组织他人偷越国境使用 is what 第三百一十九条's 骗取 serves, not this person's 组织
    ("袁某以劳务输出名义弄虚作假，骗取护照两份，为组织他人偷越国境使用，是否达到立案追诉标准？", "组织他人偷越国（边）境罪", "unknown"),
    # 海域规定（二）第三条（三）: …被刑事处罚后，一年内又非法进入我国领海 — the 一年内 is the next requirement's, so a dated
    # penalty asks (read without it, a penalty of 2022 and an entry of 2024 met the item)
    ("贺某2022年5月因非法进入我国领海被行政罚款，2024年2月又非法进入我国领海，经驱赶即离开。", "偷越国（边）境罪", "unknown"),
])
def test_border_offenses_without_a_threshold_are_judged_on_the_act(law_store, text, offense, status):
    """刑法第三百一十八、三百二十、三百二十一条: the act is the crime; the 2012 interpretation sets only higher tiers, and
    these offenses answered 语料中未收录."""
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("赵某在自家菜地非法种植罂粟600株。", "met"),                              # 刑法第三百五十一条（一）
    ("赵某去年种植罂粟被公安机关铲除处理后又种植罂粟50株。", "met"),              # （二）
    ("赵某在自家菜地非法种植大麻6000株。", "met"),                              # 毒品解释（2016）第九条（一）, beside it
])
def test_the_articles_own_items_hold_beside_the_interpretation(law_store, text, status):
    from .conftest import judgement
    assert judgement(law_store, text, "非法种植毒品原植物罪")[1]["status"] == status



@pytest.mark.parametrize("text,offense,status", [
    # 第十二条（六） 容留他人吸食、注射毒品造成严重后果: cut at the 、, 容留他人吸食 was an option met by any 容留
    ("张某容留他人吸毒一次。", "容留他人吸毒罪", "unknown"),
    # （四） 容留未成年人吸食、注射毒品: 注射毒品 was an option met by any injection
    ("张某容留他人在其家中注射毒品。", "容留他人吸毒罪", "unknown"),
    ("张某容留未成年人吸食冰毒。", "容留他人吸毒罪", "met"),
    # 第十三条（五） 非法提供麻醉药品、精神药品造成严重后果: 非法提供麻醉药品 was an option met by the act alone
    ("某医院药剂科主任王某违反国家规定，向吸毒人员非法提供麻醉药品杜冷丁。", "非法提供麻醉药品、精神药品罪", "unknown"),
])
def test_acts_or_things_the_law_pairs_are_not_cut_apart(law_store, text, offense, status):
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_paired_acts_read_in_the_short_form_of_the_offense_name():
    from graph.standards import _options
    assert _options("容留他人吸食、注射毒品造成严重后果") == ["容留他人吸毒造成严重后果"]
    assert _options("非法提供麻醉药品、精神药品造成严重后果") == ["非法提供麻醉药品造成严重后果", "非法提供精神药品造成严重后果"]


@pytest.mark.parametrize("text,offense,status", [
    # 枪支弹药解释 第一条（八） 多次非法制造、买卖、运输、邮寄、储存弹药、爆炸物: cut at the 、, 爆炸物 and 储存弹药 were options
    # met without 多次 by any mention
    ("张某非法储存弹药5发。", "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "unknown"),
    ("张某两次非法买卖爆炸物。", "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "unknown"),
    ("张某先后三次非法买卖爆炸物。", "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "met"),
    # 立案追诉标准（一）第二条（六） 造成毒害性、放射性、传染病病原体等危险物质丢失、被盗…: the kinds named were options
    ("张某非法买卖毒害性物质。", "非法制造、买卖、运输、储存危险物质罪", "unknown"),
])
def test_acts_listed_on_things_keep_what_is_said_of_them(law_store, text, offense, status):
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_each_listed_act_on_each_listed_thing_with_the_words_before_them():
    from graph.standards import _options
    assert _options("多次非法制造、买卖、运输、邮寄、储存弹药、爆炸物")[:3] == [
        "多次非法制造弹药", "多次非法制造爆炸物", "多次非法买卖弹药"]
    assert _options("造成毒害性、放射性、传染病病原体等危险物质丢失、被盗、被抢或者被他人利用进行违法犯罪活动") == [
        "危险物质丢失", "被盗", "被抢", "被他人利用进行违法犯罪活动"]


@pytest.mark.parametrize("text,stated", [
    ("张某先后三次非法买卖爆炸物。", True), ("张某第3次非法买卖爆炸物。", True), ("张某多次非法买卖爆炸物。", True),
    ("张某两次非法买卖爆炸物。", False), ("张某非法买卖爆炸物。", False),
])
def test_a_repeated_act_needs_the_times_that_make_it_repeated(text, stated):
    from api.verdict import find_stated
    assert (find_stated("多次非法买卖爆炸物", text) is not None) is stated


@pytest.mark.parametrize("text,offense,status", [
    # 妨害文物管理解释 第十条（二） 导致全国重点文物保护单位、省级文物保护单位的本体严重损毁或者灭失: the kinds of site were
    # options, met by any damage there
    ("文物局工作人员张某严重不负责任，未按规定巡查，致使全国重点文物保护单位内一处附属建筑墙面轻微受损。",
     "失职造成珍贵文物损毁、流失罪", "unknown"),
    # 立案追诉标准（一）第五十七条（二） 造成甲类传染病传播、流行…: 乙类 is no 甲类
    ("张某未取得医生执业资格非法行医，其诊所被发现存在乙类传染病传播风险。", "非法行医罪", "unknown"),
    # 伪劣商品解释 第八条（一） 放纵生产、销售假药或者有毒、有害食品犯罪行为: 有毒 alone was an option
    ("张某在食品加工过程中添加了国家明令禁止的有毒物质。", "放纵制售伪劣商品犯罪行为罪", "unknown"),
])
def test_kinds_grades_and_paired_qualities_are_read_whole(law_store, text, offense, status):
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_the_kinds_of_site_and_what_befell_it_are_two_requirements():
    from graph.standards import requirements_in
    site, harm = requirements_in("（二）导致全国重点文物保护单位、省级文物保护单位的本体严重损毁或者灭失的；")
    assert site.options == ["全国重点文物保护单位", "省级文物保护单位"] and harm.options == ["本体严重损毁", "灭失"]
    (spread,) = requirements_in("（二）导致乙类、丙类传染病流行、暴发的；")
    assert "乙类" not in spread.options and "乙类传染病暴发" in spread.options


@pytest.mark.parametrize("text,offense,status", [
    ("张某明知其表哥贩卖毒品，在公安机关调查时为其作假证明，包庇其贩毒行为。", "包庇毒品犯罪分子罪", "met"),
    ("张某明知其表哥贩卖毒品，在公安机关调查时为其作假证明，包庇其贩毒行为。", "走私、贩卖、运输、制造毒品罪", "unknown"),
    ("沈某帮毒贩李某将200克冰毒藏匿在自家地下室。", "窝藏、转移、隐瞒毒品、毒赃罪", "met"),
    ("沈某在家中藏有冰毒5克供自己吸食。", "窝藏、转移、隐瞒毒品、毒赃罪", "unknown"),
    ("张某在KTV引诱同事吸食冰毒。", "引诱、教唆、欺骗他人吸毒罪", "met"),
    ("张某与朋友一起吸食冰毒。", "引诱、教唆、欺骗他人吸毒罪", "unknown"),
    ("张某强迫被害人吸食冰毒。", "强迫他人吸毒罪", "met"),
    # the value of the site is the 文物 department's finding: the act alone asks for it
    ("张某等三人夜间在山坡上打盗洞，盗掘一座古墓，盗得铜镜两面。", "盗掘古文化遗址、古墓葬罪", "unknown"),
    ("经鉴定，张某盗掘的古墓葬具有历史、艺术、科学价值。", "盗掘古文化遗址、古墓葬罪", "met"),
    ("袁某以劳务输出名义弄虚作假，骗取护照两份，为组织他人偷越国境使用。", "骗取出境证件罪", "met"),
    ("袁某用虚假材料骗取签证一份，自己出国旅游。", "骗取出境证件罪", "unknown"),
])
def test_drug_relic_and_exit_offenses_whose_act_is_the_crime(law_store, text, offense, status):
    """刑法第三百一十九、三百二十八、三百四十九、三百五十三条: the interpretations set only higher tiers, and these offenses
    answered 语料中未收录; a requirement marked as the offense's act is met by the conduct table's words for it."""
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense", [
    ("曾某拒绝了朋友让其贩卖毒品的请求，自己未贩卖毒品。", "走私、贩卖、运输、制造毒品罪"),        # a request refused
    ("易某未参与贩卖毒品，仅为其表哥介绍了一名律师。", "走私、贩卖、运输、制造毒品罪"),            # 未参与
    ("群众举报某药店销售假药，经查举报不实，该药店所售药品均为合格药品。", "生产、销售、提供假药罪"),  # only reported
    ("韩某向公安机关举报其邻居非法持有枪支一支。", "非法持有、私藏枪支、弹药罪"),
    ("吕某被他人以暴力手段强迫吸食毒品。", "强迫他人吸毒罪"),                                      # the one forced
    ("阮某被他人以暴力手段强迫卖淫。", "强迫卖淫罪"),
    ("蒋某乘坐蛇头运送的船只偷越国境。", "运送他人偷越国（边）境罪"),                             # a passenger
    ("郎某明知王某贩卖毒品，作假证明包庇王某。", "走私、贩卖、运输、制造毒品罪"),                   # 王某's selling
    ("唐某明知其丈夫在家中开设赌场，未予制止。", "开设赌场罪"),
    ("黎某明知是毒品而为贩毒人员窝藏海洛因10克。", "走私、贩卖、运输、制造毒品罪"),                 # 贩毒人员 names a person
    ("马某以招募方式管理、控制两名女子卖淫。", "引诱、容留、介绍卖淫罪"),                          # no 引诱 said
])
def test_an_act_denied_refused_reported_suffered_or_another_s_is_not_met(law_store, text, offense):
    """Probe cases (session 23): each was 已达到 on words that do not say this person did the act."""
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == "unknown"


def test_a_drug_found_to_be_no_fake_drug_is_not_met(law_store):
    """经检验不属于假药，但成份含量不符合国家药品标准 is 劣药 (药品管理法第九十八条第三款): since session 27 不属于 denies the
    element's exception words too, so the element decides (it was undecided, once 已达到)."""
    from .conftest import judgement
    text = "某药店销售的中成药经检验不属于假药，但成份含量不符合国家药品标准，致一名患者轻伤。"
    assert judgement(law_store, text, "生产、销售、提供假药罪")[1]["status"] == "not_met"


@pytest.mark.parametrize("text,offense,status", [
    ("某电镀厂排放含铬废水，经检测超过国家污染物排放标准2.5倍。", "污染环境罪", "unknown"),          # 2.5 is no 5, nor 三倍
    ("许某非法持有其他非军用子弹150发。", "非法持有、私藏枪支、弹药罪", "unknown"),                # 非军用 is no 军用子弹
    ("罗某非法买卖其他非军用子弹60发。", "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "unknown"),
    # goods held are no 销售金额: since 法释〔2025〕5号 第五条（三） they count as 货值金额, at three times the sales figure
    ("某超市明知是假冒注册商标的白酒仍予以销售，库存货值20万元，尚未销售。", "销售假冒注册商标的商品罪", "met"),
    ("某超市明知是假冒注册商标的白酒仍予以销售，库存货值12万元，尚未销售。", "销售假冒注册商标的商品罪", "unknown"),
    ("吴某在山上采挖野生兰花3株出售。", "危害国家重点保护植物罪", "unknown"),                       # listed? asked
    ("吴某采挖省级重点保护野生植物5株。", "危害国家重点保护植物罪", "not_met"),
    ("陈某收购野生蛇制作标本出售，价值2万元，并非以食用为目的。", "危害国家重点保护植物罪", "unknown"),
    ("某药店从正规渠道购进的药品，事后查明系假药，药店对此不知情且有合法票据。", "生产、销售、提供假药罪", "unknown"),
    ("张某在其生产的运动鞋上使用“耐克”注册商标，持有商标权利人的书面授权，非法经营数额6万元。", "假冒注册商标罪", "not_met"),
])
def test_figures_kinds_and_elements_of_probe_cases(law_store, text, offense, status):
    """Probe cases (session 23), each 已达到 before: a decimal read from its last digits, 非军用 read as 军用, goods held
    read as sold, a plant's listing assumed, knowledge or a licence denied."""
    from .conftest import judgement
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_amounts_of_one_kind_that_may_add_up_leave_a_short_one_open(law_store):
    """刑法第二百零一条第三款 累计: two years' evasion of 6万 and 5万 was 未达到 on the first alone."""
    from .conftest import judgement
    text = "某公司2022年逃避缴纳税款6万元，占当年应纳税额的20%；2023年逃避缴纳税款5万元，占当年应纳税额的15%，经追缴通知后未补缴。"
    assert judgement(law_store, text, "逃税罪")[1]["status"] == "unknown"
    assert judgement(law_store, "某公司逃避缴纳税款6万元，占应纳税额的20%。", "逃税罪")[1]["status"] == "not_met"


@pytest.mark.parametrize("text,status", [
    ("李某患有肺结核，拒绝执行疾病预防控制机构的隔离治疗措施，造成肺结核传染病传播，一人被感染。", "unknown"),   # 乙类
    ("王某确诊霍乱后拒绝执行疾病预防控制机构的隔离治疗措施，擅自外出，造成霍乱传播，三人被感染。", "met"),
])
def test_obstructing_epidemic_prevention_needs_a_class_a_disease(law_store, text, status):
    """刑法第三百三十条: 甲类传染病 or one managed as such; 传染病传播 alone met it for 肺结核 (a probe)."""
    from .conftest import judgement
    assert judgement(law_store, text, "妨害传染病防治罪")[1]["status"] == status


def test_a_consequence_the_facts_say_the_act_did_not_cause_is_open(law_store):
    """非法行医解释 第四条第二款: a death of which the practice was not the direct, main cause (a probe: 已达到)."""
    from .conftest import judgement
    denied = "李某未取得医师资格为他人看病，就诊人死亡，经鉴定非法行医行为并非死亡的直接、主要原因。"
    assert judgement(law_store, denied, "非法行医罪")[1]["status"] == "unknown"
    assert judgement(law_store, "李某未取得医师资格为他人输液，致就诊人死亡。", "非法行医罪")[1]["status"] == "met"


@pytest.mark.parametrize("text", [
    "无医师资格人员在家中为人输液，一名患者输液后死亡，死亡原因与输液的关系正在鉴定。",
    "无医师资格人员在家中为人输液，一名患者输液后死亡，经鉴定系其自身突发心肌梗死死亡，与输液无关。",
    "无医师资格人员在家中为人输液，一名患者在输液后第三天死亡，死因不明，尚未鉴定。",
    "无医师资格人员在家中为人输液，一名患者输液后死亡，家属认为是输液导致的，医院初步意见是患者自身疾病所致。",
    "无医师资格人员为人拔牙，就诊人一个月后因交通事故死亡。",
])
def test_a_death_whose_cause_is_open_or_elsewhere_meets_no_item(law_store, text):
    """Probe 31b: a patient's death met 立案追诉标准（一）第五十七条 whatever the facts said of its cause."""
    from .conftest import judgement
    assert judgement(law_store, text, "非法行医罪")[1]["status"] == "unknown"


@pytest.mark.parametrize("text,status", [
    ("某企业占用林地12亩搭建临时彩钢棚堆放物料，林木未砍伐，林地是否毁坏尚未评估。", "unknown"),
    ("某企业未经批准占用林地12亩临时停放车辆，林木未砍伐。", "unknown"),
    ("某人占用公益林地6亩临时停放车辆，林地未毁坏，林木完好。", "unknown"),
    ("某企业非法占用商品林地12亩建设厂房。", "met"),
    ("某人在公益林地上修路，占用林地6亩。", "met"),
    ("占用并毁坏公益林地三亩、商品林地四亩建厂房", "met"),         # （三）: 3/5 + 4/10, the acts stated
])
def test_forest_land_figures_count_land_taken_by_the_acts_that_damage_it(law_store, text, status):
    """破坏森林资源解释（2023）第一条第二款 counts land taken by 第一款's acts (建房、修路、硬化…, 采石…, serious pollution or
    damage); the area alone met it for parked cars and a shed (probe 31b)."""
    from .conftest import judgement
    assert judgement(law_store, text, "非法占用农用地罪")[1]["status"] == status


def test_the_acts_a_paragraph_presupposes_are_asked_of_each_of_its_items(law_documents):
    std = {s.id: s for s in extract_standards(law_documents)}["std:jieshi-senlin-ziyuan-2023:art1:1"]
    acts = [r for a in std.alternatives for r in a.requirements if r.text == "实施前款规定的行为（毁坏）"]
    assert len(acts) == len([a for a in std.alternatives if not a.catch_all])
    assert {"建房", "修路", "硬化", "采石", "林地被严重污染", "原有植被被严重破坏", "毁坏"} <= set(acts[0].options)
    assert "原有植被" not in acts[0].options


@pytest.mark.parametrize("text,status", [
    # 枪支解释（2001/2009）第五条（二）, 立案追诉标准（一）第四条（二）: 以压缩气体等为动力的其他非军用枪支二支以上
    ("张某非法持有以压缩气体为动力的非军用枪支一支。", "unknown"),
    ("张某非法持有以火药为动力的非军用枪支一支。", "met"),
])
def test_a_gun_s_power_read_beyond_ten_characters_decides_its_item(law_store, text, status):
    """The words naming what a number counts are read back to its item's start (at most 24 characters): 压缩气体
    stood 14 characters before 一支, and the gun met the 火药 item."""
    assert judgement(law_store, text, "非法持有、私藏枪支、弹药罪")[1]["status"] == status


def test_a_sum_s_words_are_read_back_to_its_item_s_start():
    from api.verdict import extract_facts
    fact = extract_facts("已销售金额经平台后台数据核算为12.4万元，库存货值3万元")["facts"][0]
    assert "销售金额" in fact.context.partition("|")[0]
    # never into the item before: 其他公民个人信息's 2500条 is not 住宿信息
    other = extract_facts("出售住宿信息三百条、其他公民个人信息二千五百条")["facts"][1]
    assert "住宿" not in other.context.partition("|")[0]


def test_one_worker_s_months_are_a_condition_of_the_wage_clause():
    from graph.standards import conditions_in
    conds = conditions_in("拒不支付一名劳动者三个月以上的劳动报酬且数额在五千元至二万元以上的")
    assert [(c.unit, c.value) for c in conds] == [("人", 1), ("月", 3), ("元", 5000)]
    # 持续时间六个月以上 listed as an alternative is no condition of its own
    assert all(c.unit != "月" for c in conditions_in("不符合食品安全标准的食品数量较大或者生产、销售持续时间六个月以上的"))


@pytest.mark.parametrize("text,status", [
    ("某公司拒不支付一名劳动者两个月的劳动报酬，数额2.5万元，经人社局责令支付后仍不支付，负责人逃匿。", "not_met"),
    ("某公司拒不支付一名劳动者四个月的劳动报酬，数额2.5万元，经人社局责令支付后仍不支付，负责人逃匿。", "met"),
    # （一） is one worker's; （二） 十名以上: nine workers' total decides neither
    ("某公司拒不支付九名劳动者的劳动报酬，数额累计12万元，经人社局责令支付后仍不支付，负责人转移财产。", "unknown"),
    ("某公司拒不支付十二名劳动者的劳动报酬，数额累计12万元，经人社局责令支付后仍不支付，负责人转移财产。", "met"),
    # 刑法第二百七十六条之一, 拒付解释 第四条: 经政府有关部门责令支付仍不支付
    ("某公司拒不支付十二名劳动者的劳动报酬，数额累计12万元，负责人转移财产。", "unknown"),
    ("某公司拒不支付十二名劳动者的劳动报酬，数额累计12万元，负责人转移财产，人社局尚未责令支付。", "unknown"),
    ("某公司拒不支付十二名劳动者的劳动报酬，数额累计12万元，人社局责令支付后，该公司在指定期限内已全部支付。", "not_met"),
])
def test_unpaid_wages_need_one_worker_s_months_and_an_unheeded_order(law_store, text, status):
    """A probe: 一名劳动者三个月以上 was met by twelve workers' total and by two months' arrears, and no order to pay was
    ever asked for."""
    assert judgement(law_store, text, "拒不支付劳动报酬罪")[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 立案追诉标准（一）第十六条（一） counts the 伪劣产品's 销售金额: the part the text names by its quality, or none yet
    ("李某以不合格电线冒充合格产品销售，销售金额共计6万元，其中经检验不合格的电线销售金额为1万元，其余均合格。", "生产、销售伪劣产品罪", "unknown"),
    ("某厂销售以不合格产品冒充合格产品的电缆，销售金额共9万元，经抽检仅部分批次不合格，不合格批次对应的金额尚未查清。", "生产、销售伪劣产品罪", "unknown"),
    ("李某以不合格电线冒充合格产品销售，销售金额共计6万元。", "生产、销售伪劣产品罪", "met"),
    ("某店销售手机壳，销售金额共计6万元，其中明知是假冒注册商标的手机壳销售金额为2万元。", "销售假冒注册商标的商品罪", "unknown"),
    # 环境污染解释（2023）第一条（九）: the loss this party caused; a range still to be measured
    ("某公司排放污染物，造成下游公私财产损失共计三十五万元，经鉴定其中二十万元系相邻另一企业排污所致。", "污染环境罪", "unknown"),
    ("某厂排放含铅废水，经监测铅超过国家污染物排放标准二至四倍，具体倍数有待进一步检测。", "污染环境罪", "unknown"),
    # 枪支解释 第五条（三）: the brother's 20 rounds are his
    ("孙某非法持有其他非军用子弹一百九十发，其弟另持有同类子弹二十发。", "非法持有、私藏枪支、弹药罪", "unknown"),
])
def test_the_part_of_a_total_the_law_counts_and_whose_it_is(law_store, text, offense, status):
    """Probe 24h: each total was compared whole and met its clause."""
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 烟草解释（2010）第三条 is for 烟草专卖品 only: another trade's amount in facts that mention cigarettes
    ("某加油站无成品油经营许可证销售柴油，经营数额120万元，店内便利店另持烟草专卖零售许可证销售卷烟。", "非法经营罪", "unknown"),
    ("钱某无烟草专卖许可证贩卖卷烟，非法经营数额6万元。", "非法经营罪", "met"),
    # 第三条（三） 曾因非法经营烟草专卖品…受过二次以上行政处罚: penalties for another act are no such penalties
    ("孙某无烟草专卖许可证贩卖卷烟，数额3.2万元，三年内曾因无证销售酒类受过两次行政处罚。", "非法经营罪", "unknown"),
    ("某人三年内因无证贩卖卷烟受过两次行政处罚，又无证销售卷烟，非法经营数额三万五千元。", "非法经营罪", "met"),
    # 税收解释（2024）第十三条（三） 五年内因虚开发票受过…: 偷税 is another act
    ("某公司五年内因偷税受过两次行政处罚，此次又没有实际业务为他人虚开普通发票，票面金额32万元。", "虚开发票罪", "unknown"),
    ("某公司五年内因虚开发票受过两次行政处罚，此次又没有实际业务为他人虚开普通发票，票面金额32万元。", "虚开发票罪", "met"),
])
def test_a_trade_s_figures_and_penalties_hold_for_that_trade_only(law_store, text, offense, status):
    """Probe 24g: a diesel station met the tobacco figure; a wine seller's penalties met the tobacco item."""
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 刑法第一百三十四条之一: 具有发生重大伤亡事故或者其他严重后果的现实危险
    # (not yet found is not denied: asked; 不具有…现实危险 denies it)
    ("某化工企业负责人关闭可燃气体报警装置，尚未发现具有发生重大伤亡事故的现实危险。", "危险作业罪", "unknown"),
    ("某化工企业负责人关闭可燃气体报警装置，不具有发生重大伤亡事故的现实危险。", "危险作业罪", "not_met"),
    ("某化工企业负责人篡改有毒气体监测数据，现实危险尚不明确。", "危险作业罪", "unknown"),
    ("某化工企业负责人关闭可燃气体报警装置，具有发生重大伤亡事故的现实危险。", "危险作业罪", "met"),
    # 刑法第一百三十三条之一（二） 醉酒驾驶机动车, denied later in the facts
    ("王某醉酒后在道路上驾驶小汽车，后经检测血液酒精含量为六十毫克每一百毫升，未达到醉酒标准。", "危险驾驶罪", "unknown"),
    # 立案追诉标准（一）第一条（二） 公共财产或者他人财产直接经济损失五十万元以上
    ("刘某过失引起火灾，烧毁自家房屋及财物，直接经济损失六十万元，未殃及他人。", "失火罪", "unknown"),
    ("刘某过失引起火灾，烧毁邻居房屋，直接经济损失六十万元。", "失火罪", "met"),
    # 刑法第一百三十九条 拒绝执行: within the time set for correction nothing is refused
    ("某饭店经消防救援机构通知限期三十日内整改，整改期限尚未届满，饭店在整改期间继续营业，第十天发生火灾造成一人死亡。",
     "消防责任事故罪", "not_met"),
])
def test_safety_cases_read_denials_doubts_and_whose_property(law_store, text, offense, status):
    """Probe 24e: each of these was 已达到."""
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_superseded_clause_met_is_named_beside_the_newer_not_met(law_store):
    """立案追诉标准（一）第八条（2008） files at 直接经济损失五十万元; 危害生产安全解释（2015）第六条 convicts at 一百万元. At 70万
    the answer is 未达到 by the newer text, and says the older figure is reached."""
    verdict = judgement(law_store, "某机械厂生产中违反操作规程，发生设备倒塌事故，经核定直接经济损失七十万元，无人员伤亡。", "重大责任事故罪")[1]
    assert verdict["status"] == "not_met"
    assert any("五十万元" in n and "较新" in n for n in verdict["notes"])


@pytest.mark.parametrize("text,offense,status", [
    # 税收解释（2024）第四条: 各税种税款的总额; each tax alone is short of 十万元
    ("某公司2023年度少缴增值税8万元、少缴企业所得税3万元，合计占当年应纳税额12%，经税务机关下达追缴通知后拒不补缴。", "逃税罪", "unknown"),
    ("某公司少缴增值税6万元、少缴消费税2万元，逃税额占当年应纳税额15%，税务机关下达追缴通知后拒不补缴。", "逃税罪", "not_met"),
    # 非法采矿解释（2016）第六条 counts 造成矿产资源破坏的价值, not the ore's value
    ("某矿业公司违反开发利用方案，采取破坏性方法开采，开采的矿产品价值60万元，经省国土资源厅鉴定造成矿产资源破坏价值40万元。", "破坏性采矿罪", "unknown"),
    ("某采矿权人违反开发利用方案采取破坏性方法开采，开采的矿产品价值70万元，造成矿产资源破坏的价值尚未鉴定。", "破坏性采矿罪", "unknown"),
    ("某采矿权人违反开发利用方案采取破坏性方法开采，造成矿产资源破坏的价值120万元。", "破坏性采矿罪", "met"),
    ("无证开采河道砂石，矿产品价值三十五万元。", "非法采矿罪", "met"),
    # 税收解释（2024）第十一条 counts the 税款, not the 票面金额
    ("某公司虚开普通发票（不用于抵扣税款），票面金额合计四十八万元，共九十份。", "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
])
def test_sums_the_law_adds_up_or_tells_apart(law_store, text, offense, status):
    """Probe 24h: the taxes were read one at a time (未达到), the ore's value and the invoices' face value as the sum counted."""
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # 森林资源解释（2023）第二条: （一） 一级 一株 or 立木蓄积一立方米; （二） 二级 二株 or 二立方米; （四） 价值二万元
    ("某人非法收购国家二级保护野生植物樟树木材，立木蓄积一点五立方米，价值八千元。", "unknown"),
    ("某人非法收购国家一级保护野生植物红豆杉木材，立木蓄积一点五立方米。", "met"),
    ("某人非法收购国家二级保护野生植物樟树木材，立木蓄积二点五立方米。", "met"),
])
def test_a_plant_s_grade_holds_for_every_figure_of_its_item(law_store, text, status):
    """Probe 24h: a 二级 plant's 1.5立方米 met （一）2 立木蓄积一立方米, the 一级 item's second figure."""
    assert judgement(law_store, text, "危害国家重点保护植物罪")[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 刑法第一百三十五条 …因而发生重大伤亡事故; 危害生产安全解释（二）第七条（一） the false report 造成 the accident
    ("某公司安全生产条件不符合国家规定，护栏老化未更换，但事故系外来车辆撞击厂房所致，造成两名工人死亡。", "重大劳动安全事故罪", "unknown"),
    ("某公司安全生产条件不符合国家规定，护栏老化未更换，造成两名工人坠落死亡。", "重大劳动安全事故罪", "met"),
    ("某安全评价机构评价师故意出具虚假安全评价报告，企业后来发生爆炸事故造成一人死亡，经调查事故系员工违章吸烟引发，与评价报告内容无关。",
     "提供虚假证明文件罪", "unknown"),
])
def test_a_consequence_put_down_to_another_cause_asks_for_causation(law_store, text, offense, status):
    """Probe 24e: deaths met the items though the facts gave them another cause."""
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("张某驾驶小型汽车与行人相撞，致行人死亡，经交警部门认定张某负事故全部责任。", "met"),
    ("张某醉酒驾驶轿车撞伤行人致其重伤，张某负事故全部责任。", "met"),
    ("张某驾驶货车致一人重伤，负事故主要责任，其没有驾驶证。", "met"),
    # 持有驾驶证 is no 无驾驶资格, and nothing else of 第二款 is stated: open
    ("张某驾驶货车撞伤一人致其重伤，张某负事故主要责任，张某持有驾驶证，未饮酒，事后未逃离现场，车辆未超载，车况良好。", "unknown"),
    ("张某驾驶小型汽车撞死一人，交警认定双方负同等责任。", "unknown"),          # （二） is three deaths
])
def test_traffic_accidents_are_judged_on_the_2000_interpretation(law_store, text, status):
    """交通肇事罪 has no 立案追诉标准 article; 交通肇事解释（2000）第二条 names no 刑法 article, so its items are curated
    (corpus/data/statutory_standards.yaml). Before, every accident was 语料未收录."""
    from .conftest import judgement
    assert judgement(law_store, text, "交通肇事罪")[1]["status"] == status


def test_the_clause_that_opens_an_item_holds_for_each_amount_after_it():
    """立案追诉标准（一）第六十三条（二）: the 苗种、怀卵亲体 or 保护区 that open the item hold for 价值五百元 too (read for
    the first amount only, any catch worth 500 元 met it); 刑法 2004 解释 第四条（三）: 两项以上 for 违法所得五万元 too."""
    docs = [d for d in load_corpus(BUNDLED_CORPUS).documents if d.id in ("lian-zhuisu-biaozhun-1", "xingfa",
                                                                         "jieshi-zhishi-chanquan-2004")]
    found = {s.id: s for s in extract_standards(docs)}
    fishing = [a for a in found["std:lian-zhuisu-biaozhun-1:art63"].alternatives if a.label.startswith("（二）")]
    assert len(fishing) == 4 and all(any("苗种" in o for r in a.requirements for o in r.options) for a in fishing)
    patent = [a for a in found["std:jieshi-zhishi-chanquan-2004:art4"].alternatives if a.label.startswith("（三）")]
    assert len(patent) == 2 and all(any("两项以上" in r.text for r in a.requirements) for a in patent)
