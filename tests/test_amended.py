"""Filing clauses older than the amendment that rewrote their article's threshold (api/amended.py):
falling short of them does not rule the offense out."""
import pytest

from api.amended import AMENDMENTS_FILE, amendments, with_amendment
from corpus.curated import CuratedTableError
from graph.schema import offense_id

from .conftest import judgement


@pytest.fixture(scope="module")
def documents(law_documents):
    return law_documents


@pytest.fixture(scope="module")
def store(law_store):
    return law_store


def _judged(store, text: str, offense: str) -> dict:
    return judgement(store, text, offense)[1]


def test_every_entry_quotes_the_current_article_and_an_amendment_the_criminal_law_records(documents, store):
    criminal_law = next(d for d in documents if d.id == "xingfa")
    units = {u.id: "".join(u.text.split()) for u in criminal_law.units}
    history = "".join(criminal_law.meta.get("history", []))
    table = amendments(AMENDMENTS_FILE)
    assert table
    for change in table.values():
        assert change.threshold in units[change.unit], change.offense
        assert f"《{change.amendment}》" in history, change.amendment
        assert store.node(offense_id(change.offense)) is not None, change.offense
        assert change.article_label.startswith("刑法第二百")


OLD_CLAUSE = {"governing": True, "tier": "filing",
              "source": {"doc_id": "jieshi-zhishi-chanquan-2004", "doc_title": "知识产权解释（2004）", "effective": "2004-12-22"}}


def test_short_of_a_clause_older_than_the_rewrite_is_undecided_and_asks():
    """2004 解释 第二条 counted 销售金额 五万元; 刑法第二百一十四条 now reads 违法所得数额较大或者有其他严重情节. The corpus's
    governing clause is the 2025 解释's now (below); the rule is shown on the 2004 one, which governed until 2025."""
    short = with_amendment({"status": "not_met", "basis": ["x"], "questions": [], "notes": []}, "销售假冒注册商标的商品罪",
                           [OLD_CLAUSE])
    assert short["status"] == "unknown"
    assert any("其他严重情节" in q for q in short["questions"])
    assert any("刑法修正案（十一）" in n and "2021年3月1日" in n and "2004年12月22日" in n for n in short["notes"])
    reached = with_amendment({"status": "met", "basis": ["x"], "questions": [], "notes": []}, "销售假冒注册商标的商品罪",
                             [OLD_CLAUSE])
    assert reached["status"] == "met" and any("刑法修正案（十一）" in n for n in reached["notes"])


def test_the_2025_interpretation_postdates_every_rewrite_so_it_decides_alone(store):
    """法释〔2025〕5号 governs the three offenses 修正案（十一） rewrote: no note, and its own figures decide."""
    for offense in amendments(AMENDMENTS_FILE):
        clauses = judgement(store, "销售金额三万元，违法所得一万元，此前未受过处罚", offense)[0]
        governing = [c for c in clauses if c.get("governing") and c.get("tier") == "filing"]
        assert governing and all(c["source"]["effective"] >= "2025-04-26" for c in governing), offense
    short = _judged(store, "明知是假冒注册商标的运动鞋而销售，销售金额三万元，违法所得一万元，此前未受过处罚", "销售假冒注册商标的商品罪")
    assert not any("修正案" in n for n in short["notes"])


def test_an_article_whose_threshold_words_were_kept_is_not_touched(store):
    """修正案（十一） rewrote 第二百一十三条 too, but kept 情节严重, which 2004 解释 第一条 defined."""
    below = _judged(store, "2024年，未经注册商标所有人许可，在同一种商品上使用与其注册商标相同的商标，非法经营数额二万元，违法所得一万元",
                    "假冒注册商标罪")
    assert below["status"] == "not_met" and not any("修正案" in n for n in below["notes"])


def test_a_governing_clause_as_new_as_the_amendment_decides_alone():
    change = next(iter(amendments(AMENDMENTS_FILE).values()))
    not_met = {"status": "not_met", "basis": ["std:x"], "questions": [], "notes": []}
    newer = [{"governing": True, "tier": "filing", "source": {"doc_id": "x", "effective": change.effective}}]
    older = [{"governing": True, "tier": "filing", "source": {"doc_id": "x", "effective": "2004-12-22"}}]
    assert with_amendment(not_met, change.offense, newer) == not_met
    assert with_amendment(not_met, change.offense, older)["status"] == "unknown"
    assert with_amendment(not_met, "未列入的罪", older) == not_met


@pytest.mark.parametrize("entry,field", [
    ("{offense: 甲罪, unit: xingfa:art1, amendment: 乙, item: 一, effective: '2021-03-01', threshold: 丙, question: 丁, extra: 1}",
     "unknown field 'extra'"),
    ("{offense: 甲罪, unit: xingfa:art1, amendment: 乙, item: 一, effective: '2021-03-01', threshold: 丙}", "field 'question' is required"),
    ("{offense: 甲罪, unit: 刑法214, amendment: 乙, item: 一, effective: '2021-03-01', threshold: 丙, question: 丁}", "field 'unit'"),
    ("{offense: 甲罪, unit: xingfa:art1, amendment: 乙, item: 第一, effective: '2021-03-01', threshold: 丙, question: 丁}", "field 'item'"),
    ("{offense: 甲罪, unit: xingfa:art1, amendment: 乙, item: 一, effective: 2021年, threshold: 丙, question: 丁}", "field 'effective'"),
])
def test_a_slip_in_the_table_names_file_line_and_field(tmp_path, entry, field):
    (tmp_path / "t.yaml").write_text(f"- {entry}\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=f"t.yaml:\\d+ \\(甲罪\\): .*{field}"):
        amendments.__wrapped__(tmp_path / "t.yaml")
