"""Checkbox fields of an agency's forms (案件审批表, 移送审查表, 核查清单) read as what was ticked: 一年内是否受过抢夺
行政处罚：□是 ☑否 says 一年内未受过抢夺行政处罚, and the words of its unticked 是 stated a penalty (probe 59c RC01 met on
it). A yes-or-no field becomes its statement or its denial; a field of choices keeps only the ticked ones; a field with
both or neither ticked says the fact is not settled."""
from __future__ import annotations

import re

TICKED = "☑✔✓■√☒"
UNTICKED = "□☐"
BOX = rf"(?:[{TICKED}{UNTICKED}]|\[[ xX√]?\])"
# a field: its label, a colon, then boxed options up to the field's end
FIELD_RE = re.compile(rf"(?P<label>[^：:。；;，,\n{TICKED}{UNTICKED}]{{1,30}})[：:]\s*"
                      rf"(?P<options>(?:{BOX}\s*[^{TICKED}{UNTICKED}\[\]。；;，,\n：:（(]{{1,12}}\s*)+)"
                      r"(?P<note>[（(][^）)]{0,40}[）)])?")
OPTION_RE = re.compile(rf"(?P<box>{BOX})\s*(?P<word>[^{TICKED}{UNTICKED}\[\]。；;，,\n：:（(\s]{{1,12}})")


def _ticked(box: str) -> bool:
    return box[0] in TICKED or (box.startswith("[") and box.strip("[]").strip() != "")


def _yes_no(label: str, chosen: list[str]) -> str | None:
    """The statement a yes-or-no field makes (是否X / 有无X), or None for another kind of field."""
    if len(chosen) != 1:
        return None
    word = chosen[0]
    if "是否" in label and word in ("是", "否"):
        return label.replace("是否", "" if word == "是" else "未", 1)
    if "有无" in label and word in ("有", "无"):
        return label.replace("有无", word, 1)
    return None


def _field(m: re.Match) -> str:
    label = m["label"].strip()
    options = [(o["word"], _ticked(o["box"])) for o in OPTION_RE.finditer(m["options"])]
    chosen = [word for word, ticked in options if ticked]
    note = m["note"] or ""
    if not chosen or len(chosen) == len(options) > 1 and {w for w, _ in options} <= {"是", "否", "有", "无"}:
        return f"{label}：未明确（表中未勾选或同时勾选）{note}"
    if (said := _yes_no(label, chosen)) is not None:
        return said + note
    return f"{label}：{'、'.join(chosen)}{note}"


def read_ticks(text: str) -> str:
    """The text with each checkbox field said as what was ticked; text without boxes is returned as it is."""
    if not re.search(BOX, text):
        return text
    return FIELD_RE.sub(_field, text)
