"""Records pasted from an information system as JSON or key=value exports ({"流水金额":380000,"单位":"元","备注":"…"} or
嫌疑人=雷某; 价值=12000元), read as the sentences an officer would write: 流水金额380000元；备注：…. Read raw, a figure
stood between quotes and commas with no unit and no words before it, and a remark correcting it was one more string
(probe 62c: six of forty exports were sure and wrong, most on a figure a remark had corrected or the question's own).

Each field becomes 名称：值 (a figure 名称+figure, its unit from a 单位 field beside it, or 元 where the name is a sum's);
nested records and lists are said in place; null says 未填; dates 2025-03-16 read 2025年3月16日. Comma-separated lines
become a table."""
from __future__ import annotations

import json
import re

# a sum's field name: its figure is in 元 unless the record says otherwise
MONEY_KEY_RE = re.compile(r"金额|销售额|营业额|经营额|经营数额|违法所得|所得|价值|损失|数额|税额|税款|费用|款项|工资|报酬|收入|货值|成交额|流水")
UNIT_KEYS = ("单位", "计量单位", "金额单位")
DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])")
# key=value exports: 嫌疑人=雷某; 时间=2025-03
PAIR_LINE_RE = re.compile(r"^[^=\n]{1,12}=[^=\n]*(?:[;；][^=\n]{1,12}=[^=\n]*)+[;；]?\s*$", re.M)
PAIR_RE = re.compile(r"\s*([^=;；]{1,12})=([^;；]*)")
ONE_PAIR_LINE_RE = re.compile(r"^([^=\n：:]{1,12})=([^=\n]+)$", re.M)


def _dates(value: str) -> str:
    return DATE_RE.sub(lambda m: f"{m[1]}年{int(m[2])}月" + (f"{int(m[3])}日" if m[3] else ""), value)


def _figure(key: str, value: float | int, unit: str | None) -> str:
    number = f"{value:g}" if isinstance(value, float) else str(value)
    if unit is None and "万元" in key:
        unit = "万元"
    elif unit is None and MONEY_KEY_RE.search(key):
        unit = "元"
    return f"{key}{number}{unit or ''}"


def _said(key: str, value, unit: str | None) -> str:
    if value is None or value == "":
        return f"{key}：未填"
    if isinstance(value, bool):
        return f"{key}：{'是' if value else '否'}"
    if isinstance(value, (int, float)):
        return _figure(key, value, unit)
    if isinstance(value, dict):
        return f"{key}：{_record(value)}" if key else _record(value)
    if isinstance(value, list):
        return f"{key}：" + ("、".join(_said("", v, unit).lstrip("：") for v in value) or "无")
    return f"{key}：{_dates(str(value))}" if key else _dates(str(value))


def _record(record: dict, sep: str = "，") -> str:
    """A record's fields joined by `sep` (；between a top record's fields, ，inside a nested one)."""
    unit = next((str(record[k]) for k in UNIT_KEYS if isinstance(record.get(k), str)), None)
    return sep.join(_said(str(k), v, unit) for k, v in record.items() if k not in UNIT_KEYS)


def _json_records(text: str) -> str:
    """The text with each JSON object in it said as a sentence."""
    decoder = json.JSONDecoder()
    out, at = [], 0
    while (start := text.find("{", at)) >= 0:
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            out.append(text[at:start + 1])
            at = start + 1
            continue
        if not isinstance(value, dict) or not value:
            out.append(text[at:end])
        else:
            out.append(text[at:start] + _record(value, "；") + "。")
        at = end
    return "".join(out) + text[at:]


def _pair(key: str, value: str) -> str:
    """One key=value field said as a JSON field is (null or nothing: 未填)."""
    value = value.strip()
    return _said(key.strip(), None if value.lower() == "null" else value, None)


def _pairs(line: str) -> str:
    return "；".join(_pair(k, v) for k, v in PAIR_RE.findall(line)) + "。"


def _csv_as_table(text: str) -> str:
    """Comma-separated lines of one width (a header and its rows, two commas at least) as a ｜ table, which api/tables.py
    reads with its column names."""
    lines = text.split("\n")
    out, at = [], 0
    while at < len(lines):
        width = lines[at].count(",")
        run = at
        while run < len(lines) and width >= 2 and lines[run].count(",") == width and "，" not in lines[run]:
            run += 1
        if run - at >= 2:
            out += [line.replace(",", "｜") for line in lines[at:run]]
            at = run
        else:
            out.append(lines[at])
            at += 1
    return "\n".join(out)


def as_prose(text: str) -> str:
    """The text with its JSON records and key=value lines said as sentences, and its CSV lines as a table; other text
    as it is."""
    if "{" in text and '"' in text:
        text = _json_records(text)
    if text.count(",") >= 4:
        text = _csv_as_table(text)
    if "=" in text:
        text = PAIR_LINE_RE.sub(lambda m: _pairs(m.group(0)), text)
        text = ONE_PAIR_LINE_RE.sub(lambda m: _pair(m[1], m[2]) + "。", text)
    return text
