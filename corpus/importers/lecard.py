"""Import LeCaRD (107 fact descriptions with charges) and LeCaRDv2 (test and controversial
judgments) as `type: case` documents, de-identified, with provenance."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from ..charges import canonical_charge, charges_in_text
from ..deid import DeidReport, deidentify_case
from ..frontmatter import CorpusError, dump_front_matter
from .write import write_validated
from .lawrefbook import ImportReport

TITLE_RE = re.compile(r"^(.{4,40}?(?:判决书|裁定书))(（\d{4}）[^号]{2,30}号)?")
COURT_RE = re.compile(r"^(.{2,30}?人民法院)")


def _write(out_dir: Path, doc_id: str, fm: dict, body: str, report: ImportReport) -> None:
    text = dump_front_matter(fm, body)
    target = out_dir / f"{doc_id}.md"
    try:
        write_validated(text, target)
    except CorpusError as exc:
        report.skipped.append(f"{doc_id}: {exc.problems[0].message}")
        return
    report.written.append(str(target))


def _body(title: str, sections: dict[str, str]) -> str:
    parts = [f"# {title}"]
    for heading, text in sections.items():
        if text.strip():
            parts.append(f"## {heading}\n\n{text.strip()}")
    return "\n\n".join(parts)


def _source(dataset: str, path: str, row: str, license_: str) -> dict:
    return {"dataset": dataset, "path": path, "row": row, "license": license_,
            "version_date": dt.date.today().isoformat(),
            "note": "version_date is the date this copy was imported"}


def import_lecard(lecard_root: Path, out_dir: Path, deid_total: DeidReport) -> ImportReport:
    """LeCaRD query.json: one line per case, `q` facts and `crime` charges."""
    report = ImportReport()
    path = lecard_root / "data" / "query" / "query.json"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        charges = [canonical_charge(c) or c for c in row["crime"]]
        sections, deid = deidentify_case({"案件事实": row["q"]})
        deid_total.add(deid)
        doc_id = f"lecard-{row['ridx']}"
        fm = {"id": doc_id, "type": "case", "title": f"{'、'.join(charges)}案（LeCaRD 查询案例 {row['ridx']}）",
              "issuer": "人民法院（裁判文书）", "status": "现行有效", "domains": [], "charges": charges,
              "names_masked": True,
              "source": _source("LeCaRD (MIT, © 2021 myx666)", "data/query/query.json", f"line {n}", "MIT")}
        _write(out_dir, doc_id, fm, _body(fm["title"], sections), report)
    return report


def import_lecard2(lecard2_root: Path, out_dir: Path, deid_total: DeidReport) -> ImportReport:
    """LeCaRDv2 test/controversial queries: full text in `query`, facts in `fact`; charges are
    read from the text (犯/构成 …罪) since the files carry none."""
    report = ImportReport()
    for name in ("test_query.json", "controversial_query.json"):
        path = lecard2_root / "query" / name
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            full, fact = row["query"], row.get("fact", "")
            at = full.find(fact[:40]) if fact else -1
            head, tail = (full[:at], full[at + len(fact):]) if at >= 0 else (full, "")
            charges = charges_in_text(full) or charges_in_text(fact)
            if not charges:
                report.skipped.append(f"{name} line {n}: no charge named in the text")
                continue
            sections, deid = deidentify_case({"首部": head, "案件事实": fact, "审理意见": tail})
            deid_total.add(deid)
            m = TITLE_RE.match(sections["首部"] or full)
            court = COURT_RE.match(sections["首部"] or sections["案件事实"])    # masked text: the match can hold a name
            kind = "争议案例" if name.startswith("controversial") else "查询案例"
            doc_id = f"lecard2-{'controversial' if name.startswith('controversial') else 'test'}-{row['id']}"
            title = (m.group(0) if m else f"{'、'.join(charges)}案") + f"（LeCaRDv2 {kind} {row['id']}）"
            fm = {"id": doc_id, "type": "case", "title": title, "issuer": court.group(1) if court else "人民法院",
                  "status": "现行有效", "domains": [], "charges": charges, "names_masked": True,
                  "source": _source("LeCaRDv2 (MIT, © 2023 THUIR)", f"query/{name}", f"line {n}", "MIT")}
            if court:
                fm["court"] = court.group(1)
            _write(out_dir, doc_id, fm, _body(title, sections), report)
    return report
