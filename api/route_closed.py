"""What the way the criminal route closed means for the administration that takes the case back.

The kinds of 不起诉 are not one answer (probe 26p: 法定, 存疑 and 相对 不起诉 got the same provisions):
- 没有犯罪事实 (刑事诉讼法第一百七十七条第一款): if the act was not the person's, there is nothing to punish him for;
- 证据不足 (第一百七十五条第四款): the criminal proof failed, not necessarily the administrative one; the
  administration must establish the facts itself (行政处罚法第四十条);
- 犯罪情节轻微 (第一百七十七条第二款): the prosecutor sends a 检察意见 and the authority reports back (第三款;
  行政处罚法第二十七条);
- 情节显著轻微、危害不大 (第十六条第（一）项): no crime, the violation may still be punished.
A court's sentence limits the penalty too: a fine leaves no administrative fine to give, a 拘役 or 有期徒刑 absorbs
the 行政拘留 given (行政处罚法第三十五条)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .holder import CLAUSE_END, NAMED_PERSON
from .prior_penalty import in_earlier_penalty


@dataclass(frozen=True)
class Closure:
    kind: str
    label: str
    pattern: re.Pattern
    note: str
    citations: tuple[str, ...]


CLOSURES = (
    Closure("no_crime_fact", "没有犯罪事实（法定不起诉或撤案）",
            re.compile(r"没有犯罪事实|不存在犯罪事实|无犯罪事实|并非(?:其|本人|[\u4e00-\u9fa5]某)所为|不是(?:其|本人|[\u4e00-\u9fa5]某)所为|系他人所为"),
            "检察院以没有犯罪事实作出的不起诉（刑事诉讼法第一百七十七条第一款），只否定犯罪；行为确非当事人所为的，也没有可对其处罚的违法事实，"
            "不得据此给予行政处罚。行政机关应当查明违法事实及行为人（行政处罚法第四十条）。",
            ("xingshi-susong-fa:art177", "xingzheng-chufa-fa:art40")),
    Closure("insufficient_evidence", "证据不足（存疑不起诉）",
            re.compile(r"证据不足|存疑不起诉|不符合起诉条件"),
            "存疑不起诉（刑事诉讼法第一百七十五条第四款）只表明证据不足以追究刑事责任，不等于没有违法事实。行政机关应当依行政程序自行调查取证，"
            "事实清楚、证据确凿的依法处罚；违法事实不清、证据不足的，不得给予行政处罚（行政处罚法第四十条）。",
            ("xingshi-susong-fa:art175", "xingzheng-chufa-fa:art40")),
    Closure("minor_crime", "犯罪情节轻微（相对不起诉、免予刑事处罚）",
            re.compile(r"相对不起诉|酌定不起诉|犯罪情节轻微|不需要判处刑罚|免除刑罚|免予刑事处罚|免于刑事处罚"),
            "相对不起诉或者免予刑事处罚的，对需要给予行政处罚的被不起诉人，人民检察院应当提出检察意见，移送有关主管机关处理，主管机关应当将处理结果"
            "及时通知人民检察院（刑事诉讼法第一百七十七条第三款）；依法不需要追究刑事责任或者免予刑事处罚，但应当给予行政处罚的，司法机关应当"
            "及时将案件移送有关行政机关（行政处罚法第二十七条）。",
            ("xingshi-susong-fa:art177", "xingzheng-chufa-fa:art27")),
    Closure("not_a_crime", "情节显著轻微、危害不大，不认为是犯罪",
            re.compile(r"情节显著轻微|危害不大"),
            "情节显著轻微、危害不大，不认为是犯罪的，不追究刑事责任（刑事诉讼法第十六条第（一）项），但违法行为仍可依法给予行政处罚"
            "（行政处罚法第二十七条）。",
            ("xingshi-susong-fa:art16", "xingzheng-chufa-fa:art27")),
    Closure("fined", "法院已判处罚金",
            re.compile(r"判处[^，。；]{0,10}?罚金|并处罚金"),
            "人民法院判处罚金的，行政机关已经给予罚款的，应当折抵相应罚金；尚未给予罚款的，不再给予罚款（行政处罚法第三十五条第二款）。"
            "罚款以外的处罚（如吊销许可证件、没收违法所得）不受此限。",
            ("xingzheng-chufa-fa:art35",)),
    Closure("sentenced", "法院已判处拘役或者有期徒刑",
            re.compile(r"判处(?:[^，。；]{0,6}?)(?:拘役|有期徒刑)"),
            "人民法院判处拘役或者有期徒刑的，行政机关已经给予行政拘留的，应当依法折抵相应刑期（行政处罚法第三十五条第一款）。",
            ("xingzheng-chufa-fa:art35",)),
)


def how_closed(text: str) -> list[dict]:
    """Each way the facts say the criminal route closed, with what it means for the administration; not an
    earlier case's (曾因…被判处有期徒刑) nor another person's."""
    return [{"kind": c.kind, "label": c.label, "note": c.note, "citations": list(c.citations)}
            for c in CLOSURES if any(not another_case_closed(text, m.start())
                                     and not SUPPOSED_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())
                                     for m in c.pattern.finditer(text))]


# a later act after the closing: 其2023年因诈骗被判处罚金…，2026年7月，高某又骗取… (the fine was the earlier case's)
LATER_ACT_RE = re.compile(r"(?:某某?|其|他|她|月|日|年|后)(?:又|再次|再度)(?!被|经|由|向|建议|移送|将|对|作出|决定|如何|怎么|能否|是否)")


def another_case_closed(text: str, at: int, earlier_penalty: bool = True) -> bool:
    """The closing at `at` is an earlier case's (曾因…被判处, read where `earlier_penalty`; one followed by the
    person's later act) or another person's: a co-defendant named in its clause (孙某与同案犯李某共同盗窃，李某被法院
    判处罚金…，孙某…不起诉) — probe 26r read these as how this person's route closed."""
    if (earlier_penalty and in_earlier_penalty(text, at)) or LATER_ACT_RE.search(text, at):
        return True
    left = max(text.rfind(ch, 0, at) for ch in CLAUSE_END) + 1
    named = re.findall(NAMED_PERSON, text[left:at])
    return bool(named) and named[-1] != main_person(text)


def main_person(text: str) -> str | None:
    """The person the facts are about: the one named most often, the first of equals."""
    names = re.findall(NAMED_PERSON, text)
    return max(dict.fromkeys(names), key=names.count) if names else None


# a closing proposed, supposed or claimed: 建议判处罚金, 如果不起诉, 其辩称 (probe 26r: a 建议判处罚金 read as a judgment)
SUPPOSED_BEFORE_RE = re.compile(r"(?:建议|拟|如|如果|若|假如|倘若|辩称|声称|可能)[^，。；]{0,2}$")
