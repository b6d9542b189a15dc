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
