"""Whose a stated penalty, amount or act is: a clause whose subject is another person (其妻子两年前曾因非法集资受过
行政处罚, 其上家出售公民个人信息8000条, 冯某的哥哥一年前…) states nothing of the person the question is about.
Read as theirs, a wife's penalty met 非法集资解释（2022）第三条第二款（二） and an upstream seller's count met
个人信息解释（2017）第五条（五）. The holder is read at the start of the clause, before the words in question."""
from __future__ import annotations

import re
from collections import Counter

CLAUSE_END = "，,。；;！？\n"
# people around the offender, never the offender: kin, partners, the chain of supply, the employer
OTHER_PEOPLE = ("侄子", "侄女", "外甥", "女婿", "儿媳", "叔叔", "舅舅", "姑姑", "姨妈", "孙子", "妻子", "丈夫", "老婆", "老公", "前妻", "前夫", "哥哥", "弟弟", "姐姐", "妹妹", "表哥", "表弟", "堂哥", "堂弟",
                "父亲", "母亲", "儿子", "女儿", "亲属", "亲戚", "家人", "同伙", "合伙人", "上家", "下家", "上线", "下线",
                "朋友", "同事", "邻居", "老板", "雇主", "男友", "女友", "同住人", "供货商", "供应商", "弟", "兄", "妻", "夫", "父", "母")
_NAME = r"[\u4e00-\u9fa5]某某?"
# a person named the way case facts name them, a surname of one or two characters: 李某, 欧阳某某 (capacity, own_share)
NAMED_PERSON = r"[\u4e00-\u9fa5]{1,2}某某?"
# 其妻子, 冯某的哥哥, 其同伙李某, 尤某的上家, 其所在公司 / 冯某所在评价机构 (the employer: a unit's penalty is the
# unit's unless the question is the unit's own offense). Only with the possessor: a text that opens 老板以…为名 is
# about the 老板.
OTHER_HOLDER_RE = re.compile(
    # (described between: 卫某二十岁的侄子; probe 39d M13 met 故意毁坏财物 of 卫某 on his nephew's act)
    rf"^(?:{_NAME}|其|他|她)(?:[\u4e00-\u9fa5\d]{{0,6}}?的|的)?(?:(?:{'|'.join(OTHER_PEOPLE)})(?:{_NAME})?"
    rf"|所在的?[\u4e00-\u9fa5]{{0,4}}?(?:公司|单位|机构|企业|工厂|厂|店))"
    # a predecessor in an office is someone else whoever's office it is: 某公司法定代表人的前任
    rf"|^[\u4e00-\u9fa5]{{0,12}}?的?前任"
    # a person around someone named by office or as the unit: 该公司法定代表人的妻子, 该公司的上游供货商
    rf"|^[\u4e00-\u9fa5]{{1,10}}?的(?:{'|'.join(p for p in OTHER_PEOPLE if len(p) >= 2)}|供货商|供应商|上游)"
    # another firm: 另一家公司, 其他企业
    rf"|^[\u4e00-\u9fa5]{{0,16}}?(?:另一家?|另外一家|其他)(?:公司|企业|单位|商户)"
    # the other party, as a finding opens on it: 后查明对方利用网络开设赌场 (probe 31a: the promoter's 开设赌场 was met by
    # the site's owner's); not 为他人, 向对方: this person's act towards them
    rf"|^(?:经查明?|后查明|查明|后经查|据查|经调查)?(?:对方|他人|别人)(?!的)"
    # known to be another's: 当事人明知对方利用网络开设赌场 (helping it is a share in it only at the figures the corpus
    # lacks: 网络赌博意见（2010）第二条)
    rf"|^[\u4e00-\u9fa5]{{0,8}}?明知(?:对方|他人|别人)"
    # the person the act was done with or for, named apart: 容留一名成年女子…，该女子卖淫获利1.2万元 (probe 31c: her
    # earnings met 卖淫解释（2017）第八条（五）'s 非法获利 of the host)
    rf"|^(?:该|这名|此)(?:女子|妇女|卖淫女|卖淫人员|卖淫女子|失足妇女|吸毒人员|吸毒者|嫖客|顾客|买家|患者|就诊人)"
    # the other party to an accident: 交警认定李某负事故次要责任，另一方负主要责任 (probe 31f: met 负事故主要责任)
    rf"|^(?:另一方|对方|被害方|受害方|事故对方)")
# a clause that opens on what was done, with no subject of its own, goes on with the one before:
# 某公司法定代表人的前任，曾在五年内因虚开发票受过两次行政处罚
SUBJECTLESS_RE = re.compile(r"^(?:曾经?|此前|之前|先后|早在|于|在)")
# words that make the other person's part this person's too: 其妻子协助其销售, 与其同伙共同
# (or paid or gave to this person: 对方按事先约定向其微信转账…作为“信息费” is what he got, probe 92a)
JOINT_RE = re.compile(r"协助|帮助|共同|一起|一同|伙同|配合|与其|和其|按其|受其|听从|指使|向其(?:微信|支付宝|银行卡|账户)?(?:转账|支付|付款|汇款|$)|给其(?:转账|送|付)")


def other_holder(text: str, at: int) -> str | None:
    """The other person the clause around `at` is about, named at its start before `at` (其妻子, 冯某的哥哥), or
    None: the clause names no one else, or says they acted with or for this person."""
    left = max(text.rfind(ch, 0, at) for ch in CLAUSE_END) + 1
    before = text[left:at]
    if SUBJECTLESS_RE.match(before.lstrip()) and left > 1:
        left = max(text.rfind(ch, 0, left - 1) for ch in CLAUSE_END) + 1
        before = text[left:at]
    m = OTHER_HOLDER_RE.match(before.lstrip())
    if m is None or JOINT_RE.search(before):
        return None
    return m.group(0)


# the person a text is about: the first named, not named as the one harmed (被害人王某, 失主陈某)
VICTIM_WORDS = ("被害人", "受害人", "失主", "报案人", "车主", "证人", "举报人", "被害单位")
# a person named as judgments and officers mask names, whole: 李某, 杨某某 (not its tail 某某)
# (not 对某公司, 在某医院: "some firm", no one's name)
PERSON_RE = re.compile(r"(?<!某)(?P<name>[\u4e00-\u9fa5]某某?)(?!某|公司|单位|企业|工厂|银行|医院|学校|部门|机关|平台|网站|小区|酒店|宾馆|市场|超市)")
# a clause that opens on a named person, described first or not: 坐在副驾驶的屈某没有驾驶证
CLAUSE_PERSON_RE = re.compile(rf"^(?:[\u4e00-\u9fa5]{{0,10}}的)?(?P<name>[\u4e00-\u9fa5]某某?)(?!某)")


# a firm named as officers tell firms apart: 甲公司, 乙厂, 张某公司
# (or with its trade between: 甲商贸公司, 乙餐饮公司, 甲再生资源公司 — as 前者/后者 are written out, api/referents.py)
_FIRM = (r"[甲乙丙丁戊己庚辛](?:(?![将把向从在与和被给对的为])[\u4e00-\u9fa5]){0,8}?(?:公司|厂|店|事务所)"
         r"|[\u4e00-\u9fa5]某某?公司")
# the party a question asks about, a person or a firm: 请问卫某是否达到…, 李某的行为是否构成…, 请问乙公司是否达到…
ASKED_PARTY_RE = re.compile(rf"(?P<name>{_FIRM}|[\u4e00-\u9fa5]某某?(?!某))(?:的行为|本人)?(?:是否|能否|够不够|构不构成|算不算|有没有达到)")
CLAUSE_PARTY_RE = re.compile(rf"(?:{_FIRM}|[\u4e00-\u9fa5]某某?(?!某))")


# the person a question is put on before it: 就孙某，请问是否达到… (probe 53b)
# (仅就周某本人而言，请问…: probe 100c)
ASKED_FOR_RE = re.compile(rf"(?:就|对于|关于|针对)(?P<name>{_FIRM}|[\u4e00-\u9fa5]某某?(?!某)|[甲乙丙丁戊己庚辛](?=(?:本人|个人)?而言))"
                          r"(?:本人|个人)?(?:而言)?[，,]?\s*(?:请问|其|是否)")


# the person put first before the facts on them: 就本案被查人员邹某而言：… (probe 65c XC35)
ASKED_ABOUT_RE = re.compile(r"(?:就|对于|针对)(?:本案)?(?:被查人员|被调查人|犯罪嫌疑人|嫌疑人|当事人)?"
                            r"(?P<name>[\u4e00-\u9fa5]某某?(?!某))(?:个人|本人)?而言[，,：:。]")


def asked_party(text: str) -> str | None:
    """The person or firm the question, in the text's last sentence, asks about; else the one person the text says
    it speaks of (就…而言)."""
    last = text.rfind("。", 0, len(text) - 1)
    asked = [m for rx in (ASKED_PARTY_RE, ASKED_FOR_RE) for m in rx.finditer(text) if m.start() > last]
    if not asked and len(about := {m["name"] for m in ASKED_ABOUT_RE.finditer(text)}) == 1:
        return about.pop()
    return max(asked, key=lambda m: m.start())["name"] if asked else None


# what opens a clause before its subject: a date, 另查明, 同年6月
CLAUSE_LEAD_RE = re.compile(r"(?:(?:另查明|经查|另外|此外|另|其中|同年|次年|当年|同月|[0-9]{4}年|[0-9一二三四五六七八九十]{1,3}月|[0-9一二三四五六七八九十]{1,3}日"
                            r"|至|期间|间|以来|左右)[，,]?)*")


# a side and a role before a name opening a clause: 甲方召集人马某已被认定为组织者
# (or a firm before the role: 某会所老板贺某, probe 100c)
ROLE_LEAD = r"(?:[甲乙丙丁]方|某[\u4e00-\u9fa5]{1,5}?(?=召集人|组织者|负责人|经理|老板|司机|员工))?(?:召集人|组织者|负责人|经理|老板|同事|司机|员工|成员)?"


# parties said to act each on their own (甲、乙在同一超市各自独立行窃，互不知情): one's figures are none of the other's
APART_RE = re.compile(r"各自独立|互不知情|互不相识|各自(?:实施|作案|行窃|盗窃|经营)|分别独立")
LETTER_LEAD_RE = re.compile(r"(?:^|(?<=[，,。；：:\n]))(?P<name>[甲乙丙丁])(?=[^、与和及公厂店\s])")


def _main_letter_party(text: str) -> str | None:
    """Of parties named 甲, 乙…, the one most clauses open on, where one does more than any other."""
    ranked = Counter(m["name"] for m in LETTER_LEAD_RE.finditer(text)).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _apart_letter_party(text: str, at: int) -> str | None:
    """Where the question names no one and parties 甲, 乙 are said to act apart: the party other than the main one whose
    clause the figure stands in (乙所窃商品价值1500元 beside 甲's thefts; probe 63b VB01 added it to 甲's)."""
    if not APART_RE.search(text) or (main := _main_letter_party(text)) is None:
        return None
    left = max(text.rfind(ch, 0, at) for ch in CLAUSE_END) + 1
    m = re.match(r"\s*(?P<name>[甲乙丙丁])(?![、与和及])", text[left:at])
    return m["name"] if m and m["name"] != main else None


# a party the facts first name in the figure's own sentence, said to act on its own: 另查，同一时期丙公司另行向该部队提供不合格
# 枪支三支 (probe 101a met 枪支三支以上 for B公司 on it)
# (or in a place of its own: 邻村李某在另一场所单独组织播放二十场次, probe 106a #10)
SEPARATE_PARTY_RE = re.compile(r"(?P<name>(?:[A-Za-z甲乙丙丁戊]|[\u4e00-\u9fa5]{2,4})(?:公司|厂|企业)|[\u4e00-\u9fa5]某某?)"
                               r"(?:在另一(?:场所|地点|处)|在别处|在他处)?(?:另行|单独|独自另行)")


def _new_party_apart(text: str, at: int) -> str | None:
    """The party the figure's sentence opens, before it, as acting apart (另行), where the facts have not named it before."""
    start = max(text.rfind(ch, 0, at) for ch in "。；！？\n") + 1
    for m in SEPARATE_PARTY_RE.finditer(text, start, at):
        if m["name"] not in text[:start]:
            return m["name"]
    return None


# what was done before the one asked about joined is none of his
BEFORE_JOINING = r"(?:加入|入伙|参与进来|受雇|到岗|入职)(?:之)?前"
LETTER_NAME = r"(?P<name>[甲乙丙丁戊己庚辛])(?=[^、与和及公厂店\s某])"


def another_persons_figure(text: str, at: int) -> str | None:
    """The person, not the one the question asks about (asked_party), whose clauses the figure's sentence opens on
    before it, where the asked one is not named there: 就孙某，请问… and 另查明，周某于2025年8月单独为他人倾倒废矿物油6吨
    (probe 53b LB03 met 危险废物三吨 for 孙某 on 周某's six tonnes). Where the question names no one, only another of
    parties 甲, 乙 said to act apart (_apart_letter_party)."""
    asked = asked_party(text)
    if asked is None:
        return _apart_letter_party(text, at) or _new_party_apart(text, at)
    start = max(text.rfind(ch, 0, at) for ch in "。；！？\n") + 1
    sentence = text[start:at]
    if re.search(re.escape(asked) + BEFORE_JOINING, sentence):
        return "（" + asked + "加入前）"   # 乙加入前甲自行售出的第一批种子…核定损失十二万元 (probe 70c ZL02)
    if asked in sentence or asked[:1] + "某" in sentence:
        return None
    subjects = []
    # (parties named by letter where the one asked is: 甲在出租屋内伪造…四十份 is not 乙's, probe 70c ZL07)
    name = LETTER_NAME if len(asked) == 1 else r"(?P<name>[\u4e00-\u9fa5]某某?)(?!某)"
    for clause in re.split(r"[，,：:]", sentence):
        lead = CLAUSE_LEAD_RE.match(clause)
        m = re.match(ROLE_LEAD + name, clause[lead.end():])
        if m and not clause[:lead.end() + m.start()].endswith(VICTIM_WORDS):
            subjects.append(m["name"])
    return subjects[0] if subjects else None


def suspect_name(text: str) -> str | None:
    """The person the question asks about, else the first person named, not as the one harmed, a witness or an
    informant: whom the facts are about."""
    asked = asked_party(text)
    if asked is not None and not asked.endswith(("公司", "厂")):
        return asked
    for m in PERSON_RE.finditer(text):
        if not text[max(0, m.start() - 4):m.start()].endswith(VICTIM_WORDS):
            return m["name"]
    return None


def another_named(text: str, at: int) -> str | None:
    """The person another than the suspect (suspect_name) whom the clause around `at` opens on, before `at`: 坐在副驾驶的
    屈某没有驾驶证 says nothing of the driver 舒某's licence (probe 39c K32 met 无驾驶资格 on it)."""
    left = max(text.rfind(ch, 0, at) for ch in CLAUSE_END) + 1
    m = CLAUSE_PERSON_RE.match(text[left:at].lstrip())
    suspect = suspect_name(text)
    if m is None or suspect is None or m["name"] == suspect or JOINT_RE.search(text[left:at]):
        return None
    return m["name"]


# a clause on another's own doing apart: 同住人孙某另持有…, 其同伙王某另行获取的二百组账号 (a role of up to four characters first)
ANOTHERS_APART_RE = re.compile(r"[\u4e00-\u9fa5]{0,4}?(?P<name>[\u4e00-\u9fa5]某某?)另(?:行|外)?")


def anothers_apart(text: str, at: int) -> str | None:
    """The person, not the suspect, whose separate doing (X某另持有) the clause around `at` opens on: 同住人孙某另持有伪造的
    100元假币三十张 is no rival of the suspect's own 1900元 (probe 98a)."""
    left = max(text.rfind(ch, 0, at) for ch in CLAUSE_END) + 1
    m = ANOTHERS_APART_RE.match(text, left, at)
    suspect = suspect_name(text)
    return m["name"] if m and suspect is not None and m["name"] != suspect and suspect not in m.group(0) else None


def names_another(text: str, left: int, end: int | None = None) -> bool:
    """The clause starting at `left` names a person (X某) before its verb (its first eight characters, or up to `end`),
    not the suspect: 车主吴某有驾照, 该部门采购员韩某单独收受. Unlike another_named, a role may stand before the name."""
    suspect = suspect_name(text)
    names = re.findall(r"[\u4e00-\u9fa5]某", text[left:left + 8 if end is None else end])
    return bool(names) and suspect is not None and suspect not in names


# the person who runs a firm: 乙餐饮公司负责人章某 (the firm's acts are that person's to answer for)
RUNS_FIRM_RE = re.compile(rf"(?P<firm>{_FIRM})(?:的)?(?:负责人|法定代表人|经营者|实际控制人|老板|店主|厂长|总经理|经理)(?P<name>[\u4e00-\u9fa5]某某?)")


def _firm_run_by(text: str, person: str) -> str | None:
    return next((m["firm"] for m in RUNS_FIRM_RE.finditer(text) if m["name"] == person), None)


def another_party(text: str, at: int) -> str | None:
    """The party, other than the one the question asks about (or the firm that one runs), whom the clause around `at`
    opens on: 甲公司未整改 says nothing of 乙公司 (probe 40b Q28 read an order unheeded by the platform's former operator as
    the new one's), nor 甲商贸公司拒不整改 of 乙餐饮公司负责人章某 (probe 63c VC21)."""
    asked = asked_party(text)
    left = max(text.rfind(ch, 0, at) for ch in CLAUSE_END) + 1
    m = CLAUSE_PARTY_RE.match(text[left:at].lstrip())
    if asked is None or m is None or m.group(0) in (asked, _firm_run_by(text, asked)) or JOINT_RE.search(text[left:at]):
        return None
    return m.group(0)
