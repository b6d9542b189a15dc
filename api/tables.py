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
FIGURE_START_RE = re.compile(r"(?!一般|一级|二级|三级)[0-9一二两三四五六七八九十百千万约]")
FIGURE_RE = re.compile(r"[0-9０-９]")
MIN_CELLS = 2
ZERO_RE = re.compile(r"[0０]\s*(?:人|名|个|起|次)?")      # 死亡人数｜0: said 死亡人数：0, which reads as none
TOTAL_LABEL_RE = re.compile(r"合计|小计|总计|共计|总额")
# columns that name a measure, not a thing: the row's label says what their figure is
GENERIC_HEADERS = frozenset({"金额", "数额", "价值", "数量", "数值", "金额（元）", "价值（元）", "数额（元）", "金额(元)",
                             # (or a form's 项目｜内容: 死亡人数｜0 is 死亡人数：0, not 项目：死亡人数, probe 61b TB06 met 死亡1人 on it)
                             "内容", "情况", "具体情况", "结果", "数据", "核查结果", "认定结果", "认定情况"})


def _cells(line: str) -> list[str] | None:
    """The cells of a table line (two separators at least), or None for a line of prose."""
    if "｜" not in line and "|" not in line:
        return None
    cells = CELL_SEP_RE.split(line.strip().strip("｜|"))
    return cells if len(cells) >= MIN_CELLS else None


# a unit given once for the figures of a table: in a column's name (金额（万元）, 损失（元）), in a note on a cell (0.36（注：面积单位为
# 公顷）) or for the whole table (单位：千元, 本表金额单位均为千元); a bare figure (4.2) otherwise counts nothing (probe 61b)
UNIT_WORDS = r"万元|千元|元|公顷|平方米|亩|市斤|斤|公斤|千克|克|吨|立方米"
COLUMN_UNIT_RE = re.compile(rf"[（(](?P<unit>{UNIT_WORDS})[）)]$")
DECLARED_UNIT_RE = re.compile(rf"(?:金额|面积|重量)?单位(?:均|统一)?(?:为|是|[：:])\s*(?P<unit>{UNIT_WORDS})")
BARE_FIGURE_RE = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?=\s*(?:[（(]注|$))")
MONEY_UNITS = frozenset({"万元", "千元", "元"})
# the columns or row labels that count things, which a money unit declared for the table does not measure
COUNT_WORDS_RE = re.compile(r"份|人数|人次|株|次数|笔次|序号|条数|件数|只数|头数|数量|户数")


def _with_unit(figure: str, unit: str) -> str:
    """4.2 in 万元 is 4.2万元; in 千元 it is said in 元 (1.90千元 → 1900元), as the facts' readers count."""
    m = BARE_FIGURE_RE.match(figure)
    number = m["n"].replace(",", "")
    if unit == "千元":
        number, unit = f"{float(number) * 1000:.2f}".rstrip("0").rstrip("."), "元"
    return f"{number}{unit}{figure[m.end():]}"


def _cell_unit(name: str, cell: str, label: str | None, declared: str | None) -> str | None:
    """The unit of a bare figure: its column's, its own note's, or the table's where the figure is of that kind."""
    if (column := COLUMN_UNIT_RE.search(name)) is not None:
        return column["unit"]
    if (own := DECLARED_UNIT_RE.search(cell)) is not None:
        return own["unit"]
    if declared is None:
        return None
    if declared in MONEY_UNITS and (COUNT_WORDS_RE.search(name) or label and COUNT_WORDS_RE.search(label)):
        return None
    return declared


# a row whose own words leave it unsettled
OPEN_PART_RE = re.compile(r"尚未查清|尚未查实|未查实|无法证实|无法查清|尚未核实|待核实|待查|尚未认定|各执一词|尚未鉴定|待鉴定")


def _total_row(row: list[str]) -> bool:
    return any(TOTAL_LABEL_RE.fullmatch(cell) for cell in row)


def _row_cells(line: str, width: int) -> list[str] | None:
    """A row's cells where it has the header's number; a last cell left empty (一般耕地｜0.12｜) still counts."""
    cells = _cells(line)
    if cells is not None and len(cells) == width - 1 and line.rstrip().endswith(("｜", "|")) and not line.lstrip().startswith(("｜", "|")):
        cells.append("")
    return cells if cells is not None and len(cells) == width else None


def _row_words(header: list[str], row: list[str], number: int | None, declared: str | None = None) -> str:
    """A row said with its column names; a figure under a column that names no thing (金额, 价值) is said after the row's
    label instead (项目｜金额 / 直接经济损失小计｜38万元 → 直接经济损失小计38万元: the label is what the figure counts)."""
    # (the ordinal column keeps a total's label: 序号｜…／合计｜｜4.58 is the total, probe 61b TB01)
    cells = [(name, cell) for name, cell in zip(header, row)
             if (name not in ORDINAL_HEADERS or TOTAL_LABEL_RE.fullmatch(cell)) and cell not in EMPTY_CELLS]
    label = next((cell for _, cell in cells if not FIGURE_START_RE.match(cell)), None)
    cells = [(name, _with_unit(cell, unit) if BARE_FIGURE_RE.match(cell) and (unit := _cell_unit(name, cell, label, declared)) else cell)
             for name, cell in cells]
    labelled = label is not None and any(name in GENERIC_HEADERS and cell != label for name, cell in cells)
    said = []
    for name, cell in cells:
        if labelled and cell == label:
            continue
        if name in ORDINAL_HEADERS:
            said.append(cell)        # 合计
            continue
        named = label if labelled and name in GENERIC_HEADERS else name
        said.append(f"{named}{cell}" if FIGURE_START_RE.match(cell) and not ZERO_RE.fullmatch(cell) else f"{named}：{cell}")
    return (f"（{number}）" if number else "") + "，".join(said)


def linearized(text: str) -> str:
    """The text with each table (a header line and the rows under it with as many cells) said as one numbered list;
    everything else as written."""
    if "｜" not in text and text.count("|") < 2:
        return text
    lines = text.split("\n")
    declared = {m["unit"] for m in DECLARED_UNIT_RE.finditer(text)}
    declared = declared.pop() if len(declared) == 1 else None
    out, at = [], 0
    while at < len(lines):
        header = _cells(lines[at])
        rows = []
        if header:
            while at + 1 + len(rows) < len(lines) and (row := _row_cells(lines[at + 1 + len(rows)], len(header))):
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
        said = [_row_words(header, row, n if numbered else None, declared) for n, row in enumerate(rows, 1)]
        if any(OPEN_PART_RE.search(words) for words in said):
            # a total over a row still unsettled (4、5号农户…来源尚未查清 / 合计26,000) is at most that much (probe 61b TB37)
            said = [re.sub(r"(?<![\d.])(?=\d)", "至多", words, count=1) if _total_row(row) else words
                    for row, words in zip(rows, said)]
        out.append("；".join(said) + "。")
        at += 1 + len(rows)
    return "\n".join(out)
