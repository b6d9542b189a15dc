"""破坏广播电视设施、公用电信设施罪 (刑法第一百二十四条第一款): “危害公共安全” is read from the 2004 (公用电信设施) and
2011 (广播电视设施) interpretations' 第一条, each for its own facility (corpus/data/statutory_standards.yaml,
standard_scopes.yaml), and the administrative side is linked (corpus/data/linkage.yaml)."""
import pytest

from .conftest import judgement

OFFENSE = "破坏广播电视设施、公用电信设施罪"


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


@pytest.mark.parametrize("text,status", [
    # 第一条（二）: 二千以上用户 and 一小时以上, both stated
    ("被告人张某盗割正在使用的通信光缆，造成某镇3000余户用户通信中断5小时。", "met"),
    # 一万以上用户: any outage, however short
    ("李某剪断正在使用的通信电缆，造成1.2万户用户通信中断40分钟。", "met"),
    # 300 users fall short of (二), but (一) and the open item (五) remain: asked, not cleared
    ("被告人张某盗割正在使用的通信光缆，造成某镇300余户用户通信中断5小时。", "unknown"),
    # 第三条: a facility not yet in use is 故意毁坏财物, not this offense
    ("张某剪断尚未投入使用的通信光缆，价值3万元。", "not_met"),
    # 2011 第一条（三）: a county network's facilities out of use twelve hours or more
    ("张某剪割正在使用的县有线电视线路，致县级有线电视传输网内设施无法使用14小时，信号无法传输。", "met"),
])
def test_the_danger_is_read_from_each_facility_s_interpretation(store, text, status):
    assert judgement(store, text, OFFENSE)[1]["status"] == status


def test_a_county_network_out_for_hours_short_of_the_line_is_asked(store):
    """Five hours of a county network is below 十二小时, but 其他危害公共安全的情形 stays open: undecided, not cleared."""
    _, verdict = judgement(store, "张某剪割正在使用的县有线电视线路，致县级有线电视传输网内设施无法使用5小时，信号无法传输。", OFFENSE)
    assert verdict["status"] == "unknown"


def test_a_facility_the_facts_do_not_name_is_asked(store):
    """Neither 电信 nor 广播电视 named: each interpretation holds for its own facility only, so the answer asks which."""
    _, verdict = judgement(store, "张某盗窃电缆，价值5000元。", OFFENSE)
    assert verdict["status"] == "unknown"
    assert any("公用电信设施" in q and "广播电视设施" in q for q in verdict["questions"])


def test_a_telephone_cable_is_not_asked_about_broadcast_signals(store):
    """Unscoped, the newer 2011 clause superseded the 2004 one and a telecom outage was judged by broadcast items."""
    _, verdict = judgement(store, "王某盗割正在使用的通信光缆，造成800户用户通信中断3小时。", OFFENSE)
    assert verdict["status"] == "unknown"
    assert not any("广播电视" in q or "信号无法" in q for q in verdict["questions"])


def test_the_administrative_side_is_linked(store):
    """广播电视设施保护条例 第二十一条 (损坏广播电视设施 … 构成犯罪的，依法追究刑事责任) and 治安管理处罚法 第三十三条."""
    from graph.schema import offense_id
    violations = {e.src for e in store.edges_to(offense_id(OFFENSE), ("ESCALATES_TO",))}
    assert {"violation:guangdian-sunhuai-sheshi", "violation:zhian-sunhui-gonggong-sheshi"} <= violations


@pytest.mark.parametrize("text", [
    # 第三条: by mistake is 过失 (第一百二十四条第二款), not this offense, however many users lost service
    "施工单位挖掘机操作员陈某按审批的施工图开挖，挖断一条正在使用的通信光缆，造成18600户用户通信中断2小时15分钟。调查查明陈某事前不知道该处埋有光缆，"
    "不存在故意破坏。",
    # the authority's finding: no public danger, so the open item (五) is closed as well
    "郑某窃割某村正在使用的通信电缆约30米，中断影响用户1950户，中断3小时。经县通信管理部门核实，未造成网间通信阻断，中断期间无报警求助受阻，"
    "核查结论为未危害公共安全。",
])
def test_a_finding_that_undoes_the_head_of_the_list_rules_the_clause_out(store, text):
    """The head (故意破坏正在使用的公用电信设施…“危害公共安全”) is voided by such a finding though its words (正在使用) are
    stated, and the catch-all that needs the same head is not left open."""
    _, verdict = judgement(store, text, OFFENSE)
    assert verdict["status"] == "not_met"


def test_the_offense_s_own_name_does_not_name_a_facility(store):
    """请问是否达到破坏广播电视设施、公用电信设施罪… names both facilities in the offense's name: the telecom facts alone decide
    which interpretation applies (the broadcast clause had been applied to a telephone cable)."""
    from api.consult import evaluate_offense_standards
    from api.verdict import extract_facts
    from graph.queries import offense_view
    from graph.schema import offense_id
    text = "王某剪断正在使用的通信电缆，造成2350户用户通信中断3小时。请问是否达到破坏广播电视设施、公用电信设施罪立案追诉标准？"
    standards = evaluate_offense_standards(store, offense_view(store, offense_id(OFFENSE)), extract_facts(text))
    status = {s["id"]: s["status"] for s in standards if s["tier"] == "filing"}
    assert status["std:jieshi-guangbo-dianshi-sheshi-2011:art1:curated"] == "not_applicable"
    assert status["std:jieshi-gongyong-dianxin-sheshi-2004:art1:curated"] == "met"


def test_a_county_network_is_no_provincial_one(store):
    """县级广播电视传输网 shares 广播电视传输网 with 省级以上广播电视传输网 (any outage is the crime there): the level decides."""
    _, verdict = judgement(store, "易某剪断县级广播电视传输网内正在使用的一处光缆，该设施无法使用5小时，信号无法传输。", OFFENSE)
    assert verdict["status"] == "unknown"


def test_a_level_named_beside_the_shared_words_is_read():
    from api.verdict import find_stated
    text = "致县级有线电视传输网内设施无法使用5小时"
    assert find_stated("县级有线电视", text) and not find_stated("市级有线电视", text)
    assert not find_stated("国家级广播电视传输网", "县级广播电视传输网内一处光缆")


@pytest.mark.parametrize("text,status", [
    # two hundred minutes are more than the three hours of 2011 第一条（三） for a city network (no figure was read before)
    ("赵某剪断正在使用的市级有线电视光缆，致地市级广播电视传输网内设施无法使用200分钟，信号无法传输。", "met"),
    # fifty minutes fall short of the hour: (二) is out, the other items and the open (五) are asked
    ("王某剪断正在使用的通信电缆，造成2350户用户通信中断50分钟。", "unknown"),
])
def test_minutes_count_towards_the_hours(store, text, status):
    assert judgement(store, text, OFFENSE)[1]["status"] == status


def test_minutes_are_read_as_hours_but_not_a_time_after_or_a_clock_time():
    from graph.standards import find_measures
    hours = lambda text: [round(q.value, 3) for q in find_measures(text) if q.unit == "小时"]
    assert hours("中断1小时22分钟，另一段中断42分钟") == [1.367, 0.7]
    assert hours("约20分钟后民警赶到") == [] and hours("凌晨3时32分抢通") == []


def test_a_party_s_denial_is_no_finding(store):
    """辩称不是故意 is the accused's word; only an investigation's finding (调查查明…不存在故意破坏) voids the head."""
    _, verdict = judgement(store, "王某剪断正在使用的通信电缆，造成3000户用户通信中断3小时。王某辩称自己不是故意的。", OFFENSE)
    assert verdict["status"] == "met"


def test_only_a_requirement_every_item_lacks_is_a_head():
    """Two items both wanting 故意破坏正在使用的… share a head; one item's own requirement (在禁猎区) is none, so the open
    item stays open beside it."""
    from api.verdict import _head_wanting
    wanting = lambda *texts: {"conditions": [{"kind": "fact", "text": t, "status": "not_met"} for t in texts]}
    assert _head_wanting([wanting("故意破坏正在使用的公用电信设施", "网间通信全阻"), wanting("故意破坏正在使用的公用电信设施")]) \
        == "故意破坏正在使用的公用电信设施"
    assert _head_wanting([wanting("在禁猎区")]) is None
