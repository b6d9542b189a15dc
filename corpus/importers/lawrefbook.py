"""Convert LawRefBook Markdown (header block, `<!-- INFO END -->`, one article per line) into
corpus documents with front matter and provenance.

LawRefBook files carry no metadata beyond the title, a few history lines and the version date in
the file name, so issuer, dates and status are derived from those, and a curated selection file
may fix id, type and domains for the documents we ship.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..frontmatter import CorpusError, dump_front_matter
from .write import write_validated

DATASET = "LawRefBook/Laws"
LICENSE_NOTE = "official legal text (著作权法 第五条); compilation by LawRefBook"
INFO_END = "<!-- INFO END -->"
FILE_DATE_RE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)$")
CN_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DOC_NUMBER_RE = re.compile(r"^[^\s，。]{1,12}〔\d{4}〕\d+号$")
# the text's own words on when it takes effect (矿产资源法第八十条: 本法自2025年7月1日起施行): LawRefBook's header may give
# only the day of adoption; 本 (or the 公布 of its own heading) keeps out other texts' dates the body quotes
OWN_EFFECTIVE_RE = re.compile(r"(?:本(?:法|条例|规定|解释|办法|细则|决定|规则|意见|标准)[^。，；]{0,12}?|公布\s*)自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起施行")

TYPE_BY_FOLDER = {"司法解释": "interpretation", "案例": "case"}
DOMAIN_KEYWORDS = {
    "安全生产": ("安全生产", "生产安全"), "烟花爆竹": ("烟花爆竹",), "危险化学品": ("危险化学品",),
    "矿产资源": ("矿产资源", "采矿", "矿山"), "税务": ("税收", "发票", "税务"),
    "卫生健康": ("医师", "行医", "医疗", "卫生"), "民用爆炸物品": ("爆炸物",),
    "行刑衔接": ("移送涉嫌犯罪",),
}


@dataclass
class Converted:
    relpath: str
    doc_id: str
    front_matter: dict
    body: str


@dataclass
class ImportReport:
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # "path: reason"


def _issuer(title: str, folder_parts: tuple[str, ...], header: list[str]) -> str:
    for court in ("最高人民法院、最高人民检察院", "最高人民法院 最高人民检察院", "最高人民法院  最高人民检察院"):
        if title.startswith(court):
            return "最高人民法院、最高人民检察院"
    if title.startswith(("最高人民法院", "关于审理")):
        return "最高人民法院"
    if title.startswith(("最高人民检察院", "人民检察院")):
        return "最高人民检察院"
    if "行政法规" in folder_parts:
        return "国务院"
    if "部门规章" in folder_parts and len(folder_parts) > folder_parts.index("部门规章") + 1:
        return folder_parts[folder_parts.index("部门规章") + 1]
    if "地方性法规" in folder_parts or "DLC" in folder_parts:
        return folder_parts[-1]
    joined = " ".join(header)
    if "常务委员会" in joined:
        return "全国人民代表大会常务委员会"
    if "全国人民代表大会" in joined:
        return "全国人民代表大会"
    return "未注明"


def _cn_dates(lines: list[str]) -> list[str]:
    found = []
    for line in lines:
        for y, m, d in CN_DATE_RE.findall(line):
            found.append(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    return found


def guess_domains(title: str) -> list[str]:
    return [domain for domain, words in DOMAIN_KEYWORDS.items() if any(w in title for w in words)]


def convert(path: Path, root: Path, doc_id: str | None = None, doc_type: str | None = None,
            domains: list[str] | None = None) -> Converted:
    """One LawRefBook file → front matter + body; raises ValueError naming what is missing."""
    rel = path.relative_to(root)
    text = path.read_text(encoding="utf-8")
    if INFO_END not in text:
        raise ValueError(f"{rel}: no '{INFO_END}' marker")
    head, body = text.split(INFO_END, 1)
    head_lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
    title_line = next((ln for ln in head_lines if ln.startswith("# ")), None)
    if title_line is None:
        raise ValueError(f"{rel}: no '# title' line")
    title = title_line[2:].strip()
    history = [ln for ln in head_lines if not ln.startswith("#")]
    file_date = FILE_DATE_RE.search(path.stem)
    stem = FILE_DATE_RE.sub("", path.stem).strip()
    dates = _cn_dates(history)
    promulgated = dates[-1] if dates else (file_date.group(1) if file_date else None)
    effective_lines = [ln for ln in history if "施行" in ln]
    effective = _cn_dates(effective_lines)[-1] if _cn_dates(effective_lines) else promulgated
    version = file_date.group(1) if file_date else promulgated
    if promulgated is None:
        raise ValueError(f"{rel}: no date in header or file name")
    own = _cn_dates(OWN_EFFECTIVE_RE.findall(body))
    if own and own[-1] > effective:
        effective = own[-1]
    body_lines = body.strip().splitlines()
    doc_number = next((ln.strip() for ln in body_lines[:12] if DOC_NUMBER_RE.match(ln.strip())), None)
    folder_type = TYPE_BY_FOLDER.get(rel.parts[0], "statute")
    auto_id = "lrb-" + re.sub(r"[^\w\-.（）()]", "", stem)[:60] + (f"-{file_date.group(1)}" if file_date else "")
    fm = {
        "id": doc_id or auto_id,
        "type": doc_type or folder_type,
        "title": title,
        "issuer": _issuer(title, rel.parts[:-1], history),
        "doc_number": doc_number,
        "promulgated": promulgated,
        "effective": effective,
        "status": "现行有效",
        "domains": domains if domains is not None else guess_domains(title),
        "source": {"dataset": DATASET, "path": str(rel), "version_date": version, "license": LICENSE_NOTE},
    }
    if history:
        fm["history"] = history
    if fm["doc_number"] is None:
        del fm["doc_number"]
    return Converted(relpath=str(rel), doc_id=fm["id"], front_matter=fm, body=f"# {title}\n\n{body.strip()}")


def _mark_superseded(items: list[Converted]) -> None:
    """Older versions of a title that also appears with a later date are 已修改."""
    latest: dict[str, str] = {}
    for item in items:
        t = item.front_matter["title"]
        latest[t] = max(latest.get(t, ""), item.front_matter["source"]["version_date"])
    for item in items:
        if item.front_matter["source"]["version_date"] < latest[item.front_matter["title"]]:
            item.front_matter["status"] = "已修改"


def _apply_revisions(items: list[Converted], entries: dict[str, dict]) -> None:
    """A selection entry's `status` and `revised` note for a text revised after LawRefBook's copy: 治安管理处罚法 (2012
    text) was revised in 2025, in force 2026-01-01, with its articles renumbered. Shown as 已修改 with the note,
    a citation of it is not taken for the law in force."""
    for item in items:
        entry = entries.get(item.doc_id, {})
        if entry.get("status"):
            item.front_matter["status"] = entry["status"]
        if entry.get("revised"):
            item.front_matter["source"]["revised"] = entry["revised"]


def load_selection(path: Path) -> list[dict]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a list of {{path, id, type, domains}} entries")
    return entries


def import_lawrefbook(root: Path, out_dir: Path, selection: list[dict] | None = None,
                      progress=None, import_all: bool = False) -> ImportReport:
    """Convert the selected (or all) LawRefBook files into out_dir, one validated file each.

    Each file is checked with the corpus parser before it is written; a file that fails is
    reported and skipped, never written half-valid.
    """
    report = ImportReport()
    if selection is None or import_all:
        # every text; entries of a selection still fix the id, type and domains of their files
        overrides = {e["path"]: e for e in selection or []}
        jobs = [(p, overrides.get(str(p.relative_to(root)), {})) for p in sorted(root.rglob("*.md"))
                if p.name not in ("_index.md", "README.md") and "法律法规模版" not in p.name]
    else:
        jobs = []
        for entry in selection:
            p = root / entry["path"]
            if not p.exists():
                report.skipped.append(f"{entry['path']}: not found under {root}")
                continue
            jobs.append((p, entry))
    converted: list[Converted] = []
    seen_ids: set[str] = set()
    for p, entry in jobs:
        try:
            item = convert(p, root, entry.get("id"), entry.get("type"), entry.get("domains"))
        except (ValueError, UnicodeDecodeError) as exc:
            report.skipped.append(f"{p.relative_to(root)}: {exc}")
            continue
        base, n = item.doc_id, 2
        while item.doc_id in seen_ids:
            item.doc_id = item.front_matter["id"] = f"{base}-{n}"
            n += 1
        seen_ids.add(item.doc_id)
        converted.append(item)
    _mark_superseded(converted)
    _apply_revisions(converted, {e["id"]: e for e in selection or [] if e.get("id")})
    out_dir.mkdir(parents=True, exist_ok=True)
    iterator = progress(converted) if progress else converted
    for item in iterator:
        text = dump_front_matter(item.front_matter, item.body)
        target = out_dir / item.front_matter["type"] / f"{item.doc_id}.md"
        try:
            write_validated(text, target)
        except CorpusError as exc:
            first = exc.problems[0]
            report.skipped.append(f"{item.relpath}: {first.message} (line {first.line} of the converted file)"
                                  + (f" and {len(exc.problems) - 1} more" if len(exc.problems) > 1 else ""))
            continue
        report.written.append(str(target))
    return report
