"""Notes kept in Markdown (a wiki page, a note-taking app) read as the page now stands: ~~struck~~ words are withdrawn
and go, with the arrow that points to what replaced them (~~合计约0.6公顷~~ → 合计4000平方米); **bold**, `code` and
heading marks are only emphasis; a pipe table's rule line (|---|---|) is no row; a footnote [^1] is said as 注1 for the
notes reader; a task item says whether it is done (- [ ] 调取发票 is not yet done). Read as written, a struck figure
stood beside its replacement and the table's rule line was read as a row (probe 63a).

Quoted lines (> …) are left to the thread reader, which leaves them out: a colleague's quoted words are no finding.
Runs after the draft reader (api/tracked_changes.py), which reads 原稿“…”一句~~删除~~ as a whole.
A text with none of these marks is returned as it is.
"""
from __future__ import annotations

import re

MARKS_RE = re.compile(r"~~|→|\*\*|__|^#{1,6}\s|^\s*\|?\s*:?-{3,}|\[\^|^\s*[-*+]\s+\[[ xX]\]|`", re.M)
STRUCK_RE = re.compile(r"~~(?P<words>[^~\n]+?)~~\s*(?:→|->|=>|——|—|改为|更正为)?\s*")
EMPHASIS_RE = re.compile(r"\*\*(?P<a>[^*\n]+?)\*\*|__(?P<b>[^_\n]+?)__|`(?P<c>[^`\n]+?)`")
HEADING_RE = re.compile(r"^#{1,6}\s*", re.M)
RULE_LINE_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$\n?", re.M)
FOOTNOTE_LINE_RE = re.compile(r"^[ \t]*\[\^(?P<label>\w+)\]:[ \t]*", re.M)
FOOTNOTE_MARK_RE = re.compile(r"\[\^(?P<label>\w+)\]")
# the arrow left where the draft reader took the struck words first (~~0.6公顷~~ → 4000平方米)
ARROW_LEAD_RE = re.compile(r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?:→|->|=>)[ \t]*", re.M)
TASK_RE = re.compile(r"^(?P<lead>[ \t]*)[-*+][ \t]+\[(?P<mark>[ xX])\][ \t]*", re.M)
TASK_SAID = {" ": "（待办，尚未完成）", "x": "（已完成）", "X": "（已完成）"}


def _emphasis(m: re.Match) -> str:
    return m["a"] or m["b"] or m["c"]


def as_read(text: str) -> str:
    """The page with its Markdown marks read: struck words gone, emphasis plain, rule lines out, footnotes as 注N."""
    if not MARKS_RE.search(text):
        return text
    text = ARROW_LEAD_RE.sub(lambda m: m["lead"], STRUCK_RE.sub("", text))
    text = EMPHASIS_RE.sub(_emphasis, text)
    text = HEADING_RE.sub("", text)
    text = RULE_LINE_RE.sub("", text)
    text = FOOTNOTE_LINE_RE.sub(lambda m: f"注{m['label']}：", text)
    text = FOOTNOTE_MARK_RE.sub(lambda m: f"（注{m['label']}）", text)
    return TASK_RE.sub(lambda m: m["lead"] + TASK_SAID[m["mark"]], text)
