"""Which text governs an act done before the deciding clause took effect (api/in_force.py, api/act_dates.py;
刑法第十二条, 两高 时间效力规定 第二条、第三条)."""
import datetime as dt

import pytest

from api.act_dates import act_period
from api.in_force import created_offenses, replaced_texts

from .conftest import judgement


@pytest.mark.parametrize("text,first,last", [
    ("2023年3月至5月，某电镀厂排放含铬废水。2023年9月被生态环境部门查获。", dt.date(2023, 3, 1), dt.date(2023, 5, 31)),
    ("2022年，张某非法采矿。2024年3月移送公安机关。", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
    ("王某2021年1月因容留他人吸毒被行政拘留，2022年5月又容留他人吸毒。", dt.date(2022, 5, 1), dt.date(2022, 5, 31)),
    ("2020年6月至2021年1月，张某吸收资金150万元。2022年案发。", dt.date(2020, 6, 1), dt.date(2021, 1, 31)),
    ("某公司2015年成立，2026年3月销售伪劣产品。", dt.date(2026, 3, 1), dt.date(2026, 3, 31)),     # a founding is no act
])
def test_the_act_is_dated_by_its_own_dates_not_by_later_events_or_earlier_penalties(text, first, last):
    period = act_period(text)
    assert (period.first, period.last) == (first, last)


def test_an_act_going_on_to_this_day_is_never_wholly_before_a_date():
    period = act_period("张某2019年起至今非法经营卷烟。")
    assert period.ongoing and not period.wholly_before(dt.date(2030, 1, 1))
    assert act_period("某公司2020年度营业额为300万元。") is None


def test_a_document_s_repealed_texts_are_read_from_its_own_words_and_the_curated_table():
    assert [r.doc_number for r in replaced_texts("jieshi-huanjing-wuran-2023")] == ["法释〔2016〕29号"]
    assert "公通字〔2010〕23号" in [r.doc_number for r in replaced_texts("lian-zhuisu-biaozhun-2")]
    assert replaced_texts("jieshi-geren-xinxi-2017") == ()


def test_offenses_an_amendment_created_are_read_from_the_charge_tables_not_renamed_ones():
    created = created_offenses()
    assert created["危险作业罪"].effective == dt.date(2021, 3, 1)
    assert created["帮助信息网络犯罪活动罪"].effective == dt.date(2015, 11, 1)
    assert "危害珍贵、濒危野生动物罪" not in created     # renamed (取消…罪名), not created


@pytest.mark.parametrize("text,offense,status", [
    # the 2016 pollution 解释 was in force in March 2023; the corpus holds only the 2023 text that repealed it
    ("2023年3月至5月，某电镀厂通过暗管向河道排放含铬废水，经检测总铬超过国家污染物排放标准三倍以上。2023年9月被生态环境部门查获。",
     "污染环境罪", "unknown"),
    ("2023年10月，某电镀厂通过暗管向河道排放含铬废水，经检测总铬超过国家污染物排放标准三倍以上。", "污染环境罪", "met"),
    # 危险作业罪 exists from 2021-03-01 (刑法修正案（十一）第四条): an act dated before it is asked about, never ruled out on
    # the dates alone (a founding or a birth read as the act's date ruled out acts of this year: probe 26q)
    ("2020年5月，某化工厂负责人张某在生产安全事故隐患排除前关闭可燃气体报警装置，具有发生重大伤亡事故的现实危险。2021年6月被应急管理部门查处。",
     "危险作业罪", "unknown"),
    ("2021年5月，某化工厂负责人张某关闭可燃气体报警装置，具有发生重大伤亡事故的现实危险。2021年6月被公安机关立案侦查。", "危险作业罪", "met"),
    ("张某1985年3月生，系某化工厂负责人，上个月关闭可燃气体报警装置，具有发生重大伤亡事故的现实危险。", "危险作业罪", "met"),
    # a year alone that straddles the date decides nothing: the act may be after it
    ("2021年，某化工厂负责人张某关闭可燃气体报警装置，具有发生重大伤亡事故的现实危险。", "危险作业罪", "met"),
])
def test_a_clause_newer_than_the_act_decides_only_with_the_text_in_force_then(law_store, text, offense, status):
    standards, verdict = judgement(law_store, text, offense)
    assert verdict["status"] == status
    if status == "unknown" and offense == "污染环境罪":
        assert any("法释〔2016〕29号" in n for n in verdict["notes"])
    if status == "unknown" and offense == "危险作业罪":
        assert any("刑法第十二条" in n for n in verdict["notes"])


@pytest.mark.parametrize("text,offense,status", [
    # the 2022 wildlife 解释 (一万元) postdates the act; 立案追诉标准（一）第六十六条 was in force: 12 animals, no 禁用工具
    ("2021年11月，在禁猎期内，马某使用弹弓在山林中猎捕野鸡、斑鸠等野生鸟类12只，经鉴定价值1.3万元，弹弓不属于当地公布的禁用工具。2022年1月被查获。",
     "非法狩猎罪", "unknown"),
    # no interpretation before 2019's: the one in force now applies (第二条)
    ("2019年6月，张某明知他人利用信息网络实施诈骗，仍为其提供银行卡用于支付结算，支付结算金额25万元。2019年8月被公安机关立案侦查。",
     "帮助信息网络犯罪活动罪", "met"),
])
def test_an_older_corpus_clause_decides_an_act_before_the_newer_one(law_store, text, offense, status):
    assert judgement(law_store, text, offense)[1]["status"] == status


@pytest.mark.parametrize("text", [
    "成立于2015年的某化工公司，负责人张某在生产作业中擅自关闭、破坏可燃气体报警装置，具有发生重大伤亡事故的现实危险，上月被查处。",
    "张某（1990年生）今年8月在生产作业中擅自关闭可燃气体报警装置，具有发生重大伤亡事故的现实危险。",
    "自2020年11月开始至今，王某擅自关闭可燃气体报警装置，具有发生重大伤亡事故的现实危险。",
])
def test_a_date_that_is_not_the_act_s_or_an_act_running_on_never_rules_a_new_offense_out(law_store, text):
    """Probe 26q: a founding, a birth, a licence's expiry or a start that runs on read as the act's date made
    危险作业罪 not_met for acts of this year."""
    assert judgement(law_store, text, "危险作业罪")[1]["status"] != "not_met"


def test_an_authority_named_inside_the_act_s_clause_is_no_later_event():
    """2022年11月，何某未经林业主管部门批准，盗伐… is the act's date (the authority is what was not asked), while
    2026年2月，检察院作出不起诉决定 is a later event's."""
    assert act_period("2022年11月，何某未经林业主管部门批准，盗伐村集体林木。").words == "2022年11月"
    assert act_period("2025年1月张某盗窃。2026年2月，检察院作出不起诉决定。").words == "2025年1月"


# the 公安机关办理行政案件程序规定 copy quotes other texts' 施行 dates after its own (2012 text, amended since)
EFFECTIVE_CHECKED_BY_HAND = {"gongan-xingzheng-anjian-guiding"}


def test_no_document_is_shown_in_force_before_its_own_words_put_it_in_force():
    """Probe 28z: 矿产资源法 was served as effective 2024-11-08, the day it was adopted; its 第八十条 says 本法自2025年
    7月1日起施行, and acts between the two fell under the 2009 text. The front matter's `effective` may not precede the
    last 施行 date of the document's own body (an amended code keeps its first 施行 date, which is earlier)."""
    import re
    from corpus.frontmatter import split_front_matter
    from api.in_force import DOCUMENTS
    stated_re = re.compile(r"自(\d{4})年(\d{1,2})月(\d{1,2})日起施行")
    late = []
    for path in sorted(DOCUMENTS.glob("*/*.md")):
        if path.parent.name == "case" or path.stem in EFFECTIVE_CHECKED_BY_HAND:
            continue
        split = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        stated = stated_re.findall(split.body)
        if stated and dt.date(*map(int, stated[-1])).isoformat() > str(split.data.get("effective")):
            late.append(path.stem)
    assert not late
