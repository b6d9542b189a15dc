from pathlib import Path

import pytest

from corpus.importers.lawrefbook import convert, import_lawrefbook
from corpus.loader import BUNDLED_CORPUS, load_corpus

from .conftest import FIXTURES

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "lawrefbook"


def test_convert_keeps_provenance_and_dates():
    root = FIXTURES / "lawrefbook"
    item = convert(root / "刑法" / "刑法.md", root, doc_id="xf", doc_type="statute", domains=["刑事"])
    fm = item.front_matter
    assert fm["title"] == "中华人民共和国刑法"
    assert fm["issuer"] == "全国人民代表大会常务委员会"
    assert fm["promulgated"] == "2023-12-29"
    assert fm["source"] == {"dataset": "LawRefBook/Laws", "path": "刑法/刑法.md", "version_date": "2023-12-29",
                            "license": "official legal text (著作权法 第五条); compilation by LawRefBook"}
    assert len(fm["history"]) == 2


def test_import_writes_valid_documents(tmp_path):
    root = FIXTURES / "lawrefbook"
    report = import_lawrefbook(root, tmp_path, [{"path": "刑法/刑法.md", "id": "xf", "type": "statute", "domains": []},
                                                {"path": "刑法/不存在.md", "id": "none"}])
    assert len(report.written) == 1 and report.skipped == [f"刑法/不存在.md: not found under {root}"]
    loaded = load_corpus(tmp_path)
    assert loaded.ok
    labels = [u.label for u in loaded.documents[0].units]
    assert labels == ["第一百三十四条", "第一百三十四条之一"]


def test_a_law_revised_after_the_copy_is_shipped_marked_with_the_revision(tmp_path):
    """治安管理处罚法 (LawRefBook's 2012 text) was revised in 2025: the selection's status and note travel with it."""
    revised = "本法已于2025年修订，此为旧文本"
    import_lawrefbook(FIXTURES / "lawrefbook", tmp_path, [{"path": "刑法/刑法.md", "id": "xf", "type": "statute", "domains": [],
                                                          "status": "已修改", "revised": revised}])
    (doc,) = load_corpus(tmp_path).documents
    assert doc.status == "已修改" and doc.source.revised == revised


def test_the_shipped_revised_laws_say_so():
    revised = {d.id: d for d in load_corpus(BUNDLED_CORPUS).documents
               if d.id in ("zhian-guanli-chufa-fa", "wangluo-anquan-fa", "chuanranbing-fangzhi-fa")}
    assert len(revised) == 3 and all(d.status == "已修改" and "2025年" in d.source.revised for d in revised.values())


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data/lawrefbook not beside the checkout")
def test_real_lawrefbook_sample(tmp_path):
    selection = [{"path": "经济法/矿产资源法(2009-08-27).md"}, {"path": "经济法/矿产资源法(2024-11-08).md"},
                 {"path": "行政法/行政处罚法(2021-01-22).md"}]
    report = import_lawrefbook(SHARED, tmp_path, selection)
    assert len(report.written) == 3, report.skipped
    docs = {d.source.path: d for d in load_corpus(tmp_path).documents}
    assert docs["经济法/矿产资源法(2009-08-27).md"].status == "已修改"      # superseded by the 2024 text
    assert docs["经济法/矿产资源法(2024-11-08).md"].status == "现行有效"
    penalty = docs["行政法/行政处罚法(2021-01-22).md"]
    art36 = next(u for u in penalty.units if u.article_no == 36)
    assert "二年内未被发现的，不再给予行政处罚" in art36.text


def test_lecard2_court_field_is_read_from_the_masked_text(tmp_path):
    """The court is cut from the judgment's opening; it was cut from the unmasked text, so a
    title that names the defendant (许某受贿二审刑事判决书…人民法院) leaked the name into front matter."""
    import json

    from corpus.deid import DeidReport
    from corpus.importers.lecard import import_lecard2
    root = tmp_path / "lecard2"
    (root / "query").mkdir(parents=True)
    fact = "经审理查明，被告人许宗旋利用职务便利收受他人财物共计人民币五万元。许宗旋归案后如实供述。"
    row = {"id": 7, "query": "许宗旋受贿二审刑事判决书广东省阳江市中级人民法院。上诉人许宗旋，男。" + fact
           + "本院认为，上诉人许宗旋构成受贿罪。", "fact": fact}
    (root / "query" / "test_query.json").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (root / "query" / "controversial_query.json").write_text("", encoding="utf-8")
    report = import_lecard2(root, tmp_path / "out", DeidReport())
    text = (tmp_path / "out" / "lecard2-test-7.md").read_text(encoding="utf-8") if not report.skipped else ""
    assert "人民法院" in text and "许某" in text
    assert "许宗旋" not in text and "宗旋" not in text


def test_a_law_is_in_force_from_the_day_its_own_words_say(tmp_path):
    """LawRefBook's header may give only the day a law was adopted (矿产资源法: 2024年11月8日); its last article says 本法
    自2025年7月1日起施行, and the importer takes that. A date the body quotes for another text is not its own."""
    root = tmp_path / "lrb"
    (root / "经济法").mkdir(parents=True)
    (root / "经济法" / "某资源法(2024-11-08).md").write_text(
        "# 某资源法\n\n2024年11月8日 第十四届全国人民代表大会常务委员会第十二次会议修订\n\n<!-- INFO END -->\n\n"
        "第一条 为了保护资源，制定本法。\n\n第二条 《某条例》自2030年1月1日起施行的规定不适用于本法。\n\n"
        "第三条 本法自2025年7月1日起施行。\n", encoding="utf-8")
    fm = convert(root / "经济法" / "某资源法(2024-11-08).md", root, doc_id="zy", doc_type="statute", domains=[]).front_matter
    assert (fm["promulgated"], fm["effective"]) == ("2024-11-08", "2025-07-01")
