"""A person asked about in a unit's offense whom the facts say knew nothing of it and took no part. 刑法第三十一条
makes a unit's crime answered for by the unit and by its 直接负责的主管人员和其他直接责任人员, not by every officer of
it: a probe asked 公司法定代表人张某长期患病住院、对此不知情，张某是否应被追究刑事责任 and got 已达到 on the company's
矿产品价值50万元. The figures stay the unit's; for the person asked, the answer is open and asks what part they had.
Read only where the question names the person and the person's own words say they did not know or take part."""
from __future__ import annotations

import re

from .elements import SENTENCE_END
from .holder import NAMED_PERSON
from .verdict import STATUS_UNKNOWN

UNIT = "xingfa:art31"
UNIT_WORDS_RE = re.compile(r"公司|企业|单位|工厂|厂|合作社|集团|店|场")
# an office in the unit, named before the person: 公司法定代表人张某, 该厂厂长李某某
ROLE_RE = re.compile(r"法定代表人|董事长|董事|监事|总经理|经理|厂长|股东|实际控制人|负责人|老板|出资人")
# the person's own ignorance or absence: 对此不知情, 长期在国外, 从未参与经营
UNAWARE_RE = re.compile(r"(?<!非)(?:毫不知情|不知情|并不知情|不知道|不知晓|并不知晓|未参与|没有参与|不参与|从未参与|"
                        r"未过问|不过问|从不过问|未实际经营|不负责经营|挂名)")
# the question at the end names the person: 张某是否应被追究刑事责任？ 对张某应否移送？
ASKED_RE = re.compile(rf"(?:对)?(?P<name>{NAMED_PERSON})(?:是否|应否|能否|应当|可否|该不该|要不要|会不会)[^。；！？]*[？?]?\s*$")
# the person's part, stated anywhere: 经查开采系张某决定, 张某授意财务人员
PART_WORDS = r"决定|组织|指挥|授意|批准|指使|安排|默许|纵容|实施|经手|签字"
# what the person says, to be checked: 张某称对此不知情
CLAIMED_RE = re.compile(r"称|辩解|表示|说")


def asked_person(text: str) -> str | None:
    """The person the closing question is about, by name (张某), or None."""
    m = ASKED_RE.search(text.rstrip())
    return m["name"] if m else None


def unaware_officer(text: str) -> tuple[str, str] | None:
    """(the person asked, the words that say this officer of the unit knew nothing or took no part); None otherwise."""
    name = asked_person(text)
    if name is None or not UNIT_WORDS_RE.search(text):
        return None
    question_at = text.rstrip().rfind(name)
    for m in re.finditer(re.escape(name), text[:question_at]):
        if not ROLE_RE.search(text[max(0, m.start() - 8):m.start()]):
            continue
        end = min((i for i in (text.find(ch, m.end()) for ch in SENTENCE_END) if i >= 0), default=len(text))
        said = UNAWARE_RE.search(text, m.end(), min(end, question_at))
        if said and not CLAIMED_RE.search(text, m.end(), said.start()) and not _took_part(text, name):
            return name, text[m.start():said.end()]
    return None


def _took_part(text: str, name: str) -> bool:
    return bool(re.search(rf"{re.escape(name)}[^，,。；！？]{{0,6}}?(?:{PART_WORDS})", text))


def with_unit_member(verdict: dict, text: str) -> dict:
    """A met verdict, open for an officer of the unit whom the facts say knew nothing and took no part."""
    if verdict["status"] != "met":
        return verdict
    found = unaware_officer(text)
    if found is None:
        return verdict
    name, words = found
    return {**verdict, "status": STATUS_UNKNOWN,
            "questions": [f"{name}是否为单位犯罪直接负责的主管人员或者其他直接责任人员，即是否决定、批准、授意、纵容、"
                          f"指挥或者实施了本案行为？（刑法第三十一条）", *verdict["questions"]],
            "notes": [f"所述数额、情节达到本罪标准，但案情写明“{words}”：单位犯罪的，对单位判处罚金，并对直接负责的主管"
                      f"人员和其他直接责任人员判处刑罚（刑法第三十一条，{UNIT}），不因职务本身追究{name}的刑事责任。",
                      *verdict["notes"]]}
