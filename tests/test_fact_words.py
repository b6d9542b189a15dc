"""Which stated number a condition is compared with: the words around it must name what the condition
counts. Each case here was a sure verdict on another thing's number."""
import pytest

from .conftest import judgement


def _verdict(law_store, text: str, offense: str) -> str:
    return judgement(law_store, text, offense)[1]["status"]


def _item(law_store, text: str, offense: str, standard: str, label: str) -> dict:
    standards, _ = judgement(law_store, text, offense)
    own = next(s for s in standards if s["id"] == standard)
    return next(a for a in own["alternatives"] if a["label"] == label)


@pytest.mark.parametrize("text,status", [
    ("某人倾倒建筑垃圾十吨", "unknown"),            # 危险废物三吨以上: how it was disposed of names no waste
    ("某人非法倾倒危险废物五吨", "met"),
    ("小作坊把收来的废机油5吨倒进山沟", "met"),       # listed in the 国家危险废物名录 by name
])
def test_only_hazardous_waste_counts_toward_three_tonnes(law_store, text, status):
    item = _item(law_store, text, "污染环境罪", "std:jieshi-huanjing-wuran-2023:art1", "（二）")
    assert item["status"] == status


@pytest.mark.parametrize("text,status", [
    ("某人出售他人住宿信息四百条", "unknown"),        # item (四): 五百条; item (三)'s 五十条 is for 行踪轨迹…
    ("某人出售他人健康生理信息三百条", "unknown"),
    ("某人出售他人行踪轨迹信息六十条", "met"),
])
def test_a_kind_of_personal_information_is_counted_under_its_own_item(law_store, text, status):
    assert _verdict(law_store, text, "侵犯公民个人信息罪") == status


def test_a_head_count_is_of_the_thing_its_own_item_names(law_store):
    """重伤2人，无人死亡: the 2人 were injured, and 无人死亡 states the deaths: none."""
    item = _item(law_store, "工厂事故重伤2人，无人死亡，够重大责任事故罪吗？", "重大责任事故罪",
                 "std:jieshi-weihai-shengchan-anquan-2015:art6", "（一）1")
    assert item["status"] == "not_met" and item["conditions"][0]["fact"]["value"] == 0
    item = _item(law_store, "工厂事故造成1人死亡、2人重伤", "重大责任事故罪", "std:jieshi-weihai-shengchan-anquan-2015:art6", "（一）1")
    assert item["status"] == "met"


@pytest.mark.parametrize("text,status", [
    ("集资诈骗约10万元", "unknown"), ("集资诈骗10万元左右", "unknown"),    # an estimate of the threshold itself
    ("集资诈骗约12万元", "met"), ("集资诈骗约8万元", "not_met"), ("集资诈骗10万余元", "met"),
])
def test_an_estimate_at_the_threshold_decides_nothing(law_store, text, status):
    standards, _ = judgement(law_store, text, "集资诈骗罪")
    amount = next(s for s in standards if s["governing"])["alternatives"][0]
    assert amount["status"] == status


@pytest.mark.parametrize("text,sold,unsold", [
    ("伪劣产品货值金额六万元", "unknown", "not_met"),               # 货值金额 is no 销售金额: not 6万 ≥ 5万
    ("伪劣产品销售金额六万元", "met", "unknown"),
])
def test_a_sum_counts_under_the_item_that_names_it_in_its_own_words(law_store, text, sold, unsold):
    standard = "std:lian-zhuisu-biaozhun-1:art16"
    assert _item(law_store, text, "生产、销售伪劣产品罪", standard, "（一）")["status"] == sold
    assert _item(law_store, text, "生产、销售伪劣产品罪", standard, "（二）")["status"] == unsold


def test_an_item_naming_its_own_thing_is_not_restated_by_the_act_on_another(law_store):
    """爆炸物解释（2001）第一条（五） 非法制造、买卖…爆炸装置 was met by any stated act of the offense: 非法买卖雷管10枚
    (under the 三十枚 of item (三)) reached the filing standard through it."""
    offense = "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪"
    assert _item(law_store, "非法买卖雷管10枚", offense, "std:jieshi-baozhawu-2001:art1", "（五）")["status"] == "unknown"
    assert _verdict(law_store, "非法买卖雷管10枚", offense) != "met"
    assert _item(law_store, "非法制造爆炸装置一个", offense, "std:jieshi-baozhawu-2001:art1", "（五）")["status"] == "met"


@pytest.mark.parametrize("text,status", [
    ("煤矿雇用3名17岁的未成年人井下作业", "unknown"),              # 17岁 are no 未满十六周岁的未成年人
    ("煤矿雇用3名未满十六周岁的未成年人井下作业", "met"),          # 3名未满… is no "fewer than 3"
    ("煤矿雇用1名未满十六周岁的未成年人井下作业", "not_met"),
])
def test_people_counted_under_an_age_limit_are_of_that_age(law_store, text, status):
    item = _item(law_store, text, "雇用童工从事危重劳动罪", "std:lian-zhuisu-biaozhun-1:art32", "（二）")
    assert item["status"] == status


def test_a_statement_without_the_options_last_words_does_not_state_it():
    """立案追诉标准（一）第三十二条（一） 造成未满十六周岁的未成年人伤亡: any text naming the children met it."""
    from api.verdict import find_stated
    assert find_stated("未满十六周岁的未成年人伤亡", "雇用1名未满十六周岁的未成年人井下作业") is None
    assert find_stated("未满十六周岁的未成年人伤亡", "造成一名未满十六周岁的未成年人伤亡") is not None
    assert find_stated("在禁采区、禁采期内采矿的", "在禁采区、禁采期内采矿") is not None     # 的 is no last word


@pytest.mark.parametrize("text,status", [
    ("某人猎捕野兔价值一万二千元", "unknown"),                          # no 禁猎区, 禁猎期 or 禁用的工具、方法 stated
    ("某人猎捕野生动物价值一万二千元，未在禁猎区禁猎期，也未使用禁用工具", "unknown"),
    ("某人在禁猎期用猎夹猎捕野兔价值一万二千元", "met"),                # 猎夹 is a 禁用的工具 (野生动物保护法第二十四条)
])
def test_the_hunting_articles_head_holds_for_its_amount_item(law_store, text, status):
    """野生动物解释（2022）第七条: 在禁猎区、禁猎期或者使用禁用的工具、方法进行狩猎，具有下列情形之一的 — item (一)
    价值一万元以上 was met on the value alone."""
    item = _item(law_store, text, "非法狩猎罪", "std:jieshi-yesheng-dongwu-2022:art7", "（一）")
    assert item["status"] == status


def test_a_denied_place_holds_for_the_places_run_on_after_it():
    from api.verdict import _negated
    text = "未在禁猎区禁猎期狩猎"
    assert _negated(text, text.index("禁猎期"))
    text = "不在禁渔区但在禁渔期捕捞"
    assert not _negated(text, text.index("禁渔期"))


@pytest.mark.parametrize("text,status", [
    ("某企业干扰自动监测设施排放二氧化硫", "unknown"),                 # any 企业 is no 重点排污单位
    ("某公司不是重点排污单位，篡改自动监测数据排放化学需氧量", "unknown"),
    ("某重点排污单位篡改自动监测数据排放氨氮", "met"),
])
def test_the_kind_of_unit_that_must_act_is_a_requirement_of_its_own(law_store, text, status):
    """环境污染解释（2023）第一条（七）: 重点排污单位、实行排污许可重点管理的单位篡改、伪造自动监测数据… — cut at 、,
    重点排污单位 was one option beside the acts, and any 公司 that 篡改自动监测数据 met it."""
    item = _item(law_store, text, "污染环境罪", "std:jieshi-huanjing-wuran-2023:art1", "（七）")
    assert item["status"] == status


@pytest.mark.parametrize("text,first,status", [
    ("某公司未经批准占用林地六亩建设厂房，造成林地毁坏。", "unknown", "unknown"),     # 公益林地五亩 or 商品林地十亩?
    ("某公司未经批准占用林地十二亩建设厂房，造成林地毁坏。", "met", "met"),          # either way
    ("某公司未经批准占用公益林地六亩建设厂房，造成林地毁坏。", "met", "met"),
])
def test_land_of_an_unstated_kind_meets_only_what_every_kind_would(law_store, text, first, status):
    item = _item(law_store, text, "非法占用农用地罪", "std:jieshi-senlin-ziyuan-2023:art1:1", "（一）")
    assert item["status"] == first
    assert _verdict(law_store, text, "非法占用农用地罪") == status


ARMS = "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪"


@pytest.mark.parametrize("text,status", [
    ("张某非法买卖子弹十五发。", "unknown"),          # 军用子弹十发 or 其他非军用子弹一百发?
    ("张某非法买卖军用子弹十五发。", "met"),
    ("张某非法买卖子弹一百二十发。", "met"),          # either way
    ("张某非法买卖烟火药一千五百克。", "unknown"),     # 烟火药三千克, not 炸药、发射药、黑火药一千克
    ("张某非法买卖黑火药一千五百克。", "met"),
])
def test_ammunition_and_powder_are_counted_under_their_own_kind(law_store, text, status):
    assert _verdict(law_store, text, ARMS) == status


def test_a_refund_due_is_no_invoice_tax(law_store):
    """应退税额 and 票面税额 are both 税额; only the invoices' own counts for 非法购买增值税专用发票."""
    text = ("某公司将出口报关单价虚报为实际成交价的三倍左右。为匹配虚高的出口额，林某另向多家空壳公司购买增值税专用发票"
            "作为进项。公司据此累计申报并取得出口退税款186万元，其中与真实出口对应的应退税额仅约40万元。")
    assert _verdict(law_store, text, "非法购买增值税专用发票、购买伪造的增值税专用发票罪") == "unknown"
    assert _verdict(law_store, "林某非法购买增值税专用发票，票面税额合计四十万元。",
                    "非法购买增值税专用发票、购买伪造的增值税专用发票罪") == "met"


@pytest.mark.parametrize("paid", [
    "案发前已归还集资参与人25万元",          # 集资解释（2022）第八条: 已归还的数额应予扣除
    "其为宣传另支付广告费25万元",
    "承诺支付的利息合计25万元",
])
def test_money_paid_back_or_out_is_no_sum_taken(law_store, paid):
    text = f"某人虚构项目公开集资，骗取群众集资款8万元，{paid}，集资诈骗数额是否达到追诉标准？"
    assert _verdict(law_store, text, "集资诈骗罪") != "met"


def test_bait_is_counted_as_bait_not_as_the_poison_s_powder(law_store):
    """立案追诉标准（一）第二条（三） 毒鼠强…原粉、原液、制剂五十克以上或者饵料二千克以上."""
    offense = "非法制造、买卖、运输、储存危险物质罪"
    assert _verdict(law_store, "许某非法储存毒鼠强饵料1.5千克。", offense) != "met"
    assert _verdict(law_store, "许某非法储存毒鼠强饵料3千克。", offense) == "met"
    assert _verdict(law_store, "许某非法储存毒鼠强原粉60克。", offense) == "met"


def test_a_kind_denied_with_or_is_denied_for_each(law_store):
    text = "某奶粉厂生产的成人奶粉蛋白质含量严重不符合食品安全标准，不属于婴幼儿食品或特殊医学用途配方食品，销售金额2万元。"
    item = _item(law_store, text, "生产、销售不符合安全标准的食品罪", "std:jieshi-shipin-anquan-2021:art1", "（四）")
    assert item["status"] != "met"


@pytest.mark.parametrize("text,status", [
    ("魏某非法出售公民姓名、电话号码等一般个人信息3000条，违法所得1000元。", "not_met"),   # （五）: 五千条
    ("出售住宿信息三百条、其他公民个人信息二千五百条", "met"),                            # （六）: 0.6 + 0.5
])
def test_ordinary_personal_information_is_counted_under_item_five(law_store, text, status):
    """个人信息解释（2017）第五条: 姓名、电话 are neither （四）'s 住宿信息、通信记录… nor its 其他可能影响人身、财产安全的."""
    item = _item(law_store, text, "侵犯公民个人信息罪", "std:jieshi-geren-xinxi-2017:art5", "（四）")
    assert item["status"] != "met"
    assert _verdict(law_store, text, "侵犯公民个人信息罪") in ((status,) if status == "met" else ("not_met", "unknown"))


def test_land_outside_the_prime_farmland_is_none_of_it(law_store):
    """土地解释（2000）第一条（一） 基本农田五亩 / （二） 基本农田以外的耕地十亩: 以外的耕地八亩 met （一） (a probe).
    The land named is all 基本农田以外的耕地, so none of it is 基本农田 (api/land_kind.py), and the answer says why."""
    text = "某人非法转让土地使用权，涉及基本农田以外的耕地8亩，是否达到立案标准？"
    first = _item(law_store, text, "非法转让、倒卖土地使用权罪", "std:jieshi-tudi-ziyuan-2000:art1", "（一）")
    second = _item(law_store, text, "非法转让、倒卖土地使用权罪", "std:jieshi-tudi-ziyuan-2000:art1", "（二）")
    assert first["status"] == "not_met" and second["status"] == "not_met"
    assert "未涉及基本农田" in first["conditions"][0]["compared"]


@pytest.mark.parametrize("text,status", [
    ("王某组织五人赌博，抽头渔利6000元，是否达到立案标准？", "met"),
    # the party's figure the facts correct is not compared (the checked one may be, or be asked)
    ("王某组织五人赌博，王某辩称抽头渔利6000元，经查证实际抽头渔利3000元，是否达到立案标准？", "not_met"),
])
def test_a_claimed_figure_the_facts_correct_is_not_the_figure(law_store, text, status):
    item = _item(law_store, text, "赌博罪", "std:lian-zhuisu-biaozhun-1:art43", "（一）")
    assert item["status"] == status


@pytest.mark.parametrize("text,offense,standard,label,status", [
    # 刑法第三百五十七条第二款: the drugs 查证属实 as his; 3 of the 10 are the flatmate's
    ("民警在赵某住处查获冰毒10克，其中3克系同住人李某所有，赵某是否构成非法持有毒品罪？", "非法持有毒品罪",
     "std:xingfa:art348:statutory", "", "not_met"),
    ("民警在赵某住处查获冰毒10克，赵某是否构成非法持有毒品罪？", "非法持有毒品罪", "std:xingfa:art348:statutory", "", "met"),
    # a joint act's partner's take stays in the total
    ("黄某组织五人赌博，抽头渔利累计6000元，其中3000元系合伙人赵某个人所得，是否达到立案标准？", "赌博罪",
     "std:lian-zhuisu-biaozhun-1:art43", "（一）", "met"),
])
def test_a_part_of_the_total_that_is_another_s_is_taken_out(law_store, text, offense, standard, label, status):
    standards, _ = judgement(law_store, text, offense)
    own = next(s for s in standards if s["id"] == standard)
    item = next(a for a in own["alternatives"] if a["label"] == label or (not label and "甲基苯丙胺" in a["text"]))
    assert item["status"] == status


def test_a_part_that_is_not_the_thing_or_in_another_unit_is_not_counted():
    from api.own_share import own_shares
    from api.verdict import Fact, extract_facts
    facts = extract_facts("吴某传播视频20个，经鉴定其中5个不属于淫秽物品")["facts"]
    assert [(f.quantity.value, f.note) for f in facts] == [(15.0, "20个中扣除其中5个，不属于所计之物")]
    text = "陈某介绍卖淫2人次，其中1次系李某单独介绍、与陈某无关"
    assert [f.quantity.value for f in extract_facts(text)["facts"]] == [1.0]
    # a part in another unit drops the total, to be asked for; a part no one else's leaves it
    assert own_shares("共20克，其中3个系他人所有", extract_facts("共20克，其中3个系他人所有")["facts"], Fact) == []
    assert [f.quantity.raw for f in extract_facts("共20克，其中3克系其本人所有")["facts"]] == ["20克", "3克"]


@pytest.mark.parametrize("text,offense,status", [
    # a figure asked about, or said to be unverified, is no fact
    ("某厂生产伪劣灯具，其销售金额是否达到5万元目前尚不清楚，是否应当移送？", "生产、销售伪劣产品罪", "unknown"),
    ("群众举报称某商户销售伪劣灯具，销售金额达8万元，目前尚未查实，是否应当移送？", "生产、销售伪劣产品罪", "unknown"),
    ("某商户销售伪劣灯具，销售金额达8万元，是否应当移送？", "生产、销售伪劣产品罪", "met"),
    # an outcome said to be unrelated to the party
    ("乙公司项目经理违章指挥，乙公司工地未发生任何事故；相邻甲公司工地坍塌致一人死亡，与乙公司无关，是否构成重大责任事故罪？",
     "重大责任事故罪", "unknown"),
    # the thing's words only in a denial: 货值 is no 损失
    ("某厂生产假兽药，尚未销售即被查获，货值金额20万元，尚未造成任何损失，是否达到立案标准？", "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    ("某厂销售假兽药，致使养殖户生猪死亡，使生产遭受损失20万元，是否达到立案标准？", "生产、销售伪劣农药、兽药、化肥、种子罪", "met"),
    # 抢救无效死亡 is a death
    ("某工地违章作业发生坍塌，工人二人经抢救无效死亡，是否达到重大责任事故罪立案标准？", "重大责任事故罪", "met"),
])
def test_figures_the_text_does_not_state_as_this_party_s_facts(law_store, text, offense, status):
    assert _verdict(law_store, text, offense) == status


@pytest.mark.parametrize("text,status", [
    ("某人走私每张面额100元的假币，共25张，是否达到走私假币罪立案标准？", "met"),        # 2,500元
    ("某人走私面额50元的假币共60张入境，是否达到走私假币罪立案标准？", "met"),            # 3,000元
    ("某人走私面额100元的假币15张入境，是否达到走私假币罪立案标准？", "not_met"),          # 1,500元
])
def test_a_note_s_face_value_times_the_count_is_the_total_face_value(law_store, text, status):
    """立案追诉标准（二）第二条（一） 总面额二千元: one note's 100元 was compared and found short (a probe)."""
    standards, _ = judgement(law_store, text, "走私假币罪")
    own = next(s for s in standards if s["id"] == "std:lian-zhuisu-biaozhun-2:art2")
    assert next(a for a in own["alternatives"] if a["text"].startswith("（一）总面额"))["status"] == status


@pytest.mark.parametrize("text,status", [
    # 土地解释（2000）第一条（四） 非法获利: a transfer price names no gain, though both say 非法
    ("某村民以牟利为目的非法转让集体建设用地3亩，转让价款共计80万元，是否达到立案标准？", "unknown"),
    ("某村民以牟利为目的非法转让集体建设用地3亩，非法获利60万元，是否达到立案标准？", "met"),
])
def test_a_price_is_no_gain(law_store, text, status):
    item = _item(law_store, text, "非法转让、倒卖土地使用权罪", "std:jieshi-tudi-ziyuan-2000:art1", "（四）")
    assert item["status"] == status
