import pytest

from corpus.charges import canonical_charge, charges_in_text
from corpus.deid import deidentify, deidentify_case


def test_names_become_consistent_pseudonyms():
    text = "被告人张伟与被告人张强共同盗窃。被害人李明报警。张伟到案后如实供述，张强逃跑。"
    masked, report = deidentify(text)
    assert "张伟" not in masked and "张强" not in masked and "李明" not in masked
    assert report.pseudonyms["张伟"] != report.pseudonyms["张强"]
    assert {report.pseudonyms["张伟"], report.pseudonyms["张强"]} == {"张某甲", "张某乙"}
    assert report.pseudonyms["李明"] == "李某"
    assert masked.count(report.pseudonyms["张伟"]) == 2


def test_numbers_and_addresses_masked():
    text = "被告人王某，身份证号码110101199003071234，电话13912345678，住北京市朝阳区建国路88号3单元501室。"
    masked, report = deidentify(text)
    assert "110101199003071234" not in masked and "13912345678" not in masked
    assert "建国路88号" not in masked
    assert (report.id_numbers, report.phones, report.addresses) == (1, 1, 1)


def test_already_masked_text_unchanged():
    text = "被告人张某某驾驶车辆，被害人李某受伤。"
    masked, report = deidentify(text)
    assert masked == text and report.names == 0


def test_one_mapping_across_sections():
    sections, _ = deidentify_case({"事实": "被告人赵刚盗窃。", "本院认为": "被告人赵刚构成盗窃罪。"})
    assert "赵刚" not in "".join(sections.values())
    assert sections["事实"].startswith("被告人赵某")


def test_charges_in_text_maps_selective_charges():
    assert canonical_charge("贩卖毒品罪") == "走私、贩卖、运输、制造毒品罪"
    assert canonical_charge("非法采矿罪") == "非法采矿罪"
    assert canonical_charge("不存在的罪") is None
    assert charges_in_text("被告人犯盗窃罪、诈骗罪，以危险驾驶罪判处") == ["盗窃罪", "诈骗罪", "危险驾驶罪"]


def test_rare_surnames_after_role_words_are_masked():
    from corpus.deid import deidentify
    text, report = deidentify("被告人招文豪、被告人佗海军、被告人者海平，被告人薄克进伙同他人盗窃。佗海军供述属实。"
                              "被告人供述、证人证言、被告人系初犯，辩护人提出")
    for name in ("招文豪", "佗海军", "者海平", "薄克进"):
        assert name not in text
    assert "佗某供述属实" in text
    assert "被告人供述、证人证言、被告人系初犯，辩护人提出" in text    # role words before ordinary words stay


def test_rare_surnames_need_a_name_shape_and_repetition():
    text, report = deidentify("原审被告人归水芳、冶鹏犯盗窃罪。归水芳供述，冶鹏辩称。被告人归案后，被告人的原则，"
                              "被告人原则，被告人威胁，被告人无罪。")
    assert "归水芳" not in text and "冶鹏" not in text
    assert "被告人归案后，被告人的原则，被告人原则，被告人威胁，被告人无罪。" in text
    once, _ = deidentify("被告人闪光、")          # one mention of an unknown surname is not enough
    assert once == "被告人闪光、"


def test_source_pseudonyms_are_not_reused():
    text, report = deidentify("原审被告人田雷、田涛、田某甲犯抢劫罪。被告人田雷驾驶汽车。")
    assert "田雷" not in text and "田涛" not in text
    assert "田某甲" not in report.pseudonyms.values()      # 田某甲 is a third person named upstream
    assert len({report.pseudonyms["田雷"], report.pseudonyms["田涛"], "田某甲"}) == 3


def test_half_masked_names_get_full_pseudonyms():
    text, _ = deidentify("被告人农X会、被告人农X财共同盗窃。农X会供述属实。被告人王×甲在场。")
    assert "X会" not in text and "X财" not in text
    assert "王×甲" in text


def test_dictionary_words_tagged_as_names_stay():
    text = ("被告人李某在未取得烟草专卖零售许可证的情况下销售卷烟，被告人张某滥伐林木，如实陈述，"
            "被害人陈述、证人证言，被告人家属代为退赔。在余姚市凤山街道。")
    masked, report = deidentify(text)
    assert masked == text and report.names == 0


def test_dictionary_names_after_role_words_are_masked():
    masked, _ = deidentify("被告人李鹏、王建军盗窃。李鹏供述属实。")
    assert "李鹏" not in masked and "王建军" not in masked


def test_three_character_name_with_a_word_inside_is_masked_before_punctuation():
    masked, _ = deidentify("被告人王国庆、被告人家属代为退赔。")
    assert "王国庆" not in masked and "被告人家属代为退赔" in masked


def test_a_three_character_name_cut_short_by_the_tagger_is_masked_whole():
    """刘勋|震: masking the first two characters alone left the third in the text (刘某甲震)."""
    text = "被告人刘某1明知刘勋震、詹某甲等人销售假烟。王某向刘勋震提供的账户转账，刘勋震收款后发货。"
    masked, report = deidentify(text)
    assert "震" not in masked and "勋" not in masked
    assert masked.count("刘某") == masked.count("刘某1") + 3
    kept, _ = deidentify("民警在张伟家查获毒品，又在张伟家、张伟家中查获。", extra_names={"张伟"})
    assert kept.count("张某家") == 3          # 家 after a name every time is still no third character


@pytest.mark.parametrize("text,hidden,shown", [
    # probe 28z found these served in similar-case snippets, compare and search
    ("赵某甲的建设银行账户6227004051620131674转入", "6227004051620131674", "6227***********1674"),
    ("卡号6222 0212 3456 7890", "0212 3456", "6222********7890"),
    ("驾驶云GS0708号二轮摩托车与豫K58659号货车相撞", "GS0708", "豫K×××××号货车"),
    ("居民身份证号码14272619581213001Ｘ", "19581213", "142726************"),
    ("张某丁（身份证号130223670929171）", "670929", "130223*********"),
    ("户籍所在地广西柳城县大埔镇里明村委里明屯171号", "171号", "里明屯××号"),
    ("他家住宝鸡市陈仓区天王镇十二盘村3组143号", "143号", "十二盘村××号"),
    ("同案人黄华根、李文根在逃", "黄华根", "同案人黄某、李某"),
    ("被告人邵某，曾用名邵美姣，女", "邵美姣", "曾用名邵某甲"),
    ("诉讼代表人许雪莲，女", "许雪莲", "诉讼代表人许某"),
])
def test_cards_plates_old_ids_house_numbers_and_more_roles_are_masked(text, hidden, shown):
    masked, _ = deidentify(text)
    assert hidden not in masked and shown in masked


def test_amounts_dates_and_order_numbers_stay():
    text = "价税合计人民币1，663，200元，税款241661.15元，2012年8月15日，订单号20190312000123456789"
    assert deidentify(text)[0] == text


def test_rescrubbing_masked_text_changes_nothing():
    """scripts/rescrub_cases.py re-applies the rules to shipped cases: masked text must come back unchanged, and
    without the tagger pieces of pseudonyms are not read as names (with it, 张某丁系 became 张某丁某)."""
    text = "被告人张某丁系本案主犯，证人李某甲证实，车牌豫K×××××，账户6227***********1674。"
    assert deidentify(text, tagger=False)[0] == text


def test_chat_accounts_are_masked_lists_too():
    masked, report = deidentify("其QQ号为1923159442，微信号“sanpao528638”、f953jooo，通过QQ联系")
    assert "1923159442" not in masked and "sanpao528638" not in masked and "f953jooo" not in masked
    assert "QQ号为19××××××××" in masked and report.accounts == 2


@pytest.mark.parametrize("text", [
    # probe 28z2: masking removed the court's findings (被告单位 → 被告单某, 犯罪数额 → 犯罪某, 有自首情节 → 有某情节)
    "对被告单位及被告人高某予以从轻处罚。",
    "本院认为，非法经营罪犯罪数额为经营者销售的金额，起诉书指控我犯罪数额属实。",
    "被告人有自首、坦白情节，被告人刘某有自首情节，属坦白。",
    "被害人陈述与证人证言一致，辩护人李律师提出，被告人能如实供述。",
])
def test_words_of_the_judgment_are_not_taken_for_names(text):
    assert deidentify(text)[0] == text


def test_a_three_character_name_before_a_statement_is_masked():
    masked, _ = deidentify("证人冯红红证言证实，被告人张建国供述属实。")
    assert "冯红红" not in masked and "张建国" not in masked


@pytest.mark.parametrize("text,hidden", [
    # names after kinship and work words were left in 60 shipped cases (probe 28z: 收件人罗福利)
    ("快递单号875628523，收件人罗福利，收件地址四川成都", "罗福利"),
    ("甲持有的枪支2支以及其弟朱文堂持有的枪管1支", "朱文堂"),
    ("被告人罗某的丈夫陈剑武（另案处理）在淘宝开店", "陈剑武"),
    ("李某甲家具厂员工宋家娣、李某乙接到电话后", "宋家娣"),
    ("认识其老板何俊荣何某某。", "何俊荣"),
])
def test_names_after_kinship_and_work_words_are_masked(text, hidden):
    masked, _ = deidentify(text, tagger=False)
    assert hidden not in masked and hidden[0] + "某" in masked


@pytest.mark.parametrize("text", [
    "我和王某甲是男女朋友关系，同租住在一起。",
    "在未获林业主管部门批准采伐的情况下，委托海南厚积会计师事务所出具报告。",
    "其担心小孩和父亲安危，只好答应。销售给饶老板时每箱还要给人好处。",
    "名义上的法定代表人和股东，公诉机关指控上述事实。",
])
def test_ordinary_words_after_kinship_and_work_words_stay(text):
    assert deidentify(text, tagger=False)[0] == text


@pytest.mark.parametrize("text,hidden,shown", [
    ("姜某的建设银行账户62270040516201319222收到87万元", "0040516201319222", "6227************9222"),
    ("确认户名为杨某36230301802060433048、莫某", "0301802060433048", "3623"),
    ("车辆识别号LBERCADB1CX229943）黄色", "CADB1CX2299", "LBE××××××××××××××"),
    ("太家的号码为0692-4148985的电话，座机号码是0692-4148985", "4148985", "0692-×××××××"),
    ("驾驶云Ｎ17830的红色轿车", "17830", "云Ｎ×××××"),
])
def test_long_accounts_vins_landlines_and_full_width_plates_are_masked(text, hidden, shown):
    masked, _ = deidentify(text, tagger=False)
    assert hidden not in masked and shown in masked


def test_invoice_codes_are_no_landlines():
    text = "开具36份发票（057976087611，号码000××××0938-00070987）"
    assert deidentify(text, tagger=False)[0] == text
