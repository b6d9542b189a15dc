"""Counted things given the law's words for them, where officers name them otherwise:
- children by their age: 雇用3名15周岁的少年 (or 童工3名) counts three 未满十六周岁的未成年人 (立案追诉标准（一）第三十二条（二）
  雇用未满十六周岁的未成年人三人以上; probe 36b B42 asked the count);
- gambling machines by their common names: 摆了12台能退分的老虎机 counts twelve 赌博机 (赌博机意见（2014）二 设置赌博机
  10台以上; probe 36e E32 asked the count);
- a gambling organiser's take (抽头6000元 is 抽头渔利) and the players gathered (召集十几个人 is 组织)."""
from __future__ import annotations

import re
from typing import Callable

from corpus.numerals import parse_chinese_int

# right after a count of people: their age (15周岁的少年, 十四岁的学生) or 童工
AGE_AFTER_RE = re.compile(r"(?:[^，。；\d]{0,3}?)(?:(?P<age>\d{1,2}|[一二三四五六七八九十]{1,3})(?:周)?岁|(?P<child>童工))")
CHILD_AGE = 16
CHILDREN = "雇用未满十六周岁的未成年人"
# within the clause after a count of 台: the machine by a name the 2014 opinions' 赌博机 covers
MACHINE_AFTER_RE = re.compile(r"[^，。；]{0,14}?(?:老虎机|赌博机|赌博游戏机|捕鱼机|推币机|水果机|赌博机具)")
MACHINES = "设置赌博机"
# a gambling organiser's take and the players gathered, in officers' words (probe 36e E28: 召集十几个人…累计抽头6000元 was asked
# both): 抽头 / 抽水 is 抽头渔利 (赌博解释（2005）第一条（一）), 召集 / 纠集 N人 is 组织 N人
TAKE_BEFORE_RE = re.compile(r"(?:抽头|抽水|抽成|水钱|台费)(?:共|计|合计|累计|共计)?$")
TAKE = "抽头渔利数额"
GATHERED_BEFORE_RE = re.compile(r"(?:召集|纠集|邀集|叫来|招揽)$")
GATHERED = "组织"


def _relabelled(f, words: str, note: str, make_fact: Callable):
    before, _, after = f.context.partition("|")
    return make_fact(f.quantity, f"{before}{words}|{after}", note)


def with_law_words(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with a count of children or of gambling machines given the law's words for what is counted."""
    out = []
    for f in facts:
        q = f.quantity
        if q.unit == "人":
            m = AGE_AFTER_RE.match(text, q.end)
            age = parse_chinese_int(m["age"]) if m and m["age"] else None
            child_before = f.context.partition("|")[0].endswith(("童工", "童工共", "童工计"))
            if child_before or (m and (m["child"] or (age is not None and age < CHILD_AGE))):
                out.append(_relabelled(f, CHILDREN, f"{age}周岁，未满十六周岁" if age is not None else "童工", make_fact))
                continue
        if q.unit == "台" and (m := MACHINE_AFTER_RE.match(text, q.end)):
            out.append(_relabelled(f, MACHINES, f"{m.group(0).lstrip('的')}属赌博机", make_fact))
            continue
        before = f.context.partition("|")[0]
        if q.unit == "元" and TAKE_BEFORE_RE.search(before):
            out.append(_relabelled(f, TAKE, "抽头即抽头渔利", make_fact))
            continue
        if q.unit == "人" and GATHERED_BEFORE_RE.search(before):
            out.append(_relabelled(f, GATHERED, "召集即组织", make_fact))
            continue
        out.append(f)
    return out
