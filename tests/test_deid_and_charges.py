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
