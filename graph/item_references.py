"""Clauses that state their condition by pointing at another article's items: 妨害文物管理解释 第五条
"过失损毁…文物，具有本解释第三条第二款第一项至第三项规定情形之一的，应当认定为…“造成严重后果”". Read as
words, the pointer vanished and the clause was met by 过失损毁 alone (a sure 已达到 on no consequence at all);
食品安全解释 第六条 and 非法集资解释 第四条第二款 (250万元 同时具有…第三项情节) were met the same way.

Each such alternative becomes one alternative per item pointed at: the item's conditions and
requirements, joined with the alternative's own (the amount it is 同时 with, the conduct it restates).
After 或者 the pointer is an alternative of its own, beside the words before it.
"""
from __future__ import annotations

import copy
import re
from dataclasses import replace

from corpus.model import Document, strip_review_notes
from corpus.numerals import parse_chinese_int, parse_ordinal

from .proportional import referenced_items
from .standards import Alternative, Requirement, Standard

NUM = "[一二三四五六七八九十]+"
ITEM_REFERENCE_RE = re.compile(
    rf"(?<!不)(?P<either>或者)?(?:同时)?具有本解释第(?P<article>{NUM})条(?:第(?P<paragraph>{NUM})款)?"
    rf"(?:第(?P<first>{NUM})项(?:(?P<sep>至|、)第(?P<last>{NUM})项)?)?(?:规定)?(?:的)?(?:情形之一|情形|情节)")
ITEM_LINE_RE = re.compile(r"^（[一二三四五六七八九十]+）")


def _paragraph_head(text: str, paragraph: int) -> str | None:
    """The words opening the article's paragraph (款), items (（一）…) counted with the paragraph they follow."""
    paragraphs = [ln.strip() for ln in strip_review_notes(text).splitlines()
                  if ln.strip() and not ITEM_LINE_RE.match(ln.strip())]
    if not 1 <= paragraph <= len(paragraphs):
        return None
    return re.sub(r"^第\S+条\s*", "", paragraphs[paragraph - 1])[:24]


def _pointed_standard(match: re.Match, doc: Document, standards: list[Standard]) -> Standard | None:
    """The clause of this document the pointer names: its article, and its paragraph where named (else the
    article's one clause with listed items)."""
    unit = next((u for u in doc.units if u.kind == "article" and u.article_no == parse_ordinal(match["article"])
                 and not u.article_suffix), None)
    if unit is None:
        return None
    own = [s for s in standards if s.unit_id == unit.id and any(a.label for a in s.alternatives)]
    if match["paragraph"]:
        opening = _paragraph_head(unit.text, parse_ordinal(match["paragraph"]))
        own = [s for s in own if opening and re.sub(r"^第\S+条\s*", "", s.head).startswith(opening)]
    return own[0] if len(own) == 1 else None


def _labels(match: re.Match) -> list[str] | None:
    """（一）… for the items named, or None for all of them."""
    return referenced_items(match.group(0), ITEM_REFERENCE_RE) if match["first"] else None


def _item_part(item: Alternative) -> tuple[str, str]:
    """The item's label and its own words. An item of a list whose lead holds amounts was joined with each
    of them (（三）+1: "数额在50万元以上…，（三）造成恶劣社会影响…"): the lead is that list's, not the pointer's."""
    label = item.label.split("+")[0]
    at = item.text.find(label) if label else -1
    return label, item.text[at:] if at >= 0 else item.text


def _with_item(own: Alternative, item: Alternative, reference: str, at: int, keep_conditions: bool) -> Alternative:
    """The item joined with what the referring alternative adds: its amounts, unless the pointer stands after
    或者 (then they are the other alternative), and the requirements stated after the pointer (同时…并负事故主要
    责任). Words before it restate the conduct the clause is about ("过失损毁国家保护的珍贵文物或者…的文物，具有
    …"): read as a requirement they were never found in facts. The item's conditions read from its own 刑法
    article (`basis`) stay behind: they belong to that article's offense."""
    base, words = _item_part(item)
    label = base if own.label == base else f"{own.label}{base}"
    words = re.sub(r"[；。]$", "", ITEM_LINE_RE.sub("", words))
    return Alternative(label, f"{own.text}（{reference}{base}：{words}）",
                       (copy.deepcopy(own.conditions) if keep_conditions else [])
                       + [copy.deepcopy(c) for c in item.conditions if c.basis is None and c.text in words],
                       [copy.deepcopy(r) for r in own.requirements if own.text.find(r.text) >= at]
                       + [copy.deepcopy(r) for r in item.requirements if r.text in words],
                       item.catch_all)


# a paragraph that adds a way of doing another paragraph's act, its items still to be met: 立案追诉标准（一）第八十四条第三款
# 利用聊天室、论坛…等方式，实施本条第二款规定行为的 (probe 38c: a video posted on a 论坛 met it alone, 25 videos under 第二款's 40)
SIBLING_ACT_RE = re.compile(rf"实施本条第(?P<paragraph>{NUM})款规定(?:的)?行为")


def _needs_sibling_items(standard: Standard) -> None:
    """An alternative that only names the means of another paragraph's act gets that paragraph's items as a
    requirement the facts must be shown to meet: it is never met on the means alone."""
    for own in standard.alternatives:
        m = SIBLING_ACT_RE.search(own.text)
        if m and not own.conditions and not any(r.text.startswith("达到本条第") for r in own.requirements):
            wanted = f"达到本条第{m['paragraph']}款所列情形之一"
            own.requirements.append(Requirement(wanted, [], f"是否{wanted}（本款只规定实施方式，数量等情形仍依第{m['paragraph']}款）？"))


# an item set at a multiple of another article's items: 立案追诉标准（一）第八十四条第二款（一） 数量达到本规定第八十二条第二款
# 第（一）项至第（五）项规定标准二倍以上 (probe 38c: 46 videos, 二十个 × 2, was asked as 项规定标准是多少)
CROSS_MULTIPLE_RE = re.compile(rf"数量达到本规定第(?P<article>{NUM})条第(?P<paragraph>{NUM})款第（(?P<first>{NUM})）项至第（(?P<last>{NUM})）项"
                               rf"规定(?:的)?标准(?P<k>[二三四五六七八九十])倍以上")


def _multiples_of_other_items(doc: Document, standards: list[Standard]) -> None:
    """Each alternative that sets its figure at a multiple of another article's items becomes one alternative per
    item, the item's figures multiplied; left as it was where the items are not found."""
    for standard in standards:
        out = []
        for own in standard.alternatives:
            m = CROSS_MULTIPLE_RE.search(own.text)
            target = _pointed_standard(m, doc, standards) if m else None
            labels = ([f"（{NUM_CHARS[n - 1]}）" for n in range(parse_chinese_int(m["first"]), parse_chinese_int(m["last"]) + 1)]
                      if target is not None and target is not standard else [])
            items = [a for a in target.alternatives if a.label in labels] if labels else []
            if not items:
                out.append(own)
                continue
            k = parse_chinese_int(m["k"])
            reference = f"本规定第{m['article']}条第{m['paragraph']}款"
            if target.unit_id not in standard.see:
                standard.see.append(target.unit_id)
            for item in items:
                alt = _with_item(own, item, reference, m.end(), keep_conditions=False)
                alt.conditions = [replace(c, value=c.value * k, upper=c.upper * k if c.upper is not None else None,
                                          text=f"{c.text}的{m['k']}倍") for c in alt.conditions]
                alt.requirements = [r for r in alt.requirements if not CROSS_MULTIPLE_RE.search(r.text)]
                out.append(alt)
        standard.alternatives = out


NUM_CHARS = "一二三四五六七八九十"


def resolve_item_references(doc: Document, standards: list[Standard]) -> None:
    """Replace, in place and in document order, every alternative of `standards` (one document's) that points
    at items of another of its articles. A pointer the parser cannot place leaves the alternative as it was."""
    for standard in standards:
        resolved = []
        for own in standard.alternatives:
            match = ITEM_REFERENCE_RE.search(own.text)
            target = _pointed_standard(match, doc, standards) if match else None
            if target is None or target is standard:
                resolved.append(own)
                continue
            wanted = _labels(match)
            items = [a for a in target.alternatives
                     if a.label and (wanted is None or any(a.label.startswith(w) for w in wanted))]
            if not items:
                resolved.append(own)
                continue
            either = bool(match["either"])
            if either and (own.conditions or own.catch_all):
                resolved.append(own)      # "金额五十万元以上，或者具有…": the amount stands alone
            reference = f"本解释第{match['article']}条" + (f"第{match['paragraph']}款" if match["paragraph"] else "")
            if target.unit_id not in standard.see:
                standard.see.append(target.unit_id)     # where the copied numbers are quoted from
            copies = [_with_item(own, item, reference, match.end(), keep_conditions=not either) for item in items]
            resolved.extend({a.label: a for a in copies}.values())     # （三）+1 and （三）+2 differ in the lead only
        standard.alternatives = resolved
        _needs_sibling_items(standard)
    _multiples_of_other_items(doc, standards)
