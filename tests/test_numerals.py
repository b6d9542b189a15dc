import pytest

from corpus.numerals import article_label, parse_article_label, parse_chinese_int, parse_ordinal, to_chinese_int
from graph.citations import find_citations


@pytest.mark.parametrize("text,value", [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("一百三十四", 134),
    ("二百六十四", 264), ("四百五十一", 451), ("一千零一", 1001), ("一〇五", 105), ("134", 134),
    ("三万", 30_000), ("十万", 100_000), ("三万五千", 35_000), ("一亿二千万", 120_000_000), ("两千", 2000),
])
def test_parse_chinese_int(text, value):
    assert parse_chinese_int(text) == value


@pytest.mark.parametrize("text,value", [
    ("一千二", 1200), ("三百五", 350), ("两万三", 23000), ("3万5", 35000), ("一千零二", 1002), ("一万零五百", 10500),
    ("一千二百", 1200), ("二十五", 25)])
def test_the_spoken_elision_of_the_last_unit(text, value):
    """一千二 is 1,200 as officers say it (it was read as 1,002, and 三百五 as 305); 1,002 is written 一千零二."""
    assert parse_chinese_int(text) == value


def test_an_article_number_is_never_elided():
    # a judgment's 第三百三条 is 第三百零三条 (开设赌场罪), not 330; session 38's elision had moved one training label
    assert parse_ordinal("三百三") == 303 and parse_chinese_int("三百三") == 330
    assert parse_article_label("第三百三条第二款") == (303, 0, "第三百三条")
    cited = find_citations("依照《中华人民共和国刑法》第三百三条第二款，第二十五条第一款")
    assert [(c.number, c.clause) for c in cited][:1] == [(303, 2)]


@pytest.mark.parametrize("text,values", [
    ("已经卖出去三万二，仓库里没卖的货值六万。", [32000, 60000]), ("价值一千二。", [1200])])
def test_sums_said_without_yuan_after_sales_words(text, values):
    """卖出去三万二 and 货值六万 are sums (probe: 伪劣产品 sold ×3 plus stock was never computed)."""
    from corpus.quantities import find_quantities
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(v, "元") for v in values]


@pytest.mark.parametrize("text,read", [
    ("黑火药八两", [(0.4, "千克")]), ("一共3斤2两", [(1.6, "千克")]), ("二两白酒", [(0.1, "千克")]), ("两辆车", []),
    ("一两个人", [(1.0, "人")]), ("他们两人", [(2.0, "人")])])
def test_liang_is_a_weight_and_yi_liang_a_rough_count(text, read):
    """两 after a number is 50克 (八两 was not read); 一两个人 is one or two people (it was read as 12)."""
    from corpus.quantities import find_quantities
    assert [(round(q.value, 3), q.unit) for q in find_quantities(text)] == read


def test_parse_rejects_non_numbers():
    with pytest.raises(ValueError):
        parse_chinese_int("条文")


@pytest.mark.parametrize("value", [1, 9, 10, 11, 20, 100, 101, 110, 134, 264, 305, 1000, 1010, 1234])
def test_round_trip(value):
    assert parse_chinese_int(to_chinese_int(value)) == value


def test_article_labels():
    assert parse_article_label("第一百三十四条之一 在生产") == (134, 1, "第一百三十四条之一")
    assert parse_article_label("第三条 法律") == (3, 0, "第三条")
    assert parse_article_label("第12条 x") == (12, 0, "第12条")
    assert parse_article_label("依照第三条") is None
    assert article_label(134, 1) == "第一百三十四条之一"
    assert article_label(10) == "第十条"


@pytest.mark.parametrize("text,kilograms", [("五十千克以上", 50), ("十千克", 10), ("一百五十千克", 150), ("二百千克", 200),
                                            ("五千克", 5), ("两千克", 2), ("一万五千克", 15), ("五十克", 0.05)])
def test_kilograms_written_after_tens(text, kilograms):
    """五十千克 is fifty kilograms: read as 五十千 (1,050) 克 it was 1.05 kg, under a 五百公斤 threshold."""
    from corpus.quantities import find_quantities
    (q,) = find_quantities(text)
    assert q.unit == "千克" and q.value == pytest.approx(kilograms)


@pytest.mark.parametrize("text,value,unit", [
    ("1万2千元", 12000, "元"), ("十二点五万元", 125000, "元"), ("一点二万元", 12000, "元"), ("二十余万元", 200000, "元"),
    ("公民个人信息五千余条", 5000, "条"), ("三百余只", 300, "只"), ("十元", 10, "元")])
def test_amounts_as_officers_write_them(text, value, unit):
    """1万2千元 was read as 2千元 and 十二点五万元 as 12.5 元; 五千余条 was not read at all."""
    from graph.standards import find_measures
    (q,) = find_measures(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["损失数万元", "获利上万元", "几百万元", "几十万元", "数十万元", "上十万元"])
def test_a_scale_without_a_digit_is_no_amount(text):
    """数万元 had become a fact of 0 元, below every threshold: a firm 未达到 from a vague amount."""
    from graph.standards import find_measures
    assert find_measures(text) == []


@pytest.mark.parametrize("text,low,high,unit", [
    ("违法所得五千至一万元以上", 5000, 10000, "元"), ("五至十万元", 50_000, 100_000, "元"),
    ("三十万至五十万元以上", 300_000, 500_000, "元"), ("淫秽扑克、书刊、画册一百至二百副（册）以上", 100, 200, "副"),
    ("组织播放淫秽影、像达十至二十场次以上", 10, 20, "场次"), ("盗伐二至五立方米以上", 2, 5, "立方米"),
    ("一至二吨以上", 1000, 2000, "千克"),
])
def test_a_range_with_its_unit_written_once_has_both_ends(text, low, high, unit):
    """五千至一万元以上 is a range the provinces fix a figure in; read alone, 一万元 became the threshold and
    八千元 a firm 未达到."""
    from graph.standards import conditions_in
    (c,) = conditions_in(text)
    assert (c.value, c.upper, c.unit) == (low, high, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("过火有林地面积二公顷以上", 30, "亩"), ("警用号牌一副以上", 1, "副"), ("成套制式服装三十套以上", 30, "套"),
    ("组织播放二十场次", 20, "场次"), ("造成十户以上家庭的房屋", 10, "户"), ("携带管制刀具二十把以上", 20, "把"),
    ("警棍五十根以上", 50, "根"), ("损毁名胜古迹三处以上", 3, "处"),
])
def test_units_of_filing_thresholds_are_read(text, value, unit):
    """Thresholds in 公顷 (15 亩 each), 副, 套, 场次, 户, 把, 根 and 处 were no measures: the whole item became one
    requirement, and 造成森林火灾 alone met 过火有林地面积二公顷以上 (立案追诉标准（一）第一条（四）)."""
    from corpus.quantities import find_quantities
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


def test_a_rank_is_no_count():
    """国家一级保护野生植物: 一级 is a rank, not a measure of 1."""
    from corpus.quantities import find_quantities
    assert [q.unit for q in find_quantities("危害国家一级保护野生植物1株")] == ["株"]


@pytest.mark.parametrize("text,low,high", [
    ("非法经营数额四万元至六万元", 40_000, 60_000), ("非法经营数额四至六万元", 40_000, 60_000),
    ("非法经营数额四万到六万元", 40_000, 60_000), ("销售金额4万元-6万元", 40_000, 60_000),
    # the unit once, a dash between (probe 53c LC39: 约1.7—2.4公顷 met 二公顷 on its upper end)
    ("过火有林地约1.7—2.4公顷", 25.5, 36.0), ("参与人数3~5人", 3, 5),
])
def test_a_range_in_the_facts_is_one_amount_between_its_ends(text, low, high):
    from api.verdict import extract_facts
    (fact,) = extract_facts(text)["facts"]
    assert (fact.quantity.value, fact.quantity.upper) == (low, high)


@pytest.mark.parametrize("text,status", [
    ("非法经营数额四万元至六万元", "unknown"), ("非法经营数额四万到六万元", "unknown"),
    ("非法经营数额六万至八万元", "met"), ("非法经营数额三万至四万元", "not_met"),
])
def test_a_range_in_the_facts_decides_only_where_both_ends_agree(text, status):
    """Read as two amounts, the top end met 五万元以上 for 四万元至六万元, whose bottom falls short."""
    from api.verdict import evaluate_alternative, extract_facts
    from graph.standards import conditions_in
    from graph.standards import Alternative
    alternative = Alternative("", "非法经营数额在五万元以上", conditions_in("非法经营数额在五万元以上")).__dict__
    alternative = {**alternative, "conditions": [c.to_dict() for c in alternative["conditions"]], "requirements": []}
    assert evaluate_alternative(alternative, extract_facts(text))["status"] == status


@pytest.mark.parametrize("text,value", [
    ("骗取医保基金人民币壹万贰仟元。", 12000), ("偷逃应缴税款玖万捌仟元。", 98000), ("盗窃价值贰佰元的财物", 200), ("拾万元", 100000),
])
def test_sums_in_financial_numerals_are_read(text, value):
    """Probe 29a: 壹万贰仟元 (the receipts' and judgments' hand) was read as no number, and a stated sum was asked for."""
    from corpus.quantities import find_quantities
    assert [q.value for q in find_quantities(text)] == [value]


@pytest.mark.parametrize("text,low,high", [
    # probe 30a: a denied 超过 read as 超过 met 五万元以上; 不低于 read as 低于 cleared it
    ("销售金额未超过5万元", 0, 50_000), ("从未超过5万元", 0, 50_000), ("没有超过5万元", 0, 50_000),
    ("不高于5万元", 0, 50_000), ("5万元以内", 0, 50_000),
    ("不低于5万元", 50_000, float("inf")), ("不少于5万元", 50_000, float("inf")), ("超过5万元", 50_000, float("inf")),
])
def test_denied_comparisons_turn_the_bound_round(text, low, high):
    from corpus.quantities import find_quantities, value_range
    (q,) = find_quantities(text)
    assert value_range(q.value, q.qualifier) == (low, high)


def test_a_window_of_years_is_no_bound():
    from corpus.quantities import find_quantities
    assert [q.qualifier for q in find_quantities("二年以内三次")] == [None, None]


@pytest.mark.parametrize("text,read", [
    ("经营额五万二千块", [(52000, "元")]), ("获利1万5千块", [(15000, "元")]), ("卖了三块", [(3, "元")]),
    ("砖5000块", []), ("手表3块", []),                      # a bare 块 is money only after words of money
    ("影视作品120部", [(120, "部")]), ("其中一部分", []), ("三部门联合", [])])
def test_spoken_yuan_and_counted_works(text, read):
    from corpus.quantities import find_quantities
    assert [(q.value, q.unit) for q in find_quantities(text)] == read



def test_mu_in_tenths_and_hundredths():
    from corpus.quantities import find_quantities
    mu = [(q.value, q.raw) for q in find_quantities("第一次占用四亩五分，第二次占用3亩2分5厘") if q.unit == "亩"]
    assert mu == [(4.5, "四亩五分"), (3.25, "3亩2分5厘")]
    assert [q.value for q in find_quantities("占地5亩，三分之一硬化") if q.unit == "亩"] == [5.0]


@pytest.mark.parametrize("text,low,high", [
    ("召集十几个人轮流打牌", 11, 19),      # 十几: eleven to nineteen
    ("三四个人", 3, 4),                    # neighbouring digits: three or four, not 34
    ("十三四人", 13, 14),
    ("五六千元", 5000, 6000),
    ("十几万元", 100_000, 200_000),        # more than 十万, less than 二十万
    # after higher places, and 两 as the first (probe 43a X34: 一百四五十人 was read as 150)
    ("一百四五十人", 140, 150),
    ("一千二三百元", 1200, 1300),
    ("四五十万元", 400_000, 500_000),
    ("两三次", 2, 3),                      # not 23
])
def test_rough_numbers_are_ranges(text, low, high):
    from graph.standards import find_measures
    q = find_measures(text)[0]
    assert (q.value, q.upper, q.approx) == (low, high, True)


@pytest.mark.parametrize("text,value", [("两千三百元", 2300), ("一百二十三人", 123), ("二十三次", 23), ("一万二千三百元", 12300)])
def test_exact_numbers_are_no_ranges(text, value):
    from graph.standards import find_measures
    q = find_measures(text)[0]
    assert (q.value, q.upper, q.approx) == (value, None, False)


@pytest.mark.parametrize("text,value,unit", [
    ("他叫了三个朋友", 3, "人"),            # 个 before people counts people
    ("十多个人", 10, "人"),
    ("估价1200，够不够", 1200, "元"),        # a sum said without 元 after the word of its value
    ("对方吓得转了2000。", 2000, "元"),
    ("先后三回", 3, "次"),
])
def test_officers_counts_and_sums(text, value, unit):
    from graph.standards import find_measures
    q = find_measures(text)[0]
    assert (q.value, q.unit) == (value, unit)


def test_no_count_in_a_turn_of_phrase():
    from graph.standards import find_measures
    assert find_measures("这是一回事") == [] and find_measures("这回他又来了") == []


@pytest.mark.parametrize("text", ["拒不支付工人2025年5月、6月两个月工资", "拖欠工人3月、4月、5月工资", "拖欠6月份工资"])
def test_a_months_name_is_no_span_of_months(text):
    """5月、6月, 6月份 name months; a span is written 两个月 (probe 53b LB15 read 6月 as six months unpaid)."""
    from api.verdict import extract_facts
    assert [f.quantity.raw for f in extract_facts(text)["facts"] if f.quantity.unit == "月"] in ([], ["两个月"])


def test_phone_typed_text_reads_spaces_as_commas_and_mends_ocr_digits():
    """Officers type fast on a phone or paste a scan: 两名工人重伤 无人死亡 is two clauses (read as one, 无人死亡's 死亡 was
    counted on the 两名), and 2O25年, O8年, l5克 are 2025年, 08年, 15克. A number set apart (共 12 人) and Latin words stay."""
    from api.typed_text import normalized
    assert normalized("两名工人重伤 无人死亡") == "两名工人重伤，无人死亡"
    assert normalized("2O25年6月 货车") == "2025年6月，货车"
    assert normalized("引用O8年的标准，净重l5克") == "引用08年的标准，净重15克"
    assert normalized("共 12 人，Word 文档") == "共 12 人，Word 文档"


def test_checkbox_fields_read_as_what_was_ticked():
    """A form's yes-or-no boxes say the fact or its denial; unticked choices say nothing (api/checkboxes.py, probe 59c)."""
    from api.checkboxes import read_ticks
    assert read_ticks("一年内是否受过抢夺行政处罚：□是 ☑否；") == "一年内未受过抢夺行政处罚；"
    assert read_ticks("是否为他人谋取利益：☑是。") == "为他人谋取利益。"
    assert read_ticks("有无前科：□有 ☑无。") == "无前科。"
    assert read_ticks("种类：☑白酒 □啤酒。") == "种类：白酒。"
    assert "食用" not in read_ticks("收购用途：□食用 □观赏 □药用。")
    assert "未明确" in read_ticks("有无前科：☑有 ☑无。")
    assert read_ticks("没有方框的文字，是否构成犯罪？") == "没有方框的文字，是否构成犯罪？"


def test_a_draft_reads_as_finally_edited():
    """Tracked changes (api/tracked_changes.py, probe 60b): struck words and a revised original go, added words stay."""
    from api.tracked_changes import final_wording
    assert final_wording("原稿：“已销售金额6.2万元。”修改为：“已销售金额3.1万元。”") == "已销售金额3.1万元。"
    assert final_wording("被县【删除：卫生健康局】【增加：市场监督管理局】罚款") == "被县市场监督管理局罚款"
    assert final_wording("货值~~8万元~~5万元") == "货值5万元"
    assert final_wording("没有修订痕迹的文字。") == "没有修订痕迹的文字。"


def test_one_item_of_a_batch_is_the_case():
    """A batch list whose question names one item (api/batch_items.py, probe 60a): the other items are cut."""
    from api.batch_items import focused
    text = "线索清单：①赵某：占用商品林地8亩。②钱某：毁坏公益林地6亩。③孙某：挖塘4亩。乡镇意见：应移送。就第①项赵某而言，请问是否达到？"
    assert focused(text) == "线索清单：①赵某：占用商品林地8亩。就第①项赵某而言，请问是否达到？"
    assert "钱某" in focused(text.replace("①赵某", "①赵某").replace("就第①项赵某而言，", ""))     # no item named: as it is
    text = "汇总：1. 周某：盗窃800元。2. 吴某：盗窃价值400元，又盗窃500元。3. 郑某：盗窃3600元。就第2项吴某而言，请问？"
    assert focused(text) == "汇总：2. 吴某：盗窃价值400元，又盗窃500元。就第2项吴某而言，请问？"


def test_a_thread_is_read_by_its_newest_message():
    """Quoted older messages (> …) are left out (api/mail_thread.py, probe 60c)."""
    from api.mail_thread import newest_said
    text = "回复：关于某案\n损失核定为24万元。\n> ——原始邮件——\n> 损失总额62万元。\n请问？"
    assert "62万元" not in newest_said(text) and "24万元" in newest_said(text)
    assert newest_said("没有引用的文字。") == "没有引用的文字。"


def test_a_foreign_sum_is_converted_at_the_rate_the_text_states():
    """api/exchange_rates.py (probe 59b): only a rate the text states converts; a price, a sum already converted beside
    it, a currency with no rate and one with two different rates stay as they are."""
    from api.exchange_rates import with_stated_conversions as converted
    assert "500美元（按所述汇率折合人民币3570元）" in converted("实际转账500美元。按转账日汇率1美元=7.14元人民币计算。")
    assert "港币1200元（按所述汇率折合人民币1092元）" in converted("内有港币1200元。1港币折合0.91元人民币。")
    assert "日元40万元（按所述汇率折合人民币1.92万元）" in converted("收受日元40万元。100日元折合4.8元人民币。")
    assert "41万美元（按所述汇率折合人民币291.92万元）" in converted("货值41万美元，按1美元兑人民币7.12元。")
    already = "利息港币52万元（按1港币=0.92元人民币折算47.84万元）。"
    assert converted(already) == already
    price = "按每盒120美元售出。1美元=7.1元人民币。"
    assert converted(price) == price
    assert converted("转账500美元。") == "转账500美元。"
    two_rates = "转账500美元，先按1美元=7.1元，后按1美元=7.2元人民币。"
    assert converted(two_rates) == two_rates
    assert "1100欧元（按所述汇率折合人民币8580元）两笔" in converted("1100欧元两笔。1欧元=7.8元人民币。")


def test_a_memo_is_read_without_the_cases_it_cites():
    """api/cited_cases.py (probe 61a): a cited case runs to 本案 or to its outcome's sentence; 参照有关规定立案 cites none."""
    from api.cited_cases import present_case
    memo = "类案对比：参照2022年某区法院审结的周某污染环境案，周某倾倒废矿物油4.5吨，被判处有期徒刑一年。本案：邓某倾倒废液约三吨。"
    assert "4.5吨" not in present_case(memo) and "本案：邓某倾倒废液约三吨。" in present_case(memo)
    after = "王某销售伪劣产品3万元。参照李某案，李某销售金额8万元，被判处有期徒刑十个月。请问？"
    assert "8万元" not in present_case(after) and "3万元" in present_case(after)
    plain = "公安机关参照有关规定立案，本案：张某盗窃2000元。"
    assert present_case(plain) == plain


def test_a_note_is_said_beside_the_figure_it_marks():
    """api/footnotes.py (probe 61b): （注1）, a cell 注1 and ※ take their notes; a note no mark points at stays."""
    from api.footnotes import with_notes
    text = "项目｜金额\n流水合计｜28.6万元（注1）\n租卡费｜8000元\n注1：其中9.5万元为本人工资。\n注2：仅一人使用。"
    read = with_notes(text)
    assert "28.6万元（注：其中9.5万元为本人工资）" in read and "注1：" not in read and "注2：仅一人使用。" in read
    assert "0.8｜（注：王某否认收到）" in with_notes("笔次｜金额\n2｜0.8｜※\n※王某否认收到。")
    assert with_notes("没有注释的文字。") == "没有注释的文字。"


def test_a_tables_unit_is_given_to_its_bare_figures():
    """api/tables.py (probe 61b): a column's unit, a table's declared unit (千元 said in 元), never a count column."""
    from api.tables import linearized
    assert "销售4.2万元" in linearized("【统计表】单位：万元\n项目｜金额\n销售｜4.2\n库存｜2.9")
    assert "认定价格1900元" in linearized("序号｜物品｜认定价格\n1｜电动车｜1.90\n2｜手机｜2.60\n本表金额单位均为千元。")
    assert "（1）份数20，发票4.75万元" in linearized("单位：万元\n项目｜份数｜金额\n发票｜20｜4.75\n退票｜3｜0.5")
    assert "损失（元）9000元" in linearized("农户｜损失（元）\n1号｜17,000\n2号｜9,000")


def test_traditional_characters_are_read_in_simplified_ones():
    """corpus/simplified.py (probe 61c): 參 in a numeral is 叁, 圓 after a figure is 元; simplified text is unchanged."""
    from corpus.simplified import simplified
    assert simplified("涉案金額為新台幣參拾伍萬元") == "涉案金额为新台币叁拾伍万元"
    assert simplified("人民币叁拾伍万圆整") == "人民币叁拾伍万元整"
    assert simplified("情节显著轻微，检修结束后参加会议") == "情节显著轻微，检修结束后参加会议"


def test_an_outline_is_read_for_the_party_asked_about():
    """api/outline.py (probe 62a): the all-case summary and the other parties' items go; the victim's item stays."""
    from api.outline import focused_on_party
    text = ("派出所情况汇报\n一、总体情况：抓获3名，共盗窃电缆价值6800元。\n二、个人情况\n（一）赵某：窃取电缆价值1200元。\n"
            "（二）被害人：身份未查明。\n（三）钱某、孙某：共同盗窃价值5600元。\n三、说明：本省标准为2000元。\n就赵某，请问是否达到盗窃罪立案追诉标准？")
    read = focused_on_party(text)
    assert "6800元" not in read and "5600元" not in read
    assert "1200元" in read and "被害人" in read and "本省标准为2000元" in read and read.endswith("立案追诉标准？")
    assert focused_on_party("没有提纲的文字。就赵某，请问？") == "没有提纲的文字。就赵某，请问？"


def test_a_system_export_is_read_as_sentences():
    """api/system_exports.py (probe 62c): fields said 名称：值, a sum's figure in 元 or its record's 单位, null 未填, CSV a table."""
    from api.system_exports import as_prose
    read = as_prose('{"嫌疑人":"尤某","时间":"2024-11","流水金额":380000,"单位":"元","证人":null,"处罚":[]}\n请问？')
    assert read.startswith("嫌疑人：尤某；时间：2024年11月；流水金额380000元；证人：未填；处罚：无。")
    assert as_prose("嫌疑人=雷某; 价值=12000元\n请问？").startswith("嫌疑人：雷某；价值：12000元。")
    assert "账户组｜账户数｜占比\nA组｜6｜16.8%\nB组｜2｜6.2%" in as_prose("账户组,账户数,占比\nA组,6,16.8%\nB组,2,6.2%\n请问？")
    assert as_prose("没有导出数据的文字，也没有等号。") == "没有导出数据的文字，也没有等号。"


def test_english_fields_currencies_and_units_are_read_in_chinese():
    """api/english_fields.py (probe 62b)."""
    from api.english_fields import in_chinese
    assert in_chinese("Qty 800 pairs，Unit Price USD 9.50，Total USD 7,600") == "数量800双，单价9.50美元，合计7600美元"
    assert in_chinese("Net Weight 3.5 MT；RMB 52,000；USD 1=RMB 7.10") == "净重3.5吨；人民币52000元；1美元=人民币7.10元"
    assert in_chinese("Imatinib 400mg，Hg 20 mg/kg") == "Imatinib 400mg，Hg 20 mg/kg"
    assert in_chinese("没有英文的文字。") == "没有英文的文字。"


def test_a_markdown_page_is_read_as_it_now_stands():
    """api/markdown_notes.py (probe 63a): struck words and their arrow go, emphasis and headings are plain, a table's
    rule line is no row, [^1] is 注1, a task item says whether it is done; a quoted line is left for the thread reader."""
    from api.markdown_notes import as_read
    assert as_read("- ~~合计约0.6公顷~~ → 合计4000平方米") == "- 合计4000平方米"
    assert as_read("## 案件wiki\n**结论**：不合格") == "案件wiki\n结论：不合格"
    assert as_read("| 项目 | 金额 |\n|---|---|\n| 已售 | 3万元 |") == "| 项目 | 金额 |\n| 已售 | 3万元 |"
    assert as_read("待售（按标价）[^1]\n[^1]: 标价经核对") == "待售（按标价）（注1）\n注1：标价经核对"
    assert as_read("- [ ] 调取发票\n- [x] 核查注册证") == "（待办，尚未完成）调取发票\n（已完成）核查注册证"
    assert as_read("> 所里同事：两次合计一万") == "> 所里同事：两次合计一万"
    assert as_read("没有标记的文字，比如甲-乙。") == "没有标记的文字，比如甲-乙。"


def test_a_figure_given_against_another_is_worked_out():
    """api/relative_figures.py (probe 63b): a difference, a share in 成 and a multiple or half of an earlier figure that
    the text names; a reference with no figure, or an approximate one, stays as written."""
    from api.relative_figures import worked_out
    assert worked_out("卡A流入资金9.6万元，卡B比卡A少2.4万元") == "卡A流入资金9.6万元，卡B7.2万元（按比卡A少的差额算出）"
    assert "二期54.6万元" in worked_out("首期42万元，二期比首期多三成。")
    assert "第三块90株（按第一块的一半算出）" in worked_out("第一块180株，第二块比第一块多70株，第三块是第一块的一半。")
    assert "第二块250株" in worked_out("第一块180株，第二块比第一块多70株，第三块是第一块的一半。")
    assert "数额1600元（按微信转账的两倍算出）" in worked_out("微信转账800元，次日又交付现金，数额是微信转账的两倍。")
    assert "丁交的钱400元" in worked_out("丙交1,200元，丁交的钱比丙少800元。")      # separators still in: 1,200 is 1200
    assert "B地3公顷" in worked_out("A地2.5公顷，B地比A地多0.5公顷。")
    # a difference from a figure the text does not give is no figure of its own (probe 67a ZA11: 轻伤人数比重伤人数少一人)
    assert worked_out("乙比甲多3000元。") == "乙比甲多（差额，未换算）。"
    assert worked_out("5人中轻伤人数比重伤人数少一人。") == "5人中轻伤人数比重伤人数少（差额，未换算）。"
    assert worked_out("申报数量虚报为实际的近三倍。") == "申报数量虚报为实际的近三倍。"


def test_former_and_latter_are_read_as_the_names_they_stand_for():
    """api/referents.py (probe 63c): the pair named together before 前者, or the only two named; else as written."""
    from api.referents import named
    assert named("毕某与郝某同乘航班入境。前者查获手镯2只，后者查获雕件1件。") == "毕某与郝某同乘航班入境。毕某查获手镯2只，郝某查获雕件1件。"
    assert "乙餐饮公司厨房起火" in named("甲商贸公司与乙餐饮公司同在某楼经营，前者在一层，后者在二层。同年8月，后者厨房起火。")
    assert named("甲砖厂经营者龚某与其合伙人程某招用工人，前者负责生产，后者负责招工。").endswith("龚某负责生产，程某负责招工。")
    assert "李晓因违约被罚款" in named("李晓与李晓东二人原系同事。前者因违约被罚款，后者未受处理。")
    assert named("两案中，前者较重，后者较轻。") == "两案中，前者较重，后者较轻。"


def test_penalties_listed_by_rank_are_counted_and_dated_by_when_they_took_effect():
    """api/ranked_penalties.py (probe 63a VA31): 第1次…第2次 is two penalties; a 生效 date over the decision's date."""
    from api.ranked_penalties import ranked_penalties, within_years
    text = ("第1次行政处罚（走私）：决定书落款2024年3月25日，2024年4月9日送达生效。\n第2次行政处罚（走私）：2024年10月生效。\n"
            "2025年4月2日，邹某再次携带化妆品入境。")
    ranked = ranked_penalties(text)
    assert [p.rank for p in ranked] == [1, 2] and ranked[0].when.group(0) == "2024年4月9日"
    assert within_years(ranked, 1, 2, text)[0] == "met"
    later = text.replace("2024年4月9日送达生效", "2024年3月28日送达生效").replace("2025年4月2日", "2025年4月20日")
    assert within_years(ranked_penalties(later), 1, 2, later)[0] == "not_met"
    assert ranked_penalties("第二次行政处罚：2024年10月。") == []
    impossible = text.replace("2024年4月9日送达生效", "2024年2月30日送达生效")     # no such day: undated, not an error
    assert within_years(ranked_penalties(impossible), 1, 2, impossible) is None


def test_a_half_after_a_measure_and_rounds_counted_are_read_as_said():
    """corpus/quantities.py (probe 65a): 一亩半 is 1.5亩 and 约一亩半到两亩 a range from it; 半挂车 is no half; 共计250局
    counts rounds of a game, no sum of money."""
    from api.verdict import extract_facts

    def read(text):
        return [(f.quantity.value, f.quantity.upper, f.quantity.unit) for f in extract_facts(text)["facts"]]
    assert read("估计约一亩半到两亩") == [(1.5, 2.0, "亩")]
    assert read("三斤半") == [(1.75, None, "千克")]
    assert read("两吨半挂车一辆") == [(2000.0, None, "千克")]
    assert read("记账本逐局记载共计250局") == []
    assert read("修车花了1800") == [(1800.0, None, "元")]


def test_a_rounded_restatement_in_brackets_gives_way_to_the_figure():
    """api/verdict.py (probe 65a XA05, XA08): 99,960元（约合10万元） and 9.52%（报告摘要中写作“约10%”） are the stated
    figures; a bracket that gives another figure of its own is kept."""
    from api.verdict import extract_facts

    def raws(text):
        return [f.quantity.raw for f in extract_facts(text)["facts"]]
    assert raws("矿产品价值为99,960元（约合10万元）。") == ["99960元"]
    assert raws("逃税占应纳税额的9.52%（报告摘要中写作“约10%”）。") == ["9.52%"]
    assert raws("销售金额4万元（另有库存货值3万元）。") == ["4万元", "3万元"]


def test_the_one_drug_named_goes_with_a_bare_net_weight():
    """api/drug_kind.py (probe 65a XA32): a net weight said apart from the drug's name takes it; a gross weight, a
    wrapping's weight or a bound (不足十克) does not, nor any weight where two drugs are named."""
    from api.drug_kind import with_drug_kind
    from api.verdict import extract_facts

    def carried(text):
        facts = with_drug_kind(text, extract_facts(text)["facts"])
        return [f.quantity.raw for f in facts if f.context.startswith("甲基苯丙胺，")]
    text = "经鉴定均检出甲基苯丙胺成分。两个包装袋各重0.4克，扣除包装后净重合计恰为10.0克。"
    assert carried(text) == ["10.0克"]
    assert carried("经鉴定检出甲基苯丙胺成分。11.2克系连同三个塑封袋称得的毛重。") == []
    assert carried("检出甲基苯丙胺成分。辩护人提出，纯量远不足十克。") == []
    assert carried("检出甲基苯丙胺和氯胺酮成分。净重合计10.0克。") == []


def test_a_value_said_of_each_piece_or_person_is_multiplied_by_the_count():
    """api/note_totals.py (probes 66a YA23, 67a ZA17): 每只价值不低于6000元 after 4只 is at least 24,000元; 平均每人投入8000元
    after 132名投资人 is 1,056,000元; two different counts leave the price alone."""
    from api.verdict import extract_facts

    def totals(text):
        return [(f.quantity.value, f.quantity.qualifier) for f in extract_facts(text)["facts"] if "合计" in (f.note or "")]
    assert totals("出售活体猫头鹰4只。鉴定意见认定4只均为野外来源。经核算，每只价值不低于6000元。") == [(24000.0, "以上")]
    assert totals("共有132名投资人，平均每人投入8000元。") == [(1056000.0, None)]
    assert totals("捕获野兔45只，以每只80元卖出；捕获环颈雉30只，以每只150元卖出。") == []


def test_a_blood_test_per_millilitre_is_read_per_100_millilitres():
    """api/blood_alcohol.py (probe 67a ZA20): 0.76毫克/毫升 is 76mg/100ml, under the line; a breath test per litre is
    another measure and is not read."""
    from api.blood_alcohol import below_drunk_line, blood_test
    assert below_drunk_line("血液中乙醇含量为0.76毫克/毫升") is not None
    assert blood_test("血液中乙醇含量为0.96毫克/毫升")[1] is True
    assert blood_test("呼气酒精检测结果为0.40毫克/升") is None


def test_a_date_typed_in_figures_is_read_as_a_date_and_a_span_of_dates_as_months():
    """api/typed_text.py, api/durations.py (figures #10, timelines #34): 2025.11.3 is 2025年11月3日; 停产时间为2024年11月1日至
    2025年2月20日 is under four months, not 24 years (the 024 of 2024年 was read as a length)."""
    from api.durations import stated_lengths
    from api.typed_text import normalized
    assert "2025年11月3日" in normalized("2025.11.3 23:40，两伙人相约斗殴")
    assert normalized("重3.5吨") == "重3.5吨"
    (months, _), = stated_lengths("停产", "因谣言，该公司停产时间为2024年11月1日至2025年2月20日。")
    assert 3.5 < months < 3.7
