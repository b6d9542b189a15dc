"""Whether the offender can answer for the act at all (刑法第十七条、第十八条): a filing threshold met by a
15-year-old's 电鱼 catch or by a mentally ill person's felling, read as 已达到, is sure and wrong. Read only
where the facts tie the age or the appraisal to the offender: the text opens on them (15岁的初中生李某…, 年仅15周岁的…,
未满十六周岁的赵某…), or they stand right by the first named person (李某（15岁）, 李某（2010年3月出生）于2025年1月…);
a child named further on (雇用十四岁的小工) is someone else, and nothing is read of it."""
from __future__ import annotations

import re

from corpus.numerals import parse_chinese_int

from .ages import AGE as _AGE, BIRTH_DATE_RE, StatedAge, age_at_act, birth_lead, said_right_after
from .holder import NAMED_PERSON, PERSON_RE, suspect_name
from .verdict import STATUS_UNKNOWN, sentence_bounds

UNIT = "xingfa:art17"
MENTAL_UNIT = "xingfa:art18"
# 刑法第十七条第二款: the offenses answered for from fourteen (贩卖毒品 of 第三百四十七条: the sale alone)
FROM_FOURTEEN = ("故意杀人罪", "故意伤害罪", "强奸罪", "抢劫罪", "放火罪", "爆炸罪", "投放危险物质罪")
DRUG_OFFENSE = "走私、贩卖、运输、制造毒品罪"
# 刑法第十七条第三款: from twelve, 故意杀人、故意伤害 with death or cruel grave injury, approved by the 最高人民检察院
FROM_TWELVE = ("故意杀人罪", "故意伤害罪")

_NAME = NAMED_PERSON
LEAD = r"^(?:经查[明实]?[，,：:]?|案情[：:])?"
# the text opens on the offender's age: 15岁的初中生李某, 年仅15周岁的李某, 未满十六周岁的赵某
OPENING_AGE_RE = re.compile(LEAD + rf"(?:年仅|仅)?{_AGE}的[\u4e00-\u9fa5]{{0,6}}?{_NAME}")
OPENING_UNDER_RE = re.compile(LEAD + r"(?:未满|不满)(?P<limit>十四|十六|十二|14|16|12)周?岁的[\u4e00-\u9fa5]{0,6}?" + _NAME)
# the first named person's own age: 李某（15岁）, 李某（男，15岁）, 李某，男，15岁，, 李某今年15岁
NAMED_AGE_RE = re.compile(LEAD + rf"{_NAME}(?:（(?:[男女][，,])?|[，,][男女][，,]|今年|系|案发时)(?:年仅)?{_AGE}")
# 李某（2010年3月出生）于2025年1月…
BIRTH_RE = re.compile(LEAD + rf"{_NAME}[（(，,](?:[男女][，,])?(?P<by>\d{{4}})年(?P<bm>\d{{1,2}})月(?:\d{{1,2}}日)?出生[）)，,]?"
                      r"[^。]{0,6}?(?P<ay>\d{4})年(?P<am>\d{1,2})月")

# the offender named again with the age at the act: 派出所抓获偷电动车的邵某，经户籍核实，邵某作案时十五岁零十个月 (probe 39a
# H38 was met on the bike's value)
AGE_AT_ACT_RE = re.compile(rf"(?<!某)(?P<name>[\u4e00-\u9fa5]某某?|他|她)(?:作案时|案发时|行为时|犯罪时|实施[^，。；]{{0,6}}?时"
                           rf"|(?:作案|案发|打架|动手|行凶|偷东西|盗窃)(?:那天|当天|当时|时))(?:年仅|仅|才|只有)?"
                           rf"(?:{_AGE}|(?:未满|不满)(?P<limit>十四|十六|十二|14|16|12)周?岁)")
# the offender's age still being established: 出生日期…两者不一致，户籍核查和骨龄鉴定正在进行 (probe 39c K33 met 交通肇事罪
# for a driver who may have been fifteen)
# (or the records still being fetched while the words disagree: 他自己说十五岁，家里人又说已经满十六了，户籍信息还在调; probe 44b
# BB40 met 聚众扰乱军事管理区秩序罪 on the ringleader's acts)
AGE_OPEN_RE = re.compile(r"骨龄鉴定|年龄(?:尚|还|仍)?(?:待|未|没有?|不能|无法)(?:查清|查明|确定|核实|认定)|出生日期[^。；]{0,40}?不一致"
                         r"|年龄[^。；]{0,6}?说法不一|户籍(?:信息|资料|证明|登记)?(?:还|尚|正|仍)在(?:调取|调查|调|核实|核查|查询|查)"
                         # a nominal age (虚岁) near sixteen: one or two years more than the 周岁 the law counts (probe 64a
                         # WA10: 虚岁十七, born in the twelfth lunar month, was fifteen)
                         r"|虚岁(?:十[四五六七]|1[4-7])(?![0-9一二三四五六七八九十])")
VICTIM_RE = re.compile(r"被害|受害|幼女|女孩|儿童|学生")     # a victim's age is not the offender's
# offenses whose victims the law names by their age: the ages the facts give are the children's (经查，张某（2009年8月出生）…
# of a quarry's hired hands: probe 71b AB35 was not_met for the quarry, 张某 read as its fifteen-year-old offender)
CHILD_VICTIM_OFFENSES = ("雇用童工从事危重劳动罪", "拐骗儿童罪", "组织残疾人、儿童乞讨罪", "组织未成年人进行违反治安管理活动罪",
                         "引诱未成年人聚众淫乱罪")
# the person a question asks about, named any way: 请问对小范是否达到…
ASKED_NAME_RE = re.compile(r"(?P<name>[\u4e00-\u9fa5]{2,3})(?:的行为)?(?:是否|能否|够不够|构不构成)")

# 刑法第十八条第一款: an appraisal that finds the offender could not tell or control the act
INCAPABLE_RE = re.compile(r"不能辨认或者不能控制|不能辨认|不能控制|完全丧失辨认|丧失辨认和控制|丧失辨认或者控制|无刑事责任能力")
# 第十八条第二款、第三款: lucid interval, capacity only partly lost
STILL_CAPABLE_RE = re.compile(r"尚未完全丧失|部分丧失|限定刑事责任能力|限制刑事责任能力|精神正常的时候|精神正常时|间歇期")
APPRAISED_RE = re.compile(r"鉴定")


def offender_age(text: str) -> StatedAge | None:
    """The offender's age at the act where the facts tie an age to the offender; an upper bound (未满十六周岁) allows
    every age below it."""
    if m := BIRTH_RE.search(text):
        months = (int(m["ay"]) - int(m["by"])) * 12 + int(m["am"]) - int(m["bm"])
        # in the birthday's own month the day decides: either side of the birthday
        return StatedAge(months // 12 - (months % 12 == 0), months // 12, m.group(0))
    if m := OPENING_UNDER_RE.search(text):
        return StatedAge(0, parse_chinese_int(m["limit"]) - 1, m.group(0))
    for pattern in (OPENING_AGE_RE, NAMED_AGE_RE):
        if m := pattern.search(text):
            age = parse_chinese_int(m["age"])
            return StatedAge(age, age, m.group(0))
    suspect = suspect_name(text)
    if dated := _age_from_birth_date(text, suspect):
        return dated
    for m in AGE_AT_ACT_RE.finditer(text):
        # a pronoun is the person last named before it, and must be the offender (夏某…动手最凶…他打架那天才十五岁八个月)
        named = m["name"] if m["name"] not in ("他", "她") else next(
            (n["name"] for n in reversed(list(PERSON_RE.finditer(text, 0, m.start())))), None)
        if suspect is not None and named == suspect:
            if m["age"]:
                age = parse_chinese_int(m["age"])
                return StatedAge(age, age, m.group(0))
            return StatedAge(0, parse_chinese_int(m["limit"]) - 1, m.group(0))
    return None


def _names_offender(lead: str, text: str, suspect: str | None) -> bool:
    """The birth date stands right after the offender's name: the suspect (王某（2009年3月出生）, 王某2009年3月出生), or the
    one the question asks about by another name (少年小范2010年11月20日出生…请问对小范是否…). Not a date after anyone
    else's name: 小芳户籍信息显示出生于… is the girl's (probe 40b Q04), 趁继女许某（…生）洗澡之际 the victim's."""
    if suspect is not None:
        name = suspect
    else:
        asked = ASKED_NAME_RE.search(text, text.rfind("。", 0, len(text) - 1) + 1)
        name = next((asked["name"][i:] for i in range(len(asked["name"]) - 1) if asked["name"][i:] in lead), None) if asked else None
    m = said_right_after(name, lead) if name is not None else None
    return m is not None and not VICTIM_RE.search(m["between"])


def _age_from_birth_date(text: str, suspect: str | None) -> StatedAge | None:
    """The offender's age at the act from a birth date said of them (api/ages.py); None where every birth date is
    someone else's (a victim's, a person other than the suspect) or no act is dated after it."""
    for birth in BIRTH_DATE_RE.finditer(text):
        if _names_offender(birth_lead(text, birth), text, suspect):
            return age_at_act(text, birth)
    return None


def _answers_from(offense: str, age: int, text: str) -> bool | None:
    """Whether one of this age answers for the offense (刑法第十七条); None where it turns on facts not read here."""
    if age >= 16:
        return True
    if age >= 14:
        if offense in FROM_FOURTEEN:
            return True
        if offense == DRUG_OFFENSE:
            return True if "贩卖" in text else False
        return False
    if age >= 12 and offense in FROM_TWELVE:
        return None
    return False


def with_capacity(verdict: dict, offense: str, text: str) -> dict:
    """The verdict, read against the offender's age and capacity: not_met with the reason where the law says the
    offender does not answer for it; undecided where an appraisal is still to be had or approval turns on facts."""
    if verdict["status"] == "not_met":
        return verdict
    stated = offender_age(text) if offense not in CHILD_VICTIM_OFFENSES else None
    if stated is not None:
        answers = {age: _answers_from(offense, age, text) for age in range(stated.youngest, stated.oldest + 1)}
        if len(set(answers.values())) > 1:
            # the dates or words allow ages on both sides of the line the answer turns on: ask it, decide nothing
            lines = [age for age in answers if age > stated.youngest and answers[age] != answers[age - 1]]
            said = "、".join(f"{line}周岁" for line in lines)
            return {**verdict, "status": STATUS_UNKNOWN,
                    "questions": [f"行为人作案时是否已满{said}？" if len(lines) == 1 else f"行为人作案时的周岁年龄（以{said}为界）？",
                                  *verdict["questions"]],
                    "notes": [f"案情写明“{stated.words}”：行为人作案时的年龄可能在{said}两侧；依刑法第十七条（{UNIT}），"
                              f"是否对本罪负刑事责任取决于此。", *verdict["notes"]]}
        answer = answers[stated.oldest]
        if answer is False:
            return {"status": "not_met", "basis": [], "questions": [],
                    "element": {"element": "已满十六周岁（刑事责任年龄）", "unit": UNIT, "stated": stated.words, "kind": "subject"},
                    "notes": [f"案情写明“{stated.words}”：行为人未满{16 if stated.oldest >= 14 else 14}周岁，依刑法第十七条（{UNIT}），"
                              f"不对本罪负刑事责任，不论是否达到下列数额、情节标准；可依法责令其父母或者其他监护人加以管教，"
                              f"必要时依法进行专门矫治教育。"]}
        if answer is None:
            return {**verdict, "status": STATUS_UNKNOWN,
                    "questions": ["是否致人死亡或者以特别残忍手段致人重伤造成严重残疾、情节恶劣，并经最高人民检察院核准追诉？",
                                  *verdict["questions"]],
                    "notes": [f"案情写明“{stated.words}”：已满十二周岁不满十四周岁的人，仅在刑法第十七条第三款（{UNIT}）规定的情形下"
                              f"负刑事责任。", *verdict["notes"]]}
    if stated is None and offense not in CHILD_VICTIM_OFFENSES and (open_age := AGE_OPEN_RE.search(text)) and not VICTIM_RE.search(text[slice(*sentence_bounds(text, open_age.start(), open_age.end()))]):
        return {**verdict, "status": STATUS_UNKNOWN,
                "questions": ["行为人作案时是否已满十六周岁？", *verdict["questions"]],
                "notes": [f"案情写明“{open_age.group(0)}”：行为人的年龄尚未查清，不满十六周岁的人仅对刑法第十七条第二款所列犯罪"
                          f"负刑事责任（{UNIT}）。", *verdict["notes"]]}
    sentence = _incapacity_sentence(text)
    if sentence:
        if APPRAISED_RE.search(sentence):
            return {"status": "not_met", "basis": [], "questions": [],
                    "element": {"element": "刑事责任能力", "unit": MENTAL_UNIT, "stated": sentence, "kind": "subject"},
                    "notes": [f"案情写明“{sentence}”：精神病人在不能辨认或者不能控制自己行为的时候造成危害结果，经法定程序"
                              f"鉴定确认的，不负刑事责任（刑法第十八条第一款，{MENTAL_UNIT}），不论是否达到下列数额、情节标准。"]}
        return {**verdict, "status": STATUS_UNKNOWN,
                "questions": ["行为人不能辨认或者不能控制自己行为，是否经法定程序鉴定确认？", *verdict["questions"]],
                "notes": [f"案情写明“{sentence}”：经法定程序鉴定确认的，不负刑事责任（刑法第十八条第一款，{MENTAL_UNIT}）。",
                          *verdict["notes"]]}
    return verdict


def _incapacity_sentence(text: str) -> str | None:
    """The sentence that says the offender could not tell or control the act, unless it says the capacity was
    only partly lost or the act fell in a lucid interval."""
    for sentence in re.split(r"[。；！？\n]", text):
        if INCAPABLE_RE.search(sentence) and "精神" in sentence and not STILL_CAPABLE_RE.search(sentence):
            return sentence.strip("，, ")
    return None
