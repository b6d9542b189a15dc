"""Offense (罪名) ↔ 刑法 article links, read from the 罪名 determinations in the corpus.

The 1997 意见 lists "N．罪名（第X条第Y款、…）"; the 补充规定 (一)–(七) are tables of
"| 第X条… | 罪名（取消…罪名） |"; (八) renames in prose ("罪名由“A”修改为“B”"). Later documents
override earlier ones: a renamed or cancelled name becomes an alias of the current one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.model import Document
from corpus.numerals import CHINESE_NUMBER_CHARS, parse_ordinal

OPINION_ID = "zuiming-yijian-1997"
SUPPLEMENT_PREFIX = "zuiming-buchong-"
NUM = rf"(?:\d+|[{CHINESE_NUMBER_CHARS}]+)"
ARTICLE_REF_RE = re.compile(rf"第({NUM})条(?:之({NUM}))?((?:第{NUM}款[、，\s]*)*)")
CLAUSE_RE = re.compile(rf"第({NUM})款")
OPINION_ITEM_RE = re.compile(r"(?:\d+[．.])?\s*([^\s（）()0-9．]+?罪)（([^）]*)）")
TYPO_FIXES = str.maketrans({"剌": "刺"})   # 剌探 in some printings of 为境外窃取、刺探…罪
CANCEL_RE = re.compile(r"（[^（）]*取消[^（）]*）|^\s*取消.*罪名\s*$")
CANCELLED_RE = re.compile(r"取消(?:刑法原第[^条]+条第[^项]+项)?(.+?罪)(?:罪名)")
RENAME_RE = re.compile(rf"第({NUM})条(?:之({NUM}))?[^“]*?罪名由“([^”]+)”修改为“([^”]+)”")


@dataclass
class ArticleRef:
    number: int
    suffix: int = 0
    clauses: tuple[int, ...] = ()

    @property
    def unit_id(self) -> str:
        return f"xingfa:art{self.number}" + (f"-{self.suffix}" if self.suffix else "")


@dataclass
class Offense:
    name: str
    articles: list[ArticleRef] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)      # unit ids of the determination text


BORDER = ("（边）", "〔边〕")   # 国（边）境 must survive the parenthesis handling


def split_names(cell: str) -> list[str]:
    """'A罪、B罪' or 'A罪 B罪' → names; spaces inside a name (source typesetting) are dropped."""
    cell = re.sub(r"(?<!罪)\s+", "", cell.strip()).translate(TYPO_FIXES)
    return [n.strip() for n in re.split(r"(?<=[^犯]罪)[\s；、和]+", cell) if n.strip().endswith("罪")]


def parse_article_refs(text: str) -> list[ArticleRef]:
    refs = []
    for m in ARTICLE_REF_RE.finditer(text):
        clauses = tuple(parse_ordinal(c) for c in CLAUSE_RE.findall(m.group(3) or ""))
        refs.append(ArticleRef(parse_ordinal(m.group(1)), parse_ordinal(m.group(2)) if m.group(2) else 0, clauses))
    return refs


class _Registry:
    def __init__(self):
        self.by_name: dict[str, Offense] = {}
        self.abolished: dict[str, str] = {}

    def set(self, name: str, refs: list[ArticleRef], source: str, replace_articles: bool) -> Offense:
        """Define `name` for these articles. The one offense from an earlier document with exactly
        the same articles is the old name of this one (操纵证券交易价格罪 → 操纵证券、期货交易价格罪).
        Where several share those articles, none is: 刑法 114 and 115 ¶1 define 放火、决水、爆炸、
        投放危险物质 and 以危险方法危害公共安全 alike, and renaming 投毒罪 must not fold the other four
        into 投放危险物质罪 (the supplement cancels 投毒罪 by name, which cancel() handles)."""
        doc = source.split(":")[0]
        key = sorted((r.number, r.suffix, r.clauses) for r in refs)
        same = [other for other in self.by_name.values()
                if other.name != name and other.sources and other.sources[-1].split(":")[0] != doc
                and sorted((a.number, a.suffix, a.clauses) for a in other.articles) == key]
        if len(same) == 1:
            self.rename(same[0].name, name, source)
        off = self.by_name.setdefault(name, Offense(name))
        if replace_articles or not off.articles:
            off.articles = list(refs)
        else:
            known = {(a.number, a.suffix, a.clauses) for a in off.articles}
            off.articles += [r for r in refs if (r.number, r.suffix, r.clauses) not in known]
        off.sources.append(source)
        return off

    def rename(self, old: str, new: str, source: str) -> None:
        old_off = self.by_name.pop(old, None)
        new_off = self.by_name.setdefault(new, Offense(new))
        if old_off:
            new_off.articles = new_off.articles or old_off.articles
            new_off.aliases |= old_off.aliases
        new_off.aliases.add(old)
        new_off.sources.append(source)

    def abolish(self, old: str, source: str) -> None:
        """A name cancelled with no successor (嫖宿幼女罪, 修正案（九）)."""
        removed = self.by_name.pop(old, None)
        if removed:
            self.abolished[old] = source

    def cancel(self, old: str, replacement: str) -> None:
        """A supplement cancels `old` where it defines `replacement` for the same article."""
        if old == replacement:
            return
        old_off = self.by_name.pop(old, None)
        new_off = self.by_name[replacement]
        new_off.aliases.add(old)
        if old_off:
            new_off.aliases |= old_off.aliases


def _opinion(doc: Document, reg: _Registry) -> None:
    for unit in doc.units:
        for m in OPINION_ITEM_RE.finditer(unit.text.replace(*BORDER)):
            refs = parse_article_refs(m.group(2))
            if refs:
                reg.set(m.group(1).replace(BORDER[1], BORDER[0]).translate(TYPO_FIXES), refs, unit.id, replace_articles=True)


def _supplement(doc: Document, reg: _Registry) -> None:
    for unit in doc.units:
        previous_refs: list[ArticleRef] = []
        for line in unit.text.replace(*BORDER).splitlines():
            if line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 2 or "罪" not in cells[1]:
                    continue
                if cells[0].startswith("《决定》"):
                    refs = []                                  # a 全国人大常委会 decision, not a 刑法 article
                elif not cells[0]:
                    refs = previous_refs                       # continuation row of the same article
                elif cells[0].startswith("第"):
                    refs = parse_article_refs(cells[0].split("（")[0])
                    if not refs:
                        continue
                else:
                    continue
                previous_refs = refs
                cancelled = [n for note in CANCEL_RE.findall(cells[1]) for found in CANCELLED_RE.findall(note)
                             for n in split_names(found)]
                names = split_names(CANCEL_RE.sub(" ", cells[1]))
                # "第399条第1款 第2款 | A罪 B罪": one name per clause, in order
                if len(names) > 1 and len(refs) == 1 and len(refs[0].clauses) == len(names):
                    per_name = [[ArticleRef(refs[0].number, refs[0].suffix, (c,))] for c in refs[0].clauses]
                else:
                    per_name = [refs] * len(names)
                names = [n.replace(BORDER[1], BORDER[0]) for n in names]
                for name, name_refs in zip(names, per_name):
                    if name_refs:
                        reg.set(name, name_refs, unit.id, replace_articles=True)
                    else:
                        reg.by_name.setdefault(name, Offense(name)).sources.append(unit.id)
                for old in cancelled:
                    old = old.replace(BORDER[1], BORDER[0])
                    target = next((n for n in names if n in reg.by_name), None)
                    if target:
                        reg.cancel(old, target)
                    else:
                        reg.abolish(old, unit.id)
            else:
                for m in RENAME_RE.finditer(line):
                    reg.rename(m.group(3).replace(BORDER[1], BORDER[0]), m.group(4).replace(BORDER[1], BORDER[0]), unit.id)


def _punctuation_fixes(reg: _Registry) -> None:
    """The 1997 text prints a few names without their 、 (伪造变造国家有价证券罪); use the
    punctuated official form when it is otherwise identical."""
    from corpus.charges import official_charges
    official = {c.replace("、", ""): c for c in official_charges()}
    for name in list(reg.by_name):
        fixed = official.get(name.replace("、", ""))
        if fixed and fixed != name and fixed not in reg.by_name:
            reg.rename(name, fixed, reg.by_name[name].sources[-1])


def extract_offenses(documents: list[Document]) -> list[Offense]:
    """Current offenses with their 刑法 articles, oldest determination first, later ones winning."""
    by_id = {d.id: d for d in documents}
    reg = _Registry()
    if OPINION_ID in by_id:
        _opinion(by_id[OPINION_ID], reg)
    supplements = sorted((d for d in documents if d.id.startswith(SUPPLEMENT_PREFIX)),
                         key=lambda d: (d.promulgated or "", d.id))
    for doc in supplements:
        _supplement(doc, reg)
    _punctuation_fixes(reg)
    return sorted(reg.by_name.values(), key=lambda o: (o.articles[0].number if o.articles else 9999,
                                                       o.articles[0].suffix if o.articles else 0, o.name))
