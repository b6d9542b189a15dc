"""Whether the person an act was done to is one an option names by age (容留未成年人吸食、注射毒品, 引诱不满十四周岁的
幼女卖淫, 引诱、容留、介绍已满十四周岁未满十八周岁的未成年人卖淫): the offense's own act is stated, and a person named
in the words that state it has an age at the act the facts give (api/ages.py). 小杨的身份证显示2008年9月3日出生 makes
the 小杨 of 让…小杨…吸食冰毒 on 2025年6月1日 a minor (probe 40a P13 asked it)."""
from __future__ import annotations

import re
from typing import Callable

from .ages import StatedAge, age_said_of
from .holder import suspect_name

# the law's persons by age, the longer words first (刑法第十七条's 周岁; 不满十四周岁的幼女 of 刑法第三百五十九条第二款)
QUALIFIED_PERSONS = (("已满十四周岁未满十八周岁的未成年人", 14, 17), ("不满十四周岁的幼女", 0, 13),
                     ("未满十六周岁的未成年人", 0, 15), ("未成年人", 0, 17))
# persons named in the act's words: 李某某, 被害人王某, 小杨 (a 小 word counts only through an age the facts give it)
# (or by a word for young people: 为一名女青年提供场所…, 该女青年出生于2007年3月15日; probe 65a XA28)
NAME_RE = re.compile(r"(?<!某)[\u4e00-\u9fa5]某(?:某|[甲乙丙丁戊己庚辛壬癸]|\d)?|小[\u4e00-\u9fa5]"
                     r"|[男女](?:青年|孩|生)|少[男女年]")


def judge_qualified_person(option: str, text: str, act: dict | None,
                           restates: Callable[[str, str, dict | None], bool]) -> tuple[str, str] | None:
    """("met", words) where a person the stated act was done to is of the option's age, ("not_met", words) where every
    such person's age is stated and none is; None where the option names no such person, the act is not the
    option's act (`restates`, with the person as 他人), or the ages leave it open."""
    qualifier = next(((words, low, high) for words, low, high in QUALIFIED_PERSONS if words in option), None)
    if qualifier is None or not act or not act.get("stated"):
        return None
    words, low, high = qualifier
    at = text.find(act["stated"])
    if at < 0 or not restates(option.replace(words, "他人"), text, act):
        return None
    found = list(NAME_RE.finditer(text, at, at + len(act["stated"])))
    # (a word for young people right before a name is that person: 引诱女孩小琪卖淫, probe 104b #9)
    names = {m.group(0) for i, m in enumerate(found)
             if not (YOUTH_WORD_RE.fullmatch(m.group(0)) and i + 1 < len(found) and found[i + 1].start() == m.end())}
    names -= {suspect_name(text)}
    some_only = False
    if not names and OBJECT_PRONOUN_RE.search(act["stated"]):
        names = _victim_named(text)
    elif not names:
        # the persons counted in the act (组织两人…各卖血一次), named apart by their part (其中卖血者小林的身份证显示其2008年9月出生):
        # one of them of the age meets it; the others may go unnamed, so none is ruled out (probe 104b #22)
        names, some_only = {m["name"] for m in PART_NAMED_RE.finditer(text)} - {suspect_name(text)}, True
    ages = {name: age_said_of(name, text) for name in sorted(names)}
    within = [name for name, age in ages.items() if age is not None and low <= age.youngest and age.oldest <= high]
    if within:
        return "met", _said(act["stated"], within[0], ages[within[0]])
    if not some_only and ages and all(age is not None and (age.oldest < low or age.youngest > high) for age in ages.values()):
        name = next(iter(ages))
        return "not_met", _said(act["stated"], name, ages[name])
    return None


YOUTH_WORD_RE = re.compile(r"[男女](?:青年|孩|生)|少[男女年]")
# the person acted on said by a pronoun: 引诱其向他人卖淫 (probe 104a #5: 被害人小芳（化名）出生于2011年2月10日 was not read)
OBJECT_PRONOUN_RE = re.compile(r"(?:引诱|容留|介绍|强迫|组织|让|使|叫|带|教唆|欺骗|诱骗|胁迫)(?:其|她|他)")
VICTIM_RE = re.compile(r"(?:被害人|受害人|被害女孩|被害少女)(?P<name>(?<!某)[\u4e00-\u9fa5]某(?:某|[甲乙丙丁戊己庚辛壬癸]|\d)?|小[\u4e00-\u9fa5])")


PART_NAMED_RE = re.compile(r"(?:卖血者|卖血人员|被组织者|卖淫女|卖淫人员|被介绍者|被容留者|吸毒人员)(?P<name>(?<!某)[\u4e00-\u9fa5]某(?:某|[甲乙丙丁戊])?|小[\u4e00-\u9fa5])")


def _victim_named(text: str) -> set[str]:
    """The one victim the facts name (被害人小芳), for a pronoun in the act's words; none where they name several."""
    victims = {m["name"] for m in VICTIM_RE.finditer(text)}
    return victims if len(victims) == 1 else set()


def _said(act_words: str, name: str, age: StatedAge) -> str:
    if age.words in act_words:
        return act_words
    return f"{act_words}；{age.words if name in age.words else name + age.words}"
