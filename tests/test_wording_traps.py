"""Wording traps written from the legal texts by a reader who did not see the code (probe 32): each was a sure
"met" the words rule out or leave open."""
import pytest

from .conftest import judgement


@pytest.mark.parametrize("text,offense,status", [
    # a penalty set aside by review counts for no earlier penalty: one stands of 两次以后再次非法行医
    ("无医师资格的刘某在村里开诊所，2022年、2023年两次被卫健局行政处罚，其中2023年的处罚决定已被复议机关撤销；2024年又被查获行医，"
     "未发现造成就诊人伤害。", "非法行医罪", "unknown"),
    ("无医师资格的刘某在村里开诊所，2022年、2023年两次被卫健局行政处罚；2024年又被查获行医，未发现造成就诊人伤害。", "非法行医罪", "met"),
    # 野生动物解释（2022）第十三条第二款: bred and on the list, as a rule no crime: asked
    ("张某出售列入人工繁育国家重点保护野生动物名录的人工繁育鹦鹉，价值3万元。", "危害珍贵、濒危野生动物罪", "unknown"),
    # 森林资源解释（2023）第十一条第一款（二）: another's 零星 trees by his house are stolen, not 盗伐
    ("王某趁夜偷砍邻居房前屋后种植的零星树木，立木蓄积6立方米。", "盗伐林木罪", "not_met"),
    # 税收解释（2024）第十条第二款: invoices for 业绩, no deduction, no loss
    ("两家关联公司为虚增营业业绩相互对开增值税专用发票，税款共计60万元，双方均已作进项转出、未抵扣，未造成税款损失。",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "not_met"),
    # a card's whole flow is no 支付结算金额 of crime, nor 以投放广告等方式提供资金
    ("学生李某将本人银行卡出租给他人，该卡期间流水共计35万元，其中经查证属于诈骗资金的支付结算金额为8万元，获利1500元。",
     "帮助信息网络犯罪活动罪", "unknown"),
    # 明知 said after 未经许可 is said; 并不明知 is not
    ("王某未经许可明知是假冒注册商标的白酒仍销售，销售金额8万元。", "销售假冒注册商标的商品罪", "met"),
    ("王某并不明知是假冒注册商标的白酒，销售金额8万元。", "销售假冒注册商标的商品罪", "unknown"),
    # 交通肇事解释（2000）第二条: one death needs 全部或者主要责任; a lower share found for the actor rules it out, the
    # other side's share is theirs, and one victim named by role is one death
    ("货车司机与电动车相撞致电动车驾驶人死亡，交警认定双方负事故同等责任，司机未饮酒、未逃逸。", "交通肇事罪", "not_met"),
    ("李某驾车撞死一名行人，交警认定李某负事故次要责任，行人负主要责任。", "交通肇事罪", "not_met"),
    ("李某驾车撞死一名行人，交警认定李某负事故主要责任。", "交通肇事罪", "met"),
    ("李某驾车与客车相撞致3人死亡，交警认定李某负事故同等责任。", "交通肇事罪", "met"),
    ("李某驾车撞死一名行人，事故责任尚未认定。", "交通肇事罪", "unknown"),
    ("李某驾车与客车相撞致2人死亡，交警认定李某负事故同等责任。", "交通肇事罪", "not_met"),
    # a third victim still fighting for life: the death count may yet reach （二）'s three (probe 31e E61)
    ("大客车司机石某与一辆小轿车相撞，交警认定双方负同等责任。事故造成2人当场死亡，另有1人送医后一直在ICU抢救，伤情危重。",
     "交通肇事罪", "unknown"),
    ("刘某酒后驾驶机动车（血液酒精含量45mg/100ml）与行人相撞致1人重伤，交警认定刘某负事故主要责任。", "交通肇事罪", "met"),
    ("某矿井违规作业发生冒顶事故，造成1名矿工死亡。", "重大责任事故罪", "met"),
])
def test_wording_that_changes_the_answer(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 无人员伤亡 denies the items that count deaths and injuries; what remains is 交通肇事解释（2000）第二条第一款（三）,
    # whose 三十万元 a province sets within 30万至60万元 (第九条): paid in full, nothing is left unpaid
    ("大货车司机追尾前车负事故全部责任，造成他人财产直接损失42万元，保险公司已全额赔付，无人员伤亡。", "交通肇事罪", "not_met"),
    ("大货车司机追尾前车负事故全部责任，造成他人财产直接损失42万元，无力赔偿，无人员伤亡。", "交通肇事罪", "unknown"),
    ("大货车司机追尾前车负事故全部责任，无能力赔偿数额70万元，无人员伤亡。", "交通肇事罪", "met"),
    # the 6 are the 轻伤: no second count of 重伤
    ("工地违规吊装致重伤2人、轻伤6人，直接经济损失30万元，无人死亡。", "重大责任事故罪", "not_met"),
    # 土地解释（2000）第三条: 数量较大 and 造成耕地大量毁坏 both hold; the newer 林地 clause no longer displaces it
    ("张某未经批准占用一般耕地挖沙，面积12亩，种植条件严重毁坏。", "非法占用农用地罪", "met"),
    ("张某未经批准在基本农田上建房，占用基本农田6亩，造成种植条件严重毁坏，未造成污染。", "非法占用农用地罪", "met"),
    ("张某未经批准占用一般耕地挖沙，面积12亩，经鉴定种植条件未受严重毁坏。", "非法占用农用地罪", "unknown"),
    ("张某未经批准占用耕地挖沙，面积8亩，种植条件严重毁坏。", "非法占用农用地罪", "unknown"),    # 基本农田 or not: asked
    # discs counted 盘（张）
    ("王某从境外走私淫秽影碟60张入境。", "走私淫秽物品罪", "met"),
])
def test_stated_absence_and_the_items_it_leaves(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_curated_clause_stands_in_for_its_parse(law_store):
    """土地解释（2000）第三条 is read once, from its curated entry: the parse's four crossed items are gone."""
    from graph.queries import offense_view
    from graph.schema import offense_id
    ids = [s["id"] for s in offense_view(law_store, offense_id("非法占用农用地罪"))["standards"]]
    assert "std:jieshi-tudi-ziyuan-2000:art3:curated" in ids and "std:jieshi-tudi-ziyuan-2000:art3" not in ids


@pytest.mark.parametrize("text,offense,status", [
    # 草原解释（2012）第二条 (probe 33): 二十亩, or 十亩 within three years of a penalty for it, with one of its acts
    ("某公司未经审批在天然草原上开采砂石，非法占用草原1.5公顷，原有植被已被剥离。", "非法占用农用地罪", "met"),
    ("马某未经批准在天然草原上建房及修建院落，占用草原一万二千平方米，马某此前从未因非法占用草原受过行政处罚。", "非法占用农用地罪",
     "not_met"),
    ("某牧业公司2022年8月因非法占用草原被草原监理机构罚款，2024年5月又开垦天然草原12亩种植小麦。", "非法占用农用地罪", "met"),
    # 耕地 beside the 待核 立案追诉标准（一）第六十七条: the confirmed 2000 clause decides
    ("未经批准占用一般耕地八亩建厂房，未涉及基本农田，此前无违法记录。", "非法占用农用地罪", "not_met"),
])
def test_grassland_and_farmland_by_their_own_texts(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_woodland_facts_are_not_asked_about_farmland(law_store):
    _, verdict = judgement(law_store, "赵某在国家级公益林地内建设农家乐，占用并毁坏林地3000平方米。", "非法占用农用地罪")
    assert verdict["questions"] and not any("基本农田" in q or "耕地" in q for q in verdict["questions"])


@pytest.mark.parametrize("text,offense,status", [
    # 非法采矿解释（2016）第十三条: the value of what was mined is what it sold for
    ("吴某未取得采矿许可证，在村后山坡开采建筑用石料，经查已销售石料金额共计35.2万元。", "非法采矿罪", "met"),
    ("某人在县政府公告的河道禁采区内无证采砂，已售出砂石价款合计16万元。", "非法采矿罪", "met"),
    # an aim is no act: 以出售牟利为目的 does not make the felled wood a sale's (森林资源解释（2023）第四条（三）: 3/5 + 110/200)
    ("郑某以出售牟利为目的，趁夜盗伐国有林场杉木，经鉴定立木蓄积3立方米，另砍伐胸径3厘米的幼树110株。", "盗伐林木罪", "met"),
    ("冯某盗伐他人承包林地内的松树，经鉴定立木蓄积4.2立方米，价值1.8万元，未砍伐幼树。", "盗伐林木罪", "not_met"),
    # 刑法第一百三十九条: never told to correct, nobody refused (probe 33 L51)
    ("某饭店厨房起火致3人死亡。此前消防部门从未对该饭店下达过整改通知。", "消防责任事故罪", "not_met"),
    ("消防救援机构两次下达整改通知，某饭店拒不整改，后起火致3人死亡。", "消防责任事故罪", "met"),
])
def test_mining_and_felling_figures_as_officers_give_them(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 33b, traps written from the texts by a reader who saw no code; each was a sure answer and wrong.
    # 税收解释（2024）第四条第四款: years' sums add up, the share is the highest year's
    ("某公司2021年度逃税7万元（占当年应纳税额6%），2022年度隐匿收入逃税8万元（占12%），两次均未经处理；税务机关已下达追缴通知，"
     "逾期未补缴。", "逃税罪", "met"),
    # 第四条第二款: 应纳税额 leaves out the customs' VAT, so a share taken on a base that holds it decides nothing
    ("某进口贸易公司2023年度逃避缴纳税款12万元，按其全年缴纳税款总额150万元计算占8%，但其中含海关代征进口环节增值税70万元。"
     "追缴通知下达后逾期未补缴。", "逃税罪", "unknown"),
    # 海域规定（二）第四条（二）: 价值二万元 is the value of 苗种、怀卵亲体, not of any catch
    ("某渔船于伏季休渔期（禁渔期）在东海使用网目合规的拖网作业，捕获渔获3000公斤，价值2.5万元。", "非法捕捞水产品罪", "unknown"),
    # 野生动物解释（2022）第十二条: acts 未经处理 add up; where the facts do not say, asked
    ("郑某2023年8月出售国家二级保护野生动物制品一件，核定价值1.5万元；2024年6月又出售同类制品一件，价值0.8万元，两次均未被处理。",
     "危害珍贵、濒危野生动物罪", "met"),
    ("郑某2023年8月出售国家二级保护野生动物制品一件，核定价值1.5万元；2024年6月又出售同类制品一件，价值0.8万元。",
     "危害珍贵、濒危野生动物罪", "unknown"),
])
def test_sums_and_shares_the_law_counts_its_own_way(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # the land named once, the area later in the sentence (probe 33 L01): 3400平方米 ≈ 5.1亩 of 基本农田
    ("某村民未经批准在永久基本农田上建厂房并硬化地面，经测绘占用面积3400平方米，地块种植条件已被严重毁坏。", "非法占用农用地罪", "met"),
    ("某村民在永久基本农田上建房并硬化地面，占地面积3300平方米，种植条件已严重毁坏。", "非法占用农用地罪", "not_met"),
    # two kinds named for one area: whose it is decides (公益林地五亩 / 商品林地十亩)
    ("某人在公益林地和商品林地上修路，占用并毁坏林地6亩，此前未受过处罚。", "非法占用农用地罪", "unknown"),
    ("某企业非法占用林地12亩建设厂房，林地已毁坏，林地性质（公益林还是商品林）尚未查明。", "非法占用农用地罪", "met"),
    # a denied kind is not the area's (it met 公益林地五亩)
    ("某人占用林地6亩修路，该林地不属于公益林，此前未受过处罚。", "非法占用农用地罪", "unknown"),
    # every area of one kind: none of the other, so 按比例折算 is decided (probe 33 L09, L14)
    ("赵某在国家级公益林地内建设农家乐，占用并毁坏林地3000平方米，赵某此前从未因非法占用农用地受过行政处罚。", "非法占用农用地罪", "not_met"),
    ("陈某2021年5月、2023年9月各因非法占用林地受过一次行政处罚，2024年7月又在商品林地上修建厂房，占用并毁坏林地7亩。",
     "非法占用农用地罪", "not_met"),
    ("某村民未经批准占用一般耕地6亩建房，种植条件已被严重毁坏。", "非法占用农用地罪", "not_met"),
    # another plot of no stated kind leaves the other kind open
    ("某人在商品林地上建厂房占用6亩，另占用林地3亩修路，林地类型尚未认定，此前未受过处罚。", "非法占用农用地罪", "unknown"),
    # 亩 in 分: 4.5 + 5.8, both unpunished (probe 33 L07); two plots of one kind, nothing said of punishment: asked
    ("王某一年内两次未经批准占用一般耕地建房，第一次占用四亩五分，第二次占用五亩八分，均未经处理，两处耕地种植条件均被严重毁坏。",
     "非法占用农用地罪", "met"),
    ("某人在一般耕地上建房占用6亩，另建厂房占用一般耕地5亩，均已硬化，种植条件严重毁坏。", "非法占用农用地罪", "unknown"),
    # what kind is open, not how much: 0.7公顷 (10.5亩) meets either kind's figure (probe 33 L08 dropped the area)
    ("某矿业公司未办理林地使用审核手续，在林地上修建矿区运输道路，非法占用并毁坏林地0.7公顷，林地属公益林还是商品林尚未认定。",
     "非法占用农用地罪", "met"),
    ("某矿业公司在林地上修建矿区运输道路，非法占用并毁坏林地0.7公顷，面积尚未经测绘认定。", "非法占用农用地罪", "unknown"),
])
def test_the_kind_of_land_an_area_counts(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 34a (60 texts on offenses earlier probes barely touched, written from the texts by a reader who saw no code)
    # 将…耕地十二亩非法转让给他人 states the act (立案追诉标准（二）第七十二条（二）: 十亩)
    ("某村委会主任以牟利为目的，将村集体所有的一般耕地十二亩非法转让给他人建厂。", "非法转让、倒卖土地使用权罪", "met"),
    # 获利 is the 违法所得 the item counts, though the account names 票面金额 (税收解释（2024）第十七条: 一万元)
    ("刘某非法出售普通发票八十份，票面金额合计四十二万元，获利六千元。", "非法出售发票罪", "not_met"),
    ("刘某非法出售普通发票八十份，票面金额合计四十二万元，获利一万二千元。", "非法出售发票罪", "met"),
    # 买卖 is buying or selling (立案追诉标准（一）第二条（三）: 毒鼠强原粉五十克)
    ("某农资店主非法购进并出售毒鼠强原粉共计60克。", "非法制造、买卖、运输、储存危险物质罪", "met"),
    ("某人盗窃毒鼠强原粉60克。", "非法制造、买卖、运输、储存危险物质罪", "unknown"),
    # 税收解释（2024）第十六条第二款: 真、伪两种 add up by the clause's own words, not asked
    ("某公司非法购买增值税专用发票十二份，票面税额十二万元；另购买伪造的增值税专用发票十份，票面税额九万元。",
     "非法购买增值税专用发票、购买伪造的增值税专用发票罪", "met"),
    # 操纵解释（2019）, compiled from LawRefBook (its 第二条 as 立案追诉标准（二）（2022）第三十四条 is quoted): 第三条（五）
    ("李某以虚假申报、频繁撤单方式操纵某股票，违法所得六十万元；李某一年半前曾因操纵证券市场被中国证监会行政处罚。",
     "操纵证券、期货市场罪", "met"),
    # 第二条（二）: 对倒 at 25% of the volume; (三)'s 一千万元 counts 本解释第一条's manipulations, not 对倒
    ("王某利用其实际控制的三个账户之间相互对倒交易某股票，连续十个交易日累计成交量占同期该股总成交量的25%。", "操纵证券、期货市场罪", "met"),
    ("王某在自己实际控制的账户之间对倒交易某股票，成交额1500万元，连续十个交易日累计成交量占同期该股总成交量的8%。",
     "操纵证券、期货市场罪", "unknown"),
    ("某财经博主公开推荐某股票后反向卖出，证券交易成交额1500万元。", "操纵证券、期货市场罪", "met"),
    # 刑法第一百九十一条（一）提供资金帐户, the upstream crime a drug sale (立案追诉标准（二）第四十三条); 洗钱解释（2024）
    # 第四条's 五百万元 is 情节严重, a higher tier, not the filing line
    ("黄某明知其表哥系贩卖毒品人员，仍将本人名下银行卡提供给表哥使用，先后接收毒资转账38万元并取现交给表哥。", "洗钱罪", "met"),
])
def test_acts_and_sums_the_clause_words_its_own_way(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # 非法采矿解释（2016）第四条 (河道采砂) and 第五条 (海砂) are not asked of a quarry (probe 32 T26, probe 33 L26)
    ("孙某2021年8月、2023年12月各因无证采矿受过一次行政处罚，2024年10月又无证开采石料，价值4万元，非禁采区，未造成生态环境严重损害。",
     "not_met"),
    # in a river they are: 严重影响河势稳定 is still to be asked
    ("孙某2021年8月、2023年12月各因无证采矿受过一次行政处罚，2024年10月又在河道管理范围内无证采砂，价值4万元，非禁采区，"
     "未造成生态环境严重损害。", "unknown"),
])
def test_river_and_sea_sand_clauses_hold_for_their_sand(law_store, text, status):
    assert judgement(law_store, text, "非法采矿罪")[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 立案追诉标准（二）（2022）articles compiled in corpus/data/standards_supplement (probe 34a found no standard at all)
    # 第二十一条 (confirmed): 违法所得五十万元; the 2010 item of two earlier penalties is gone
    ("钱某以装修为名从银行贷款二百万元后转借他人，年利率15%，违法所得二十八万元；钱某两年内曾因高利转贷受过两次行政处罚。", "高利转贷罪", "not_met"),
    ("钱某以转贷牟利为目的，套取银行信贷资金八百万元后高利转贷他人，违法所得六十万元。", "高利转贷罪", "met"),
    # 第七十五条 (confirmed): 货值金额三百万元
    ("某公司将必须经商检机构检验的进口汽车零部件未报检即擅自销售，货值金额380万元。", "逃避商检罪", "met"),
    # 第六十六条 (confirmed): 直接经济损失五十万元
    ("某公司员工捏造竞争对手产品含致癌物质的虚假信息并在微博散布，导致对方订单被取消，直接经济损失六十万元。", "损害商业信誉、商品声誉罪", "met"),
    # 第六十七条 is 待核 (one source): its 三万元 is shown, not relied on
    ("某保健食品经营者在电视购物节目中宣称其产品能治愈糖尿病，违法所得四万元。", "虚假广告罪", "unknown"),
])
def test_filing_articles_compiled_beside_the_shared_ones(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 34b (50 traps on this session's readings, written from the texts by a reader who saw no code): its five sure
    # and wrong answers. A gain is said as one: the loan is no 违法所得 (立案追诉标准（二）第二十一条)
    ("某乙以转贷牟利为目的，套取银行贷款六百万元高利转借他人，获利四十万元。", "高利转贷罪", "not_met"),
    ("某丁以转贷牟利为目的套取银行贷款二千万元高利转贷他人，违法所得数额尚待审计。", "高利转贷罪", "unknown"),
    # which kind is left open in both kinds' words: a 压缩气体 gun asks 二支 (爆炸物解释（2001）第一条（二）)
    ("王某从他人处购买枪支一支，该枪系以火药为动力还是以压缩气体为动力尚待鉴定。", "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "unknown"),
    ("经查，赵某在林地上修建厂房，占用并硬化林地十二亩，该林地系公益林地还是商品林地尚待林业部门认定。", "非法占用农用地罪", "met"),
    # 本省's figure is no standard for an act in another province
    ("孙某在邻省无证采砂，矿产品价值二十万元；本省确定的标准为十万元，邻省确定的标准尚未查明。", "非法采矿罪", "unknown"),
    ("张某在本省非法采砂，经鉴定采砂价值12万元。经查本省确定的数额标准为10万元。", "非法采矿罪", "met"),
    # 公司 alone states no 停业、停产六个月以上 (第六十六条（二）)
    ("某甲捏造并在网络散布竞争对手产品致癌的虚假信息，致使该公司停产，直接经济损失三十万元，停产时间尚在统计。", "损害商业信誉、商品声誉罪", "unknown"),
    # and three it asked though the facts decide: two kinds of land are two sums; an act dealt with adds nothing
    ("经查，王某在永久基本农田上开挖鱼塘，毁坏面积二亩；另在相邻一般耕地上开挖鱼塘，毁坏面积五亩。", "非法占用农用地罪", "not_met"),
    ("某公司2021年度逃避缴纳税款八万元，已被税务机关处以罚款并补缴完毕；2023年度又隐匿收入逃避缴纳税款六万元，占当年应纳税额百分之十五，"
     "经税务机关下达追缴通知后未补缴。", "逃税罪", "not_met"),
    ("某公司2021年度逃避缴纳税款八万元；2023年度又隐匿收入逃避缴纳税款六万元，占当年应纳税额百分之十五，经税务机关下达追缴通知后未补缴。",
     "逃税罪", "unknown"),
])
def test_probe_34b_traps(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 35a (60 economic-crime questions written from the texts by a reader who saw no code). A length of a stop is
    # compared with 停业、停产六个月以上 (立案追诉标准（二）第六十六条（二）); a victim's loss is the victim's, and what the law counts
    ("甲公司捏造并散布竞争对手产品致癌的谣言，对方公司停业半年多，直接经济损失20万元。", "损害商业信誉、商品声誉罪", "met"),
    ("甲公司捏造竞争对手产品致癌的虚假事实并在网上散布，致使该公司停产四个月，直接经济损失20万元，该公司未破产。",
     "损害商业信誉、商品声誉罪", "not_met"),
    ("甲公司捏造竞争对手产品致癌的虚假事实并在网上散布，致使该公司停产四个月，对方直接经济损失20万元。", "损害商业信誉、商品声誉罪", "unknown"),
    ("甲公司捏造竞争对手产品致癌的虚假事实并在网上散布，对方直接经济损失60万元。", "损害商业信誉、商品声誉罪", "met"),
    # an order to stop is no harm done to another
    ("甲公司捏造并散布竞争对手产品致癌的谣言，对方直接经济损失20万元；甲公司此前曾被责令停产整顿八个月。", "损害商业信誉、商品声誉罪", "unknown"),
    # 集资解释（2022）第八条第三款: what was returned before discovery is deducted; an unsaid sum leaves the amount open
    ("集资诈骗涉案25万元，案发前退还过一部分，退还金额还没核算。", "集资诈骗罪", "unknown"),
    ("以虚构项目集资诈骗18万元，案发前已归还集资人5万元。", "集资诈骗罪", "met"),
    # the aim 以转贷牟利为目的 shown by the pretext, the rate and the gain; without the gain it is asked
    ("企业套取银行贷款800万元高利转借他人，违法所得正好50万元。", "高利转贷罪", "met"),
    ("企业从银行贷款800万元后借给他人，违法所得50万元。", "高利转贷罪", "unknown"),
    # a unit's employee is no unit, and a bare 数额 counts what was received or taken (第十条, 第七十六条)
    ("私企销售主管收受客户购物卡价值2万元，为其谋取利益。", "非国家工作人员受贿罪", "not_met"),
    ("会计利用职务便利挪用单位资金4万元用于赌博。", "挪用资金罪", "met"),
    # the first time caught denies the earlier penalty an item asks (知识产权解释（2025）第十条（二）)
    ("标注他人一项专利号，非法经营额15万元，违法所得6万元，专利权人损失约10万元，首次被查。", "假冒专利罪", "not_met"),
])
def test_probe_35a_traps(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 税收解释（2024）第三条 in spoken short forms: paid in time after the notice is no prosecution; a late fee unpaid is
    ("逃税15万元占应纳税额20%，追缴通知后已按期补税、缴滞纳金和罚款，此前无处罚。", "逃税罪", "not_met"),
    ("公司逃税15万元占应纳税额20%，税务机关下达追缴通知后，已补税但未缴滞纳金。", "逃税罪", "met"),
    # 刑法第一百九十一条（三）（四）: a transfer abroad of smuggling proceeds (self-laundering counts since 修正案（十一）);
    # a thief's money asks which crime it came from
    ("走私分子为掩饰来源，将本人走私所得转账到境外账户。", "洗钱罪", "met"),
    ("小偷把偷来的十万元现金转账到境外账户。", "洗钱罪", "unknown"),
    # 知识产权解释（2025）第十三条（五）: two items each at half their thresholds
    ("复制发行盗版光盘300张，非法经营数额3万元，违法所得不足1万元。", "侵犯著作权罪", "met"),
    ("复制发行盗版书200本，非法经营数额2万元，违法所得8000元，首次被查。", "侵犯著作权罪", "unknown"),
    # 第十八条末款: the owner's remedial costs count in its loss
    ("前员工泄露商业秘密，权利人利润损失22万元，另支出系统恢复补救费用9万元。", "侵犯商业秘密罪", "met"),
    ("前员工泄露商业秘密，权利人利润损失22万元。", "侵犯商业秘密罪", "unknown"),
])
def test_probe_35a_sums_and_short_forms(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status,label,item_status", [
    # 给国家、单位或者个人造成 names who suffers, not the offender; 未造成损失 states none; 首次 is no 多次 (but 首次被查获 may
    # follow many acts)
    ("首次逃避商检，出口货值280万元，未造成损失。", "逃避商检罪", "unknown", "（一）", "not_met"),
    ("首次逃避商检，出口货值280万元，未造成损失。", "逃避商检罪", "unknown", "（四）", "not_met"),
    ("张某多次逃避商检，首次被查获，出口货值280万元。", "逃避商检罪", "met", "（四）", "met"),
])
def test_probe_35a_who_suffers_and_how_often(law_store, text, offense, status, label, item_status):
    standards, verdict = judgement(law_store, text, offense)
    items = {a["label"]: a["status"] for s in standards for a in s["alternatives"] if s["source"]["unit_id"].endswith("art75")}
    assert verdict["status"] == status and items[label] == item_status


@pytest.mark.parametrize("text,status", [
    # 烟草解释（2010）第三条（三） counts 二次以上 earlier penalties: one stated and the others denied is one; a second one
    # said as 又被罚款一次 leaves the total open (it had been not_met at 1次)
    ("张某2023年曾因无证销售卷烟被烟草局行政处罚，此外未受过其他处罚；2024年又无证经营卷烟4万元。", "not_met"),
    ("张某2023年曾因无证销售卷烟被烟草局行政处罚，2024年初又被罚款一次；2024年又无证经营卷烟4万元。", "unknown"),
    ("张某三年内曾两次因无证销售卷烟被烟草局行政处罚；2024年又无证经营卷烟4万元。", "met"),
])
def test_a_count_of_earlier_penalties(law_store, text, status):
    standards, _ = judgement(law_store, text, "非法经营罪")
    third = next(a for s in standards for a in s["alternatives"]
                 if s["source"]["unit_id"] == "jieshi-yancao-2010:art3" and a["label"] == "（三）")
    assert third["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 35d (50 traps across the other domains on this session's readings, by a reader who saw no code): none was
    # over-applied; three asked what the facts say. 二年内 at the clause's start dates the penalty; an order ends at 逾期;
    # 履行处罚 is the fine paid
    ("蒋某二年内因假冒注册商标受过一次行政处罚，此外未受过其他处罚；又假冒同一商标，非法经营数额4万元。", "假冒注册商标罪", "met"),
    ("某老板有能力支付却拖欠一名工人四个月工资共2.4万元，经人社部门责令支付逾期仍不付，公安立案后才付清。", "拒不支付劳动报酬罪", "met"),
    ("某公司虚列支出逃税30万元占应纳税额20%，立案前按追缴通知足额补缴税款、滞纳金并履行处罚，五年内未受处罚。", "逃税罪", "not_met"),
])
def test_probe_35d_traps(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_bare_share_after_the_sum_evaded_is_the_share_of_tax_due(law_store):
    # 逃税30万元占20%: the 20% is 占应纳税额 (刑法第二百零一条), and paying per the notice before filing bars prosecution
    assert judgement(law_store, "某公司五年内因逃税被税务机关行政处罚一次，此外未受处罚；本次逃税30万元占20%，"
                                "立案前已按追缴通知补缴并缴滞纳金、罚款。", "逃税罪")[1]["status"] == "not_met"
    standards, _ = judgement(law_store, "公司逃税30万元占20%。", "逃税罪")
    shares = [c["status"] for s in standards for a in s["alternatives"] for c in a["conditions"] if c.get("metric") == "占应纳税额"]
    assert "met" in shares


@pytest.mark.parametrize("text,status", [
    # 无其他情节 closes the circumstances the facts leave unstated (here 破产, 第六十六条（二）) ...
    ("网上捏造竞争对手虚假信息，致对方直接损失30万元、停业两个月，无其他情节，够立案吗？", "not_met"),
    ("网上捏造竞争对手虚假信息，致对方直接损失30万元、停业两个月，够立案吗？", "unknown"),
    # ... but not where it is asked, nor while the facts call something open
    ("网上捏造竞争对手虚假信息，致对方直接损失30万元、停业两个月，是否还有其他情节？", "unknown"),
    ("网上捏造竞争对手虚假信息，致对方直接损失30万元、停业两个月，无其他情节，另有损失尚未查清。", "unknown"),
])
def test_no_other_circumstances_closes_the_unstated_items(law_store, text, status):
    assert judgement(law_store, text, "损害商业信誉、商品声誉罪")[1]["status"] == status


def test_no_other_circumstances_leaves_the_act_and_its_amount_open(law_store):
    # the share 虚报 of the capital is what the act was, not a 情节 (立案追诉标准（二）第三条（一）（二）)
    standards, verdict = judgement(law_store, "某公司伪造银行进账单虚报注册资本600万元，欺骗登记机关取得登记，无其他情节。", "虚报注册资本罪")
    assert verdict["status"] == "unknown"
    assert any("虚报数额" in q for q in verdict["questions"])
    assert not any("行政处罚" in q for q in verdict["questions"])


@pytest.mark.parametrize("text,status", [
    # 立案追诉标准（二）第三条 applies only to a company under 注册资本实缴登记制 (the 2014 立法解释 of 刑法第一百五十八条)
    ("一家认缴登记制的普通有限公司虚报注册资本，虚报比例达80%，够虚报注册资本罪立案吗？", "not_met"),
    ("某公司使用虚假验资证明虚报注册资本，造成债权人直接经济损失60万元。", "unknown"),
    # 超过六百万元 is more than, not a metric's word: 5000万元 and 40% meet （二）
    ("某小额贷款公司使用虚假验资报告虚报注册资本，法定注册资本最低限额5000万元，虚报数额占应缴出资数额40%。", "met"),
])
def test_registered_capital_offense_needs_paid_in_registration(law_store, text, status):
    assert judgement(law_store, text, "虚报注册资本罪")[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 36a (60 customs, drug and health questions by a reader who saw no code). The offense named in the question
    # states no act: 假药 was met on 能按销售假药罪移送吗 / 过去这种按假药论处 / 够不够…假药罪立案
    # (expired, its contents as labelled: 劣药, not 假药 — 药品管理法第九十八条; the 假药 of the offense's name in the question
    # no longer lifts the rule, session 38)
    ("药店货架上查出一批已超过有效期的感冒药在卖，送检成份和含量都合格、没有变质。能按销售假药罪移送吗？", "生产、销售、提供假药罪", "not_met"),
    ("有人代购仿制抗癌药卖给病友，国内没批准进口。过去这种按假药论处，现在还能按假药罪立案吗？", "生产、销售、提供假药罪", "unknown"),
    # 严重不负责任 as 立案追诉标准（一）第五十六条 lists it; a patient is the 就诊人; a healer with no qualification is no
    # 医务人员, care found to follow the rules no 严重不负责任
    ("医院护士输血前没有核对血型，严重违反查对制度，输错血导致患者死亡。", "医疗事故罪", "met"),
    ("一个没有任何医师资格的游医给人静脉注射，导致病人死亡。", "医疗事故罪", "not_met"),
    ("患者术后死亡，医学会鉴定结论是诊疗行为符合规范，死亡是难以预见的并发症。", "医疗事故罪", "not_met"),
    # 劣药: an injury by its grade meets 造成人员轻伤; no harm to anyone's body denies it
    ("某药厂生产的注射液经检验含量不符合国家药品标准，有一名患者用后经鉴定为轻伤二级。", "生产、销售、提供劣药罪", "met"),
    ("一批含量不合格的劣药已经卖出60万元，经排查用药人都没有出现身体损害。", "生产、销售、提供劣药罪", "not_met"),
    # a count of earlier penalties denied in officers' words (走私解释（2014）第十六条第二款（一）)
    ("个人夹带化妆品入境，海关核定偷逃税款98600元。之前没因走私受过处罚。", "走私普通货物、物品罪", "not_met"),
    ("个人夹带化妆品入境，海关核定偷逃税款98600元，没有任何处罚记录。", "走私普通货物、物品罪", "not_met"),
    ("个人夹带化妆品入境，海关核定偷逃税款98600元，第一次被查。", "走私普通货物、物品罪", "not_met"),
    ("个人夹带化妆品入境，海关核定偷逃税款98600元，之前没因赌博受过处罚。", "走私普通货物、物品罪", "unknown"),
])
def test_probe_36a_readings(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 36b B05: the increase is the enlargement (危害生产安全解释（2015）第八条（一）)
    ("某煤矿发生透水事故后，矿长决定不向上级报告，延误约4小时才报警，经调查因此增加死亡1人。", "不报、谎报安全事故罪", "met"),
    # probe 36a A11: a protected plant found leaving in luggage states the smuggling (刑法第一百五十一条第二款)
    ("旅客出境行李里查出野生红豆杉苗6株，经林业部门鉴定为国家一级保护野生植物。走私国家禁止进出口的货物、物品罪够不够立案？",
     "走私国家禁止进出口的货物、物品罪", "met"),
])
def test_probe_36_acts_read_from_their_circumstances(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_radio_equipment_figures_hold_for_that_trade_only(law_store):
    # 无线电解释（2017）第四条 is 非法经营's figure for radio equipment: a tobacco seller is not asked it
    standards, verdict = judgement(law_store, "无烟草专卖零售许可证贩卖卷烟六万支，非法经营数额四万二千元，违法所得九千元，此前未受处罚",
                                   "非法经营罪")
    assert verdict["status"] == "not_met", verdict
    standards, verdict = judgement(law_store, "非法销售伪基站设备4套，非法经营数额3万元。", "非法经营罪")
    assert verdict["status"] == "met", verdict


@pytest.mark.parametrize("text,status", [
    # 走私解释（2014）第十八条: 应缴税额 is the duty and the import taxes customs collects with it
    ("个人走私进口一批红酒，海关算出关税6.2万元，进口环节增值税、消费税合计4万元。关税没到10万元，是不是不够立案？", "met"),
    ("个人走私进口一批红酒，海关算出关税6.2万元，进口环节增值税、消费税合计2万元，此前未受过处罚。", "not_met"),
    # acts not yet dealt with add up (刑法第一百五十三条第三款), said as 都没被处理过; 水客 is an individual
    ("某水客半年内三次帮人带货入境，都没被处理过，三次偷逃税额分别是3.2万元、4.1万元、3万元。", "met"),
])
def test_customs_duty_is_the_duty_and_the_import_taxes(law_store, text, status):
    assert judgement(law_store, text, "走私普通货物、物品罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    # children counted by their age (立案追诉标准（一）第三十二条（二）), at work the law calls 危重 (its lead)
    ("某小煤窑雇用3名15周岁的少年下井挖煤，暂时没有发生伤亡。", "met"),
    ("某砖窑雇用童工3名搬砖装窑。", "met"),
    ("某煤窑雇用3名18周岁的工人下井挖煤。", "unknown"),
    ("某餐馆雇用3名15周岁的少年在后厨洗碗择菜。", "unknown"),      # the work is not stated to be 危重
])
def test_child_workers_counted_by_age_at_hazardous_work(law_store, text, status):
    assert judgement(law_store, text, "雇用童工从事危重劳动罪")[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 药品管理法第九十八条: a medicine without the ingredient it is labelled with is 假药 (probe 36a A26, A27)
    ("网店从地下渠道低价进货销售“降压药”，药检所检验不含标示的有效成份，一共只卖出去1200元。", "生产、销售、提供假药罪", "met"),
    # a declared name that the identification proves false is the smuggling of waste (probe 36a A16)
    ("一批申报为“纺织原料”的进口货物，经鉴别是旧服装，属于禁止进口的固体废物（非危险性），共7吨。", "走私废物罪", "met"),
])
def test_acts_stated_by_what_the_test_found(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 36d (50 traps on this session's readings, by a reader who saw no code): three sure and wrong answers
    # the duty alone while the import taxes are still assessed is a part of the sum, no total
    ("水客李某多次携带电子产品入境未申报，这些行为都没被处理过。海关目前只核定出偷逃关税合计6万元，进口环节增值税还在计核中。",
     "走私普通货物、物品罪", "unknown"),
    # a sale only supposed states none
    ("我们接到举报，辖区一家药店可能在卖假药，能按销售假药罪移送吗？", "生产、销售、提供假药罪", "unknown"),
    # no harm to most, an injury to one: the injury stands
    ("某药厂生产的一批劣药已销往多家药店，绝大多数服用者没有出现身体损害，但有一名服用者经司法鉴定为轻伤一级。", "生产、销售、提供劣药罪", "met"),
    # the facts' own total of duty and import taxes; 第一次被海关查获 is no earlier penalty
    ("水客吴某第一次被海关查获，当次携带手机入境未申报，偷逃关税和进口环节增值税合计9.6万元。", "走私普通货物、物品罪", "not_met"),
    ("某实行认缴登记的有限公司在设立登记时虚报注册资本，并向登记机关工作人员行贿。", "虚报注册资本罪", "not_met"),
    # 刑法第一百四十四条: the act is the crime at any amount; a seller who says he did not know is asked
    ("商家在自家作坊生产“补肾”保健食品，抽检检出西地那非，一共才卖了2000元。", "生产、销售有毒、有害食品罪", "met"),
    ("小超市卖的猪肉检出盐酸克伦特罗，老板说不知道是瘦肉精肉，进货凭证和进货价格还在核实。", "生产、销售有毒、有害食品罪", "unknown"),
    ("面包店产品中苯甲酸钠超标，除此之外没检出任何非食用物质。", "生产、销售有毒、有害食品罪", "unknown"),
])
def test_probe_36d_traps(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 36e (60 questions at the line between 治安管理处罚法 and the 刑法, by a reader who saw no code)
    # 刑法第二百七十七条: violence against an officer on duty is the crime; whose officer it was, still open, leaves it open
    ("市场监管局两名执法人员依法查封一家无证作坊的设备时，老板抄起木棍打了执法人员，查封被迫中断。", "妨害公务罪", "met"),
    ("在拆违章建筑现场，嫌疑人用砖块砸伤了一名现场人员。被砸的人是区执法局的执法人员，还是拆除公司雇的工人，目前还没核实。",
     "妨害公务罪", "unknown"),
    # 扒窃 (盗窃解释第三条第四款) at any sum
    ("在公交车上，嫌疑人从一名乘客外衣口袋里掏走现金200元，当场被抓获。", "盗窃罪", "met"),
    # 驾驶机动车、非机动车抢夺 halves 数额较大 (抢夺解释第二条（四）): 1600元 is over any province's half; 第一次作案 is no 多次
    ("嫌疑人骑摩托车从行人身边经过，顺手抢走行人的挎包，包内财物价值1600元。", "抢夺罪", "met"),
    ("嫌疑人骑电动自行车抢走路人手里的手机，手机价值400元，没人受伤，他是第一次作案，以前没被处理过。", "抢夺罪", "not_met"),
    # 老虎机 are 赌博机 (赌博机意见（2014）二: 设置赌博机10台以上)
    ("嫌疑人在自己的游戏厅里摆了12台能退分、用现金兑奖的老虎机。", "开设赌场罪", "met"),
    # the net weight: gross less the packaging (刑法第三百五十七条第二款)
    ("查获嫌疑人一小包冰毒，连包装袋一起称毛重12.3克，包装袋单独称重0.8克。", "非法持有毒品罪", "met"),
    ("嫌疑人在自己出租屋里，一次让三个朋友一起吸冰毒，没收钱。", "容留他人吸毒罪", "met"),
])
def test_probe_36e_police_line(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_net_weight_under_the_threshold_is_compared_as_net(law_store):
    standards, _ = judgement(law_store, "查获嫌疑人一小包冰毒，连包装袋一起称毛重10.3克，包装袋单独称重0.8克。够10克吗？", "非法持有毒品罪")
    item = next(a for s in standards if s["source"]["unit_id"] == "xingfa:art348" for a in s["alternatives"]
                if "甲基苯丙胺" in a["text"])
    assert item["status"] == "not_met" and "9.5克" in item["conditions"][0]["compared"]


def test_an_act_not_found_is_not_stated(law_store):
    # 没查到添加非食品原料 (consult probe 2's held half: 有毒、有害食品 was met beside the gold 不符合安全标准的食品)
    assert judgement(law_store, "熟食店卤菜沙门氏菌严重超标，没查到添加非食品原料，已造成二十多名顾客食物中毒住院。",
                     "生产、销售有毒、有害食品罪")[1]["status"] == "unknown"


@pytest.mark.parametrize("text,status", [
    # 抽头 is 抽头渔利 (赌博解释（2005）第一条（一）, 立案追诉标准（一）第四十三条（一）); a bare 赌资 is not
    ("某人组织5人在出租屋打牌赌博，经查累计抽头6000元。", "met"),
    ("某人组织5人在出租屋打牌赌博，经查赌资6000元。", "unknown"),
])
def test_a_gambling_organisers_take_in_officers_words(law_store, text, status):
    assert judgement(law_store, text, "赌博罪")[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 36e, session 37. A victim's death after the other party's words is the victim's (交通肇事解释第二条（二）
    # asks 死亡三人以上 under equal responsibility)
    ("两车相撞，对方车上一人死亡，交警认定双方负同等责任。肇事司机没有逃逸、没喝酒、有驾照，车况正常，也没有超载。", "交通肇事罪", "not_met"),
    # a halved threshold takes half the province's stated figure (敲诈勒索解释第二条: 2000元 → 1000元)
    ("嫌疑人10个月前因敲诈勒索被行政拘留，这次又威胁一名店主，拿到1500元。我省敲诈勒索数额较大标准是2000元。", "敲诈勒索罪", "met"),
    # a stretch of time the acts fall in (一年多时间里 is within 二年内), the threats in officers' words
    ("嫌疑人在一年多时间里，先后三次以举报偷税相威胁，分别从三个小老板那里要了400元，一共1200元。", "敲诈勒索罪", "met"),
    # 立案追诉标准（一）第三十三条: the deeds counted as officers count them; alone and first is no 纠集 and no 三次
    ("嫌疑人一年内先后三次用钥匙划同一辆车泄愤，每次修复费用约800元，合计2400元。", "故意毁坏财物罪", "met"),
    ("嫌疑人因琐事用砖头砸了一辆价值8万元的轿车，4S店维修费经价格认定为3000元。他一个人干的，第一次，没有其他情节。", "故意毁坏财物罪", "not_met"),
    # relief goods after a typhoon: whether that is 其他情节严重 is left open, not answered 未达到
    ("台风过后，嫌疑人故意把救灾安置点堆放的一批救灾帐篷划破，经认定损失3000元。他一个人干的，第一次。", "故意毁坏财物罪", "unknown"),
    # 强行拿走…不给钱 is 强拿硬要 (寻衅滋事解释第四条（一）)
    ("嫌疑人在菜市场对摊主耍横，强行拿走价值1200元的海鲜不给钱，之前没有类似情况。", "寻衅滋事罪", "met"),
    # a closed works yard is no 道路 (道路交通安全法第一百一十九条)
    ("工厂保安喝醉后在厂区内开轿车挪车，厂区封闭管理，不允许社会车辆进出。血液酒精含量160mg/100ml，没有事故。", "危险驾驶罪", "not_met"),
    # neither force nor threat (刑法第二百七十七条)
    ("税务局工作人员上门检查，店主关门不让进，还骂了他们几句，没有动手，也没说要伤害谁。", "妨害公务罪", "not_met"),
    ("税务局工作人员上门检查，店主关门不让进，没有动手。", "妨害公务罪", "unknown"),
    # 卖给 is 出售: 60条行踪轨迹信息 meets 第五条（三）
    ("嫌疑人通过非法渠道获取他人车辆的实时定位信息，卖给了别人，共60条行踪轨迹信息。", "侵犯公民个人信息罪", "met"),
])
def test_probe_36e_second_pass(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_province_figure_without_its_verb_is_no_sum_of_the_act(law_store):
    # 我省…标准2000元 (no 为/是) had been read as the 2000元 taken
    standards, _ = judgement(law_store, "嫌疑人以散布隐私相威胁拿到1500元。我省敲诈勒索数额较大标准2000元。", "敲诈勒索罪")
    first = next(s for s in standards if s["source"]["unit_id"] == "jieshi-qiaozha-2013:art1")
    compared = first["alternatives"][0]["conditions"][0]
    assert compared["status"] == "not_met" and "1500元" in compared["compared"]


@pytest.mark.parametrize("text,offense,status", [
    # probe 37b (officers' own words for the readings above, by a reader who saw no code)
    # a province's figure however said, halved where the interpretation halves it
    ("我们省盗窃数额较大定的是2000块。这人在超市把两瓶飞天茅台塞进外套带出去了，价格认定2600。", "盗窃罪", "met"),
    ("省里定的两千。这小子去年十月因为偷东西被治安拘留了十天，今年三月又偷了一辆电动车，估价1200。", "盗窃罪", "met"),
    ("这人上个月刚因为敲诈勒索被派出所拘了五天，出来又找同一个人要了1200块。我们省敲诈勒索数额较大是两千。", "敲诈勒索罪", "met"),
    # 这两年就这两回 / 也没有别的情节 close the account
    ("我们这边盗窃数额较大是三千元。嫌疑人半年前因为盗窃被罚了五百，这次夜里撬开菜市场一个摊位的储物柜，偷了价值1300的香烟。"
     "这两年就这两回，没入户，没带刀，也没有别的情节。", "盗窃罪", "not_met"),
    ("十三个月前他因为抢夺被治安拘留过。这次是走路过去，一把抢了一个年轻小伙手里的手机，估价800，人没受伤。本省数额较大是1000。"
     "除了这两回没有别的事。", "抢夺罪", "not_met"),
    # times counted in officers' words
    ("有个人半年里在小区车棚偷了三次电瓶，每回也就一两百块钱，三次都查实了。", "盗窃罪", "met"),
    ("一年多来他先后三回敲诈同一家小饭馆，每回要个三五百，这回是第三回，要了300，三回都查实了。", "敲诈勒索罪", "met"),
    # people gathered, and the other party's death
    ("他叫了三个朋友，大白天在街上一起把人家饭店的招牌和玻璃门砸了，损失两千左右。", "故意毁坏财物罪", "met"),
    ("一辆小轿车和他开的货车相撞，对方一名乘客当场死亡，交警认定他负主要责任。", "交通肇事罪", "met"),
    # 喝了酒 is 酒后 (交通肇事解释第二条第二款（一）), though 没到醉驾
    ("司机喝了酒（血液酒精含量50mg/100ml，没到醉驾）开车撞伤一名骑车人，鉴定为重伤二级，交警认定司机负全部责任。", "交通肇事罪", "met"),
])
def test_probe_37b_officers_words(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 37a: four answers that were sure and wrong
    # the kind named only where the facts say it is not (yet) that kind
    ("一家化工厂把一批污泥倒在河滩上，大概5吨。这种污泥在危废名录里没明确列着，我们送去做危险特性鉴别了，结果还没出来。", "污染环境罪", "unknown"),
    # 当地禁猎期是3到7月 names the period, 不在禁猎期 places the act outside it; the 禁猎区 still being checked
    ("11月份有人晚上打着强光手电在山里照着打野鸡，这算夜间照明行猎吧。那片山是不是县里划的禁猎区我们还在核实，当地禁猎期是3到7月，"
     "不在禁猎期。猎获物值3000块左右。", "非法狩猎罪", "unknown"),
    # 有没有被划进…禁渔区 asks
    ("有人在一个山塘水库里电鱼，抓了10公斤，当时不是禁渔期。这个水库有没有被划进县里的禁渔区，我们还没查到文件。", "非法捕捞水产品罪", "unknown"),
    # marks pointing to one source are not 两种以上 (知识产权解释（2025）第七条)
    ("一个小厂生产运动鞋，鞋上同时用了某品牌的文字商标和它的图形商标，两个都是该品牌在鞋类上的注册商标，都指向同一家。查实非法经营数额4.2万元，"
     "之前没受过处罚，没其他情节。", "假冒注册商标罪", "unknown"),
])
def test_probe_37a_sure_and_wrong_before(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 37a, read as the agencies write: the metal as the test names it and a hidden pipe found (环境污染解释（2023）
    # 第一条（五）, 第十七条)
    ("我们在一个电镀小作坊后墙外挖出一根暗管，直通旁边的沟渠，取样检测总镍浓度超过排放标准六倍多。", "污染环境罪", "met"),
    # 原木材积 ÷ 出材率 (森林资源解释（2023）第十九条): 3.3 ÷ 60% = 5.5立方米
    ("有人没办采伐证，偷砍了村集体山上的杉木，现场量的原木材积3.3立方米，林业站说这个树种出材率按60%算。", "盗伐林木罪", "met"),
    ("有人没办采伐证，偷砍了村集体山上的杉木，现场量的原木材积2.4立方米，林业站说这个树种出材率按60%算。", "盗伐林木罪", "unknown"),
    # 卖了6万2 is 62,000元 of sales
    ("一个汽配店把便宜的低等级机油重新灌装，贴成高等级机油卖，经检测确属以次充好。账上卖了6万2，他说扣掉成本只赚了1.5万。",
     "生产、销售伪劣产品罪", "met"),
])
def test_probe_37a_agency_words(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 37b: the deed against an officer in everyday words (刑法第二百零二条, 第二百七十七条)
    ("税务人员上门依法催缴税款，老板死活不交，推了税务干部一把，人摔倒磕破了头，鉴定轻微伤。", "抗税罪", "met"),
    ("纳税人拒不缴纳税款，但没有暴力、威胁行为。", "抗税罪", "not_met"),
    ("城管执法队员（在编公务员）依法暂扣他的三轮车，他抄起板凳砸过去，把队员头砸破了，鉴定轻微伤，车也没扣成。", "妨害公务罪", "met"),
    # handing over records is 提供 (第五条（三）: 行踪轨迹五十条)
    ("他把从别人那儿弄来的60条别人的行踪轨迹信息转给了一个私家侦探。", "侵犯公民个人信息罪", "met"),
    # 信息不是他工作中接触的 denies the insider's 第五条（八）: 300条住宿信息 is short of 500
    ("他从网上买了300条酒店住宿信息，又倒手卖了出去，挣了一千多块。以前没因为这类事被处理过，信息不是他工作中接触的，"
     "买家拿去干什么不知道，也没发现被用来犯罪，其他情节没有。", "侵犯公民个人信息罪", "unknown"),
])
def test_probe_37b_deeds_in_everyday_words(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 37b: a road by who may drive in (道路交通安全法第一百一十九条), 达到醉酒 stated
    ("他在小区里开车撞了花坛。这个小区外来车辆在门口登记一下就能进，血检结果已经达到醉酒。", "危险驾驶罪", "met"),
    ("他在厂区里挪自己的小轿车，厂区是封闭的，门岗只放本厂车辆，外面社会车辆一律不让进。血检达到醉酒。就是挪车，别的都没有。",
     "危险驾驶罪", "not_met"),
    ("他在小区里开车撞了花坛，血检结果已经达到醉酒。", "危险驾驶罪", "unknown"),
    # 因为容留别人吸毒被行政拘留 last year: 二年内 (毒品解释（2016）第十二条（三）); not a penalty for 容留卖淫
    ("他去年年初因为容留别人吸毒被行政拘留过，今年又让一个朋友在他出租屋里吸了一次冰毒。", "容留他人吸毒罪", "met"),
    ("他去年年初因为容留卖淫被行政拘留过，今年又让一个朋友在他出租屋里吸了一次冰毒。", "容留他人吸毒罪", "unknown"),
])
def test_probe_37b_roads_and_earlier_penalties(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_threat_to_kill_halves_the_figure_and_the_standard_names_no_act(law_store):
    # 敲诈勒索解释第二条（四）: 弄死他全家 is a threat of 故意杀人, so 2000元 meets half of the stated 3000元 (probe 37b B18); the
    # 敲诈勒索 of 本省敲诈勒索数额较大按3000执行 names the standard, and the act shown is the threat
    text = "他给对方发微信说不拿钱就弄死他全家，对方吓得转了2000。本省敲诈勒索数额较大按3000执行。"
    verdict = judgement(law_store, text, "敲诈勒索罪")[1]
    assert verdict["status"] == "met" and "弄死" in verdict["conduct"]["stated"]


@pytest.mark.parametrize("text,status", [
    # 刑法第三百四十八条 by drug: 冰毒 named alone holds no 鸦片 and no 其他毒品 (probe 37b B06, 36e E45)
    ("路面盘查从他身上搜出一小包冰毒，称重8.5克，家里也搜了，没有别的毒品，没有贩卖的证据，他说是自己吸的。", "not_met"),
    ("查获嫌疑人一小包冰毒，连包装袋一起称毛重10.3克，包装袋单独称重0.8克。", "not_met"),
    # the kind left open names none
    ("在嫌疑人车里搜出一袋白色晶体，称重15克，还没做成分鉴定，不知道是冰毒还是K粉。", "unknown"),
    ("查获嫌疑人K粉50克。", "unknown"),
])
def test_the_drug_named_decides_which_figure_counts(law_store, text, status):
    assert judgement(law_store, text, "非法持有毒品罪")[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # a requirement denied by its name, not only by one of its ways of being stated (不是入户, 没带凶器, 没飙车)
    ("这个人在商场偷了一部手机，价值一千二。他身上没带刀，不是扒窃，也不是入户，之前没有偷过东西，就这一次，也没有别的情节。"
     "本省数额较大标准二千元。", "盗窃罪", "not_met"),
    ("这个人在商场偷了一部手机，价值一千二。本省数额较大标准二千元。", "盗窃罪", "unknown"),
    ("交警查到一个司机，血液酒精含量45mg/100ml，属于饮酒驾驶，没达到醉酒。开的是自己的私家车，没有追逐竞驶，车上没拉危化品。",
     "危险驾驶罪", "not_met"),
    ("这个司机开私家车，没喝酒，抽血也没检出毒品。他没飙车，也没有超员超速，车上没拉危险化学品。", "危险驾驶罪", "not_met"),
    # 没有追逐竞驶 denies its 竞驶 too (it was met)
    ("他没有追逐竞驶，血检结果还没出来。", "危险驾驶罪", "unknown"),
    # 交通肇事解释（2000）第二条第二款: each circumstance excluded in the officer's words; the deaths and the unpaid loss still asked
    ("一辆小轿车把一个行人撞成重伤，司机负全部责任。司机没喝酒也没吸毒，有驾驶证，车是正规上牌的，刹车灯光都正常，没超载，"
     "事后也没逃跑，一直在现场等交警。没有人死亡，损失都赔了。", "交通肇事罪", "not_met"),
    ("一辆小轿车把一个行人撞成重伤，司机负全部责任。司机没喝酒，有驾驶证。没有人死亡，损失都赔了。", "交通肇事罪", "unknown"),
    ("李某驾驶小轿车把一个行人撞成重伤，交警认定李某负事故全部责任。李某没喝酒也没吸毒，驾驶证已被吊销。", "交通肇事罪", "met"),
    # losses of one act's parts add up; without 这一回 the parts are asked
    ("这人砸坏了两户人家的东西，第一户损失三千元，第二户损失三千五百元，就干了这一回，他一个人干的。", "故意毁坏财物罪", "met"),
    ("这人砸坏了两户人家的东西，第一户损失三千元，第二户损失三千五百元，他一个人干的。", "故意毁坏财物罪", "unknown"),
    ("这人砸坏了两户人家的东西，损失共4000元，其中第一户1500元，第二户2500元，就干了这一回，他一个人干的。", "故意毁坏财物罪",
     "not_met"),
    # 走私贵重金属罪 (刑法第一百五十一条第二款): the export of what the state forbids to export, not gold carried in
    ("某人从香港随身携带金条3公斤入境，走无申报通道，被海关查获。", "走私贵重金属罪", "not_met"),
])
def test_probe_38_denials_by_name_and_parts_of_one_act(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # the injured counted before their grade; a list of casualties denied
    ("某施工单位偷工减料导致雨棚坍塌，砸伤工人2名，经鉴定均为重伤二级，无人死亡，直接经济损失约30万元。", "工程重大安全事故罪",
     "not_met"),
    ("某幼儿园滑梯护栏断裂，7名幼儿摔伤，法医鉴定均为轻伤，无人重伤、死亡。", "教育设施重大安全事故罪", "not_met"),
    # (12 轻伤 meets 立案追诉标准（一）第十四条's 轻伤十人, but the newer 危害生产安全解释（2015）第六条 counts deaths and 重伤 only)
    ("某幼儿园滑梯护栏断裂，12名幼儿摔伤，法医鉴定均为轻伤，无人重伤、死亡。", "教育设施重大安全事故罪", "not_met"),
    ("某幼儿园滑梯护栏断裂，4名幼儿摔伤，法医鉴定均为重伤，无人死亡。", "教育设施重大安全事故罪", "met"),
    # a fire over forest land is a 森林火灾 (立案追诉标准（一）第一条（四）: 33亩 = 2.2公顷)
    ("村民上坟烧纸引发山火，过火有林地面积33亩，无人员伤亡，没有烧到房屋。", "失火罪", "met"),
    # the province's figure in 场次 and the shows added up
    ("我省对组织播放淫秽音像制品的立案标准掌握的是二十场次。嫌疑人组织播放淫秽录像，分别是8场、9场、7场，之前都没有被处理过。",
     "组织播放淫秽音像制品罪", "met"),
    # (17 场次 falls short; 造成恶劣社会影响 is still asked)
    ("我省对组织播放淫秽音像制品的立案标准掌握的是二十场次。嫌疑人组织播放淫秽录像，分别是8场、9场，之前都没有被处理过。",
     "组织播放淫秽音像制品罪", "unknown"),
    # times said once, below the clause's three
    ("同村人两次半夜往养殖户的鱼塘里倒农药，经价格认定两次合计损失3200元，都是他一个人干的。", "破坏生产经营罪", "not_met"),
    # kinds counted singly or together (立案追诉标准（一）第三十五条（二）)
    ("网店卖家查获已售出和库存的警灯6个、警报器5个，销售额约3000元。", "非法生产、买卖警用装备罪", "met"),
    ("网店卖家查获已售出和库存的警灯6个、对讲机5个，销售额约3000元。", "非法生产、买卖警用装备罪", "unknown"),
    # the means looked for and not found: the act stays open (it was met on 逼她去…卖淫)
    ("被害女子报警说男友冯某逼她去按摩店卖淫还债。冯某说是女方自愿的。目前没发现打骂、限制人身自由、拿裸照威胁之类的证据，还在取证。",
     "强迫卖淫罪", "unknown"),
    # a pet trade is no 以食用为目的 (it was met on the 2万元; a longer narrative asks whose purpose it is)
    ("花鸟市场查获一商贩收购、出售野外捕捉的绣眼鸟、八哥共120只，均为“三有”保护动物，货值约2万元。这些鸟都是当宠物卖给养鸟的人，"
     "没有卖给饭店或者做菜的。", "非法猎捕、收购、运输、出售陆生野生动物罪", "not_met"),
])
def test_probe_38a_counts_and_kinds(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 立案追诉标准（一）第八十四条第三款 names a means of 第二款's act: a forum post is no crime below 第二款's figures
    ("有人把网盘里的淫秽视频做成免费分享链接发在一个论坛上，经鉴定是淫秽视频25个，没有收费。实际点击、下载次数还在调取。",
     "传播淫秽物品罪", "unknown"),
    # an injured person's grade still being assessed may bring the count to 重伤三人
    ("音乐节散场时发生踩踏，6人受伤：已有2人鉴定为重伤，3人轻伤，还有1人的伤情鉴定没出来。没有人死亡，财产损失十几万元。",
     "大型群众性活动重大安全事故罪", "unknown"),
    ("音乐节散场时发生踩踏，5人受伤：已有2人鉴定为重伤，3人轻伤。没有人死亡，财产损失十几万元。", "大型群众性活动重大安全事故罪",
     "not_met"),
    # 罂粟 holds no 大麻 and no 其他毒品原植物; a field in flower has come up; cooperation is no 抗拒铲除
    ("村里有个老头在自家菜园里种罂粟，一共432株，已经开花了。以前从来没被处理过，铲的时候很配合，自己动手拔的。",
     "非法种植毒品原植物罪", "not_met"),
    ("村里有个老头在自家菜园里种罂粟，一共432株，已经开花了。", "非法种植毒品原植物罪", "unknown"),
    # a genuine passport lent is neither forged nor altered
    ("张某把自己真实有效的护照借给长得像的表弟，表弟拿着出境时被边检识破了。", "提供伪造、变造的出入境证件罪", "not_met"),
    # 八两 of black powder (400 g) refused to hand over, at a coach station
    ("长途客运站安检，一名乘客行李里有一包自己配的黑火药，称了大概八两。安检员要求他交出，他死活不交。",
     "非法携带枪支、弹药、管制刀具、危险物品危及公共安全罪", "met"),
    ("把2名没有任何证件的外籍人员从便道运进境内，每人收了300元。", "运送他人偷越国（边）境罪", "met"),
])
def test_probe_38c_means_pending_grades_and_plants(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # parsed clauses denied in officers' words (corpus/data/requirement_words.yaml)
    # (“性感热舞” itself now keeps the catch-all open: api/catch_all_hint.py, session 60)
    ("某酒吧老板请了4名舞者表演“热舞”，舞者穿比基尼，但没有裸露隐私部位，也没有用语言或者动作具体描绘性行为。",
     "组织淫秽表演罪", "not_met"),
    ("某酒吧老板请了4名舞者表演“性感热舞”，舞者穿比基尼。", "组织淫秽表演罪", "unknown"),
    ("某人2023年3月因偷越国境被罚款，2025年6月又一个人从小路偷越出境，出境时即被抓获，没有人接应，也没叫别人一起，前后一共就这两次。",
     "偷越国（边）境罪", "not_met"),
    ("某人2025年6月从小路偷越出境，出境时即被抓获。", "偷越国（边）境罪", "unknown"),
])
def test_probe_38c_parsed_requirements_denied_in_officers_words(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_every_requirement_words_entry_names_a_requirement_of_its_offense(law_store):
    """An entry whose text no requirement of the offense holds would never apply (a typo, or a clause reworded)."""
    from api.requirement_words import requirement_words, WORDS_FILE
    from corpus.curated import load_table
    from graph.queries import offense_view
    from graph.schema import offense_id
    entries = load_table(WORDS_FILE)
    assert len(entries) == len(requirement_words())
    for entry in entries:
        view = offense_view(law_store, offense_id(entry["offense"]))
        texts = {r["text"] for st in view["standards"] for a in st["alternatives"] for r in a["requirements"]}
        assert entry["requirement"] in texts, entry["requirement"]


@pytest.mark.parametrize("text,offense,status", [
    # 立案追诉标准（一）第八十四条第二款（一）: 第八十二条第二款's figures twice over (视频文件二十个 × 2)
    ("李某在一个200余人的微信群内陆续转发淫秽视频，经鉴定共计淫秽视频文件46个，未收取任何费用。", "传播淫秽物品罪", "met"),
    ("李某在一个200余人的微信群内陆续转发淫秽视频，经鉴定共计淫秽视频文件25个，未收取任何费用，也没有造成什么后果。",
     "传播淫秽物品罪", "unknown"),
    # 第八十二条第二款（七）: two items at half their figures (视频 12/20, 图片 130/200), spread in a paid group
    ("孙某建了一个付费QQ群，每人进群收30元，往群里发淫秽视频12个、淫秽图片130张，违法所得3600元。",
     "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "met"),
    ("孙某建了一个付费QQ群，每人进群收30元，往群里发淫秽视频12个、淫秽图片80张，违法所得3600元，没有造成其他后果。",
     "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "unknown"),
    # no money taken: the profit purpose is asked (not taking fees does not deny it; the act alone had met it, and the
    # offense's name in the question, …贩卖、传播淫秽物品牟利罪立吗, had stated 贩卖 and 牟利)
    ("钱某在微信群里转发淫秽视频共40多个，查了他的微信、支付宝，没有任何相关收款。", "制作、复制、出版、贩卖、传播淫秽物品牟利罪",
     "unknown"),
    ("钱某在几个微信群里陆续转发淫秽视频共40多个。他说就是图好玩，查了他的微信、支付宝，没有任何相关收款，也没有用来引流卖东西、"
     "收广告费。这个能按制作、复制、出版、贩卖、传播淫秽物品牟利罪立吗？", "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "unknown"),
])
def test_probe_38_obscene_items_across_articles(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # a price per piece times the pieces counted; a concert's tickets are no 车票 and no 邮票 (立案追诉标准（一）第二十九条)
    ("有个黄牛印了一批假的演唱会门票往外卖，已经卖出去60张，票面价每张880元，他说一张也就加价几十块。", "伪造、倒卖伪造的有价票证罪",
     "met"),
    ("他倒卖火车票，共卖出60张，每张票面价格300元。", "倒卖车票、船票罪", "met"),
    ("他倒卖火车票，共卖出6张，每张票面价格300元，获利200元，没有别的情节。", "倒卖车票、船票罪", "not_met"),
])
def test_probe_38c_tickets_priced_each(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_concert_ticket_total_is_no_train_ticket_basis(law_store):
    verdict = judgement(law_store, "有人印了一批假的演唱会门票往外卖，已经卖出去60张，票面价每张880元。", "伪造、倒卖伪造的有价票证罪")
    standards = verdict[0]
    statuses = {a["label"]: a["status"] for s in standards for a in s.get("alternatives", [])}
    assert statuses.get("（一）1") == "not_met" and statuses.get("（三）1") == "met"


@pytest.mark.parametrize("text,offense,status", [
    # probe 38f (60 traps for sure answers): three sure and wrong, each now open or ruled out as the facts say
    ("举办音乐节违反安全管理规定发生踩踏，上报重伤三人，但其中一人是散场后在场外另一起交通事故中受伤的。无人死亡，直接经济损失经核定四十万元。",
     "大型群众性活动重大安全事故罪", "not_met"),
    ("他以威胁手段强迫一名游客买了一件玉器，交易额三千元。他没有动手，游客没有受伤；就这一次，只针对这一个人；玉器是真的、按市价也值三千元，"
     "游客没有经济损失。他从中赚了多少还没查清。", "强迫交易罪", "unknown"),
    ("他在出租屋里容留一名成年女子卖淫，只容留过她这一次，获利八百元。这名女子没有怀孕、智力正常，她自己说患有梅毒，但还没去医院检查。"
     "他此前没有因卖淫相关行为被处罚过。", "引诱、容留、介绍卖淫罪", "unknown"),
    ("村民上坟烧纸引发山火，过火林地共四十亩，其中有林地和灌木林地各占多少，林业部门还在区分。没有人员伤亡，直接经济损失经认定十二万元，"
     "烧了两户人家的柴棚，没有烧到住房。", "失火罪", "unknown"),
])
def test_probe_38f_sure_answers_the_facts_do_not_give(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 38g (60 traps on the offenses most often transferred): sure answers the facts do not give
    ("嫌疑人把超市砸了。价格认定结论：造成损失共计——玻璃门二千八百元，收银机二千六百元。一个人干的，就这一次。", "故意毁坏财物罪", "met"),
    ("嫌疑人把超市砸了。价格认定结论：造成损失共计——玻璃门二千元，收银机一千六百元。一个人干的，就这一次。", "故意毁坏财物罪", "not_met"),
    ("凉皮摊主在凉皮里超量使用甜蜜素，检测结果甜蜜素超出标准限量两倍；没有检出其他物质，没有添加任何非食品原料或禁用物质。",
     "生产、销售有毒、有害食品罪", "unknown"),
    ("某公司隐匿收入少缴税款十五万元，占当年应纳税额的百分之十二。税务机关依法下达追缴通知后，公司在规定期限内补缴了全部税款和滞纳金，"
     "并缴清了税务机关的罚款。公司此前五年内没有因逃税受过刑事处罚，也没有被税务机关行政处罚过。", "逃税罪", "not_met"),
    ("某个体企业主2022年度逃避缴纳税款六万元，占当年应纳税额的百分之十五；2023年度逃税七万元，占当年应纳税额的百分之三点五。"
     "两年都未经任何处理。税务机关已依法下达追缴通知，他至今分文未补缴。", "逃税罪", "met"),
    ("禁渔期内查获一条渔船，渔获物一百五十公斤，价值约三千元，现场只查到合规的普通网具。有群众举报他是电鱼的，但现场没有查获电鱼设备，"
     "他本人否认电鱼。", "非法捕捞水产品罪", "unknown"),
    ("某工厂违规操作引发设备爆裂，一名工人经鉴定为重伤，另有两名工人受伤住院，这两人的伤情鉴定还没有出结果。无人死亡，直接经济损失约十万元。",
     "重大责任事故罪", "unknown"),
    ("执法人员依法到某商户检查，商户老板拒绝开门配合，在门口大声辱骂执法人员，但没有推搡、没有动手，也没有说任何威胁的话。",
     "妨害公务罪", "not_met"),
    # the offender's own penalties, not the earlier owner's (张某此前曾两次…；他本人只在去年被处罚过一次)
    ("某人没有医师资格，接手了张某原来开的诊所继续给人看病（张某已离开）。张某此前曾两次因非法行医被卫生健康部门行政处罚；"
     "他本人只在去年被处罚过一次。", "非法行医罪", "unknown"),
    # (a licence lacked is no denial of the act: 未经许可擅自砍伐 still states it)
    ("王某未经许可擅自砍伐村集体林场的杉木，立木蓄积12立方米。", "盗伐林木罪", "met"),
])
def test_probe_38g_sure_answers_on_common_offenses(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 39a/39b (120 traps, readers who saw no code): sure answers the facts do not give
    # land of no stated kind is not 基本农田; 基本农田 said is
    ("村民甲以牟利为目的，把承包的八亩耕地私下转让给老板建厂房，违法所得十二万元，以前没有因此被处罚过。", "非法转让、倒卖土地使用权罪", "unknown"),
    ("村民甲以牟利为目的，把承包的八亩永久基本农田私下转让给老板建厂房，违法所得十二万元。", "非法转让、倒卖土地使用权罪", "met"),
    # the offender's age at the act, said after his name further on (刑法第十七条)
    ("派出所抓获偷电动车的邵某，经户籍核实，邵某作案时十五岁零十个月。电动车价格认定四千二百元，一个人作案，没有入户，没带刀具。",
     "盗窃罪", "not_met"),
    # a weight with its bag is no weight of the drug; the net weight decides
    ("民警在娄某身上搜出一小包冰毒，当场连塑封袋一起称重十一点三克，经鉴定为甲基苯丙胺，去掉包装后净重九点四克，娄某说是自己吸的，没有查到其他毒品。",
     "非法持有毒品罪", "not_met"),
    # felling done as the licence allows is nobody's 盗伐; taking the felled logs is theft (森林资源解释（2023）第十一条（一）,
    # read since probe 44c CC23: the probe's gold, not_met)
    ("国有林场按采伐许可证把一片杉木伐倒后，村民鲁某晚上分几趟拉走了其中一部分原木，折合立木蓄积约八立方米，鲁某自己一棵树也没砍过。",
     "盗伐林木罪", "not_met"),
    # 滥伐 counts the cut past the licence, not the licence's figure or the total
    ("林农曹某持有采伐许可证，证上批准的采伐量是立木蓄积三十立方米，他实际砍了三十八立方米，超出部分八立方米，没有幼树。",
     "滥伐林木罪", "unknown"),
    # one denial for the law's list: 没有暗管渗坑
    ("电镀厂总排口废水铜浓度超过地方排放标准六倍，排放地不在饮用水水源保护区，没有暗管渗坑，也没篡改监测数据，该厂以前没受过处罚，"
     "损失约三万元。", "污染环境罪", "unknown"),
    # one side of an open choice is not stated
    ("药店把过期的抗生素改了有效期卖给患者，患者服用后严重过敏住院，损伤程度鉴定还没做，不知道是轻微伤还是轻伤以上。",
     "生产、销售、提供劣药罪", "unknown"),
    ("冯某收了一面出土铜镜转手卖了三万八，文物部门说是一般文物还是三级文物拿不准，正式定级还在走程序。", "倒卖文物罪", "unknown"),
    # a seller who says he did not know, with a receipt at the market price (食品安全解释（2021）第十条)
    ("摊贩岑某卖的鳜鱼被抽检出孔雀石绿残留，鱼是从批发市场按正常市价进的，有进货单据，他说根本不知道鱼有问题，也没查到他自己给鱼用药。",
     "生产、销售有毒、有害食品罪", "unknown"),
    # 公园 is a 公共场所; no beating and no disorder are said
    ("韩某酒后在公园里追着一位七十来岁的老人辱骂、吓唬，老人没受伤，韩某就这一次，手里没拿东西，也没动手打人，还不清楚造成了什么影响。",
     "寻衅滋事罪", "unknown"),
    # a figure the loser wants counted is not the loss; a sum no item read keeps 没有别的情节 from closing the loss
    ("前工程师吴某离职前拷走了公司一套配方，没有披露、使用，没有违法所得。公司说配方研发花了五百万，要按五百万算损失；"
     "评估的合理许可使用费是四十万。吴某以前没被处罚过，也没有别的情节。", "侵犯商业秘密罪", "unknown"),
    # a pronoun for the offender, with his age on the day (刑法第十七条); another named last is not him
    ("两伙学生约在河堤上打群架，十来个人拿着棍子互殴。嫌疑人夏某动手最凶，但查了户籍，他打架那天才十五岁八个月。对方两人轻微伤。",
     "聚众斗殴罪", "not_met"),
    # an electric bicycle to the national standard is no 机动车 (道路交通安全法第一百一十九条); 没有和人飙车 denies the race
    ("交警夜查拦下骑车的冯某，血液酒精含量达到醉酒标准。冯某骑的电动自行车经检验符合电动自行车国家标准，挂的是非机动车号牌，"
     "也没有和人飙车。", "危险驾驶罪", "not_met"),
    ("交警夜查拦下开车的冯某，血液酒精含量达到醉酒标准，他开的是一辆小轿车。", "危险驾驶罪", "met"),
    # 没有死人 is no death
    ("司机违反规定超装液化石油气，卸车时泄漏起火。事故没有死人，两名工人轻伤，没有重伤。经核定直接经济损失七十万元，"
     "除此以外没有造成别的后果。", "危险物品肇事罪", "not_met"),
    # 肺炭疽 is managed as 甲类 (传染病防治法第四条)
    ("实验员孙某违反规定把炭疽菌株带出实验室培养，造成菌种扩散，两名住户确诊肺炭疽，疾控确认是这批菌株传播所致。",
     "传染病菌种、毒种扩散罪", "met"),
    # the repair bill is the loss
    ("他自己一个人干的，半夜把邻居车窗砸了，修车花了1800。头一回，以前没砸过东西，也没别的情节。", "故意毁坏财物罪", "not_met"),
])
def test_probe_39_sure_answers_the_facts_do_not_give(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 39c (60 traps written as 移送 paragraphs with several persons and events): the sure and wrong answers
    # 第一次 is the first of the two penalties counted, not a count of one
    ("旅客闵某2025年1月、2025年3月两次因走私手机被海关给予行政处罚，第一次处罚决定于2025年1月20日生效。2025年10月8日他又夹藏"
     "十二台手机入境，偷逃应缴税额八千六百元。", "走私普通货物、物品罪", "met"),
    # …and the law's words quoted in a question count nothing (能按“一年内两次处罚后又走私”移送吗)
    ("王某第一次走私行政处罚2023年4月10日生效，第二次处罚是2023年10月8日；2024年6月15日他又走私化妆品，偷逃税额2.3万元，"
     "没有其他没处理的走私。离第二次处罚才8个月，能按“一年内两次处罚后又走私”移送吗？", "走私普通货物、物品罪", "not_met"),
    # a person set apart (另案处理) and the two persons' total are not this suspect's amount
    ("1月中旬，村民沈某到村集体的松树林里擅自砍了几棵松树。1月下旬，同村的韩某（与沈某没有联系，另案处理）也到同一片林子盗伐松树。"
     "林业站查实：沈某盗伐的松树立木蓄积一点六立方米，价值约一千五百元，没有砍幼树；韩某盗伐的立木蓄积四点二立方米。两人合计五点八立方米。",
     "盗伐林木罪", "not_met"),
    # a hired hand on an ordinary wage (非法采矿解释（2016）第十一条: 一般不以犯罪论处)
    ("刘某没有采矿许可证，在荒山组织开采建筑石料，经认定矿产品价值四十二万元。挖掘机司机马某受刘某雇用开挖掘机，每天领三百元固定工资，"
     "不参与利润分成。请问马某的行为是否达到非法采矿罪立案追诉标准？", "非法采矿罪", "unknown"),
    ("刘某没有采矿许可证，雇用工人在荒山开采建筑石料，经认定矿产品价值四十二万元。", "非法采矿罪", "met"),
    # the offender's age still being established
    ("没有驾驶证的车某开车撞死行人喻某，交警认定车某负事故全部责任。户籍登记的出生日期与出生医学证明上的不一致，户籍核查和骨龄鉴定正在进行。",
     "交通肇事罪", "unknown"),
    # the closed season named by its dates is no act in it
    ("本县水库规定每年4月1日至6月30日为禁渔期。2025年7月2日晚，许某在该水库用电瓶电鱼，查获鲢鱼八公斤。", "非法捕捞水产品罪", "unknown"),
    # another person's missing licence is not the driver's (无驾驶资格, 交通肇事解释（2000）第二条第二款（二）)
    ("舒某驾驶表哥屈某名下的小型客车超速撞伤项某，致其重伤，交警认定舒某负事故主要责任。舒某持有有效驾驶证。坐在副驾驶的屈某没有驾驶证。",
     "交通肇事罪", "unknown"),
    ("舒某驾驶小型客车超速撞伤项某，致其重伤，交警认定舒某负事故主要责任。舒某没有驾驶证。", "交通肇事罪", "met"),
    # probe 38e, read when probe 39d took its place as the held-out set: a uniform is no 手铐…警灯, and ammunition whose kind
    # is still being appraised (军用还是民用) meets no 军用子弹 figure
    ("查了一家网店卖警用装备，成套警服十二套、单件警服上衣六十件、手铐四副、警灯五个，别的没有。经营额四千六百元，利润九百来块。",
     "非法生产、买卖警用装备罪", "unknown"),
    ("在一户村民家阁楼里搜出三十五发子弹，没有枪。他没有持枪资格。子弹是军用还是民用的，鉴定还没出来。", "非法持有、私藏枪支、弹药罪", "unknown"),
    # 不是残疾人或孤寡老人 denies 盗窃解释第二条（五）
    ("刘某在小区车库把陈某没上锁的电动自行车推走，价格认定一千六百五十元。本省盗窃数额较大标准为二千元。陈某是正常上班族，不是残疾人或孤寡老人。",
     "盗窃罪", "unknown"),
])
def test_probe_39c_sure_answers_in_longer_accounts(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probe 39f (traps on the 71 transferred offenses of session 38's probes)
    # only a designated gun maker or seller commits 刑法第一百二十六条
    ("个体户刘某开五金店，没有任何枪支制造、销售资质，也不是被指定的枪支企业。他从外地进了几支气枪，经鉴定三支均为枪支，卖给了三名顾客。",
     "违规制造、销售枪支罪", "not_met"),
    # a death whose cause is still in question
    ("音乐节散场时发生踩踏，两名观众经鉴定为重伤，另有一名男子送医后死亡，家属说是被踩的，医院初步意见是心源性猝死，法医鉴定还没出。",
     "大型群众性活动重大安全事故罪", "unknown"),
    ("音乐节散场时发生踩踏，造成一人死亡、两人重伤。", "大型群众性活动重大安全事故罪", "met"),
    # a third injured whose grade is still to be assessed
    ("煤矿班长明知瓦斯超限仍强令工人下井，发生爆燃，两名工人经鉴定为重伤，另一名烧伤工人还在住院，伤情鉴定还没做，没有人死亡，"
     "直接经济损失约四十万元。", "强令、组织他人违章冒险作业罪", "unknown"),
])
def test_probe_39f_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_park_and_a_beating_state_a_public_beating_and_a_park_alone_does_not(law_store):
    """公园 is a 公共场所 (治安管理处罚法第二十三条); 在公共场所随意殴打他人 needs the beating said too, in any words
    (无故…殴打殷某), and 造成公共场所秩序严重混乱 its disorder."""
    from api.verdict import _requirement
    beaten = "贾某在人民公园南门等车时，无故对殷某、薛某进行辱骂，又上前殴打殷某、薛某。"
    quiet = "韩某在公园里追着一位老人辱骂，没动手打人。"
    public_beating = {"text": "在公共场所随意殴打他人", "options": ["公共场所随意殴打他人"], "question": "是否在公共场所随意殴打他人？"}
    assert _requirement(public_beating, beaten)["status"] == "met"
    assert _requirement(public_beating, quiet)["status"] != "met"
    disorder = {"text": "造成公共场所秩序严重混乱", "options": ["公共场所秩序严重混乱"], "question": "是否造成公共场所秩序严重混乱？"}
    assert _requirement(disorder, beaten)["status"] != "met"


@pytest.mark.parametrize("text,offense,status", [
    # judgments name the injured rather than count them (寻衅滋事解释（2013）第二条（一）: 致一人以上轻伤或者二人以上轻微伤)
    ("贾某在人民公园无故殴打殷某、薛某。经法医鉴定，殷某、薛某的伤情程度均属轻微伤。", "寻衅滋事罪", "met"),
    ("被告人林某在公交车站用拳头殴打被害人杨某某的头部。经鉴定，被害人杨某某受伤致右鼻骨骨折，所受损伤系轻伤。", "寻衅滋事罪", "met"),
    # a grade denied names no one
    ("王某在广场上无故推搡李某，经鉴定李某的伤情不构成轻微伤。", "寻衅滋事罪", "unknown"),
])
def test_the_injured_are_counted_by_name(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_only_the_names_said_with_the_grade_are_counted(law_store):
    """司机王某、乘客赵某 carried the injured: one 重伤 (李某), so 重伤三人 is not met."""
    text = "司机王某驾车撞倒行人李某，司机王某、乘客赵某将伤者送医，李某经鉴定为重伤，交警认定王某负同等责任，王某未饮酒。"
    assert judgement(law_store, text, "交通肇事罪")[1]["status"] != "met"


def test_a_three_character_masked_name_is_one_person():
    """杨某某 is the suspect, not its tail 某某: the passenger 李某 stays another person, 杨某某 himself does not, and his
    age said at the act is read (the age reading and the holder reading find the suspect one way, api/holder.suspect_name)."""
    from api.capacity import offender_age
    from api.holder import another_named, suspect_name
    text = "被告人杨某某驾驶轿车撞伤行人，坐在副驾驶的李某没有驾驶证。"
    assert suspect_name(text) == "杨某某"
    assert another_named(text, text.index("没有")) == "李某"
    own = "被告人杨某某驾驶轿车撞伤行人，杨某某没有驾驶证。"
    assert another_named(own, own.rindex("没有")) is None
    assert offender_age("派出所抓获盗窃电动车的杨某某，经核实，杨某某作案时十五岁。")[:2] == (15, 15)


@pytest.mark.parametrize("text,offense,status", [
    # probe 39d (read when probe 40d took its place as the held-out set): the sure and wrong answers
    # one denial covers both sides of 和: no fry and no egg-bearing parents caught (野生动物解释（2022）第三条（二）)
    ("2024年7月正是禁渔期，吕某在本县内陆河道里用网目合规的普通刺网捕鱼，没有电鱼、毒鱼、炸鱼，也不在水产种质资源保护区，"
     "捕的都是成鱼，没有鱼苗和怀卵亲鱼。渔获物三百公斤，价值六千元。就这一次，以前没被处理过，也没有别的情节。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "not_met"),
    # the person asked about is the suspect, and his nephew's act is not his (whether he urged it is disputed)
    ("两家因为停车闹矛盾，马某的车停在卫某家门口，卫某二十岁的侄子拿砖头把车砸了，价格认证损失六千五。卫某当时站在旁边，"
     "马某说是卫某喊了一句‘给我砸’，卫某说他是在拉架，侄子也说是自己要砸的，现场没有录音录像。卫某本人没动手，以前也没闹过事。"
     "请问卫某是否达到故意毁坏财物罪立案追诉标准？", "故意毁坏财物罪", "unknown"),
    # appointed by a state firm's party committee to manage state assets: 国家工作人员 (刑法第九十三条第二款, 第一百六十三条第三款)
    ("金某是市国资委出资设立的国有独资公司的采购部经理，由公司党委任命，负责设备采购，管的是国有资产。今年他利用职务便利帮一家"
     "供应商拿单子，先后收了对方四万元好处费。请问是否达到非国家工作人员受贿罪立案追诉标准？", "非国家工作人员受贿罪", "unknown"),
])
def test_probe_39d_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_the_person_asked_about_is_the_suspect():
    from api.holder import other_holder, suspect_name
    text = "马某的车停在卫某家门口，卫某二十岁的侄子拿砖头把车砸了。请问卫某是否达到故意毁坏财物罪立案追诉标准？"
    assert suspect_name(text) == "卫某"
    assert other_holder(text, text.index("拿砖头")) is not None
    assert suspect_name("马某的车停在卫某家门口，卫某把车砸了。") == "马某"


def test_a_minor_in_a_list_is_no_denial():
    from api.verdict import _negated
    text = "被害人是未成年人和老人，共三人。"
    assert not _negated(text, text.index("老人"))
    assert _negated("没有鱼苗和怀卵亲鱼", 5)


@pytest.mark.parametrize("text,offense,status", [
    # probes 40a-40c (170 traps by readers who saw no code): the sure and wrong answers
    # P02: a fault finding changed on review: the last share is the finding (交通肇事解释（2000）第二条: one death needs 主要责任);
    # the one death is now counted (摩托车驾驶人当场死亡, session 62), so 同等责任 falls short of 死亡三人 too: not met, its gold
    ('货车司机赵某在国道上超车时与对向摩托车相撞，摩托车驾驶人当场死亡。事故认定书初稿写赵某负主要责任，后经复核改为双方同等责任，复核结论已经生效。这起事故就死了一个人，没有其他伤者，车损和路产损失合计八万元左右，赵某已经全额赔付。请问是否达到交通肇事罪立案追诉标准？',
     '交通肇事罪', 'not_met'),
    # P27: permitted content denied in the law's words (成份…相符、没有变质, 不是拿别的药冒充的) states no 假药
    ('某药店店主喻某把一批已过有效期的感冒药撕掉原标签，重新贴上往后延一年的有效期后出售，卖了三千多元。经药品检验机构检验，这批药品成份与国家药品标准规定相符、含量合格、没有变质，适应症标注也没有超范围，不是拿别的药冒充的。请问是否达到生产、销售、提供假药罪立案追诉标准？',
     '生产、销售、提供假药罪', 'unknown'),
    # P38: a birth date and the act's date: fourteen at the theft (刑法第十七条)
    ('少年小范2010年11月20日出生，2025年9月6日伙同他人在商场偷了一部手机，经价格认定价值六千元，小范分得赃款二千元。偷的时候没有被发现，小范也没有使用暴力或威胁，没有其他违法行为。请问对小范是否达到盗窃罪立案追诉标准？',
     '盗窃罪', 'not_met'),
    # P47: a first report (初报“三人重伤”) the appraisal settled otherwise counts nothing; 没有其他后果 closes the account
    # (session 61), so one 重伤, two 轻伤 and 二十二万元 fall short of every item
    ('某厂房检修时，工人违章动火引发爆燃。事故初报是“三人重伤”，后经司法鉴定，一人为重伤二级，另外两人为轻伤一级，无人死亡。事故直接经济损失经核定为二十二万元，没有其他后果。请问是否达到重大责任事故罪立案追诉标准？',
     '重大责任事故罪', 'not_met'),
    # Q28: the former operator's unheeded order is not the new operator's (刑法第二百八十六条之一)
    ('网信办发现某短视频平台传播淫秽视频三百余个。2024年5月，网信办曾向该平台原运营公司甲公司下发责令整改通知书，甲公司未整改；同年10月平台整体转让给乙公司运营，此后监管部门没有向乙公司下发过任何责令改正文书。现在要追究的是乙公司。请问乙公司是否达到拒不履行信息网络安全管理义务罪立案追诉标准？',
     '拒不履行信息网络安全管理义务罪', 'unknown'),
    # Q42: a grade still being appraised (一般文物还是三级以上) is not 一般文物
    ('公安机关查获古玩商人叶某以牟利为目的，从他人手里收购一件青铜器后加价转卖，交易价三万五千元。文物部门初步认为是出土文物，属于国家禁止买卖的文物，但具体等级（一般文物还是三级以上）还在鉴定中。叶某以前没卖过其他文物。请问是否达到倒卖文物罪立案追诉标准？',
     '倒卖文物罪', 'unknown'),
    # Q49: tests whose results are still to come state no virus
    ('卫健委查获一个未经批准的地下采血点，组织人员采血后卖给外地的“中间商”。现场查获的血袋已送检，艾滋病病毒、乙肝、丙肝、梅毒等项目的检测结果还没出来；采血用的针具都是一次性新器材，没有发现超量、频繁采血的记录。请问是否达到非法采集、供应血液、制作、供应血液制品罪立案追诉标准？',
     '非法采集、供应血液、制作、供应血液制品罪', 'unknown'),
    # Q51: plants whose protection grade is not yet appraised are counted in no grade
    ('海关查获旅客何某携带十二株兰科植物出境，未申报，也没有任何许可证明。其中三株何某说是自家大棚人工培育的。这些兰花具体是什么种、是否属于国家一级或二级重点保护野生植物，林业部门的鉴定意见还没出来。请问是否达到走私国家禁止进出口的货物、物品罪立案追诉标准？',
     '走私国家禁止进出口的货物、物品罪', 'unknown'),
    # Q57: a qualifier the facts deny (不属于重要军事管理区) is not met by the act
    ('某部营区管理部门报称：因工程款纠纷，包工头付某带着二十多名工人到营区门口拉横幅、堵大门，致使营区施工和车辆进出停顿。问付某去过几次，他说“也就去过几回”，目前只核实了两次，每次一个多小时；没有带械、没有动手、没有人受伤，直接经济损失两万元左右，该营区不属于重要军事管理区，和平时期。请问是否达到聚众扰乱军事管理区秩序罪立案追诉标准？',
     '聚众扰乱军事管理区秩序罪', 'unknown'),
    # R18: a seller's denial in a record (真不知道…你们来查了我才知道) leaves 明知 open
    ('问：你知道这批“海飞丝”是假的吗？\n答：真不知道，我从一个经销商那进的，他给我看了品牌授权书，进价每瓶三十二，跟正品批发价差不多。\n问：卖了多少？\n答：一年多卖了六万来块钱，都是小区里的街坊买。\n问：什么时候知道是假的？\n答：你们来查了我才知道，我自己家里用的也是这个。\n经鉴定为假冒注册商标的商品，该授权书真伪尚在核查。请问是否达到销售假冒注册商标的商品罪立案追诉标准？',
     '销售假冒注册商标的商品罪', 'unknown'),
])
def test_probe_40_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_birth_date_is_the_offenders_only_after_the_offenders_name():
    """刑法第十七条 by a birth date and the act's date; a victim's birth date beside the victim's name is not the offender's."""
    from api.capacity import offender_age
    assert offender_age("少年小范2010年11月20日出生，2025年9月6日伙同他人在商场偷了一部手机。请问对小范是否达到盗窃罪立案追诉标准？")[:2] == (14, 14)
    assert offender_age("李某户籍登记的出生日期为2010年3月5日，2025年4月在超市偷了东西。")[:2] == (15, 15)
    # (a 学生 earlier in the sentence is no victim between the name and the date: probe 40b Q36)
    assert offender_age("两伙学生在校外空地互殴，一方召集人葛某出生于2009年11月3日，斗殴发生在2025年10月20日。"
                        "请问葛某是否达到聚众斗殴罪立案追诉标准？")[:2] == (15, 15)
    assert offender_age("被告人张某在家中，趁继女许某（2010年7月6日生）洗澡之际，进入卫生间。") is None
    assert offender_age("王某引诱女孩小芳卖淫，小芳户籍信息显示出生于2010年9月18日。请问王某是否达到引诱幼女卖淫罪立案追诉标准？") is None
    # a birthday inside the act's month leaves fifteen or sixteen
    assert offender_age("李某2009年4月出生，2025年4月在超市偷了东西。")[:2] == (15, 16)


@pytest.mark.parametrize("text,offense,status", [
    # thirteen or fourteen: no theft is his crime either way (刑法第十七条第二款)
    ("李某2011年6月出生，2025年6月在超市偷了价值五千元的手机。请问李某是否达到盗窃罪立案追诉标准？", "盗窃罪", "not_met"),
    # fifteen or sixteen: the theft turns on the birthday, so the age is asked
    ("李某2009年4月出生，2025年4月在超市偷了价值五万元的手机。请问李某是否达到盗窃罪立案追诉标准？", "盗窃罪", "unknown"),
    # the month of birth without its day (李某（2009年4月出生）于2025年4月…) reads either side too
    ("李某（2009年4月出生）于2025年4月在禁渔期使用电鱼方法捕捞水产品，渔获物六百公斤。", "非法捕捞水产品罪", "unknown"),
    # 未满十六周岁 allows thirteen as well as fifteen: an injury is not read as his crime
    ("未满十六周岁的赵某持刀将同学捅成重伤二级。", "故意伤害罪", "unknown"),
])
def test_an_age_range_decides_only_where_both_ends_agree(law_store, text, offense, status):
    verdict = judgement(law_store, text, offense)[1]
    assert verdict["status"] == status
    if status == "unknown":
        assert any("周岁" in q for q in verdict["questions"])


def test_a_fault_changed_on_review():
    from api.fault import actors_grade
    assert actors_grade("事故认定书初稿写赵某负主要责任，后经复核改为双方同等责任，复核结论已经生效。")[0] == "同等"
    assert actors_grade("初稿写赵某负主要责任，后经复核改为同等责任，复核结论尚未生效。") is None


def test_some_firm_is_no_person():
    """对某公司 names "some firm", not a person 对某: the suspect is the first person named after it."""
    from api.holder import suspect_name
    assert suspect_name("税务局对某公司检查发现，法定代表人李某指使会计做两套账。") == "李某"
    assert suspect_name("马某的车停在卫某家门口。") == "马某"


@pytest.mark.parametrize("text,offense,status", [
    # probes 41a-41c (160 fresh traps by readers who saw no code; 15 sure and wrong at the session's start code): the sure and wrong answers
    # T23: a record question's premise (问：过期药就是假药) states no 假药
    ('涉案单位某某大药房有限公司，法定代表人任某。2025年5月检查发现，该药房将已超过有效期的阿莫西林胶囊等药品三十盒继续销售，销售金额九百元。经药品检验机构检验，上述药品所含成份与国家药品标准规定相符，含量合格，未发现变质，标明的适应症未超出规定范围，均为正规药品生产企业生产的合法药品。上述事实有检验报告、销售记录、现场检查笔录为证。\n问：过期药就是假药，请问是否达到生产、销售、提供假药罪立案追诉标准？',
     '生产、销售、提供假药罪', 'unknown'),
    # T50: a seller's denial with receipts at market price leaves 明知 open (食品安全解释（2021）第十条)
    ('当事人某某熟食店（个体工商户），经营者冯某。经抽检，该店销售的卤牛肉检出罂粟碱、吗啡成分。经查，该批卤肉系冯某从某某食品加工厂进货后直接销售，冯某本人未添加任何物料；加工厂负责人（另案处理）承认在卤汤中加入罂粟壳，已认定属有毒、有害的非食品原料。冯某称不知道卤肉里有罂粟壳，能提供进货单据，进价与市场价相当，此前未受过食品安全处罚。冯某是否明知，仍在调查。上述事实有检验报告、进货单据为证。\n问：卤肉里确实查出了罂粟壳成分，请问冯某是否达到生产、销售有毒、有害食品罪立案追诉标准？',
     '生产、销售有毒、有害食品罪', 'unknown'),
    # T56: one worker's item is judged on one worker's share (九千元 < the stated 一万元), not the total for twelve
    ('涉案单位某某装饰工程有限公司，法定代表人邹某。经查，该公司有能力支付而拖欠十二名工人工资，合计二万八千元，其中工人甲被拖欠五个月工资共九千元，其余十一人每人被拖欠一个月左右工资。2025年3月我局下达限期支付指令书，逾期仍未支付。本省确定的标准为：拒不支付一名劳动者三个月以上劳动报酬一万元以上；拒不支付十名以上劳动者劳动报酬累计五万元以上。上述事实有工资表、指令书送达回证为证。\n问：十二个工人都没拿到钱，请问是否达到拒不支付劳动报酬罪立案追诉标准？',
     '拒不支付劳动报酬罪', 'not_met'),
    # U29: a denied list (也不沾毒品、…、贪污贿赂) and 电诈团伙…诈骗罪: no predicate offense of 洗钱罪
    ('反洗钱这边转来：一个人把自己三张银行卡借给电诈团伙，帮人家转了三百八十万，他也知道是骗来的钱。上游就是冒充客服骗钱的，公安定的是诈骗罪，不是金融诈骗，也不沾毒品、黑社会、恐怖、走私、贪污贿赂、破坏金融管理秩序那些。请问是否达到洗钱罪立案追诉标准？',
     '洗钱罪', 'unknown'),
    # U50: a party's figure (他自己说有两斤) the scale settled (过秤是九百克) counts nothing
    ('派出所在一个村民家里查出他从外头买的炸药，他自己说有两斤，过秤是九百克，雷管二十五枚，导火索量了二十二米。就这一回买的，说是开山炸石头用，没出事，也没拿去干别的。请问是否达到非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪立案追诉标准？',
     '非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪', 'unknown'),
    # V05: two marks pointing to one source are not 两种以上注册商标 (知识产权解释（2025）第七条)
    ('经审理查明：甲酒业公司在白酒商品上分别注册了文字商标“某某春”和图形商标“某某春图”，二者均用于标示甲公司自产白酒。2025年6月至8月，被告人郑某未经许可，在其灌装的散装白酒瓶身上同时使用上述两个商标后对外批发。经审计，非法经营数额三万八千元，违法所得一万一千元。郑某此前未因商标侵权受过行政处罚或刑事处罚，未发现其他假冒行为。上述事实有商标注册证、鉴定意见、审计报告等证实。请问是否达到假冒注册商标罪立案追诉标准？',
     '假冒注册商标罪', 'unknown'),
    # V15: whether the helped party committed a crime is still being established (信息网络解释（2019）第十二条第二款)
    ('经审理查明：2025年3月至5月，被告人段某明知上线从事网络违法犯罪活动，为其提供本人及亲属银行卡共四张用于接收、转移资金，获利四千元。经核查，上述银行卡支付结算金额合计二十五万元，资金来自多个外地账户，目前均未查到对应报案记录。上线身份不明、尚未到案，其实施的行为是否构成犯罪，公安机关仍在追查。段某此前未受过处罚，仅为上线一人提供帮助。请问是否达到帮助信息网络犯罪活动罪立案追诉标准？',
     '帮助信息网络犯罪活动罪', 'unknown'),
    # V19: a repair quote while the price appraisal is pending is no appraised loss
    ('经审理查明：2025年9月3日深夜，被告人汪某因停车问题与邻居彭某发生口角，后独自用石块砸碎彭某轿车的前挡风玻璃和两侧车窗。彭某向公安机关提交4S店维修报价单，金额一万二千元，并称“车是新买的，损失至少一万多”。公安机关已委托价格认定机构对车辆损失进行认定，认定结论尚未作出。汪某系首次毁坏他人财物，到案后如实供述。请问是否达到故意毁坏财物罪立案追诉标准？',
     '故意毁坏财物罪', 'unknown'),
    # V29: 辩称不知道酒中添加了药物，…有购货发票 leaves 明知 open
    ('经审理查明：2025年4月至6月，被告人秦某在其经营的烟酒店销售某品牌“鹿鞭酒”，销售金额一万五千元。经检验，该酒中检出国家禁用药物西地那非。该酒系某酒厂生产，酒厂负责人已另案处理。秦某辩称不知道酒中添加了药物，其进货渠道为正规经销商，有购货发票，进价与市场价格相当，此前未受过食品安全方面的处罚；目前尚无其他证据证明秦某知道酒中添加了禁用物质。请问是否达到生产、销售有毒、有害食品罪立案追诉标准？',
     '生产、销售有毒、有害食品罪', 'unknown'),
    # V35: three victims' sums listed with 、 are added or asked, never one of them alone
    ('经审理查明：2025年7月，被告人付某冒充某电商平台客服，以“退还运费险”为由，先后骗取被害人汤某二千元、被害人尹某一千八百元、被害人黎某二千五百元。三名被害人均系成年人，上述款项均已转入付某控制的账户。本省确定的诈骗公私财物“数额较大”标准为六千元。付某此前无前科，到案后退赔了部分款项。上述事实有被害人陈述、转账记录、聊天记录等证实。请问是否达到诈骗罪立案追诉标准？',
     '诈骗罪', 'unknown'),
    # V41: a first report of no death a later death overtook decides nothing
    ('经审理查明：2025年5月10日，某建筑工地施工队负责人孟某违反安全管理规定，未设置防护措施即安排工人进行高处作业，导致脚手架坍塌，造成工人白某、于某二人重伤，工人邵某轻伤，直接经济损失二十八万元。事故调查报告初稿认定“无人员死亡”。后于某经抢救无效，于2025年6月2日死亡，经鉴定其死亡与此次事故存在直接因果关系。上述事实有事故调查报告、鉴定意见、证人证言等证实。请问是否达到重大责任事故罪立案追诉标准？',
     '重大责任事故罪', 'unknown'),
    # V43: whether 基本农田 is among the land is still being compared
    ('经审理查明：2025年3月，被告人阎某未经批准，在其承包的村集体耕地上硬化地面、搭建钢构厂房，用于堆放建材，造成被占耕地种植条件严重毁坏。经自然资源部门测量，被占用土地面积共计七千二百平方米，全部为耕地，其中是否涉及永久基本农田以及涉及面积，正在与国土空间规划数据比对，尚未得出结论。阎某此前未因非法占地受过处罚。请问是否达到非法占用农用地罪立案追诉标准？',
     '非法占用农用地罪', 'unknown'),
    # V46: 不属于水生动物苗种或怀卵亲体 denies them
    ('经审理查明：2025年5月20日，正值某水库禁渔期，被告人崔某驾驶自家小船，使用网目尺寸符合规定的刺网在该内陆水域捕捞，当场被渔政人员查获渔获物九百斤。经渔政部门认定，所用网具不属于禁用渔具，崔某未使用电鱼、毒鱼、炸鱼等方法；渔获物均为鲢鳙等常见成鱼，不属于水生动物苗种或怀卵亲体，捕捞地点不在水产种质资源保护区内。经价格认定，渔获物价值四千二百元。崔某此前未因非法捕捞受过处罚。请问是否达到非法捕捞水产品罪立案追诉标准？',
     '非法捕捞水产品罪', 'not_met'),
])
def test_probe_41_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_probe_42a_an_act_done_by_someone_unnamed_is_not_the_suspects(law_store):
    """报警装置被人为关闭: someone closed it, and who is disputed (probe 42a W06 met 危险作业罪 on it)."""
    text = '公诉机关指控：2025年7月，某化工厂储罐区的可燃气体报警装置被人为关闭长达十天。经应急管理部门认定，存在发生重大伤亡事故的现实危险。车间主任被告人孙某称报警器系夜班操作工周某擅自关闭，自己并不知情；周某称是孙某口头让关的。现有证据为监控录像（未拍到操作画面）、二人笔录，尚无其他证据印证。请问是否达到危险作业罪立案追诉标准？'
    assert judgement(law_store, text, "危险作业罪")[1]["status"] == "unknown"


@pytest.mark.parametrize("text,offense,status", [
    # probes 43a-43b (80 traps by readers who saw no code, ten sure and wrong before reading): the sure and wrong answers
    # X19: 不存在以他药冒充 denies the 冒充 (expired drugs relabelled are 劣药, 药品管理法第九十八条第三款)
    ("当事人：吕某，个体药店负责人。\n违法事实：吕某将店内已过有效期的阿莫西林胶囊300盒撕去原标签，重新贴上延后两年的有效期标签出售，已售210盒，"
     "销售金额五千出头。\n检验情况：省药品检验所检验，成份与国家药品标准一致，含量合格，未见变质、污染；不存在以他药冒充。\n以往处罚情况：无。\n"
     "请问是否达到生产、销售、提供假药罪立案追诉标准？", "生产、销售、提供假药罪", "unknown"),
    # X25: the birth date in a 当事人 line (许某某，男，身份证显示出生日期为…): fifteen at the theft
    ("当事人：许某某，男，身份证显示出生日期为2010年12月3日。\n违法事实：2026年11月20日下午，许某某撬开邻居家房门入户，盗走现金6000元和一部手机"
     "（价格认定两千一）。\n以往处罚情况：无。\n请问是否达到盗窃罪立案追诉标准？", "盗窃罪", "not_met"),
    # X26: sums in the items of a numbered list (①…；②…) are added or asked, never judged on the first alone
    ("当事人：某商贸公司（法定代表人姜某）。\n违法事实：该公司在没有实际业务的情况下，为多家企业开具增值税普通发票，按票面金额收取开票费。\n"
     "涉案发票：①为甲公司开14份，票面金额18.6万元；②为乙公司开9份，12.4万元；③为丙公司开7份，9.8万元；④为丁公司开11份，11.5万元。\n"
     "以往处罚情况：无。\n请问是否达到虚开发票罪立案追诉标准？", "虚开发票罪", "unknown"),
    # X31: an earlier penalty (因逃避缴纳税款被税务机关罚款) is no fine paid now; the fine still due leaves the bar open
    ("当事人：某餐饮公司（法定代表人邹某）。\n违法事实：该公司2024年度通过个人账户收款隐匿收入，少缴各项税款35万元，占当年应纳税额18%。\n"
     "处理情况：税务局2026年10月9日下达追缴通知和行政处罚决定，限2026年12月31日前缴清。截至目前，公司已补缴全部税款和滞纳金，罚款尚未缴纳，"
     "仍在缴纳期限内；公安机关尚未立案。\n以往处罚情况：2022年因逃避缴纳税款被税务机关罚款一次。\n请问是否达到逃税罪立案追诉标准？", "逃税罪", "unknown"),
    # X32: a first report the next sentence settles (初报“三人重伤”；后经司法鉴定…) counts nothing
    ("当事人：戚某，某建筑工地项目经理。\n违法事实：2026年6月，戚某未按专项方案搭设脚手架即组织工人作业，脚手架局部坍塌。\n"
     "后果：事故初报“三人重伤”；后经司法鉴定，工人甲为重伤二级，乙、丙均为轻伤一级，无人死亡。\n经济损失：经核定直接经济损失约28万元。\n"
     "请问是否达到重大责任事故罪立案追诉标准？", "重大责任事故罪", "unknown"),
    # X34: 一百四五十人 is 140 to 150, across 150人
    ("当事人：某农业科技公司（实际控制人宁某）。\n违法事实：2025年3月至2026年5月，该公司以“认养果树、年化12%回报、到期回购”为名，通过微信群、"
     "传单向社会公开宣传，吸收群众资金。\n涉案金额/人数：吸收资金“九十多万”；集资参与人“一百四五十人”，名单还在逐一核对。\n"
     "其他：已兑付大部分本息，未兑付本金约11万元；公司及宁某此前未因非法集资受过任何处理。\n请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # Y29: two of the injured still being graded: one 重伤 so far may yet be three
    ("经审理查明：2024年4月2日，被告人胡某驾驶危险化学品罐车运输液氯，违反危险化学品运输管理规定超载并擅自改变行驶路线，途中阀门脱落发生泄漏，"
     "致附近厂区工人五人吸入中毒住院。其中一人经鉴定为重伤二级，二人轻微伤，另二人伤情鉴定仍在进行中；无人死亡。经核定，事故直接经济损失二十八万元。"
     "请问是否达到危险物品肇事罪立案追诉标准？", "危险物品肇事罪", "unknown"),
    # Y30: a broker the facts cannot show knew of the forcing (刑法第二百四十四条第二款)
    ("经审理查明：砖窑主钱某某（另案处理）在其窑厂以锁门、派人看守、扣押身份证等方式限制工人人身自由，强迫其劳动。2023年4月至6月，被告人葛某作为"
     "劳务中介，先后为该窑厂招募工人八名，并用自己的面包车将工人送至窑厂，按每人三百元收取介绍费。葛某辩称从未进过窑厂，不知道里面强迫干活；"
     "现有证据尚不能证明葛某知悉窑厂强迫劳动的情况。请问是否达到强迫劳动罪立案追诉标准？", "强迫劳动罪", "unknown"),
    # Y33: an older clause's forest-fire item the newer governing text does not speak to (立案追诉标准（一）第十五条（三）)
    ("经审理查明：被告人唐某系某木材加工厂负责人，厂区紧邻林地。2024年1月，消防救援机构书面通知其清理厂区与林地之间的可燃物、配置灭火器材，"
     "唐某拒不执行。同年3月15日，厂区起火并蔓延至相邻有林地。林业部门初步勘测过火有林地面积'约三十亩'，精确测量尚未完成。火灾未造成人员伤亡，"
     "厂房等直接经济损失十二万元。请问是否达到消防责任事故罪立案追诉标准？", "消防责任事故罪", "unknown"),
    # Y36: a box kept for a friend, no evidence he knew it held forged invoices (刑法第二百一十条之一 明知)
    ("经审理查明：2024年6月，公安机关在被告人喻某租用的仓库内查获伪造的增值税专用发票六十二份，票面税额合计三十一万六千元。喻某辩称装发票的纸箱"
     "系朋友柏某寄存，其不知道箱内是什么；柏某在逃。现有证据中无喻某参与购买、出售发票的记录，亦无其他证据证明其知道箱内系伪造发票。"
     "请问是否达到持有伪造的发票罪立案追诉标准？", "持有伪造的发票罪", "unknown"),
])
def test_probe_43_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probes 44a-44c (120 traps by readers who saw no code; six sure and wrong before reading, seven at the session's start)
    # probe 44a AA07: a claim quoted (郑某称“…不可能醉驾”) is neither stated nor denied; the blood test is still to come
    ("【现场检查笔录摘录】检查情况：2025年10月5日凌晨1时许，交警在市区环城路查获驾驶小型轿车的郑某，呼气酒精测试结果为每百毫升103毫克。郑某对结果有异议，民警当场提取血样送检，血液酒精含量检验结果尚未出具。当事人陈述：郑某称“就喝了半瓶红酒，不可能醉驾”。车内仅郑某一人，未发现追逐竞驶、超员、超速或运输危险化学品等情况。请问郑某是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # AA18: a clause opening 未发现 denies all it lists (未发现以他药冒充或超范围标注功能主治)
    ("【案件调查终结报告摘录】检查情况：2025年5月，药店店主陶某从境外代购渠道购进未取得我国进口药品批准证明文件的某日本产胃药40盒，已售出25盒，销售额3750元。调查认定：经省药品检验机构检验，该药所含成份及含量与其标示一致，未变质，在有效期内，未发现以他药冒充或超范围标注功能主治；购买者均未出现不良反应。请问陶某是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # AA31: a 快报 figure the finding after it settles (调查认定：经司法鉴定…) counts nothing
    ("【事故调查报告摘录】检查情况：2025年6月，某建筑工地脚手架坍塌，事故快报称“致3人重伤”。调查认定：经司法鉴定，工人甲、乙为重伤二级；工人丙仍在ICU治疗，伤情鉴定尚未进行；无人员死亡，直接经济损失核定为41万元。项目负责人欧某未按专项方案搭设脚手架，违反安全管理规定。请问欧某是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "unknown"),
    # CC23: taking logs the forest farm had felled is theft (森林资源解释（2023）第十一条), not 盗伐
    ("2024年11月，当事人钱某夜里开车进入国有林场作业区，把林场工人白天已经伐倒、截好、堆在集材道旁的杉木原木偷偷装车拉走，经检尺折合立木蓄积8.2立方米，价值约一万九。钱某自己一棵树也没砍。请问钱某是否达到盗伐林木罪立案追诉标准？",
     "盗伐林木罪", "unknown"),
    # CC29: whether the firm or its manager acted is still being established: neither figure decides
    ("某进出口公司以低报价格方式进口一批机械配件，经海关计核，偷逃应缴税额十五万二千元。报关由公司业务经理吴某一手经办，到底是公司集体决定、少缴的税进了公司账，还是吴某为个人私利擅自所为，目前还在调查。公司和吴某此前都没受过海关处罚，这是唯一一票。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
])
def test_probe_44_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_a_birth_date_is_no_acts_date():
    """出生日期为2008年5月20日 dates a birth (probe 44a AA09 said the act was past its prosecution period on it)."""
    from api.act_dates import act_period
    period = act_period("调查认定：蒋某身份证载明出生日期为2008年5月20日；2025年3月12日卫某让蒋某在其屋里吸毒。")
    assert period is not None and period.first.year == 2025


@pytest.mark.parametrize("text,offense,status", [
    # probes 45a-45c (120 traps by readers who saw no code; three sure and wrong before reading, four at the session's start)
    # probe 45c DC04: an act 2025年1月起 found on 3月28日 and stopped ran before the 2025 interpretation took effect
    ("市场监管局咨询：小作坊主钱某2024年5月曾因在自产白酒上使用“XX”注册商标被我局行政处罚。2025年1月起，他又在自产白酒上贴同一个“XX”商标（该商标核定使用商品就是白酒）对外销售，3月28日被我局查获，此后停产，再没干过。经核算，非法经营数额三万六千元，违法所得九千元，只假冒了这一个商标，没有其他情节。请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "unknown"),
    # DC20: a report opening its sentence (有群众举报，…是病死猪), denied and unsettled, states nothing
    ("市场监管局咨询：有群众举报，肉贩冯某2025年4月从外村收的四头猪是病死猪，宰杀后分割出售，大概六百斤，卖了九千多块。冯某否认，说猪收来时是活的，是急宰的；卖猪的农户只说猪“有点不吃食”。肉已经全卖完了，没留样，这几头猪到底是不是病死、是不是死因不明，目前还没有调查结论。请问是否达到生产、销售不符合安全标准的食品罪立案追诉标准？",
     "生产、销售不符合安全标准的食品罪", "unknown"),
    # probe 45a DA40: a total not split between two persons (未区分前后两人各自开采的部分) is at most one's share
    ("问：河滩那个砂坑是不是你挖的？\n答：今年三月我才接手，之前是老张在挖，挖了一年多，他后来跑了。\n问：你挖了多少？\n答：我挖了三个多月，卖砂没记账，大概十几万吧。\n问：有采矿许可证、河道采砂许可证吗？以前被罚过没有？\n答：都没有证，也没被罚过。\n问：砂卖给谁了？\n答：附近几个工地，现金结的。\n问：用什么挖的？\n答：一台挖机，两个工人。\n办案人员：自然资源部门认定该砂坑非法开采砂石价值共计40万元，但未区分前后两人各自开采的部分。请问是否达到非法采矿罪立案追诉标准？",
     "非法采矿罪", "unknown"),
])
def test_probe_45_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


def test_an_act_said_to_start_ends_when_it_was_found():
    """2025年1月起 alone may run to the present; found on a day of that year (3月28日被我局查获), it ran until then."""
    from api.act_dates import act_period
    assert act_period("2025年1月起，他在自产白酒上贴商标销售。").ongoing
    found = act_period("2025年1月起，他在自产白酒上贴商标销售，3月28日被我局查获，此后停产。")
    assert not found.ongoing and found.last.isoformat() == "2025-03-28"
    assert act_period("2019年起至今，他一直在卖，2024年3月被查获。").ongoing


@pytest.mark.parametrize("text,offense,status", [
    # probe 46b (40 traps by a reader who saw no code; three sure and wrong before reading and at the session's start)
    # probe 46b EB23: the special invoices' 票面金额 is no figure of the invoices other than them (税收解释（2024）第十八条（二）)
    ("（经侦大队笔录摘要）在孔某车上查获伪造的发票两类：一是伪造的增值税专用发票40份，票面税额合计二十二万元（票面金额一百七十多万元）；二是伪造的普通发票70份，票面金额合计四十五万元。孔某明知是假票，称是替人保管，查获的就是他持有的全部。有同事说两类加起来一百一十份、金额两百多万，肯定够了。请问孔某是否达到持有伪造的发票罪立案追诉标准？",
     "持有伪造的发票罪", "unknown"),
    # EB28: a long denied list (不涉及毒品、…、贪污贿赂、…或者金融诈骗犯罪) denies every item: ordinary fraud is no 洗钱 predicate
    ("（反洗钱可疑交易移送）柏某明知其表弟从事电信网络诈骗（冒充网购客服骗普通群众钱财，表弟已以诈骗罪另案处理），仍提供自己的三张银行卡，帮助转移、取现诈骗款共计八十余万元，并用部分款项买了金条。经核查，上游只有这一类普通诈骗，不涉及毒品、黑社会、恐怖活动、走私、贪污贿赂、破坏金融管理秩序或者金融诈骗犯罪。请问柏某是否达到洗钱罪立案追诉标准？",
     "洗钱罪", "unknown"),
    # EB29: the order went to the former operator; none to the one asked about (没有向裘某下达过任何通知)
    ("（消防救援支队移送材料）某KTV原经营者（个体工商户）2024年8月收到消防救援机构《责令限期改正通知书》，要求整改被封堵的安全出口，但一直没改。同年12月，原经营者把店转给裘某，裘某重新办了营业执照，接手时原经营者没提过这份通知，消防机构此后也没有向裘某下达过任何通知。2025年2月店内起火，致一名顾客死亡。请问裘某是否达到消防责任事故罪立案追诉标准？",
     "消防责任事故罪", "unknown"),
])
def test_probe_46b_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probes 46a and 46c (80 traps by readers who saw no code; eight sure and wrong before reading, nine at the session's start)
    # probe 46a EA14: a 4S quote while the price appraisal is pending (已委托…认定，结论尚未作出)
    ("经审理查明：被告人许某因停车纠纷对邻居何某怀恨在心，于2024年7月某日深夜，用钥匙划伤何某停放在小区内的轿车车身多处。何某称4S店报价维修费八千六百元，并提供了报价单；公安机关已委托价格认定机构对损失进行认定，结论尚未作出。许某供认就这一次，系独自作案，此前无违法犯罪记录。请问是否达到故意毁坏财物罪立案追诉标准？",
     "故意毁坏财物罪", "unknown"),
    # EA19: expired drugs an officer called “过期假药” in a record, whose tests deny every 假药 item (since session 56 the
    # court's finding, 经审理查明…销售超过有效期的, decides: 劣药, not 假药, as verdict_traps_judgments3 #18 has it)
    ("经审理查明：2024年8月，被告人邓某经营的药店被查出销售超过有效期的阿莫西林胶囊等3种药品，销售金额二千三百四十元。市药品检验所检验：上述药品所含成份与国家药品标准规定的成份相符，含量合格，未变质，标签、批号未被篡改，所标适应症未超出规定范围，仅超过有效期2至5个月。没有患者因服用出现不良反应。执法人员在笔录中称其为“过期假药”。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "not_met"),
    # EA22: a sale figure computed at the list price (按标价计算已售部分) is not the 销售金额
    ("经审理查明：2024年，被告人霍某将经检验不合格的电动车充电器冒充合格产品对外销售。该充电器标价每只168元，实际以每只110元售出400只，货款已全部收讫；另在其仓库查获尚未销售的同款充电器60只，标价同为每只168元。霍某仅经营过这一批货，此前未因销售伪劣产品受过处罚。执法人员按标价计算已售部分为六万七千二百元。请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "unknown"),
    # EA23: a seller who says he did not know, with normal channels and prices, 明知仍在调查
    ("公诉机关指控：被告人景某在其经营的保健品店销售从某微商处进货的“男士草本片”，销售金额三万二千元。经检测，该产品中含有国家禁用药物西地那非。景某辩称不知道产品含西地那非，能提供与上家的微信聊天及转账进货记录，上家身份已查明，进货价格与市场同类产品相当；景某从事保健品销售约半年，此前未受过处罚。侦查机关对其是否明知仍在调查。请问是否达到生产、销售有毒、有害食品罪立案追诉标准？",
     "生产、销售有毒、有害食品罪", "unknown"),
    # probe 46c EC19: 未发现有人…造成轻伤以上伤害 states no 轻伤
    ("当事人某医药有限公司，法定代表人梁某。经查，2025年1月至5月，该公司销售某批次阿莫西林胶囊，经省药品检验所检验，主要成份含量仅为标示量的82%，不符合国家药品标准，属劣药，涉案销售金额八十六万元。我局会同卫健部门对购药医疗机构和患者进行回访排查，并调取药品不良反应监测记录，未发现有人因服用该药造成轻伤以上伤害或其他健康损害。上述事实有检验报告、销售台账、回访记录为证。请问是否达到生产、销售、提供劣药罪立案追诉标准？",
     "生产、销售、提供劣药罪", "unknown"),
    # EC25: 96 invoices found and more still being fetched (另有…尚在…调取核对) may reach 一百份
    ("当事人某广告有限公司，法定代表人葛某。经查，2025年1月至6月，该公司在没有实际业务的情况下，为多家企业开具增值税普通发票，收取开票费。经比对，虚开发票票面金额合计三十二万六千元；发票份数方面，已查实96份，另有几份存根联缺失，电子底账尚在向税务系统调取核对，最终份数可能在一百份上下。该公司和葛某五年内未因虚开发票受过处罚。上述事实有发票存根、银行流水、询问笔录为证。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "unknown"),
    # EC38: 1050条（每条10包，每包20支） is 210,000 sticks; 每包20支 is no count
    ("当事人某便利店有限公司，法定代表人龚某。经查，该公司未取得任何烟草专卖许可证，于2025年2月至7月从外地低价购进卷烟，批发给周边多家小卖部。经清点出入库记录，共经营卷烟1050条（每条10包，每包20支），非法经营数额四万六千元，获利六千余元。该公司此前未因烟草违法受过处罚。龚某称“总共才四万多，不够五万”。上述事实有出入库记录、销售单据、询问笔录为证。请问是否达到非法经营罪立案追诉标准？",
     "非法经营罪", "met"),
])
def test_probe_46_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probes 47a-c (120 traps by readers who saw no code: judgments' facts, joint-meeting minutes, procuratorate documents;
    # eighteen sure and wrong when first measured at the session's start code)
    # FA10: 持有效驾驶证 holds 证驾驶, not 无证驾驶; 留在现场并报警 denies the flight
    ("公诉机关指控：2024年11月3日，被告人刘某持有效驾驶证驾驶小型客车，在某路口因未按规定让行，与骑电动自行车的赵某、王某相撞，致二人重伤，车辆及路边设施损坏。经认定，刘某负事故全部责任。经检测，刘某血液中未检出酒精及毒品成分，车辆检验合格，无超载情况，刘某事发后留在现场并报警。事故造成直接财产损失共计32万元，已由保险公司全部赔付。被害人家属称“重伤两人、损失三十多万，必须追究刑事责任”。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # FA17: a total holding money from staff told at an internal meeting, unpromoted (集资解释（2022）第一条第二款)
    ("公诉机关指控：2023年至2024年，被告人蒋某以其控股的某农业公司名义，以年息12%为回报吸收资金共计86万元，出具借款合同的对象共162人。经查，其中31人系该公司在职员工，蒋某仅在公司内部会议上向员工介绍借款事宜，未向社会公开宣传，员工借款合计21万元；其余131人系业务员在集市发放传单招揽，合计65万元。案发时尚有38万元本金未归还。蒋某此前未因非法集资受过处罚，未发现造成恶劣社会影响的证据。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # FA20: a 小区 road said both open (外来车辆登记后可以进入) and closed (一律不放行)
    ("经审理查明：2025年2月8日晚，被告人袁某饮酒后驾驶小型轿车，在其居住的某小区内部道路上行驶，与停放车辆发生剐蹭。经鉴定，袁某血液中乙醇含量为132mg/100ml。关于该小区道路性质，物业公司经理先称“外来车辆登记后可以进入”，后又称“仅限业主车辆通行，外来车辆一律不放行”；小区门岗进出记录未调取。辩护人提出，事发地点不属于道路交通安全法规定的道路。请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # FA27: a 轻微伤 finding set aside on re-examination counts no injury
    ("经审理查明：2025年4月某晚，被告人闵某在某酒吧饮酒时，因琐事借故生非，先后用拳头殴打邻桌的顾某、沈某。经鉴定，顾某所受损伤为轻微伤；沈某的伤情首次鉴定为轻微伤，后经重新鉴定，确认其损伤未达轻微伤程度，首次鉴定意见不予采信。闵某未持器械，此前从未殴打他人，酒吧在事发后继续正常营业，现场秩序未出现严重混乱，二被害人均为成年人，无精神失常、自杀等后果。请问是否达到寻衅滋事罪立案追诉标准？",
     "寻衅滋事罪", "unknown"),
    # FA30: 无法查证被帮助对象是否达到犯罪的程度 is what cannot be shown, not a question (信息网络解释（2019）第十二条第二款)
    ("经审理查明：2024年5月至9月，被告人邓某明知他人利用信息网络实施犯罪，仍将本人名下两张银行卡出租给网名为“阿K”的人使用，获利1.8万元。经查，上述银行卡在此期间交易流水共计62万元。因“阿K”身份无法查明、资金流向境外，确因客观条件限制，无法查证被帮助对象是否达到犯罪的程度，亦未发现被帮助对象实施的犯罪造成严重后果。邓某此前未受过相关行政处罚。侦查人员认为流水已超二十万元。请问是否达到帮助信息网络犯罪活动罪立案追诉标准？",
     "帮助信息网络犯罪活动罪", "unknown"),
    # FA32: a purity-converted 纯量约1克 is no quantity (刑法第三百五十七条第二款); the act of holding is still asked
    ("经审理查明：2025年6月，公安民警在被告人向某驾驶的车辆内查获红色药片一包。经鉴定，药片净重12.6克，检出甲基苯丙胺成分，含量为8.1%。向某辩称药片系其本人吸食所用，并无贩卖目的；辩护人提出，按含量折算，甲基苯丙胺纯量仅约1克，远不足十克。未查获向某贩卖、运输毒品的证据。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "unknown"),
    # FA40: 侦查人员认为…即属假药 is a view, not the act
    ("经审理查明：2024年10月至12月，被告人龙某通过微信向他人销售从印度代购的某抗癌仿制药共6盒，销售金额8600元。该药品在我国未经批准进口。经省药品检验所检验，该药所含成份及含量与其标签及原产国药品标准一致，未变质，未以他种药品冒充。购药患者均系自用，未发现造成他人伤害后果或延误诊治。侦查人员认为，未经批准进口的药品即属假药。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # FB06: half the fine paid, the rest said to be in instalments: the 不予追究 bar stays open
    ("某市行刑衔接联席会议纪要（2025年11月）：市税务局稽查局通报，某商贸公司2024年度以“阴阳合同”隐匿收入，少缴税款共计38万元，占该年度应纳税额的18%。稽查局2025年7月依法下达追缴通知及行政处罚决定（罚款19万元），该公司在规定期限内补缴了全部税款和滞纳金，罚款已缴9.5万元，公司称其余部分已获批分期缴纳，稽查局正在核对审批文书。该公司五年内未因逃税受过刑事或行政处罚，公安机关尚未立案。稽查局认为补缴税款即不追究；经侦民警认为逃税十万元以上且达百分之十即应移送。请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "unknown"),
    # FB08: 事故处理民警认为骨折即属重伤 is a view; the grading is pending
    ("某县交警大队与县检察院会商记录（2025年7月）：交警通报，周某于2025年6月饮酒后驾驶小型汽车（血液酒精含量56mg/100ml），与一辆电动自行车相撞，交警认定周某负事故主要责任。电动车驾驶人现场诊断为左胫骨骨折、肋骨骨折，仍在住院，鉴定机构表示须待治疗终结后才能评定伤情等级。周某已赔偿8万元，未逃逸，车辆证照齐全。事故处理民警认为骨折即属重伤，可以立案；法制民警认为应以伤情鉴定意见为准；检察官认为如仅为轻伤，只能另行考虑酒后驾驶的行政处罚。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # FB19: 一年内 in an officer's view and in a quoted term states no window; the penalties' dates follow the count
    ("某海关缉私部门行刑衔接会商记录（2025年6月）：海关通报，黄某于2025年3月2日以旅客携带方式走私进境化妆品一批，核定偷逃应缴税额3.2万元。黄某此前因走私普通货物受过两次海关行政处罚：第一次处罚决定于2024年1月15日生效，第二次于2024年6月20日生效。海关业务科认为偷逃税额不足十万元，只能行政处罚；缉私民警认为从第二次处罚生效之日起算不满一年，属于一年内两次行政处罚后又走私；检察官提出需核对“一年内”的起算点。处罚文书均已调取在案。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # FB23: a loss of two causes not yet apportioned (各自造成的减产比例尚不清楚)
    ("某县行刑衔接联席会议纪要（2025年10月）：县农业农村局通报，某农资店2025年春季向14户农户销售玉米种子，抽检发芽率为71%，低于国家标准85%，属以不合格种子冒充合格种子销售。农户申报减产损失共3.5万元，但当年7月该片区曾遭冰雹，县农业农村局委托的田间现场鉴定专家组尚未出具意见，种子质量与冰雹各自造成的减产比例尚不清楚。农业农村局认为农户申报损失已超过二万元；公安民警认为应以鉴定意见为准；店主辩称减产主要系冰雹所致。请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # FB28: travel costs a supplier paid for the manager may count as 财物: the sum is asked, not not_met at 2万元
    ("某区行刑衔接联席会议纪要（2025年9月）：区市场监管局在查处商业贿赂案件中通报，某民营医院采购部经理邓某于2024年至2025年利用负责耗材采购的职务便利，为某供应商通过准入审核提供帮助，先后收受该供应商所送购物卡2万元，并由供应商直接向旅行社支付其家庭赴海南旅游费用1.3万元，均有票据印证，邓某供认。市场监管局认为旅游费用不是财物，收受数额只有2万元；经侦民警认为民营医院人员不属于受贿主体；检察官提出应核实旅游费用的支付方式和用途。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # FB36: 其不知采伐地点与许可证不符 denies knowing; nothing the 2023 interpretation lists shows it
    ("某县行刑衔接联席会议纪要（2025年8月）：县林业局通报，木材加工厂老板曹某于2025年5月从邓某处收购杉木，折合立木蓄积26立方米，收购价格与当地市场价基本一致，入库台账记录完整。邓某系在采伐许可证规定地点以外盗伐他人林木，已另案处理。曹某称邓某出示过采伐许可证复印件，其不知采伐地点与许可证不符；邓某则称曾告诉曹某木头是“别处山上砍的”，暂无其他证据印证。林业局认为数量超过二十立方米即可移送；公安民警认为收购价格正常，不能认定明知；检察官要求进一步查证双方通话记录。请问是否达到非法收购、运输盗伐、滥伐的林木罪立案追诉标准？",
     "非法收购、运输盗伐、滥伐的林木罪", "unknown"),
    # FB38: 以食用为目的 unstated (刑法第三百四十一条第三款) is asked, not met on 160只
    ("某县行刑衔接联席会议纪要（2025年11月）：县林业局通报，鲁某于2025年10月驾车运输野外捕获的活体斑鸠、刺猬共160只，被检查站查获。经鉴定均为有重要生态、科学、社会价值的陆生野生动物，不属于国家重点保护野生动物，价值合计1.4万元。鲁某供称系受他人雇请运往外地“放生”；其手机聊天记录中收货人称“老板要活的，越肥越好”，收货人身份及用途尚未查明。林业局认为价值超过一万元即应移送；公安民警认为运输活体不能认定为食用；检察官要求查明收货方用途。请问是否达到非法猎捕、收购、运输、出售陆生野生动物罪立案追诉标准？",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "unknown"),
    # FC05: a 县级文物保护单位 is no 全国重点/省级 one (文物解释（2015）第三条、第四条)
    ("（检察意见书摘录）本院经审查查明：2024年9月，某房地产公司项目经理赵某为清理施工场地，明知项目红线内的陈氏宗祠系县人民政府公布的县级文物保护单位，仍指使工人拆除其东侧厢房及门楼，造成该部分建筑灭失。经文物部门确认，该宗祠未被核定为全国重点文物保护单位或省级文物保护单位，祠内无馆藏或登记的可移动文物，损毁部分亦不涉及三级以上文物构件。县文旅局来函认为“文物保护单位被拆即应立案”。请问是否达到故意损毁文物罪立案追诉标准？",
     "故意损毁文物罪", "not_met"),     # since session 56 the finding decides, as its set's gold has it
    # FC13: 案发前…归还本金7万元 said in the sentence's lead comes off the 集资诈骗 sum
    ("（不起诉决定书摘录）经本院审查并退回补充侦查，本院仍然认定：2023年10月至2024年6月，被不起诉人蒋某虚构投资养殖项目，以高息为诱饵向23名群众募集资金16.5万元，大部分用于个人挥霍，具有非法占有目的。2024年7月案发前，蒋某陆续向部分集资参与人归还本金共计7万元。蒋某为吸引投资另行支付宣传广告费1.2万元。侦查机关以集资总额16.5万元认定诈骗数额。请问是否达到集资诈骗罪立案追诉标准？",
     "集资诈骗罪", "unknown"),
    # FC36: ID cards kept and workers' accounts of a locked door in dispute do not state forced labour
    ("（立案监督案件审查意见摘录）经调查核实：2024年4月至9月，某砖厂老板毛某招用外地工人9名，以“代为保管”名义收走工人身份证，并以工资年底结算为由每月仅发放生活费。部分工人称晚上宿舍门被从外面锁上，想走时被工头呵斥“走了一分钱拿不到”；另有工人称宿舍可自由出入，锁门是为了防盗。工头是否有殴打、跟随看管等行为，工人说法相互矛盾，尚待进一步核实。公安机关以系劳动报酬纠纷为由未予立案。请问是否达到强迫劳动罪立案追诉标准？",
     "强迫劳动罪", "unknown"),
    # FC40: a relative asking a restaurant's price is no sale to it; 供游客观赏 is a claimed other purpose
    ("（审查起诉意见摘录）经审查：2024年11月，犯罪嫌疑人石某从山区村民处收购陆生野生动物共计210只，用货车运往城区，途中被查获。经林业主管部门认定，涉案动物均系野外自然生长繁殖，不属于国家重点保护野生动物，也不属于有重要生态、科学、社会价值的陆生野生动物或地方重点保护动物；经价格认定总价值6.2万元。石某称系为开办“萌宠乐园”供游客观赏，其亲属曾向餐馆询价，但尚未查明与任何餐馆存在交易。请问是否达到非法猎捕、收购、运输、出售陆生野生动物罪立案追诉标准？",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "unknown"),
    # probe 46a EA12: cash payouts disputed (两名玩家称曾兑换过现金，另三名称从没兑过；资金流水仍在调查): 12 machines decide nothing
    ("经审理查明：被告人朱某在某镇经营电子游戏厅，摆放“捕鱼”类游戏机12台。经检验，游戏机具有退分功能。朱某否认向玩家兑付现金或回购奖品，称积分只能兑换毛绒玩具；两名玩家称曾兑换过现金，另三名玩家称从没兑过；相关资金流水仍在调查。请问是否达到开设赌场罪立案追诉标准？",
     "开设赌场罪", "unknown"),
    # the payouts found in the books: the denial is answered
    ("被告人朱某在某镇经营电子游戏厅，摆放捕鱼游戏机12台，玩家上分后可下分兑换现金。朱某否认向玩家兑付现金，但经查，账本记载其向玩家共兑付现金三万余元。请问是否达到开设赌场罪立案追诉标准？",
     "开设赌场罪", "met"),
])
def test_probe_47_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probes 48a-c (120 traps by readers who saw no code: 典型案例 write-ups, evidence tables, interview records; nine sure
    # and wrong when first measured at 65590a1, ten at the session's start code)
    # GA10: a fault finding set aside on review (撤销原认定书，责令重新调查认定) decides no 主要责任
    ("【基本案情】2024年11月，陈某驾驶小型货车在县道行驶时与横穿公路的行人吴某相撞，吴某经抢救无效死亡。县公安局交通管理大队现场勘查后，对陈某超速行为先行作出罚款、记分处罚，并出具事故认定书，认定陈某负事故主要责任。吴某家属和陈某均不服，申请复核。市交警支队以“行人是否处于人行横道内的事实不清”为由撤销原认定书，责令重新调查认定，至今尚未重新作出认定。陈某案发后未逃逸。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # GA17: a factory's loans from its own staff, promoted nowhere (集资解释（2022）第一条第二款); 未发现…向厂外人员转借 states no 转借
    ("【基本案情】2024年5月，某县地方金融管理局在排查中发现，丙制衣厂因资金周转困难向他人借款，该局约谈企业负责人并责令规范融资行为。经查，该厂负责人蒋某于2023年至2024年间，以年息8%向本厂47名在职职工借款共计126万元，用于购置设备、支付货款；借款未通过任何渠道对外宣传，借款对象均由蒋某逐一联系确定，未发现职工向厂外人员转借、揽储。截至案发，尚有38万元未到期。金融管理局认为吸收资金已超过100万元，将线索移送公安机关。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "not_met"),
    # GA23: animals said to be captive-bred, the appraisal unfinished (野生动物解释（2022）第十三条)
    ("【基本案情】2025年3月，某市林业局在花鸟市场检查中发现，许某在摊位出售3只红腹锦鸡（国家二级保护野生动物），当即予以扣押并立案调查。经评估，3只红腹锦鸡价值合计2.4万元。许某称系从某养殖场购买的人工繁育个体，但无法提供购买凭证；林业局委托的鉴定机构认为，仅凭外形特征无法判断涉案个体系野外捕获还是人工繁育，基因比对尚未完成。林业局将线索移送公安机关。请问是否达到危害珍贵、濒危野生动物罪立案追诉标准？",
     "危害珍贵、濒危野生动物罪", "unknown"),
    # GA35: 也未以伤害等相威胁 denies the threat
    ("【基本案情】2025年4月，某县市场监督管理局执法人员依法查封甘某存放不合格食品的仓库，在张贴封条、清点货物时，甘某坐在执法车辆前拒绝离开，大声辱骂执法人员长达半小时，导致查封工作延误约一小时。甘某未推搡、殴打执法人员，也未以伤害等相威胁，执法人员最终完成了查封。市场监管局对其违法经营行为作出行政处罚，认为其“严重阻碍执法”，将妨碍执法的线索移送公安机关。请问是否达到妨害公务罪立案追诉标准？",
     "妨害公务罪", "not_met"),
    # GB30: a table's rows are items: a phone not yet valued keeps the sum open
    ("【收受财物清单】\n序号｜时间｜财物｜价值\n1｜2025-01｜现金｜1.5万元\n2｜2025-02｜购物卡（面值）｜0.9万元\n3｜2025-04｜苹果手机一部（已使用，型号及购买时间不明）｜官网新机售价7999元；价格认定未作\n4｜2025-05｜茶叶两盒｜次日原物退还\n某民营医院采购科长毕某利用职务便利在采购中为供货商谋取利益，收受上述财物。上述财物均系同一供货商所送。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # GB31: 侦查员推算…可获利192万元 is a reckoning, not 违法所得
    ("【资金流向及利息汇总】\n项目｜金额\n以\"购置设备\"名义取得银行贷款｜800万元\n转借3家企业本金（约定月息2%）｜800万元\n实际收取转贷利息｜41万元\n支付银行贷款利息｜22万元\n侦查员推算：按约定利率一年\"可获利192万元\"\n2024年3月至9月，时某将上述贷款转借他人，9月案发时转贷已全部终止。贷款已于案发后归还银行。请问是否达到高利转贷罪立案追诉标准？",
     "高利转贷罪", "unknown"),
    # GB11: a table with a total row lists that total's parts: 直接经济损失小计38万元 against 一百万元
    ("【事故调查报告（损失部分）】\n项目｜金额\n设备损毁｜21万元\n伤员医疗费用｜9万元\n善后处理费用｜8万元\n直接经济损失小计｜38万元\n停产停业损失（间接）｜70万元\n合计｜108万元\n【伤亡】重伤2人、轻伤1人，无人死亡\n2024年11月，某建材厂班组长施某违章指挥吊装作业，致吊臂倒塌。事故调查组认定该事故为生产安全责任事故。请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "not_met"),
    # GC32: 问：第三人伤情鉴定？答：还没出: the third injured may yet be 重伤
    ("询问笔录（犯罪嫌疑人蓝某，危化品运输司机）问：2025年4月事故经过？答：液化气罐车阀门没检修，在加气站卸车时泄漏起火。问：有押运员吗？答：没有，公司说省钱。询问笔录（应急管理局人员）问：伤亡？答：无人死亡，二人经鉴定为重伤二级，另一人烧伤送医。问：第三人伤情鉴定？答：还没出，医生说可能要植皮，仍在治疗。问：损失？答：直接经济损失约六十万元。请问是否达到危险物品肇事罪立案追诉标准？",
     "危险物品肇事罪", "unknown"),
])
def test_probe_48_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probes 49a-c (120 traps by readers who saw no code: judgments of several defendants, joint-meeting minutes, early clue
    # letters in hedged words; fifteen sure and wrong when first measured at 40263c2, twenty at the session's start code)
    # HA03: a “借款” from the briber not repaid may be a gift: the sum is asked, not not_met at 2.2万元
    ("公诉机关指控：被告人葛某系某民营医院采购科科长。2024年至2025年，葛某利用负责耗材采购的职务便利，为医疗器械经销商被告人范某在供货审批、货款结算等方面提供帮助，先后三次收受范某所送现金共计2.2万元。2025年1月，葛某购房时向范某“借款”1.5万元，出具借条，约定一年内归还，至案发时尚未归还。葛某辩称该款系正常借款，准备按期归还；范某证称“借条只是走个形式，没指望他还”，但又称葛某归还也会收下。上述事实有银行流水、借条、证人证言等证实。就被告人葛某而言，请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # HA07: a loss the farmers counted themselves (自行统计), none appraised, decides nothing
    ("公诉机关指控：被告单位某种业有限公司于2024年3月至4月，将发芽率经检验仅为61%（国家标准不低于85%）的玉米种子以合格品包装，销往本县三个乡镇，销售金额18.6万元。被告人赵某系该公司法定代表人，决定上述销售。案发后，部分种植户向镇政府反映出苗稀疏，自行统计减产损失合计约6万元；县农业农村局出具的检验报告仅确认种子质量不合格，截至起诉时未就种植户实际减产损失作出鉴定或评估。辩护人提出，损失数额仅为农户单方陈述，不能作为定案依据。上述事实有检验报告、销售台账、证人证言等证实。就被告人赵某而言，请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # HA11: the authorities differ on whether the goods are on the inspection list (刑法第二百三十条)
    ("经审理查明：2024年6月，被告单位某贸易公司从境外进口一批工程机械零部件，货值金额420万元，未报经检验即销售给国内多家施工企业。公司总经理被告人司某决定不报检，业务员被告人汤某具体办理。关于涉案商品是否属于必须经商检机构检验的进口商品，海关情况说明称“部分税号可能涉及法检目录”，但未列明具体税号；另一主管部门复函认为相关零部件不在目录内，意见尚未统一。目前未发现人员伤亡或直接经济损失。辩护人提出该批货物无须法定检验。上述事实有报关单、销售合同、情况说明等证实。就被告人司某而言，请问是否达到逃避商检罪立案追诉标准？",
     "逃避商检罪", "unknown"),
    # HA28: a patent number no one holds (编造) is no 假冒他人专利
    ("经审理查明：2025年6月至10月，被告单位某厨具公司在其生产销售的不粘锅产品及包装上标注“专利产品，专利号ZL2023XXXXXXXX.X”，该号码经国家知识产权局检索并不存在，系公司总经理被告人柏某编造，用以提升产品档次，非法经营数额达120万元。市场监管部门移送函称“该公司假冒专利，非法经营数额超过二十万元”。柏某辩称编号系设计人员随意填写。另查，该编号未对应任何他人已授权专利。上述事实有产品实物、检索报告、销售台账等证实。就被告人柏某而言，请问是否达到假冒专利罪立案追诉标准？",
     "假冒专利罪", "not_met"),     # since session 56 the finding decides, as its set's gold has it
    # HB31: two reckonings on conditions (若…9.8万元；若…约11.2万元) state no figure
    ("【案件会商记录】2025年5月，某海关缉私分局、检察院会商。海关通报：某贸易公司2025年3月进口一批二手数控机床，以低报价格方式申报。关税部门初步计核：若按公司提供的另一份合同成交价格确定完税价格，偷逃应缴税额为9.8万元；若该合同不真实而采用同类货物估价方法，偷逃税额约11.2万元。合同真实性正在向境外卖方核实，正式的偷逃税款核定证明书尚未出具。该公司此前未受过走私处罚。缉私民警认为应按较高数额立案；公司代理人主张按9.8万元认定。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # HB33: a claimed repair quote a price appraisal settles in the next sentence counts nothing
    ("【案件会商记录】2025年8月，某区公安分局、检察院会商。派出所通报：车某2025年7月因停车纠纷，用钥匙划伤邻居田某轿车左侧车门及翼子板。田某报案时提交4S店维修报价单，称损失6800元；后经区价格认证中心作出价格认定，车辆受损部位修复价值为4300元，田某对认定结论未申请复核。车某此前无毁坏财物记录，本次系一人所为，仅此一次。派出所接警民警按报价单认为已超过五千元，拟刑事立案；车某愿意赔偿；检察官要求附上价格认定书原件。请问是否达到故意毁坏财物罪立案追诉标准？",
     "故意毁坏财物罪", "unknown"),
    # HB37: a receiver's deduction reported while its reversal is checked: 税收解释 第十条第二款 is open
    ("【案件会商记录】2025年10月，某市税务局稽查局、公安局经侦支队、检察院会商。稽查局通报：某新能源公司为申请银行贷款虚增营业收入，2024年与两家关联公司互开增值税专用发票，无真实货物交易，涉及税款合计18万元。公司财务负责人称开票仅为做大流水，受票方未认证抵扣。稽查局已向受票方主管税务机关发函核查，一家回复称其中税款7万元的发票已勾选抵扣、是否进项转出尚在确认，另一家尚未回复。稽查局经办人认为税款超过十万元即应移送；公安经侦认为只要虚开就构成犯罪。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # HB40: 经办人援引旧法…，认为应以假药移送 is a view
    ("【联席会议纪要】2025年8月，某市市场监管局、公安局、检察院召开联席会议。市场监管局通报：某药房负责人温某2025年通过代购渠道从境外购进一种抗癌药，未取得药品进口批准证明文件，在店内销售，销售金额18万元。经省药品检验研究院检验，该药品成份、含量与其标示及原研药国家标准一致，未变质，所标适应症未超出规定范围。未发现患者因用药受到损害或延误诊治。市场监管局经办人援引旧法未经批准进口按假药论处的规定，认为应以假药移送；公安民警同意。检察官要求补查销售对象名单。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # HC04: 初步核查不属入户盗窃 denies 入户盗窃
    ("情况报告：2025年2月，某社区73岁独居老人李某报称其一辆电动三轮车被盗。经调查，嫌疑人赵某无前科，此前未受过盗窃行政处罚，夜间将停放于院门外公共巷道的该车推走，初步核查不属入户盗窃。李某称车价五千余元，经价格认定机构认定被盗时价值为1,400元（初报2,100元系含车上物品，后核实物品已被赵某弃于原地）。另据社区反映李某“无儿无女”，但户籍资料显示其有一女在外地，具体情况有待进一步核实。本报告未载明本省盗窃数额较大的具体标准。请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # HC17: 初步统计…约130万元，经逐笔核对…修正为58万元: the correction stands
    ("线索移送函：据群众反映及初步核查，某投资咨询公司负责人蒋某于2023年至2024年间，以高息为诱饵，通过发放传单向社会公开宣传吸收资金。初步统计吸收金额约130万元，经逐笔核对剔除其亲属借款后修正为58万元，涉及社会不特定人员42人，目前造成直接经济损失约21万元。据投资人反映，蒋某“前两年因为集资被金融局罚过”，但相关行政处罚决定书尚未调取，处罚时间、事由以及是否涉及非法集资有待进一步核实。目前未发现恶劣社会影响。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # HC18: a catch weighed with its ice (约600公斤), corrected by 该数字包含冰块…净重为320公斤
    ("线索移送函：2025年7月，渔政执法人员在某内陆湖泊划定的禁渔区内查获韩某使用刺网捕捞。据初步过磅，渔获物“约600公斤”，后经核实该数字包含冰块及塑料箱，去除后净重为320公斤，经价格认定价值6,800元。渔获物均为普通成鱼，该水域不属于水产种质资源保护区，所用刺网网目尺寸符合规定，未使用电鱼、毒鱼、炸鱼等方法。韩某此前未受过处罚。移送单位认为，依照立案追诉标准（一）第六十三条，内陆水域非法捕捞价值五千元以上即应立案追诉。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # HC27: a beating over a debt is as a rule no 寻衅滋事 (寻衅滋事解释（2013）第一条第三款)
    ("情况报告：2025年3月，严某在某菜市场内因索要其此前借给摊主华某的3,000元欠款未果，与华某发生争执，随后殴打华某及上前劝阻的华某之妻，致二人均受轻微伤（初报一人为轻伤二级，经复核鉴定为轻微伤）。事件持续约十分钟，未造成市场秩序严重混乱。据华某称，严某“之前就来闹过，派出所也管过”，但经查询接处警系统暂未找到相关记录，严某此前是否因该纠纷经有关部门批评制止或者处理处罚，有待进一步核实。请问是否达到寻衅滋事罪立案追诉标准？",
     "寻衅滋事罪", "unknown"),
    # HC31: an estimate (约26万元) the customs' reckoning corrects (正式计核为17万元), under a firm's 二十万元
    ("线索移送函：某进出口贸易有限公司于2024年间以低报价格方式进口一批机电设备。经初步核查，该低报行为系经公司总经理办公会集体研究决定，以公司名义报关，偷逃税款所得全部用于公司经营。海关缉私部门初步估算偷逃应缴税额约26万元，后经海关计核部门正式计核为17万元。该公司及其负责人此前均未因走私受过行政处罚。经办人员认为，偷逃税额已超过十万元的入罪标准。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "not_met"),
    # HC32: 按含量折算后甲基苯丙胺仅约1.4克 is no quantity; 查获白色晶体一包…检出甲基苯丙胺 is the holding (met, its gold)
    ("情况报告：2025年4月，民警在对缪某驾驶的车辆进行检查时，在其手套箱内查获白色晶体一包。经称量，连同包装重12.3克，去除包装后净重11.6克，经检验检出甲基苯丙胺成分，含量为12%。缪某称系自己吸食所用，目前未发现其贩卖、运输毒品的证据。办案单位初步意见认为，按含量折算后甲基苯丙胺仅约1.4克，远低于十克，建议按吸毒行为予以治安处罚。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "met"),
    # HC37: another part of the invoices still being checked in the next sentence (另有…尚待…核实) makes 9.6万元 a least
    ("线索移送函：我局在对某贸易公司检查中发现其涉嫌虚开增值税专用发票。据初步核查，该公司2024年在无真实货物交易的情况下向3家企业开具增值税专用发票22份，税款数额合计9.6万元，受票方均已抵扣。另有同期开具的18份专用发票，税款数额约5.1万元，受票方提供了部分运输单据，该公司称有真实货物交易，是否存在真实业务尚待比对资金流、货物流进一步核实。该公司此前未因虚开受过处罚。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # a debt dispute after the police had warned him: the exception's own exception (批评教育…又)
    ("两家因宅基地界线多年有矛盾。去年派出所就因为他堵邻居家门、辱骂邻居，对他进行过批评教育并组织调解；今年他又借故在村道上当着围观村民的面，把邻居夫妻二人打了，经鉴定两人均为轻微伤。请问是否达到寻衅滋事罪立案追诉标准？",
     "寻衅滋事罪", "met"),
])
def test_probe_49_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # probes 50a-b (80 traps by readers who saw no code: judgments' facts; records, tables, decisions and chat; thirteen sure
    # and wrong when first measured at f6c9f3b, fifteen at the session's start code)
    # IA06: records not yet rid of repeats (尚未…去重) are at most their count
    ("经审理查明：2025年2月，被告人陈某通过网络群组向他人出售公民姓名、手机号码、住址信息，违法所得3200元。公安机关从其电脑中查获已出售的信息文件共计6200条，均为一般个人信息。辩护人提交抽样核查材料，称随机抽取的200条中有62条为重复记录或空号，请求去重后核定条数。侦查机关尚未对全部数据进行去重及真实性核验。陈某系某软件公司职员，涉案信息并非其在工作中获取，此前无相关处罚记录。上述事实有电子数据检查笔录、转账记录、被告人供述等证据证实。请问是否达到侵犯公民个人信息罪立案追诉标准？",
     "侵犯公民个人信息罪", "unknown"),
    # IA07: 称蒋某“已被处罚两次” is a quoted claim; a 责令改正通知书 is no penalty
    ("经审理查明：被告人蒋某未取得医师资格，在其居住的小区内开设诊所从事输液、注射等诊疗活动。2023年6月，区卫生健康局对其作出没收药品器械、罚款5000元的行政处罚决定；2024年2月，区卫生健康局检查时再次发现其行医，向其送达《责令改正通知书》，未作其他处理。2025年5月，蒋某继续行医时被查获，截至案发未造成就诊人身体损害，所用药品经检验均为合格药品。执法人员在移送函中称蒋某“已被处罚两次”，辩护人对此提出异议。上述事实有行政处罚决定书、责令改正通知书、检验报告等证据证实。请问是否达到非法行医罪立案追诉标准？",
     "非法行医罪", "unknown"),
    # IA11: 辩护人认为损失应按下限90万元计算 is a view; the loss range is still being settled
    ("公诉机关指控：2025年3月，被告人曹某作为某建筑公司项目经理，违反脚手架搭设安全规定，未按方案设置连墙件，导致脚手架整体坍塌，造成工人二人重伤、四人轻伤，无人死亡。事故调查组报告载明直接经济损失“初步估算约90万至120万元”，正式核定须待保险理赔及设备损失评估完成。辩护人认为损失应按下限90万元计算。证人（安全员）证实曾提醒曹某连墙件不足，曹某称“先干着”。上述事实有事故调查报告、伤情鉴定意见、施工方案等证据证实。请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "unknown"),
    # IA14: felling past a licence is at most the actual less the licensed (31 - 15 立方米)
    ("经审理查明：2024年10月，被告人戚某持有采伐其自有承包林杉木15立方米的采伐许可证，雇工在许可地点采伐，实际采伐立木蓄积31立方米。伐区调查设计允许误差为5%。经林业部门鉴定，涉案杉木每立方米价值1100元，均为胸径五厘米以上的成材林木。林业站工作人员在证言中称“总采伐量31立方米，已超过20立方米的滥伐入罪标准”。戚某辩称以为许可证数量是“大概数”。上述事实有采伐许可证、伐区勘验笔录、林木鉴定意见等证据证实。请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "unknown"),
    # IA20: 核定载客7人 is a car's rating, no 旅客运输; 交警在处理意见中认为…严重超员 is a view
    ("公诉机关指控：2025年2月2日，被告人卞某驾驶其核定载客7人的私家小型普通客车，连同其本人共搭载父母、妻儿及亲戚13人，从老家返回县城，途经国道时被交警拦查。经查，卞某未饮酒，车速未超过限速，车辆未运输危险化学品，亦无追逐竞驶行为；卞某及乘车人均证实系免费搭载亲属，未收取任何费用，该车未登记从事道路运输经营。交警在处理意见中认为超员幅度达85%，“属于严重超员，涉嫌危险驾驶”。上述事实有执法视频、乘车人证言、车辆登记信息等证据证实。请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # IA35: 亦未以伤害执法人员或其家属等相威胁 denies the threat past ten characters
    ("经审理查明：2025年8月，市场监管局执法人员依法对被告人龚某经营的食品店进行检查时，龚某认为执法人员“故意找茬”，拒绝打开仓库门，大声辱骂执法人员，并用手机全程拍摄执法过程。执法人员随后请民警到场，龚某交出仓库钥匙，检查得以完成，前后延误约一小时。经查，龚某未推搡、撕扯执法人员，未持任何器械，亦未以伤害执法人员或其家属等相威胁，执法人员无人受伤。执法人员在情况说明中称龚某“严重阻碍执法”。上述事实有执法记录仪视频、情况说明、证人证言等证据证实。请问是否达到妨害公务罪立案追诉标准？",
     "妨害公务罪", "not_met"),
    # IB12: 公司以研发成本主张损失45万元 is the owner's word, no appraisal
    ("询问笔录（节选）\n问：你离职前从公司服务器拷走了什么？\n答：2025年8月我用U盘拷了新型电池隔膜的配方和工艺参数，打算去竞争对手那里用。\n问：拷走后给过别人或者用过吗？\n答：还没来得及，9月就被公司发现报警了，U盘已经交出来。\n问：公司说这项技术值多少？\n答：公司说研发花了45万元。\n侦查员备注：公司以研发成本主张损失45万元；尚无该项商业秘密合理许可使用费的评估或鉴定意见；嫌疑人此前无相关处罚记录，无违法所得。\n请问是否达到侵犯商业秘密罪立案追诉标准？",
     "侵犯商业秘密罪", "unknown"),
    # IB31: 部分农户…自报损失合计约2.6万元, not yet assessed
    ("××县农业农村局行政处罚决定书（节选）：当事人种子经营户史某于2025年3月向本县农户销售标称“杂交水稻××优”种子共计1,200千克。经省种子质量检验机构检验，该批种子发芽率为62%，低于国家标准，属不合格种子。部分农户称因出苗不齐减产，自报损失合计约2.6万元；本局尚未组织田间现场鉴定，减产数额未经核定。史某称进货时不知种子不合格。本局决定没收违法所得并处罚款。\n请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # a count with thousands separators (共计1,050条 is 1050条 = 210,000 sticks; probe 49c HC24)
    ("烟草专卖部门在何某经营的无证仓库内查获卷烟。何某未取得烟草专卖零售许可证，经查实已销售及库存卷烟共计1,050条，均为真品卷烟。请问是否达到非法经营罪立案追诉标准？",
     "非法经营罪", "met"),
])
def test_probe_50_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # IB10: 集体建设用地 is no 基本农田 and no 耕地, only 其他土地 (立案追诉标准（二）第七十二条（三）); 18亩 of 20 and 接近…恶劣情节 asks
    ("××县自然资源局行政处罚决定书（节选）：当事人蒋某于2025年4月，以牟利为目的，将其通过协议取得的集体建设用地18亩违法转让给某物流公司，获取违法所得46万元。经查，当事人于2023年10月曾因非法占用耕地建房被本局行政处罚。本局认定上述转让行为违反土地管理法规，决定没收违法所得并处罚款。案件讨论记录：“有过行政处罚，又非法转让土地，依照立案追诉标准应当移送。”\n请问是否达到非法转让、倒卖土地使用权罪立案追诉标准？",
     "非法转让、倒卖土地使用权罪", "unknown"),
    # IB03: a table's 面值合计 cell is one row's value, not a total row: its rows are items to add (12,000 + 10,000 + 8,500)
    ("某民营医院采购科长吴某涉嫌受贿证据摘录（2024年3月—2025年1月）\n品名｜数量｜金额\n现金（供应商甲为中标所送）｜1笔｜12,000元\n超市购物卡（供应商甲）｜20张｜面值合计10,000元\n手机（供应商乙为续签合同所送，经价格认定）｜1部｜8,500元\n茶叶（吴某妻子私下收取，吴某不知情）｜2盒｜4,800元\n备注：手机于2025年4月医院启动审计后由吴某退回供应商乙；吴某承认为两供应商中标、续签提供了帮助。\n请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # JA02: 报告结论：已售与待售合计7.7万元 is the agency's view; 3.2万元 sold, 3.2×3 + 4.5 < 15万元
    ("某区市场监督管理局移送书：当事人李某经营的五金店销售标称“国标2.5平方”的电线，经省产品质量监督检验研究院检验，导体电阻等项目不合格，属以不合格产品冒充合格产品。调查终结报告统计：已销售该批电线金额3.2万元（有送货单及微信收款记录）；仓库查扣尚未销售的同批电线，按标价计货值4.5万元；李某违法所得（差价）约0.9万元。报告结论：已售与待售合计7.7万元，超过销售金额五万元的标准，建议移送。附件：检验报告、扣押清单、收款记录截图。请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "not_met"),
    # JA08: 逃税 by year: 16万元 of 140万元 due is 11.4% (税收解释（2024）第四条第四款), not the report's two years pooled
    ("某市税务局稽查局涉嫌犯罪案件移送书：甲贸易公司通过虚列材料采购成本等手段进行虚假纳税申报。经稽查核定，2023年度少缴增值税及企业所得税共计16万元，当年度应纳税额140万元；2024年度少缴20万元，当年度应纳税额290万元。我局于2025年9月依法下达《税务处理决定书》追缴，该公司逾期至今未补缴税款和滞纳金。调查终结报告将两年合并计算，逃税36万元占两年应纳税总额430万元的8.4%，认为未达百分之十，建议不予移送，经集体讨论后仍报送。附件：稽查报告、处理决定书及送达回证。请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "met"),
    # JA17: 调查终结报告认为：吸收资金超过一百万元… is a view; the loans from staff and relatives, unpromoted, are asked
    ("某市地方金融管理局涉嫌犯罪案件移送书：丙机械公司因资金周转困难，2024年1月至2025年6月向本公司员工38人及法定代表人的亲属6人借款，约定年息10%，借款合计180万元，现有65万元到期未还。经查，借款仅通过公司内部会议和员工微信工作群通知，未通过网络、传单等向社会宣传，未发现员工代外部人员出资或向外转介，资金用于采购原材料。调查终结报告认为：吸收资金超过一百万元，给存款人造成损失超过五十万元，达到非法吸收公众存款罪立案标准。附件：借款合同、资金流水、员工询问笔录。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # JA20: 报告…即认定蒋某“在道路上醉酒驾驶机动车” is a view; a 园区 said open only by a driver's report asks
    ("某区公安分局交警大队调查终结报告：2025年9月14日23时，蒋某饮酒后驾驶小型轿车，在某物流园区内部通道行驶时与停放车辆刮擦，经抽血检验，血液酒精含量为156mg/100ml。园区管理方称园区实行封闭管理，外来车辆须登记并凭通行证进入；但据在场货车司机反映，夜间大门常无人值守，社会车辆可随意进出。报告未查明该通道是否允许社会机动车通行，即认定蒋某“在道路上醉酒驾驶机动车”，建议立案。附件：血液酒精检验报告、现场图、园区管理方说明。请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # JA32: 报告认为：按含量折算…不足1克 is a view (刑法第三百五十七条第二款 counts no purity); met, its gold
    ("某派出所治安案件调查终结报告：2025年11月，民警在检查中从万某随身挎包内查获白色晶体一包，净重11.6克，经鉴定检出甲基苯丙胺成分，含量为6.2%。万某系吸毒人员，称系自己吸食所用，未发现其贩卖、运输毒品的证据。报告认为：按含量折算，甲基苯丙胺纯品不足1克，远未达到十克标准，拟对万某以吸毒予以行政拘留并责令社区戒毒。附件：称量笔录、毒品鉴定报告、万某尿检报告。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "met"),
    # JA40: 调查终结报告依据…的规定，认定其销售假药 is the report's conclusion on a cited rule
    ("某市市场监督管理局（药品监管）涉嫌犯罪案件移送书：武某通过代购渠道从境外购进某抗癌药200盒在网上销售，销售金额3.6万元。该药品未取得我国药品批准证明文件进口，经省药品检验所检验，所含成份及含量与其标示及境外上市标准一致，未发现变质、适应症超范围等情形，未接到用药损害报告。调查终结报告依据《立案追诉标准（一）》第十七条及原药品管理法“按假药论处”的规定，认定其销售假药，应予立案追诉。附件：检验报告、销售记录、海外订单截图。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # JB16: a word mark and a logo 指向的就是同一款酒、同一个厂家 are no 两种以上注册商标 (知识产权解释（2025）第七条)
    ("民警提问：我们端掉一个假酒作坊，老板冯某未经许可，在自己灌装的白酒瓶上同时贴了某名酒厂的文字商标和该厂的图形商标，两个商标都是那家酒厂在白酒上注册的，指向的就是同一款酒、同一个厂家。现场查获的成品酒还一瓶没卖出去，按标价算非法经营数额4.2万元，查不到任何销售和获利。冯某以前没因商标侵权被处理过。队里有人说“假冒两种商标，三万就够了”。请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "unknown"),
    # JB20: 有同事说…就是“为三个以上对象提供帮助” is a colleague's word
    ("民警提问：嫌疑人韩某承认，2025年3月明知网友“阿强”是搞“跑分”转诈骗钱的，还把自己名下三张银行卡连同U盾卖给了他，每张800元，共得2400元，这三张卡一直都是“阿强”一个人在用。现在只调到了其中一张卡的流水，入账12.4万元，已核实有被害人的诈骗款；另外两张卡的流水银行还没回复。韩某没有相关行政处罚记录，被帮助的诈骗目前也没查到其他严重后果。有同事说他帮了三张卡，就是“为三个以上对象提供帮助”。请问是否达到帮助信息网络犯罪活动罪立案追诉标准？",
     "帮助信息网络犯罪活动罪", "unknown"),
    # JC13: a restaurant owner's word (饭店老板证言称…“野味”) and a customer's 好不好吃 state no 以食用为目的
    ("庭审笔录。公诉人讯问：2024年11月你从山民手里收购的野生斑鸠、野兔准备做什么？被告人答：我开花鸟店的，准备当宠物卖或者卖给人放生。公诉人：有没有卖给饭店？被告人答：没有。举证质证：查获动物经鉴定均为野外自然生长的有重要生态、科学、社会价值的陆生野生动物，核定价值一万四千元。某饭店老板证言称被告人曾向其推销“野味”，但未成交；被告人微信记录中有“放生”“宠物”字样，也有顾客询问“好不好吃”，未见回复。请问是否达到非法猎捕、收购、运输、出售陆生野生动物罪立案追诉标准？",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "unknown"),
    # JC16: 按制品实际重量折算为 is a way of reckoning, no actual value over the other
    ("庭审笔录。公诉人讯问：2024年12月你入境时行李箱里的十二件羚羊角制品是哪里来的？被告人答：在国外集市买的，不知道不能带。举证质证：鉴定意见认定涉案物品为赛加羚羊角制品，该物种列入《濒危野生动植物种国际贸易公约》附录二，被告人未办理进口许可。价值评估报告称：按整角核算为二万四千元，按制品实际重量折算为一万六千元，适用何种方法需由主管部门确定，报告给出一万六千元至二万四千元的区间。辩护人主张取低值，公诉人主张取高值。请问是否达到走私珍贵动物、珍贵动物制品罪立案追诉标准？",
     "走私珍贵动物、珍贵动物制品罪", "unknown"),
    # JC23: 同案人张某（组织者） is the co-accused's role, not the accused's
    ("庭审笔录。公诉人讯问：2024年9月14日晚两伙人在烧烤摊约架，你在现场干什么？被告人答：朋友叫我去吃饭，去了才知道要打架，我一直站在后面。公诉人：有人说你拿了钢管？被告人答：我没拿。举证质证：同案人张某（组织者）证言称被告人“拿钢管冲在前面”；另两名同案人证言称被告人“站在路边没动手”；监控因角度问题未拍到被告人所在位置。辩护人称张某证言与其本人供述前后矛盾。公诉人称被告人明知是去斗殴仍到场，应当追诉。请问是否达到聚众斗殴罪立案追诉标准？",
     "聚众斗殴罪", "unknown"),
    # 驾驶证已于…被依法吊销 is no 驾驶资格 (交通肇事解释（2000）第二条第二款（二）)
    ("2025年7月3日，周某驾驶小型轿车在县道超速行驶，与骑电动自行车的吴某相撞，致吴某重伤二级。《道路交通事故认定书》认定周某负事故全部责任。周某的机动车驾驶证已于2024年11月被依法吊销，此后未重新取得。",
     "交通肇事罪", "met"),
    # a licence regained after its revocation asks which held at the time
    ("2025年7月3日，周某驾驶小型轿车在县道超速行驶，与骑电动自行车的吴某相撞，致吴某重伤二级。《道路交通事故认定书》认定周某负事故全部责任。周某的驾驶证于2019年被吊销，2022年重新考取。",
     "交通肇事罪", "unknown"),
    # 集体建设用地二十五亩 meets 其他土地二十亩
    ("张某以牟利为目的，违反土地管理法规，将其取得的集体建设用地25亩非法转让给他人，违法所得20万元。",
     "非法转让、倒卖土地使用权罪", "met"),
    # a 宅基地 part beside 公益林地 leaves the 公益林地 its own
    ("张某违反土地管理法规，非法占用林地建设厂房，其中占用宅基地2亩、公益林地6亩，造成林地原有植被严重毁坏。",
     "非法占用农用地罪", "met"),
    # 集体建设用地 is no 耕地 under 非法占用农用地罪
    ("张某违反土地管理法规，在村集体建设用地上建厂房，占用面积12亩。",
     "非法占用农用地罪", "not_met"),
    # JA19: a title's 涉嫌犯罪案件移送书： labels nothing after its colon: 拖欠…工资…逾期未付 is the act
    ("某区人力资源和社会保障局涉嫌犯罪案件移送书：某服装加工厂负责人魏某拖欠9名工人工资合计8.4万元，其中工人王某被拖欠2025年1月至5月共五个月工资1.6万元。我局于2025年6月10日向魏某送达《劳动保障监察限期整改指令书》，责令其6月20日前支付，魏某逾期未付，并关闭工厂、更换手机号码失联。本省确定的标准为：拒不支付一名劳动者三个月以上劳动报酬一万元以上，或十名以上劳动者累计五万元以上。调查终结报告认为：被欠薪工人不足十名，不够立案标准。附件：限期整改指令书及送达回证、工资表。请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "met"),
])
def test_probe_51_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # KA01: 一审认定…3.4吨 gives way to the appeal's 2.5吨 of 危险废物 (本院二审查明：…予以核减); the loss is a range of quotes
    ("上诉人王某污染环境一案，一审认定王某于2024年5月至7月在某村灌溉沟渠倾倒废矿物油3.4吨，造成损失40万元。王某上诉称其中部分系清洗废水。本院二审查明：经补充鉴定，其中0.9吨为含油量极低的清洗废水，不属危险废物，予以核减，倾倒的危险废物为2.5吨；倾倒地点不在饮用水水源保护区等重点保护区域，未使用暗管、渗坑，王某此前未受过环保行政处罚，无违法所得。与一审认定不同的是，一审所称“损失40万元”系环保部门的初步估算，二审期间第三方对沟渠清淤及土壤修复的报价为18万元至35万元不等，至今未结算。请问是否达到污染环境罪立案追诉标准？",
     "污染环境罪", "unknown"),
    # KA09: the first instance's 6.2万元 gives way to the appeal's 4.6万元 (近似商标的1.6万元不予计入)
    ("上诉人孙某假冒注册商标一案，一审认定孙某2025年6月至10月未经许可，在其生产的运动鞋上使用甲、乙两个注册商标，非法经营数额6.2万元，违法所得1.1万元，按假冒两种以上注册商标认定情节严重。孙某上诉称乙标识与他人注册商标不同。本院二审查明：与一审认定不同的是，涉案乙标识在文字构成及图形上与权利人注册商标存在明显差异，仅构成近似，不属相同商标，相关鞋品非法经营数额1.6万元不予计入；使用甲商标的鞋品非法经营数额为4.6万元，违法所得0.8万元；孙某二年内未因侵犯知识产权受过处罚。请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "unknown"),
    # KA10: 该事故认定书…撤销并责令重新认定: the share of fault it found is open
    ("上诉人冯某交通肇事一案，一审依据交警部门的事故认定书，认定冯某2024年8月驾车与横穿道路的行人褚某相撞，致褚某死亡，冯某负事故主要责任。冯某上诉称事故认定未考虑褚某闯红灯的事实。本院二审查明：该事故认定书经上级公安交管部门复核，已于二审期间以事实不清为由撤销并责令重新认定，重新作出的认定至今未送达本院；现有两份鉴定意见对事发时信号灯状态的结论相互矛盾，无法据以判断双方责任大小。冯某无酒后、无证驾驶情形，事后未逃逸，本案仅褚某一人死亡。本院裁定发回重审。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # KA11: 经重新鉴定，工人沈某…轻伤二级，另两名…重伤二级: two 重伤, not the first instance's three; 78万元 < 100万元
    ("上诉人蒋某重大责任事故一案，一审认定蒋某作为某厂车间主任，2024年5月违章指挥工人在未断电情况下检修设备，引发火灾，造成三人重伤，直接经济损失78万元。蒋某上诉称伤情鉴定有误。本院二审查明：与一审认定不同的是，经重新鉴定，工人沈某损伤程度为轻伤二级，另两名工人为重伤二级；直接经济损失经审计确认为78万元；无人员死亡；该厂为普通机械加工企业，不属矿山企业。一审判决援引了“直接经济损失五十万元以上即应立案追诉”的规定。请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "not_met"),
    # KA16: 其中原木材积0.18立方米…应予扣除 is the part taken out, 其余3.18立方米 the felling (3.18 ÷ 0.6 ≥ 5)
    ("上诉人许某盗伐林木一案，一审认定许某2024年3月未取得采伐许可证，在邻村集体林地内擅自砍伐马尾松出售，原木材积3.36立方米，按该树种出材率0.6折合立木蓄积5.6立方米。许某上诉称应以实际运走的原木材积计算，不足五立方米。本院二审查明：与一审认定不同的是，其中原木材积0.18立方米的松木系许某持采伐许可证在本人自留地内依证采伐，应予扣除；其余原木材积3.18立方米系盗伐集体所有林木，出材率0.6经林业部门复核无误，不涉及幼树，林木价值1.2万元。请问是否达到盗伐林木罪立案追诉标准？",
     "盗伐林木罪", "met"),
    # KA17: 本院二审查明：…一审认定何某“二年内曾因非法集资受过行政处罚”，…未能查清 quotes the first instance to correct it; 无证据显示 denies
    ("上诉人何某非法吸收公众存款一案，一审认定何某2023年至2024年以高息为诱饵向社会公众吸收资金120万元，集资参与人150余人。何某上诉称部分款项系亲友借款。本院二审查明：与一审认定不同的是，其中48万元系向亲友及本公司员工定向借款，未向社会公开宣传，予以剔除，非法吸收公众存款数额为72万元，对象91人，造成直接经济损失31万元。一审认定何某“二年内曾因非法集资受过行政处罚”，所依据的2023年处罚决定书事由一栏仅载“违规经营”，具体违法行为二审未能查清；何某无刑事前科，另无证据显示造成恶劣社会影响。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # KA32: the first instance's 11.2克 (毛重) gives way to the appeal's 净重9.6克
    ("上诉人奚某非法持有毒品一案，一审认定奚某2025年4月在其住处被查获甲基苯丙胺11.2克。奚某上诉称该重量包含包装袋。本院二审查明：与一审认定不同的是，11.2克系连同三个塑封袋称得的毛重，经对去除包装后的毒品逐包称量，净重合计9.6克，均检出甲基苯丙胺成分；现场未查获其他毒品；无证据证明奚某有贩卖、运输目的；查获地点为其住处，并非戒毒或监管场所，奚某非国家工作人员，未利用、教唆未成年人。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "not_met"),
    # KA37: a case title (上诉人马某虚开增值税专用发票一案) names the charge; 一审所称“已全部抵扣” is no deduction found
    ("上诉人马某虚开增值税专用发票一案，一审认定马某2024年6月至12月在无真实交易的情况下，让关联公司为其公司开具增值税专用发票，税款数额14万元。马某上诉称开票系为做大营业规模以取得银行贷款，无骗抵税款目的。本院二审查明：开票资金经马某公司回流开票方，相关票据确用于向银行申请流动资金贷款；与一审认定不同的是，一审所称“已全部抵扣”仅依据侦查人员的情况说明，卷内无税务机关出具的受票方申报抵扣情况证明，二审向税务机关调取未果，受票方是否认证抵扣、是否造成税款损失无法确认。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # KA38: 原鉴定意见…已被鉴定机构撤回 leaves 轻伤 open
    ("上诉人芦某销售劣药一案，一审认定芦某经营的药店2024年销售的某批次护肝片经检验有效成份含量仅为标示量的62%，属劣药；患者齐某服用后出现肝功能异常住院，一审认定造成轻伤。芦某上诉称轻伤鉴定无依据。本院二审查明：与一审认定不同的是，原鉴定意见系依据不完整病历作出，已被鉴定机构撤回；齐某出院病历原件遗失，重新鉴定因材料不足未能作出损伤程度结论；齐某的肝功能异常与其原有慢性肝病之间的关系亦未查明。该批次其他购买者未发现不良反应。请问是否达到生产、销售、提供劣药罪立案追诉标准？",
     "生产、销售、提供劣药罪", "unknown"),
    # KA39: 超范围使用食品添加剂 is 第一百四十三条's, not an 有毒、有害的非食品原料 (食品安全解释（2021）第五条)
    ("上诉人邵某生产、销售有毒、有害食品一案，一审认定邵某2024年在其卤味店制作卤肉时掺入“胭脂红”，认定系掺入有毒、有害的非食品原料。邵某上诉称所用为食品添加剂。本院二审查明：与一审认定不同的是，涉案胭脂红经鉴定为符合食品添加剂国家标准的食品级着色剂，购自正规添加剂经销商，有购货凭证；该着色剂不允许在熟肉制品中使用，邵某属超范围使用食品添加剂；邵某未使用其他物质，未使用禁用药物或非食用物质，现有证据未显示有人因食用而发病。请问是否达到生产、销售有毒、有害食品罪立案追诉标准？",
     "生产、销售有毒、有害食品罪", "unknown"),
    # KA40: 不能据以认定假药: the first instance's 认定为假药 is overturned
    ("上诉人霍某销售假药一案，一审认定霍某2024年3月至7月通过网络销售未经批准进口的境外抗肿瘤药品40盒，销售金额3.6万元，依据市场监管部门按“未经批准进口的药品按假药论处”出具的认定意见，认定为假药。霍某上诉称药品系境外正规厂家生产的真药。本院二审查明：与一审认定不同的是，该认定意见所依据的系已被修改的药品管理法旧条款，不能据以认定假药；涉案药品未经检验，所含成份是否与国家药品标准规定的成份相符、是否变质，因扣押样品已于一审后销毁，二审无法查明。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # KB15: 林木权属存在争议 makes felling 滥伐, not 盗伐 (森林资源解释（2023）第五条第二款)
    ("2024年9月，曹某与邻村就一片山林的林木归属发生争议，林权纠纷尚在乡政府调处中。曹某未取得采伐许可证，雇人砍伐该片山林中的马尾松。林业鉴定意见书认定立木蓄积7.5立方米，价值1.6万元；邻村村委会提出异议，复核意见维持原结论。邻村村委会以曹某“盗伐集体林木”为由报案，称蓄积已超过五立方米。请问是否达到盗伐林木罪立案追诉标准？",
     "盗伐林木罪", "unknown"),
    # KB16: 补充鉴定说明：去重后人数预计在141人至156人之间 replaces the 160人 counted before
    ("2023年至2024年，某理财工作室负责人魏某通过街头发放传单、承诺年化15%收益吸收资金。司法会计鉴定意见书认定吸收资金92万元，涉及集资参与人160人，未兑付本金38万元。辩护人提出人数存在重复统计，补充鉴定说明：同一人以不同账户或家属名义多次投资的情况尚在逐一核对，去重后人数预计在141人至156人之间，金额不变。魏某此前未因非法集资受过处理，无证据显示造成恶劣社会影响。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # KB17: 复核结论书…重新认定损失为4300元 replaces the 6200元
    ("2025年2月，沈某因邻里纠纷用铁锤砸坏邻居杨某停放在楼下的小型货车挡风玻璃和车门。价格认定结论书按新件价格认定损失6200元；沈某申请复核，复核结论书考虑车辆折旧，重新认定损失为4300元。杨某提出异议，称车辆停运十天影响送货，应计入营运损失4000元；价格认定机构异议答复称营运损失不属于财物本身损失，维持4300元。沈某此前无毁坏财物行为，本案系其独自一次实施。请问是否达到故意毁坏财物罪立案追诉标准？",
     "故意毁坏财物罪", "not_met"),
    # KB22: 复核意见…种子质量原因造成的损失在1.2万元至2.8万元之间 replaces the 3.6万元
    ("2024年春，种子经营户段某将未审定的玉米种子冒充某审定品种销售给农户，种植面积共120亩。检验报告认定种子发芽率仅为62%，不符合国家标准。农业部门委托的司法鉴定意见书认定当季玉米减产损失3.6万元。段某申请复核，复核意见认为当年该地区伴有干旱，减产系种子质量与干旱共同所致，种子质量原因造成的损失在1.2万元至2.8万元之间，无法进一步精确。请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # KB30: the wine's value (认定白酒价值1.2万元) is part of what was received beside the 2万元 of cards
    ("某民营医院采购科长彭某，2025年为供应商唐某的耗材进入医院采购目录提供帮助，先后收受唐某所送购物卡2万元和两瓶标称“三十年陈酿”的白酒。唐某供称白酒“价值一万二”。价格认定结论书按真品认定白酒价值1.2万元；彭某称酒是假的，价格认定机构出具补充说明：未对白酒作真伪检验，若为假冒产品价值约800元。其中一瓶已被饮用，另一瓶已送检，检验尚在进行。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # KB32: 重新鉴定意见认定第一支…属于枪支；第二支…不能测定 replaces 两支 (and 第二支 is no count)
    ("2024年11月，民警在商某家中查获其从网上购买的气枪两支、气枪铅弹300发。枪支鉴定意见书认定两支气枪均为枪支。商某申请重新鉴定，重新鉴定意见认定第一支枪口比动能超过枪支认定标准，属于枪支；第二支因击发机构损坏无法击发，不能测定枪口比动能，建议修复后补充鉴定，补充鉴定尚未进行。未发现商某有其他买卖枪支弹药行为。请问是否达到非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪立案追诉标准？",
     "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "unknown"),
    # KC18: 再次收受现金1.7万元 adds to the first 1.6万元, 均未经处理
    ("【行政复议决定书】2024年8月，市市场监管局复议维持区市场监管局对某供应商给予回扣的商业贿赂行政处罚（处罚对象为供应商公司）。【移送事实】许某系某民营超市集团采购经理。2024年5月，许某利用审批供应商准入的职务便利，收受该供应商现金1.6万元；2025年3月，许某为该供应商增加采购量，再次收受现金1.7万元。两次受贿均未经处理。超市集团报案材料称：许某每次收受均不足3万元，是否构成犯罪请公安机关审查。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "met"),
    # KC27: 债权人委员会认为隐匿设备原值已超50万元 is a view
    ("【行政复议决定书】2024年7月，市税务局复议维持区税务局对某机械厂隐匿账簿的罚款决定。【移送事实】2025年该厂申请破产前，将一台数控设备转至实际控制人亲属处隐匿，该设备账面原值80万元，经评估隐匿时市场价值38万元；另承担虚构债务9万元。职工工资和社保已全部清偿。管理人称破产清算尚未终结，财产变价和债权确认未完成，债权人的直接经济损失目前无法计算。债权人委员会认为隐匿设备原值已超50万元。请问是否达到虚假破产罪立案追诉标准？",
     "虚假破产罪", "unknown"),
    # KC39: a 野味餐馆老板询价 is an inquiry; 运往花鸟市场作观赏鸟 another purpose
    ("【行政复议决定书】2024年9月，市人民政府复议维持县林业局对熊某非法收购野生鸟类的行政处罚。【移送事实】2025年5月，熊某驾车运输从野外捕获的画眉、八哥等“三有”保护鸟类共80只，经评估价值1.6万元，均非国家重点保护野生动物，亦非人工繁育。熊某称运往花鸟市场作观赏鸟出售，车上未发现宰杀、加工痕迹；其手机聊天记录中有一家野味餐馆老板询价，但双方未谈及数量和用途，收货方尚未查明。请问是否达到非法猎捕、收购、运输、出售陆生野生动物罪立案追诉标准？",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "unknown"),
])
def test_probe_52_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # LA05: 复核意见：禁采区划定时间…该点暂不认定 leaves the notice's 该河段属禁采区 unfound
    ("【某县水利局案卷】事先告知书：王某2024年6月至9月未取得河道采砂许可，在某河段采砂，经价格认定砂石价值18万元，该河段属禁采区。陈述申辩：王某提交县政府禁采区公告，称公告于2024年10月才发布，采砂时尚未划定禁采区。复核意见：禁采区划定时间涉及县政府文件，本局已函询，尚无回复，该点暂不认定；采砂价值予以确认。处罚决定书：没收违法所得，罚款五万元。请问是否达到非法采矿罪立案追诉标准？",
     "非法采矿罪", "unknown"),
    # LA27: 纠纷起因系邻里停车矛盾, no earlier stop (寻衅滋事解释（2013）第一条第三款); this act's own 行政拘留 is no earlier one
    ("【某派出所治安案卷】告知笔录：邻居魏某与陶某因楼道停放电动车发生争执，魏某扇打陶某及其妻子，致二人均轻微伤。陈述申辩：魏某称系陶某先推倒其电动车引发，事后已赔偿医疗费。复核意见：纠纷起因系邻里停车矛盾，属实；此前双方未发生过冲突，魏某未因此受过批评制止或处罚；办案民警另认为致二人轻微伤已属寻衅滋事“情节恶劣”。处罚决定书：对魏某行政拘留七日。请问是否达到寻衅滋事罪立案追诉标准？",
     "寻衅滋事罪", "unknown"),
    # LA33: 车主报称损失6200元 is the owner's word; the appraisal is pending
    ("【某派出所治安案卷】告知笔录：卫某2025年9月因泄愤用砖块砸坏邻居停放的轿车前挡风玻璃及引擎盖。车主报称损失6200元，并提交4S店报价单；卫某提交路边修理店报价3900元。陈述申辩：卫某称车辆为旧车，损失不应超过4000元。复核意见：双方报价差距较大，均不作为认定依据，已委托价格认定机构认定，结论未出。卫某此前无毁坏财物记录。处罚决定书：对卫某行政拘留五日。请问是否达到故意毁坏财物罪立案追诉标准？",
     "故意毁坏财物罪", "unknown"),
    # LA35: 未持任何器物或以伤害相威胁 denies the threat
    ("【某区城管执法局案卷】事先告知书：摊贩何某2025年4月对执法队员依法暂扣其占道经营的三轮车不满，坐在执法车前方阻拦约20分钟，并辱骂执法队员。陈述申辩：何某承认辱骂，称未动手。复核意见：经查执法记录仪视频，何某未与队员发生身体接触，也未持任何器物或以伤害相威胁；派出所民警到场后将其劝离。处罚决定书：对占道经营行为罚款二百元，阻碍执法一节移送公安机关处理。请问是否达到妨害公务罪立案追诉标准？",
     "妨害公务罪", "not_met"),
    # LB03: 就孙某: 周某 alone tipping six tonnes for another is not 孙某's act
    ("【审查报告摘录】某化工公司生产主管孙某、外聘司机周某涉嫌污染环境罪。经查：2025年3月至5月，孙某安排周某驾驶罐车将车间产生的废酸液分三次运至城郊荒沟倾倒。经鉴定，该废酸液属于《国家危险废物名录》所列危险废物，检测未见重金属超标；倾倒地点不在饮用水水源保护区，未使用暗管等逃避监管方式，财产损失尚无评估。因公司未建台账，孙某供述三次共倒“两吨多”，周某称“大概三四吨”，现场残留无法称量。另查明，周某于2025年8月单独为他人倾倒废矿物油6吨。就孙某，请问是否达到污染环境罪立案追诉标准？",
     "污染环境罪", "unknown"),
    # LB15: 2025年5月、6月两个月工资 names two months, no six-month span
    ("【审查报告摘录】某建筑劳务公司实际控制人柏某、股东李某涉嫌拒不支付劳动报酬罪、职务侵占罪。本省确定的标准为：拒不支付一名劳动者三个月以上劳动报酬且数额在一万元以上，或拒不支付十名以上劳动者劳动报酬且累计六万元以上。经查：柏某有能力支付而拒不支付工人2025年5月、6月两个月工资，人社部门于同年8月送达责令支付决定书，柏某逾期仍不支付。拖欠名单列10人共9.6万元，其中含股东李某的“分红款”1万元，其余9名工人每人均被拖欠两个月工资，共8.6万元。李某另侵占公司款项5万元。就柏某，请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "unknown"),
    # LB23: a rule quoted (依据“…二人次以上卖淫”的规定) and the view after it (，认为…已达5人次) state no count
    ("【审查报告摘录】犯罪嫌疑人柯某、甘某涉嫌容留卖淫罪、组织卖淫罪。经查：柯某经营一家足浴店，2025年3月至6月，先后5次容留成年女子孙某（无性病，非孕妇，无智力障碍）在店内包间卖淫，每次收取“房费”100元，共获利500元。甘某另在同一城区招募6名女子组织卖淫。柯某此前未因卖淫嫖娼相关行为受过处罚，亦无引诱他人卖淫的行为。侦查机关依据“引诱、容留、介绍二人次以上卖淫”的规定，认为柯某容留卖淫已达5人次。就柯某，请问是否达到引诱、容留、介绍卖淫罪立案追诉标准？",
     "引诱、容留、介绍卖淫罪", "unknown"),
    # LB29: 其余10立方米来自持有合法采伐许可证的林农 leaves at most 14 of the 24 bought
    ("【审查报告摘录】犯罪嫌疑人彭某、鲁某涉嫌非法收购盗伐的林木罪、盗伐林木罪。经查：2025年4月至6月，彭某经营的木材加工厂共收购杉木原木，折合立木蓄积24立方米。其中，从鲁某处以明显低于市场价格收购的一批，经查系鲁某盗伐，折合立木蓄积14立方米，价值3.1万元；其余10立方米来自持有合法采伐许可证的林农。鲁某盗伐林木立木蓄积共30立方米。彭某无相关前科。侦查机关认为彭某收购木材总量已超二十立方米。就彭某，请问是否达到非法收购、运输盗伐、滥伐的林木罪立案追诉标准？",
     "非法收购、运输盗伐、滥伐的林木罪", "unknown"),
    # LB40: 侦查机关认为本案走私废物合计5.1吨 is a view; 章某's 1.5吨 is another's
    ("【审查报告摘录】犯罪嫌疑人窦某、章某涉嫌走私废物罪。经查：2025年5月，窦某以“再生塑料颗粒”名义申报进口一批货物，经鉴定为国家禁止进口的废塑料（非危险性固体废物），净重3.6吨。同年6月，章某另行组织进口一批废电路板，经鉴定属于危险性固体废物，重1.5吨。二人系各自独立进口，无共谋。窦某非犯罪集团成员，未使用特种车辆，该批废物在港区被截获，未造成环境污染。侦查机关认为本案走私废物合计5.1吨。就窦某，请问是否达到走私废物罪立案追诉标准？",
     "走私废物罪", "unknown"),
    # LC02: parallel subtotals (农户甲…小计；农户乙…小计) are items to add
    ("【减产损失核定汇总表】2024.6，农资店主吴某在自家仓库用清水兑色素灌装“吡虫啉”杀虫剂1,200瓶，以正品名义售出；检测报告：有效成分含量0%。农业农村局核定：农户甲5.2亩，每亩损失1.3k元，小计6,760元；农户乙4.8亩，每亩损失一千五百五十元，小计7,440元；农户丙3.9亩，每亩1,620元，小计6,318元。农户丁称“损失约五千”，未核定。汇总表备注：“单户最高7,440元，均不足2万元”。销售金额共3.6万元。请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # LC34: 预期利润损失 is no 直接经济损失
    ("【损失数据分析报告】2024.9.3起，竞争对手员工邱某在多个平台发布捏造的“某乳企奶粉检出致癌物”帖文，阅读量累计约120万次。乳企报损：①退货退款申报52.6万元，其中已核对单据38.4万元，其余14.2万元单据待审计；②停产整顿1个月（2024.9.10—10.10），预期利润损失约30万元；③品牌声誉“无形损失”约百万元（企业估算）。第三方审计尚未完成。企业未破产。请问是否达到损害商业信誉、商品声誉罪立案追诉标准？",
     "损害商业信誉、商品声誉罪", "unknown"),
    # LC39: 约1.7—2.4公顷 is a range straddling 二公顷
    ("【火场面积测算报告】2025.2.27 13:10，村民葛某在林缘焚烧秸秆，不慎引燃山林，15:40扑灭。无人员伤亡。无人机航测初判：过火有林地“约1.7—2.4公顷”（约25.5—36亩），另过火灌木林地0.9公顷；林业部门实地勘测报告尚未出具。直接经济损失初估31万元（含林木损失）。村委会统计表写“过火约30亩，折合2公顷”，系目测估计。请问是否达到失火罪立案追诉标准？",
     "失火罪", "unknown"),
])
def test_probe_53_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # MA18: 经抽检未见怀卵亲体及苗种 denies them; 复函意见：二年内曾受行政处罚…应予立案 is a view
    ("原移送案情：石某2025年4月在某内陆湖泊禁渔期内使用刺网捕鱼。公安机关《补充调查函》请求：1.核实渔获物种类、数量及价值；2.核实所用工具方法及作业水域；3.提供石某行政处罚记录。农业农村局复函：1.渔获物为鲫鱼、鲢鱼成鱼共180公斤，价值3600元，经抽检未见怀卵亲体及苗种；2.未使用电鱼、毒鱼、炸鱼等方法，作业水域不属水产种质资源保护区；3.石某2024年5月曾因非法捕捞受过一次行政处罚。复函意见：二年内曾受行政处罚又在禁渔期捕捞，应予立案。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # MA23: 报案人按网络售价称价值约3.6万元 is the reporter's word; the appraisal since (评估…1.8万元) stands
    ("原移送案情：鸟贩谢某2024年10月在花鸟市场出售其收购的野外红隼3只。公安机关《补充调查函》请求：1.核实物种及保护级别；2.提供价值评估；3.核实谢某有无野生动物违法记录。林业局复函：1.经鉴定为红隼，属国家二级保护野生动物；2.报案人按网络售价称价值约3.6万元，经有资质机构依国家规定方法评估，3只合计1.8万元；3.无违法记录。复函意见：国家重点保护动物不论价值多少均应立案追诉。请问是否达到危害珍贵、濒危野生动物罪立案追诉标准？",
     "危害珍贵、濒危野生动物罪", "unknown"),
    # MA35: 无以伤害相威胁的言语 denies the threat
    ("原移送案情：2025年5月，市场监管局执法人员依法对某食品作坊进行检查，经营者缪某拒绝开门。公安机关《补充调查函》请求：1.提供执法记录视频；2.核实缪某有无暴力、威胁行为；3.核实执法人员身份及受伤情况。市场监管局复函：1.执法记录仪视频已提供；2.视频显示缪某锁门拒绝检查并辱骂执法人员约二十分钟，未有肢体接触，无以伤害相威胁的言语；3.执法人员均为在编公务员，无人受伤。复函意见：缪某严重阻碍执法，导致检查中断两小时，后果严重，应予立案。请问是否达到妨害公务罪立案追诉标准？",
     "妨害公务罪", "not_met"),
    # MB38: 出卖人出示过一份采伐许可证复印件，故以为来源合法 rules out 明知 unless a sign of knowing is stated
    ("时间线：1979.6 倪某出生；2024.11 倪某经营的木材加工厂以每立方米约900元的正常市场价，从邻村村民处收购杉木原木，经林业部门核算立木蓄积26立方米；2025.1 查明该批林木系出卖人无证盗伐所得；倪某称出卖人出示过一份采伐许可证复印件，故以为来源合法，复印件已丢失，出卖人在逃；倪某工厂出入库台账记载完整、无涂改，交易以银行转账进行。请问是否达到非法收购、运输盗伐、滥伐的林木罪立案追诉标准？",
     "非法收购、运输盗伐、滥伐的林木罪", "unknown"),
    # MA19: 是否…张贴、送达回证…正在调取: the order's service is not shown (劳动报酬解释（2013）第四条)
    ("原移送案情：包工头邓某拖欠12名工人2024年7月至10月工资共9.6万元，后关机离开本地。公安机关《补充调查函》请求：1.核实欠薪人数、月数及数额；2.提供责令支付文书及送达情况；3.说明本省数额标准。人社局复函：1.12名工人欠薪共9.6万元，已经工资表、考勤记录核实；2.已于2025年1月制作《劳动保障监察限期整改指令书》，因邓某下落不明，是否在其住所或经营场所张贴、送达回证及现场照片正在调取；3.本省拒不支付十名以上劳动者报酬的数额标准为三万元。复函意见：数额远超标准，邓某逃匿，应予立案。请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "unknown"),
    # MA31: 复函意见：…属一年内曾因走私被给予二次行政处罚后又走私 is a view; the penalties' dates decide the one-year window
    ("原移送案情：水客蒋某2025年4月10日绕关携带电子产品入境，经核定偷逃应缴税额3.8万元。海关缉私部门《补充调查函》请求：1.提供蒋某以往走私行政处罚及生效日期；2.复核本次偷逃税额；3.核实有无其他未处理走私行为。海关复函：1.蒋某曾两次因走私普通货物受行政处罚，第一次处罚决定于2024年2月20日生效，第二次于2024年9月5日生效；2.复核偷逃税额仍为3.8万元；3.未发现其他走私行为。复函意见：本次走私距第二次处罚不满一年，属一年内曾因走私被给予二次行政处罚后又走私，应予立案。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
])
def test_probe_54_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # NA18: the claim runs on by commas (朱某辩称该水库不在禁渔区，九月已过禁渔期，…): its later clauses state nothing
    ("岗位练兵竞赛案例分析题（渔政）。【案情】2024年9月20日，朱某驾驶渔船在本县某大型水库内用拖网捕捞，被渔政执法人员查获，现场称重渔获物620公斤，价值约7400元。朱某辩称该水库不在禁渔区，九月已过禁渔期，拖网也是本地常用网具。渔政部门尚未调取该水库是否划定为禁渔区的文件，对当地禁渔期起止时间以及所用拖网网目是否属于禁用渔具亦未作出认定。甲学员认为：渔获物超过五百公斤，当然应予立案。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # NA24: 辩称其中约4.5万元…系…合法购进…，但未能提供购进票据: the 13万元 in all leaves 8.5万 to 13万, straddling 十万元
    ("岗位练兵竞赛案例分析题（市场监管）。【案情】2024年4月至10月，施某未经定点许可，在自家院内私设生猪屠宰点屠宰生猪并销售白条肉。查获账本记载同期白条肉销售额共计13万元，违法所得约1.1万元。施某辩称其中约4.5万元的白条肉系从定点屠宰厂合法购进后转卖，并非自己屠宰，但未能提供购进票据，定点屠宰厂的出货记录尚在调取中。施某此前未受过处罚。甲学员认为：应以账本记载的13万元全额认定非法经营数额。请问是否达到非法经营罪立案追诉标准？",
     "非法经营罪", "unknown"),
    # NA37: 价税合计85万元 at 13% holds 85万 ÷ 1.13 × 13% ≈ 9.78万元 of tax; 乙学员认为… is a candidate's view
    ("行刑衔接业务培训案例分析题（税务）。【案情】2024年，窦某在无真实货物交易的情况下，让某商贸公司为其经营的公司虚开增值税专用发票10份，价税合计金额为85万元，适用税率13%，发票已全部认证抵扣。窦某此前未因虚开发票受过处罚。甲学员认为：虚开金额85万元，远超十万元，应予立案；乙学员认为：应以价税合计85万元乘以13%计算税款，为11.05万元，也已达标。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "not_met"),
    # NA32: 查获白色晶体一包…检出甲基苯丙胺 states the holding; 净重11.2克 is counted, not its purity
    ("岗位练兵竞赛案例分析题（禁毒）。【案情】2024年8月，民警在谢某驾驶的车辆内查获白色晶体一包，连包装称重12.6克，去除包装后净重11.2克，经鉴定检出甲基苯丙胺成分，含量为30%。现有证据无法证明谢某以贩卖为目的或者系运输毒品。甲学员认为：按含量折算纯甲基苯丙胺仅3.36克，不足十克；乙学员认为：应以连包装重量12.6克计算。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "met"),
    # NB24: transfers taken (转账12000元…严某收款) add to the card; the one sent back does not; 民警摘要：… is the officer's summary
    ("经提取某民营食品公司采购经理严某与供应商的微信记录：2024-01-28 供应商：过年了，一点心意，明年订单请多关照。转账8800元，严某收款。2024-06-10 供应商转账12000元，附言“辛苦费”，严某收款。2024-09-15 供应商转账5000元，严某10分钟后退回。2024-12-20 供应商送面值1万元购物卡一张，消费记录显示该卡已由严某全部消费。同期严某将该供应商定为独家供货商。民警摘要：“收款8800元、12000元，合计2.08万元，未达3万元。”请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # NB29: the 2017 解释 第八条 (二人以上) governs 引诱、容留、介绍卖淫罪, not the 2008 standard's 二人次
    ("经提取戴某与女子小芳的微信记录：2024-10-03 小芳：最近有没有客人，帮我介绍。戴某：有，今晚XX酒店。2024-10-17 戴某：又有个老板找你，还是那家酒店。转账记录显示，小芳两次共向戴某转账“介绍费”600元。经查，小芳系32岁成年女性，未怀孕，未发现患有严重性病；戴某只向小芳一人介绍过嫖客，未提供场所，一年内未因卖淫嫖娼相关行为受过处罚。民警摘要：“介绍卖淫两人次，达到立案标准。”请问是否达到引诱、容留、介绍卖淫罪立案追诉标准？",
     "引诱、容留、介绍卖淫罪", "unknown"),
    # NB09: the invoices' 税额栏合计97787.61元 is the 税款数额; 价税合计850000元 is no rival of it
    ("经提取某建材公司负责人冯某与陈某的微信记录：2024-05-16 陈某：帮我开85万的专票抵一下。冯某：点数照旧。随后冯某在无真实交易的情况下向陈某公司开具增值税专用发票10份。发票截图显示：价税合计850000元，税率13%，税额栏合计97787.61元，陈某公司已全部申报抵扣。转账记录显示陈某向冯某支付开票费5.1万元。冯某此前未受过处罚，无其他虚开行为。民警摘要：“虚开金额85万元，远超10万元。”请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "not_met"),
    # NC15: 送…检测艾滋病病毒…及梅毒螺旋体，结果尚未出具 names what the test looks for; 献血者 is no harm
    ("现场检查笔录及抽样记录：2025年2月26日，县卫生健康委执法人员对某出租屋进行检查。检查情况：屋内有采血床2张、一次性采血袋37个（其中已采满血液9袋）、冷藏柜1台；现场人员何某无采供血执业许可，承认按每袋200元向外地一家医疗机构供应全血。查见的采血针均为未拆封或使用后集中存放的一次性器材，未见重复使用痕迹；登记本显示每名献血者只采过一次，每次400毫升。9袋血液已送市疾控中心检测艾滋病病毒、乙肝病毒、丙肝病毒及梅毒螺旋体，结果尚未出具。何某签字。请问是否达到非法采集、供应血液、制作、供应血液制品罪立案追诉标准？",
     "非法采集、供应血液、制作、供应血液制品罪", "unknown"),
    # LB04: 1.5亩…林地类别尚在核查 is no share of either kind; 8.5亩 is the whole, of which 7亩 商品林地
    ("【起诉意见书摘录】犯罪嫌疑人吴某、郑某涉嫌非法占用农用地罪、非法采矿罪。经查：2024年10月起，吴某未经批准在村后山林地修建养殖场并硬化道路，经林业部门测绘，占用并毁坏林地8.5亩，其中7亩已认定为商品林地，另1.5亩位于公益林区划界线附近，林地类别尚在核查。郑某另在相邻山头采石，占用并毁坏商品林地6亩，非法采石价值12万元。吴某2023年曾因非法占用林地受过一次行政处罚。侦查机关意见：二人占用林地合计14.5亩，已超十亩。就吴某，请问是否达到非法占用农用地罪立案追诉标准？",
     "非法占用农用地罪", "unknown"),
    # (verdict_traps_judgments #33) the invoices' 金额 and 价税合计 beside their 税额 are no more 税款数额
    ("经审理查明：2025年4月，被告人钟某在无真实交易的情况下，让某商贸公司为其实际控制的公司虚开增值税专用发票七份，发票记载金额合计七十万元、税额合计九万一千元、价税合计七十九万一千元，并已全部申报抵扣。经税务机关核查，钟某及其公司无其他虚开行为，此前未受过涉税行政处罚或刑事处罚。上述事实有发票、抵扣记录、资金流水等证实。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "not_met"),
    # (verdict_traps_judgments2 #34) 田某称是冰毒 with 成分鉴定尚未出具 leaves the drug open, its holding stated or not
    ("公诉机关指控：2025年7月，民警在被告人田某驾驶的车辆中查获白色晶体一包，净重十八克，田某称是冰毒，自己吸食用。该晶体已送检，成分鉴定尚未出具，是甲基苯丙胺还是其他物质尚无结论。田某没有贩卖证据。上述事实，有移送机关随案移送的书证、询问笔录、现场照片及办案说明等材料在卷。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "unknown"),
])
def test_probe_55_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # PA04: 本院认为… in a procuratorate's paper is its view: its 一年内曾因盗窃 and 一千元 state nothing; the phone's value is an estimate
    ("××区人民检察院要求说明不立案理由通知书（本省盗窃“数额较大”执行标准为二千元）：区公安分局查明，李某于2024年6月2日在网吧前台窃取他人放置充电的手机一部，当场被追回。失主称该机2022年购入，购价6800元；办案民警依据二手网站报价估计现值“约1500元”，未委托价格认定。李某曾于2023年4月10日因盗窃被行政拘留。该局以数额不足为由对李某行政拘留十日。本院认为李某一年内曾因盗窃受过行政处罚，标准应减半为一千元，估值已达标准。请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # PA28: 本院认为…一次容留多人吸毒 is the procuratorate's view; one friend let in is no 多人
    ("××区人民检察院要求说明不立案理由通知书：区公安分局2025年2月查明，郝某在其出租屋内容留朋友邵某吸食甲基苯丙胺一次，郝某本人同时吸食，二人均系成年人，郝某未收取费用。郝某曾于2023年11月因吸毒被行政拘留，此前未发现其容留他人吸毒。该局对二人以吸毒行政拘留。本院认为郝某二年内曾受过涉毒行政处罚，且一次容留多人吸毒，应当立案。请问是否达到容留他人吸毒罪立案追诉标准？",
     "容留他人吸毒罪", "unknown"),
    # PA31: 是否经公司决策及违法所得归属尚在核查 leaves the unit's 二十万元 and the person's 十万元 open
    ("××市人民检察院检察建议书：××海关2024年6月查明，某进出口公司以低报价格方式进口一批机械配件，经核定偷逃应缴税额16万元。该批货物以公司名义报关，但货款由法定代表人傅某个人账户支付，销售收入部分进入公司账户、部分进入傅某个人账户，是否经公司决策及违法所得归属尚在核查。该公司及傅某此前未因走私受过处罚。海关以该公司为当事人作出行政处罚后结案，复函称按单位走私二十万元标准不够罪。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # PB07: 死者家属咬定司机全责 is a claim; the 事故认定书 is still being made (typed without punctuation)
    ("2O25年6月3日夜 货车司机冯某驾驶重型货车在国道路口左转时 与直行的电动自行车相撞 电动车驾驶人蒋某经抢救无效死亡\n冯某血检未检出酒精 有驾驶证 车辆手续齐全 未逃逸\n现场看电动车闯了红灯 冯某转弯也没让行\n交警大队的事故认定书还在做 内部讨论有人说同等有人说主要\n死者家属咬定司机全责\n请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # PB14: 两名工人重伤 无人死亡: a typed space is a comma, so 无人死亡's 死亡 is no count of the 两名; the 2015 解释's 一百万元 governs
    ("2O25年3月 某机械厂车间行车吊装作业 指挥人员唐某违反操作规程 没检查吊索就起吊 钢件坠落砸坏设备并砸伤工人\n结果：两名工人重伤 无人死亡\n第三方评估的直接经济损失７０万元左右\n安监的同志引用O8年的立案标准说 直接损失五十万以上就立案\n不是矿山 没有其他人员伤亡\n请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "not_met"),
    # PB30: 购物卡两张面值各４０００元 is 8,000元 beside the 2.5万元 cash; received in one sentence, they add up (session 58: the
    # taker's word that the cards were a festival gift does not take a supplier's card out of the sum, 贿赂的“财物”含购物卡)
    ("某民营医院采购科长谢某 2O24年利用负责耗材采购的职务便利 为供货商章某的产品顺利进院提供帮助\n先后收受章某现金２.５万元、购物卡两张面值各４０００元（已用掉）\n谢某说购物卡是过节礼 不算钱 医院纪检初核只统计了现金 认为不到三万\n医院为民营 谢某非国家工作人员\n请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "met"),
    # PB36: 贩子…出示了采伐许可证复印件 后查系伪造: the seller's forgery is no buyer's 伪造台账
    ("2O24年1O月 木材加工厂老板鲁某从贩子手里收了一批杉木原木 经测算折合立木蓄积２５立方米 后查明这批木头是贩子盗伐的\n鲁某收购价和当地行情差不多 贩子当时出示了采伐许可证复印件 后查系伪造 厂里入库台帐如实登记\n鲁某否认知道是盗伐的 没有逃避检查的情况 其他证据还在找\n请问是否达到非法收购、运输盗伐、滥伐的林木罪立案追诉标准？",
     "非法收购、运输盗伐、滥伐的林木罪", "unknown"),
    # PC20: 移送函认为“过火林地面积已超过二公顷…” is a view; 灌木林地2.6公顷 is short of 四公顷, and 未涉及有林地 and 未烧毁房屋 deny the rest
    ("律师意见书：2025年3月20日，犯罪嫌疑人曹某在山脚上坟烧纸，引燃周边植被造成森林火灾。经林业部门调查认定，过火面积为灌木林地2.6公顷，未涉及有林地、疏林地；火灾未造成人员伤亡，未烧毁房屋，烧毁林木等直接经济损失合计18万元。县林业局的案件移送函认为“过火林地面积已超过二公顷，达到失火罪立案标准”。辩护人认为，该移送意见适用标准错误。请问是否达到失火罪立案追诉标准？",
     "失火罪", "not_met"),
    # PC31: 从施某处取得9万元并出具借条 beside 2.4万元 of cards from the same giver asks whether it was a loan
    ("律师意见：犯罪嫌疑人卢某系某民营房地产公司采购部经理。2024年间，卢某利用负责材料采购的职务便利，为供应商施某争取供货合同，先后收受施某所送购物卡合计2.4万元。此外，卢某于2024年5月从施某处取得9万元并出具借条，约定一年后归还，至2024年12月案发时未还；施某称“是借给他的”，双方未约定利息。辩护人认为，9万元系民间借贷，不应计入受贿数额，本案受贿数额2.4万元，未达三万元。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # PC37: 辩护人认为，…不构成强迫劳动 is no act; the workers' words conflict
    ("律师意见：2024年7月至9月，犯罪嫌疑人蓝某经营的砖厂招用外地务工人员9人。部分工人称，蓝某收走了他们的身份证，夜间锁闭宿舍大门，有人提出离开时被蓝某以“走了就别想拿工资”相拒；另有工人证称身份证系自愿交由厂方保管办理登记，宿舍门锁闭是为防盗，工人白天可自由外出。双方证言存在矛盾，尚无视频等客观证据。辩护人认为，蓝某按月足额发放工资，工人劳动时间未超过法定时长，不构成强迫劳动。请问是否达到强迫劳动罪立案追诉标准？",
     "强迫劳动罪", "unknown"),
    # NA01: 超过《电镀污染物排放标准》1.5倍 of 总镍 makes an 有毒物质 (环境污染解释（2023）第十七条), past the candidates' views
    ("岗位练兵竞赛案例分析题（生态环境组）。【案情】2024年5月，某电镀厂负责人赵某指使工人在车间地下铺设一根暗管，将未经处理的电镀废水直接排入厂外雨水沟。执法人员采样检测，废水中总镍浓度超过《电镀污染物排放标准》1.5倍，未检出铅、汞、镉、铬等。排放持续约二十天，排放总量无法计算。甲学员认为：含镍污染物须超标十倍以上才达标，本案仅超标1.5倍；乙学员认为：应以违法所得或财产损失衡量，但损失尚未评估，只能行政处罚。请问是否达到污染环境罪立案追诉标准？",
     "污染环境罪", "met"),
])
def test_probe_56_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # QA18: an asker's 更正：这个数是两条船加起来的 takes back the 六百二十公斤 before it
    ("问：马某在禁渔期内，在本县一条内陆河的非保护区河段用流刺网捕鱼。起初上报的渔获是六百二十公斤，更正：这个数是两条船加起来的，另一条船是罗某的，与马某没有共同捕捞，另案处理；马某船上的渔获是三百二十公斤，价值六千五百元。补充：渔政部门确认马某没有电鱼、毒鱼、炸鱼，用的也不是禁用工具。渔获里没有苗种、怀卵亲体。同事说禁渔期捕鱼就该立案。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # QA32: 更正：我前面说第一包九点六克…复称是九点四克 replaces the figure; 又查获同样的片剂三克 adds to the holding
    ("问：在韦某的车上查获一包红色片剂，称重九点六克，经检验含甲基苯丙胺，含量约百分之九。补充：后来在他车后座的烟盒里又查获同样的片剂三克，同样检出甲基苯丙胺。目前没有证据证明他贩卖或者运输。同事说折纯后甲基苯丙胺只有一克多，不够十克。更正：我前面说第一包九点六克是含包装的毛重，去掉包装复称是九点四克。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "met"),
    # QA33: 价格认定机构的认定还没做: a 4S店 quote and an insurer's 定损 settle no loss
    ("问：常某因停车纠纷，用钥匙把邻居的轿车车身两侧划了多道划痕。补充：这是他第一次毁坏财物，就他一个人干的。车主拿来4S店报价单，维修费六千八百元；保险公司定损是四千二百元。同事说按4S店的报价算，超过五千了。更正：我前面说他还砸了后视镜，核实是车主自己倒车蹭坏的，这条不算。价格认定机构的认定还没做。请问是否达到故意毁坏财物罪立案追诉标准？",
     "故意毁坏财物罪", "unknown"),
    # QA37: 问： with no 答： is the officer's own account: its 为了…申请贷款虚增营业额 states the 第十条第二款 purpose
    ("问：甲公司为了向银行申请贷款虚增营业额，与关联的乙公司在没有真实交易的情况下互相开具增值税专用发票，虚开税款数额合计六十万元。补充：税务机关核查确认，双方取得的专用发票均已作进项税额转出，没有用于抵扣，国家税款没有任何损失。同事说虚开税款十万元以上就必须立案，目的不重要。如果其中有一部分被抵扣了，那就另当别论。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "not_met"),
    # QA10: 一种意见认为…应负主要责任；另一种认为…同等责任: two views, no finding of the share
    ("问：陈某驾驶货车在国道上与一辆电动车相撞，电动车驾驶人经抢救无效死亡。补充：陈某没有酒驾、毒驾，有驾驶证，车辆手续齐全，没有逃逸，事后主动报警。交警的事故责任认定书还没出，现场勘查有争议：一种意见认为陈某超速，应负主要责任；另一种认为电动车闯红灯，陈某负同等责任。同事说死了人就肯定要立案。更正：我前面说还有两人重伤，其实那两人是轻微伤。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # QA30: 他是否知道卡被用于犯罪，目前还没有其他证据 leaves 明知 open
    ("问：魏某把自己的两张银行卡和U盾交给朋友使用，这两张卡被用于接收电信诈骗资金，支付结算金额合计二十六万元，被帮助的诈骗团伙已经查实。补充：魏某说朋友跟他讲是做跨境电商收货款用，他没收一分钱。起初说他每张卡拿了五百元好处费，更正：这是另一个卖卡人的情况，这条不算。银行是否提示过他账户异常、他是否知道卡被用于犯罪，目前还没有其他证据。同事说流水超过二十万就够。请问是否达到帮助信息网络犯罪活动罪立案追诉标准？",
     "帮助信息网络犯罪活动罪", "unknown"),
    # QA38: 如果有人因此轻伤，那就另说 supposes an injury, states none
    ("问：某药店店长施某明知一批阿莫西林胶囊已超过有效期，仍继续销售，共卖出四十多盒。一名顾客服用后出现皮疹，经鉴定为轻微伤。同事说卖过期药就是劣药，卖出去就要立案。更正：我前面说这名顾客住院了，核实只是门诊看了一次，这条不算。补充：目前没有发现其他顾客受到伤害，药品成分含量检验符合标准。如果有人因此轻伤，那就另说。请问是否达到生产、销售、提供劣药罪立案追诉标准？",
     "生产、销售、提供劣药罪", "unknown"),
    # QB06: 复核人意见：'系假冒两种注册商标…' is a reviewer's view; 近二年无商标侵权处罚 denies the prior penalty
    ("市场监管局移送前《核查报告》：辛公司2024年5月至2025年2月未经许可，在其生产的阀门上同时使用'鑫泰'文字商标和鑫泰图形商标，两商标均由A公司注册于阀门商品上，共同指示A公司这一来源。已销售侵权阀门2.5万元，查扣库存按已查清的实际销售平均价格计1.8万元，非法经营数额合计4.3万元，违法所得1.1万元；辛公司及其负责人近二年无商标侵权处罚。复核人意见：'系假冒两种注册商标，非法经营数额超过3万元，已达标准。'请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "not_met"),
    # QB22: 是否用于买卖股票…尚未调取 asks; 股票 there states no 营利活动
    ("某公司《财务核查说明》：会计N某利用职务便利，于2024年3月1日将公司资金8万元转给其表弟个人使用，2024年5月20日全部归还，未超过三个月。N某称表弟借款用于装修，但银行流水显示该8万元到账当日即转入表弟名下证券资金账户，是否用于买卖股票、有无收益，证券账户交易明细尚未调取。复核人意见：'未超过三个月且已归还，也无证据证明进行非法活动，不构成犯罪。'请问是否达到挪用资金罪立案追诉标准？",
     "挪用资金罪", "unknown"),
    # QB28: 其余52份…票面金额无从核对 leaves the 21万元 of 68份 a part
    ("税务局《税务稽查报告》：U公司2024年将领购的空白增值税普通发票120份出售给他人，由购买方自行填开，U公司违法所得0.85万元。稽查调取到其中68份的记账联及受票方入账凭证，票面金额合计21万元；其余52份已被填开使用，受票方未查明，票面金额无从核对。复核人意见：'出售份数已超过一百份，应视为达到标准。'请问是否达到非法出售发票罪立案追诉标准？",
     "非法出售发票罪", "unknown"),
    # QB36: 地类认定意见尚未出具 leaves the plot's kind open; 耕地（非永久基本农田） names no 基本农田
    ("自然资源局《专项核查报告》：FF某以牟利为目的，2024年5月将其承包的集体土地14亩非法转让给他人建厂，违法所得22万元。地类核查：第三次全国国土调查图斑标注为耕地（非永久基本农田），但村委会及乡政府称该地块2022年已备案为设施农用地，县自然资源局地类认定意见尚未出具。FF某此前未因非法转让土地受过行政处罚。复核人意见：'按其他土地二十亩标准计算，14亩未达标准，违法所得也不足五十万元。'请问是否达到非法转让、倒卖土地使用权罪立案追诉标准？",
     "非法转让、倒卖土地使用权罪", "unknown"),
    # QB03: 7月9.6万元、8月11.2万元、10月11.2万元，合计32万元: the total, not July's part
    ("《税务处理决定书》附件（违法记录核查）：丁某控制的戊商贸部于2024年7月至10月无实际业务为他人开具增值税普通发票共80份，票面金额：7月9.6万元、8月11.2万元、10月11.2万元，合计32万元。违法记录：2021年3月、2022年11月戊商贸部及丁某两次因虚开发票被税务机关给予行政处罚，均已生效并履行。复核人意见：'票面金额不足50万元，份数不足100份，前次处罚距今已逾两年，不应移送。'请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "met"),
    # QB40: 现场清理及善后处置费用尚未结算…未计入 leaves the 87万元 a part of the loss
    ("住建局《事故专项核查报告》：MM建筑公司在某商业楼施工中擅自减少楼板钢筋用量，降低工程质量标准，2025年4月楼板坍塌，造成1人重伤、4人轻伤，无人死亡。直接经济损失初查数87万元（财产损毁74万元、医疗费13万元）；现场清理及善后处置费用尚未结算，施工方预估10万元至20万元，复核时未计入。复核人意见：'复核数87万元不足一百万元，且重伤不足三人，不予立案。'请问是否达到工程重大安全事故罪立案追诉标准？",
     "工程重大安全事故罪", "unknown"),
    # QC14: 其余16.4万元为真实出口业务应退税款 is no cheated sum
    ("案件名称：某外贸公司骗取出口退税案 当事人：某进出口有限公司；实际控制人蔡某 违法事实：2024年8月，该公司虚报出口产品数量，以虚增的出口退税额申报出口退税 涉案金额：申报退税额合计26万元，其中虚增部分9.6万元，已全部退付到账 处罚结果：待补录 是否移送：否 备注：其余16.4万元为真实出口业务应退税款；该公司2021年5月曾因骗取出口退税受过税务行政处罚一次；现已补缴全部虚增退税款 录入人：潘某 审核意见：五年内受过行政处罚，标准应当降低，建议移送。请问是否达到骗取出口退税罪立案追诉标准？",
     "骗取出口退税罪", "unknown"),
    # QC19: 甘某向夏某转账5万元 said to be a loan, still being checked, is counted beside the 2万元 and asks
    ("案件名称：某民营医院采购科长收受好处费案 当事人：夏某（某民营医院采购科科长） 违法事实：2024年间，夏某利用负责耗材采购的职务便利，为供应商甘某在招标中提供帮助 涉案金额：现金2万元（夏某承认为“感谢费”） 处罚结果： 是否移送：待补录 备注：2024年9月甘某向夏某转账5万元，夏某称系向甘某借款，有手写借条，尚未归还；甘某先称系好处费，后改称借款；借贷关系真实性尚在调查 录入人：汪某 审核意见：收受2万元，不足三万元，建议医院内部处理。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # QC20: 视频文件26个，已鉴定14个为淫秽视频，其余12个待鉴定: at most 26 are obscene
    ("案件名称：某网盘会员群传播淫秽视频案 当事人：邱某 违法事实：2025年3月起，邱某建立付费会员群，收取会员费后向会员提供网盘视频链接 涉案金额：会员费收入4200元 处罚结果：待补录 是否移送：待定 备注：共查获其上传视频文件26个，已鉴定14个为淫秽视频，其余12个“待鉴定”；注册会员80人；已鉴定淫秽视频的实际点击数合计3800次 录入人：秦某 审核意见：已鉴定淫秽视频不足二十个，其他数额亦不达标，不予移送。请问是否达到制作、复制、出版、贩卖、传播淫秽物品牟利罪立案追诉标准？",
     "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "unknown"),
    # QC26: 本省具体数额标准：待补录 is an empty field, not the 五十万元 of a later one
    ("案件名称：某石料厂破坏性采矿案 当事人：某石料有限公司；矿长董某 违法事实：该公司取得采矿许可证后，2023年至2024年采取采富弃贫、采易弃难的破坏性开采方法开采 涉案金额：造成矿产资源破坏价值68万元 处罚结果：自然资源部门责令停产 是否移送：待定 备注：省自然资源厅出具报告认定系破坏性开采方法，破坏价值68万元；矿区不属于国家规划矿区，矿种非保护性开采特定矿种；本省具体数额标准：待补录 录入人：薛某 审核意见：已超五十万元，应移送。请问是否达到破坏性采矿罪立案追诉标准？",
     "破坏性采矿罪", "unknown"),
    # QC29: 该专利号从未授权，不属于任何他人的专利 rules out 假冒他人专利
    ("案件名称：某电器公司产品标注虚假专利号案 当事人：某电器有限公司；总经理方某 违法事实：2025年6月至10月，该公司在其生产销售的空气炸锅包装上标注“发明专利 专利号ZL2023XXXXXXX” 涉案金额：非法经营数额60万元；违法所得14万元 处罚结果：知识产权局行政处罚待补录 是否移送：拟移送 备注：经国家知识产权局检索，该专利号从未授权，不属于任何他人的专利；该公司未使用他人专利号 录入人：孔某 审核意见：非法经营数额超二十万元，应以假冒专利罪移送。请问是否达到假冒专利罪立案追诉标准？",
     "假冒专利罪", "unknown"),
])
def test_probe_58_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # (verdict_traps_defence #19, 56c PC20) 未涉及有林地、疏林地 denies the 有林地 area; 未烧毁房屋 no household's house burnt
    ("律师意见书：2025年3月20日，犯罪嫌疑人曹某在山脚上坟烧纸，引燃周边植被造成森林火灾。经林业部门调查认定，过火面积为灌木林地2.6公顷，未涉及有林地、疏林地；火灾未造成人员伤亡，未烧毁房屋，烧毁林木等直接经济损失合计18万元。县林业局的案件移送函认为“过火林地面积已超过二公顷，达到失火罪立案标准”。辩护人认为，该移送意见适用标准错误。请问是否达到失火罪立案追诉标准？",
     "失火罪", "not_met"),
    # (verdict_traps_onsite #30, 55c NC31) the measured 3,412平方米 settles the contract's 约4.8亩, and its kind is said after it
    ("现场勘验笔录：2024年5月16日，县自然资源局执法人员对某村南侧地块进行勘验。检查情况：村民刘某以“租赁”为名，将其承包经营的耕地一次性作价转让给某企业建设仓储用房，约定期限五十年，收取“转让费”38万元，远高于其取得成本；合同载明面积“约4.8亩”。执法人员使用RTK实测，地块面积为3,412平方米，经与国土空间规划数据比对，全部位于永久基本农田保护红线内。刘某签字，称“合同写的不到五亩”。后续：地块已硬化并建起钢结构厂房。请问是否达到非法转让、倒卖土地使用权罪立案追诉标准？",
     "非法转让、倒卖土地使用权罪", "met"),
])
def test_left_open_last_session_now_decided(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # RA20: an electric bike whether it meets the 电动自行车 standard being tested leaves 机动车 open
    ("【交警通报】2025年5月夜间查酒驾行动中，某市交警在城市主干道查获两起案件：王某驾驶两轮电动车，血液酒精含量经检验为160mg/100ml；刘某驾驶小型轿车，呼气酒精测试结果为饮酒驾驶。通报称“王某醉驾”。最新进展：王某所驾电动车无牌，外观与普通电动自行车相近，其设计最高时速、整车质量是否符合电动自行车国家标准，已委托鉴定机构鉴定，结果尚未出具。就王某而言，请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # RA35: an off-duty officer in plain clothes, 下班回家, 未受指派: whether he was 依法执行职务 is asked, not met on the word 民警
    ("【警情通报】2025年4月某晚，居民鲍某因停车位问题与邻居争执，恰逢住在该小区的派出所民警史某下班回家。史某身着便装，非当班，未受指派，出于邻里关系上前劝解，未表明身份。鲍某推搡史某并一拳打在其脸上，致其鼻部出血，经鉴定未达轻微伤。经查，二人此前互不相识，鲍某称“不知道他是警察”。通报标题为《男子殴打民警被查处》，评论区有网友称“打警察就是妨害公务”。请问是否达到妨害公务罪立案追诉标准？",
     "妨害公务罪", "unknown"),
    # RB10: 报案材料中写明“被骗金额七千余元” is the victim's report, not the sum found
    ("某市公安局经侦支队受理报案：外籍商人马某称，2025年6月被一网友以代办签证为由骗走1,000美元。经调取银行及第三方支付流水，马某向嫌疑人账户实际转账仅500美元，另500美元系其转给本人朋友的借款，与本案无关；嫌疑人事后已退还50美元。按转账日汇率1美元=7.14元人民币计算。本省确定的诈骗“数额较大”标准为六千元。报案材料中写明“被骗金额七千余元”。请问是否达到诈骗罪立案追诉标准？",
     "诈骗罪", "unknown"),
    # RC01: 一年内是否受过抢夺行政处罚：□是 ☑否 denies it; 本省…“数额较大”起点为2000元 is the standard; 被害人王某（1965年11月生） is not 老年人 whatever the tick
    ("【案件审批表】案由：抢夺。嫌疑人：刘某（男，1990年生）。发案时间：2024年9月12日，刘某步行于菜市场内夺取被害人王某（女，1965年11月生）手提包，内有现金及手机，经价格认定共计1500元。本省确定的抢夺“数额较大”起点为2000元。是否驾驶机动车、非机动车：□是 ☑否；一年内是否受过抢夺行政处罚：□是 ☑否；是否抢夺老年人财物：☑是 □否（手写补注：被害人年近六十，按老年人掌握）。有无前科：□有 ☑无。一年内抢夺次数：1。审批人：张某 意见：适用减半标准，拟立案。请问是否达到抢夺罪立案追诉标准？",
     "抢夺罪", "unknown"),
    # RC04: 审批人：吴某 意见：… is a view; 手写补注：按研发成本80万元计损失 proposes a reckoning, finds no loss
    ("【案件审批表】案由：侵犯商业秘密。嫌疑人：孙某，原系甲科技公司工程师。2025年7月离职前，孙某违反公司保密规定，将公司某型电池配方文件私自拷贝至个人硬盘。经查，孙某离职后尚未披露、使用或允许他人使用该配方，未获任何报酬。甲公司报称该配方研发成本80万元；价格评估机构意见：该配方合理许可使用费为18万元。是否导致商业秘密为公众所知悉或灭失：□是 ☑否。二年内是否因侵犯商业秘密受过处罚：□是 ☑否。手写补注：按研发成本80万元计损失。审批人：吴某 意见：损失超三十万元，拟立案。请问是否达到侵犯商业秘密罪立案追诉标准？",
     "侵犯商业秘密罪", "unknown"),
    # RC15: 合计13.6万元。其中…第3票…是否真实出口的核查结果尚未回复: at most 13.6万元
    ("【移送审查表】移送单位：某市税务局稽查局。当事人：某外贸公司及法定代表人金某。2023年至2024年，该公司申报出口退税3票，已实际取得退税款合计13.6万元。其中第1票5.2万元、第2票4.3万元经核查确无货物出口，系虚构出口；第3票4.1万元，公司提供了出口报关单，海关对该票货物是否真实出口的核查结果尚未回复。五年内是否受过相关处罚：□是 ☑否。手写补注：三票合计已超十万元。审批人：魏某 意见：拟移送。请问是否达到骗取出口退税罪立案追诉标准？",
     "骗取出口退税罪", "unknown"),
    # RC20: 现金2.6万元 and 手机价值：约5000元: the estimate decides 三万元
    ("【案件审批表】嫌疑人：窦某，某民营医院采购科科长。2024年3月至9月，窦某利用负责耗材采购的职务便利，为供应商章某供货提供帮助，先后收受章某现金2.6万元、手机一部。手机价值：约5000元（手写补注：系章某口述购买价，未提供发票，价格认定尚未作出；该型号市场价3800元至5600元不等）。收受财物合计（万元）：约3.1。是否为他人谋取利益：☑是。是否退还：□是 ☑否。审批人：云某 意见：合计已超三万元，立案。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # RC35: 收购用途：□食用 □观赏 □药用 (none ticked) states no 食用
    ("【案件审批表】嫌疑人：汤某。2024年11月，汤某从他人处收购野外捕获的野兔、山斑鸠等有重要生态、科学、社会价值的陆生野生动物共计86只，转卖给某农家乐老板。按销赃数额认定价值（元）：14000。收购用途：□食用 □观赏 □药用（均未勾选）。手写补注：农家乐老板称买来关在笼中供游客观赏拍照，汤某称“不知道对方干什么用”；农家乐菜单有“野味”字样，但未查获宰杀、烹饪证据。审批人：滕某 意见：价值超一万元，立案。请问是否达到非法猎捕、收购、运输、出售陆生野生动物罪立案追诉标准？",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "unknown"),
])
def test_probe_59_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # SA03: (batch) only item ① counts: 商品林地8亩 is short of 十亩; ②'s 公益林地6亩 and the closing 意见 are not its
    ("自然资源和林业部门2025年线索清单：①赵某：2024年6月未经批准在村集体商品林地上建房、硬化场地，经测绘实际占用并毁坏商品林地8亩，此前未因非法占用农用地受过处罚。②钱某：2025年在公益林地采石，毁坏公益林地6亩。③孙某：占用永久基本农田挖塘养鱼4亩。乡镇执法队意见：赵某占地已超过5亩，应当移送公安机关。就第①项赵某而言，请问是否达到非法占用农用地罪立案追诉标准？",
     "非法占用农用地罪", "not_met"),
    # SA04: (batch) item 2's 400元 and 500元 under 2000元; item 1's 入户盗窃 and item 3's 3600元 are others'
    ("派出所2025年盗窃线索汇总（本省盗窃“数额较大”标准为2000元）：1. 周某：2025年4月入户盗窃现金800元。2. 吴某：2023年2月10日在超市盗窃，同月20日被行政拘留；2024年6月3日在超市货架盗窃洗发水等价值400元；2025年3月1日在另一超市盗窃价值500元的商品；后两次均未经处理，均非入户、扒窃，未携带凶器。3. 郑某：2025年5月盗窃电动车一辆，价值3600元。就第2项吴某而言，请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # SA10: (batch) item 2: one 重伤 with fault not yet found; item 1's death is another's
    ("交警大队2025年事故线索汇总：1. 严某：醉酒驾驶追尾，致一人死亡，负事故全部责任。2. 华某：2025年7月夜间饮酒后（血液酒精含量45mg/100ml）驾驶小客车在无信号灯路口与电动自行车相撞，致电动车驾驶人一人重伤；路口监控损坏，双方对谁先进入路口说法不一，事故责任认定书尚未作出。3. 金某：无证驾驶致二人轻伤，负主要责任。就第2项华某而言，请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # SB02: (draft) 原稿 6.2万元 revised to 3.1万元: the revised figure counts
    ("【市场监管局移送审查报告（修订痕迹版）】当事人王某自2024年3月起在其经营的建材店以不合格电线冒充合格产品销售。原稿：“已销售金额6.2万元，库存待售货值5万元。”修改为：“已销售金额3.1万元，库存待售电线按标价计货值5万元。”批注：经核对送货单，原计入的3.1万元系另一批次经检验合格的电线，予以剔除。原稿“销售金额已超过五万元”一句~~删除~~。检验报告确认已售涉案批次及库存电线均为不合格产品。请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "not_met"),
    # SB07: (draft) 【删除：卫生健康局】【增加：市场监督管理局】: the second penalty was for 虚假广告, by another agency
    ("【卫生健康局移送函（审改稿）】李某未取得医师资格，自2023年起在自家诊所为村民输液。原稿记载：“李某于2023年5月、2024年2月两次被卫生健康局行政处罚。”修改为：“李某于2023年5月被县卫生健康局因非法行医行政处罚；2024年2月被县【删除：卫生健康局】【增加：市场监督管理局】因发布虚假广告罚款。”2024年10月李某再次为他人输液被查获。批注：目前未发现就诊人损害后果，未发现使用假药、劣药，所用器械均为合格产品，未涉及传染病。请问是否达到非法行医罪立案追诉标准？",
     "非法行医罪", "unknown"),
    # SB16: (draft) 580公斤（含冰块及泡沫箱）then 净重380公斤: the net weight counts
    ("【渔政执法大队移送函（审改稿）】2024年5月（该湖泊禁渔期内），沈某驾船在内陆湖泊使用网目尺寸符合规定的刺网捕捞。原稿：“查获渔获物580公斤，价值约1.2万元。”修改为：“查获渔获物580公斤（含冰块及泡沫箱），经复称净重380公斤，按当地市场批发价认定价值约4600元。”批注：未发现电鱼、毒鱼、炸鱼等方法，渔获物中无苗种、怀卵亲体，捕捞水域不属于水产种质资源保护区。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # SC20: (thread) the newest message takes 0.8万元 out of 3.2万元: 2.4万元
    ("回复：关于采购经理许某收受回扣一案数额\n发件人：某公司纪检监察室 2024-06-17\n经侦大队：更正此前函件：原列三笔共3.2万元中，2024年1月的0.8万元经核对是该供应商归还许某个人此前出借款项，有借条和转账记录对应，不属于回扣。其余两笔2.4万元确为许某利用采购职务便利收受的供应商回扣，归个人所有。\n> ——原始邮件——\n> 发件人：某公司纪检监察室 2024-06-03\n> 许某收受供应商回扣三笔共计3.2万元，请依法处理。\n请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # SC23: (thread) the quoted 2支 is superseded: one gun by the 鉴定
    ("回复：关于快递查获气枪一案的鉴定结果\n发件人：市公安局物证鉴定所 2024-08-29\n治安支队：送检的2支\"气枪\"中，1支枪口比动能为0.9焦耳/平方厘米，不能认定为枪支；另1支以压缩气体为动力，认定为枪支。同批送检铅弹260发（附件：鉴定书.pdf）。邓某此前无同类记录。\n> ——原始邮件——\n> 发件人：市公安局治安支队 2024-08-20\n> 快递员举报，邓某一次性通过快递邮寄气枪2支、铅弹260发，已扣押，按\"压缩气体枪支2支以上\"应可立案。\n请问是否达到非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪立案追诉标准？",
     "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "unknown"),
])
def test_probe_60_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # TA01: (memo) the cited 周某案's 4.5吨 is another case's; this one's weight is unknown
    ("类案对比意见：参照2022年某区法院审结的周某污染环境案，周某将废矿物油4.5吨倾倒于废弃鱼塘，经鉴定属危险废物，被判处有期徒刑一年。本案：2024年8月，某机械加工厂车间主任邓某安排工人将厂内储存的废乳化液（经鉴定属危险废物）用罐车运至村外沟渠倾倒。罐车计量表显示装载2800升，废液未留样称重，密度未经检测；厂方台账仅记载“约三吨”，邓某供称“不到三吨”。倾倒地点不在饮用水水源保护区，未使用暗管等方式，该厂此前未受过环保行政处罚，暂未发现财产损失。请问是否达到污染环境罪立案追诉标准？",
     "污染环境罪", "unknown"),
    # TA04: 此前无盗窃前科 denies a prior conviction; 本省盗窃罪“数额较大”执行标准为2000元 is the province's figure
    ("类案对比：参照2023年本市吴某盗窃案，吴某在超市盗窃白酒价值3500元，被判处拘役四个月。本案：2025年2月，无业人员冯某在某连锁超市将6瓶白酒藏入外套带离超市，次日被查获。经价格认证机构认定，被盗白酒价值1860元。超市方面主张因冯某撕毁防盗标签、损坏包装盒及事后盘点停业，损失合计2600元，要求按2600元认定。冯某此前无盗窃前科，未受过行政处罚，非入户、非扒窃、未携带凶器，二年内仅此一次。本省盗窃罪“数额较大”执行标准为2000元。请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # TA05: 2023年6月、2024年3月，…先后两次…处罚: the dates stand alone in the clause before, both within two years
    ("类案对比意见：参照2022年某县法院审结的郑某非法采矿案，郑某无证开采砂石，矿产品价值35万元，被判处有期徒刑一年六个月。本案：村民何某未取得采矿许可证，在本村荒山露天开采建筑用石料。2023年6月、2024年3月，何某先后两次因无证开采被县自然资源局作出行政处罚决定，均已生效。2025年2月，何某又在原处开采，被当场查获，经认定开采的石料价值2.6万元。何某称“这次才挖了两万多块钱的石头，离十万元还远”。请问是否达到非法采矿罪立案追诉标准？",
     "非法采矿罪", "met"),
    # TA12: nets inside and outside the reserve, the survey still awaited: whether in the 禁猎区 is open
    ("类案对比：参照2022年某县法院审结的邱某非法狩猎案，邱某在自然保护区内使用猎夹捕获野兔等，被判处拘役三个月。本案：2024年10月，秦某在县级自然保护区（禁猎区）边界附近山林捕猎野鸡、野兔，经价格认证猎获物价值1.35万元，不属于国家重点保护野生动物，亦非以食用为目的。当地禁猎期为每年3月至7月；所用网具经林业部门认定不属于禁用工具。现场勘验的布网点位有的在保护区界线内、有的在界线外，秦某称均在界外，勘验结论尚未作出。请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "unknown"),
    # TA14: 出材率约在0.58至0.66之间 puts 12.3立方米 of logs at 18.6 to 21.2立方米 standing, either side of 二十
    ("研究意见：参照2021年某县法院审结的邓某滥伐林木案，邓某无证采伐自有杉木，立木蓄积35立方米，被判处有期徒刑一年，缓刑一年。本案：2024年12月，农户任某未取得采伐许可证，采伐本人承包经营的马尾松、杉木混交林，木材已全部售出，销售价款1.9万元。经检尺，原木材积合计12.3立方米。因树种混杂、伐桩未逐株调查，林业站出具的说明仅称“综合出材率约在0.58至0.66之间”，未作立木蓄积认定，所伐林木中无幼树。请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "unknown"),
    # TA20: 是否允许社会机动车通行 not found: whether the 厂区 is a 道路 is open
    ("类案对比意见：参照2023年某区法院审结的钟某危险驾驶案，钟某醉酒后在城市道路驾驶，血液酒精含量156mg/100ml，被判处拘役二个月。本案：2025年4月晚，汪某饮酒后驾驶小型轿车在某钢铁公司厂区内行驶，与厂内叉车刮擦，经抽血检测血液酒精含量为168mg/100ml，未驶出厂区。厂区设有门岗，公司称外来车辆“登记后可以进入”，保卫科则称“只允许送货车辆凭单据进入”，现有证据未查明该厂区道路是否允许社会机动车通行。汪某系该厂职工。请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # TA31: the second act (3.5万元) was penalised: 4万元 and 2.8万元 are short of 十万元; 其余两次未经处理 counts no penalties
    ("类案对比：参照2021年某市法院审结的龙某走私普通货物案，龙某多次绕关走私冻品，偷逃应缴税额58万元，被判处有期徒刑三年。本案：2023年至2024年，万某组织人员三次以“蚂蚁搬家”方式从口岸走私进口电子产品，经海关核定偷逃应缴税额分别为4万元、3.5万元、2.8万元。其中第二次（3.5万元）已于2024年1月被海关给予行政处罚，其余两次未经处理。万某除此之外未受过走私行政处罚。缉私部门承办人将三次合计为10.3万元。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "not_met"),
    # TB06: (table) 死亡人数｜0 is no death; two injuries still being assessed
    ("【道路交通事故简要情况表】2025年3月8日，周某驾驶小型轿车与三名行人相撞。\n项目｜内容\n责任认定｜周某负事故全部责任\n死亡人数｜0\n伤者伤情｜吴某：重伤二级；郑某、冯某：待定※\n酒精、毒品检测｜均未检出\n财产损失｜约1.2万元，周某已全额赔偿\n※注：郑某、冯某仍在住院治疗，伤情鉴定尚未作出，主治医生称“均有构成重伤的可能”。\n说明：周某持有效驾驶证，车辆牌证齐全、安全装置完好，未超载，事故后未逃逸。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # TB14: (table, 单位：万元) 4.2 sold × 3 + 2.9 unsold is 15.5万元; the note's 0.6万元 is part of the 4.2
    ("【伪劣产品涉案金额统计表】单位：万元\n项目｜金额\n已销售掺假机油销售金额｜4.2（注1）\n仓库查扣未销售机油货值｜2.9（注2）\n注1：含买方尚未支付的应收货款0.6万元，购销合同及送货单齐全。\n注2：按产品标价计算。\n说明：经检验，产品系以废机油掺兑后冒充合格品，生产销售时间为2024年4月至8月。\n辩护人意见：“实收销售额仅3.6万元，不足5万元；未售货值2.9万元，远低于15万元，不应追诉。”请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "met"),
    # TB29: (table notes) the second 3500元 is disputed: 违法所得 may reach 一万元
    ("【出售伪造专票情况表】嫌疑人：章某（2024年10月）\n项目｜数值\n出售份数｜8份\n票面税额合计｜5.2万元\n违法所得｜6,500元（注1）＋3,500元（注2）\n注1：有微信转账记录证实。\n注2：章某供称另收买方现金3,500元，买方否认支付过现金，无其他证据印证。\n说明：所售发票均系伪造；章某五年内无涉票处罚记录。请问是否达到伪造、出售伪造的增值税专用发票罪立案追诉标准？",
     "伪造、出售伪造的增值税专用发票罪", "unknown"),
    # TB37: (table) 合计26000 includes a row whose source is still unsettled: at most 26000
    ("【种子质量事故损失汇总表】销售者：严某（2024年春播期间以发芽率不合格的玉米种子冒充合格种子销售）\n农户｜损失（元）｜备注\n1-3号农户｜17,000｜注1\n4、5号农户｜9,000｜注2\n合计｜26,000｜\n注1：经农业农村部门组织田间鉴定，减产系涉案种子质量所致，损失已评估。\n注2：4、5号农户称所用种子购自严某，严某称二人系从邻村种子店购买，双方均无票据，来源尚未查清。请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # TC06: (traditional characters) read in simplified ones
    ("台商獨資之昆山某電子廠，2024年6月至9月間，由廠長蔡某（台灣居民）決定收繳八名新入職員工之身份證件統一保管，宿舍夜間由保安從外反鎖，員工非經批准不得離開廠區；曾有員工要求離職，被保安推回宿舍，並被告知「擅自離開就扣光工資，找人上門」。工資均按月足額發放，未有拖欠。蔡某之代理律師函稱：「薪資從未拖欠，加班係員工自願，工廠管理嚴格但並無強迫勞動之事，不應追究刑責。」请问是否达到强迫劳动罪立案追诉标准？",
     "强迫劳动罪", "met"),
    # TC10: (traditional characters) read in simplified ones
    ("香港居民羅某於2023年間組織走私凍肉入境，其走私普通貨物犯罪事實已由海關緝私部門另案查證屬實。2024年1月至3月，羅某為掩飾上述走私所得之來源和性質，通過地下錢莊以對敲方式，將本人所得人民幣約二百八十萬元轉換為港幣，並轉入其在香港開立之銀行賬戶。羅某之香港律師意見稱：該款為羅某本人之犯罪所得，轉移本人款項屬事後處分行為，不另構成洗錢。请问是否达到洗钱罪立案追诉标准？",
     "洗钱罪", "met"),
    # TC34: (traditional) 该省确定之抢夺罪「数额较大」标准为人民币二千元 is the province's figure, not the act's
    ("澳門居民江某於2024年9月在珠海某街道徒步尾隨一名白髮婦人，趁其不備奪走其頸上金鏈後逃離，婦人未受傷。金鏈已追回，經價格認定值人民幣壹仟陸佰伍拾元。卷內附該省確定之搶奪罪「數額較大」標準為人民幣二千元。江某無前科，一年內未受過行政處罰，本次係首次搶奪。被害婦人報警後離開現場，至今身份未查明，監控僅見其步行穩健，其年齡、是否殘疾等情況均無法確認。请问是否达到抢夺罪立案追诉标准？",
     "抢夺罪", "unknown"),
])
def test_probe_61_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # 60c SC17: 此前报告的第3名“重伤”人员经司法鉴定为轻伤二级 is one person lightly hurt, not three 重伤
    ("回复：关于某机械厂\"5·6\"事故的立案意见\n发件人：市应急管理局 2024-07-01\n公安同志：事故调查已结束（附件：调查报告.pdf）：因车间冲压设备未装安全防护装置，事故造成2人重伤，此前报告的第3名\"重伤\"人员经司法鉴定为轻伤二级；核定直接经济损失82万元。无人员死亡。\n> ——原始邮件——\n> 发件人：区安监站 2024-05-20\n> 立案追诉标准（一）第十条规定直接经济损失五十万元以上即应立案，本事故损失已超过，建议移送。\n请问是否达到重大劳动安全事故罪立案追诉标准？",
     "重大劳动安全事故罪", "not_met"),
    # 60b SB29: 购物卡一节，…下落待查: the card is a further part still open
    ("【经侦大队初查报告（修订稿）】2024年至2025年，某民营医院采购科长岑某在采购医疗耗材中利用职务便利为供应商谋取利益。原稿：“收受供应商现金2.4万元及购物卡一张（面值1万元），合计3.4万元。”修改为：“收受现金2.4万元有转账记录及双方供述印证；购物卡一节，供应商称已交给岑某，岑某称当场拒收并退回，该卡至今未被消费，下落待查。”批注：原稿“合计3.4万元”删除。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # 60c SC03: the quoted 1.5万元, 已撤回, is no loss; the field test is still under way
    ("回复：转发：关于某农资店销售不合格种子一案\n发件人：县农业农村局种子站 2024-08-12\n公安同志：更正一下，上周邮件中\"损失约1.5万元\"只是东湾村一个村的初步统计，已撤回；涉及的三个村减产情况，专家组田间测产鉴定还在进行，结论预计月底出具。\n> ——原始邮件——\n> 发件人：县公安局食药环侦大队 2024-08-05\n> 经查，该店以不合格玉米种子冒充合格种子销售，销售金额8.6万元（附件：种子检验报告.pdf），部分农户联名称损失3.6万元。请提供生产损失数额。\n请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # judgments6 #11: 搜出钢丝猎套 is a tool found, not one used
    ("经审理查明：2025年2月（本县规定的禁猎期内），被告人吕某在自家承包山林中捕获野生斑鸠12只、野兔3只，经鉴定均为有重要生态、科学、社会价值的陆生野生动物，价值合计2600元。涉案地点不在禁猎区。民警在吕某家院内搜出钢丝猎套二十余个，猎获物是否系猎套所获未作检验。吕某供称斑鸠系用弹弓打下，野兔是“捡的”，猎套系多年前购买未曾使用；同村证人施某称曾见吕某上山“下套子”，但说不清具体日期。上述事实有扣押清单、物种鉴定、价格认定、证人证言等证据证实。请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "unknown"),
    # judgments6 #17: the boat inside or outside the reserve, the finding not yet made
    ("经审理查明：2025年5月（当地禁渔期内），被告人祁某驾驶小船在某河段使用普通单层刺网捕捞，被渔政执法人员查获，现场渔获物共计82公斤，经价格认定价值1600元。查获点位于省级水产种质资源保护区边界附近：执法记录仪定位显示在保护区内，而船载定位设备显示在区外约200米；祁某称一直在区外下网。渔政部门关于捕捞位置的认定意见尚未出具。祁某未使用电鱼、毒鱼、炸鱼等方法，此前未受过处罚。上述事实有现场笔录、渔获物清点表、价格认定书等证据证实。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # review #0: 派出所意见：李某一年内受过抢夺行政处罚 is a view (the penalty was set aside)
    ("【行政诉讼判决书摘要】2024年11月，某区人民法院作出行政判决，认定区公安分局于2024年5月8日对李某作出的治安拘留决定（事由：抢夺路人手机）认定事实不清、证据不足，系将他人行为错误归于李某，判决撤销该处罚决定，判决已生效。【移送材料】2025年3月2日，李某在街头徒步从一名三十岁男子手中夺走一部手机后逃离，经价格认定价值1200元。李某无犯罪前科，此次为一次作案，无其他加重情形。本省确定的抢夺罪“数额较大”标准为2000元。派出所意见：李某一年内受过抢夺行政处罚，标准减半为1000元，已超过。请问是否达到抢夺罪立案追诉标准？",
     "抢夺罪", "not_met"),
])
def test_left_open_in_round_60_now_decided(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # UA03: (outline) the summary's 19.6亩 and 王某's 12.4亩 are not 李某's; his 7.2亩's kind is open
    ("县自然资源和林业局破坏林地资源案件情况汇报\n一、总体情况：2025年以来发现非法占用林地案件3起，面积合计19.6亩。\n二、具体案件\n（一）李某修建农家乐案\n1.2024年10月至2025年2月，李某未经审批在村后山坡林地上建房、硬化停车场，占用并毁坏林地7.2亩。\n2.该地块在森林资源档案中林种记载不清，是否属于公益林待林业调查规划部门核实。\n（二）王某采石案：占用并毁坏商品林地12.4亩。\n三、下步工作：拟将各案一并移送。\n就李某，请问是否达到非法占用农用地罪立案追诉标准？",
     "非法占用农用地罪", "unknown"),
    # UA13: (outline) the gang's 1.26万元 and the others' cases are not 林某's; the victim's age is open
    ("派出所“碰瓷”敲诈系列案件侦办情况汇报\n一、总体情况：该团伙3人2025年共作案5起，索得财物合计1.26万元。\n二、个人情况\n（一）林某：2025年8月单独作案1起，故意碰擦骑电动车的被害人后，以扣车、纠缠恐吓相要挟，索得现金2,500元；林某无前科。\n（二）被害人：报案材料仅记载为“六十岁左右的男子”，身份信息尚未查明。\n（三）其余4起系另两人所为，金额1.01万元。\n三、说明：本省敲诈勒索罪数额较大标准为4,000元。\n就林某该起行为，请问是否达到敲诈勒索罪立案追诉标准？",
     "敲诈勒索罪", "unknown"),
    # UA14: (outline) the year's 41立方米 is all cases'; 出材率0.55至0.70 leaves 12.6立方米 of logs either side
    ("林业局滥伐林木案件办理情况汇报\n一、总体情况：2025年受理滥伐案件4起，查实采伐原木材积合计41立方米。\n二、重点案件：邓某案\n（一）事实：2025年1月，邓某未办理采伐许可证，砍伐本人承包经营的自有杉木林，现场检尺原木材积12.6立方米，未砍伐幼树。\n（二）折算：该片杉木出材率尚未测定，参考同类林分出材率在0.55至0.70之间。\n（三）价值：按当地收购价约3.8万元。\n三、说明：邓某此前无林业违法记录。\n就邓某，请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "unknown"),
    # UA40: 功能主治未超范围 is no 假药 conduct; 有同志认为… is a view
    ("药品监督管理局境外药品代购案件情况汇报\n一、总体情况：查处网络销售境外药品案件4起。\n二、个案：傅某\n（一）2025年2月至8月，傅某通过朋友圈向患者销售从印度购进的某抗肿瘤仿制药，销售金额4.8万元。\n（二）该药未取得我国药品批准证明文件；经省药品检验所检验，所含成份及含量与标示一致，未变质，功能主治未超范围，未发现患者受损害。\n三、意见：有同志认为未经批准进口的药品应按假药论处。\n就傅某，请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # UB05: (bilingual) sold RMB 32,000 × 3 + 待售 RMB 60,000 is 15.6万元; the officer's 写道 is a view
    ("某中外合资灯具公司2024年以不合格的LED驱动电源冒充合格产品出售，经产品质量检验机构检验，耐压、温升项目不合格。查获的Sales Ledger显示：已售出1,600 pcs，Total RMB 32,000；仓库Packing List显示待售2,400 pcs，标价Unit Price RMB 25，Total RMB 60,000。市场监管人员在笔录中写道：“销售金额3.2万元，没到五万元，库存也不足十五万元，够不上刑事。”请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "met"),
    # UB18: (bilingual) 猛犸象牙化石…也不是其他国家重点保护野生动物制品; 工作人员在会上表示 is a view
    ("某进出口公司员工郑某收购并出售三件“象牙雕件”。Purchase Invoice：Description “Ivory Carving”；Qty 3 pcs；Total RMB 86,000。经野生动物物种鉴定机构鉴定，三件雕件的材质均为猛犸象牙化石，不属于任何现生象类，也不是其他国家重点保护野生动物制品。林业部门一名工作人员在会上表示：“发票写明是象牙，价值8.6万元，已经超过二万元。”郑某没有涉及其他野生动物。请问是否达到危害珍贵、濒危野生动物罪立案追诉标准？",
     "危害珍贵、濒危野生动物罪", "unknown"),
    # UC04: (JSON) a loss whose basis is 权利人报案材料自行测算 is no finding; the appraisal is pending
    ("{\"案由\":\"侵犯商业秘密\",\"嫌疑人\":\"周某（原研发工程师，2025-05离职）\",\"权利人\":\"甲科技公司\",\"行为\":\"离职前拷贝配方文件并在新公司使用\",\"行为期间\":\"2025-06至2025-10\",\"违法所得\":{\"数额\":180000,\"依据\":\"新公司支付的技术顾问费\"},\"权利人损失\":{\"数额\":800000,\"依据\":\"权利人报案材料自行测算\",\"鉴定\":null},\"行政处罚记录\":[]}\n备注：司法会计鉴定已委托，尚未出具。\n侦查员：权利人说损失80万，够了吧？请问是否达到侵犯商业秘密罪立案追诉标准？",
     "侵犯商业秘密罪", "unknown"),
    # UC10: (JSON) 组织者：甲方蒋某（另案处理） is another's part
    ("{\"警情号\":\"JQ20250316-044\",\"时间\":\"2025-03-16 23:20\",\"事件\":\"两伙人因债务纠纷在烧烤店外互殴\",\"参与人数\":{\"甲方\":7,\"乙方\":5},\"组织者\":\"甲方蒋某（另案处理）\",\"本案嫌疑人\":\"韩某（甲方）\",\"韩某角色\":{\"证人徐某\":\"持木棍追打乙方\",\"韩某供述\":\"被叫来吃饭，在场劝架\",\"监控\":\"韩某所在位置为盲区\",\"其他证人\":null},\"伤情\":\"乙方1人轻伤\"}\n民警：12个人打群架，韩某在场就够了吧？请问是否达到聚众斗殴罪立案追诉标准？",
     "聚众斗殴罪", "unknown"),
    # UC16: (JSON) 初期材料曾将上游记为集资诈骗 is a record since corrected
    ("{\"嫌疑人\":\"尤某\",\"时间\":\"2024-11\",\"行为\":[\"提供本人银行卡3张\",\"按上线指令将资金转入多个账户并取现\"],\"流水金额\":380000,\"单位\":\"元\",\"资金来源\":\"冒充电商客服实施的电信网络诈骗\",\"上游案件定性\":\"诈骗罪（已判决）\",\"上游是否涉及金融诈骗\":\"否\",\"备注\":\"初期材料曾将上游记为集资诈骗，经核对判决书更正为诈骗罪\"}\n反洗钱专员：他提供了资金账户，又转账取现，洗钱定了吧？请问是否达到洗钱罪立案追诉标准？",
     "洗钱罪", "unknown"),
    # UC38: (key=value) 疑似名录内国家二级保护 states no grade; the appraisal is out
    ("林业执法导出：\n嫌疑人=雷某; 时间=2025-03; 行为=在山林采挖兰科植物后网售\n数量=3株; 价值=12000元\n物种鉴定=null; 初步辨认=\"疑似名录内国家二级保护兰属物种，也可能为非名录常见种\"\n来源=雷某称系自家大棚栽培后移栽；山林采挖痕迹已取证\n备注: 样本已送省林科院鉴定，结论未出\n护林员：挖兰花卖了1.2万，不到2万，应该不够吧？请问是否达到危害国家重点保护植物罪立案追诉标准？",
     "危害国家重点保护植物罪", "unknown"),
])
def test_probe_62_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # VA31: (markdown) 第1次…第2次行政处罚 is two penalties, dated by when each took effect: both within a year
    ("## 缉私笔记：邹某“水客”走私化妆品\n- 第1次行政处罚（走私）：决定书落款2024年3月25日，**2024年4月9日**送达生效（文书记载）。\n- 第2次行政处罚（走私）：2024年10月生效。\n- 2025年4月2日，邹某再次携带化妆品入境未申报，偷逃应缴税额**2.3万元**。\n\n> 缉私科：“从第一次处罚决定2024年3月25日算起，到这次已超过一年，只能再罚款。”\n\n请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "met"),
    # VA03: (markdown) the struck 0.6公顷 goes, the 亩 in brackets only converts the total; 3.6/5 + 2.4/10 < 1
    ("## 林地执法台账 — 某村违建别墅\n- 2024年6月起，张某未经审批在林地上建房、硬化道路，原有植被已被铲除。\n- 测绘结果：\n  - 占用**公益林地** 2400平方米\n  - 占用**商品林地** 1600平方米\n- ~~合计约0.6公顷~~ → 合计4000平方米（约6亩）\n\n> 乡林业站站长：“一共6亩，超过了公益林5亩的线。”\n\n- 张某此前未因非法占用农用地受过任何行政处罚。\n\n请问是否达到非法占用农用地罪立案追诉标准？",
     "非法占用农用地罪", "not_met"),
    # VA02: (markdown) the table's rule line is no row; sold 3万 × 3 + 待售 7万 (its label behind a footnote) is 16万
    ("## 案件wiki：某五金店以次充好电线案\n**产品质量检验所结论**：导体电阻不合格，属以不合格产品冒充合格产品。\n\n| 项目 | 金额 |\n|---|---|\n| 已售出（2024年3月—8月，含应收未收货款） | 3万元 |\n| 仓库待售（按标价）[^1] | 7万元 |\n\n> 市场监管所意见：“已售不足5万元，加上库存也才10万元，不到15万元，移送不了。”\n\n[^1]: 库存标价经逐项核对无误。\n\n请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "met"),
    # VA09: (markdown) a mark not registered for bags (类别上未注册) is no 同一种商品
    ("## 知产案件页：某箱包厂贴牌\n- 权利人“某某”商标**核定使用商品**：第25类 服装、鞋、帽；该商标在箱包类别上**未注册**。\n- 2025年6月至9月，孙某未经许可在自产**双肩背包、拉杆箱**上使用与该商标完全相同的标识。\n- 非法经营数额 **12万元**，违法所得 3.5万元。\n\n> 权利人代理律师：“同一个商标、同样的字样，金额远超5万元。”\n\n- [x] 核查商标注册证\n\n请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "unknown"),
    # VB07: (relative) 企业所得税比增值税少1.5万元 is 4.7万元, added to the 6.2万元; the year's tax due is open
    ("某商贸公司2024年度通过设置两套账隐匿销售收入，少缴增值税6.2万元，少缴企业所得税比增值税少1.5万元。税务机关于2025年8月依法下达追缴通知，公司在规定期限内未补缴，亦未缴纳滞纳金。该公司五年内未因逃税受过处罚。该公司2024年度应纳税总额尚待稽查局核定。稽查人员认为：“逃税额已超过十万元，即应移送。”请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "unknown"),
    # VB16: (relative) the officer's worked sum (计算过程：…＝58740元) is his reckoning, no finding
    ("2025年5月，甲未经许可在运动鞋上使用与某品牌注册商标相同的商标，已售出300双，实际售价均为每双95元；仓库内另有成品180双未售，吊牌标价每双168元。经审计，甲违法所得约1.2万元。甲仅假冒该一种商标，二年内无相关处罚。执法人员计算过程：“300×95＋180×168＝58740元，非法经营数额超过五万元。”请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "unknown"),
    # VB05: (relative) 月工资均为4000元 is a rate, not the sum unpaid; no order to pay is stated
    ("某省确定的标准为：拒不支付一名劳动者三个月以上劳动报酬且数额一万元以上，或拒不支付十名以上劳动者劳动报酬累计六万元以上。包工头甲承揽某项目，招用工人12名，月工资均为4000元，2024年9月至11月连续三个月分文未付，其中2名工人的欠薪已由总包单位垫付。2024年12月甲更换手机号码离开本地。工人向劳动监察大队投诉，大队已立案调查，多次电话联系甲未果。请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "unknown"),
    # VB26: (relative) 为甲一家支付了一次旅游费用, its sum a range: the total straddles 3万元
    ("2024年，某民营企业采购经理甲利用职务便利，在供货商选定中为乙公司提供帮助，先后收受乙公司购物卡1.2万元、现金比购物卡多3000元。此外，乙公司为甲一家支付了一次旅游费用，旅行社称“大约在两千元到四千元之间”，发票及结算单尚未调取。甲承认收受上述财物。纪检人员认为：“现金和购物卡2.7万元，已经接近三万元，加上旅游费肯定够了。”请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # VB32: (relative) 初步意见为“一般文物或三级文物” settles no grade
    ("2025年1月，甲以牟利为目的，将从他人处收购的出土铜镜两面出售，第一面售价1.5万元，第二面比第一面贵0.8万元，两面交易数额按售价计算。文物鉴定机构的初步意见为“一般文物或三级文物”，正式定级意见尚未出具。甲此前无文物违法记录。文物执法人员认为：“交易数额不足五万元，不构成情节严重。”请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
    # VC20: (referents) 共取得退税款13万元 less the 4.5万元 the real exports were due is 8.5万元
    ("甲外贸公司与乙外贸公司于2024年各自申报出口退税。前者确有一批货物出口，但在申报时将出口数量虚报为实际的近三倍，共取得出口退税款13万元，经税务机关核算，其真实出口业务依法应退税额为4.5万元；后者以伪造的报关单虚构出口，取得退税款9万元。前者的财务人员向调查人员表示，“一共拿到十三万，早超过十万了”。就甲外贸公司而言，请问是否达到骗取出口退税罪立案追诉标准？",
     "骗取出口退税罪", "not_met"),
    # VC31: (referents) 后者雕件…3.5万元 is 郝某's, not 毕某's, whose bracelets are unvalued
    ("2025年3月，毕某与郝某同乘航班入境，海关在二人行李中分别查获象牙制品。前者行李内查获象牙手镯2只，后者行李内查获象牙雕件1件。经鉴定，上述制品均为非洲象牙，属《濒危野生动植物种国际贸易公约》附录一物种制品，二人均未办理任何批准手续。后者雕件经核算价值为3.5万元；前者手镯尚未完成价值核算，现场关员估计“一万多到两万多元”。就毕某而言，请问是否达到走私珍贵动物、珍贵动物制品罪立案追诉标准？",
     "走私珍贵动物、珍贵动物制品罪", "unknown"),
    # VC21: (referents) the order and refusal were 甲商贸公司's, not those of 乙餐饮公司, which 章某 runs
    ("甲商贸公司与乙餐饮公司同在某商业楼内经营，前者在一层，后者在二层。2024年5月，消防救援机构检查发现该楼一层疏散通道被堵，向前者送达责令改正通知书，前者拒不整改；对后者未作检查，亦未送达任何通知。同年8月，后者厨房起火，致一名顾客死亡，起火原因系后者员工违规用火。后者负责人章某事后称曾“听说楼里要整改”。就章某而言，请问是否达到消防责任事故罪立案追诉标准？",
     "消防责任事故罪", "unknown"),
    # VC34: (referents) 龚某辩称锁门系为防盗 is his defence, not the act stated
    ("2024年，甲砖厂经营者龚某与其合伙人程某招用外地工人八名，前者负责生产管理，后者负责招工。工人入厂时身份证由前者统一“代为保管”，工资约定年底结算。其中工人邓某称曾提出离厂，被前者以“走了就拿不到工资”拒绝；另两名工人称厂门夜间上锁，但白天可自由外出购物。前者辩称锁门系为防盗，工人来去自由，邓某后来也是自行离开的。就龚某而言，请问是否达到强迫劳动罪立案追诉标准？",
     "强迫劳动罪", "unknown"),
    # VC23: (referents) a death in 另一起事故…已另案处理 is no death of this accident
    ("2024年10月，甲机械厂二号车间因安全生产设施不符合国家规定发生爆燃事故，造成工人范某、彭某二人重伤，另有四人轻伤，直接经济损失78万元。同厂一号车间同年3月发生的另一起事故中曾有一人死亡，该起事故已另案处理。区应急管理局的情况说明称：“依照立案追诉标准（一）第十条，直接经济损失五十万元以上即应立案。”就甲机械厂二号车间10月的事故而言，请问是否达到重大劳动安全事故罪立案追诉标准？",
     "重大劳动安全事故罪", "unknown"),
    # VC08: (referents) 将公司账上6.8万元转入个人账户…用于网络赌博 is 韩某's 挪用; 杨某's loan unreturned is not his
    ("韩某系甲物流公司出纳，杨某系同公司会计。2024年4月2日，前者利用保管公司资金的便利，将公司账上6.8万元转入个人账户，当日全部用于网络赌博；同月，后者将公司资金5万元借给其表弟用于装修，至2024年10月仍未归还。韩某于同年4月22日将6.8万元全额归还公司。公司负责人认为韩某挪用仅二十天，未超过三个月且已归还，不构成犯罪。就韩某而言，请问是否达到挪用资金罪立案追诉标准？",
     "挪用资金罪", "met"),
])
def test_probe_63_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # WA10: (calendars) 虚岁十七 is fifteen or sixteen 周岁: whether the driver had turned sixteen is open
    ("去年中秋节当晚，陈某无证驾驶家中的小型越野车在乡道上超速行驶，撞倒一名行人致其当场死亡，交警认定陈某负事故全部责任。陈某属牛，户籍登记的出生日期为农历己丑年腊月十八。事发后其家人对民警说：“孩子虚岁十七了，是大小伙子，该担的责任我们担。”请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # WA11: (calendars) 第三名受伤工人…其伤情鉴定至今未出具结论: a third 重伤 may yet bring the count to three
    ("某建筑公司项目经理卫某违章指挥工人在未设防护的脚手架上冒险作业，前年冬至那天脚手架坍塌，造成两名工人重伤、一名工人受伤，直接经济损失经核定为八十五万元，无人死亡。第三名受伤工人医院诊断为腰椎骨折，其伤情鉴定至今未出具结论。安监站工作人员引用2008年的立案标准称“损失超过五十万元，已经够了”。请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "unknown"),
    # WA17: (calendars) 现有证据尚不能区分向亲友借款与向陌生人吸收的数额: the public's part of 130万元 is open
    ("吕某以投资养殖合作社、年息百分之十五为名，从前年中秋节起至去年端午节吸收资金共一百三十万元，出资人共九十六人，案发前已还本付息三十万元，存款人直接经济损失约四十万元。吕某没有在网络、媒体或传单上宣传，称只向亲戚朋友借钱；但部分出资人称是“听朋友的朋友说的”，此前与吕某并不相识，吕某也照收不误。现有证据尚不能区分向亲友借款与向陌生人吸收的数额。吕某无非法集资处罚记录。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # WB04: (money flows) the officer's 按“113万元×13%”计算 is his reckoning, not the tax found
    ("某商贸公司为增值税一般纳税人，2024年度将部分销售款转入股东个人账户，隐匿含税销售收入113万元未申报，适用税率13%。税务稽查核定：除该笔收入对应的增值税外，公司无其他税种少缴；公司2024年度已申报缴纳各税种税款合计127万元。稽查局已依法下达追缴通知，公司逾期未补缴。稽查人员在移送材料中按“113万元×13%”计算少缴增值税14.69万元，称占应纳税额的比例已超过10%。公司五年内未因逃税受过处罚。请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "unknown"),
    # WB12: (money flows) 侦查人员将进项、销项税额相加 is their adding up, not the sum the law counts
    ("2024年，某贸易公司实际控制人张某为帮助下游企业抵扣税款，以同一批钢材购销业务的名义，让上游空壳公司向本公司虚开增值税专用发票，税额6.2万元，又由本公司向下游企业虚开增值税专用发票，税额7.1万元，各方均无真实货物往来，下游企业已用票抵扣。张某按销项票面价税合计的4%向下游收取“开票费”2.47万元。侦查人员将进项、销项税额相加，认定虚开税款13.3万元。张某五年内未因虚开发票受过处罚。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # WB31: (money flows) 荒草地（非耕地） is neither 基本农田 nor other 耕地; 1.3公顷 is 19.5亩
    ("2024年，某村民小组长杨某以牟利为目的，违反土地管理法规，将一块集体所有的荒草地（非耕地）使用权非法转让给某物流公司建仓库。转让价款46万元，物流公司已付定金10万元、首期款20万元，余款16万元未付；杨某支付中介费2万元。经自然资源部门测绘，该地块面积为1.3公顷。杨某此前未因非法转让、倒卖土地受过行政处罚。镇国土所在移送函中写道：“1.3公顷约合20亩，面积够了。”请问是否达到非法转让、倒卖土地使用权罪立案追诉标准？",
     "非法转让、倒卖土地使用权罪", "unknown"),
    # WB37: (money flows) 办案人员将10份发票合并计算: the 10份 is their own count
    ("2025年3月，严某从他人处购入伪造的增值税专用发票，加价出售给多家企业。查明严某共出售伪造专票8份，票面税额合计7.3万元，价税合计63.5万元，按价税合计的1.5%收费9525元，购入成本2400元。同期严某还将其本人公司因真实业务依法开具的2份增值税专用发票（票面税额1.1万元）交付客户。办案人员将10份发票合并计算，认为“10份以上且票面税额8.4万元”。严某五年内未受过相关处罚。请问是否达到伪造、出售伪造的增值税专用发票罪立案追诉标准？",
     "伪造、出售伪造的增值税专用发票罪", "unknown"),
    # WB40: (money flows) 魏某…认为“赔完以后农户实际上没有损失” is his view; the loss is being appraised
    ("2025年4月，农资店主魏某明知一批玉米种子发芽率不合格，仍以合格种子名义卖给12户农户，收取种子款6800元。秋收时农户普遍减产，农户自行统计的减产损失在1.5万元至3万元之间，说法不一；农业农村部门已委托田间鉴定，结论尚未出具。魏某事后已全额退还种子款6800元并另赔偿5000元，认为“赔完以后农户实际上没有损失”。请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # WC02: (evidence list) 证明目的：使生产遭受损失二万元以上 is what the party says; the appraisal (…委托), 尚未出具
    ("证据目录：1.种子检验报告（省种子质量检验站），记载某种业公司销售的玉米种子发芽率62%，低于国家标准85%，判定不合格；证明目的：以不合格种子冒充合格种子。2.销售台账，记载2024年4月向12户农户销售该批种子1.8吨；证明目的：销售事实。3.农户联名索赔书，称减产损失共计约4万元；证明目的：使生产遭受损失二万元以上。4.田间现场鉴定及减产损失评估报告（县农业农村局委托），尚未出具。5.公司负责人供述，承认知道发芽率不达标仍作为合格种子出售。请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # WC05: (evidence list) 证明目的：交易数额五万元以上 over a sum paid of 3.8万元; the grade is not yet out
    ("证据清单：1.微信聊天及转账记录，记载2024年11月钱某将一件出土青铜爵以3.8万元卖给孙某；证明目的：出售事实。2.文物鉴定机构初步意见，认定该爵系出土文物，属于国家禁止买卖的文物；证明目的：倒卖国家禁止经营的文物。3.文物等级鉴定意见，尚未出具。4.钱某供述，称曾向孙某表示该爵'至少值八万'；证明目的：交易数额五万元以上。5.孙某证言，确认实际支付3.8万元，此外无其他交易。请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
    # WC27: (evidence list) 县人社局移送函，认定'构成强迫劳动' is the agency's view
    ("证据清单：1.劳动保障监察记录（县人社局），记载2024年7月某砖厂拖欠12名工人工资，工人身份证被厂方统一'保管'；2.工人甲询问笔录，称夜间宿舍被锁、不让离开，后甲书面撤回该陈述，称系误解；3.宿舍门锁照片及监控录像，尚未调取；4.其他工人证言不一，有的称可随时外出，有的称夜间宿舍被锁；5.县人社局移送函，认定'构成强迫劳动'。请问是否达到强迫劳动罪立案追诉标准？",
     "强迫劳动罪", "unknown"),
    # WC37: (evidence list) 非伪劣商品: 强迫他人购买伪劣商品 is not the item
    ("证据清单：1.被害人罗某、孔某陈述，称2024年7月葛某在景区停车场以威胁手段分别强迫二人购买其'土特产'，各一次，共支付8000元；2.价格认定结论，认定商品实际价值6500元，非伪劣商品；3.收款记录，显示葛某违法所得1500元；4.游客彭某曾报案称被强迫交易，后查明系自愿购买，报案已撤回；5.伤情检查记录，二名被害人均无伤。请问是否达到强迫交易罪立案追诉标准？",
     "强迫交易罪", "unknown"),
    # WC11: (evidence list) 经营收入4.2万元 is the shop's takings, no 非法获利
    ("证据清单：1.行政处罚决定书（区公安分局），记载2023年1月8日冯某因容留卖淫被行政拘留十日；2.现场检查笔录及询问笔录，记载2024年3月12日冯某在其经营的足浴店容留一名成年女子卖淫一次，收取费用300元；证明目的：再次容留卖淫。3.另一女子曾称在店内卖淫，后撤回陈述，无其他证据印证，不予采信；4.冯某账本，记载该店当年经营收入4.2万元；证明目的：非法获利一万元以上。请问是否达到引诱、容留、介绍卖淫罪立案追诉标准？",
     "引诱、容留、介绍卖淫罪", "unknown"),
])
def test_probe_64_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # XA03: (limits) 约一亩半到两亩 of a plot that may be 公益林地: 0.98 to 1.08 of the ratio sum decides nothing; 商品林地 is no 防护林地
    ("2024年秋，某农业公司负责人赵某未办理林地占用审批，在村后山坡林地上修建仓储用房并对场地整体硬化。自然资源和林业部门初步勘测：被占用的商品林地面积为6.8亩；相邻另有一片被硬化的地块，据林地“一张图”可能属于公益林地，但该地块边界尚未实测，技术人员估计“约一亩半到两亩”。赵某此前未因非法占用农用地受过行政处罚。林业站工作人员在情况说明中称：“公益林不足五亩、商品林不足十亩，两类都没到标准。”请问是否达到非法占用农用地罪立案追诉标准？",
     "非法占用农用地罪", "unknown"),
    # XA10: (limits) 与三轮车驾驶人负事故同等责任 is the actor's share too; the family's 主要责任 is their claim and ground of review
    ("2025年7月，冯某驾驶小型货车在城郊道路与一辆违规逆行的电动三轮车相撞，致三轮车驾驶人死亡、乘车人二人重伤。冯某持有有效驾驶证，经检验未饮酒、未吸毒，车辆安全技术状况合格，事故后留在现场并报警。交警部门出具的事故认定书认定冯某与三轮车驾驶人负事故同等责任；死者家属以“冯某超速应负主要责任”为由申请复核，复核结论维持原认定，经查冯某车速未超过限速。财产损失约1.2万元，冯某已赔偿。死者家属仍坚持认为冯某至少负主要责任。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "not_met"),
    # XA11: (limits) 停产造成的利润损失 is no 直接经济损失; the estimate 九十余万元至一百一十万元 awaits appraisal
    ("2025年3月，某建材厂在设备检修中违反操作规程，未切断电源即安排工人进入搅拌罐作业，导致罐体损毁并引发火情，造成2名工人重伤、1名工人轻伤，无人死亡。事故调查组的初步报告称：设备损毁、抢救及善后等直接经济损失“初步估算在九十余万元至一百一十万元之间”，最终核定须待资产评估；另因停产造成的利润损失约20万元。厂长在会上称：“加上停产损失，总损失肯定超过一百万元。”请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "unknown"),
    # XA20: (limits) the blood test's 79.6mg/100ml decides; 达到80mg/100ml的属于醉酒驾驶 is the rule, 四舍五入为80 an officer's view
    ("2025年8月深夜，谢某在城区道路驾驶小型汽车被交警拦查，呼气酒精检测结果为86mg/100ml。交警随即抽取其静脉血送检，司法鉴定意见为：血液中乙醇含量为79.6mg/100ml。谢某未追逐竞驶、未超员超速，未运输危险化学品，也未发生事故。依照国家标准，血液酒精含量达到80mg/100ml的属于醉酒驾驶。执勤交警在呈请报告中写道：“血液酒精含量四舍五入为80mg/100ml，加之呼气检测已超过80，已属醉酒驾驶。”请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "not_met"),
    # XA40: (limits) 移送意见引用…认为“…销售假药的，即应立案追诉” is the agency's view
    ("2025年2月至5月，代购者俞某通过社交平台销售从境外药房购买的某抗癌药。经药品监督管理部门检验，该药所含成份、适应症等与其标签、说明书一致，不存在变质情形，但该药品未取得我国进口药品注册证书，属于未经批准进口的药品。俞某销售金额逾四万元，未发现购药患者受到伤害或延误诊治。移送意见引用立案追诉标准第十七条，认为“未经批准进口的药品按假药论处，销售假药的，即应立案追诉”。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # XA08: (limits) 9.52%（报告摘要中写作“约10%”）: the rounded restatement gives way to the stated ratio
    ("某商贸有限公司2024年度通过账外收入不入账的方式进行虚假纳税申报。税务稽查认定：该公司当年度应纳税额为1,050,000元，逃避缴纳税款为100,000元整，占应纳税额的比例为9.52%（报告摘要中写作“约10%”）。此外该公司在确定的纳税期间无其他少缴税款，也无多次未经处理的逃税行为。税务机关下达追缴通知后，该公司逾期未补缴。稽查人员在移送函中写道：“逃税数额达到十万元，比例四舍五入为百分之十，两项条件均已满足。”请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "not_met"),
    # XA23: (limits) 每只豹猫价值为1万元，2只共计2万元整 is a 价值 of 二万元以上; 诱捕…二级重点保护野生动物 is the act
    ("2025年1月，严某在山林中使用铁笼诱捕到2只豹猫（国家二级重点保护野生动物），其中1只在笼中死亡，另1只被严某养在家中，后经群众举报由森林公安追回放归。经野生动物保护主管部门依据评估标准核算，每只豹猫价值为1万元，2只共计2万元整。严某辩称：“活的那只已经放回山里了，不应算数，剩下的只有一万元。”办案人员也认为价值“刚好二万元，没有超过二万元”。严某无相关前科。请问是否达到危害珍贵、濒危野生动物罪立案追诉标准？",
     "危害珍贵、濒危野生动物罪", "met"),
    # XA28: (limits) 该女青年出生于2007年3月15日 is seventeen on 2025年2月20日: 容留未成年人吸食毒品
    ("2025年2月20日，段某在其出租屋内为一名女青年提供场所和吸食工具，容留其吸食甲基苯丙胺一次。经查，该女青年出生于2007年3月15日，系段某表弟的高三同班同学，段某事前曾听表弟说“她快满十八岁了”。段某此前未因容留他人吸毒受过处罚，本次未收取任何费用，未造成严重后果，二人无亲属关系。派出所认为：“只容留一人一次，对方将近十八岁，可按治安案件处理。”请问是否达到容留他人吸毒罪立案追诉标准？",
     "容留他人吸毒罪", "met"),
    # XA32: (limits) 检出甲基苯丙胺…扣除包装后净重合计恰为10.0克: the one drug named goes with the weight; 以上 includes ten
    ("2025年10月，民警在出租屋内查获许某藏匿的两小包白色晶体，经鉴定均检出甲基苯丙胺成分。称量结果：第一包毛重6.3克，第二包毛重4.5克，两个包装袋各重0.4克，扣除包装后净重合计恰为10.0克，未作含量折算。许某系吸毒人员，称毒品均为自己吸食而购买，现有证据不能证明其有贩卖、运输等目的。办案民警认为：“毛重10.8克扣除包装后只剩十克，吸毒人员持有毒品，数量不够较大。”请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "met"),
    # XB09: (kinds) 划定禁猎区的文件未调取, 禁猎期的起止时间亦未入卷: neither 禁猎区 nor 禁猎期 is stated
    ("2024年3月，郑某在某县山林中布设钢丝猎套捕猎，被护林员发现。清点猎获物：野兔32只、雉鸡8只，均非国家重点保护野生动物，按市场价格核算合计价值6800元。钢丝猎套属当地规定的禁用工具。县林业部门工作人员口头称该片山林“应该在禁猎区内”，但划定禁猎区的文件未调取，坐标范围未核实；当地禁猎期的起止时间亦未入卷。郑某此前未受过处罚，无暴力抗拒情节。派出所认为“猎捕野生动物超过二十只，已够立案”。请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "unknown"),
    # XB12: (kinds) 鲢鱼520斤、鳙鱼360斤、鲫鱼140斤，均为当次捕获: one haul of 510千克
    ("2025年5月，在长江某内陆支流禁渔期内，卫某驾船使用禁用的多层刺网捕鱼，被渔政部门查获。现场过秤记录：鲢鱼520斤、鳙鱼360斤、鲫鱼140斤，均为当次捕获；另船上有小龙虾80斤，有养殖户出具的收购凭证，证实系当日从养殖场购入。捕获的鱼按市场价格核算共计7600元。卫某辩称“渔获价值还不到一万元，而且没有用电鱼、毒鱼、炸鱼”。卫某此前未受过渔政处罚。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "met"),
    # XB15: (kinds) 真品低档卷烟共计22件（每件50条…）: 220,000支 of 卷烟
    ("2024年8月，韩某无烟草专卖零售许可证，从外省低价购进真品卷烟转售。查获实物及账目显示：已售出和库存的真品低档卷烟共计22件（每件50条、每条10包、每包20支），按实际购进价格计算非法经营数额4.4万元，违法所得1.2万元。韩某此前未因非法经营烟草专卖品受过处罚。烟草专卖局移送意见写明“非法经营数额未达五万元、违法所得未达二万元”，建议予以行政处罚。请问是否达到非法经营罪立案追诉标准？",
     "非法经营罪", "met"),
    # XB18: (kinds) 违法所得最终归属尚未查清: unit or person smuggling is open
    ("2025年4月，某进出口公司进口一批电子元器件，以低报价格方式报关。海关核定：涉案货物中，伺服电机偷逃应缴税额9万元，传感器偷逃应缴税额6万元，另一批连接器如实申报，无偷逃税款。报关单位为该公司，但低报的差价款由总经理许某个人账户支付，公司账簿无记载；许某称系公司决定，公司其他股东否认知情，违法所得最终归属尚未查清。许某及该公司此前均未因走私受过行政处罚。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # XB19: (kinds) 用药患者均未出现不良反应或健康损害: no harm, and 劣药 is filed on harm
    ("2024年10月，某药店负责人何某从无资质渠道购进并销售多批药品。经药品检验机构检验：阿莫西林胶囊含量为标示量的78%，头孢克肟片溶出度不合格，均属劣药，销售金额合计38万元；另有维生素C片经检验合格。药监部门对已售药品流向逐一回访，用药患者均未出现不良反应或健康损害，未发现延误治疗的情形。药监部门移送函称“劣药销售金额巨大，远超五万元”。请问是否达到生产、销售、提供劣药罪立案追诉标准？",
     "生产、销售、提供劣药罪", "not_met"),
    # XB23: (kinds) 文物部门初步意见为“疑似三级文物” settles no grade
    ("2025年3月至5月，陶某为出售而从盗掘者处收购出土文物后转卖。查明：出售出土瓷器6件，经文物部门鉴定均为一般文物；另收购青铜鼎1件并已在网上挂售，尚未成交，文物部门初步意见为“疑似三级文物”，正式文物等级鉴定尚未作出。经审计，其倒卖行为涉及的交易数额（瓷器按出售价、铜鼎按收购价计算）合计4.9万元。陶某此前无文物违法记录。请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
    # XB24: (kinds) 已售出伪造的增值税专用发票12份 states the sale
    ("2024年8月，严某通过网络出售伪造的发票被查获。经税务机关鉴定：已售出伪造的增值税专用发票12份，票面金额（不含税）合计50万元，票面税额合计6.5万元；另出售伪造的增值税普通发票60份，票面金额合计30万元。严某获利共计8000元，此前无涉税违法记录。侦查人员认为“专用发票票面税额不到十万元，违法所得也不到一万元”。请问是否达到伪造、出售伪造的增值税专用发票罪立案追诉标准？",
     "伪造、出售伪造的增值税专用发票罪", "met"),
    # XC03: (unfinished) 过火有林地面积24亩 and 过火灌木林地面积35亩 are two kinds of land, not one sum
    ("2025年3月，农民严某在自家田边焚烧秸秆，打算烧完后再去清理另一块地，因风大引发山火。经林业部门勘测，过火有林地面积24亩，过火灌木林地面积35亩，烧毁林木等直接经济损失30万元，无人员伤亡，未烧毁民房。当地村干部称“过火面积加起来快六十亩，差不多四公顷了，肯定够了”。请问是否达到失火罪立案追诉标准？",
     "失火罪", "not_met"),
    # XC31: (unfinished) 司某称锁门是为了防盗 is his word; 工人能否自由离厂，尚待核实
    ("2025年5月，砖厂老板司某招来6名外地工人，扣押其身份证，称“干满三个月才还”。工人反映厂区夜间大门上锁，白天有司某的亲属在门口“看着”；司某称锁门是为了防盗，工人白天可自由外出，其中两名工人曾外出购物后自行返回。另有工人称曾提出离开，被司某以“走了就不发工资”拒绝，但未被殴打。司某曾对同行说打算“对不听话的采取点措施”，未见实施。工人能否自由离厂，尚待核实。请问是否达到强迫劳动罪立案追诉标准？",
     "强迫劳动罪", "unknown"),
    # XC35: (unfinished) 就…邹某而言: 马某 was the organiser; 邹某's part is disputed
    ("2025年7月，两伙青年因债务纠纷在微信群中约定次日晚在河滩“解决”。当晚双方共十余人持棍棒到场互殴，致2人轻微伤。甲方召集人马某已被认定为组织者。就本案被查人员邹某而言：邹某系马某同事，接到群消息后随同到场；到场人员中有人称看到邹某手持木棍参与追打，另有两人称邹某一直站在车旁未动手，邹某本人称只是去劝架；现场视频未拍到邹某。请问是否达到聚众斗殴罪立案追诉标准？",
     "聚众斗殴罪", "unknown"),
])
def test_probe_65_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # YA19: (negation) 送达回证找不到…否认收到: whether the order to pay was served is open; 本省…罪“数额较大”标准为 names no act
    ("本省拒不支付劳动报酬罪“数额较大”标准为：拒不支付十名以上劳动者的劳动报酬累计三万元以上。包工头某午拖欠12名工人工资共15万元，2025年1月起关机失联。劳动保障监察大队称已向其发出限期整改指令书，但送达回证找不到，也没有在其住所、工地张贴并拍照录像的记录；某午的家属说“没有收到过什么文书”，某午到案后也否认收到。监察大队队长称：“他不是不知道要发工资，责令没责令都一样。”请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "unknown"),
    # YA26: (negation) 没有受过虚开发票的处罚 denies no 虚开发票; 开具 with no real business is the 虚开; 不少于120份
    ("2024年，某咨询公司在没有实际业务的情况下为他人开具增值税普通发票。经税务机关核查，开具的发票不少于120份，票面金额合计34万元。公司负责人称“票面不到五十万元，不是犯罪”；税务所一名工作人员也认为“没有超过五十万元，应当行政处理”。这些发票都不是增值税专用发票，也不能用于出口退税或者抵扣税款。该公司及负责人此前没有受过虚开发票的处罚。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "met"),
    # YA28: (negation) 2024年3月，某丙因容留他人吸食毒品被…行政拘留: the date of the earlier penalty, its person named between, is not read yet; asked, not met on 一次容留一人
    ("2024年3月，某丙因容留他人吸食毒品被公安机关行政拘留十日。2025年8月，某丙又在其出租屋内容留一名成年朋友吸食甲基苯丙胺一次。某丙辩称：“就一个人、就一次，也没收钱，算不上什么容留。”派出所民警起初也认为“一次容留一人、不牟利，一般不够刑事”。被容留人并非某丙的近亲属，也没有造成严重后果；某丙对此前受过处罚的事实并不否认。请问是否达到容留他人吸毒罪立案追诉标准？",
     "容留他人吸毒罪", "unknown"),
    # YA29: (negation) 一名专家认为“存在…现实危险”，另一名专家认为… are views; the written finding is still to come
    ("2025年6月，某化工仓库负责人嫌报警器频繁误报，擅自关闭了存放易燃液体库房的可燃气体报警装置，关闭持续约十天，期间没有发生事故。应急管理部门检查时，库房内可燃气体浓度未检出超标，但通风设施部分损坏。一名专家认为“存在发生重大事故的现实危险”，另一名专家认为“难以认定有现实危险，只是一般隐患”；应急管理部门的书面认定意见尚未出具。负责人并非不知道报警装置的作用。请问是否达到危险作业罪立案追诉标准？",
     "危险作业罪", "unknown"),
    # YA39: (negation) 也未被列入非食用物质名单 denies the 非食用物质
    ("2025年3月，某子在自制馒头中添加柠檬黄，柠檬黄是一种食品添加剂，而食品安全国家标准不允许在馒头中使用。市场监管局执法人员认为：“加了不该加的东西，就是掺入有毒、有害的非食品原料。”经查，柠檬黄不是法律法规禁止在食品中添加的物质，也未被列入非食用物质名单或禁用物质名单；某子并没有使用其他任何物质。至于是否足以造成严重食物中毒，相关部门的书面意见尚未出具。请问是否达到生产、销售有毒、有害食品罪立案追诉标准？",
     "生产、销售有毒、有害食品罪", "unknown"),
    # YB05: (neighbours) 移送材料未附当地禁猎期的规定 states no 禁猎期
    ("2024年8月下旬，蒋某在某县山林中架设粘网捕鸟，被护林员发现，现场解救斑鸠、麻雀等野生鸟类23只，经鉴定均为“三有”保护动物，价值合计约2100元。该山林不在当地公布的禁猎区范围内，县林业局认定粘网属禁用工具。蒋某称捕鸟是“养着玩”，并非为了食用或出售。移送材料未附当地禁猎期的规定，蒋某称“八月早就不禁了”，执法人员则称“好像全年都禁”。林业局以非法猎捕陆生野生动物线索移送。蒋某无相关处罚记录。请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "unknown"),
    # YB06: (neighbours) 执法人员在笔录中写明“合计倾倒废物4.1吨” is the officer's sum of 危险废物 and other waste
    ("2024年6月，某再生资源公司将库存的2.6吨废矿物油（经鉴定属危险废物）运至郊外荒地倾倒；同一批次，公司还将1.5吨从境外走私入境的废塑料碎料一并倾倒，经鉴定该废塑料属一般工业固体废物，不具有危险特性。倾倒地不在饮用水水源保护区或自然保护地内，未使用暗管、渗坑等方式，生态环境部门核定公私财产损失8万元，公司违法所得约5万元，此前无相关处罚。执法人员在笔录中写明“合计倾倒废物4.1吨，超过三吨”。请问是否达到污染环境罪立案追诉标准？",
     "污染环境罪", "unknown"),
    # YB25: (neighbours) 收受…现金2.6万元，以及面值5000元的商场购物卡 is received too: 3.1万元, not 2.6万元 alone (met since
    # session 58: received in one sentence, they add up; the taker's 人情往来 is his word)
    ("2024年全年，某民营制造企业采购部经理邵某利用负责遴选供应商的职务便利，为某包装材料公司长期供货提供帮助，先后收受该公司业务员给予的现金“回扣”共计2.6万元，以及面值5000元的商场购物卡一张（已用于日常消费）。邵某辩称购物卡是“逢年过节的人情往来”，不应计入。企业内审报告只认定现金部分2.6万元，并建议内部处理。该企业为非国有企业，邵某不属于国家工作人员。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "met"),
    # YB40: (neighbours) two kinds of forest land burnt are not one sum
    ("2025年3月，村民华某在自家承包地边烧荒，未采取隔离措施，火势蔓延至相邻山林，经扑救后熄灭。经林业部门调查，过火有林地面积1.6公顷，过火灌木林地面积1.2公顷，烧毁林木等财产直接经济损失12万元，无人员伤亡，未烧毁房屋。林业站认为“过火林地合计2.8公顷，超过二公顷”。华某事后积极参与扑救并赔偿。同日另一村民在相邻山头故意放火，另案处理，其造成的过火面积不在本案统计之内。请问是否达到失火罪立案追诉标准？",
     "失火罪", "not_met"),
    # YC01: (law changes) 缉私部门初步意见称，…二十吨以上即达标准 is a view; the goods' waste status is not yet found
    ("2024年7月，某塑料制品公司以“再生塑料颗粒”名义申报进口货物40吨，海关查验发现部分货物夹杂碎片、杂质。自2021年1月1日起国家全面禁止固体废物进口，但符合国家标准的再生塑料颗粒不属于固体废物，可作为原料进口。该批货物的固体废物属性鉴别报告尚未出具。缉私部门初步意见称，按2014年走私解释，限制进口的可用作原料的废物二十吨以上即达标准，本案40吨。请问是否达到走私废物罪立案追诉标准？",
     "走私废物罪", "unknown"),
    # YC29: (law changes) the order was signed for by a predecessor; 交接清单中未见该通知书，朱某称从不知情
    ("2023年9月，区消防救援大队向某商场送达责令限期改正通知书，要求整改堵塞的疏散通道和损坏的自动喷淋系统，签收人为时任总经理柳某。2023年11月柳某离职，朱某12月接任总经理，交接清单中未见该通知书，朱某称从不知情。2024年2月商场起火，无人伤亡，直接经济损失130万元，整改事项均未落实。拟对朱某立案，其辩护人另称2008年标准要求经“消防监督机构”通知，消防救援机构不属之。请问是否达到消防责任事故罪立案追诉标准？",
     "消防责任事故罪", "unknown"),
])
def test_probe_66_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # ZA11: (computed) 5人中轻伤人数比重伤人数少一人: the 一人 is a difference, the 5人 a group of which parts are graded; 重伤 is asked
    ("2025年5月，某建筑公司项目经理冯某在脚手架未经验收的情况下，指挥工人在违规搭设的脚手架上作业，脚手架整体垮塌，造成5名工人受伤，无人死亡。经法医鉴定，5人中轻伤人数比重伤人数少一人，重伤者均为重伤二级，无仅受轻微伤者。事故直接经济损失经核定为48万元。公司已与伤者全部达成赔偿协议。区应急管理局一名干部在会上称：“没死人，损失也不到五十万，够不上刑事。”请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "unknown"),
    # ZA17: (computed) 共有132名投资人，平均每人投入8000元 is 105.6万元 taken in
    ("2023年5月至2024年9月，沈某以其投资公司名义在小区、广场发放传单，宣称“年化收益12%、保本保息”，向社会公众吸收资金，未经有关部门依法许可。审计查明：共有132名投资人，平均每人投入8000元；案发前沈某已向部分投资人归还本金62万元。沈某及其辩护人认为：“扣除已还本金，实际未还的只有四十多万，不到一百万，损失也没到五十万。”沈某此前无非法集资处罚记录。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "met"),
    # ZA32: (computed) 三包连同自封塑料袋的重量分别为4.6克、3.9克、3.1克，称量时未去除包装袋: every weight of the list is gross
    ("2025年5月，民警在出租屋内查获曹某藏匿的三小包白色晶体，经鉴定均检出甲基苯丙胺。称量记录显示：三包连同自封塑料袋的重量分别为4.6克、3.9克、3.1克，称量时未去除包装袋，包装袋后被遗失，未单独称重。曹某供称毒品系其购买后自己吸食，现有证据不能证明其有贩卖、运输目的。曹某此前无毒品犯罪记录，查获地点不属于戒毒场所、监管场所。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "unknown"),
    # ZB01: (circumstances) 曾因盗窃被行政拘留…，无刑事处罚记录: no 刑事处罚 stated, a 行政拘留 past the year
    ("2024年5月12日上午，无业人员甲（男，41岁）在县城农贸市场外，趁66岁的乙将电动三轮车停在路边进店购物之机，从车斗内的布袋中窃走乙刚取出的现金1400元（该款未由乙随身携带）。乙与儿子一家同住，身体健康，仍在经营菜摊。甲2022年3月曾因盗窃被行政拘留十日，2023年11月曾因殴打他人被行政拘留五日，无刑事处罚记录。本案仅查明此一次盗窃行为。该省确定的盗窃“数额较大”标准为2000元。派出所民警认为乙系老年人、甲一年内受过行政处罚，数额标准应当减半。请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # ZB21: (circumstances) 铁夹（经认定属禁用工具） is a 禁用的工具
    ("县人民政府依法公告每年3月1日至8月31日为本县禁猎期。2024年4月，甲在山林中布设铁夹（经认定属禁用工具）捕猎野兔、野鸡，被巡护员当场查获，猎获野兔3只、野鸡2只，经价格认定共计800元。涉案动物均非国家重点保护野生动物，甲无前科。林业部门执法人员认为：“猎获物价值才800元，远低于一万元，按行政处罚处理即可。”请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "met"),
    # ZB29: (circumstances) 其中一部分…用于投注…用于赌博的具体数额尚未查清: the sum used unlawfully is open
    ("甲系某民营物流公司出纳，2025年2月10日利用职务便利，将公司账户资金4.5万元转入本人账户。经查，其中一部分转入某网络赌博平台账户用于投注，另一部分用于偿还其个人信用卡欠款，由于甲在同一账户内混合使用自有资金，用于赌博的具体数额尚未查清。2025年3月25日，甲将4.5万元全部归还公司。甲无其他挪用行为。请问是否达到挪用资金罪立案追诉标准？",
     "挪用资金罪", "unknown"),
    # ZB31: (circumstances) 现金2.2万元和一部手机, the phone's value not yet found
    ("甲系某民营房地产公司采购经理，2024年利用负责选定供应商的职务便利，为供应商乙谋取中标机会，先后收受乙给予的现金2.2万元和一部手机。该手机的配置版本未查清，不同版本市场价格在6000元至1.2万元之间，价格认定机构的结论尚未作出。甲此前无违法犯罪记录，未收受其他人财物。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # ZB33: (circumstances) 可能属于三级文物 settles no grade
    ("甲以出售为目的，于2025年5月从农户处收购4件出土瓷器并转卖给外地买家，交易总额4.2万元。经文物部门初步认定，其中3件为一般文物；另一件青花瓷碗疑为明代器物，可能属于三级文物，正式等级鉴定尚未出具。上述文物均属国家禁止买卖的文物。甲此前无违法犯罪记录。请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
    # ZC02: (harm) 经济损失合计132万元，其中…停产减产损失和订单违约金89万元 is no 直接经济损失 of 132万元
    ("2024年6月，某机械加工厂冲压车间未按国家规定配备安全防护装置，一台冲床误动作致3名工人受伤。医院入院记录曾将工人乙的伤情写为“重伤待排”，后经司法鉴定，工人丙、丁均为重伤二级，乙为轻伤一级；无人死亡。应急管理局事故调查报告列明经济损失合计132万元，其中设备损毁、医疗救治、善后处理等支出43万元，停产减产损失和订单违约金89万元。厂长辩称伤者均已获得足额赔偿并已出院。除上述后果外，未发现其他严重后果。请问是否达到重大劳动安全事故罪立案追诉标准？",
     "重大劳动安全事故罪", "unknown"),
    # ZC03: (harm) 其中一名中毒村民…救治19天后因…多器官衰竭死亡 is one death; the first notice's 无人员死亡 was overtaken
    ("2025年3月，某化工物流公司驾驶员戊违反危险化学品运输管理规定，驾驶超载的液氯槽罐车在国道上发生阀门泄漏。事发当日，当地应急管理部门发布的初步通报称“事故造成5人中毒送医，无人员死亡”，直接经济损失初步统计为27万元。其中一名中毒村民在重症监护室救治19天后因吸入性肺损伤并发多器官衰竭死亡，医院死亡记录和尸检意见均载明死因与氯气吸入直接相关。其余4人经鉴定为轻伤或者轻微伤。公司负责人称“事故通报早已定性无人死亡”。请问是否达到危险物品肇事罪立案追诉标准？",
     "危险物品肇事罪", "met"),
    # ZC38: (harm) 供应商向乙妻子开办的咨询公司转账4万元: whether it was his taking is asked
    ("乙系某民营医院设备科科长。2023年至2024年，乙利用负责采购的职务便利，为一家器械供应商获得采购订单提供帮助，先后收受该供应商所送现金2.6万元。此外，该供应商于2024年3月向乙妻子开办的咨询公司转账4万元，名义为“市场调研咨询费”，双方签有咨询合同。乙称其妻公司确实为该供应商做过调研并提交了报告；供应商经办人称“报告是凑数的，钱主要是感谢乙”。该调研报告的实际工作量和市场价格尚未查明。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # ZC40: (harm) 初步目鉴意见记载为“疑似清中期，可能为三级文物”
    ("丁2024年从他人处收购两件瓷器后转卖，交易价格合计3.8万元。经文物鉴定机构鉴定，其中一件青花盘为一般文物；另一件粉彩瓶的真伪和等级尚在鉴定中，初步目鉴意见记载为“疑似清中期，可能为三级文物”。丁称两件都是“普通老物件”。该交易未造成文物损毁，买家已退货并取回3.8万元，未造成任何经济损失。请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
])
def test_probe_67_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # ZD05: (company) 越界开采与界内开采的砂石混合堆放、统一销售，销售总额为46万元: the part past the boundary is less, unmeasured
    ("戊砂石有限公司持有采矿许可证，矿区范围为甲地块。2024年至2025年间，公司在实际控制人周某安排下越出矿区边界向相邻乙地块推进开采，越界开采与界内开采的砂石混合堆放、统一销售，期间销售总额为46万元。自然资源部门对越界部分开采量的测量报告尚未出具，公司自称越界部分“最多几千方”。本省确定的非法采矿“情节严重”数额标准为十五万元。开采区域不属于禁采区，公司此前未受过非法采矿行政处罚。针对戊公司及周某，请问是否达到非法采矿罪立案追诉标准？",
     "非法采矿罪", "unknown"),
    # ZE13: (mental element) 为在申请银行授信…时显示较大业务规模…互相开具…未因抵扣造成国家税款损失: 税收解释（2024）第十条第二款
    ("2023年至2024年，为在申请银行授信和引入投资时显示较大业务规模，甲、乙两家贸易公司的实际控制人邵某安排两公司在没有真实货物交易的情况下互相开具增值税专用发票，双方开出和取得的专用发票税额均为310万元，两公司各自进项、销项相抵，所缴增值税与未对开时相同，税务机关核查确认未因抵扣造成国家税款损失。邵某与财务人员的聊天记录称'只是做流水给银行看，税一分不能少'。稽查人员认为虚开税款已远超10万元。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "not_met"),
    # ZE15: (mental element) 修理厂员工证称曾告诉他刹车片磨穿…洪某否认听到: 明知 the brakes failed is open
    ("2024年12月，货车司机洪某驾车在乡道行驶时制动失效，撞伤行人一名，经鉴定为重伤二级，无其他伤亡，交警认定洪某负事故主要责任。洪某持有合法驾驶证，车辆号牌、检验齐全，未饮酒，未超载，事后留在现场报警救人，有能力赔偿。车辆检验显示制动片严重磨损致制动失效。修理厂员工证称事发前两天洪某来修车时，他曾当面告诉洪某'刹车片磨穿了必须换'；洪某否认听到，称当天只是来补胎。修理厂没有维修单据或录音，也无其他人在场。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # ZE16: (mental element) 车主们认为…损失共计3.92万元 is their reckoning; the motorbike's 3.8万元 came of a push, 并非有意; 也未纠集他人 denies 纠集三人以上 (session 50)
    ("2024年7月，焦某在小区内因停车与车主郑某争吵，焦某用脚踹郑某轿车车门，致车门凹陷，经价格认定修复损失1200元。争执中焦某被郑某推了一把，后退时撞倒停在旁边的一辆电动摩托车，摩托车倒地损坏，损失3.8万元。监控显示焦某撞倒摩托车系被推后站立不稳所致，并非有意。车主们认为焦某造成的损失共计3.92万元。焦某此前没有毁坏财物的记录，本次只踹车一次，也未纠集他人。请问是否达到故意毁坏财物罪立案追诉标准？",
     "故意毁坏财物罪", "not_met"),
    # ZE27: (mental element) 协议价格等于公司当初取得该地的价款，未见溢价: 以牟利为目的 is asked
    ("2024年6月，某公司法定代表人仲某将公司以出让方式取得、尚未按出让合同完成投资开发的工业用地26亩的土地使用权，在未经批准、未办理转让登记的情况下，以书面协议转给其弟控股的另一公司建厂，协议价格等于公司当初取得该地的价款，未见溢价。自然资源部门认定该转让违法。但协议第九条写明'其他事项另行结算'，其弟公司账上有一笔向仲某个人支付的180万元'咨询费'，仲某称系另一笔业务的真实咨询费，尚未查明。该地块不属于耕地。请问是否达到非法转让、倒卖土地使用权罪立案追诉标准？",
     "非法转让、倒卖土地使用权罪", "unknown"),
    # ZE30: (mental element) 查无其出售藏品的记录…皮某称买来是自己收藏: 为出售而收购 is asked
    ("收藏爱好者皮某2024年4月以6万元从他人处购得一件青铜鼎，皮某知道该鼎是刚出土之物。经鉴定为三级文物，来源为非法出土，属于国家禁止买卖的文物。皮某家中存有各类藏品两百余件，查无其出售藏品的记录，该鼎案发时仍存放于其家中，未挂网或联系买家。皮某称买来是自己收藏。但其友人证言称，皮某买鼎前曾说'这种东西转手能翻一倍'，皮某否认说过此话，称是饭桌上的玩笑。请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
    # ZE33: (mental element) 先后免费发送淫秽视频45个…未发现与发送视频有关的收入: 以牟利为目的 is not shown
    ("2024年，陶某加入一个需交20元入群费的聊天群，入群费由群主收取，陶某与群主不相识，也从未分得任何钱款。陶某在群内先后免费发送淫秽视频45个，供群成员观看，群成员约300人。陶某手机及支付账户中未发现与发送视频有关的收入，群主也证实陶某只是普通成员，从未向其付费或分成，陶某也未借此推销任何商品。有网警认为视频已超过20个，应以牟利罪立案。问题针对陶某本人。请问是否达到制作、复制、出版、贩卖、传播淫秽物品牟利罪立案追诉标准？",
     "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "unknown"),
    # ZF09: (kinds) 该龟类物种仅列入《濒危野生动植物种国际贸易公约》附录三 is no 珍贵动物
    ("2025年3月，陈某从境外入境时，在行李中夹藏未申报的龟甲制品一批，经价格认证价值约6万元。海关缉私部门委托国家濒危物种进出口管理机构出具意见：该龟类物种仅列入《濒危野生动植物种国际贸易公约》附录三，未列入附录一、附录二，也未列入《国家重点保护野生动物名录》。办案人员初步意见认为“凡是公约附录物种都属珍贵动物，价值超过二万元即应立案”。请问是否达到走私珍贵动物、珍贵动物制品罪立案追诉标准？",
     "走私珍贵动物、珍贵动物制品罪", "unknown"),
    # ZF17: (kinds) notices from the 物业 and the 居委会; 消防救援机构…未向朱某发出任何责令改正的法律文书
    ("2024年1月，某小区地下室被业主朱某改作仓库，堆放大量泡沫板。此前物业公司和社区居委会先后三次向朱某发出“消防隐患整改通知”，朱某均置之不理。消防救援机构此前从未对该地下室进行检查，也未向朱某发出任何责令改正的法律文书。后地下室起火，一名邻居吸入浓烟死亡。物业公司负责人称：“我们已经通知过三次，他拒不整改。”请问是否达到消防责任事故罪立案追诉标准？",
     "消防责任事故罪", "unknown"),
    # ZF32: (kinds) 该专利号系该厂自己…申请的实用新型专利…不涉及任何他人的专利
    ("2025年5月至12月，某厂在其生产的电动工具外包装上标注“专利产品，专利号ZL2015XXXXXXXX.X”，非法经营数额约60万元。经查，该专利号系该厂自己于2015年申请的实用新型专利，已于2023年因未缴年费而终止，不涉及任何他人的专利；该厂也未在合同、说明书或广告中使用他人专利号。竞争对手举报称该厂“假冒专利，经营额远超二十万元”。请问是否达到假冒专利罪立案追诉标准？",
     "假冒专利罪", "unknown"),
    # ZF34: (kinds) 国有控股公司…其任职是否…属于“委派”从事公务的人员…尚在调取中
    ("2025年2月至8月，某国有控股公司（国有股比例51%）采购部经理戚某，利用负责供应商遴选的职务便利，先后收受供应商财物合计5万元，为其谋取中标利益。戚某系公司总经理办公会聘任；其任职是否经国有出资方或公司党委研究批准、是否属于“委派”从事公务的人员，公司人事档案材料缺失，相关材料尚在调取中。戚某辩称自己是“市场化招聘的普通员工”。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
])
def test_probe_68_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # ZG11: (tests) 郑某称只有两人重伤 is his word; 丙's grading awaits the 90-day review
    ("2025年4月，某建筑公司项目经理郑某违反安全管理规定，指挥工人在未经验收的脚手架上作业，脚手架坍塌致三名工人受伤，无人死亡。伤者甲、乙经司法鉴定均为重伤二级；伤者丙颅脑受伤，鉴定机构以“需待伤后90日复查”为由暂未出具意见，病历记载其“左侧肢体肌力三级”。事故直接经济损失经应急管理部门核定为31万元。郑某称只有两人重伤，未达到标准。请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "unknown"),
    # ZG14: (tests) 许可证核定采伐蓄积50立方米…折合立木蓄积72立方米…允许的误差为5%: 19.5立方米 past the licence and its margin
    ("2024年冬，冯某持林木采伐许可证采伐其本人所有的人工杉木林，许可证核定采伐蓄积50立方米。林业部门事后对伐区原木检尺，原木材积合计43.2立方米，该树种出材率0.6，折合立木蓄积72立方米。该伐区调查设计允许的误差为5%。超采部分经价格认定价值约2.9万元，不涉及幼树。举报人称冯某“多砍了22立方米，已超过二十立方米”。冯某此前未受过林业行政处罚。请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "not_met"),
    # ZG26: (tests) 初步筛出疑似虚开发票132份…确认…86份，票面金额合计41万元: the first screening gives way
    ("2024年，税务部门通过大数据筛查发现某咨询公司开具的普通发票异常，初步筛出疑似虚开发票132份，票面金额合计63万元。经逐票核查资金流、合同和服务记录，其中46份有真实业务且品名、金额相符；确认没有实际业务而为他人开具的普通发票86份，票面金额合计41万元。公司实际控制人孔某五年内未因虚开发票受过刑事处罚或行政处罚。举报材料及媒体报道均引用“132份、63万元”的数字。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "not_met"),
    # ZG39: (tests) 胶体金试纸条显示阳性…确证检测…“未检出”: the screening is no finding
    ("2025年4月，市场监管部门在某农贸市场对摊主范某销售的猪肉进行快速检测，盐酸克伦特罗（瘦肉精）胶体金试纸条显示阳性。随即抽取同批次样品送有资质的检验机构，采用液相色谱-串联质谱法确证检测，盐酸克伦特罗结果为“未检出”（检出限0.1μg/kg），莱克多巴胺、沙丁胺醇亦未检出。该批猪肉持有检疫合格证明，范某销售金额约6,000元。市场巡查员的工作日报中记载“瘦肉精阳性”。请问是否达到生产、销售有毒、有害食品罪立案追诉标准？",
     "生产、销售有毒、有害食品罪", "unknown"),
    # ZH05: (places) 禁猎区边界应以旧路线还是新路线为准意见不一，至今未作认定
    ("2024年10月，钱某在某县山林中布设铁夹20副（属国家禁止使用的猎捕工具），捕获野兔等动物若干，价值约3000元。事发时不在当地规定的禁猎期内。县政府公告的禁猎区以一条乡道为东侧边界，但该乡道已于2023年改线，新旧路线相距约300米，钱某的铁夹全部布设在新旧路线之间的地带。林业局与县政府法制部门对禁猎区边界应以旧路线还是新路线为准意见不一，至今未作认定。请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "unknown"),
    # ZH18: (places) 立案审查表写有“诈骗金额约六千元” is a form's note, not the count
    ("2025年5月至6月，尤某在某自然保护区实验区入口处，向游客兜售自制的“保护区垂钓许可证”，谎称持证即可在保护区水库钓鱼，每张480元。经核对其收款二维码流水和游客报案，共售出12张，每张分别卖给不同游客，无退款。派出所的立案审查表写有“诈骗金额约六千元”。该省确定的诈骗“数额较大”标准为6000元。尤某无其他诈骗行为，此前无违法犯罪记录。请问是否达到诈骗罪立案追诉标准？",
     "诈骗罪", "unknown"),
    # ZH27: (places) 8.6亩中有多少属于永久基本农田目前无法确定
    ("2024年5月，魏某以牟利为目的，将其从村集体租得的8.6亩土地，未经批准转让给某建材商用作堆场，获得转让差价30万元。该地块均为耕地。县自然资源局称：该地块位于永久基本农田划定边界附近，新一轮国土变更调查数据与永久基本农田上图数据尚未衔接完成，8.6亩中有多少属于永久基本农田目前无法确定，需待数据核实后答复。魏某此前未因非法转让、倒卖土地使用权受过处罚。请问是否达到非法转让、倒卖土地使用权罪立案追诉标准？",
     "非法转让、倒卖土地使用权罪", "unknown"),
    # ZH31: (places) a 国家二级 species not on CITES 附录一、附录二, brought in: no 珍贵动物 smuggled
    ("2025年3月，谢某在邻国边境集市购得某种动物制品若干，未向海关申报，藏于车辆夹层经陆路口岸带入境内，在海关监管现场被查获。经鉴定，该制品所属物种列入《国家重点保护野生动物名录》（国家二级），但未列入《濒危野生动植物种国际贸易公约》附录一、附录二，按评估标准核算价值5万元。海关缉私部门的初步意见认为：国家二级保护动物制品，价值已超过二万元，应予立案。请问是否达到走私珍贵动物、珍贵动物制品罪立案追诉标准？",
     "走私珍贵动物、珍贵动物制品罪", "unknown"),
    # ZH36: (places) the shed's place in the order's scope is disputed and the fire's cause still being found
    ("某家具厂2024年5月收到消防救援机构的责令改正通知书，要求对“厂区东侧一号、二号仓库”的违规电气线路和堵塞的疏散通道限期整改，工厂未予整改。2024年9月，厂区与邻厂交界处的一座简易棚起火，火势蔓延烧毁两厂部分设施，直接经济损失150万元，无人员伤亡。该简易棚系通知书下发后搭建，正好位于两厂用地界线上，其权属以及是否属于通知书所指整改范围存在争议；起火原因仍在调查，是否与未整改的线路、通道问题有关尚无结论。请问是否达到消防责任事故罪立案追诉标准？",
     "消防责任事故罪", "unknown"),
    # ZH37: (places) 甲省一侧…68万元；乙省一侧…的损失仍在评估: the total is open
    ("2024年11月，某化工运输公司驾驶员云某违反危险化学品运输规定，驾驶液碱槽车在甲、乙两省交界的国道上超速侧翻，约20吨液碱泄漏，无人员伤亡。泄漏物沿边沟流入界河，甲省一侧经评估直接经济损失68万元；乙省一侧农田、鱼塘的损失仍在评估，乙省有关部门初步估算在30万元至50万元之间，正式评估报告尚未出具。甲省承办人仅以68万元为依据提出了处理意见。请问是否达到危险物品肇事罪立案追诉标准？",
     "危险物品肇事罪", "unknown"),
    # ZI07: (repeats) 野生闽楠（国家二级）…立木蓄积1.6立方米 is no 一级 item's 一立方米
    ("2023年10月，冯某非法采伐野生闽楠（国家二级保护野生植物）1株，被林业局处以罚款并没收木材。2025年5月，冯某又到同一山场采伐野生闽楠1株，经鉴定立木蓄积1.6立方米，价值1.4万元。同一夜间，同村陈某独自在相邻山坡采伐野生闽楠1株，二人事先并无联络。林业站在移送函中写道：冯某前后共采伐闽楠2株，加上陈某1株合计3株，已达二级保护植物二株以上的标准。请问是否达到危害国家重点保护植物罪立案追诉标准？",
     "危害国家重点保护植物罪", "unknown"),
    # ZI40: (repeats) 曾出售一支气枪，因经鉴定不属于枪支
    ("2023年，米某曾出售一支气枪，因经鉴定不属于枪支，仅被公安机关治安处罚。2025年4月，米某出售以压缩气体为动力的气枪一支，已查获并经鉴定认定为枪支；2025年7月，米某又出售同型号气枪一支，买家已将其转卖，该枪至今未查获，无法鉴定。米某另出售铅弹300发。同期，其朋友另行出售气枪两支，与米某无关。请问是否达到非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪立案追诉标准？",
     "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "unknown"),
])
def test_probe_69_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # ZJ32: (containers) 承办民警按袋上标注认定“冰毒15克” is the label's figure; the net weight is open
    ("2025年5月，民警在鲁某随身挎包中查获3个自封袋，袋内均为白色晶体，袋上手写“5g”字样。经检验，晶体均检出甲基苯丙胺成分。因现场电子秤故障，民警仅对3袋连同自封袋一并称量，毛重合计11.2克；自封袋未单独称重，同类自封袋每只重约0.3克至0.6克不等，晶体已全部送检封存。鲁某无贩卖毒品证据。承办民警按袋上标注认定“冰毒15克”。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "unknown"),
    # ZJ35: (containers) 未对执法人员推搡、殴打，也未以言语或其他方式威胁; 执法记录写明“…暴力抗法” is a view
    ("2025年5月，市场监管局执法人员依法对田某经营的仓库进行检查，拟扣押涉嫌假冒的洗发水12箱（每箱24瓶）。田某以“要等律师来”为由拒绝打开库门，执法人员破门进入后，田某趁执法人员拍照登记之机，指使两名员工将其中5箱搬上货车拉走。整个过程中田某及员工未对执法人员推搡、殴打，也未以言语或其他方式威胁，执法人员无人受伤。执法记录写明“当事人转移扣押物品5箱共120瓶，暴力抗法”。请问是否达到妨害公务罪立案追诉标准？",
     "妨害公务罪", "not_met"),
    # ZK09: (victims) 与邻居乙因楼道堆放杂物长期不和; the reprimand is only the victim's word
    ("甲与邻居乙因楼道堆放杂物长期不和。2025年4月一天傍晚，乙在楼道里先辱骂甲，甲随即将乙推倒，并打了乙和上前拉架的乙妻各几拳，经鉴定二人均为轻微伤。事后甲赔偿1万元，乙夫妇出具谅解书。乙在笔录中称，2024年底派出所民警曾因两家争吵上门批评过甲，让他不要再闹；甲否认民警找过自己，派出所目前未查到出警或调解记录，当时民警的身份也未查明。请问是否达到寻衅滋事罪立案追诉标准？",
     "寻衅滋事罪", "unknown"),
    # ZK12: (victims) the licence ran out while the owner's man said 续约手续在走，先做着
    ("甲的服装厂2021年起经乙公司书面许可，在同款T恤上使用乙公司的注册商标，许可合同于2023年12月31日到期。2024年1月至8月，甲继续生产并销售同样带有该商标的T恤，非法经营数额8万元。其间乙公司业务员多次到厂里收取“品牌管理费”共1.2万元，并口头表示“续约手续在走，先做着”。2024年9月双方发生价格纠纷后乙公司报案，称从未同意续约；甲则称一直得到乙公司默许。乙公司是否授权业务员作出上述表示，尚在调查。请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "unknown"),
    # ZL02: (accomplices) 乙加入前甲自行售出的第一批种子…核定损失十二万元 is not 乙's
    ("2024年2月起，甲从外地购入已过发芽期的玉米陈种，重新包装后冒充当年新种销售。同年4月，乙受雇加入，按每袋二元提成负责向周边村庄推销，甲在微信中叮嘱乙“这是前年的陈种，别跟客户说”。经查，乙加入前甲自行售出的第一批种子已致农户减产，农业农村部门核定损失十二万元；乙加入后经手的第二批种子售给三户农户，农户自报减产损失“一万多到三万元不等”，相关损失鉴定尚未作出。仅就乙而言，请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "unknown"),
    # ZL07: (accomplices) 甲在出租屋内伪造…四十份，票面税额合计三十万元 is 甲's; 乙 sold eight
    ("2024年，甲在出租屋内伪造增值税专用发票四十份，票面税额合计三十万元，除自行联系买家外，还将其中八份交乙代为出售。乙将八份伪造发票全部售出，票面税额合计七万五千元，从中获利六千元。乙仅从甲处拿过这八份，对甲的其他买家和出货情况不知情，此前也未因发票违法受过处罚。侦查人员在报告中写明“团伙伪造发票四十份、税额三十万元，乙应对全部数量负责”。仅就乙而言，请问是否达到伪造、出售伪造的增值税专用发票罪立案追诉标准？",
     "伪造、出售伪造的增值税专用发票罪", "not_met"),
    # ZL24: (accomplices) a hired blaster on a wage, no share of the profit (非法采矿解释（2016）第十一条)
    ("甲系某铁矿的实际控制人，2023年至2024年违反经批准的矿产资源开发利用方案，采取“采富弃贫”方式开采，省自然资源厅出具报告认定造成矿产资源破坏价值一百二十万元，本省确定的“严重破坏”标准为五十万元。乙受雇于该矿担任井下爆破工，按月领取与当地同类工种相当的工资，未参与利润分成，此前未因采矿违法受过处罚，按甲安排的方案实施爆破作业。仅就乙而言，请问是否达到破坏性采矿罪立案追诉标准？",
     "破坏性采矿罪", "unknown"),
])
def test_probe_70_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # AA01: (stages) 办案民警的初步意见是“货车方应负主要责任” is a view; the 事故认定书 is not yet made
    ("【事故情况简报】2025年1月9日21时许，陈某某驾驶重型半挂牵引车在S203省道与一辆电动自行车发生碰撞，电动自行车驾驶人刘某当场昏迷，送医抢救9日后于1月18日死亡。经查，陈某某持有有效A2驾驶证，车辆检验合格，未饮酒、未超载，事发后停车报警并在现场等候处理。因事发路口信号灯故障、刘某疑似逆行，交警大队仍在调取监控并委托车速鉴定，道路交通事故认定书尚未作出；办案民警的初步意见是“货车方应负主要责任”。目前已确认死亡1人，直接财产损失约3万元，陈某某所在公司已垫付丧葬费。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # AA27: (stages) 购入…经检验为西地那非 but 还没来得及往酒里加, the products' tests out: whether it went in is open
    ("2025年5月，市场监管部门在一家自酿酒作坊查获：作坊主云某于4月从网上购入白色粉末500克，经检验为西地那非（禁止在食品中添加的非食用物质）；现场另有已灌装贴标、准备以“鹿鞭壮阳酒”名义销售的散装白酒300瓶。云某供称“粉末买回来还没来得及往酒里加”，但粉末余量仅480克，短少的20克去向不明；作坊内量杯残留物及300瓶成品酒均已抽样送检，检测结果尚未出具。云某此前未销售过该酒。请问是否达到生产、销售有毒、有害食品罪立案追诉标准？",
     "生产、销售有毒、有害食品罪", "unknown"),
    # AA38: (stages) 受票方尚未对该批发票勾选认证抵扣 states no 认证抵扣; the purpose 做大流水 is only the issuer's word
    ("稽查局与公安经侦联合核查：2024年12月，某建材公司在无真实货物交易的情况下，向某装饰工程公司开具增值税专用发票20份，价税合计118.6万元，税额13.6万元。案发时受票方尚未对该批发票勾选认证抵扣，发票已全部追回并作废，国家税款未实际流失。开票方负责人称“是对方为了做大流水向银行申请贷款才要的票，双方都没有抵税的打算”；受票方负责人在逃，双方往来聊天记录仍在恢复中，开票目的尚无其他证据印证。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # AB02: (after the act) a second earlier penalty whose cause is open (是否属于逃避缴纳税款的处罚目前无法确认)
    ("乙建材公司2024年度以签订“阴阳合同”方式隐匿收入，经稽查确认逃避缴纳税款32万元，占该年度应纳税额的26%。市税务局于2025年3月依法下达追缴通知后，该公司在规定期限内足额补缴税款、缴纳滞纳金，并全额缴纳了罚款，公安机关尚未立案。征管系统显示：该公司2021年7月曾因偷税被行政处罚一次；2022年10月另有一次行政处罚，系统中案由仅记载为“税收违法”，原处罚文书尚在档案室调取，是否属于逃避缴纳税款的处罚目前无法确认。科室意见分歧：有人认为补缴齐全就一律不追究，有人认为“有过处罚就必须移送”。请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "unknown"),
    # AB04: (after the act) ordered to pay by 3月13日, paid in full on 3月12日: no refusal after the order
    ("某县人社局劳动监察大队报告：丁建筑公司项目负责人李某拖欠23名工人工资共计15万元，2025年2月曾关闭工地、更换手机号一个多月，工人多次上访。大队通过在项目部张贴并拍照留存的方式，于2025年3月3日向其送达《限期整改指令书》，要求3月13日前支付。李某于3月12日通过银行转账将15万元全部支付给23名工人，有银行流水和工人签字确认。此后大队拟以“曾经逃匿、数额远超标准”为由移送公安。本省数额标准为拒不支付十名以上劳动者劳动报酬累计六万元以上。请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "not_met"),
    # AB07: (after the act) taken from one said to be a 亲兄弟 who forgave, the relation still being checked (诈骗解释（2011）第四条)
    ("孙某于2024年9月以“合伙开店”为由，先后从孙甲处骗取4.2万元用于赌博，事实经转账记录和孙某供述查证属实。本省诈骗“数额较大”标准为五千元。案发后孙某家人代为全额退赔，孙甲出具谅解书，称“他是我弟弟，不要追究”。但两人户籍不在同一户，孙某称二人系“堂兄弟”，孙甲称是“亲兄弟”，是否为同胞兄弟尚待调取出生医学证明和户籍档案核实。经办人认为：“不管什么兄弟，已经谅解了，都按近亲属诈骗不作犯罪处理。”请问是否达到诈骗罪立案追诉标准？",
     "诈骗罪", "unknown"),
    # AB14: (after the act) 核审时有人提出：…合计超过15万元 is a view, not the sum
    ("市场监管局案件核审意见：某电器经营部销售的电暖器经省级产品质量检验机构检验，属于以不合格产品冒充合格产品。经查账，该批电暖器已销售金额4.1万元；现场查封尚未销售的同批产品，按标价计算货值金额2.6万元。立案后经营部主动召回，从消费者处收回已售电暖器价值1.2万元并退款，收回产品与查封产品一并存放。核审时有人提出：召回产品应计入未销售货值，即3.8万元，与已销售金额4.1万元乘以三倍后合计超过15万元。该经营部无其他伪劣产品销售记录。请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "unknown"),
    # AB35: (after the act) 经查，张某（2009年8月出生）is a child hired by the quarry, not its fifteen-year-old offender
    ("人社局劳动保障监察：某小型采石场于2025年5月雇用3名小工在爆破作业区（爆炸性危险环境）搬运石料。经查，张某（2009年8月出生）、刘某（2010年2月出生）均未满16周岁，户籍资料已核实；第三人陈某户籍登记为2008年4月出生，但其母亲称实际出生于2009年10月、上户口时报错，出生医学证明正在调取。检查后采石场立即辞退3人，补发全部工资并各给予补偿5000元，家长均表示不追究。3人均未受伤，采石场未使用强迫、欺骗手段。请问是否达到雇用童工从事危重劳动罪立案追诉标准？",
     "雇用童工从事危重劳动罪", "unknown"),
    # AB37: (after the act) a restaurant's order named, its tie to these birds unproven: 以食用为目的 is asked
    ("森林公安与林业站联合检查：2024年12月，石某从山区农户处收购野生山斑鸠、树麻雀等鸟类共86只，经鉴定均为有重要生态、科学、社会价值的陆生野生动物，价值合计1.3万元，运输途中被查获。查获后鸟类经救护全部放归野外。石某称买来是“养着听叫、转卖给鸟友”；曾有一家饭店老板向他订购野味，但该订购是否针对这批鸟、鸟类最终去向是否为供人食用，目前均无证据证实。请问是否达到非法猎捕、收购、运输、出售陆生野生动物罪立案追诉标准？",
     "非法猎捕、收购、运输、出售陆生野生动物罪", "unknown"),
    # AB40: (after the act) 采挖野生植物3株, of which 其中1株为国家二级保护野生植物: not 3株 of 二级
    ("林业综合执法大队：2025年3月，村民许某在自家承包林地边采挖野生植物3株，欲移栽至自家庭院。经林业主管部门鉴定：其中1株为国家二级保护野生植物金毛狗，另2株为普通蕨类，均不在《国家重点保护野生植物名录》内；涉案植物价值合计0.6万元。被发现后，许某将3株植物原地回栽，经复查均已成活。许某此前无相关违法记录。执法队员认为：“采挖了3株，超过了二级保护植物2株的标准。”请问是否达到危害国家重点保护植物罪立案追诉标准？",
     "危害国家重点保护植物罪", "unknown"),
    # AC24: (valuation) 执法人员初步统计“标识数量为12600件” is an officer's quoted count
    ("市场监管局知识产权执法稽查记录：2025年6月，某印刷厂经营者朱某未经许可，接单为他人印制带有某注册商标的塑料包装袋4200个，每个包装袋正反面及底部共印有3处该商标完整图样，图样直接印在袋体上，无法脱离袋体单独使用。包装袋已全部交付，收取加工费3360元，扣除材料成本后获利1900元。执法人员初步统计“标识数量为12600件，已过一万件”。朱某仅涉及一种注册商标，二年内未因商标侵权受过处罚。仅就朱某而言，请问是否达到非法制造、销售非法制造的注册商标标识罪立案追诉标准？",
     "非法制造、销售非法制造的注册商标标识罪", "unknown"),
    # AC32: (valuation) 现金6000元及名牌手表一块, the watch's list price no appraisal (尚未委托价格认定)
    ("市场监管局商业贿赂案件调查笔录摘要：某民营连锁超市采购经理邹某，2025年春节前后利用负责供应商准入的职务便利，为某食品供应商办理进场，先后收受该供应商现金6000元及名牌手表一块。供应商称手表是在境外专柜“花了四万多”买的，但无法提供购物凭证；该款手表品牌官网国内标价为2.98万元。手表已被扣押，尚未委托价格认定机构认定价值。办案人员认为“现金加官网标价已超过三万”。仅就邹某而言，请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # AC35: (valuation) 共取得出口退税款26万元…多退税款的具体数额目前无法确定: the part got by deceit is open
    ("税务稽查局检查情况：某服装出口企业2024年度有真实出口业务，但在申报出口退税时，经比对海关数据和境外客户付款记录，发现其虚报出口单价、虚增出口金额。该企业当年共取得出口退税款26万元。稽查人员正在根据实际成交价格重新核定该企业依法应退税额，核定结果尚未出具，多退税款的具体数额目前无法确定。企业此前未因骗取出口退税受过处罚。有人提出：“已经拿到26万元退税款，超过10万元标准。”请问是否达到骗取出口退税罪立案追诉标准？",
     "骗取出口退税罪", "unknown"),
])
def test_probe_71_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # BA07: (two facts together) 厂区道路 whose gate rules the guard and the factory state both ways, the log still fetched: 是否属于道路 is open
    ("交警大队案情通报：2025年1月19日晚，张某酒后驾驶小型货车在某机械厂厂区内部道路上行驶，撞坏厂内围栏后被厂区保安报警。经司法鉴定，张某血液酒精含量为152mg/100ml，鉴定意见认定其处于醉酒状态。该厂区设有门岗和道闸。门卫称外来送货车辆登记后即可进入厂区道路通行，厂方负责人则称厂区道路仅限本厂车辆通行、不对外开放，双方说法矛盾，车辆出入登记记录尚在调取。张某未取得驾驶证。请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # BA18: (two facts together) 涉案药品不属于药品管理法规定的假药、劣药 denies the act; 有同志认为…按假药论处 is a view
    ("市药品监督管理局案件移送审查：2024年9月至2025年2月，代购人员秦某通过朋友圈向国内患者销售某境外合法上市、但未经我国批准进口的抗癌药品，销售金额8万元。经省药品检验研究院检验，涉案药品所含成份及含量与其境外上市标准、标签标示一致，未发现变质；经我局认定，涉案药品不属于药品管理法规定的假药、劣药，未发现患者因用药出现伤害或延误诊治。有同志认为“未经批准进口的药品按假药论处”，应以假药案移送。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # BA36: (two facts together) 禁渔区划定公告附图及坐标仍在核对中: whether the place is in the 禁渔区 is open
    ("渔政执法大队请示：2024年9月14日夜，章某在某内陆河段使用电瓶升压装置电鱼，当场查获渔获物23公斤，经价格认定价值640元。本地禁渔期为每年3月1日至6月30日，事发时不在禁渔期内；该河段不属于水产种质资源保护区。执法人员认为事发地位于县政府公布的禁渔区内，但章某称禁渔区止于下游桥梁、事发地在桥梁上游；禁渔区划定公告附图及坐标仍在核对中。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # BB08: (who the actor is) a passenger who urged speed, not the owner, 未实际操控车辆 (交通肇事解释（2000）第七条)
    ("（交通事故刑事案件审查会商记录）2025年2月8日凌晨，郑某驾驶其本人所有的小型越野车，搭载朋友何某返城，途中何某多次催促“开快点，别误了航班”，郑某遂超速行驶，在弯道处撞死一名骑电动车的村民，事故认定书认定郑某负全部责任。事故发生后郑某、何某均留在现场报警、施救，无逃逸行为。经查，车辆登记所有人为郑某，何某与该车无所有、承包关系，也不是郑某所在单位的主管人员，何某未实际操控车辆。郑某已被立案侦查。部分同志认为何某催促超速，与死亡结果有因果关系，应一并追究。仅就何某而言，请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "not_met"),     # since session 56 the finding decides, as its set's gold has it
    # BB15: (who the actor is) 山林界址存在争议…林木权属至今未确权: 以滥伐林木论处, not 盗伐 (森林资源解释（2023）第五条第二款)
    ("森林公安与林业站联合调查：A村村民卫某家族与B村因山林界址存在争议，2023年起双方多次申请乡政府调处，争议地块林地及林木权属至今未确权，调解记录在卷。2025年1月，卫某认为争议地块上的松木应归其家族所有，未取得采伐许可证擅自采伐，经鉴定立木蓄积11.2立方米，价值约1.3万元，不涉及幼树。B村报案称卫某“偷砍集体的树”，办案人员认为林木不属于卫某个人所有，其以非法占有为目的采伐，已超过盗伐五立方米的标准。请问是否达到盗伐林木罪立案追诉标准？",
     "盗伐林木罪", "unknown"),
    # BB17: (who the actor is) a second penalty admitted, its record 尚在向异地海关调取: the count and its date are open
    ("某海关缉私科案件简报：边民韩某于2024年11月5日以伪报贸易方式夹带一批化妆品入境，经计核偷逃应缴税额6.2万元。经查询海关处罚系统，韩某曾于2024年6月12日因走私被海关给予行政处罚一次（决定书在卷）。韩某本人承认“去年也被罚过一次”，但系统中该次处罚信息缺失，原处罚决定书尚在向异地海关调取，处罚作出日期无法确定，只知大约在2023年。办案人员认为韩某已两次被处罚又走私，当然构成犯罪。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # BB31: (who the actor is) the notice never served on the new operator, 未获知此前的责令改正; 大队认为…“经通知拒不执行” is a view
    ("消防救援大队火灾调查及移送审查：2024年4月，消防救援大队对某商业楼三层KTV检查，向原经营者冉某送达《责令限期改正通知书》，责令整改被封堵的安全出口，冉某未整改。2024年6月，冉某将KTV整体转让给潘某经营，消防机构未对潘某另行送达任何通知，潘某也未获知此前的责令改正事项（冉某、潘某及消防检查人员证言一致）。2024年10月该KTV发生火灾，造成1人死亡。大队认为场所始终未整改，属“经通知拒不执行”，死亡一人已达标准，拟对现经营者潘某移送。仅就潘某而言，请问是否达到消防责任事故罪立案追诉标准？",
     "消防责任事故罪", "unknown"),
    # BC11: (causation) 减产损失共5.4万元, 因种子…造成的减产损失为1.7万元, 其余3.7万元系干旱…所致
    ("【农业综合行政执法支队会商材料】2024年4月，某种业门市部经营者郭某将发芽率经检验仅为71%（国家标准不低于85%）的玉米种子冒充合格种子销售给本村23户农户。当年夏季当地遭遇持续干旱。秋收后农户统计减产损失共5.4万元。县农业农村局组织的田间现场鉴定专家组出具鉴定报告，认定：因种子发芽率不合格造成的减产损失为1.7万元，其余3.7万元系干旱及部分农户播种过晚所致，与种子质量无关。未发现其他生产损失。请问是否达到生产、销售伪劣农药、兽药、化肥、种子罪立案追诉标准？",
     "生产、销售伪劣农药、兽药、化肥、种子罪", "not_met"),
    # BC12: (causation) 是由涉案面霜还是由换肤项目造成，司法鉴定机构尚未出具结论
    ("某化妆品生产企业生产的“焕颜霜”经省药品检验机构检验，汞含量超出《化妆品安全技术规范》限值300余倍，不符合卫生标准。消费者林女士于2025年3月连续使用该产品20天后，面部出现大面积红斑、色素沉着及瘢痕，经鉴定属于皮肤严重损伤。调查中发现，林女士在使用该产品期间还在一家无资质工作室接受过一次“果酸换肤”。关于其皮肤损伤是由涉案面霜还是由换肤项目造成，受委托的司法鉴定机构尚未出具结论。目前未发现其他消费者受损。请问是否达到生产、销售不符合卫生标准的化妆品罪立案追诉标准？",
     "生产、销售不符合卫生标准的化妆品罪", "unknown"),
    # BC17: (causation) 死鱼系涉案废塑料…造成，还是该化工企业排污造成，污染源解析报告尚未出具
    ("某再生资源公司未经许可，于2024年5月以“再生塑料颗粒”名义进口废塑料120吨用作生产原料，露天堆放在厂区。同年8月，下游鱼塘大量死鱼，经价格认证，养殖户损失共计45万元，未造成人员伤亡或土地、林木破坏。环保部门检测到鱼塘水体有机污染物超标，但上游另有一家化工企业同期存在超标排放记录。关于死鱼系涉案废塑料堆放的淋滤液造成，还是该化工企业排污造成，污染源解析报告尚未出具。请问是否达到擅自进口固体废物罪立案追诉标准？",
     "擅自进口固体废物罪", "unknown"),
    # BC20: (causation) 无法确定这800条信息是否经由该未修复漏洞泄露
    ("某网约车信息平台于2024年6月被市公安局网安部门书面责令修复一处可越权调取乘客行程数据的接口漏洞，逾期拒不改正。该平台用户日志留存正常，此前未被责令改正过。2024年12月，警方在境外黑产群组中发现该平台乘客行程轨迹信息800条。平台技术负责人称泄露系一名离职员工利用其掌握的内部账号导出，与漏洞无关；网安部门对数据泄露路径的电子数据鉴定尚未完成，目前无法确定这800条信息是否经由该未修复漏洞泄露。未发现违法信息传播或证据灭失。请问是否达到拒不履行信息网络安全管理义务罪立案追诉标准？",
     "拒不履行信息网络安全管理义务罪", "unknown"),
    # BC26: (causation) 破坏价值68万元, 其中40万元系2019年原采矿权人违规开采所致, 蒋某…造成的…28万元
    ("某石灰岩矿采矿权人蒋某于2024年违反经批准的矿产资源开发利用方案，采用“一面墙”式爆破开采。经省自然资源厅组织鉴定，该矿区矿产资源共被破坏价值68万元，但其中40万元系2019年原采矿权人违规开采所致，蒋某采用破坏性开采方法造成的矿产资源破坏价值为28万元。该省确定的破坏性采矿立案数额标准为30万元。蒋某此前未因破坏性采矿受过处理。请问是否达到破坏性采矿罪立案追诉标准？",
     "破坏性采矿罪", "not_met"),
])
def test_probe_72_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # CA19: (money measures) 确认没有服用者出现轻伤以上伤害 denies the 轻伤 a 劣药 clause counts
    ("2024年9月至2025年1月，某制药公司生产并销售一批复方丹参片，销售金额合计32万元。经省药品检验所检验，该批药品丹参酮ⅡA含量仅为标示量的62%，不符合国家药品标准，药品监督管理部门认定为劣药（所含成份与标准规定一致，仅含量不足）。药监部门对全部购药医疗机构和零售药店开展了排查和不良反应监测，确认没有服用者出现轻伤以上伤害或其他健康损害。承办人认为“销售额30多万元，远超5万元的门槛”。请问是否达到生产、销售、提供劣药罪立案追诉标准？",
     "生产、销售、提供劣药罪", "unknown"),
    # CB01: (exemptions) 其子…趁母亲外出拿走存折, the mother forgave (盗窃解释（2013）第八条)
    ("【警情处置摘录】2024年11月3日，某区派出所接王某某（女，58岁）报案称存折被人取款。经查，其子李某（26岁，与王某某共同居住）于2024年10月间趁母亲外出拿走存折，分两次在银行柜台取走现金共计7600元，用于偿还网贷，取款凭证、监控录像与李某供述相互印证，数额已查实。本省盗窃罪“数额较大”执行标准为二千元。案发后李某全部退还，王某某出具书面谅解书，明确表示原谅儿子、不要求追究。办案民警认为“数额已是标准的三倍多，而且取了两次”，拟刑事立案。请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # CB02: (exemptions) 趁岳母…拿走金手镯: whether he is of her household is asked
    ("【移送审查意见】2025年2月，张某趁岳母赵某某午睡，从其卧室抽屉拿走金手镯一只后典当。经价格认证中心认定，手镯价值9200元；本省盗窃罪“数额较大”执行标准为三千元。张某系初犯，到案后如实供述并全额退赔，赵某某出具了谅解书。卷内显示张某户籍在外县，赵某某询问笔录称“女婿偶尔过来住几天”，张某则称“结婚后一直和岳母在一起过日子”；张某是否与赵某某共同生活，社区和邻居尚未走访核实。请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # CB03: (exemptions) 以公开其同胞姐姐的聊天记录相威胁, not yet forgiven (敲诈勒索解释（2013）第六条)
    ("【案情简报】2024年7月至8月，刘某以在亲友群公开其同胞姐姐刘某某的私人聊天记录相威胁，先后两次向刘某某索要钱款，刘某某共转账12000元，转账记录已调取，数额查实。本省敲诈勒索罪“数额较大”执行标准为四千元。刘某到案后承认全部事实，其父母已代为退还全部款项。刘某某在第二次询问中表示“钱是退回来了，原不原谅他，我要和丈夫商量再说”，至今未出具任何谅解意见。请问是否达到敲诈勒索罪立案追诉标准？",
     "敲诈勒索罪", "unknown"),
    # CB06: (exemptions) wages paid in full before filing with 加付赔偿金, no serious consequence (劳动报酬解释（2013）第六条)
    ("【线索移交记录】2025年1月，某服装加工厂老板吴某以“厂里亏损”为由拖欠23名工人三个月工资共计162000元，并将厂内设备连夜转卖。县人社局于2025年1月20日送达限期整改指令书，期满仍未支付，遂于2月10日将案件移送公安机关。公安机关审查期间、尚未立案时，吴某于2月18日在人社局监督下足额支付全部工资，并按人社局决定支付加付赔偿金16200元，工人均已签收。经人社部门逐户走访，未发现工人或其家属基本生活受到严重影响、重大疾病无法医治或子女失学，也无暴力或暴力威胁讨薪者的情况。本省十名以上劳动者数额标准为三万元。请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "not_met"),
    # CB14: (exemptions) a second evasion penalty of 一名同名同姓纳税人, whether his is still being checked
    ("【稽查案件审理意见】个体工商户杨某2023年采取隐匿收入、进行虚假纳税申报手段少缴个人所得税等税款36万元，占应纳税额的15%，已查实。2024年10月税务机关依法下达追缴通知并作出罚款决定，杨某在规定期限内足额补缴税款、缴纳滞纳金并缴清全部罚款，此时公安机关尚未立案。经查，杨某2022年曾因逃避缴纳税款被本区税务局罚款一次；另外，征管系统显示2021年邻市税务局对一名同名同姓纳税人有一条逃税行政处罚记录，是否为杨某本人尚在函询核实中。请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "unknown"),
    # CB21: (exemptions) 何某报案时称自己“怀孕两个多月”, unproven: the halved line is not reached on her word
    ("【案件审查意见】2025年1月9日傍晚，郭某在公交站台趁被害人何某（女）不备，夺走其挎在手臂上的手提包后逃跑，包内现金及手机经价格认定共计1300元。本省抢夺罪“数额较大”执行标准为二千元。郭某系初犯，到案后认罪悔罪，退还全部财物，何某未受伤并出具谅解书。何某报案时称自己“怀孕两个多月”，但卷内尚无病历、孕检报告等证明材料，也未作进一步核实；本案没有其他可降低数额标准的情形。请问是否达到抢夺罪立案追诉标准？",
     "抢夺罪", "unknown"),
    # CB27: (exemptions) 盐酸 bought without the record and all used in the works' own pickling (毒品解释（2016）第七条第三款)
    ("【易制毒化学品检查移送】2024年9月，禁毒部门对某五金电镀厂检查时发现，该厂2024年1月至8月未办理第三类易制毒化学品购买备案证明，分6次从化工商店购买工业盐酸共计650千克。经核查该厂生产工艺、用料台账、酸洗槽容量、领用记录及废酸处置联单，650千克盐酸已全部用于本厂金属件酸洗除锈生产，消耗量与产量相互吻合，未发现流向他人或用于其他用途。检查人员认为“盐酸超过一百千克的标准，又没有备案”。请问是否达到非法生产、买卖、运输制毒物品、走私制毒物品罪立案追诉标准？",
     "非法生产、买卖、运输制毒物品、走私制毒物品罪", "not_met"),
    # CB28: (exemptions) 高锰酸钾 said to be for 鱼塘消毒, its use and the rest's buyers still unknown
    ("【线索研判】2025年5月，民警在检查站查获村民胡某驾驶三轮车运输高锰酸钾180千克，胡某未办理易制毒化学品购买、运输备案证明。胡某称其承包了鱼塘，高锰酸钾用于鱼塘消毒。经初步核查，胡某确有承包鱼塘，但按其养殖面积，正常用量约需数十千克；胡某称其余部分是“替邻村养殖户代买的”，相关养殖户尚未找到，购货发票和资金往来也在调取中，现有证据尚不能确定这批高锰酸钾的实际用途和去向。胡某无涉毒前科。请问是否达到非法生产、买卖、运输制毒物品、走私制毒物品罪立案追诉标准？",
     "非法生产、买卖、运输制毒物品、走私制毒物品罪", "unknown"),
    # CB35: (exemptions) a villager paid a day's wage to dig, no share (森林资源解释（2023）第十五条第二款)
    ("【林业案件研判】2025年2月，苗木商人曹某雇用村民严某等人，在山上非法采挖野生植物3株，经省林业部门鉴定为国家二级保护野生植物，由曹某运走出售。严某知道所挖的是保护植物，按每天180元领取工钱共540元，与当地日常零工工价相当，未参与出售分成，也未领取其他报酬。经查询林业、公安执法档案，严某此前从未因破坏森林资源受过任何处罚。办案人员认为“二级保护植物达到二株即构成犯罪，参与采挖的都应追究”。仅就严某而言，请问是否达到危害国家重点保护植物罪立案追诉标准？",
     "危害国家重点保护植物罪", "unknown"),
    # CB36: (exemptions) a hired feller, an earlier penalty record that may be another's
    ("【补充侦查提纲】2024年10月，古树贩子金某雇用村民田某，在集体林地内非法采伐国家一级保护野生植物南方红豆杉1株，由金某组织运输出售。田某知道所伐的是受保护的红豆杉，按每天200元领取工钱共600元，与当地工价一致，未参与分成，也无其他报酬。田某称“第一次干这种事”。林业执法系统中查到一条2022年对“田某”滥伐林木的行政处罚记录，但处罚决定书上的身份证号码与田某不一致，出生年份相同，住址为同乡邻村，是否为同一人正在比对核实。仅就田某而言，请问是否达到危害国家重点保护植物罪立案追诉标准？",
     "危害国家重点保护植物罪", "unknown"),
    # CC17: (purposes) 盐酸 used in the works' own 酸洗除锈, 领用台账 matching (毒品解释（2016）第七条第三款)
    ("2024年10月，县公安局禁毒大队在检查中发现，某五金电镀厂2024年以来未办理易制毒化学品购买备案证明，先后从化工经销商处购买盐酸共计180千克。经查，该厂持有合法营业执照和排污许可，盐酸用于本厂电镀件酸洗除锈工序；厂内领用台账、生产记录与购入量吻合，现场剩余盐酸12千克，其余均已在生产中消耗，未发现流向其他单位或个人。有民警认为，盐酸数量已超过一百千克的标准，且该厂明知应当备案而不备案，应当立案。请问是否达到非法生产、买卖、运输制毒物品、走私制毒物品罪立案追诉标准？",
     "非法生产、买卖、运输制毒物品、走私制毒物品罪", "not_met"),
    # CC28: (purposes) a 三级文物 bought 只为收藏把玩, no sale found: 以牟利为目的 is asked
    ("2025年1月，县文旅局文物执法人员会同公安机关在李某家中查获青铜铃1件。经省文物鉴定委员会鉴定为三级文物，系出土文物，属于《文物保护法》规定的国家禁止买卖的文物。李某承认是2024年6月以2.8万元从一名外地人手中买来，但称自己是文物爱好者，买来只为收藏把玩。其手机中有一条2024年8月发给某古玩商的铃铛照片，附言“这个什么价”，对方未回复，此后再无联系；目前尚未查到其出售或者与他人商谈出售的记录，对该古玩商的询问尚未进行。请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
    # CC29: (purposes) 460株 counted, a seedbed 未能清点, its count still being worked out
    ("2025年4月，镇农业综合服务中心在春耕巡查中发现村民龚某在自家菜园种植罂粟，遂通报派出所。民警现场清点，已长成开花的罂粟植株460株，均已铲除；菜园一角另有一块育苗床，密布罂粟幼苗，因当日降雨未能清点，次日即被龚某家人翻耕，具体株数正根据现场照片和残存根系核算，结果尚未得出。龚某称种罂粟是祖传偏方，用来给家里的猪和鸡治拉肚子，从不卖，也是第一次种，此前未受过处理，被发现后主动配合铲除。请问是否达到非法种植毒品原植物罪立案追诉标准？",
     "非法种植毒品原植物罪", "unknown"),
    # CC31: (purposes) 8 rifles over the quota, said to be for 耐久性试验: 以非法销售为目的 is asked
    ("2024年12月，省公安厅治安总队对某依法被指定的枪支制造企业开展检查，发现该企业2024年度实际制造某型运动步枪的数量超过核定年度限额8支，超额枪支均未配售，现存放于企业检测车间。企业称超额生产的8支是为研发新型号进行耐久性试验的用枪，属于科研用途，并出示了厂内研发立项文件；但检查中也发现，企业销售部门曾与一家非指定销售单位有过价格洽谈的邮件往来，邮件是否涉及这8支枪、企业后续打算如何处置，尚在调查中。请问是否达到违规制造、销售枪支罪立案追诉标准？",
     "违规制造、销售枪支罪", "unknown"),
    # reports #2 (session 50): 学员信息3000条（仅姓名、手机号） is no 行踪轨迹、通信内容、征信、财产信息
    ("【案件调查终结报告摘录】调查认定：装修公司业务员王某2025年5月花600元从网上卖家处买来某驾校学员信息3000条（仅姓名、手机号，无住址等其他内容），6月将这3000条原样卖给家具店老板赵某，得款1500元，此外未向其他任何人出售或提供。赵某用于电话推销。当事人陈述：王某称以前没因这类事被处罚过，经查属实。处理意见：获取3000条、出售3000条，合计6000条。请问王某是否达到侵犯公民个人信息罪立案追诉标准？",
     "侵犯公民个人信息罪", "unknown"),
])
def test_probe_73_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # DA01: (head counts) 重伤3人 of whom 王某本人重伤二级: the driver's own injury may be in the count
    ("【事故认定摘要】2025年1月14日晚，王某驾驶小型轿车（持有效驾驶证，车辆年检合格、安全装置完好，未超载）在县道与陈某驾驶的二轮电动车相撞。交警大队《道路交通事故认定书》认定王某负事故主要责任。事故报告“伤亡情况”一栏写明“重伤3人”，经司法鉴定分别为：王某本人重伤二级、王某之妻（乘车人）重伤二级、陈某重伤二级，无人死亡。王某血液检验未检出酒精及毒品，事故后留在现场拨打120并报警。两车直接财产损失经核定4.2万元，已由王某投保的保险公司全额赔付。中队同事认为“重伤三人、负主要责任”已够罪，拟移送刑事。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # DA25: (head counts) 138份, 其中41份…对应真实发生的劳务派遣业务: the false invoices are fewer
    ("税务稽查局查明：某劳务公司2024年度向12家企业开具增值税普通发票138份，票面金额合计46万元。经逐笔核对合同、资金流和用工记录，其中41份（票面金额15万元）对应真实发生的劳务派遣业务，开具的服务名称、金额与实际业务一致；其余97份、票面金额31万元无真实业务。该公司及其负责人五年内未因虚开发票受过刑事处罚或行政处罚。稽查报告结论为“虚开发票138份、金额46万元，超过100份且超过30万元”。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "unknown"),
    # DA34: (head counts) 材料结论为“涉及群众163人” is a view; 163 accounts, 144 persons
    ("地方金融管理局移送材料：某“养老驿站”2024年通过发传单、举办养生讲座向社会公开宣传“认购养老床位、年息12%”，未经许可吸收资金。资金流水与认购合同核定：吸收资金总额96万元；后台登记“认购账户”163个，经与身份证号比对，其中19个账户系已有出资人用本人另一手机号重复注册，实际出资人144人；已兑付部分本息，出资人直接经济损失经审计为31万元。该驿站及负责人此前未因非法集资受过刑事追究或行政处罚，未发生群体性事件等恶劣社会影响。材料结论为“涉及群众163人，超过150人”。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # DA36: (head counts) 480公斤 on the scale, 另有约60公斤 confessed, the buyer unidentified
    ("2025年5月20日（本省内陆水域禁渔期内），渔政执法人员在某水库查获程某等人驾船使用合规网目的刺网捕捞，现场过磅渔获物480公斤，均为鲢鱼、鳙鱼等常见鱼类，按市场价格核定价值3,900元；未使用电鱼、毒鱼、炸鱼等方法，不在水产种质资源保护区内，未捕捞苗种或怀卵亲体。程某供述当天早上另有约60公斤渔获已在岸边卖给鱼贩，但鱼贩身份未查明，亦无转账记录印证。执法人员认为“480公斤加上卖掉的60公斤，已超500公斤”。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # DA37: (head counts) 据群众反映…禁猎期延长, 尚未调取核实: a report not checked
    ("2024年11月，森林公安在某县集体林区查获村民甘某使用钢丝套（经林业主管部门认定属禁用工具）猎捕野兔、雉鸡共14只，按市场价格核定价值2,300元，均非国家重点保护野生动物，甘某系自家食用、未出售。查获地点不在自然保护区等禁猎区内。该省规定的禁猎期为每年3月1日至7月31日；另据群众反映，该县曾于2024年发布通告将当年禁猎期延长至12月31日，但通告文本及是否依法发布尚未调取核实。请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "unknown"),
    # DB31: (qualitative items) 纠集其表弟及两名朋友共4人: three gathered; 砸坏增氧机、剪断供电线路 is the act
    ("2025年5月22日上午，某水产养殖场被辞退的员工储某为泄愤，纠集其表弟及两名朋友共4人来到养殖场，当着场内工人的面，用铁棍砸坏增氧机、剪断供电线路，并阻止工人恢复供氧，约半小时后离开。经价格认证，设备损失3800元；鱼塘因及时抢修，未发生鱼类死亡。储某此前无违法记录，到案后称“只是出出气，就这一次”。养殖场负责人表示已获赔偿，不再追究。仅就储某而言，请问是否达到破坏生产经营罪立案追诉标准？",
     "破坏生产经营罪", "met"),
    # DC19: (durations) the order's deadline 6月5日 not yet reached on 5月20日, the platform at work on it
    ("网信办情况通报：某民宿预订平台未落实数据安全保护义务，导致约6000条用户住宿信息在境外论坛泄露。网信办于2025年5月6日向其送达责令整改通知书，要求于2025年6月5日前完成漏洞修补和数据清理。截至2025年5月20日，平台仅提交了整改方案，漏洞尚未修复，平台表示正在组织技术力量处理。执法人员认为“泄露已超过五千条，平台至今未改正”，拟于本周移送公安机关。请问是否达到拒不履行信息网络安全管理义务罪立案追诉标准？",
     "拒不履行信息网络安全管理义务罪", "unknown"),
    # DC22: (durations) a co-author's death date still being checked: the copyright term is open
    ("文化市场综合执法支队移送材料：图书批发商曹某明知是盗印图书，于2025年1月至6月批量销售某长篇小说的盗印本，经审计违法所得12万元。该小说系两位作家合著的合作作品，出版社档案显示其中一位作者于1974年去世，另一位作者的去世时间档案缺失，正在向其家属及作协核实。曹某辩称：“作者五十年前就去世了，早过了著作权保护期，这书谁都能印、谁都能卖。”请问是否达到销售侵权复制品罪立案追诉标准？",
     "销售侵权复制品罪", "unknown"),
    # DC33: (durations) the appraisal reached the school after the collapse, no warning before: 明知 is asked
    ("教育局调查报告：某乡中心小学于2025年3月委托鉴定机构对旧教学楼进行安全鉴定，鉴定报告落款日期为4月1日，结论为D级危房。因鉴定机构邮寄延误，学校于4月18日才签收报告，有快递签收记录为证。4月15日，该楼一段走廊护栏坍塌，造成1名学生死亡。经调查，报告送达前校方未接到鉴定机构或其他任何方面的口头、书面危险提示，日常巡检记录亦未发现裂缝等明显异常。有意见认为：“报告日期在事故之前，学校就应当知道有危险。”请问是否达到教育设施重大安全事故罪立案追诉标准？",
     "教育设施重大安全事故罪", "unknown"),
])
def test_probe_74_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # EA04: (ratios) 关税6.3万元 and 代征增值税4.4万元 make the 偷逃应缴税额 together; the duty said again in a view is one duty
    ("某海关缉私分局2025年3月查明，个人旅客张某于2024年10月分三次携带高档手表入境，均未向海关申报，三次走私此前均未经处理。经海关计核部门按照各次走私行为实施时的税则、税率、汇率和完税价格逐票计算，涉案手表应缴关税合计6.3万元、进口环节海关代征增值税合计4.4万元。张某委托的报关行出具意见认为，“增值税属国内流转税，不应计入走私偷逃税额”，仅关税6.3万元未达十万元。张某此前未因走私受过处罚。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "met"),
    # EA16: (ratios) 10.9万元 at today's rates, 重新计核 at the act's rates 9.4万元: the figure worked out again stands
    ("某海关缉私局2025年9月查获一起低报价格进口葡萄酒案，行为人赵某（个人）于2024年11月一次性走私进口葡萄酒一批。缉私局初步计核时适用了2025年调整后的现行税率，计得偷逃应缴税额10.9万元；后按照2024年11月走私行为实施时的税则、税率、汇率和完税价格重新计核，偷逃应缴税额为9.4万元，该数额已经海关计核部门确认。赵某此前未因走私受过刑事处罚或者行政处罚。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "not_met"),
    # EA19: (ratios) 承办人按标价计算…认定非法经营数额6.6万元 is the officer's reckoning on a basis the 2025 interpretation puts second
    ("区市场监管局2025年3月查明，某作坊未经注册商标所有人许可，在其生产的保温杯上使用与某品牌注册商标相同的商标，仅涉及该一种注册商标。已销售400件，实际销售价格均为每件30元；库存1,200件尚未销售，吊牌标价每件45元。承办人按标价计算库存价值5.4万元，加上已销售的1.2万元，认定非法经营数额6.6万元。经查违法所得0.7万元，作坊负责人二年内未因侵犯商标权受过处罚。请问是否达到假冒注册商标罪立案追诉标准？",
     "假冒注册商标罪", "unknown"),
    # EA21: (ratios) 不存在以非药品冒充药品或以他种药品冒充此种药品的情形 denies the 假药 act; 与假药无异 is a view
    ("市药品监督管理局2025年6月抽检发现，某药店销售的一批阿莫西林胶囊经药品检验机构检验：所含成份与国家药品标准规定的成份一致，但有效成份含量仅为标示量的38%，不符合国家药品标准。承办人认为“有效成份不足四成，与假药无异”，且已售出120盒。经查，该药品未变质，不存在以非药品冒充药品或以他种药品冒充此种药品的情形，目前未发现用药者出现不良反应或延误诊治。请问是否达到生产、销售、提供假药罪立案追诉标准？",
     "生产、销售、提供假药罪", "unknown"),
    # EA25: (ratios) 该车不从事校车业务或者旅客运输 denies 危险驾驶（三）'s 从事校车业务或者旅客运输
    ("2025年6月，交警在国道某限速60公里/小时路段查获一辆重型自卸货车，驾驶人侯某以92公里/小时行驶，超过规定时速53%；车辆核定载质量18吨，实载钢材46吨，超载155%。侯某血液中未检出酒精，车上无其他乘客，所载钢材不属于危险化学品，现场也无与其他车辆追逐竞驶的情形。该车不从事校车业务或者旅客运输。中队意见认为“超速超过百分之五十、严重超载，已属危险驾驶”。请问是否达到危险驾驶罪立案追诉标准？",
     "危险驾驶罪", "unknown"),
    # EA26: (ratios) 承办人按市场汇差约2.5%估算…获利约10.5万元 is the officer's estimate, no 违法所得 found
    ("2025年4月，外汇管理部门移送线索：林某未经批准，在2024年间为他人非法买卖外汇，经审计确认非法经营数额为420万元。林某通过汇率差价获利，但账目记录残缺，违法所得数额无法查清；承办人按市场汇差约2.5%估算林某获利约10.5万元，认为已超过十万元。林某如实交代了全部资金去向并配合追缴，此前未因非法买卖外汇受过刑事追究，二年内未受过行政处罚，未造成其他严重后果。请问是否达到非法经营罪立案追诉标准？",
     "非法经营罪", "unknown"),
    # EA27: (ratios) 其余38份…尚未调出，票面金额暂不掌握: the 23.8万元 of 88 invoices is a part
    ("2025年7月，公安机关经侦部门会同税务部门调查发现，李某在无真实交易的情况下为多家企业虚开增值税普通发票，经比对确认虚开发票共126份。其中88份已从税务系统调取底账，票面金额合计23.8万元；其余38份因开票系统数据迁移尚未调出，票面金额暂不掌握。李某供称“总共开了三十来万”。承办人以份数超过一百份为由认为已达标准。李某五年内未因虚开发票受过刑事处罚或者行政处罚。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "unknown"),
    # EA28: (ratios) 承办人按171份合同认定对象已超过一百五十人 is the officer's reckoning; 148 persons found, 6 open
    ("2025年6月，区地方金融管理部门移送线索：某投资咨询公司未经依法许可，通过发传单、微信群公开宣传，承诺年化12%还本付息，向社会公众吸收资金。经审计，吸收资金全额42万元，给集资参与人造成直接经济损失12万元；共签订借款合同171份。经逐份核对，已确认的出资人为148名（多人重复签约），另有6份合同的签约人身份尚未核实，无法确定是否为上述148人以外的人员。承办人按171份合同认定对象已超过一百五十人。该公司及负责人此前未因非法集资受过处罚。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # EA29: (ratios) 办案民警以购物发票价格认定盗窃数额 is the officer's reckoning, the phone not yet valued
    ("2025年4月，某派出所受理一起盗窃案：嫌疑人唐某在公司更衣室内盗走同事放在柜子里的手机一部。失主称该手机系2022年以6,999元购买，并提供了当时的购物发票。唐某系初次盗窃，二年内无其他盗窃行为，不构成入户盗窃、携带凶器盗窃或者扒窃，也无可减半认定的情形。该省盗窃罪“数额较大”标准为2,000元。办案民警以购物发票价格认定盗窃数额6,999元。该手机已使用近三年，尚未委托估价机构估价。请问是否达到盗窃罪立案追诉标准？",
     "盗窃罪", "unknown"),
    # EA31: (ratios) 承办人据此认为马某负主要责任 rests on an insurer's share; no 事故认定 yet
    ("2025年7月，马某驾驶小型轿车在城区路口与横穿道路的电动自行车相撞，致电动自行车驾驶人经抢救无效死亡。马某未饮酒，持有合法驾驶证，车辆手续齐全，事故后留在现场并报警。因双方对现场监控的时间节点存在争议，交警部门的道路交通事故认定书尚未作出。保险公司已按照“轿车方承担70%”的比例先行垫付部分赔偿，承办人据此认为马某负主要责任。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # EA35: (ratios) whether the helped party's 电信诈骗 reaches a crime is still checked: 第十二条第二款 asks five times
    ("2025年6月，市公安局反诈中心查明，罗某知道上家用卡接收电信诈骗资金，仍将本人名下两张银行卡出租给同一名上家使用，获利6,000元。经调取流水，两张卡在出租期间的支付结算金额合计86万元，资金来源为多地报案人转入。目前上家身份尚未查清，转入资金所涉电信诈骗是否可以确认、是否达到犯罪程度仍在各地核查中。承办人认为流水86万元是二十万元标准的四倍多，足以认定。罗某二年内无相关行政处罚记录。请问是否达到帮助信息网络犯罪活动罪立案追诉标准？",
     "帮助信息网络犯罪活动罪", "unknown"),
    # EA36: (ratios) 12 workers owed, of whom 9 found and 另3名…称已现金结清，相关证据尚在核查: the count is open
    ("2025年1月，区人社局劳动保障监察大队查明，包工头彭某拖欠12名农民工工资后逃匿。监察大队已作出责令支付的行政处理决定，在其住所和工地张贴并拍照录像记录，期限届满后彭某仍不支付。经考勤记录和工资表核实，其中9名劳动者被拖欠工资合计11.2万元；另3名劳动者被拖欠的4.4万元，彭某称已现金结清，相关证据尚在核查。每名劳动者均被拖欠两个月工资。该省标准为拒不支付十名以上劳动者劳动报酬累计五万元。承办人认为欠薪总额15.6万元已超标准三倍。请问是否达到拒不支付劳动报酬罪立案追诉标准？",
     "拒不支付劳动报酬罪", "unknown"),
    # EB16: (approximations) 现场登记表写“约10克”, then 经称量…净重10.2克: the weighed figure stands; a colleague's 折算 is a view
    ("禁毒大队受案登记：2025年8月，民警在检查某出租屋时从住户周某床头柜中查获白色晶体一袋，现场登记表写“约10克”。经称量，去除包装后净重10.2克；经鉴定检出甲基苯丙胺成分，含量为18%。有同事据此折算“纯甲基苯丙胺仅约1.8克，远不足10克”。经侦查，未发现周某有贩卖、运输等行为，周某称系自己吸食所用。请问是否达到非法持有毒品罪立案追诉标准？",
     "非法持有毒品罪", "met"),
    # EB21: (approximations) 过火总面积5.16公顷, split later: 其中有林地1.86公顷，灌木林地3.30公顷: each kind its own figure
    ("森林公安、林业局联合调查：2025年3月清明前后，村民郑某上坟烧纸引燃山林，过火总面积经测算为5.16公顷，初报材料中写“过火面积约5公顷，超过标准”。经林业调查规划设计院按地类区划核定：其中有林地1.86公顷，灌木林地3.30公顷。火灾未造成人员伤亡，未烧毁房屋及群众基本生活资料，经评估林木等直接经济损失为18万元，无其他后果。请问是否达到失火罪立案追诉标准？",
     "失火罪", "not_met"),
    # EB29: (approximations) 除景区门票外，未发现其伪造车票、船票: 门票 are no 车票、船票
    ("景区报警后，派出所于2025年7月查获魏某伪造的某5A景区门票83张（每张票面50元）。另据魏某手机聊天记录及三名买家陈述，此前已售出的伪造门票“十几张到二十张”，均已被使用或丢弃，无法查获，魏某本人也说不清具体张数。经核实收款记录，魏某非法获利累计900元。除景区门票外，未发现其伪造车票、船票、邮票。请问是否达到伪造、倒卖伪造的有价票证罪立案追诉标准？",
     "伪造、倒卖伪造的有价票证罪", "unknown"),
    # EC23: (combining) 调查组认为：三笔担保合计4000万元 is the team's sum across more than twelve months
    ("证监局调查：某公司2024年12月发行公司债券，募集资金800万元，用于正常生产经营。其募集说明书隐瞒了三笔对外担保：2023年8月10日担保1200万元、2024年3月15日担保1500万元、2024年11月20日担保1300万元。该公司最近一期披露的净资产为7000万元。募集说明书虚增营业收入占当期营业收入总额的18%，未发现虚增虚减资产、利润；投资者直接经济损失经核算为62万元；未发现伪造公文、凭证或行贿。调查组认为：三笔担保合计4000万元，已超过净资产的50%。请问是否达到欺诈发行证券罪立案追诉标准？",
     "欺诈发行证券罪", "unknown"),
    # EC27: (combining) 现场指挥部意见：…折算…合计已达标准的122.5% is a view; 有林地1.2公顷 stays below 二公顷
    ("森林公安调查：2025年清明期间，村民鲁某上坟烧纸引发山火，经林业主管部门按国家林业规定核定，过火有林地1.2公顷、灌木林地1.9公顷、未成林地0.6公顷；经评估直接经济损失28万元，无人员伤亡，未烧毁民房。现场指挥部意见：过火林地总面积3.7公顷；有林地按2公顷、其他林地按4公顷的标准分别折算，合计已达标准的122.5%，应当立案。请问是否达到失火罪立案追诉标准？",
     "失火罪", "not_met"),
    # EC30: (combining) 另收受手机一部…尚未进行价格认定: the cash and card are a part
    ("某民营企业采购经理严某，利用负责供应商准入的职务便利，为供应商谋取中标利益。经查，严某收受供应商现金转账1.6万元、购物卡面值0.8万元（已消费，面值经发卡商户确认），另收受手机一部，行贿人称“买的时候一万元左右”，但未提供发票，尚未进行价格认定。严某称手机是二手的，只值两三千元。仅就严某而言，请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # EC35: (combining) 80万元 from 电信网络诈骗 is no 洗钱 upstream; the 走私 of the 6万元 is not yet shown
    ("人民银行反洗钱监测移送线索：贸易商柳某2025年1月至3月为他人提供个人银行账户并多次转账转移资金共86万元。经查，其中80万元已查明来源于电信网络诈骗犯罪；另有6万元系其客户“阿强”转入，“阿强”曾向柳某明言该款是“走私冻品的货款”，但海关缉私部门目前仅掌握“阿强”涉嫌走私的线索，尚无证据证明走私犯罪事实存在，“阿强”身份亦未查清。监测报告认为：柳某转移资金86万元，数额巨大，应以洗钱罪立案。请问是否达到洗钱罪立案追诉标准？",
     "洗钱罪", "unknown"),
    # 毒品解释（2016）第十二条第三款: harbouring a close relative's drug use is asked, a friend's is not
    ("2025年5月，张某在其家中容留其弟弟吸食甲基苯丙胺，此前张某于2024年因容留他人吸毒被行政拘留。", "容留他人吸毒罪", "unknown"),
    ("2025年5月，张某在其家中容留朋友李某吸食甲基苯丙胺，此前张某于2024年因容留他人吸毒被行政拘留。", "容留他人吸毒罪", "met"),
])
def test_probe_75_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # FA01: (lawful parts) 38.6立方米 felled, 其中超出许可证核定数量的部分为8.6立方米: the licensed part is no 滥伐
    ("【县林业局案情简报】2025年1月查明：村民李某持有2024年11月核发的林木采伐许可证，准许在其个人所有的自留山小班采伐杉木，核定采伐蓄积30立方米。李某于2024年12月至2025年1月在许可证载明的小班内实际采伐，经县林业调查规划设计队逐株检尺，实际采伐立木蓄积合计38.6立方米，其中超出许可证核定数量的部分为8.6立方米（已扣除伐区调查设计允许误差），均为胸径十五厘米以上的成材树，无幼树；超采部分林木价值经认定为1.5万元。李某此前未因滥伐林木受过处罚。举报人称“砍了将近四十方，早就超过二十方了”。请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "unknown"),
    # FA03: (lawful parts) 9.2立方米 felled across a moved boundary, 无法区分…哪个小班: the unlicensed part is open
    ("2025年3月，县林业局向森林公安移送线索：张某持有采伐许可证，获准在其承包的A小班采伐马尾松。张某雇工采伐时越过界桩进入相邻的村集体所有B小班，所伐木材已全部卖给木材加工厂。现场共清点伐桩210个，经检尺认定采伐立木蓄积合计9.2立方米，林木价值合计1.7万元，均非幼树。因两小班之间的界桩被人移动，林业站正委托测绘单位重新勘界，目前无法区分各伐桩分别位于A、B哪个小班。林业站工作人员估计“越界的大概有一半”，张某则称越界“只有几棵”。请问是否达到盗伐林木罪立案追诉标准？",
     "盗伐林木罪", "unknown"),
    # FA06: (lawful parts) 渔获共计780公斤, 其余370公斤系禁渔期开始前捕获: the closed-season part is less
    ("渔政执法大队报告：某湖泊属内陆水域，本省规定每年3月1日至6月30日为禁渔期。渔民陈某于2025年2月20日至3月8日使用网目尺寸符合规定的刺网连续作业，渔获共计780公斤。根据收购商过磅单与陈某作业日志相互印证，3月1日以后捕获的为410公斤，价值4600元；其余370公斤系禁渔期开始前捕获。经渔业主管部门认定，渔获均为成鱼，不含苗种、怀卵亲体；作业水域不是禁渔区，也不在水产种质资源保护区内；陈某二年内未受过渔业行政处罚。执法队员认为“总量快八百公斤了，肯定够”。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # FA07: (lawful parts) 620公斤 near the line, 目前无法确定禁渔区内捕获的数量
    ("某江段依法划有常年禁渔区，禁渔区以外水域当时处于开捕期。2024年10月，渔民刘某驾船使用合规网具在禁渔区界线附近连续作业两昼夜，被查获渔获共620公斤，经价格认定价值8000元，均为成鱼，不含苗种、怀卵亲体。刘某船上北斗终端作业期间曾被关闭，执法记录仪只拍到其一次在禁渔区内下网；刘某称大部分是在禁渔区外捕的，两名船员说法不一，目前无法确定禁渔区内捕获的数量。刘某未使用电鱼、毒鱼等禁用方法。请问是否达到非法捕捞水产品罪立案追诉标准？",
     "非法捕捞水产品罪", "unknown"),
    # FA09: (lawful parts) 总价值1.3万元 of game from the open and closed seasons, 目前查不清哪些是禁猎期内猎获的
    ("县林业局在孙某家冷库内查获冷冻野鸡、野兔共26只，经价格认定总价值1.3万元。孙某持有狩猎证，准许在2024年10月1日至12月31日猎期内使用猎枪猎捕上述物种，狩猎地点不属于禁猎区，所用工具符合规定。2025年1月1日起为禁猎期。孙某称全部是猎期内打的，但同伴反映孙某元旦后还带枪上山打过几次；冷库没有入库记录，猎物冷冻后也无法判断猎获时间，目前查不清哪些是禁猎期内猎获的。孙某未受过野生动物保护方面的行政处罚。请问是否达到非法狩猎罪立案追诉标准？",
     "非法狩猎罪", "unknown"),
    # FA13: (lawful parts) 共产生废矿物油8.4吨, 其中6吨…交由持证单位处置，手续齐全: 2.4吨 dumped
    ("【生态环境局移送前研判】某机械加工厂2024年共产生废矿物油（HW08）8.4吨。其中6吨已通过转移联单交由持证单位处置，手续齐全；其余2.4吨由厂长安排于2024年11月用罐车拉至厂外一处废弃砖厂空地倾倒，经现场清理称重并核对台账，倾倒量确认为2.4吨。倾倒地点不在饮用水水源保护区和自然保护地，未使用暗管、渗坑等方式；应急清理费用与财产损失合计4.6万元，节省处置费约1万元；未造成取水中断或人员伤害。该厂二年内未因同类行为受过行政处罚。有执法人员主张按全年产生量8.4吨计算。请问是否达到污染环境罪立案追诉标准？",
     "污染环境罪", "unknown"),
    # FA26: (lawful parts) 税额合计23万元, 双方确有玉米购销业务，但实际供货量存在争议
    ("某农资公司2024年向某饲料厂开具增值税专用发票，税额合计23万元，饲料厂已全部抵扣。双方确有玉米购销业务，但实际供货量存在争议：供货方提供的过磅单显示实际交易对应税额约13.5万元；税务稽查根据运输车辆轨迹初步推算，实际供货对应税额仅约5.4万元，运输单据和收货记录的核查尚未完成。双方均无虚开发票的处罚记录。稽查人员认为“开票远大于实际供货，超开部分肯定够十万”。请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # FA27: (lawful parts) 130份 of 82万元, 其中82份对应真实的广告制作业务; 移送意见初稿写明“…” is a view
    ("某广告公司2024年共开具增值税普通发票130份，票面金额合计82万元。经税务稽查逐票核对：其中82份对应真实的广告制作业务，品名、金额与实际业务相符，合计46万元；另48份没有实际业务，系为他人报销而开具，票面金额合计36万元。该公司及其负责人五年内未因虚开发票受过刑事处罚或行政处罚，没有使用伪造发票。移送意见初稿写明“虚开发票130份，票面金额82万元”。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "unknown"),
    # FA30: (lawful parts) 13.6万元, 其中包括何某主张是在内地专柜购买…的两块手表, still checked
    ("旅客何某2024年间多次从香港入境时携带奢侈品箱包、手表未申报，2025年1月被查获。海关初步计核其多次携带物品偷逃应缴税额合计13.6万元，其中包括何某主张是在内地专柜购买后带出境、又随身带回的两块手表和一个箱包，对应计核税额4.1万元。何某已提交内地专柜购物小票，海关正在向专柜核实购买记录，尚无结论。何某此前未受过走私处罚。现场关员在报告中称“偷逃税款已超过十万元”。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # FA31: (lawful parts) 移送函写明“吸收资金124万元” is a view; 未引发群体性事件或其他恶劣社会影响 denies （三）
    ("【地方金融监管局移送函】某农业合作社负责人邓某以“入股分红、年息12%”为名吸收资金。经审计：2024年3月起通过宣传单和短视频公开宣传，向社会不特定人员92人吸收资金86万元；此前2023年间，在未公开宣传的情况下，仅向其亲友和合作社内部员工11人借款38万元，这些人均未向他人转介绍。至案发，集资参与人直接经济损失31万元，未引发群体性事件或其他恶劣社会影响；邓某此前未因非法集资受过刑事追究或行政处罚。移送函写明“吸收资金124万元”。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # FA38: (lawful parts) 被毁财物总价值7200元, 其中东侧杂物棚…属于柏某本人所有
    ("派出所查明：2025年2月，村民柏某因宅基地边界与邻居发生纠纷，独自一人驾驶挖掘机推倒了两家之间的一排棚屋和围墙。经价格认证中心认定，被毁财物总价值7200元，其中东侧杂物棚价值4100元，经不动产登记资料和村委会证明属于柏某本人所有；西侧围墙及鸡舍属于邻居所有，价值3100元。柏某此前没有毁坏财物的违法记录，此次系一次性行为，无他人参与。邻居坚称“损失七千多，已经超过五千”。请问是否达到故意毁坏财物罪立案追诉标准？",
     "故意毁坏财物罪", "unknown"),
    # FB01: (chains) 全链条累计流转信息约8万条 is the chain's; 周某 handled 3200条
    ("我局网安大队在侦办一起倒卖个人信息案中查明：上家刘某（另案处理）长期贩卖各类数据，全链条累计流转信息约8万条。2024年9月，中间人周某以600元从刘某处购得一批数据，经比对去重并抽样核验，共3200条，内容均为姓名、手机号码和所在城市，不含住宿、通信记录、财产、行踪轨迹等信息；同月周某将这3200条原样转卖给一家装修公司业务员，获款3200元，扣除成本后违法所得2600元。经查，买方用于电话推销装修业务，未发现用于违法犯罪，周某对此亦不知情；周某此前无因侵犯个人信息受过刑事处罚或行政处罚的记录，也不是在履职或提供服务中获得这些信息。办案民警认为周某“买进3200条、卖出3200条，合计6400条”，已超过五千条。仅就周某而言，请问是否达到侵犯公民个人信息罪立案追诉标准？",
     "侵犯公民个人信息罪", "unknown"),
    # FB06: (chains) 全案票面金额约210万元 is the ring's; the middleman's invoices came to 41万元
    ("某市税务局稽查局在查处一个“票贩子”团伙时查明：2024年4月至10月，团伙核心成员（另案处理）通过多家空壳公司对外虚开增值税普通发票，全案票面金额约210万元。其中，中间人陈某为赚取介绍费，先后为5家下游企业居间联系开票，经逐票比对确认，经陈某介绍开具的发票共86份，票面金额合计41万元，均无真实业务。陈某介绍费收入1.2万元，此前五年内未因虚开发票受过刑事处罚或行政处罚。稽查人员认为“票面金额已超过30万元”，且全案金额巨大，拟按虚开发票罪一并移送。仅就陈某而言，请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "unknown"),
    # FB08: (chains) 税额合计22万元, 其中确有一部分是真实供货; 稽查报告初稿直接以22万元认定 is the report's reckoning
    ("某市税务局在协查中发现：2025年1月至6月，某贸易公司经中间人马某撮合，向某建材公司开具增值税专用发票16份，税额合计22万元，建材公司已全部认证抵扣。贸易公司负责人曹某供述，其中确有一部分是真实供货，并提供了购销合同和部分送货单，据其所称，真实货物交易对应的税额约14万元，其余约8万元税额系“帮忙多开”；但送货单上的车辆、收货人尚在核查，资金回流情况也未查清。稽查报告初稿直接以22万元认定为虚开税额。曹某五年内无虚开处罚记录。仅就曹某而言，请问是否达到虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪立案追诉标准？",
     "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "unknown"),
    # FB09: (chains) 海关对全案计核偷逃应缴税额合计62万元 for 8 containers; the driver carried 3
    ("某海关缉私分局侦办一起走私案：2024年8月，走私团伙将8个集装箱货物伪报品名入境，海关对全案计核偷逃应缴税额合计62万元。集卡司机卫某受雇只负责其中一段，即从口岸外堆场把3个集装箱拉到内地仓库，运费每箱1500元；卫某供述知道这批货“没正常报关”。另外5个集装箱由其他司机承运，装的是高税率的手表和化妆品；卫某所拉3箱为冻品和日用百货，税率明显较低。目前计核报告只有全案总额，未按集装箱分别计核。卫某无走私行政处罚记录。有意见认为按平均数每箱7.75万元计算，3箱也有23万余元。仅就卫某而言，请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # FB15: (chains) 潘某转卖板材厂得款5.6万元 is the buyer's resale; 有同志提出…认定价值 is a view
    ("2024年12月，某县林业局查处村民彭某砍伐本人承包地上自栽杨树一案：彭某未申请采伐许可证，将林木砍伐后整车卖给木材商人潘某，潘某又转运至外县板材厂加价出售。经林业部门组织勘验、检尺并按出材率换算，彭某所伐杨树立木蓄积9.6立方米，无幼树；彭某卖给潘某得款3.8万元，当地同规格杨木市场价格与此相当。潘某转卖板材厂得款5.6万元；潘某当年从各处共收购杨木立木蓄积42立方米。涉案林木均为活立木，非房前屋后零星林木。有同志提出应以潘某转卖价5.6万元认定价值。仅就彭某而言，请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "unknown"),
    # FB26: (chains) 罂粟种子62克, 是否未经灭活…发芽试验，结论尚未出具: 刑法第三百五十二条 counts only 未经灭活
    ("2025年3月，某快递分拣中心在安检中发现一件寄往本市的包裹内有大量黑色细小种子。公安机关查明，寄件人为外地网店店主，收件人郝某系代收人，受朋友委托代收后再转寄给下家。经鉴定，种子为罂粟种子，净重62克；包裹内附有“已烘烤处理、可直接食用”的字样，种子是否未经灭活，已委托检验机构做发芽试验，结论尚未出具。郝某承认知道是罂粟籽。办案人员认为已超过50克标准，可直接立案。仅就郝某而言，请问是否达到非法买卖、运输、携带、持有毒品原植物种子、幼苗罪立案追诉标准？",
     "非法买卖、运输、携带、持有毒品原植物种子、幼苗罪", "unknown"),
    # FB33: (chains) 8份 found, 另据…还卖给过…五金店5份…现正在调取, three sentences on: at least 8
    ("某区税务局在检查中发现，某建材经销部取得的8份增值税专用发票系伪造，票面税额合计7.2万元。经查，发票来自中间人汪某：汪某从上家处购买伪造的专用发票后转卖，向该经销部收取4800元，违法所得经核算为2400元。稽查人员将汪某“买进8份、卖出8份”合计为16份，认为已超过10份。另据经销部老板陈述，汪某还卖给过邻近一家五金店5份，但五金店已注销、发票未找到，汪某对此否认，现正在调取汪某与五金店的转账和聊天记录。汪某五年内无相关处罚。仅就汪某而言，请问是否达到伪造、出售伪造的增值税专用发票罪立案追诉标准？",
     "伪造、出售伪造的增值税专用发票罪", "unknown"),
    # FC19: (definitions) 接警民警认为：伪造车票、船票数量累计五十张以上 is a view; the tickets are 门票
    ("景区管委会报案：2024年国庆假期，魏某用彩色打印机伪造某5A景区纸质门票88张，每张票面价格55元，在景区外停车场低价兜售，票面价额累计4840元，查实的非法获利为960元，未发现其他伪造或倒卖行为。接警民警认为：伪造车票、船票数量累计五十张以上即应立案，魏某伪造门票已达88张，远超五十张，应予立案。请问是否达到伪造、倒卖伪造的有价票证罪立案追诉标准？",
     "伪造、倒卖伪造的有价票证罪", "unknown"),
    # FC26: (definitions) 未给任何单位或个人造成直接经济损失 denies the loss; 货值296万元 is no loss
    ("海关稽查发现：某贸易公司于2024年4月和2024年10月两次进口属于必须经检验的进口商品（电动工具），均未报经检验即擅自在国内销售，两批货值金额均为148万元，合计296万元。经调查，未给任何单位或个人造成直接经济损失，未导致病疫流行或灾害事故，也未引起国际贸易纠纷或损害国家声誉。稽查人员认为：该公司“多次”逃避商检，货值又接近三百万元，情节严重，应当移送。请问是否达到逃避商检罪立案追诉标准？",
     "逃避商检罪", "unknown"),
    # FC27: (definitions) 3人…分别为15周岁3个月、15周岁9个月和16周岁2个月: two under 十六周岁; 监察员认为 is a view
    ("人社局劳动保障监察支队检查发现：某小煤矿于2024年3月招用外省少年3名下井从事挖掘作业。经核查户籍证明，3人入职时分别为15周岁3个月、15周岁9个月和16周岁2个月。3人系经亲属介绍自愿应聘，工资按月足额发放，未发现强迫、欺骗手段，亦未发生伤亡或对身体健康造成严重危害。监察员认为：该矿雇用了三名未成年人下井，已经达到“三人以上”的标准，应当移送公安机关。请问是否达到雇用童工从事危重劳动罪立案追诉标准？",
     "雇用童工从事危重劳动罪", "unknown"),
    # FC32: (definitions) 病历载明4人均为“重伤” before the forensic grades (2 重伤, 1 轻伤, 1 pending)
    ("市住建局事故调查组初步报告：某建筑公司施工中擅自减少楼板钢筋配置，降低工程质量标准，已经检测确认。2025年3月18日，该楼二层楼板浇筑后坍塌，4名工人被压伤送医，医院病历载明4人均为“重伤”，其中1人曾下病危通知。经法医鉴定，已确认2人为重伤二级、1人为轻伤一级；另1人仍在住院，须待治疗终结后方能鉴定。事故直接经济损失经评估为36万元，无人死亡。调查组认为“4人重伤”已超过三人标准。请问是否达到工程重大安全事故罪立案追诉标准？",
     "工程重大安全事故罪", "unknown"),
    # FC35: (definitions) 是否经国有集团党委或董事会研究决定委派，任命文件尚在调取中: the subject is open
    ("经侦大队受理举报：某能源发展股份有限公司由市属国有集团持股51%、民营资本持股49%。该公司采购部经理罗某于2024年在设备采购中，以“咨询费”名义收受供应商回扣4.2万元，为供应商中标提供帮助，款项归个人所有，上述事实已查证属实。罗某系通过市场化招聘入职，但2023年调任采购部经理时，是否经国有集团党委或董事会研究决定委派，任命文件尚在调取中。仅就罗某而言，请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
])
def test_probe_76_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # GA12: (silences) 民警根据路面痕迹认为…负主要责任 is the officer's reading; the 事故认定书 is not yet made
    ("【事故情况通报】2025年3月2日22时10分，赵某驾驶重型货车行至城北快速路时，与横穿道路的行人吴某相撞，吴某经抢救无效死亡。赵某血液酒精检测结果为未检出，持有效驾驶证，车辆检验合格，未超载，事后留在现场并报警。事故中队民警根据路面痕迹认为货车“明显超速”，负主要责任“基本没有悬念”；但《道路交通事故认定书》尚未作出，车速鉴定也未出结果。吴某横穿处附近无人行横道。请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # GA37: (silences) 未通过网络、传单、推介会等任何途径对外宣传，员工也未向外介绍他人出借: 集资解释 第一条第二款
    ("【非法集资风险排查报告】2024年2月至10月，某机械制造公司因资金周转困难，由老板邓某在公司内部动员，向本公司在职员工47人及邓某本人的亲友11人借款，约定年息12%，合计吸收资金138万元，目前尚有部分本息未兑付。经排查，该公司未通过网络、传单、推介会等任何途径对外宣传，员工也未向外介绍他人出借，资金均来自上述特定人员。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "not_met"),
    # GB02: (mixed lists) 办案民警根据现场勘查初步判断“…估计应负主要责任” is a view; no 责任认定 yet
    ("2024年11月8日清晨，货车司机周某在国道路口右转时与直行摩托车相撞，摩托车驾驶人经抢救无效死亡。现已查明：周某未饮酒、未吸毒，持有A2驾驶证，车辆未超载，不是报废车或无牌车，安全装置经检验完好，事发后未离开现场并立即报警。办案民警根据现场勘查初步判断“货车右转未让直行，估计应负主要责任”；但路口监控显示摩托车当时可能闯红灯，事故责任认定因需等待车速鉴定尚未作出，周某坚称对方负全部责任。仅就周某而言，请问是否达到交通肇事罪立案追诉标准？",
     "交通肇事罪", "unknown"),
    # GB39: (mixed lists) two 三级 pieces found, 第三件的等级仍在鉴定中: 二级以上 is open
    ("文物局移送咨询：2025年3月，某建筑公司在考古工地附近施工，挖掘机操作员何某未按要求保持安全距离，过失撞塌临时库房，致库内三件待移交的出土文物受损。经文物鉴定机构鉴定，其中两件为三级文物，属珍贵文物，均为局部破损，未达严重损毁；第三件的等级仍在鉴定中，考古队领队认为“应该也是三级”。施工地点不属于全国重点文物保护单位或省级文物保护单位。仅就何某而言，请问是否达到过失损毁文物罪立案追诉标准？",
     "过失损毁文物罪", "unknown"),
    # GC20: (per item) 讨论中有意见认为本案共查获枪支2支 is a view; each brother held one 气枪
    ("刑侦大队案件讨论记录：吴甲、吴乙系兄弟，分住两处。经查，二人2025年先后各自在网上购买气枪一支，经鉴定均为以压缩气体为动力的非军用枪支；吴甲另持有气枪铅弹600发，吴乙持有500发。二人各自购买、各自存放于自己住处，无共谋，互不知情，也不存在共同持有。二人均无持枪资格，枪弹未造成人员伤亡或财产损失。讨论中有意见认为本案共查获枪支2支、铅弹1100发，应一并计算达标。仅就吴甲而言，请问是否达到非法持有、私藏枪支、弹药罪立案追诉标准？",
     "非法持有、私藏枪支、弹药罪", "unknown"),
    # GC28: (per item) 均为普通兵员，不属特种条件兵员 denies （一）'s 特种条件兵员
    ("区征兵办公室报告：在2024年下半年征兵工作中，工作人员施某受亲友请托徇私舞弊，在体检、政治考核环节为三名青年提供便利，三人均被批准入伍，均为普通兵员，不属特种条件兵员。入伍复查确认其中两人因隐瞒病史属不合格兵员；第三人复查结论为“待定”，部队医院的专科复查尚未出具结论。目前未发现造成严重后果，非战时。报告认为施某接送了三名兵员，已达标准。请问是否达到接送不合格兵员罪立案追诉标准？",
     "接送不合格兵员罪", "unknown"),
    # GC35: (per item) 先后三次收购: 2024年11月9.5立方米、2025年1月8立方米…4.5立方米: each is one act's part
    ("森林公安案件研判：木材加工厂厂主覃某先后三次收购林木（数量均已按出材率折算为立木蓄积）：2024年11月9.5立方米、2025年1月8立方米，经查均系他人盗伐的林木，覃某以明显低于市场的价格收购且无任何来源证明，其明知已查证；2025年3月收购4.5立方米，卖方在逃，该批林木是否为盗伐、滥伐林木尚在调查。三次均未经处理，涉案林木价值合计3.9万元，无幼树。研判意见认为三批合计22立方米。请问是否达到非法收购、运输盗伐、滥伐的林木罪立案追诉标准？",
     "非法收购、运输盗伐、滥伐的林木罪", "unknown"),
    # GC37: (per item) 分两次…：第一次6份…；第二次5份: the first act's 6份 and 3.6万元 are a part
    ("税务稽查局案件进展：某商贸公司实际控制人甘某2025年分两次非法出售本公司领购的增值税专用发票：第一次6份，票面税额合计3.6万元，有存根联和税控数据证实；第二次5份，购票方已将发票销毁，税控系统数据正在向上级调取，目前只有购票方称“税额大概2.5万元左右”。两次违法所得合计8000元。甘某五年内未受过相关处罚。稽查人员认为两次共11份、税额约6.1万元，已经达标。请问是否达到非法出售增值税专用发票罪立案追诉标准？",
     "非法出售增值税专用发票罪", "unknown"),
    # 3人…分别为15周岁3个月、15周岁9个月和16周岁2个月: two of the three are under 十六周岁 (a reckoning of its own)
    ("某小煤矿于2024年3月招用外省少年3名下井从事挖掘作业，经核查户籍证明，3人入职时分别为15周岁3个月、15周岁9个月和16周岁2个月，未发生伤亡。",
     "雇用童工从事危重劳动罪", "unknown"),
])
def test_probe_77_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # HA02: (findings) 第一份司法会计鉴定意见认定…12600元, then 补充鉴定意见予以更正…5400元: the first stands no more
    ("2025年3月，某区公安分局办理一起“刷单返利”诈骗案。被害人王某报案称被骗12600元。分局委托某司法鉴定所作出的第一份司法会计鉴定意见认定诈骗数额为12600元。后经核查，该意见把王某先从本人银行卡转入本人支付宝、再由支付宝转给嫌疑人的同一笔7200元计算了两次，鉴定所随即出具补充鉴定意见予以更正，认定王某实际转入嫌疑人控制账户的金额为5400元，原意见相应部分不再采用。嫌疑人李某仅针对王某一人实施诈骗，不存在以数额巨大财物为目标的未遂情形，也无其他诈骗事实。本省确定的诈骗“数额较大”标准为六千元。请问是否达到诈骗罪立案追诉标准？",
     "诈骗罪", "unknown"),
    # HA05: (findings) 首次认定…2300元, 复核认定价值为1750元; 未强拿硬要任何财物 denies （一）'s act
    ("2025年2月14日晚，周某酒后在某商业街无故踢砸一家奶茶店门口的灯箱招牌和两把户外座椅，店主报警后周某当场被带离，无人受伤，周边秩序未出现严重混乱，周某也未强拿硬要任何财物。区价格认定中心首次认定损毁财物价值2300元；周某提出异议，市价格认定中心复核认为首次认定按全新灯箱重置价计算、未扣除已使用三年的折旧，复核认定价值为1750元，复核决定撤销原结论。周某二年内无寻衅滋事违法记录，本次为单次行为，店主系普通成年经营者，该店次日即正常营业。请问是否达到寻衅滋事罪立案追诉标准？",
     "寻衅滋事罪", "unknown"),
    # HA09: (findings) 初次出具的认定意见称…21.4立方米; 复核…无证采伐部分立木蓄积为9.3立方米 replaces it, and is not added to it
    ("2024年12月，农户冯某未办理采伐许可证，在其承包经营的自有杉木林内皆伐林木。县林业局初次出具的认定意见称立木蓄积为21.4立方米。冯某提出该地块与相邻一块已持证采伐的林地相连，县林业局遂委托市林业调查规划院复核。复核采用每木检尺并与采伐许可证范围逐一核对，确认初次认定误将相邻持证伐区内已批准采伐的12.1立方米计入，冯某无证采伐部分立木蓄积为9.3立方米，不涉及幼树，经价格认定价值1.6万元；县林业局据此撤回初次认定意见。林木无权属争议，非风倒等自然原因死亡。请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "not_met"),
    # HA12: (findings) a county bureau's report of 破坏价值18万元, 尚无省级以上…报告: 非法采矿解释 第十四条第二项
    ("2025年3月，某县自然资源局查处韩某无采矿许可证在山体开采建筑用石料一案，开采地点不在国家规划矿区、禁采区内。经调取交易记录查明，韩某开采的石料已全部售出，销赃数额为12万元，销售价格与同期市场价基本一致。县自然资源局另出具一份报告，称韩某的开采行为造成矿产资源破坏价值18万元，执法人员据此建议移送。目前尚无省级以上自然资源主管部门就矿产资源破坏价值出具的报告。韩某二年内未因非法采矿受过行政处罚，现场未发现生态环境严重损害。本省确定的非法采矿“情节严重”数额标准为十五万元。请问是否达到非法采矿罪立案追诉标准？",
     "非法采矿罪", "unknown"),
    # HA17: (findings) 家属据此主张已构成重伤 is a claim; the forensic grade is not yet out
    ("2025年1月，某诊所从非法渠道购进一批头孢类注射剂用于为患者输液。省药品检验研究院检验认定该批药品含量仅为标示量的78%，不符合国家药品标准，属于劣药。患者马某输液后出现严重过敏反应住院，主治医院出具的诊断证明写明“药物过敏致喉头水肿，病情危重”，家属据此主张已构成重伤。公安机关已委托司法鉴定机构对马某的损伤程度及其与涉案药品之间的因果关系进行鉴定，鉴定意见尚未出具。除马某外，暂未发现其他患者出现不良反应。请问是否达到生产、销售、提供劣药罪立案追诉标准？",
     "生产、销售、提供劣药罪", "unknown"),
    # HA20: (findings) 检出孔雀石绿, 备份样品…复检，复检结论尚未作出
    ("2025年5月，某县市场监管局对农贸市场水产摊主曹某销售的鳜鱼抽样，县食品检验检测中心检验报告显示检出孔雀石绿。当地此前已发布孔雀石绿食品安全预警，曹某仍从同一渠道进货销售。曹某对检验结论提出复检申请，称抽样时样品与其他摊位的鱼混放，留存的备份样品已依法送省级资质检验机构复检，复检结论尚未作出；另有一家市级机构此前对该摊位另一批鳜鱼检验未检出孔雀石绿。执法人员认为首份报告已检出禁用物质，应当立即移送。仅就曹某而言，请问是否达到生产、销售有毒、有害食品罪立案追诉标准？",
     "生产、销售有毒、有害食品罪", "unknown"),
    # HA26: (findings) 初步稽查底稿 112份、41万元, 后经复核…98份、35.5万元
    ("2025年4月，某县税务局稽查局检查某咨询公司虚开增值税普通发票问题，初步稽查底稿记载该公司在无实际业务的情况下为他人开具普通发票112份、票面金额41万元。后经复核，其中14份发票系开具当日即在系统内作废、从未交付受票方，复核报告将其剔除，认定虚开普通发票98份、票面金额35.5万元，初步底稿数据不再作为认定依据。该公司曾于2024年1月因虚开发票受过一次行政处罚，除此之外五年内无其他刑事处罚或行政处罚记录。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "unknown"),
    # HA30: (findings) 首次…鉴定意见认定3人均为重伤二级, 重新鉴定 found one 轻伤一级
    ("2024年9月，某建筑工地脚手架局部垮塌，作业班组违反安全管理规定未按方案设置连墙件，造成3名工人受伤，无人死亡。某司法鉴定所首次作出的损伤程度鉴定意见认定3人均为重伤二级；其中工人林某对鉴定提出异议，经公安机关委托省级司法鉴定机构重新鉴定，认定林某的损伤为轻伤一级，另2人维持重伤二级，首次鉴定中关于林某的部分不再采用。事故调查组核定的直接经济损失为38万元，该工地不属于矿山。请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "not_met"),
    # HA35: (findings) 第一份…核定证明书 11.6万元 under a 复核 not yet decided; 犯罪集团 is no 单位
    ("2025年4月，某海关缉私分局查获蔡某组织“水客”分散携带方式走私进口化妆品一批。海关关税部门出具的第一份涉嫌走私货物偷逃税款海关核定证明书核定偷逃应缴税额为11.6万元。蔡某提出异议，称其中约三成货物系试用装、完税价格被高估，申请复核；海关已受理复核，复核结论尚未作出，按蔡某主张计算税额约为8万元。蔡某此前未因走私受过行政处罚或刑事处罚，不属于犯罪集团首要分子，也无使用特种车辆、行贿、利用未成年人等情形。请问是否达到走私普通货物、物品罪立案追诉标准？",
     "走私普通货物、物品罪", "unknown"),
    # HB04: (units) the firm's two penalties are not 周某's own: the 补缴 exception stands for him (并履行了罚款决定)
    ("D市税务局查明：D市宏远机械有限公司法定代表人周某2025年1月转让其个人持有的另一公司股权，隐瞒股权转让收入，少缴个人所得税15万元，占其当年个人所得税应纳税额的62%。税务机关于2025年6月依法下达追缴通知，周某在规定期限内足额补缴税款、缴纳滞纳金，并履行了罚款决定，公安机关尚未立案。另查明，宏远机械有限公司曾于2024年3月、2024年11月两次因逃避缴纳税款被税务机关给予行政处罚，处罚对象均为该公司，周某本人从未受过税务行政处罚或刑事处罚。移送意见认为公司五年内受过二次处罚，周某作为法定代表人不能适用免责条款。仅就周某而言，请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "not_met"),
    # HB17: (units) a driver 按日雇用…日薪350元，不参与利润分成: 非法采矿解释 第十一条 is asked
    ("R县自然资源局与公安局联合查明：R县顺达砂石有限公司未取得河道采砂许可证和采矿许可证，在河道内组织采砂，开采河砂经价格认证价值42万元，已超过本省标准。挖掘机司机韩某系该公司按日雇用，领取与当地挖机司机通行水平一致的日薪350元，不参与利润分成，对采砂点无管理职责，此前从未因非法采矿、破坏性采矿受过处罚。执法人员认为采砂价值远超标准，韩某直接操作挖机采砂，应与公司负责人一并移送。仅就韩某而言，请问是否达到非法采矿罪立案追诉标准？",
     "非法采矿罪", "unknown"),
    # HB25: (units) a loan the board decided (董事会集体研究决定), interest to the firm: no 归个人使用 said
    ("Z市公安局接某股东举报：Z市鸿运置业有限公司经董事会决议，于2024年6月将公司资金60万元借给关联企业丁建材有限公司使用，约定年利率6%，利息归本公司。截至2024年11月，借款已超过五个月未归还。经调查，借款系董事会集体研究决定，程序完备，总经理赵某等人未从中收取任何好处，丁公司亦非赵某个人控制。举报人认为赵某签字放款，挪用数额超过五万元且超过三个月未还。仅就赵某而言，请问是否达到挪用资金罪立案追诉标准？",
     "挪用资金罪", "unknown"),
    # HB29: (units) the accountant's 4份 bought 为兼职企业的利益 are not the firm's; 18份 < 20份
    ("DD市税务局稽查局查明：DD市瑞丰机电有限公司经总经理决定，从他人处非法购买增值税专用发票18份，票面税额16万元。该公司会计高某另在一家小微企业兼职记账，其为兼职企业的利益另行非法购买增值税专用发票4份，票面税额2.1万元，瑞丰公司对此不知情，亦未使用。移送材料将两部分合并为22份、税额18.1万元，认为已达到“二十份以上且票面税额十万元以上”。就瑞丰公司（单位）而言，请问是否达到非法购买增值税专用发票、购买伪造的增值税专用发票罪立案追诉标准？",
     "非法购买增值税专用发票、购买伪造的增值税专用发票罪", "not_met"),
    # HB40: (units) 商品归类复核结论尚未作出: whether the goods must be inspected is open
    ("OO海关查明：OO市汇通进出口有限公司经总经理决定，于2024年10月进口一批电动工具用锂电池组，申报的商品编码不属于必须实施检验的进出口商品目录，货物未报检即销售，海关审定货值金额320万元。海关认为该商品应归入目录内的另一编码，公司提出异议，商品归类复核结论尚未作出。经查该公司此前无逃避商检记录，货物未造成损失、事故或贸易纠纷。请问是否达到逃避商检罪立案追诉标准？",
     "逃避商检罪", "unknown"),
    # HC14: (tests) 长枪2支, but 枪B…低于枪支认定标准，不能认定为枪支
    ("2024年10月，某派出所在曾某住处查获长枪2支、气枪铅弹820发。曾某不具备持枪资格。经公安机关枪支鉴定：枪A以压缩气体为动力，枪口比动能达到枪支认定标准，认定为枪支；枪B同样以压缩气体为动力，但枪口比动能低于枪支认定标准，不能认定为枪支。两支均非军用枪支，铅弹亦非军用子弹。举报人和社区民警都称曾某“家里藏着两支枪”。未发现枪弹造成人员伤亡或财产损失。请问是否达到非法持有、私藏枪支、弹药罪立案追诉标准？",
     "非法持有、私藏枪支、弹药罪", "unknown"),
    # HC21: (tests) 以“国家三级文物”的名义 is the seller's label; the appraisal found 一般文物
    ("2024年10月，某市公安局会同文物部门查处古玩商罗某出售文物案。罗某以“国家三级文物”的名义，以牟利为目的向他人出售瓷器、铜器共4件，成交价合计4.8万元。经国家文物局指定的鉴定机构鉴定：4件均为真品，系出土文物，属于国家禁止买卖的文物，但等级均为一般文物，未达到三级文物标准。买卖双方均认可成交价格，未查到其他交易。请问是否达到倒卖文物罪立案追诉标准？",
     "倒卖文物罪", "unknown"),
    # HC27: (tests) 当地媒体报道为“三名童工” is the press's word; the birth records give other ages
    ("2024年7月，某县人社局劳动保障监察大队在一家烟花爆竹生产企业的装药车间（属易燃易爆危险环境）发现3名年轻工人，当地媒体报道为“三名童工”。因3人入职时未提供身份证件，监察大队曾委托骨龄鉴定，结论为3人年龄均在14.5至16.5岁之间。后调取出生医学证明、户籍底册及接生医院分娩记录，三者相互印证：甲15周岁8个月，乙16周岁2个月，丙16周岁5个月。3人均未受伤，系自愿应聘，无强迫、欺骗情形。请问是否达到雇用童工从事危重劳动罪立案追诉标准？",
     "雇用童工从事危重劳动罪", "unknown"),
    # HC35: (tests) 3 of 12 bags tested 均为阴性, 9 still out: the negative tests deny nothing of the rest
    ("2025年4月，某区卫健委会同公安机关查处一处未取得执业许可的地下采血点，当场查扣已采集的全血12袋，每袋约200毫升，系向12名供血者各采集一次，均使用一次性采血器材，未重复使用。因数量较多，先抽取3袋送疾控中心检测，艾滋病病毒、乙肝病毒、丙肝病毒、梅毒螺旋体均为阴性；其余9袋已送检，结果尚未出具。组织者辩称“抽检全部阴性，说明血是干净的”。请问是否达到非法采集、供应血液、制作、供应血液制品罪立案追诉标准？",
     "非法采集、供应血液、制作、供应血液制品罪", "unknown"),
])
def test_probe_78_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # IA09: (double counting) 扣押…货值40000元, part of it presold, 款项已计入38000元销售额: the stock's value is at most that
    ("2024年11月，某县市场监管局查明：某汽配店销售的汽车冷却液经检验冰点不达标，系以不合格产品冒充合格产品。收银系统显示已售金额38000元；现场扣押同款冷却液，按标价计算货值40000元。经营者称扣押货物中“大约一半”是顾客已经付款、预约到店加注的预售货，款项已计入38000元销售额，扣押时只是还没交付；预售顾客名单尚在调取，预售货的具体数量和货值未核实。该店此前无同类处罚记录。请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "unknown"),
    # IA12: (double counting) 案件汇总表将两张清单相加，记为“虚开发票124份…” is the file's reckoning; 62 invoices
    ("某区税务局查明：2024年7月至12月，某广告公司在无实际业务的情况下为某餐饮连锁企业开具增值税普通发票62份，票面金额合计38万元。移送材料附两张清单：一是开票方发票开具清单（62份、38万元），二是受票方取得发票清单（62份、38万元），案件汇总表将两张清单相加，记为“虚开发票124份、票面金额76万元”。经比对，两张清单所列发票代码、号码逐一相同。该广告公司及其负责人五年内未因虚开发票受过刑事处罚或行政处罚。请问是否达到虚开发票罪立案追诉标准？",
     "虚开发票罪", "not_met"),
    # IA18: (double counting) 流水98万元；另有…现金收据合计31万元, overlapping, 尚未逐笔比对: at least 98万元
    ("2024年10月，公安经侦部门对某养老服务公司以“预存会员费返利”名义向社会公开吸收资金进行立案审查：公司银行账户流水显示吸收资金98万元；另有手写现金收据合计31万元。财务人员称部分现金收款后由业务员存入了公司银行账户，因此与银行流水存在重合，但哪些收据对应哪几笔存款尚未逐笔比对。已核实集资对象86人，直接经济损失42万元；公司及负责人未因非法集资受过刑事追究或行政处罚，经调查未造成恶劣社会影响或其他严重后果。请问是否达到非法吸收公众存款罪立案追诉标准？",
     "非法吸收公众存款罪", "unknown"),
    # IA19: (double counting) 受案登记表按两条资金记录分别填写，合计为“被骗8000元” counts one 4000元 twice
    ("2025年2月，某县公安局反诈中心受理报案：被害人郑某被以“刷单返利”为名骗取钱款。资金查询显示：郑某向嫌疑人控制的微信账户转账4000元，嫌疑人随即将这4000元从该微信账户提现至其本人银行卡。受案登记表按两条资金记录分别填写，合计为“被骗8000元”。本省确定的诈骗罪“数额较大”标准为5000元。经查，郑某无其他被骗款项，嫌疑人系初次作案，未发现其诈骗其他人，也无以数额巨大财物为目标的未遂情形。请问是否达到诈骗罪立案追诉标准？",
     "诈骗罪", "unknown"),
    # IA22: (double counting) 移送材料把三笔流水都计入，写作“敲诈勒索6000元”: a refunded 3000元 re-paid
    ("2025年6月，某县公安局受理报案：商户廖某称钱某以“不给钱就把你店里卖过期食品的视频发到网上”相威胁索要钱款。廖某6月3日通过微信向钱某转账3000元；钱某次日以“微信收款被限额”为由将3000元原路退回，要求改用银行转账；廖某6月5日又通过银行卡转账3000元。移送材料把三笔流水都计入，写作“敲诈勒索6000元”。廖某另称6月5日之后钱某又当面收过一次现金，但金额、时间记不清，目前无其他证据印证。钱某无前科，廖某40岁、非残疾人，未发现其他被害人。请问是否达到敲诈勒索罪立案追诉标准？",
     "敲诈勒索罪", "unknown"),
    # IA27: (double counting) 移送审查表将两项相加写为“滥伐19.6立方米” counts the stumps and the logs of one felling
    ("2024年12月，某县林业局查处：林农袁某持有采伐许可证（许可采伐自有杨树林立木蓄积5立方米），却超出许可数量采伐本人承包林地上的杨树。林业站依伐桩检尺，超出许可部分的立木蓄积为9.8立方米；又对其院内堆放、来自同一批采伐的原木检尺，按出材率折算立木蓄积同为9.8立方米。移送审查表将两项相加写为“滥伐19.6立方米”，并按每立方米2600元计算“价值5.1万元”。经价格认定，超出许可部分林木价值2.55万元，无幼树。请问是否达到滥伐林木罪立案追诉标准？",
     "滥伐林木罪", "not_met"),
    # IA39: (double counting) 医院伤员名单列出“重伤4人”, 复核发现…实际重伤者为甲、乙2人, a third not yet graded
    ("2025年6月，某市应急管理局调查一起钢结构厂房吊装坍塌事故，已认定施工单位现场负责人刘某违反吊装作业安全规程指挥作业。事故无人死亡。医院伤员名单列出“重伤4人”，复核发现工人甲、乙先在县医院救治、后转入市医院，两家医院各报了一次，实际重伤者为甲、乙2人；另一名工人丙住院治疗，病历初步诊断为“腰椎骨折”，伤情鉴定意见尚未作出。事故直接经济损失经核定为38万元。仅就刘某而言，请问是否达到重大责任事故罪立案追诉标准？",
     "重大责任事故罪", "unknown"),
    # IB14: (knowledge) the 追缴通知 pushed online, 未确认接收, the e-service consent still looked for: 第三条第二款 asked
    ("某商贸公司2024年度采取虚列成本方式少缴企业所得税及增值税共计48万元，占当年应纳税额35%，已由税务稽查局查实。稽查局作出《税务处理决定书》及追缴通知，系统显示于2025年3月3日通过电子税务局推送，但该公司未确认接收，无签收回证；该公司是否签订过电子送达确认书，稽查局仍在查找档案。公司法定代表人称直至公安机关找上门才知道。截至目前公司未补缴税款、滞纳金，也未缴纳罚款。该公司五年内未因逃税受过刑事处罚或行政处罚。稽查人员认为数额和比例早已超过标准，应直接移送。请问是否达到逃税罪立案追诉标准？",
     "逃税罪", "unknown"),
    # IB16: (knowledge) 对4月2日前…能否认定店主明知…尚待补充取证: knowledge before the warning is open
    ("某便利店2025年1月至6月销售“中华”等品牌卷烟，经烟草专卖局鉴别检验均为假冒伪劣卷烟，经进货、收款记录核实销售金额合计6.8万元。店主称从一名流动商贩处进货，进价约为正品批发价的六成，无发票，辩称以为是“厂家内部渠道货”。2025年4月2日烟草专卖局向该店送达书面警示，明确该商贩所售卷烟为假烟，店主签收。4月2日后该店销售3.1万元，6月查获剩余库存按实际销售价计4万元。对4月2日前低价进货能否认定店主明知，办案人员意见不一，店主供述前后不一致，尚待补充取证。请问是否达到生产、销售伪劣产品罪立案追诉标准？",
     "生产、销售伪劣产品罪", "unknown"),
    # IC20: (deeming) 已…自行缴纳增值税18万元, 骗得退税款25万元: 刑法第二百零四条第二款, only the excess is 骗取出口退税
    ("【税务稽查局移送】生产企业乙公司自营出口机电产品，2024年度该批出口货物在国内环节已由乙公司自行缴纳增值税18万元。乙公司采取虚报出口产品单价的方式申报出口退税，共骗得退税款25万元。经稽查核实，上述已缴税款18万元及退税款25万元数额均准确无误，乙公司无其他骗税行为，五年内未受过相关处罚。承办人意见：骗取国家出口退税款25万元，超过十万元数额较大标准，应以骗取出口退税罪移送。请问是否达到骗取出口退税罪立案追诉标准？",
     "骗取出口退税罪", "unknown"),
    # IC28: (deeming) 任职是否经国有股东提名、委派…相关人事档案尚在调取中: whether he is a 国家工作人员 is open
    ("【经侦部门初查】某股份有限公司为混合所有制企业，市属国有企业持股35%，其余为民营资本。公司采购部经理尤某2024年间利用审批供应商准入的职务便利，收受供应商现金及购物卡合计4.5万元，为其谋取利益，数额已查实。尤某由公司董事会聘任，其任职是否经国有股东提名、委派或者经国有出资单位批准而从事公务，相关人事档案尚在调取中。承办人意见：混合所有制企业不是国有单位，尤某当然是非国家工作人员，4.5万元已超三万元，直接移送。请问是否达到非国家工作人员受贿罪立案追诉标准？",
     "非国家工作人员受贿罪", "unknown"),
    # IC33: (deeming) a hired digger driver, his 按吨提成 record 尚未核实: 非法采矿解释 第十一条 asked
    ("【自然资源局移送】矿山承包人邱某于2024年3月至10月间违反经审查批准的开发利用方案，采用掏采方式开采铁矿，省自然资源厅出具报告认定属于破坏性开采方法，造成矿产资源破坏价值260万元，远超五十万元至一百万元的标准幅度。挖掘机司机邓某受邱某雇佣，按邱某指令实施掏采作业，此前未因非法采矿、破坏性采矿受过处罚。关于邓某报酬，邱某称每月固定工资8000元，与当地同类岗位相当；但邓某本人的记账本中另有多笔“按吨提成”记录，尚未核实。仅就邓某而言，请问是否达到破坏性采矿罪立案追诉标准？",
     "破坏性采矿罪", "unknown"),
    # IC40: (deeming) 关于孔某是否知情…通话记录尚未调取: 刑法第二百四十四条第二款 needs 明知
    ("【人社局劳动保障监察支队移送】劳务中介孔某2024年8月为某砖厂招募并用面包车运送9名外地工人。经查，砖厂老板以锁闭厂门、扣押身份证、殴打等方式限制工人人身自由，强迫其劳动，该事实已查实。关于孔某是否知情：孔某称只负责介绍，每人收取介绍费500元，对砖厂情况一无所知；一名工人称曾打电话向孔某求助被其拒绝，但相关通话记录尚未调取。仅就孔某而言，请问是否达到强迫劳动罪立案追诉标准？",
     "强迫劳动罪", "unknown"),
])
def test_probe_79_sure_answers(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status
