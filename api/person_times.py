"""Counts in 人次 the facts give person by person, where they state no total: 组织林某卖血两次、组织何某卖血一次 is three
人次, 组织两名成年工友…各卖血一次 two (立案追诉标准（一）第五十二条 counts 组织卖血三人次; probes 104a #2, 104b #21 and #23
asked the count they had been given). Nothing is added where the text states a count in 人次 itself."""
from __future__ import annotations

import re
from typing import Callable

from corpus.quantities import Quantity, parse_number

from .spans import sentence_bounds

NUMBER = r"[一二两三四五六七八九十\d]{1,3}"
# a person named in an officer's words: 林某, 林某某, 林某甲, 老周, 小林
NAME = r"(?:[\u4e00-\u9fa5]某(?:某|[甲乙丙丁戊])?|老[\u4e00-\u9fa5]|小[\u4e00-\u9fa5])"
# one person's times: 林某卖血两次, 何某卖血一次
PERSON_TIMES_RE = re.compile(rf"(?P<name>{NAME})(?P<verb>[^、，,；;。\d]{{1,8}}?)(?P<k>{NUMBER})次")
# what may stand between two persons' items: 、组织, ，介绍, 和
BETWEEN_ITEMS_RE = re.compile(r"[、，,和及]?(?:组织|介绍|容留|引诱|强迫|安排|带)?")
# a head count and what each did: 两名成年工友…各卖血一次, 组织两人到地下血站各卖血一次
EACH_TIMES_RE = re.compile(rf"(?P<n>{NUMBER})(?:名|个|人)(?P<who>[^。；;]{{0,30}}?)各(?:自)?(?P<verb>[^，,。；;\d]{{1,8}}?)(?P<k>{NUMBER})次")
# a head count and the times of each: 共卖给十二人，每人一次 (probe 106b #9)
PER_PERSON_TIMES_RE = re.compile(rf"(?P<n>{NUMBER})(?:名|个)?人[，,]?(?:每人|各)(?P<k>{NUMBER})次")


def _number(words: str) -> int:
    return int(parse_number(words))


def _listed_totals(text: str) -> list[tuple[int, int, int, str]]:
    """(total, start, end, note) of runs of two or more persons' times in one sentence."""
    out = []
    items = list(PERSON_TIMES_RE.finditer(text))
    run: list[re.Match] = []
    for m in items + [None]:
        if m is not None and run and BETWEEN_ITEMS_RE.fullmatch(text[run[-1].end():m.start()]) \
                and m["name"] not in {r["name"] for r in run}:
            run.append(m)
            continue
        if len(run) >= 2:
            total = sum(_number(r["k"]) for r in run)
            note = "、".join(f"{r['name']}{_number(r['k'])}次" for r in run)
            out.append((total, run[-1].start("k"), run[-1].end(), f"{note}，合计{total}人次"))
        run = [m] if m is not None else []
    return out


def _each_totals(text: str) -> list[tuple[int, int, int, str]]:
    out = []
    for m in [*EACH_TIMES_RE.finditer(text), *PER_PERSON_TIMES_RE.finditer(text)]:
        people, each = _number(m["n"]), _number(m["k"])
        if people >= 2:
            total = people * each
            out.append((total, m.start("k"), m.end(), f"{m['n']}人各{m.groupdict().get('verb') or ''}{m['k']}次，合计{total}人次"))
    return out


def with_person_times(text: str, facts: list, make_fact: Callable) -> list:
    """The facts with a count in 人次 added from persons' own counts, where none is stated."""
    if any(f.quantity.unit == "人次" for f in facts):
        return facts
    out = list(facts)
    for total, start, end, note in _listed_totals(text) + _each_totals(text):
        left, right = sentence_bounds(text, start, end)
        quantity = Quantity(float(total), "人次", text[start:end], start, end)
        out.append(make_fact(quantity, text[max(left, start - 24):start] + "|" + text[end:min(right, end + 12)], note))
    return out
