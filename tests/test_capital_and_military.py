"""Session 59 (probes 92-94: the 2006 standard's judicial, secrecy and inspection officers, disclosure and waste, money and
invoices, military order, forced drug use). Each test is a reading that was sure and wrong, or asked for what the text
states: a reported share worked out from the sums, a company's 认缴登记, two faces of notes found together, a person's and a
unit's losses added where the item sums them (and never a direct with an indirect loss), a military item's words."""
import pytest

from .conftest import judgement


@pytest.fixture(scope="module")
def store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


def test_the_reported_share_is_worked_out_from_the_sums():
    from api.capital_share import derived_share
    from api.verdict import Fact
    paid = derived_share("某保安服务公司申报注册资本伍佰万元，经查实际缴入仅壹佰伍拾万元。", Fact)
    assert paid is not None and paid.quantity.value == 70.0 and "实际缴入" in paid.note
    reported = derived_share("该公司应缴出资八百万元，经查虚报二百万元。", Fact)
    assert reported is not None and reported.quantity.value == 25.0
    # two sums of capital due that disagree, or a false part larger than the whole, give nothing
    assert derived_share("应缴出资八百万元，另一份材料写应缴出资九百万元，虚报二百万元。", Fact) is None
    assert derived_share("应缴出资一百万元，虚报二百万元。", Fact) is None


@pytest.mark.parametrize("offense,text,statuses", [
    # the share from the sums, the minimum kept beside the actual figure, a forged bank paper as the act
    ("虚报注册资本罪", "市场监管局移送：某劳务派遣有限公司（依法实行注册资本实缴登记，法定注册资本最低限额为二百万元）申请设立登记，"
              "申报注册资本伍佰万元，股东提交伪造的银行进账单取得公司登记，经查实际缴入仅壹佰伍拾万元。", {"met"}),
    # a company under 认缴登记 is none, though the words of the exception stand inside the denial
    ("虚报注册资本罪", "某贸易有限公司系普通有限责任公司，注册资本实行认缴登记，不属于依法实行注册资本实缴登记制的公司。股东设立时"
              "使用虚假验资报告虚报注册资本八百万元，虚报部分占应缴出资的百分之八十。", {"not_met"}),
    # notes of two faces found together add up
    ("出售、购买、运输假币罪", "铁路公安在孙某行李中查获伪造的人民币100元券叁拾捌张、50元券6张，孙某供认明知是假币仍受托运输。", {"met"}),
    # 3、4两项合计: a person's and a unit's direct losses add up
    ("环境监管失职罪", "县生态环境局执法人员对一家电镀厂长期超标排污不检查、不处理，导致发生重大水污染事故。经评估：村民个人养殖"
              "直接经济损失十二万元；村集体及一家公司财产直接经济损失二十万元。事故无人员伤亡。", {"met"}),
    # a ranked recruit handled by another counts for no one; 普通兵员 are no 特种条件兵员
    ("接送不合格兵员罪", "征兵工作人员郭某徇私，接送两名体检不合格的普通兵员入伍。同批另有第三名不合格普通兵员，经查系另一名工作人员"
                "经手，郭某不知情。非战时，没有造成其他后果。", {"unknown", "not_met"}),
    # a sentry on duty incited is 值班执勤人员 (立案追诉标准（一）第九十一条（二）)
    ("煽动军人逃离部队罪", "王某通过电话反复劝说某部哨兵小周“别干了，跑出来跟我干”。小周当时正在值班执勤，当夜擅离哨位逃离部队。", {"met"}),
    # ordinary soldiers, nothing hindered, no task touched: only the count is left to ask
    ("雇用逃离部队军人罪", "经查，工地老板韩某明知甲、乙系逃离部队的军人仍予雇用，甲、乙均为普通列兵，无指挥、值班执勤或其他重要职责。"
                 "部队派员带回时，韩某主动配合，未有任何阻拦。", {"unknown", "not_met"}),
    # waste produced at home is no 境外的固体废物
    ("非法处置进口的固体废物罪", "某公司将从邻市一家化工厂收来的十吨废渣倾倒在本县河滩，该批废渣在境内产生，从未出入境。", {"not_met"}),
    # a true result with nothing forged is no 商检徇私舞弊, whatever gift was taken
    ("商检徇私舞弊罪", "检验员林某收受报检企业所送茶叶一盒。经查，林某按规程抽样检验，检验过程和结论真实，证书、印章均无伪造、变造。",
     {"not_met"}),
    # a victim's account changed later leaves the act open
    ("强迫卖淫罪", "被害人方某第一次笔录称被郑某殴打后被迫在宾馆卖淫；第二次笔录改称系自愿卖淫，被打是因为欠债。郑某否认强迫。",
     {"unknown"}),
    # a threat stands where violence is denied
    ("强迫卖淫罪", "高某以在网上公开被害人裸照相威胁，迫使被害人在其住处卖淫两次。被害人称高某从未动手打过她。", {"met"}),
])
def test_session_59_readings(store, offense, text, statuses):
    _, verdict = judgement(store, text, offense)
    assert verdict["status"] in statuses


def test_a_direct_loss_never_adds_an_indirect_one():
    from api.verdict import _opposed_kinds
    assert _opposed_kinds("村民个人财产直接经济损失", "间接经济损失")
    assert not _opposed_kinds("村民个人财产直接经济损失", "公司财产直接经济损失")
    assert not _opposed_kinds("经济损失", "间接经济损失")


def test_notes_summed_only_where_listed_together():
    from api.verdict import extract_facts
    listed = extract_facts("查获伪造的人民币100元券叁拾伍张、50元券12张。")["facts"]
    assert [f.quantity.value for f in listed if f.quantity.unit == "元"] == [4100]
    apart = extract_facts("查获伪造的100元券9张，另从银行清分环节追回2张，合计1100元。")["facts"]
    assert 900 not in [f.quantity.value for f in apart]
