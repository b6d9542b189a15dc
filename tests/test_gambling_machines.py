"""开设赌场罪 by gambling machines: the 2014 两高一部 利用赌博机开设赌场案件意见 二 (corpus/documents/interpretation/
yijian-dubo-ji-2014.md) decides 设置赌博机 facts by its figures; 立案追诉标准（一）第四十四条 decides other gambling houses."""
import pytest

from graph.standards import extract_standards

from .conftest import judgement

OFFENSE = "开设赌场罪"
OPINION = "std:yijian-dubo-ji-2014:art2"


def _judged(store, text: str) -> tuple[dict, dict]:
    standards, verdict = judgement(store, text, OFFENSE)
    return {s["id"]: s for s in standards}, verdict


def test_the_opinions_items_are_read_with_the_place_apart(law_documents):
    """在中小学校附近设置赌博机2台以上: the place is asked on its own and the machines are counted."""
    opinion = {s.id: s for s in extract_standards(law_documents)}[OPINION]
    assert opinion.tier == "filing" and opinion.articles[0][0] == 303
    school = opinion.alternatives[2]
    assert [(c.metric, c.op, c.value, c.unit) for c in school.conditions] == [("设置赌博机", ">=", 2.0, "台")]
    assert [r.text for r in school.requirements] == ["在中小学校附近"]


@pytest.mark.parametrize("text, status", [
    ("王某在小卖部内摆放老虎机12台供人赌博", "met"),                          # （一） 10台以上
    ("王某在某中学门口的小卖部内摆放赌博机3台", "met"),                      # （三） near a school, 2台以上
    ("王某在小卖部内设置赌博机6台供人赌博", "unknown"),                       # minors, school, gains, players unstated
    # every stated figure short, the rest unstated: asked, not ruled out (probe 30b C2; 第四十四条 alone had met it)
    ("李某在游戏厅内设置具有退币功能的赌博机8台，违法所得约3000元，赌资合计未超过2万元，参赌人员十余人", "unknown"),
])
def test_machine_facts_are_judged_on_the_opinions_figures(law_store, text, status):
    standards, verdict = _judged(law_store, text)
    assert verdict["status"] == status
    assert standards["std:lian-zhuisu-biaozhun-1:art44"]["status"] == "not_applicable"
    if status == "met":
        assert verdict["basis"] == [OPINION]


def test_six_machines_anywhere_do_not_meet_the_school_item(law_store):
    """Read as one metric 在中小学校附近设置赌博机, 设置赌博机6台 met （三） with no school said."""
    standards, _ = _judged(law_store, "王某在小卖部内设置赌博机6台供人赌博")
    school = next(a for a in standards[OPINION]["alternatives"] if a["label"] == "（三）")
    assert school["status"] == "unknown"


def test_a_gambling_house_without_machines_is_judged_on_article_44(law_store):
    standards, verdict = _judged(law_store, "王某在自家开设赌场，组织他人打麻将赌博，抽头渔利")
    assert verdict["status"] == "met" and verdict["basis"] == ["std:lian-zhuisu-biaozhun-1:art44"]
    assert standards[OPINION]["status"] == "not_applicable"
