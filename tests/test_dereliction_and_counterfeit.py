"""渎职解释（一）（2012） and the 假币 interpretations (2000, 2010), session 52: offenses that answered 语料中未收录 on
convicted judgments. Their clauses are curated (corpus/data/statutory_standards.yaml) where the parse misread them:
渎职's paired injuries (重伤2人、轻伤3人以上) split into items of their own, and each 假币 article's three brackets
read as one item needing all three figures."""
import pytest

from .conftest import judgement


@pytest.mark.parametrize("text,status", [
    ("某局局长张某滥用职权，违规审批，造成国家经济损失50万元。", "met"),
    ("某局局长张某滥用职权，违规审批，造成1人死亡。", "met"),
    ("某局局长张某滥用职权，造成重伤1人、轻伤6人。", "met"),
    # a pair is one item: 重伤2人 alone met the parsed clause
    ("某局局长张某滥用职权，违规审批，造成2人重伤。", "unknown"),
    # short of every figure, 恶劣社会影响 and the other items are still open
    ("某局局长张某滥用职权，造成经济损失10万元。", "unknown"),
])
def test_abuse_of_power_losses(law_store, text, status):
    assert judgement(law_store, text, "滥用职权罪")[1]["status"] == status


def test_neglect_of_duty_shares_the_clause(law_store):
    _, verdict = judgement(law_store, "某局副局长张某玩忽职守，未履行监管职责，造成经济损失35万元。", "玩忽职守罪")
    assert verdict["status"] == "met"


@pytest.mark.parametrize("text,status", [
    ("张某明知是假币而持有，民警从其住处查获面额100元的假人民币50张，总面额5000元。", "met"),
    # the notes' own words for the sum and the face said before 面值 (convicted judgments were asked them)
    ("张某明知是假币而持有，查获假币共计4500元。", "met"),
    ("张某明知是假币而持有，当场查获2026年版100元面值假人民币5200张。", "met"),
    ("经鉴定，该31张面额为100元的人民币均为假币。张某明知是假币而使用。", "not_met"),
])
def test_holding_and_using_counterfeit_notes(law_store, text, status):
    assert judgement(law_store, text, "持有、使用假币罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("张某购买面额100元的假人民币50张。", "met"),
    ("张某购买面额100元的假人民币10张。", "not_met"),
    ("张某购买面额100元的假人民币30张，此前未受过行政处罚。", "not_met"),
])
def test_buying_counterfeit_notes(law_store, text, status):
    assert judgement(law_store, text, "出售、购买、运输假币罪")[1]["status"] == status


def test_an_unverified_lower_line_holds_a_short_sum_open(law_store):
    """立案追诉标准（二）（2022）第十五条 (待核) files 2000元 after a penalty within two years, under the 2000
    interpretation's 4000元: 3000元 with nothing said of earlier penalties asks it instead of 未达到."""
    _, verdict = judgement(law_store, "张某购买面额100元的假人民币30张。", "出售、购买、运输假币罪")
    assert verdict["status"] == "unknown"
    assert any("二年内" in q and "行政处罚" in q for q in verdict["questions"])
    assert any("第十五条（文字待核）" in n for n in verdict["notes"])
    _, penalised = judgement(law_store, "张某购买面额100元的假人民币30张，一年前曾因购买假币被公安机关行政处罚。",
                             "出售、购买、运输假币罪")
    assert penalised["status"] == "unknown" and any("已达到" in n for n in penalised["notes"])


@pytest.mark.parametrize("text,status", [
    ("张某用电脑和打印机伪造面额100元的人民币300张，总面额3万元。", "met"),
    ("张某制造货币版样，提供给他人伪造货币。", "met"),
])
def test_forging_currency(law_store, text, status):
    assert judgement(law_store, text, "伪造货币罪")[1]["status"] == status


def test_forging_under_the_figures_asks_the_printing_plate(law_store):
    """刑法第一百七十条 sets no amount; 1,000元 is under both of 第一条's figures, and 第一条第三款 (a 版样 made or
    supplied) is the crime whatever the sum: asked, not cleared."""
    _, verdict = judgement(law_store, "张某用电脑伪造面额20元的人民币50张。", "伪造货币罪")
    assert verdict["status"] == "unknown"
    assert [q for q in verdict["questions"] if "版样" in q] == verdict["questions"]


@pytest.mark.parametrize("text,status", [
    ("张某利用木马程序获取他人网银账号密码120组。", "met"),
    # 十组 counts only credentials of 网络金融服务 (第一条（一）); others count at 五百组 (（二）)
    ("张某利用木马程序获取他人QQ账号密码120组。", "unknown"),
    ("张某利用木马程序获取他人QQ账号密码800组。", "met"),
    ("张某利用木马非法控制计算机信息系统35台。", "met"),
])
def test_obtaining_data_or_controlling_systems(law_store, text, status):
    assert judgement(law_store, text, "非法获取计算机信息系统数据、非法控制计算机信息系统罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("张某删除了公司25台服务器中存储的数据。", "met"),
    ("张某攻击某公司网站，造成12台服务器瘫痪。", "met"),
    # twelve systems' data deleted: short of （二）'s twenty, and （一） counts systems that stopped working
    ("张某删除了公司12台电脑中存储的数据。", "unknown"),
    ("张某入侵公司系统删除数据，造成经济损失5万元。", "met"),
])
def test_damaging_systems(law_store, text, status):
    assert judgement(law_store, text, "破坏计算机信息系统罪")[1]["status"] == status


@pytest.mark.parametrize("text,status", [
    ("张某半年前曾因收购赃物被公安机关行政处罚，今年又明知是盗窃所得的电动车而予以收购。", "met"),
    ("张某三年前曾因收购赃物被公安机关行政处罚，今年又明知是盗窃所得的电动车而予以收购。", "unknown"),
    ("张某明知是他人盗窃的电力设备，仍予以收购。", "met"),
    ("张某明知是他人盗窃所得的手机，仍以3000元收购。", "unknown"),
])
def test_concealing_proceeds_since_2021(law_store, text, status):
    """No sum convicts since the 2021 amendment; 第一条's situations do, and a stolen phone bought for 3,000元 asks them.
    计算机解释（2011）第七条's 违法所得五千元 holds only for data and control of systems got by crime (standard_scopes)."""
    assert judgement(law_store, text, "掩饰、隐瞒犯罪所得、犯罪所得收益罪")[1]["status"] == status


def test_a_list_of_cases_not_treated_as_crimes_is_no_filing_clause(law_store):
    """野生动物解释（2022）第十三条第二款 (人工繁育…一般不作为犯罪处理；需要追究刑事责任的…) was read as 掩饰、隐瞒犯罪所得罪's
    filing clause, so a stolen phone was asked whether it was on the bred-wildlife list."""
    _, verdict = judgement(law_store, "张某明知是他人盗窃所得的手机，仍以3000元收购。", "掩饰、隐瞒犯罪所得、犯罪所得收益罪")
    assert not any("人工繁育" in q for q in verdict["questions"])


@pytest.mark.parametrize("text,status", [
    ("张某从网上购买伪造的军用车辆号牌三副，安装在其名下三辆车上使用。", "met"),
    ("张某自2023年1月起在轿车上使用伪造的军用车辆号牌，至2023年9月被查获，累计使用8个月。", "met"),
    # one plate, no time of use: 三副 and 六个月 are asked
    ("张某在其轿车上使用伪造的武警车辆号牌，被交警查获。", "unknown"),
])
def test_false_military_plates(law_store, text, status):
    """妨害武装部队制式服装、车辆号牌解释（2011）第三条 (刑法第三百七十五条第三款), which traffic police meet first."""
    assert judgement(law_store, text, "伪造、盗窃、买卖、非法提供、非法使用武装部队专用标志罪")[1]["status"] == status


def test_uniforms_follow_the_2011_text_over_the_2008_one(law_store):
    """立案追诉标准（一）（2008）第九十四条 (待核) predates the 2009 split of 刑法第三百七十五条; the 2011 interpretation governs."""
    standards, verdict = judgement(law_store, "张某在网店销售仿制的现行武警制式服装成套45套。", "非法生产、买卖武装部队制式服装罪")
    assert verdict["status"] == "met"
    assert [s["id"] for s in standards if s["governing"]] == ["std:jieshi-wuzhuang-budui-2011:art2"]


def test_a_state_company_manager_is_no_organ_staff(law_store):
    """滥用职权罪's offender is 国家机关工作人员 (渎职解释（一）第一条); a state company's staff answer under 刑法第一百六十八条."""
    _, verdict = judgement(law_store, "张某系国有公司工作人员，滥用职权，违规出具担保，造成公司经济损失50万元。", "滥用职权罪")
    assert verdict["status"] == "not_met" and any("国家机关工作人员" in n for n in verdict["notes"])


def test_a_plain_plate_is_no_headquarters_plate(law_store):
    """Probe 81a (a reader who saw no code): one plate of 军以上领导机关 is enough (第三条（一）), one 普通 plate is not, and its
    months of use are still being found (#37 met, #38 asked; the count alone had met #38)."""
    offense = "伪造、盗窃、买卖、非法提供、非法使用武装部队专用标志罪"
    assert judgement(law_store, "2025年6月，某市公安局交警支队查获贺某驾驶的轿车悬挂武装部队军以上领导机关车辆号牌1副。经军地联合核查，该号牌系贺某从他人处购买的伪造号牌，其仅使用了3天即被查获，未发生事故，也未发现其他违法行为。贺某辩称“只用了三天，离六个月差得远”，部分办案人员也倾向于只作行政处理。请问是否达到伪造、盗窃、买卖、非法提供、非法使用武装部队专用标志罪立案追诉标准？", offense)[1]["status"] == "met"
    assert judgement(law_store, "2025年3月，某市交警支队查获邹某使用一副伪造的武装部队普通车辆号牌（非军以上领导机关号牌）。电子警察抓拍记录显示，该号牌最早出现于2024年9月18日，最近一次为2025年2月27日，约5个月零10天。邹某供称2024年6月就已开始使用，但此前的使用记录尚未调取到，停车场等其他记录也在核查中。除该副号牌外，未发现其他号牌或军用标志，未造成严重后果。请问是否达到伪造、盗窃、买卖、非法提供、非法使用武装部队专用标志罪立案追诉标准？", offense)[1]["status"] == "unknown"


@pytest.mark.parametrize("text,status", [
    ("张某伪造信用卡3张，已写入他人信用卡信息。", "met"),
    ("张某伪造空白信用卡15张。", "met"),
    # probe 81a #19: eight cards 属伪造的空白信用卡 (未写入任何持卡人信息) met 伪造信用卡一张以上 on their count
    ("2024年10月，某市公安局经侦支队在黄某租住处查获其自行制作的卡片8张，卡面印有某银行标识、卡号凸字和有效期，外观与真实信用卡一致。经鉴定，8张卡片的磁条和芯片内均未写入任何持卡人信息，属伪造的空白信用卡；现场读写设备中未发现他人信用卡信息，也未发现其伪造其他票证。办案人员认为：“伪造信用卡一张以上就应立案。”请问是否达到伪造、变造金融票证罪立案追诉标准？", "unknown"),
])
def test_forged_cards_and_blank_ones(law_store, text, status):
    """立案追诉标准（二）（2022）第二十四条（二）: one forged card, or ten blank ones (a compiled article curated like an
    interpretation's)."""
    assert judgement(law_store, text, "伪造、变造金融票证罪")[1]["status"] == status
