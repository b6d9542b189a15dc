"""Acts on objects that name an offense whose name lists them (corpus/data/offense_acts.yaml).

Facts say "盗窃炸药二千克", not "盗窃、抢夺枪支、弹药、爆炸物、危险物质罪": the act stands before one of
its objects, often named by a word the law counts under the object's category. Without this the bare
盗窃 named 盗窃罪, the general offense, and the special one was not named at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, checked, load_table, location
from corpus.denial import DENIED_BEFORE_RE

ACTS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "offense_acts.yaml"
# The object must follow its act within this many characters of one clause: 盗窃了仓库内存放的炸药.
# 4 / 8 / 12 matched 1,096 / 1,152 / 1,176 drug judgments at the same precision (.97), and the
# explosives/guns offenses at .67 / .63 / .62.
MAX_GAP = 8
# the words between stay within one clause and deny nothing (出售光盘没有营业执照)
GAP_STOPS = "，。；：！？,;:!?\n没未无不"
# between a thing and the act that follows it only a count may stand (住址一万二千条卖给): 身份证号码注册账户后
# 卖给 sold the accounts, not the records
COUNT_GAP = "(?:[0-9〇零一二三四五六七八九十百千万亿余多条份组个和及等的]|加价|高价|低价){0,12}?"
# what an offense entry may say besides offense, acts and objects
OPTIONAL_OFFENSE_FIELDS = ("source", "questions_only", "not_between", "object_first", "same_sentence")
# same_sentence: the "act" is a circumstance, not a verb (入境, 海关, 公海接驳: the thing crossed a border), and may stand
# before or after the object anywhere in its sentence within this many characters: 行李箱夹层里藏了十几件象牙雕的手镯…都没有申报
SENTENCE_REACH = 40
DENIAL_WINDOW = 10      # characters before an act read for a denial (没有证据证明其贩卖)


@dataclass(frozen=True)
class ActMention:
    offense: str        # the offense's name as written in offense_acts.yaml
    phrase: str         # the words that named it: 盗窃炸药
    start: int
    end: int
    denied: bool = False    # 没有贩卖毒品的证据: the facts deny the act


@lru_cache(maxsize=4)
def _table(path: Path = ACTS_FILE) -> dict:
    """The table, checked: a maintainer's typo names the file, the line, the entry and the field."""
    data = checked(load_table(path) or {}, path, ("objects", "offenses"))
    objects = data["objects"]
    for name, entry in objects.items():
        checked(entry or {}, path, ("words",), ("source",), label=f"object {name}")
    for entry in data["offenses"]:
        if "terms" in entry:        # a term of art that is the conduct by itself (陪标)
            checked(entry, path, ("offense", "terms"), ("source", "questions_only"), name_field="offense")
            continue
        checked(entry, path, ("offense", "acts", "objects"), OPTIONAL_OFFENSE_FIELDS, name_field="offense")
        unknown = [o for o in entry["objects"] if o not in objects]
        if unknown:
            raise CuratedTableError(f"{location(path, entry, entry['offense'])}: unknown objects {unknown}")
    return data


def object_words(name: str, path: Path = ACTS_FILE) -> tuple[str, ...]:
    """The words facts name an object of the table by (国家重点保护野生植物: 红豆杉, 珙桐 …)."""
    return tuple(_table(path)["objects"][name]["words"])


@lru_cache(maxsize=4)
def _patterns(path: Path = ACTS_FILE) -> tuple[tuple[str, re.Pattern, bool], ...]:
    """(offense, its act-on-object pattern, whether only a question's phrase names it)."""
    data = _table(path)
    objects = {name: entry["words"] for name, entry in data["objects"].items()}
    out = []
    for entry in data["offenses"]:
        if "terms" in entry:
            terms = sorted(entry["terms"], key=len, reverse=True)
            out.append((entry["offense"], re.compile("|".join(map(re.escape, terms))), bool(entry.get("questions_only"))))
            continue
        words = [w for obj in entry["objects"] for w in objects[obj]]
        acts = sorted(entry["acts"], key=len, reverse=True)
        words = sorted(words, key=len, reverse=True)
        # words that may not stand between act and object: 购买虚开的增值税专用发票 is 虚开, not a purchase
        barred = "".join(f"(?!{re.escape(w)})" for w in entry.get("not_between", []))
        gap = f"(?:{barred}[^{re.escape(GAP_STOPS)}]){{0,{MAX_GAP}}}?"
        act_re, object_re = f"(?:{'|'.join(map(re.escape, acts))})", f"(?:{'|'.join(map(re.escape, words))})"
        # object_first: the thing, then what was done with it (客户姓名、电话和住址一万二千条卖给推销人员)
        reach = f"[^。；！？\n]{{0,{SENTENCE_REACH}}}?"
        pattern = (f"{object_re}{reach}{act_re}|{act_re}{reach}{object_re}" if entry.get("same_sentence")
                   else f"{object_re}{COUNT_GAP}{act_re}" if entry.get("object_first")
                   else f"{act_re}{gap}{object_re}")
        out.append((entry["offense"], re.compile(pattern), bool(entry.get("questions_only"))))
    return tuple(out)


def offenses_with_acts(path: Path = ACTS_FILE) -> list[str]:
    return [name for name, _, _ in _patterns(path)]


@lru_cache(maxsize=4)
def act_words(path: Path = ACTS_FILE) -> frozenset[str]:
    """Every act of the table (盗窃, 抢夺, 买卖 …): words that name conduct, not a thing counted. Not the circumstances of
    same_sentence entries (入境, 海关, 申报): read as acts, 被海关给予行政处罚 no longer counted the penalties."""
    return frozenset(act for entry in _table(path)["offenses"] if not entry.get("same_sentence")
                     for act in entry.get("acts", ()))


@lru_cache(maxsize=4)
def offense_words(path: Path = ACTS_FILE) -> dict[str, list[str]]:
    """Offense → the words its entries read (acts, the objects' words, terms of art): the vocabulary
    the table has learned for it, for indexer.offense_profiles."""
    data = _table(path)
    out: dict[str, list[str]] = {}
    for entry in data["offenses"]:
        words = [*entry.get("terms", ()), *entry.get("acts", ()),
                 *(w for obj in entry.get("objects", ()) for w in data["objects"][obj]["words"])]
        out.setdefault(entry["offense"], []).extend(words)
    return out


def _denied_at(text: str, at: int) -> bool:
    return bool(DENIED_BEFORE_RE.search(text[max(0, at - DENIAL_WINDOW):at]))


def act_mentions(text: str, path: Path = ACTS_FILE, question: bool = True) -> list[ActMention]:
    """Every act-on-object phrase in the text, in the order of offense_acts.yaml, each marked
    denied where a denial stands right before it; a phrase that overlaps one found earlier is not
    read again. In a narrative of facts (`question` False) the questions-only entries are skipped."""
    found: list[ActMention] = []
    for offense, pattern, questions_only in _patterns(path):
        if questions_only and not question:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            denied = _denied_at(text, m.start())
            if denied:      # 没有文物经营资质…三级文物，转手: a later start in the span may be the act stated
                later = next((n for n in (pattern.search(text, at) for at in range(m.start() + 1, m.end()))
                              if n and not _denied_at(text, n.start())), None)
                m, denied = (later, False) if later else (m, True)
            found.append(ActMention(offense, m.group(0), m.start(), m.end(), denied))
    return found
