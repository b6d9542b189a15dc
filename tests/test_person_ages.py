"""A person's age at the act read from a stated age or a birth date (api/ages.py), and options that name the person
an act was done to by age (api/person_qualifier.py: 容留未成年人吸食、注射毒品)."""
import pytest

from api.ages import age_said_of

from .conftest import judgement


@pytest.mark.parametrize("name,text,ages", [
    ("小杨", "韩某2025年6月1日晚让小杨在出租屋吸食冰毒。小杨的身份证显示2008年9月3日出生。", (16, 16)),
    ("李某某", "2025年3月1日晚，冯某容留李某某吸食甲基苯丙胺，李某某出生于2009年5月12日。", (15, 15)),
    ("小杨", "韩某让16岁的小杨吸食冰毒。", (16, 16)),
    ("李某某", "冯某容留李某某（17岁）吸食甲基苯丙胺。", (17, 17)),
    # a month without its day: either side of the birthday
    ("李某某", "2025年5月，冯某容留李某某吸食甲基苯丙胺，李某某2007年5月出生。", (17, 18)),
    # the birth date of someone named between is not his: 李某某的哥哥…出生
    ("李某某", "2025年3月1日，冯某容留李某某吸毒，李某某的哥哥出生于2009年5月12日。", None),
    # no act dated, its finding is: at most sixteen then, no least age
    ("蒋某", "2025年3月12日，派出所在出租屋查获卫某容留蒋某吸食甲基苯丙胺。蒋某身份证载明出生日期为2008年5月20日。", (0, 16)),
    # an act dated: its own date, not the finding's
    ("蒋某", "2025年1月5日，卫某容留蒋某吸毒，2025年3月12日被派出所查获。蒋某出生日期为2007年2月20日。", (17, 17)),
])
def test_a_persons_age_at_the_act(name, text, ages):
    age = age_said_of(name, text)
    assert (age[:2] if age else None) == ages


@pytest.mark.parametrize("text,status", [
    # 毒品解释（2016）第十二条（四）: a minor by the birth date and the act's date
    ("韩某2025年6月1日晚在自己的出租屋里让一个叫小杨的人吸食冰毒，韩某没收钱，自己也没吸。小杨的身份证显示2008年9月3日出生。", "met"),
    ("2025年3月1日晚，被告人冯某在其出租屋内容留李某某吸食甲基苯丙胺一次，李某某出生于2009年5月12日。", "met"),
    # nineteen at the act: no minor
    ("2025年3月1日晚，被告人冯某在其出租屋内容留李某某吸食甲基苯丙胺一次，李某某出生于2005年5月12日。", "not_met"),
    # seventeen or eighteen: open
    ("2025年5月，被告人冯某在其出租屋内容留李某某吸食甲基苯丙胺一次，李某某2007年5月出生。", "unknown"),
    # only the seizure dated: at most sixteen when caught in the act, so a minor at it (probe 44a AA09 asked it)
    ("2025年3月12日，派出所在出租屋查获租户卫某容留朋友蒋某在其房间内吸食甲基苯丙胺。蒋某身份证载明出生日期为2008年5月20日。", "met"),
    # nineteen when caught: the act may have been earlier, so no answer either way from the finding alone
    ("2025年3月12日，派出所在出租屋查获租户卫某容留朋友蒋某在其房间内吸食甲基苯丙胺。蒋某身份证载明出生日期为2005年5月20日。", "unknown"),
    # the minor is in the room, not the one who used: nothing read of the child
    ("2025年3月1日晚，被告人冯某在其出租屋内容留王某吸食甲基苯丙胺一次，冯某的儿子冯某某出生于2012年5月12日，当时在隔壁睡觉。", "unknown"),
])
def test_a_minor_by_age_meets_the_option(law_store, text, status):
    standards, _ = judgement(law_store, text, "容留他人吸毒罪")
    item = next(a for s in standards for a in s.get("alternatives", []) if "容留未成年人" in a["text"])
    assert item["status"] == status
