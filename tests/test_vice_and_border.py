"""Session 57 (probes 87a-c): 卖淫解释（2017）第一条 curated (three persons, the means and the control, each in the words officers
use), 边境解释（2012）第五条's band counted apart from its times, a lawful crossing that rules out 组织 and 运送 (第六条), an
informant's word that runs on to the act states no act, a boat across a border river is 运送, and files put online are 传播."""
import pytest

from .conftest import judgement


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


ORGANISED = ("张某通过网络招募{women}成年女子，统一规定服务价格，安排其分别到酒店、出租屋与嫖客发生性关系，每单抽取四成收入，"
             "并规定上下班时间。张某辩称其没有固定卖淫场所，规模很小。")


@pytest.mark.parametrize("women,status", [("刘某、陈某、杨某三名", "met"), ("刘某、陈某两名", "not_met")])
def test_organised_prostitution_counts_the_persons(store, women, status):
    standards, verdict = judgement(store, ORGANISED.format(women=women), "组织卖淫罪")
    clause = next(s for s in standards if s["id"] == "std:jieshi-maiyin-2017:art1:curated")
    assert clause["status"] == status
    if status == "met":
        assert verdict["status"] == "met"


def test_an_informant_s_word_states_no_act_and_a_lawful_crossing_rules_it_out(store):
    text = ("举报人称，某旅行社负责人王某于2025年10月组织15名游客赴泰国旅游，人数超过十人，属于组织他人偷越国（边）境“人数众多”，"
            "公安机关应当立案。经查，15名游客均持本人真实有效护照及依真实旅游事由申领的签证，经口岸边检正常查验出境，行程结束后全部按期"
            "经口岸入境。请问王某是否达到组织他人偷越国（边）境罪立案追诉标准？")
    assert judgement(store, text, "组织他人偷越国（边）境罪")[1]["status"] == "not_met"
    reported = text[:text.index("经查")] + "请问王某是否达到组织他人偷越国（边）境罪立案追诉标准？"
    assert judgement(store, reported, "组织他人偷越国（边）境罪")[1]["status"] == "unknown"


def test_a_boat_across_a_border_river_carries_people_across(store):
    text = "李某供述：2025年12月5日夜，我用自家小木船从界河我方一侧把两个人送到越南那边，每人收了800元。他们没有任何证件，也没去口岸。"
    assert judgement(store, text, "运送他人偷越国（边）境罪")[1]["status"] == "met"


@pytest.mark.parametrize("text,status", [
    ("王某与李某、赵某三人相约，一同经边境山间便道绕开边防检查偷越国境前往老挝务工，后被查获。王某系初次偷越。", "met"),
    ("王某与李某两人相约，一同经边境山间便道绕开边防检查偷越国境前往老挝务工，后被查获。王某系初次偷越，在境外也没干损害国家利益的事，"
     "没有拉别人一起，没有勾结境外人员，此前未受过处罚。", "not_met"),
])
def test_a_band_crossing_together_is_counted_apart_from_the_times(store, text, status):
    assert judgement(store, text, "偷越国（边）境罪")[1]["status"] == status


def test_files_put_online_are_spread(store):
    text = "曹某在其个人网站上免费发布淫秽视频文件四十五个（均经鉴定），未设会员，未收取任何费用。"
    standards, _ = judgement(store, text, "传播淫秽物品罪")
    compared = [c.get("compared") or "" for s in standards for a in s["alternatives"] for c in a["conditions"]]
    assert any("45个" in c for c in compared)


def test_two_answerers_who_count_otherwise_settle_nothing(store):
    text = ("询问笔录（摘录）问：你们怎么出去的？张某答：我和李某，还有一个叫“阿强”的，三个人一起从山里小路走过去的，到缅甸找活干。"
            "李某答：就我们两个人，没有别人。请问仅就张某而言，是否达到偷越国（边）境罪立案追诉标准？")
    standards, verdict = judgement(store, text, "偷越国（边）境罪")
    band = next(a for s in standards for a in s["alternatives"] if a["label"] == "（二）结伙")
    assert band["status"] == "unknown" and verdict["status"] == "unknown"
    agreed = text.replace("李某答：就我们两个人，没有别人。", "李某答：是我们三个人一起走的。")
    band = next(a for s in judgement(store, agreed, "偷越国（边）境罪")[0] for a in s["alternatives"] if a["label"] == "（二）结伙")
    assert band["status"] == "met"


@pytest.mark.parametrize("text,offense,status", [
    # the visas handed to the organiser for his use are his purpose (第三百一十九条)
    ("某劳务公司负责人张某受偷渡组织者王某委托，为将吴某等3人组织出境后非法滞留务工，以“劳务输出”名义编造3份虚假劳务合同，"
     "向某国驻华使馆骗取工作签证3份，交王某用于组织3人出境。", "骗取出境证件罪", "met"),
    # one's own visa for one's own trip, no organising found
    ("李某为本人赴日本旅游，伪造了一份在职证明，向日本驻华使馆骗取本人旅游签证1份。经查，李某未为他人办理任何证件，"
     "与任何组织偷越国（边）境活动均无关联。", "骗取出境证件罪", "not_met"),
    # a denial with the one it is done to between: 从未向任何他人提供过…; 未将任何证件转让他人
    ("刘某自行涂改本人已过期护照的有效期，持该护照出境时被查获。经查，刘某从未向任何他人提供过伪造、变造的护照或其他出入境证件。",
     "提供伪造、变造的出入境证件罪", "not_met"),
    ("经查，郑某仅提供填表、预约、代为递交材料等服务并收取服务费，签证均签发给申请人本人，郑某未将任何证件转让他人。",
     "出售出入境证件罪", "not_met"),
])
def test_exit_papers(store, text, offense, status):
    assert judgement(store, text, offense)[1]["status"] == status


def test_a_designated_maker_s_unnumbered_guns_need_the_purpose_of_selling(store):
    text = ("检查发现某依法被指定的枪支制造企业库房内存放无号运动手枪7支，均未登记入账。企业称该批枪支系试验用样枪，不对外销售；"
            "举报人则称曾见有人到厂内看货，相关交易证据仍在调查中。")
    assert judgement(store, text, "违规制造、销售枪支罪")[1]["status"] == "unknown"


def test_rounds_not_found_military_are_no_military_count(store):
    text = ("民警查获戚某通过快递寄出的铜壳步枪子弹80发，戚某承认系卖给网友。该批子弹是否属于军用子弹，鉴定意见尚未出具。")
    assert judgement(store, text, "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪")[1]["status"] == "unknown"
    military = text.replace("铜壳步枪子弹80发", "五四式军用手枪子弹80发").replace("该批子弹是否属于军用子弹，鉴定意见尚未出具。", "")
    assert judgement(store, military, "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪")[1]["status"] == "met"


def test_a_part_set_apart_as_no_gun_is_no_count(store):
    text = ("在张某（无持枪资格）家中查获气枪3支。经公安机关鉴定，其中2支为以压缩气体为动力的枪支，另1支因不具有致伤力不认定为枪支。")
    assert judgement(store, text, "非法持有、私藏枪支、弹药罪")[1]["status"] == "met"


def test_a_finding_after_a_tip_off_is_no_informant_s_word():
    """据群众举报 opens a judgment's finding; 举报人称 an informant's word, which runs on by commas to the act."""
    from api.conduct import _informant_says
    finding = "2016年5月12日，据群众举报，被告人张某在其家中容留李某吸食甲基苯丙胺。"
    assert not _informant_says(finding, finding.index("容留"))
    said = "举报人称，王某组织15名游客赴泰国旅游，属于组织他人偷越国（边）境。"
    assert _informant_says(said, said.index("属于") + 2)
    found = "举报人称王某组织游客出境。经查，王某组织他人偷越国（边）境。"
    assert not _informant_says(found, found.rindex("组织他人"))
