"""What an official case (典型案例 / 指导性案例 / 参考案例) is made of, shared by the importer, the graph,
consultation and training: its kind, the role of each section heading, and the 典型意义 excerpt.

Releases name their sections differently (基本案情 / 简要案情, 检察机关履职过程 / 处理结果 / 裁判理由,
典型意义 / 指导意义 / 要旨); the headings are kept as published and mapped to a role here.
"""
from __future__ import annotations

import re

# `case_kind` in a case's front matter; a judgment (裁判文书) has none.
OFFICIAL_KINDS = ("typical", "guiding", "reference")
KIND_LABELS = {"typical": "典型案例", "guiding": "指导性案例", "reference": "参考案例", "judgment": "裁判文书"}
LINKAGE_DIRECTIONS = ("forward", "reverse")
LINKAGE_LABELS = {"forward": "正向衔接", "reverse": "反向衔接"}

# role → heading pattern; checked in this order (裁判要旨 is a gist, not a 裁判理由)
SECTION_ROLES = (
    ("significance", re.compile(r"典型意义|指导意义")),
    ("gist", re.compile(r"要旨")),
    ("facts", re.compile(r"案情")),
    ("process", re.compile(r"履职|处理结果|裁判理由|裁判结果|诉讼|办理|指控与证明|调查|审查")),
)
ROLE_LABELS = {"facts": "基本案情", "process": "办理过程", "significance": "典型意义", "gist": "要旨"}
EXCERPT_CHARS = 200
SENTENCE_RE = re.compile(r"[^。！？；]+[。！？；]?")


def case_kind(front_matter: dict) -> str:
    """typical | guiding | reference for an official case, judgment otherwise."""
    kind = front_matter.get("case_kind")
    return kind if kind in OFFICIAL_KINDS else "judgment"


def section_role(label: str | None) -> str | None:
    """facts | process | significance | gist for a section heading, None for any other."""
    for role, pattern in SECTION_ROLES:
        if label and pattern.search(label):
            return role
    return None


def sections_by_role(units: list[dict]) -> dict[str, dict]:
    """The first unit of each role among a document's units (dicts with label/text/id)."""
    out: dict[str, dict] = {}
    for u in units:
        role = section_role(u.get("label"))
        if role and role not in out:
            out[role] = u
    return out


def significance_unit(units: list[dict]) -> dict | None:
    """The 典型意义 / 指导意义 section, or the 要旨 when a release has none (参考案例: 裁判要旨)."""
    roles = sections_by_role(units)
    return roles.get("significance") or roles.get("gist")


def excerpt(text: str, words: frozenset[str] | set[str] = frozenset(), limit: int = EXCERPT_CHARS) -> str:
    """Whole sentences of a section up to `limit` characters. Without `words`, from its opening;
    with them, from the sentence that shares the most of them (the one a question is about)."""
    sentences = [s.strip() for s in SENTENCE_RE.findall(text.replace("\n", "")) if s.strip()]
    if not sentences:
        return ""
    start = 0
    if words:
        scores = [sum(1 for w in words if len(w) > 1 and w in s) for s in sentences]
        if max(scores) > 0:
            start = scores.index(max(scores))
    out = ""
    for s in sentences[start:]:
        if out and len(out) + len(s) > limit:
            break
        out += s
    return out if len(out) <= limit else out[:limit - 1] + "…"


def kind_fields(props: dict) -> dict:
    """How a case is labelled wherever it is listed: its kind and label; for an official case also
    its issuer, 检例号 and the 转录 flag (a transcription of the release, not verified word for word)."""
    kind = case_kind(props)
    out = {"case_kind": kind, "kind_label": KIND_LABELS[kind]}
    if kind != "judgment":
        out.update(issuer=props.get("issuer"), jianli_no=props.get("jianli_no"),
                   transcription=bool(props.get("transcription")))
    return out
