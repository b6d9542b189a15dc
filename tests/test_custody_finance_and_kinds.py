"""Session 58 (probes 89-91: custody and border officers' 渎职侵权 offenses, company and securities offenses, invoices and
tickets, public order and military items). Each test is a reading that was sure and wrong, or asked for a fact the text
states: a loss counts its recovery costs, 唯一一次 is once, a price below a share of the minimum is below it, a definition of
the act is no filing line, a view is no finding, a denied list denies its last act, the offender must be a guard or a
judicial officer, receipts of one bribe add up, a foreign note's face converts, a count of stamps is a count of 邮票."""
import pytest

from .conftest import judgement


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


def _clause(standards, unit_id):
    return next(s for s in standards if s["id"] == unit_id)


def _condition(clause, label, metric):
    alt = next(a for a in clause["alternatives"] if a["label"] == label)
    return next(c for c in alt["conditions"] if c.get("metric") == metric)


DELETED = "赵某离职后远程登录，删除了公司8台办公电脑中的设计文件，致系统无法启动。经核算，公司直接损失3000元，{costs}。赵某未从中获利。"


@pytest.mark.parametrize("costs,status", [("为恢复数据、系统支出技术服务费8000元", "met"),
                                          ("为恢复数据、系统支出技术服务费5500元", "not_met")])
def test_a_computer_loss_counts_the_costs_of_recovery(store, costs, status):
    """计算机解释（2011）第十一条第三款: 经济损失 includes 用户为恢复数据、功能而支出的必要费用 (3000元 + 8000元 is 11000元)."""
    standards, _ = judgement(store, DELETED.format(costs=costs), "破坏计算机信息系统罪")
    loss = _condition(_clause(standards, "std:jieshi-jisuanji-2011:art4:curated"), "（三）经济损失", "经济损失")
    assert loss["status"] == status and "第十一条第三款" in loss["compared"]


def test_a_sum_that_holds_the_recovery_costs_takes_none_again(store):
    text = "周某对平台服务器发起流量攻击，平台核算直接损失及恢复费用共约9000元，周某未获取报酬。"
    standards, _ = judgement(store, text, "破坏计算机信息系统罪")
    loss = _condition(_clause(standards, "std:jieshi-jisuanji-2011:art4:curated"), "（三）经济损失", "经济损失")
    assert loss["status"] == "not_met" and loss["compared"].startswith("9000元 <")


def test_the_only_time_is_once():
    from corpus.quantities import find_quantities
    assert [(q.raw, q.value) for q in find_quantities("此系其唯一一次放纵行为")] == [("一次", 1.0)]
    assert [q.value for q in find_quantities("共十一次")] == [11.0]


def test_a_price_below_a_share_of_the_minimum_is_below_it(store):
    """土地解释（2000）第六条（一）: 出让价额低于国家规定的最低价额标准的60% is a price under 60%, not 60%以上."""
    text = ("副局长何某为照顾亲属，徇私将一宗国有建设用地使用权低价协议出让，面积二万三千三百四十平方米，出让价额仅为国家规定最低价额"
            "标准的百分之五十五，造成国有土地资产流失二十八万元。")
    standards, verdict = judgement(store, text, "非法低价出让国有土地使用权罪")
    assert verdict["status"] == "met"
    share = _clause(standards, "std:jieshi-tudi-ziyuan-2000:art6")["alternatives"][0]["conditions"][1]
    assert share["op"] == "<" and share["status"] == "met"


def test_a_definition_of_the_act_is_no_filing_line(store):
    """非法集资解释（2022）第十条 says what 擅自发行 is (累计超过200人); the offense still needs 刑法第一百七十九条's 数额巨大、后果
    严重或者有其他严重情节, whose figures the corpus lacks: 180 buyers are not 未达到."""
    text = ("某农业公司未经批准以“内部员工股”名义向一百八十名认购人出售公司股权，募集资金六百万元。部分认购人称是看到朋友圈广告后"
            "认购的。")
    standards, verdict = judgement(store, text, "擅自发行股票、公司、企业债券罪")
    assert verdict["status"] == "unknown"
    assert not any(s["id"].startswith("std:jieshi-feifa-jizi-2022:art10") for s in standards)


def test_money_not_used_for_business_is_no_gainful_use(store):
    text = ("财务经理吴某利用职务便利，于2024年3月5日将公司资金贰拾万元借给表弟用于装修自住房，表弟于同年5月25日全额归还。"
            "该款没有用于经营、投资，也没有用于赌博等非法活动。")
    standards, verdict = judgement(store, text, "挪用资金罪")
    gainful = next(a for a in _clause(standards, "std:lian-zhuisu-biaozhun-2:art77")["alternatives"] if a["label"] == "（二）")
    assert gainful["status"] != "met" and verdict["status"] != "met"


def test_a_soldier_s_card_is_no_military_paper_and_a_firm_s_seal_no_military_seal(store):
    text = "犯罪嫌疑人陶某为应聘保安，伪造武装部队士兵证一本，并私刻“某物业公司”印章一枚，用于伪造工作经历证明。"
    standards, verdict = judgement(store, text, "伪造、变造、买卖武装部队公文、证件、印章罪")
    clause = _clause(standards, "std:jieshi-wuzhuang-budui-2011:art1:curated")     # (curated in session 60)
    assert all(a["status"] != "met" for a in clause["alternatives"]) and verdict["status"] != "met"


def test_a_public_outcry_keeps_the_catch_all_open(store):
    text = ("某音乐节举办方违反安全管理规定超量售票，入场时发生挤压。经鉴定重伤二级二人、轻伤十一人，无人死亡，直接经济损失约"
            "四十万元；事件视频在网络广泛传播，引发社会强烈关注。")
    verdict = judgement(store, text, "大型群众性活动重大安全事故罪")[1]
    assert verdict["status"] == "unknown" and any("社会强烈关注" in q for q in verdict["questions"])


def test_a_foreign_note_s_face_converts_at_the_stated_rate():
    from api.exchange_rates import with_stated_conversions
    from api.verdict import extract_facts
    text = "卫某变造出面额一百美元的变造币三张，经鉴定均为变造币。案发当日人民币对美元汇率中间价为7.10。"
    assert "折合人民币710元" in with_stated_conversions(text)
    totals = [f for f in extract_facts(text)["facts"] if f.quantity.unit == "元"]
    assert [f.quantity.value for f in totals] == [2130.0]



# The answer on facts that a reading made sure and wrong, or left open though they decide it (statuses: those allowed).
@pytest.mark.parametrize("offense,text,statuses", [
    # a head's view is no finding; a man under 行政拘留 is no 在押的犯罪嫌疑人、被告人、罪犯
    ("私放在押人员罪", "拘留所民警戚某违反规定，提前两天私自让被行政拘留十日的谢某离所回家。经查，谢某未涉嫌任何刑事犯罪，不是犯罪"
                "嫌疑人、被告人或罪犯。所长认为“私自放走被关押的人，就是私放在押人员”。", {"not_met"}),
    # a denied list denies its last act with its manner (没有任何通风报信、收受财物或故意放走)
    ("私放在押人员罪", "民警邹某押解罪犯柏某途中在车内睡着，柏某趁机打开未锁好的车门逃走，当晚被抓回。经调查，两名民警与柏某素不"
                "相识，没有任何通风报信、收受财物或故意放走的情节。", {"unknown", "not_met"}),
    # the receipts of one bribe, dated items after a colon, add up
    ("非国家工作人员受贿罪", "某民营医院设备科科长张某，在采购中利用职务便利先后收受供应商“回扣”：2023年3月现金一万二千元，6月购物卡"
                      "面值8000元，11月转账1.5万元，均归个人所有。", {"met"}),
    # a sum still being checked against another account decides nothing
    ("非法制造、出售非法制造的发票罪", "稽查局查获嫌疑人伪造的普通发票共八十份，票面金额合计二十二万元。违法所得方面，嫌疑人供称"
                              "八千元，其记账本记载为一万二千元，尚在核实。", {"unknown"}),
    # gas guns are no count of powder guns, and a gun still being tested does not count
    ("盗窃、抢夺枪支、弹药、爆炸物、危险物质罪", "裴某在射击俱乐部趁工作人员不备，抢夺两支气枪后逃离。鉴定机构已认定第一支为枪支；"
                                   "第二支因气瓶损坏，枪口比动能尚在检测中。", {"unknown"}),
    # a count of stamps is 邮票's count (立案追诉标准（一）第二十九条（二） 一千枚)
    ("伪造、倒卖伪造的有价票证罪", "郑某伪造邮票并在网上倒卖，经清点共一千二百枚，每枚面值八角，票面合计九百六十元，获利约八百元。",
     {"met"}),
    # the office: a detainee's beating may be asked about, a shop guard's is ruled out
    ("虐待被监管人罪", "在押人员“号长”施某因琐事在监室内殴打同监室在押人员张某，致其鼻骨骨折，经鉴定为轻伤。值班民警事前不知情。"
                  "就施某的行为，请问是否达到虐待被监管人罪立案追诉标准？", {"unknown", "not_met"}),
    ("刑讯逼供罪", "商场保安队长冯某怀疑顾客陈某偷拿商品，将其带到监控室，用电线捆住双手、扇耳光，逼其写下认罪书。经查，冯某系"
               "商场聘用的保安，不是公安机关或其他司法机关的工作人员。就冯某的行为，请问是否达到刑讯逼供罪立案追诉标准？", {"not_met"}),
    # a traveller's own true papers make no 偷越 (边境解释（2012）第六条), whatever he did abroad
    ("放行偷越国（边）境人员罪", "边检民警朱某为朋友秦某办理出境查验时“开绿灯”，让其未排队即经查验通道验放。经查，秦某所持本人护照、"
                        "签证均真实有效，无任何限制出境情形；其到达国外后逾期滞留打工至今未归。", {"not_met"}),
    # a chemical poisoning is no infectious disease, which every item of 渎职侵权立案标准（2006）一（二十） presupposes
    ("传染病防治失职罪", "监督员谢某对工地食堂日常监督检查流于形式，食堂误将亚硝酸盐当食盐使用，致23名工人中毒住院。经疾控机构调查"
                    "确认为化学性食物中毒，不属于传染病，无任何传染病病例。", {"not_met"}),
])
def test_the_answer_on_these_facts(store, offense, text, statuses):
    assert judgement(store, text, offense)[1]["status"] in statuses
