"""Figures qualified by notes (4张卡流水合计｜28.6万元（注1） … 注1：其中9.5万元为邓某本人工资收入，与上家无关), read with
their notes: the note is said right after the figure it marks, where the readers of a figure's own sentence see it, and its
line at the foot goes (probe 61b: seven of forty tables were sure and wrong on figures whose notes changed what they
counted). Markers read: （注1）, (注2), （注）, a cell 注1 or 见注1, and ※ or * after a figure or cell; a note no marker
points at stays where it stands.
"""
from __future__ import annotations

import re

# a note at the foot: 注1：…, ※注：…, *注：…, 注①：…
# (or a line opening on the star alone: ※该笔由柏某经手收取…; the question after a last note is no part of it)
NOTE_LINE_RE = re.compile(r"^[ \t]*(?:(?P<star>[※*＊])?(?:表下附注|附注|注)(?P<label>\d|[①②③④⑤⑥⑦⑧⑨])?[：:]|(?P<bare>[※＊]))"
                          r"(?P<body>(?:(?!请问)[^\n])+)", re.M)
# a marker in the body: （注1）, (注1), （注）, ｜注1, ｜见注1
MARK_RE = re.compile(r"[（(]\s*(?:见)?注(?P<label>\d|[①②③④⑤⑥⑦⑧⑨])?\s*[）)]|(?<=[｜|])\s*(?:见)?注(?P<cell>\d|[①②③④⑤⑥⑦⑧⑨])(?=\s*(?:[｜|]|$))",
                     re.M)
STAR_MARK_RE = re.compile(r"(?<=[\d元条份株人次只个吨克亩）)｜|\u4e00-\u9fa5])[※*＊](?![注])")

UNNUMBERED_TWIN = {"": "※", "※": ""}


def _said(body: str) -> str:
    """A note's words, to stand inside brackets after a figure: its sentence ends become commas."""
    return re.sub(r"[。；]+", "，", body.strip()).strip("，")


def with_notes(text: str) -> str:
    """The text with each marked note said after its figure; a text with no notes is returned as it is."""
    if "注" not in text and "※" not in text:
        return text
    notes: dict[str, re.Match] = {}
    for m in NOTE_LINE_RE.finditer(text):
        for key in _keys(m):
            notes.setdefault(key, m)
    if not notes:
        return text
    used: dict[int, re.Match] = {}      # the inlined notes by where they stand

    def inline(label: str) -> str | None:
        # (a bare （注） and a ※ point at the foot's one unnumbered note, starred or not)
        note = notes.get(label) or notes.get(UNNUMBERED_TWIN.get(label, label))
        if note is None:
            return None
        used[note.start()] = note
        return f"（注：{_said(note['body'])}）"

    def mark(m: re.Match) -> str:
        label = m["label"] or m["cell"] or ""
        said = inline(label)
        return m.group(0) if said is None else said

    foot = min(m.start() for m in notes.values())
    body, rest = text[:foot], text[foot:]
    body = MARK_RE.sub(mark, body)
    body = STAR_MARK_RE.sub(lambda m: inline("※") or m.group(0), body)
    if not used:
        return text
    for start, note in sorted(used.items(), reverse=True):     # the inlined notes' own words leave the foot; the rest stays
        rest = rest[:start - foot] + rest[note.end() - foot:].removeprefix("\n")
    return body + rest


def _keys(note: re.Match) -> list[str]:
    """The marks that point at a note: its number, and ※ for a starred or bare-star note; 注： alone answers （注）."""
    keys = [note["label"]] if note["label"] else []
    if note["star"] or note["bare"]:
        keys.append("※")
    return keys or [""]

