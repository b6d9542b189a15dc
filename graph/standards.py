"""Threshold clauses (立案追诉标准, 司法解释 数额/情节 standards) as structured records.

Two official shapes are read:
- judicial interpretations: "…具有下列情形之一的，应当认定为刑法第X条第Y款规定的“情节严重”：（一）…"
  and "…十万元以上、五十万元以上的，应当分别认定为刑法第二百零一条第一款规定的“数额较大”“数额巨大”";
- 立案追诉标准 (type: standard): "第X条 ［罪名（刑法第N条）］ …，涉嫌下列情形之一的，应予立案追诉：（一）…".
Every number comes from the quoted source text; nothing is filled in.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from corpus.model import Document
from corpus.quantities import Quantity, find_quantities

from .citations import REF_RE
from corpus.numerals import parse_chinese_int

ITEM_RE = re.compile(r"^（([一二三四五六七八九十]+)）")
TERMS_RE = re.compile(r"“([^”]{2,20})”")
HEAD_TARGET_RE = re.compile(r"刑法((?:[、，和及或者]*第[^条]{1,8}条(?:之[一二三四五六七八九十])?(?:第[^款]{1,3}款)?(?:第[^项]{1,3}项)?)+)")
FILING_HEAD_RE = re.compile(r"^第\S+条\s*[［\[【]([^］\]】]+?)（刑法第([^）]+)）[］\]】]")
OPS = {"以上": ">=", "以下": "<=", "不满": "<", "不足": "<", "未满": "<", None: ">="}
METRIC_STOP = re.compile(r"[，、；。：,;:（）()“”或和及的在达到造成致使]")
VERB_PREFIXES = ("数额", "累计", "共计", "合计")


@dataclass
class Condition:
    metric: str          # what is counted: 违法所得, 死亡, 黑火药, 逃避缴纳税款 …
    op: str              # >=, <=, <
    value: float
    unit: str
    text: str            # the quoted words it was read from
    upper: float | None = None    # "十万元至三十万元以上": provinces choose within [value, upper]
    within_years: float | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Alternative:
    label: str                     # （一）, or "" for a single-sentence clause
    text: str
    conditions: list[Condition] = field(default_factory=list)

    @property
    def subject(self) -> str | None:
        """个人 or 单位 when the item is limited to one kind of offender."""
        head = self.text[:12]
        return "单位" if "单位" in head else "个人" if "个人" in head else None


@dataclass
class Standard:
    id: str
    doc_id: str
    unit_id: str
    term: str                      # 情节严重, 数额较大, 应予立案追诉 …
    articles: list[tuple[int, int, int | None]]   # 刑法 (number, suffix, clause) the clause interprets
    offense_names: list[str]       # when the text names the offense itself (立案追诉标准)
    subject: str                   # 个人 | 单位 | 不限
    head: str
    alternatives: list[Alternative]
    source_text: str
    effective: str | None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["alternatives"] = [{"label": a.label, "text": a.text, "subject": a.subject,
                              "conditions": [c.to_dict() for c in a.conditions]}
                             for a in self.alternatives]
        return d


METRIC_SPLIT = re.compile(r"[，、；。：,;:（）()“”]|或者|以及|或|和|及|并且|且")
LEADING = ("造成", "致使", "导致", "其中", "个人", "单位")
TRAILING = ("在", "达到", "达", "为", "共计", "累计", "合计", "的")


def _metric_before(text: str, start: int) -> str:
    """The words that name what a number measures: "…矿产资源破坏的价值在十万元" → 矿产资源破坏的价值."""
    parts = METRIC_SPLIT.split(text[max(0, start - 16):start])
    metric = parts[-1].strip() if parts else ""
    changed = True
    while changed and metric:
        changed = False
        for t in TRAILING:
            if metric.endswith(t) and len(metric) > len(t):
                metric, changed = metric[: -len(t)], True
        for lead in LEADING + VERB_PREFIXES:
            if metric.startswith(lead) and len(metric) > len(lead):
                metric, changed = metric[len(lead):], True
    return metric


def _metric_after(text: str, end: int) -> str:
    m = re.match(r"(?:以上|以下)?(?:的)?([\u4e00-\u9fa5]{2,8}?)(?:的|，|。|；|、|$)", text[end:end + 12])
    return m.group(1) if m else ""


def conditions_in(text: str) -> list[Condition]:
    """Numeric conditions of one clause; ranges "X至Y以上" become one condition with an upper bound."""
    quantities = find_quantities(text)
    years = next((q.value for q in quantities if q.unit == "年" and text[q.end:q.end + 1] in ("内", "以")), None)
    out: list[Condition] = []
    skip = set()
    for i, q in enumerate(quantities):
        if i in skip or q.unit in ("年", "月", "日"):
            continue
        upper = None
        if q.qualifier == "至" and i + 1 < len(quantities) and quantities[i + 1].unit == q.unit:
            upper = quantities[i + 1].value
            skip.add(i + 1)
            qualifier = quantities[i + 1].qualifier
        else:
            qualifier = q.qualifier
        metric = _metric_before(text, q.start)
        if q.unit in ("次", "人次") or (q.unit == "人" and not metric):
            metric = _metric_after(text, quantities[i + 1].end if upper is not None else q.end) or metric
        out.append(Condition(metric=metric, op=OPS.get(qualifier, ">="), value=q.value, unit=q.unit,
                             text=q.raw if upper is None else text[q.start:quantities[i + 1].end],
                             upper=upper, within_years=years if q.unit == "次" else None))
    return out


def _subject(text: str) -> str:
    if "单位" in text and ("单位犯" in text or "单位实施" in text or "单位" in text[:20]):
        return "单位"
    return "不限"


def _targets(head: str) -> list[tuple[int, int, int | None]]:
    targets = []
    for m in HEAD_TARGET_RE.finditer(head):
        for r in REF_RE.finditer(m.group(1)):
            targets.append((parse_chinese_int(r.group(1)), parse_chinese_int(r.group(2)) if r.group(2) else 0,
                            parse_chinese_int(r.group(3)) if r.group(3) else None))
    return targets


def _blocks(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(head, items) blocks: an article may state 情节严重 and then 情节特别严重, each with its list."""
    blocks: list[tuple[str, list[tuple[str, str]]]] = []
    for ln in (ln.strip() for ln in text.splitlines()):
        if not ln:
            continue
        m = ITEM_RE.match(ln)
        if m and blocks:
            blocks[-1][1].append((f"（{m.group(1)}）", ln))
        elif blocks and not blocks[-1][1] and "认定为" not in blocks[-1][0] and "立案" not in blocks[-1][0]:
            blocks[-1] = (blocks[-1][0] + ln, [])
        else:
            blocks.append((ln, []))
    return blocks


THRESHOLD_WORDS = ("严重", "较大", "巨大", "恶劣", "重大", "立案追诉")


OR_SPLIT = re.compile(r"[；，]?或者")
CONVICT_RE = re.compile(r"以([^，。；“”]{2,40}?罪)定罪处罚")


SEPARATOR_RE = re.compile(r"(或者|、|，|；)")
AND_WORDS = ("且", "并且", "同时")


def _alternatives(label: str, text: str) -> list[Alternative]:
    """One listed item split into its alternatives: quantities joined by 、 or 或者 are each enough
    ("黑火药1千克以上或者烟火药3千克以上、雷管30枚以上"); 且 joins conditions that must all hold
    ("一百份以上且票面金额三十万元以上"). Words without a number belong to the next part."""
    pieces = SEPARATOR_RE.split(text)          # [segment, separator, segment, …]
    groups: list[str] = []
    pending = ""
    for i in range(0, len(pieces), 2):
        segment = pending + pieces[i]
        separator = pieces[i + 1] if i + 1 < len(pieces) else ""
        if not find_quantities(pieces[i]):
            pending = segment + separator      # words without a number lead into the next part
            continue
        pending = ""
        if groups and pieces[i].startswith(AND_WORDS):
            groups[-1] += segment
        else:
            groups.append(segment)
        if separator and i + 2 < len(pieces) and pieces[i + 2].startswith(AND_WORDS):
            groups[-1] += separator
    if pending and groups:
        groups[-1] += pending
    if len(groups) <= 1:
        return [Alternative(label, text, conditions_in(text))]
    return [Alternative(f"{label}{i + 1}" if label else str(i + 1), g, conditions_in(g)) for i, g in enumerate(groups)]


def _is_threshold(term: str, alternatives: list[Alternative]) -> bool:
    return any(a.conditions for a in alternatives) or any(w in term for w in THRESHOLD_WORDS)


def standards_in_unit(doc: Document, unit) -> list[Standard]:
    """Threshold standards stated by one article of an interpretation or a filing standard."""
    found: list[Standard] = []
    filing = FILING_HEAD_RE.match(unit.text)
    for n, (head, items) in enumerate(_blocks(unit.text)):
        sid = f"std:{unit.id}" + (f":{n}" if n else "")
        body_head = re.sub(r"^第\S+条\s*", "", head)
        if filing and ("立案追诉" in head or "应予立案" in head):
            names = [x.strip() for x in re.split(r"[；;]", filing.group(1)) if x.strip()]
            refs = [(parse_chinese_int(r.group(1)), parse_chinese_int(r.group(2)) if r.group(2) else 0,
                     parse_chinese_int(r.group(3)) if r.group(3) else None) for r in REF_RE.finditer("第" + filing.group(2))]
            alternatives = [a for label, t in items for a in _alternatives(label, t)] or \
                           _alternatives("", body_head)
            found.append(Standard(sid, doc.id, unit.id, "应予立案追诉", refs, names, _subject(body_head),
                                  head, alternatives, unit.text, doc.effective))
            continue
        convict = CONVICT_RE.search(body_head)
        if "刑法" in body_head and convict and "认定为" not in body_head:
            targets = _targets(body_head)
            alternatives = [a for label, t in items for a in _alternatives(label, t)] or \
                _alternatives("", body_head.split("依照")[0])
            if targets and any(a.conditions for a in alternatives):
                found.append(Standard(sid, doc.id, unit.id, "定罪处罚", targets, [convict.group(1)],
                                      _subject(body_head), head, alternatives, unit.text, doc.effective))
            continue
        if "认定为" not in body_head or "刑法" not in body_head:
            continue
        targets = _targets(body_head)
        terms = TERMS_RE.findall(body_head.split("认定为", 1)[1])
        if not targets or not terms:
            continue
        if "分别认定为" in body_head and len(terms) > 1:
            conds = conditions_in(body_head.split("分别认定为")[0])
            for i, term in enumerate(terms):
                if i < len(conds):
                    found.append(Standard(f"{sid}:{term}", doc.id, unit.id, term, targets, [], _subject(body_head),
                                          head, [Alternative("", conds[i].text, [conds[i]])], unit.text, doc.effective))
            continue
        if items:
            alternatives = [a for label, t in items for a in _alternatives(label, t)]
        else:
            alternatives = _alternatives("", body_head.split("认定为")[0])
        term = "、".join(dict.fromkeys(terms))
        if _is_threshold(term, alternatives):
            found.append(Standard(sid, doc.id, unit.id, term, targets, [], _subject(body_head), head,
                                  alternatives, unit.text, doc.effective))
    return found


def extract_standards(documents: list[Document]) -> list[Standard]:
    out = []
    for doc in documents:
        if doc.type not in ("interpretation", "standard"):
            continue
        for unit in doc.units:
            if unit.kind == "article":
                out.extend(standards_in_unit(doc, unit))
    return out
