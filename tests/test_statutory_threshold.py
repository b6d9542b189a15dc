"""Offenses whose 刑法 clause names no condition before its penalty (graph/statutory_threshold.py), session 53.

Convicted judgments of 故意杀人, 强奸, 窝藏、包庇, 脱逃 … answered 语料中未收录该罪名的立案追诉标准: an officer was sent
after a standard that does not exist. Their answer now quotes the 罪状 and says what decides (刑法第十三条,
刑事诉讼法第一百一十二条), still 无法判断: only evidence decides a 罪状. An offense whose line a text or practice the
corpus lacks draws (故意伤害's 轻伤) names it instead; one whose clause names a condition keeps 语料中未收录.
"""
import pytest

from corpus.curated import CuratedTableError
from graph.offenses import ArticleRef
from graph.standards import law_index
from graph.statutory_threshold import statutory_threshold, threshold_free, uncollected_thresholds

from .conftest import judgement


@pytest.fixture(scope="module")
def law(law_documents):
    return law_index(law_documents)


@pytest.mark.parametrize("refs,quote", [
    ([ArticleRef(232)], "故意杀人的"),
    ([ArticleRef(316, 0, (1,))], "依法被关押的罪犯、被告人、犯罪嫌疑人脱逃的"),
    # 第二款 (聚众或者在公共场所当众犯前款罪的…有其他恶劣情节的) aggravates the first: it sets no condition of the offense
    ([ArticleRef(237, 0, (1, 2))], "以暴力、胁迫或者其他方法强制猥亵他人或者侮辱妇女的"),
])
def test_a_clause_that_punishes_the_act_itself_is_free(law, refs, quote):
    free = threshold_free(refs, law)
    assert free is not None and free["quote"] == quote and free["unit"].startswith("xingfa:art")


@pytest.mark.parametrize("refs", [
    [ArticleRef(264)],                 # 盗窃公私财物，数额较大的
    [ArticleRef(115, 0, (2,))],        # 失火: 过失犯前款罪的 — the condition is the first paragraph's
    [ArticleRef(382)],                 # 贪污: defined here, punished by 数额 in 第三百八十三条
    [ArticleRef(293)],                 # 寻衅滋事: 有下列…行为之一 — the items hold 情节恶劣
    [ArticleRef(9999)],                # not in the corpus
])
def test_a_clause_with_a_condition_or_one_held_elsewhere_is_not(law, refs):
    assert threshold_free(refs, law) is None


@pytest.mark.parametrize("refs,danger", [
    # 第一百一十九条 (造成严重后果的，处十年以上) only raises the bracket of 第一百一十八条
    ([ArticleRef(118), ArticleRef(119, 0, (1,))], ["危害公共安全"]),
    ([ArticleRef(117), ArticleRef(119, 0, (1,))], ["足以使火车、汽车、电车、船只、航空器发生倾覆、毁坏危险"]),
    ([ArticleRef(133, 2, (1,))], ["危及公共安全"]),
])
def test_a_concrete_danger_is_the_condition_of_a_danger_offense(law, refs, danger):
    free = threshold_free(refs, law)
    assert free is not None and free["danger"] == danger


def test_an_unnamed_danger_word_is_a_condition(law):
    """危及 outside the phrases read as a danger (危及公共安全) is a condition like any other."""
    from graph.statutory_threshold import CONDITION_WORDS_RE, DANGER_RE
    assert CONDITION_WORDS_RE.search(DANGER_RE.sub("", "干扰正常行驶，危及他人安全的"))


def test_power_equipment_asks_the_danger(law_store):
    _, verdict = judgement(law_store, "被告人王某盗割正在使用中的高压输电线路铝导线300米，造成该线路停电。", "破坏电力设备罪")
    assert verdict["status"] == "unknown" and verdict["questions"][0] == "行为是否危害公共安全？"
    assert "具体危险“危害公共安全”" in verdict["notes"][0] and "语料中未收录" not in verdict["notes"][0]


def test_a_line_drawn_outside_the_corpus_is_named(law):
    threshold = statutory_threshold("故意伤害罪", [ArticleRef(234, 0, (1,))], law, uncollected_thresholds())
    assert threshold["kind"] == "uncollected" and "轻伤" in threshold["set_by"] and "轻伤" in threshold["question"]


def test_killing_is_asked_its_definition_not_sent_after_a_missing_standard(law_store):
    _, verdict = judgement(law_store, "被告人张某因琐事与被害人发生争执，持刀朝被害人胸部捅刺数刀，致被害人死亡。", "故意杀人罪")
    assert verdict["status"] == "unknown"
    assert verdict["questions"][0] == "罪状所列事实是否查证属实：“故意杀人的”？"
    note = verdict["notes"][0]
    assert note.startswith("刑法第二百三十二条对本罪未规定数额、情节或后果等入罪条件")
    assert "刑法第十三条" in note and "刑事诉讼法第一百一十二条" in note and "未收录" in note   # later texts may add one


@pytest.mark.parametrize("offense,text", [
    ("窝藏、包庇罪", "张某明知李某系盗窃犯罪嫌疑人，仍将其藏匿于自家地下室。"),
    ("脱逃罪", "被告人王某在看守所羁押期间翻越围墙逃出。"),
    ("重婚罪", "被告人赵某有配偶，又与他人以夫妻名义同居并登记结婚。"),
])
def test_other_offenses_without_a_condition_quote_their_definition(law_store, offense, text):
    _, verdict = judgement(law_store, text, offense)
    assert verdict["status"] == "unknown" and verdict["questions"][0].startswith("罪状所列事实是否查证属实")
    assert "语料中未收录" not in verdict["notes"][0]


def test_injury_names_the_practice_and_asks_the_degree(law_store):
    _, verdict = judgement(law_store, "李某殴打王某致其鼻骨骨折。", "故意伤害罪")
    assert verdict["status"] == "unknown"
    assert "轻伤" in verdict["questions"][0]
    assert "轻伤以上" in verdict["notes"][0] and "语料未收录" in verdict["notes"][0]
    assert "应当立案" not in verdict["notes"][0]


def test_an_offense_whose_clause_sets_a_condition_keeps_the_missing_standard_answer(law_store):
    """合同诈骗 (数额较大) has no filing standard in the corpus: that is still what the answer says."""
    _, verdict = judgement(law_store, "张某在签订合同过程中虚构履约能力，骗取对方货款30万元。", "合同诈骗罪")
    assert verdict["status"] == "unknown" and "语料中未收录" in verdict["notes"][0]
    assert not any("罪状所列事实" in q for q in verdict["questions"])


def test_the_offense_page_carries_the_reading(law_store):
    from graph.queries import offense_view
    from graph.schema import offense_id
    view = offense_view(law_store, offense_id("强奸罪"))
    assert view["statutory_threshold"]["kind"] == "none" and view["statutory_threshold"]["article"] == "刑法第二百三十六条"
    assert view["standards_note"].startswith("刑法第二百三十六条对本罪未规定")
    assert offense_view(law_store, offense_id("盗窃罪"))["statutory_threshold"] is None


@pytest.mark.parametrize("entry,message", [
    ("- {offense: 甲罪, set_by: 乙, extra: 1}", "unknown field 'extra'"),
    ("- {offense: 甲罪}", "field 'set_by' is required"),
    ("- {offense: 甲罪, set_by: 乙, question: [丙]}", "field 'question' must be text"),
])
def test_a_bad_table_entry_names_file_and_field(tmp_path, entry, message):
    path = tmp_path / "uncollected_thresholds.yaml"
    path.write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=message) as err:
        uncollected_thresholds.__wrapped__(path)
    assert "uncollected_thresholds.yaml:1" in str(err.value)


def test_every_listed_offense_is_one_the_clause_leaves_free(law_store):
    """An entry for an offense whose clause names a condition, or for a name not in the graph, would be read
    by nothing: each must be an offense the reading applies to."""
    from graph.schema import offense_id
    for name in uncollected_thresholds():
        node = law_store.node(offense_id(name))
        assert node is not None, name
        assert (node.props.get("statutory_threshold") or {}).get("kind") == "uncollected", name


def test_the_linkage_list_says_it_where_no_standard_is_listed(law_store):
    """正向衔接事项清单: the 治安 violation beside 故意伤害罪 named no standard and said 语料中尚未收录."""
    from api.linkage_list import linkage_rows, row_cells
    rows = [r for r in linkage_rows(law_store, "公安与网信") if not r["standards"]]
    injury = next(r for r in rows if r["offense"] == "故意伤害罪")
    assert "轻伤" in injury["standards_note"] and row_cells(injury)[5] == injury["standards_note"]
    indecency = next(r for r in rows if r["offense"] == "强制猥亵、侮辱罪")
    assert indecency["standards_note"].startswith("刑法第二百三十七条未规定数额、情节等入罪条件")
    assert any(r["standards_note"] == "语料中尚未收录该罪名的立案追诉标准" for r in rows)     # 遗弃罪: 情节恶劣


# 袭警解释（2025）: the 刑法 names no condition for 袭警罪; the interpretation's 第一条 defines the “暴力袭击” it needs
@pytest.mark.parametrize("text,status", [
    ("民警在处置纠纷时，张某对民警踢打，致民警面部挫伤，经鉴定为轻微伤。", "met"),
    # kicking with no injury stated: 轻微伤 is asked, not assumed
    ("李某酒后踢打正在执勤的民警王某。", "unknown"),
    # 第七条第三款: a reprisal on an officer off duty is not 袭警
    ("民警王某下班回家途中，与张某因停车发生口角，张某将王某踢打致轻微伤。", "not_met"),
])
def test_assaulting_the_police_is_judged_by_the_interpretation(law_store, text, status):
    assert judgement(law_store, text, "袭警罪")[1]["status"] == status


def test_ordinary_resistance_rules_out_the_first_item(law_store):
    """第一条第二款: 甩手、挣脱、蹬腿等一般性抗拒 is no 暴力袭击; only the vehicles-and-gear item is left to ask."""
    _, verdict = judgement(law_store, "张某在被民警带离现场时甩手挣脱、蹬腿，属一般性抗拒，未造成民警受伤。", "袭警罪")
    assert verdict["status"] == "unknown"
    assert not any("撕咬" in q or "轻微伤" in q for q in verdict["questions"])
    assert any("警械" in q for q in verdict["questions"])


def test_a_clause_of_a_named_paragraph_is_only_that_paragraph_s_offense(law_store):
    """第二百七十七条第五款 is 袭警罪's; 妨害公务罪 is defined by the whole article (no 款 in the 1997 list), and took 袭警解释
    第二条 as well. Likewise 走私解释 第十四条 (第一百五十二条第二款, 废物) was 走私淫秽物品罪's too."""
    from graph.schema import offense_id
    def standards(name):
        return {e.dst for e in law_store.edges_from(offense_id(name), ("HAS_STANDARD",))}
    assert "std:jieshi-xijing-2025:art2" in standards("袭警罪")
    assert "std:jieshi-xijing-2025:art2" not in standards("妨害公务罪")
    assert "std:jieshi-zousi-2014:art14:1" in standards("走私废物罪")
    assert "std:jieshi-zousi-2014:art14:1" not in standards("走私淫秽物品罪")


def test_an_offense_prosecuted_on_complaint_says_so(law_store):
    """刑法第二百五十七条第三款 第一款罪，告诉的才处理: “应当立案” alone would send the police to file a private prosecution."""
    from graph.queries import offense_view
    from graph.schema import offense_id
    from graph.statutory_threshold import cited_units
    view = offense_view(law_store, offense_id("暴力干涉婚姻自由罪"))
    threshold = view["statutory_threshold"]
    assert threshold["on_complaint"] == "第一款罪，告诉的才处理。"
    assert "告诉的才处理" in view["standards_note"] and "刑事诉讼法第二百一十条" in view["standards_note"]
    assert "xingshi-susong-fa:art210" in cited_units(threshold)
    assert offense_view(law_store, offense_id("故意杀人罪"))["statutory_threshold"]["on_complaint"] is None


def test_the_blows_the_interpretation_names_are_violence_for_obstruction_too(law_store):
    """袭警解释（2025）第一条's 踢打、掌掴… are the 暴力 of 刑法第二百七十七条第一款 as well (two verdict-set items had asked)."""
    _, verdict = judgement(law_store, "税务稽查人员依法进行检查时，王某上前踢打稽查人员，阻碍其依法执行职务。", "妨害公务罪")
    assert verdict["status"] == "met"
