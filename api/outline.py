"""A work report laid out as a nested outline (一、总体情况：…共盗窃电缆价值6,800元。二、个人情况（一）赵某…（二）钱某、孙某…
三、说明…), where the question names one party (就赵某，请问…): the report's totals over every case and the items of the
other parties are not that party's facts (probe 62a: ten of forty reports were sure and wrong on a total or another
person's figures). What stays: the headings, the asked party's items, items that name no other party (（二）被害人：…),
and the closing remarks (说明, 意见), whose views the verdict reads as views.

A text that is no outline (fewer than two top-level headings opening lines), or whose question names no party the
outline's items name, is returned as it is."""
from __future__ import annotations

import re

# the party the question names: 就李某，请问; 就林某该起行为，请问; 就E建筑劳务公司，请问
ASKED_PARTY_RE = re.compile(r"(?:就|针对|对于|仅就|关于)(?P<name>[\u4e00-\u9fa5A-Za-z]{2,14}?)(?:该起行为|的行为|该案|一案|而言|来说)?[，,]\s*请问")
TOP_RE = re.compile(r"^[一二三四五六七八九十]+、", re.M)
SECOND_RE = re.compile(r"^（[一二三四五六七八九十]+）")
# a top-level section that sums every case: 一、总体情况：…合计19.6亩
SUMMARY_HEAD_RE = re.compile(r"^[一二三四五六七八九十]+、\s*(?:总体情况|总体|概况|总体概况|基本概况|工作概况|全年情况|总的情况)")
# an item's head that names a party: a person (钱某、孙某), a company (B厂, 甲公司), or the others (其余4起系另两人所为)
PARTY_RE = re.compile(r"[\u4e00-\u9fa5]某某?|[\u4e00-\u9fa5A-Za-z]{1,8}(?:公司|厂|店|合作社|作坊)")
OTHERS_RE = re.compile(r"其余|其他|另[一二两三四五六七八九十\d]*[人名家]|另案")
HEAD_CHARS = 16


def _asked(text: str) -> str | None:
    asked = None
    for m in ASKED_PARTY_RE.finditer(text):
        asked = m
    return asked["name"] if asked else None


def _names_another(head: str, asked: str) -> bool:
    """The item's head names a party other than the asked one, and not the asked one."""
    if asked in head:
        return False
    return bool(OTHERS_RE.search(head)) or any(p != asked and p not in asked for p in PARTY_RE.findall(head))


def focused_on_party(text: str) -> str:
    """The outline less its all-case summary and the other parties' items, where the question names one party."""
    asked = _asked(text)
    lines = text.split("\n")
    if asked is None or len([line for line in lines if TOP_RE.match(line)]) < 2:
        return text
    if not any(asked in line for line in lines if SECOND_RE.match(line) or TOP_RE.match(line)):
        return text
    kept, dropping = [], False
    for line in lines:
        if TOP_RE.match(line):
            dropping = bool(SUMMARY_HEAD_RE.match(line))
        elif SECOND_RE.match(line):
            dropping = _names_another(line[:HEAD_CHARS], asked)
        if not dropping or "请问" in line:
            kept.append(line)
    return "\n".join(kept)
