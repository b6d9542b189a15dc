"""Tables pasted from evidence (价格认定结论书, 林木损失鉴定意见, 收受财物清单: 序号｜物品｜购买发票价｜认定价格) read as
sentences. Read as written, a row is a run of bare figures: the words before 3999元 are the row's other cells, not the
column's name, so an invoice price met 盗窃罪's 二千元 beside its appraised 1600元 and 原木材积 stood for 立木蓄积
(probe 48b). Each row becomes a numbered item of one list, each cell said with its column's name (（1）物品：华为手机，
购买发票价3999元，认定价格1600元；（2）…), which the readers of items and of the words before a figure already understand."""
from __future__ import annotations

import re

CELL_SEP_RE = re.compile(r"\s*[｜|]\s*")
# a cell that says nothing: —, -, /, 无
EMPTY_CELLS = frozenset({"", "—", "-", "–", "－", "/", "无", "——"})
# the column that only numbers the rows
ORDINAL_HEADERS = frozenset({"序号", "编号", "No", "NO", "no", "#"})
# a cell that opens with a figure takes the column's name right before it (立木蓄积3.2立方米), others after a colon
FIGURE_START_RE = re.compile(r"[0-9一二两三四五六七八九十百千万约]")
FIGURE_RE = re.compile(r"[0-9０-９]")
MIN_CELLS = 2
TOTAL_LABEL_RE = re.compile(r"合计|小计|总计|共计|总额")
# columns that name a measure, not a thing: the row's label says what their figure is
GENERIC_HEADERS = frozenset({"金额", "数额", "价值", "数量", "数值", "金额（元）", "价值（元）", "数额（元）", "金额(元)"})


def _cells(line: str) -> list[str] | None:
    """The cells of a table line (two separators at least), or None for a line of prose."""
    if "｜" not in line and "|" not in line:
        return None
    cells = CELL_SEP_RE.split(line.strip().strip("｜|"))
    return cells if len(cells) >= MIN_CELLS else None


def _row_words(header: list[str], row: list[str], number: int | None) -> str:
    """A row said with its column names; a figure under a column that names no thing (金额, 价值) is said after the row's
    label instead (项目｜金额 / 直接经济损失小计｜38万元 → 直接经济损失小计38万元: the label is what the figure counts)."""
    cells = [(name, cell) for name, cell in zip(header, row) if name not in ORDINAL_HEADERS and cell not in EMPTY_CELLS]
    label = next((cell for _, cell in cells if not FIGURE_START_RE.match(cell)), None)
    labelled = label is not None and any(name in GENERIC_HEADERS and FIGURE_START_RE.match(cell) for name, cell in cells)
    said = []
    for name, cell in cells:
        if labelled and cell == label:
            continue
        if FIGURE_START_RE.match(cell):
            said.append(f"{label}{cell}" if labelled and name in GENERIC_HEADERS else f"{name}{cell}")
        else:
            said.append(f"{name}：{cell}")
    return (f"（{number}）" if number else "") + "，".join(said)


def linearized(text: str) -> str:
    """The text with each table (a header line and the rows under it with as many cells) said as one numbered list;
    everything else as written."""
    if "｜" not in text and text.count("|") < 2:
        return text
    lines = text.split("\n")
    out, at = [], 0
    while at < len(lines):
        header = _cells(lines[at])
        rows = []
        if header:
            while at + 1 + len(rows) < len(lines) and (row := _cells(lines[at + 1 + len(rows)])) and len(row) == len(header):
                rows.append(row)
        if not rows:
            out.append(lines[at])
            at += 1
            continue
        # a table with a total row (合计, 小计) lists the parts of that total, no items to add up: its rows go unnumbered
        # (a label cell, with no figure in it: 面值合计10,000元 is one row's value, probe 50b IB03)
        # (or rows that are parts of the row above: 其中经鉴定为伪造的｜112份, probe 50b)
        numbered = not any(TOTAL_LABEL_RE.search(cell) for row in rows for cell in row if not FIGURE_RE.search(cell)) \
            and not any(cell.startswith("其中") for row in rows for cell in row)
        out.append("；".join(_row_words(header, row, n if numbered else None) for n, row in enumerate(rows, 1)) + "。")
        at += 1 + len(rows)
    return "\n".join(out)
