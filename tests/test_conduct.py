"""An offense's act, which its threshold items take for granted (api/conduct.py): a verdict met on amounts
alone stays open until the facts state the act."""
import pytest

from api.conduct import CONDUCT_DIR, Conduct, _pattern, act_in, conducts, stated_conduct, with_conduct
from api.consult import consult
from corpus.curated import CuratedTableError
from graph.queries import offense_view
from indexer.search import SearchService

from .conftest import judgement

MET = {"status": "met", "basis": ["std:x"], "questions": [], "notes": []}
TIMBER = Conduct("非法收购、运输盗伐、滥伐的林木罪", "xingfa:art345", "非法收购、运输明知是盗伐、滥伐的林木",
                 ("收购…木", "运输…木", "拉运…木"), _pattern(("收购…木", "运输…木", "拉运…木")))


def test_a_gap_phrase_reads_its_parts_in_order_within_one_sentence():
    assert stated_conduct(TIMBER, "明知是他人盗伐的杉木仍低价收购") is None         # 木 before 收购
    assert stated_conduct(TIMBER, "张某低价收购他人盗伐的杉木，运回厂里") == "张某低价收购他人盗伐的杉木"   # its clause
    assert stated_conduct(TIMBER, "低价收购。后查明杉木系盗伐") is None            # across a sentence
    assert stated_conduct(TIMBER, "他并未收购这批杉木") is None                    # denied
    assert stated_conduct(TIMBER, "没有采伐许可证，收购这批杉木") == "收购这批杉木"  # a denial before does not reach it
    assert stated_conduct(TIMBER, "这算不算收购林木？") is None                    # asked, not stated


def test_another_persons_act_qualifying_what_was_handled_is_not_the_act():
    """收购盗伐的林木 states a purchase, not a theft of trees; 伪造的发票而持有 still states the holding."""
    theft = Conduct("盗伐林木罪", "xingfa:art345", "盗伐森林或者其他林木", ("盗伐", "偷砍…木"), _pattern(("盗伐", "偷砍…木")))
    assert stated_conduct(theft, "非法收购盗伐的林木二十立方米") is None
    assert stated_conduct(theft, "老板明知是村民偷砍的松木，仍低价买下") is None
    assert stated_conduct(theft, "黄某将盗伐的杉木运到镇上出售") == "黄某将盗伐的杉木运到镇上出售"
    holding = Conduct("持有伪造的发票罪", "xingfa:art210-1", "持有伪造的发票", ("伪造的…发票…持有",),
                      _pattern(("伪造的…发票…持有",)))
    assert stated_conduct(holding, "明知是伪造的增值税专用发票而持有，共六十份") == "明知是伪造的增值税专用发票而持有"


def test_a_met_verdict_without_the_act_is_undecided_and_asks_for_it(monkeypatch):
    monkeypatch.setattr("api.conduct.conducts", lambda: {TIMBER.offense: TIMBER})
    cut_only = with_conduct(MET, act_in(TIMBER.offense, "砍伐自家杉木，立木蓄积三十立方米", named=False))
    assert cut_only["status"] == "unknown" and cut_only["basis"] == ["std:x"]
    assert TIMBER.conduct in cut_only["questions"][0] and TIMBER.conduct in cut_only["notes"][0]
    bought = with_conduct(MET, act_in(TIMBER.offense, "收购他人盗伐的杉木三十立方米", named=False))
    assert bought["status"] == "met" and bought["conduct"]["stated"] == "收购他人盗伐的杉木三十立方米"
    assert with_conduct(MET, act_in(TIMBER.offense, "砍伐杉木三十立方米", named=True))["status"] == "met"
    unknown = {**MET, "status": "unknown"}
    assert with_conduct(unknown, act_in(TIMBER.offense, "砍伐杉木", named=False)) == unknown
    assert act_in("没有条目的罪", "砍伐杉木", named=False) is None and with_conduct(MET, None) == MET


@pytest.mark.parametrize("entry,field", [
    ("- {offense: 甲罪, unit: xingfa:art1, conduct: 甲, stated_by: [甲乙], extra: 1}", "unknown field 'extra'"),
    ("- {offense: 甲罪, unit: xingfa:art1, conduct: 甲}", "field 'stated_by' is required"),
    ("- {offense: 甲罪, unit: xingfa:art1, conduct: 甲, stated_by: [甲]}", "two characters or more"),
    ("- {offense: 甲罪, unit: xingfa:art1, conduct: 甲, stated_by: [甲乙…]}", "empty part"),
    ("- {offense: 甲罪, unit: xingfa:art1, conduct: 甲, stated_by: [甲乙]}\n"
     "- {offense: 甲罪, unit: xingfa:art1, conduct: 甲, stated_by: [甲丙]}", "has an entry already"),
])
def test_a_slip_in_the_table_names_file_line_and_field(tmp_path, entry, field):
    (tmp_path / "t.yaml").write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(CuratedTableError, match=f"t.yaml:\\d+ \\(甲罪\\): .*{field}"):
        conducts.__wrapped__(tmp_path)


def test_every_offense_with_a_filing_standard_has_its_act_quoted_from_the_law(law_documents, store):
    """The table is complete for the offenses a verdict can be met for, and each entry quotes its unit."""
    units = {u.id: "".join(u.text.split()) for d in law_documents for u in d.units}
    table = conducts(CONDUCT_DIR)
    offenses = {n.label: n.id for n in store.nodes_of_kind("Offense")}
    assert set(table) <= set(offenses), set(table) - set(offenses)
    missing = [name for name, oid in offenses.items()
               if any(s.get("tier", "filing") == "filing" for s in offense_view(store, oid)["standards"]) and name not in table]
    assert not missing
    assert all("".join(c.conduct.split()) in units.get(c.unit, "") for c in table.values()), \
        [c.offense for c in table.values() if "".join(c.conduct.split()) not in units.get(c.unit, "")]


@pytest.fixture(scope="module")
def service(bundled_index, embedder):
    return SearchService(bundled_index, embedder)


def _verdicts(service, text: str) -> dict[str, dict]:
    return {o["name"]: o["verdict"] for o in consult(service, text)["offenses"]}


def test_amounts_shared_with_another_offense_do_not_meet_it_without_its_act(service):
    """砍了自家杉木 states no purchase or transport, and a road accident no birth-control operation."""
    cut = _verdicts(service, "砍伐自家承包山上的杉木，立木蓄积三十立方米")
    assert cut["滥伐林木罪"]["status"] == "met" and cut["滥伐林木罪"]["conduct"]["stated"]
    if "非法收购、运输盗伐、滥伐的林木罪" in cut:
        assert cut["非法收购、运输盗伐、滥伐的林木罪"]["status"] == "unknown"
    bought = _verdicts(service, "明知是他人盗伐的杉木仍予收购，立木蓄积三十立方米")
    assert bought["非法收购、运输盗伐、滥伐的林木罪"]["status"] == "met"
    crash = consult(service, "无证开拖拉机在乡道上侧翻，车上坐的人一死一重伤，驾驶人负全部责任，怎么处理？")
    for o in crash["offenses"]:
        if o["name"] in ("非法进行节育手术罪", "非法行医罪", "医疗事故罪"):
            assert o["verdict"]["status"] != "met", o


@pytest.fixture(scope="module")
def store(law_store):
    return law_store


def _judged(store, text: str, offense: str) -> dict:
    return judgement(store, text, offense)[1]


def test_a_requirement_restating_the_act_is_met_by_the_facts_own_words_for_it(store):
    """生产、销售假药的 (立案追诉标准（一）第十七条) is met where the facts say what was sold was found to be a 假药,
    and 销售明知是假冒注册商标的商品 where they say 明知…而销售; without 明知 the requirement stays open."""
    fake = _judged(store, "某诊所向患者销售以淀粉压制冒充的降压药，经药监部门认定为假药，销售金额一千二百元", "生产、销售、提供假药罪")
    # (the act's words shown are the nearest that state it: an act phrase's gap is the shortest since probe 46a EA19)
    assert fake["status"] == "met" and "冒充的降压药" in fake["conduct"]["stated"]
    knew = _judged(store, "2024年，明知是假冒注册商标的白酒而销售，销售金额八万元", "销售假冒注册商标的商品罪")
    assert knew["status"] == "met"
    unsaid = _judged(store, "销售假冒注册商标的白酒，销售金额八万元", "销售假冒注册商标的商品罪")
    assert unsaid["status"] == "unknown" and any("明知" in q for q in unsaid["questions"])
    # an earlier punishment for the act (帮信 解释第十二条（五）) is not the act itself
    once = _judged(store, "明知他人利用信息网络实施犯罪，为其提供技术支持，违法所得五千元", "帮助信息网络犯罪活动罪")
    assert once["status"] == "unknown"


def test_the_act_alone_does_not_state_what_an_item_adds_to_it(store):
    """引诱、容留、介绍已满十四周岁未满十八周岁的未成年人卖淫 was cut into 引诱 / 容留 / 介绍…, so 容留一名妇女卖淫一次
    met the minor and the 艾滋病 items; 非法持有子弹五发 met 非法持有、私藏的弹药造成人员伤亡 (立案追诉标准（一）第七十八、
    四条). The offense's own act at the head of such a list states nothing the item adds. 暴力、威胁 of 抗税 are
    alternatives, not heads, and stay."""
    from api.verdict import _act_heads
    from api.conduct import act_in

    def items(text, offense, std_id):
        judged = judgement(store, text, offense)[0]
        return {a["label"]: a["status"] for s in judged if s["id"] == std_id for a in s["alternatives"]}
    lodging = items("王某在出租屋内容留一名妇女卖淫一次", "引诱、容留、介绍卖淫罪", "std:lian-zhuisu-biaozhun-1:art78")
    assert lodging["（二）"] == lodging["（三）"] == "unknown"
    ammo = items("张某非法持有子弹五发，被公安机关查获", "非法持有、私藏枪支、弹药罪", "std:lian-zhuisu-biaozhun-1:art4")
    assert ammo["（五）"] == "unknown"
    resold = items("某公司非法转让土地使用权", "非法转让、倒卖土地使用权罪", "std:lian-zhuisu-biaozhun-2:art72")
    assert resold["（五）"] == "unknown"
    assert items("张某非法持有的子弹走火，造成人员伤亡", "非法持有、私藏枪支、弹药罪",
                 "std:lian-zhuisu-biaozhun-1:art4")["（五）"] != "not_met"
    tax = {"text": "以暴力、威胁方法拒不缴纳税款", "options": ["暴力", "威胁"]}
    assert _act_heads(tax, act_in("抗税罪", "", True)) == set()



def test_drug_possession_is_judged_on_the_criminal_laws_own_figures(store):
    """刑法第三百四十八条 sets 鸦片二百克、海洛因或者甲基苯丙胺十克 itself; the offense had no standard and every
    possession case said 语料中未收录. 冰毒 is 甲基苯丙胺 by its common name; 海洛因 is named in a 或者 list.
    第三百四十七条: selling drugs is a crime 无论数量多少, once the act is stated."""
    def item(text, label):
        judged = judgement(store, text, "非法持有毒品罪")[0]
        return next(a for s in judged for a in s["alternatives"] if a["label"] == label)["status"]
    assert _judged(store, "李某被查获时随身携带冰毒15克", "非法持有毒品罪")["status"] == "met"
    assert _judged(store, "王某非法持有海洛因12克", "非法持有毒品罪")["status"] == "met"
    assert item("李某被查获时随身携带冰毒5克，供述系自己吸食", "海洛因、甲基苯丙胺") == "not_met"
    assert item("王某非法持有鸦片150克", "鸦片") == "not_met"
    assert _judged(store, "李某被查获时随身携带冰毒5克，供述系自己吸食", "非法持有毒品罪")["status"] != "met"
    assert _judged(store, "张某以每克300元的价格向吸毒人员贩卖冰毒0.5克", "走私、贩卖、运输、制造毒品罪")["status"] == "met"
    assert _judged(store, "张某被查获冰毒15克，无证据证明其贩卖", "走私、贩卖、运输、制造毒品罪")["status"] == "unknown"


@pytest.mark.parametrize("text", [
    "医美诊所用的肉毒素是水货，检测是真货，就是国内没批准进口，这种还算冒牌药吗？",
    "请问是否还能按以前的做法认定为假药",
    "兽药基本是淀粉。有同事说兽药也是药，应该按假药的罪",
    "企业不同意按假药处理",
    "村集体的树，他超出来那部分算偷伐吗？",
])
def test_an_act_asked_about_or_argued_is_not_stated(text):
    """Questions and opinions about the act met 生产、销售、提供假药罪 as if the facts stated it (4 officers'
    questions on 劣药, 兽药 and unapproved imports did); the act stays to be established."""
    assert stated_conduct(conducts()["生产、销售、提供假药罪"], text) is None
    assert stated_conduct(conducts()["生产、销售、提供假药罪"], "某诊所销售以淀粉压制冒充的降压药，经药监部门认定为假药")


def test_a_notice_denied_as_issued_or_another_persons_act_is_not_this_persons_act():
    """消防部门此前没有对该厂下过责令改正通知书 met 消防责任事故罪 (经…通知…而拒绝执行); 不能证明其明知木材系他人滥伐
    所得 met 滥伐林木罪 for the buyer. 砍伐他人承包的林木 and 向他人销售 remain this person's acts."""
    fire, felling = conducts()["消防责任事故罪"], conducts()["滥伐林木罪"]
    assert stated_conduct(fire, "消防部门此前没有对该厂下过责令改正通知书，厂方也未收到任何消防整改文书") is None
    assert stated_conduct(fire, "消防救援大队两次下发《责令限期改正通知书》，院长均未组织整改")
    assert stated_conduct(felling, "现有证据不能证明其明知木材系他人滥伐所得") is None
    assert stated_conduct(conducts()["盗伐林木罪"], "张某未经许可砍伐他人承包的林木")
    assert stated_conduct(conducts()["生产、销售、提供假药罪"], "张某向他人销售以淀粉压制的假药")


@pytest.mark.parametrize("text,status", [
    ("商场发生火灾致1人死亡，够消防责任事故罪吗？", "unknown"),         # named to ask: no notice refused is stated
    ("商场发生火灾致1人死亡，是否构成消防责任事故罪", "unknown"),
    ("商场违反消防法规，消防部门责令整改后拒不整改，发生火灾致1人死亡", "met"),
    ("该商场犯消防责任事故罪，火灾致1人死亡", "met"),                  # named in a statement
])
def test_an_offense_named_only_in_the_question_does_not_state_its_act(store, text, status):
    """立案追诉标准（一）第十五条 needs 经消防监督机构通知采取改正措施而拒绝执行; a question naming the offense
    was read as stating it, and any fire with a death was 已达到."""
    assert _judged(store, text, "消防责任事故罪")["status"] == status


def test_a_clause_s_requirement_asked_about_is_not_stated(store):
    """立案追诉标准（一）第四十四条 开设赌场的: 是否构成开设赌场罪？ asks it; it was 已达到 on the question's words."""
    text = "刘某经营一家合法棋牌室，仅收取台费，店内未发现任何赌博行为，是否构成开设赌场罪？"
    assert _judged(store, text, "开设赌场罪")["status"] == "unknown"
    assert _judged(store, "刘某在家中开设赌场，组织他人赌博并抽头", "开设赌场罪")["status"] == "met"


@pytest.mark.parametrize("text,offense", [
    ("贺某明知是他人集资诈骗所得，帮助将50万元转账至多个账户，贺某是否达到立案标准？", "集资诈骗罪"),
    ("郑某明知是他人贩卖毒品的所得，仍提供本人银行账户帮助转移资金20万元，是否达到洗钱罪立案标准？", "走私、贩卖、运输、制造毒品罪"),
    ("某人明知是他人非法吸收公众存款所得，仍帮助将200万元转换为现金，是否构成非法吸收公众存款罪？", "非法吸收公众存款罪"),
    # the felling qualifies what was carried (刑法第三百四十五条第三款), neither by name nor by 伐…林木 inside 滥伐
    ("韦某明知是滥伐的林木而予以运输，运输林木立木蓄积25立方米，是否构成非法运输滥伐的林木罪？", "滥伐林木罪"),
])
def test_another_s_act_named_as_the_source_of_the_money_is_not_this_person_s(store, text, offense):
    """Moving the proceeds of 他人集资诈骗 is 洗钱 or 掩饰、隐瞒, not the upstream offense."""
    assert _judged(store, text, offense)["status"] == "unknown"


@pytest.mark.parametrize("text,offense,status", [
    # the violation denied is no violation stated (not 公司负责人不存在违反安全管理规定的行为 as the act)
    ("某公司仓库发生火灾致一人死亡，系死者本人违规吸烟引起，公司负责人不存在违反安全管理规定的行为，是否构成重大责任事故罪？",
     "重大责任事故罪", "unknown"),
    # 违章指挥 is 刑法第一百三十四条第一款's act; 强令 needs the forcing (2022 安全生产解释 第一条)
    ("某项目经理违章指挥工人作业，导致一名工人死亡，是否构成强令、组织他人违章冒险作业罪？", "强令、组织他人违章冒险作业罪", "unknown"),
    ("某项目经理以扣发工资相要挟，强令工人在有重大事故隐患的巷道作业，导致一名工人死亡，是否构成犯罪？", "强令、组织他人违章冒险作业罪", "met"),
    # a requirement denied by 不具有 (刑法第三百三十条 有传播严重危险)
    ("某供水单位供应的饮用水不符合国家规定的卫生标准，但尚未引起甲类传染病传播，也不具有传播严重危险，是否构成妨害传染病防治罪？",
     "妨害传染病防治罪", "unknown"),
    # 刑法第一百四十三条 生产、销售: a sick pig disposed of is no food sold
    ("某屠宰场违反检疫规定，非法处置因检疫需要被依法处理的病死猪，货值金额2.5万元，是否达到立案追诉标准？", "生产、销售不符合安全标准的食品罪",
     "unknown"),
    ("某屠宰场将病死猪屠宰后分割销售给多家饭店，销售金额2.5万元，是否达到立案追诉标准？", "生产、销售不符合安全标准的食品罪", "met"),
])
def test_a_denied_violation_or_a_lesser_act_states_no_offense(store, text, offense, status):
    """Each was 已达到 in a session-21 probe (but the controls)."""
    assert _judged(store, text, offense)["status"] == status


@pytest.mark.parametrize("text,offense,status", [
    # refused, promised, alleged: not done (立案追诉标准（二）第四十三条（一） 提供资金账户)
    ("某人未为毒贩提供资金账户，仅帮其保管过一个背包，是否达到洗钱罪立案标准？", "洗钱罪", "unknown"),
    ("某人拒绝为毒贩提供资金账户，是否达到洗钱罪立案标准？", "洗钱罪", "unknown"),
    ("某人答应为毒贩提供资金账户，尚未提供即被抓获，是否达到洗钱罪立案标准？", "洗钱罪", "unknown"),
    ("某人为毒贩提供资金账户，帮助转移毒资20万元，是否达到洗钱罪立案标准？", "洗钱罪", "met"),
    # 刑法第一百九十一条's seven kinds of proceeds: theft's are none, none named asks
    ("某人为盗窃犯提供资金账户转移赃款，是否达到洗钱罪立案标准？", "洗钱罪", "not_met"),
    ("某人为他人提供资金账户，是否达到洗钱罪立案标准？", "洗钱罪", "unknown"),
    # the fraud denied at the gap phrase's last words, planned, or only alleged
    ("某公司在招股说明书中如实披露，未隐瞒重要事实，也未编造虚假内容，发行股票募集资金5000万元，是否达到欺诈发行证券罪立案标准？",
     "欺诈发行证券罪", "unknown"),
    ("某公司拟在招股说明书中编造虚假内容发行股票，计划募集资金2000万元，尚未发行即被发现，是否达到欺诈发行证券罪立案标准？",
     "欺诈发行证券罪", "unknown"),
    ("某公司发行股票募集资金3000万元，有股东举报称招股说明书存在虚假内容，公司否认，是否达到欺诈发行证券罪立案标准？",
     "欺诈发行证券罪", "unknown"),
    ("某公司在招股说明书中编造重大虚假内容发行股票，非法募集资金2000万元，是否达到欺诈发行证券罪立案标准？", "欺诈发行证券罪", "met"),
    # an earlier penalty's act is not the act in question, nor its trade the case's
    ("某人走私伪造的货币总面额1500元，币量150张，其一年前曾因走私毒品被行政处罚，是否达到走私假币罪立案标准？",
     "走私、贩卖、运输、制造毒品罪", "unknown"),
    ("某人非法从事资金支付结算业务，非法经营数额300万元，违法所得6万元，其一年前曾因非法经营卷烟受过行政处罚，是否达到立案标准？",
     "非法经营罪", "unknown"),
    # 刑法第二百八十七条之二: the crime helped is to be named
    ("某人利用其控制的多台POS机以虚构交易方式为他人非法提供资金支付结算服务，资金结算金额累计520万元，是否达到立案追诉标准？",
     "帮助信息网络犯罪活动罪", "unknown"),
])
def test_an_act_refused_promised_alleged_or_punished_before_is_not_this_case_s(store, text, offense, status):
    """Each was 已达到 in a session-21 finance probe (but the controls)."""
    assert _judged(store, text, offense)["status"] == status
