"""Session 62 (probes 101-103, and four old sure-and-wrong answers). Each reading had given a sure verdict the stated facts
do not support, or asked for what they state: a first report a run-on chat's next clause settles, a 事故认定书 made anew on
review, months between two dated days, a party first named apart, one person where no other was hired, two unit prices
as a share of the floor, an inspector's true result, a guard's sleep that is no 私放."""
import pytest

from .conftest import judgement


OLD_SURE_AND_WRONG = [
    # the first report's three 重伤 are settled by the appraisal the next clause gives: one 重伤, loss under the 2015 line
    ("重大责任事故罪", "汇报下 2025年7月 某建筑工地塔吊吊装时钢丝绳断裂 现场施工员违章指挥 初报重伤3人 后来司法鉴定出来了 1人重伤二级 "
                "另外2人轻伤一级 没有死亡 直接经济损失核定86万元", {"not_met"}),
    # the same report settled in a sentence of its own still counts nothing
    ("重大责任事故罪", "事故初报重伤3人。后经司法鉴定，1人重伤二级，另外2人轻伤一级，没有死亡，直接经济损失核定86万元。", {"not_met"}),
    # plates bought and never used: no months of use; 98 marks and 2 plates are short of their lines
    ("伪造、盗窃、买卖、非法提供、非法使用武装部队专用标志罪", "马某从他人处购买军徽、军旗、军种符号共计九十八件，另购买非军以上领导机关的其他"
                                        "武装部队车辆号牌两副，准备转卖，尚未售出，号牌也未挂车使用。经查上述物品未造成任何后果或不良影响。",
     {"not_met"}),
    # the new finding a review ordered is the share; the one death is the victim named by role
    ("交通肇事罪", "钱某驾驶货车与一辆电动自行车相撞，电动自行车驾驶人经抢救无效死亡，无其他人员伤亡，财产损失约2万元且钱某已赔付。"
              "钱某持有效驾驶证，经检测未饮酒、未吸毒，车辆未超载，事故后留在现场报警。首次事故认定书认定钱某负主要责任；复核后"
              "上一级公安交管部门责令重新认定，重新作出的认定书认定钱某负同等责任。", {"not_met"}),
    # without a review the first finding stands
    ("交通肇事罪", "钱某驾驶货车与一辆电动自行车相撞，电动自行车驾驶人经抢救无效死亡。事故认定书认定钱某负主要责任。", {"met"}),
    # part of the total was mined inside the licence: the total is no value of unlawful mining
    ("非法采矿罪", "某石料公司持有采矿许可证，超越许可证规定的矿区范围开采。经价格认定，该期间共销售石料38万元，其中越界开采部分13.6万元，"
              "许可证矿区范围内开采部分24.4万元。", {"unknown"}),
    # 没用暗管 denies the pipe
    ("污染环境罪", "周某把一吨二的废机油（危险废物）拉到城郊荒地直接倒在地面上，没用暗管、渗坑，那里不是水源保护区。", {"unknown"}),
]


MILITARY = [
    # another company, first named in its own 另查 sentence, supplied the three guns; the peacetime supply and the denied
    # tasks leave nothing open
    ("故意提供不合格武器装备、军事设施罪", "B公司明知一批物资检验不合格，仍于平时供给某部队用于日常训练，计枪支两支、子弹九十发、雷管四百九十九枚、"
                          "炸药四千九百克，直接经济损失八万五千元。训练中一名战士手部擦伤，经鉴定未达轻伤。该批物资未影响任何作战、演习、"
                          "抢险救灾任务，未涉及其他武器装备、军事设施，亦无其他情节。另查，同一时期丙公司另行向该部队提供不合格枪支三支。",
     {"not_met"}),
    # one soldier hired from 1 March to 1 September: six months, dated to the day
    ("雇用逃离部队军人罪", "物流公司老板蒋某明知刘某是逃离部队的士兵，仍从2024年3月1日起雇其做装卸工，直到同年9月1日部队找来时将其带回，"
                  "其间未中断。刘某是普通士兵，蒋某也未阻碍部队带人，只雇用了这一人。", {"met"}),
    # one day short of six months
    ("雇用逃离部队军人罪", "物流公司老板蒋某明知刘某是逃离部队的士兵，仍从2024年3月2日起雇其做装卸工，直到同年9月1日部队找来时将其带回，"
                  "其间未中断。刘某是普通士兵，蒋某也未阻碍部队带人，只雇用了这一人，无其他情节。", {"not_met"}),
    # 没有雇用其他 leaves the one soldier named
    ("雇用逃离部队军人罪", "某建材厂老板冯某明知工人小杨系逃离部队的军人，仍自2023年1月10日起雇用其在厂里搬运，至2023年7月20日被部队找回。"
                  "小杨系普通士兵，冯某未阻碍部队带回，厂里也没有雇用其他逃离部队人员。", {"met"}),
    # two 人次 summed after the acts they count; handed over when searched for
    ("战时窝藏逃离部队军人罪", "战时，李某明知刘某、陈某系逃离部队的普通列兵（非指挥人员，也未担负值班执勤等重要职责），先后各收留一晚并"
                    "提供饭食，合计二人次。部队查找时，李某主动报告并带路交出二人。", {"not_met"}),
    # reporting as soon as educated is no refusal after education
    ("战时拒绝、逃避服役罪", "战时，公民李某接到服役通知后躲到外地亲戚家三天，未按时报到。乡武装部找到他后进行教育，李某当天即返回报到并随队出发。"
                   "李某没有使用暴力、威胁、欺骗手段，没有自伤、自残，也没有联络或煽动他人。除上述情况外李某无其他情节。", {"not_met"}),
    # rescued the next day and no outcry: nothing but the 人次 is left open
    ("不解救被拐卖、绑架妇女、儿童罪", "民警谢某接到被拐妇女父亲的解救请求，以“这是人家家务事”为由未出警。五天后该妇女被收买人转卖至外省，"
                        "至今下落不明。", {"met"}),
]


DUTY = [
    # 80 of a 144 floor is 55.6%, under the 60% line, on 36 亩
    ("非法低价出让国有土地使用权罪", "某县自然资源局副局长钟某为照顾其妹夫的公司，违规以协议方式出让一宗国有工业用地使用权，宗地面积二万四千平方米，"
                       "成交单价每平方米八十元，而该地块所在等别的工业用地出让最低价标准为每平方米一百四十四元。", {"met"}),
    # 54 of a 60 floor is 90%; the loss is under its line
    ("非法低价出让国有土地使用权罪", "科长魏某违规将一宗面积五十亩的国有工业用地以每平方米五十四元协议出让，该地块所在等别的工业用地最低价为每平方米"
                       "六十元。经评估，国有土地资产流失价额为二十万元。该出让没有引发群众纠纷，也无其他后果。", {"not_met"}),
    # a guard asleep while the prisoner broke out on his own is no 私放, though the escape happened on his watch
    ("私放在押人员罪", "某监狱值班狱警秦某夜班时擅离岗位在值班室睡觉，罪犯林某趁机撬开监舍窗户脱逃。经调查，秦某事前未收受任何财物，"
                "没有向林某通风报信或提供工具、钥匙，也没有伪造、变造任何文书；林某供述脱逃系其个人临时起意。", {"not_met"}),
    # a detention paper's name altered to release the suspect: a 变造 of a legal paper
    ("私放在押人员罪", "某看守所民警子受在押犯罪嫌疑人亲属请托，将另一案件的不批准逮捕决定书复印件上的姓名涂改为该犯罪嫌疑人的姓名，"
                "据此为其办理了释放手续。", {"met"}),
    # one leaving on his own valid passport was no 偷越 person
    ("放行偷越国（边）境人员罪", "某口岸边检站执勤民警邓某为旅客黄某办理出境查验，黄某持本人真实有效护照及以真实身份、真实行程申请的旅游签证出境。"
                      "三个月后黄某因在境外逾期滞留打工被遣返。", {"not_met"}),
    # a true inspection result, confirmed on re-test
    ("商检徇私舞弊罪", "检验员郑某收受出口商所送茶叶两盒。郑某按标准抽样送实验室检测，检验结果为合格并据此出证。后经上级机构对同批留样复检，"
                "全部项目合格，与原结论一致。", {"not_met"}),
]


MISCELLANY = [
    # a diagnosis before the act is 明知; a dating couple's sex with no money is no 卖淫、嫖娼
    ("传播性病罪", "孙某于2023年3月在市皮肤病防治院就诊，病历显示确诊梅毒，医生已告知本人。同年5月孙某在出租屋内卖淫被当场查获。"
              "事后对嫖娼人员进行检测，结果为梅毒阴性。", {"met"}),
    ("传播性病罪", "周某于2023年在医院确诊淋病，病历齐全。2024年初周某通过社交软件结识一名女子，两人以恋爱关系交往并多次发生性关系。"
              "经查，双方均称系自愿交往，没有任何金钱或财物往来。", {"not_met"}),
    # a diagnosis after the act leaves the knowing open
    ("传播性病罪", "钱某于2024年6月嫖娼被查获，随后在拘留所体检中查出淋病。钱某供称此前从未就医，也不知道自己患病。", {"unknown"}),
    # a weight whose own words say only that it was weighed: the 原粉 named before it
    ("非法制造、买卖、运输、储存危险物质罪", "农资店老板何某无证从外地购进毒鼠强原粉对外零售，查获时现场称量为零点零五千克，何某供称此前尚未售出。",
     {"met"}),
    # weighed with its bucket: no net weight
    ("非法制造、买卖、运输、储存危险物质罪", "何某无证购进毒鼠强原粉，查获时连同塑料桶称重0.06千克，净重尚未测定。", {"unknown"}),
    # one more injured still being graded may make the third 重伤
    ("教育设施重大安全事故罪", "某小学校长李某明知学生宿舍后墙出现贯通裂缝，仍未采取封闭措施。暴雨后墙体倒塌，目前法医鉴定意见为重伤二人、"
                      "轻伤六人；另有一名学生腰椎骨折，其伤情鉴定意见尚未出具。无人死亡。", {"unknown"}),
    # a pavilion built in 2019 is no 名胜古迹
    ("故意损毁名胜古迹罪", "杨某酒后在市区某城市公园内，用铁棍砸坏一座仿古凉亭的木栏杆。经核实，该公园不属于风景名胜区，该凉亭系2019年"
                   "新建的仿古建筑，未被认定为任何级别的文物。", {"not_met"}),
    # the first account's more tickets, retracted and still unchecked: the tickets found are a least
    ("倒卖车票、船票罪", "孔某倒卖火车卧铺票，查获车票票面合计四千七百元，加价获利一千九百元。孔某初次供述称此前还以加价方式卖出三张卧铺票，"
                 "票面约六百二十元；第二次讯问时翻供，称那三张是替亲戚原价代购，相关购票人尚未找到核实。", {"unknown"}),
    # genuine tickets sold are no forged ones
    ("伪造、倒卖伪造的有价票证罪", "吴某倒卖伪造的火车票共四十五张，票面合计一千九百八十元，获利九百元；另外吴某还倒卖真实的火车票三十张，"
                        "票面合计三千一百元，获利七百元。除上述事实外无其他情节。", {"not_met"}),
    # a threshold said 累计 adds the batches: 3,280元 and 1,720元 are the 5,000元 of the line
    ("倒卖车票、船票罪", "黄牛邓某春运期间分两批倒卖火车票。第一批查获车票票面合计三千二百八十元，第二批查获车票票面合计一千七百二十元，"
                 "两批共加价获利八百元。", {"met"}),
    # genuine and forged invoices alike are counted where the clause names both
    ("非法购买增值税专用发票、购买伪造的增值税专用发票罪", "该公司2024年从一名“票贩子”处购买增值税专用发票25份，经查均为真票，"
                                       "票面税额合计18.4万元。", {"met"}),
    # the letter late, the student enrolled on time, no outcry: nothing is left
    ("故意延误投递邮件罪", "邮政投递员周某故意将所负责片区邮件积压十五天不投。经核算，用户直接经济损失合计一万九千八百元。积压邮件中有一份"
                  "高校录取通知书，延误三天送达，但该考生已按时报到入学。未见媒体报道或群体投诉，也无其他损失。", {"not_met"}),
    # a second batch's loss still appraised
    ("故意延误投递邮件罪", "投递员故意将一批邮件滞留仓库二十余日。第一批损失经价格认证中心认定为一万六千元；另一批医药冷链包裹的损失，"
                  "收件单位自报约八千元，价格认定尚在进行中。邮件中无录取通知书等重要文件，也未引起媒体关注。", {"unknown"}),
]


@pytest.mark.parametrize("offense,text,statuses", OLD_SURE_AND_WRONG + MILITARY + DUTY + MISCELLANY)
def test_session_62_readings(law_store, offense, text, statuses):
    _, verdict = judgement(law_store, text, offense)
    assert verdict["status"] in statuses


def test_price_share_needs_one_floor_and_one_price():
    from api.price_share import derived_share
    make = lambda q, context, note: (q.value, note)
    assert derived_share("成交单价每平方米八十元，最低价标准为每平方米一百四十四元。", make)[0] == pytest.approx(55.56)
    assert derived_share("成交单价每平方米八十元。", make) is None
    assert derived_share("成交单价每亩八十元，最低价标准为每平方米一百四十四元。", make) is None


def test_listed_kinds_add_up_only_in_a_row():
    """军官证一本、士兵证一本 are 二本 of the law's list; two sentences apart, or one kind twice, are not a row."""
    from api.listed_kinds import listed_total
    from api.verdict import Fact, extract_facts
    metric = "武装部队军官证、士兵证、车辆行驶证、车辆驾驶证或者其他证件"
    row = "窃得钱包一个，内有现金三百元及某部军官证一本、士兵证一本，郑某发现证件后将其留存。"
    assert listed_total(metric, "本", extract_facts(row)["facts"], row, Fact).quantity.value == 2
    for text in ("查获军官证一本。另查获士兵证一本。", "查获士兵证一本、士兵证一本。"):
        assert listed_total(metric, "本", extract_facts(text)["facts"], text, Fact) is None


def test_not_yet_options_are_stated_without_their_still():
    """未造成严重损毁 states the item's 尚未造成严重损毁后果; 造成严重损毁 does not."""
    from api.verdict import find_stated
    assert find_stated("尚未造成严重损毁后果", "经评估均可修复，未造成严重损毁，修复费用约八千元。") is not None
    assert find_stated("尚未造成严重损毁后果", "经评估已造成严重损毁。") is None


def test_no_other_person_is_one_only_where_one_is_named():
    """没有雇用其他 leaves the one soldier named; three named with no count are not read as one."""
    from api.verdict import _no_other_person
    c = {"metric": "雇用", "unit": "人", "value": 3, "op": ">="}
    assert _no_other_person(c, "老板冯某明知小杨系逃离部队的军人，仍雇用其搬运，厂里也没有雇用其他逃离部队人员。").quantity.value == 1
    assert _no_other_person(c, "老板冯某明知士兵甲、乙、丙系逃离部队的军人，仍雇用三人搬运货物，未雇用其他逃离部队人员。") is None
