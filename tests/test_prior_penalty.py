"""Items that ask for an earlier penalty (曾因…受过刑事追究, 二年内因…受过行政处罚, api/prior_penalty.py): the act
the question is about is no earlier penalty."""
import pytest

from api import prior_penalty
from api.prior_penalty import PriorFrame, earlier_penalties, prior_options

from .conftest import judgement

PAYMENTS = "二年内因非法从事资金支付结算业务或者非法买卖外汇违法行为受过行政处罚"


def test_each_option_keeps_the_frame_it_stands_in():
    options = prior_options(PAYMENTS, ["二年内因非法从事资金支付结算业务", "非法买卖外汇违法行为受过行政处罚"])
    assert [(f, a) for _, f, a in options] == [(PriorFrame("行政", 2), "非法从事资金支付结算业务"),
                                                (PriorFrame("行政", 2), "非法买卖外汇")]
    # 曾因X受过刑事处罚或者二年内受过行政处罚: the years are the second option's, its act the first's
    info = prior_options("曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚",
                         ["因侵犯公民个人信息受过刑事处罚", "二年内受过行政处罚"])
    assert [(f, a) for _, f, a in info] == [(PriorFrame("刑事", None), "侵犯公民个人信息"),
                                            (PriorFrame("行政", 2), "侵犯公民个人信息")]
    # an option that is no penalty stays an ordinary one; a requirement with no penalty has none
    land = prior_options("如曾因非法转让、倒卖土地使用权受过行政处罚或者造成严重后果", ["因非法转让土地使用权受过行政处罚", "严重后果"])
    assert [o for o, _, _ in land] == ["因非法转让土地使用权受过行政处罚"]
    assert prior_options("在禁渔区内使用禁用的工具", ["禁渔区", "禁用的工具"]) == []


def test_an_earlier_penalty_needs_a_word_that_puts_it_before_and_the_item_s_years():
    admin = PriorFrame("行政", 2)
    assert earlier_penalties(admin, "某人非法买卖外汇，被罚款5万元") == []                    # this act's own penalty
    assert earlier_penalties(admin, "某人一年前曾因非法买卖外汇受过行政处罚") == [("某人一年前曾因非法买卖外汇受过行政处罚", "stated")]
    assert earlier_penalties(admin, "五年前曾因非法买卖外汇被罚款")[0][1] == "too_old"
    assert earlier_penalties(admin, "曾因非法买卖外汇被罚款")[0][1] == "undated"
    assert earlier_penalties(PriorFrame("刑事", None), "曾因非法买卖外汇被罚款") == []       # no criminal penalty


@pytest.mark.parametrize("text,status", [
    ("某人非法从事资金支付结算业务，非法经营数额300万元，违法所得6万元，是否达到立案标准？", "unknown"),
    ("某人非法从事资金支付结算业务，非法经营数额260万元，一年前曾因非法买卖外汇受过行政处罚，是否达到立案标准？", "met"),
    ("某人非法从事资金支付结算业务，非法经营数额260万元，曾因非法买卖外汇被判处有期徒刑一年，是否达到立案标准？", "met"),
    ("某人非法从事资金支付结算业务，非法经营数额260万元，五年前曾因非法买卖外汇被罚款，是否达到立案标准？", "unknown"),
])
def test_the_act_in_question_meets_no_earlier_penalty_item(law_store, text, status):
    """支付结算解释（2019）第三条第二款: 二百五十万元 with 曾因…受过刑事追究 or 二年内…受过行政处罚. The act itself met
    both items (a probe: 300万 and 6万, nothing else stated, was 已达到)."""
    assert judgement(law_store, text, "非法经营罪")[1]["status"] == status


def test_a_penalty_received_with_bei_frames_the_item_and_each_act_it_lists():
    """卖淫解释（2017）第八条（四） 一年内曾因引诱、容留、介绍卖淫行为被行政处罚: 被 frames it as 受过 does, and 容留, between
    the frame's words, is one of its acts; 被 before no 刑事/行政 names no penalty."""
    from api.prior_penalty import PriorFrame, prior_options
    framed = prior_options("一年内曾因引诱、容留、介绍卖淫行为被行政处罚", ["一年内曾因引诱", "容留", "介绍卖淫行为被行政处罚"])
    assert [(a, f) for _, f, a in framed] == [("引诱", PriorFrame("行政", 1)), ("容留", PriorFrame("行政", 1)),
                                             ("介绍卖淫", PriorFrame("行政", 1))]
    # 被…处罚后，一年内又…: the years follow the penalty
    assert {f.years for _, f, _ in prior_options("因非法进入我国领海被行政处罚或者被刑事处罚后，一年内又非法进入我国领海",
                                               ["因非法进入我国领海被行政处罚", "被刑事处罚后"])} == {1}
    assert prior_options("非法处置因动植物防疫、检疫需要被依法处理的动植物或者其产品", ["检疫需要被依法处理的动植物"]) == []


def test_another_person_s_earlier_penalty_is_not_the_offender_s():
    """api/holder.py: the clause's subject holds the penalty (其妻子两年前曾因…, 冯某的哥哥一年前…); the offender's own
    (赵某两年前曾因…) and one shared in a joint act stay."""
    admin = PriorFrame("行政", 2)
    assert earlier_penalties(admin, "其妻子两年前曾因非法集资受过行政处罚")[0][1] == "another"
    assert earlier_penalties(admin, "冯某为他人买卖外汇，冯某的哥哥一年前因非法买卖外汇受过行政处罚")[0][1] == "another"
    assert earlier_penalties(admin, "其所在评价机构两年内因故意提供虚假证明文件受过行政处罚")[0][1] == "another"
    assert earlier_penalties(admin, "赵某两年前曾因非法集资受过行政处罚")[0][1] == "stated"
    assert earlier_penalties(admin, "老板两年前曾因非法集资受过行政处罚")[0][1] == "stated"


@pytest.mark.parametrize("text,offense,status", [
    # 集资解释（2022）第三条第二款: 50万 with the offender's own earlier penalty or prosecution
    ("赵某通过网络平台公开宣传理财产品，向社会公众吸收资金共计80万元。其妻子两年前曾因非法集资受过行政处罚。", "非法吸收公众存款罪", "unknown"),
    ("赵某通过网络平台公开宣传理财产品，向社会公众吸收资金共计60万元，其上家曾因非法集资被判处刑罚。", "非法吸收公众存款罪", "unknown"),
    ("赵某通过网络平台公开宣传理财产品，向社会公众吸收资金共计80万元。赵某两年前曾因非法集资受过行政处罚。", "非法吸收公众存款罪", "met"),
    # 信息网络解释（2019）第十二条（五） 二年内曾因…受过行政处罚，又帮助…
    ("金某明知他人实施网络诈骗仍为其提供技术支持，违法所得8000元。金某的妻子一年前曾因帮助信息网络犯罪活动受过行政处罚。",
     "帮助信息网络犯罪活动罪", "unknown"),
])
def test_a_relative_s_or_partner_s_penalty_meets_no_prior_penalty_item(law_store, text, offense, status):
    """A probe: the wife's, partner's, upstream seller's or brother's penalty met the item, quoted as 案情写明：其妻子…."""
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("words,text,gap", [
    ("十八个月前曾因", "", (1.5, 1.5)),            # read whole: it was read as 八个月
    ("二十六个月前曾因", "", (26 / 12, 26 / 12)),
    ("两年零三个月前曾因", "", (2.25, 2.25)),
    ("一年半前曾因", "", (1.5, 1.5)),
    ("半年前曾因", "", (0.5, 0.5)),
    ("去年1月曾因", "今年11月容留", (22 / 12, 22 / 12)),
])
def test_how_long_ago_is_read_whole(words, text, gap):
    assert prior_penalty.years_ago(words, text) == pytest.approx(gap)


def test_more_than_n_years_ago_is_past_an_n_year_window_and_last_year_is_open_for_one():
    more = prior_penalty.years_ago("两年多前曾因")
    assert more[0] > 2
    last_year = prior_penalty.years_ago("去年曾因", "张某容留")
    assert last_year[0] < 1 < last_year[1] < 2


LATER_ACT = "张某于2024年1月至6月以投资养老项目为名，承诺年息15%，向社会不特定公众吸收资金60万元。"
BROTHEL = "赵某经营足浴店，今年5月容留一名妇女在店内卖淫一次。"


@pytest.mark.parametrize("text,offense,status", [
    # 集资解释（2022）第三条第二款（二） 二年内曾因非法集资受过行政处罚 (with 50万元)
    (LATER_ACT + "张某两年多前曾因非法集资受过市场监管部门行政处罚。", "非法吸收公众存款罪", "unknown"),
    (LATER_ACT + "张某二十六个月前曾因非法集资受过行政处罚。", "非法吸收公众存款罪", "unknown"),
    (LATER_ACT + "张某两年前曾因非法集资受过行政处罚。", "非法吸收公众存款罪", "met"),
    # 卖淫解释（2017）第八条（四） 一年内曾因…被行政处罚
    ("赵某经营足浴店，2024年5月容留一名妇女在店内卖淫一次。赵某十八个月前曾因容留卖淫被公安机关行政拘留。", "引诱、容留、介绍卖淫罪", "unknown"),
    ("赵某经营足浴店，今年11月容留一名妇女在店内卖淫一次。赵某去年1月曾因容留卖淫被公安机关行政拘留。", "引诱、容留、介绍卖淫罪", "unknown"),
    ("赵某经营足浴店，2024年5月容留一名妇女在店内卖淫一次。赵某八个月前曾因容留卖淫被公安机关行政拘留。", "引诱、容留、介绍卖淫罪", "met"),
    # no penalty stands: set aside, or never given
    (BROTHEL + "赵某半年前曾因容留卖淫被公安机关行政拘留，但该处罚决定后经行政复议被撤销。", "引诱、容留、介绍卖淫罪", "unknown"),
    (BROTHEL + "赵某半年前曾因容留卖淫被公安机关查获，但当时未予行政处罚。", "引诱、容留、介绍卖淫罪", "unknown"),
])
def test_a_penalty_counts_only_inside_the_window_and_only_where_it_stands(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_within_n_years_is_at_most_n():
    assert prior_penalty.years_ago("二年内曾因") == (0.0, 2)


@pytest.mark.parametrize("text,status", [
    # a penalty dated by the calendar is dated: 2023年9月 is nine months before a 2024年6月 act (集资解释 第三条第二款（二）)
    ("2024年6月，张某以高息为诱饵向社会公众吸收资金60万元。张某2023年9月曾因非法集资受过行政处罚。", "met"),
    ("2024年6月，张某以高息为诱饵向社会公众吸收资金60万元。张某2021年9月曾因非法集资受过行政处罚。", "unknown"),
    # punished after the act in question: no earlier penalty
    ("2024年6月，张某以高息为诱饵向社会公众吸收资金60万元。张某2024年10月因非法集资受过行政处罚。", "unknown"),
])
def test_a_penalty_dated_by_the_calendar_is_read_against_the_act(law_store, text, status):
    assert judgement(law_store, text, "非法吸收公众存款罪")[1]["status"] == status


@pytest.mark.parametrize("text", [
    "此前未因非法集资受过刑事追究或行政处罚",
    "负责人没有因非法集资受过刑事追究，也没有受过行政处罚",
    "负责人从未因非法集资受过刑事追究或者行政处罚",
    "负责人三年前曾因非法集资受过行政处罚，无刑事前科",
])
def test_a_denied_earlier_penalty_is_denied_not_stated(text):
    """Probe 31a: each denial was read as the criminal penalty stated, and met 非法集资解释（2022）第三条第二款（一）."""
    assert {when for _, when in earlier_penalties(PriorFrame("刑事", None), text)} == {"denied"}


def test_a_penalty_for_an_act_done_without_a_licence_is_a_penalty():
    assert earlier_penalties(PriorFrame("行政", None), "2023年曾因未取得许可证非法买卖外汇被行政处罚")[0][1] == "stated"


@pytest.mark.parametrize("text,offense", [
    ("某公司公开向社会公众62人吸收资金96万元，投资人直接经济损失12万元，公司负责人此前未因非法集资受过刑事追究或者行政处罚。",
     "非法吸收公众存款罪"),
    ("当事人非法获取并出售公民姓名、手机号码信息4800条，违法所得3000元，此前未因侵犯公民个人信息受过刑事处罚或者行政处罚。",
     "侵犯公民个人信息罪"),
    ("当事人非法买卖外汇，非法经营数额300万元，违法所得6万元，此前未因非法买卖外汇受过刑事追究或者行政处罚。", "非法经营罪"),
])
def test_saying_there_was_no_earlier_penalty_meets_no_item_that_asks_for_one(law_store, text, offense):
    standards, verdict = judgement(law_store, text, offense)
    assert verdict["status"] != "met"
    prior = [c for s in standards for a in s["alternatives"] for c in a["conditions"]
             if c.get("kind") == "fact" and "受过刑事" in c["text"]]
    assert prior and all(c["status"] == "not_met" for c in prior)
