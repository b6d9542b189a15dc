"""Session 63 (probes 104-106, and two old sure-and-wrong answers). Each reading had given a sure verdict the stated facts
do not support, or asked for what they state: times counted person by person, a pathogen found in one seller's blood, a
girl's age behind a pronoun, acts the 刑法 article makes the filing line, findings that rule out the thing smuggled or the
offender, and dates and figures said the way officers write them."""
import pytest

from .conftest import judgement

BLOOD_AND_MINORS = [
    # times of each seller added up: 2 + 1 = 3人次
    ("非法组织卖血罪", "经查，何某组织赵某卖血两次、组织钱某卖血一次，每次收取介绍费一百元，获利三百元。二人均为成年人。", {"met"}),
    ("非法组织卖血罪", "经查，何某组织两名成年工友到采血点各卖血一次，获利八百元。二人血液检测均为阴性，何某无其他情节。", {"not_met"}),
    # a pathogen in one seller's blood, named by the seller's name
    ("非法组织卖血罪", "何某组织孙某到外地采血点卖血一次，获利二百元。经疾控中心检测，孙某血液中含有乙型肝炎病毒。", {"met"}),
    # a screen whose confirmation is still to come settles nothing, and another seller's negative test does not either
    ("非法组织卖血罪", "何某组织他人卖血二人次，获利一千元，被组织者均为成年人。周某血样初筛乙肝表面抗原弱阳性，确证检测结果尚未出具；"
                "吴某各项检测均为阴性。", {"unknown"}),
    # one seller a minor by the papers, the other unnamed: met on the named one
    ("非法组织卖血罪", "2025年5月，何某组织两人到地下血站各卖血一次，获利九百元。其中卖血者小周的身份证显示其2009年3月出生。",
     {"met"}),
    # the girl behind a pronoun, her birth date after a pseudonym's mark
    ("引诱幼女卖淫罪", "被害人小梅（化名）出生于2011年6月1日。2024年11月，郑某以给零花钱为诱饵，引诱其向他人卖淫一次。", {"met"}),
    # a word for young people before her name is the same girl; fourteen at the act
    ("引诱幼女卖淫罪", "2025年3月，郑某引诱女孩小梅卖淫一次。经户籍核实，小梅出生于2010年10月，年龄无争议。", {"not_met"}),
    # forced by beatings and never lured: no 引诱
    ("引诱幼女卖淫罪", "郑某以殴打、拘禁手段强迫十三岁的小梅卖淫两次，始终未对其利诱、诱骗。", {"not_met"}),
    # the act is dated by the month of the year last named, not by the first meeting
    ("引诱幼女卖淫罪", "郑某于2024年3月结识小梅。同年8月，郑某以替其还债为诱饵引诱小梅卖淫一次。小梅出生于2010年6月15日。",
     {"unknown", "not_met"}),
    # a cleaner on a fixed wage at a licensed venue (卖淫解释（2017）第四条第二款)
    ("协助组织卖淫罪", "某持有营业执照的洗浴中心涉嫌组织卖淫。保洁员周某负责打扫包间，每月领取固定工资三千元，没有提成，"
                "经查没有招募、运送人员，也未参与收取嫖资。", {"not_met"}),
]

DRUGS_AND_BORDERS = [
    # seeds inactivated by an appraisal: no object of the offense, whatever their weight
    ("非法买卖、运输、携带、持有毒品原植物种子、幼苗罪", "某干货店出售“熟罂粟籽”共四百克。经鉴定，该批罂粟种子已经高温炒制灭活、"
                                        "不具有发芽能力。", {"not_met"}),
    # the other seeds and seedlings denied with the named ones
    ("非法买卖、运输、携带、持有毒品原植物种子、幼苗罪", "经核对，郑某持有的未经灭活的大麻种子共计四十五千克。郑某没有买卖、持有罂粟种子、"
                                        "大麻幼苗或者其他毒品原植物种子、幼苗。", {"not_met"}),
    # the 刑法 article is the filing line: the acts as officers tell them
    ("运送他人偷越国（边）境罪", "船主郑某驾船于夜间将六名未持任何出入境证件的人员从码头运往越南海域，每人收取两千元。", {"met"}),
    ("引诱、教唆、欺骗他人吸毒罪", "聚会中郑某趁孙某不注意，将少量氯胺酮粉末掺入其啤酒中，孙某不知情饮用后出现幻觉。", {"met"}),
    ("窝藏、转移、隐瞒毒品、毒赃罪", "郑某明知钱款系其兄贩毒所得，仍帮其将四万元现金转移存入自己名下的银行卡，二人事先没有通谋。", {"met"}),
    # a consent said in the other's words leaves the force open
    ("强迫他人吸毒罪", "被害人小孙陈述：郑某持刀逼其吸食甲基苯丙胺一次。郑某承认二人一起吸毒，但称小孙是“自己要吸的”，否认持刀。",
     {"unknown"}),
    # the thing sold was no drug, and the seller knew it
    ("走私、贩卖、运输、制造毒品罪", "郑某以“冰毒”名义向他人出售白色晶体三克，收款九百元。经鉴定，该晶体为冰糖，未检出任何毒品成分；"
                              "郑某供称明知是冰糖。", {"not_met"}),
    ("走私、贩卖、运输、制造毒品罪", "郑某以二百元价格向他人卖出一小包白色晶体，经鉴定为甲基苯丙胺，净重0.2克。", {"met"}),
]

SMUGGLING_AND_MONEY = [
    ("走私武器、弹药罪", "海关在一批进境邮包中查获仿真枪十五支，经公安机关鉴定，均不能发射制式弹药，鉴定意见为“不属于枪支”。", {"not_met"}),
    ("走私武器、弹药罪", "某公司进口废旧金属一批，其中夹带子弹弹壳四百枚，经国家有关技术部门鉴定，均为已击发的报废弹壳，无法组装并使用。",
     {"not_met"}),
    ("走私核材料罪", "海关在出境集装箱中查获放射源一枚，经鉴定为工业探伤用铯-137密封源，不属于核材料。", {"not_met"}),
    ("走私文物罪", "郑某在国外购得清代瓷器两件，随身携带入境时未向海关申报。经鉴定均为国家三级文物。", {"not_met"}),
    # an insurer's own claims adjuster is judged under 职务侵占 (刑法第一百八十三条第一款)
    ("保险诈骗罪", "某财产保险股份有限公司理赔员郑某，利用职务便利编造未曾发生的保险事故进行虚假理赔，将保险金九万元转入自己控制的账户。",
     {"not_met"}),
    ("虚假出资、抽逃出资罪", "某有限公司的财务经理郑某（非发起人、非股东）擅自将公司注册资本金三百万元转入个人账户用于炒股，股东均不知情。",
     {"not_met"}),
    ("出售、购买、运输假币罪", "郑某受人之托，驾车将一包伪造的人民币从甲市运往乙市，途中被查获。经鉴定，包内为伪造的100元券45张。"
                    "郑某供认出发前就知道是假币。", {"met"}),
    ("变造货币罪", "郑某用刀片将真币百元券逐张揭层，再将揭开的券面拼合粘贴，共加工出变造的百元券25张，总面额2500元。", {"met"}),
    # one earlier penalty past the window and no other record
    ("走私假币罪", "郑某从境外寄递入境伪造的人民币50元券24张，总面额1200元。郑某曾于2021年5月因走私假币被海关行政处罚，本次行为发生在"
              "2024年8月，此外无其他违法犯罪记录和其他情节。", {"not_met"}),
]

OFFICIALS_AND_SHOWS = [
    ("报复陷害罪", "郑某系某民营公司人事经理，不具有任何公职身份。员工孙某向税务局举报公司偷税后，郑某将其调岗并扣发奖金。", {"not_met"}),
    ("破坏选举罪", "某村村民委员会换届选举中，候选人郑某向村民每户发放现金二百元拉票，最终当选村委会主任。", {"not_met"}),
    # 十二人，每人一次: 12人次 and 12人 both short of twenty; no financial credentials; no loss
    ("提供侵入、非法控制计算机信息系统程序、工具罪", "郑某在论坛出售一款可绕过游戏账号登录验证的工具，经检验属于专门用于侵入计算机信息系统的"
                                     "工具，不涉及网银、证券等金融服务。经查共卖给十二人，每人一次，违法所得四千元；相关用户均未发生"
                                     "经济损失，也未发现其他情节。", {"unknown", "not_met"}),
    # another's shows in a place of his own are not added
    ("组织播放淫秽音像制品罪", "郑某在其棋牌室内组织播放淫秽录像共十场次，未造成恶劣社会影响。另查明，邻村孙某在另一场所单独组织播放二十场次，"
                      "与郑某无共谋。", {"not_met"}),
    # a worker who died of his injuries nine days later is one death
    ("强令、组织他人违章冒险作业罪", "项目经理郑某明知脚手架存在事故隐患，以扣发工资相威胁，强令三名工人继续作业。脚手架倒塌，工人孙某重伤，"
                             "送医抢救九天后死亡，直接经济损失三十万元。", {"met"}),
    ("强令、组织他人违章冒险作业罪", "项目经理郑某以扣发工资相威胁，强令六名工人进行高空作业。半小时后执法人员责令停止作业，未发生任何事故，"
                             "没有人员伤亡，也没有财产损失。", {"not_met"}),
    ("过失泄露国家秘密罪", "郑某误将三份秘密级文件交给外单位人员，当日发现后立即向单位报告，如实说明情况，当晚全部追回。所涉文件不涉及"
                   "绝密级、机密级，也不涉及涉密计算机接入互联网，无其他情节。", {"not_met"}),
]

OLD_SURE_AND_WRONG = [
    # the earlier penalty's 0.5万元 is no gain of the act in question (was not_met on it)
    ("非法出售发票罪", "范某2024年6月因非法出售普通发票违法所得0.5万元，被税务机关行政处罚。2025年3月至9月，范某又非法出售真实普通发票"
                "60份，票面金额22万元，两次分别获利0.7万元和0.6万元。", {"unknown", "met"}),
    # the train tickets and the ferry tickets priced per piece add up (票面数额累计)
    ("倒卖车票、船票罪", "黄某加价倒卖火车票，票面合计四千九百元；另查明其同期倒卖轮渡船票三张，每张票面一百二十元；非法获利共一千元。",
     {"met"}),
]


@pytest.mark.parametrize("offense,text,statuses",
                         BLOOD_AND_MINORS + DRUGS_AND_BORDERS + SMUGGLING_AND_MONEY + OFFICIALS_AND_SHOWS + OLD_SURE_AND_WRONG)
def test_session_63_readings(law_store, offense, text, statuses):
    _, verdict = judgement(law_store, text, offense)
    assert verdict["status"] in statuses, (verdict["status"], verdict.get("notes"), verdict.get("questions"))


def test_person_times_counts_each_person_once_and_only_without_a_stated_total():
    from api.person_times import with_person_times
    from api.verdict import Fact, extract_facts
    facts = extract_facts("组织赵某卖血两次、组织钱某卖血一次")["facts"]
    assert [f.quantity.value for f in facts if f.quantity.unit == "人次"] == [3.0]
    # a total in 人次 stated by the facts stands alone
    stated = extract_facts("共组织卖血2人次，其中赵某卖血两次、钱某卖血一次")["facts"]
    assert [f.quantity.value for f in stated if f.quantity.unit == "人次"] == [2.0]
    # one person's times are no list of persons
    assert with_person_times("赵某卖血两次", [], Fact) == []


def test_a_month_of_the_year_last_named_is_dated():
    from api.act_dates import act_period, with_years_said
    assert with_years_said("2024年3月结识。同年7月，引诱。当年十二月又犯。") == "2024年3月结识。2024年7月，引诱。2024年12月又犯。"
    assert with_years_said("同年7月，无年份可依。") == "同年7月，无年份可依。"
    period = act_period("郑某于2024年3月结识小梅。同年8月，郑某引诱小梅卖淫一次。")
    assert (period.first.month, period.last.month) == (3, 8)


def test_a_year_naming_an_interpretation_cited_by_article_is_no_act_date():
    from api.act_dates import act_period
    assert act_period("中队长认为，2016年毒品解释第十一条要求多人或者多次。") is None
    assert act_period("2016年郑某贩卖毒品。") is not None
