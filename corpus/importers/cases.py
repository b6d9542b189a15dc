"""Import the case base (../shared/data/cases/*.jsonl: LeCaRD candidate judgments and CAIL2018
facts) as `type: case` documents: sections, charges, cited 刑法 articles, domains, provenance —
de-identified on import unless told otherwise, with a report of what was masked.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..charges import canonical_charge, charge_domains
from ..deid import DeidReport, deidentify_case
from ..frontmatter import CorpusError, dump_front_matter
from .write import write_validated
from .lawrefbook import ImportReport

SECTIONS = (("header", "首部"), ("facts", "案件事实"), ("reasoning", "本院认为"), ("result", "判决结果"))
ARTICLE_RE = re.compile(r"《中华人民共和国刑法》((?:[、，及和]*第[零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十])?(?:第[零一二三四五六七八九十0-9]+款)?)+)")


@dataclass
class CaseImportReport(ImportReport):
    deid: DeidReport = field(default_factory=DeidReport)
    charges: Counter = field(default_factory=Counter)


def cited_articles(text: str) -> list[str]:
    """刑法 article labels cited in the reasoning/result, in order (第一百三十四条之一, …)."""
    from corpus.numerals import article_label, parse_article_label
    out = []
    for m in ARTICLE_RE.finditer(text):
        for ref in re.findall(r"第[零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十])?", m.group(1)):
            parsed = parse_article_label(ref)
            if parsed:
                label = article_label(parsed[0], parsed[1])
                if label not in out:
                    out.append(label)
    return out


def _doc_id(row: dict) -> str:
    return re.sub(r"[^\w\-.]", "", row["id"])[:80]


TITLE_KEY = "\u2063title"


def convert_case(row: dict, deid: bool = True) -> tuple[dict, str, DeidReport]:
    sections = {title: (row.get(key) or "").strip() for key, title in SECTIONS if (row.get(key) or "").strip()}
    charges = [canonical_charge(c) or c for c in row.get("charges") or []]
    title = row.get("title") or row.get("case_name") or f"{'、'.join(charges) or '刑事'}案（{row['id']}）"
    report = DeidReport()
    if deid:     # the title goes through the same mapping as the body: 王小明盗窃案 → 王某盗窃案
        masked, report = deidentify_case({TITLE_KEY: title, **sections})
        title = masked.pop(TITLE_KEY)
        sections = masked
    articles = [f"第{a}条" if isinstance(a, int) else str(a) for a in row.get("articles") or []]
    if not articles:
        articles = cited_articles(sections.get("本院认为", "") + sections.get("判决结果", ""))
    source = row.get("source") or {}
    fm = {"id": _doc_id(row), "type": "case", "title": title, "issuer": "人民法院（裁判文书）", "status": "现行有效",
          "domains": charge_domains(charges), "charges": charges, "articles": articles,
          "names_masked": bool(deid or row.get("names_masked")),
          "source": {"dataset": source.get("dataset", "cases"), "path": source.get("path", ""), "row": str(row["id"]),
                     "version_date": dt.date.today().isoformat(),
                     "note": "version_date is the date this copy was imported"}}
    body = [f"# {title}"] + [f"## {h}\n\n{t}" for h, t in sections.items()]
    return fm, "\n\n".join(body), report


def in_linkage_domain(row: dict) -> bool:
    """The data's own linkage tags (derived from charges: 非法经营, 滥伐林木, 污染环境 …) or ours."""
    return bool(row.get("domains")) or bool(charge_domains([canonical_charge(c) or c for c in row.get("charges") or []]))


SAMPLE_MAX_CHARS = 4000


def _length(row: dict) -> int:
    return sum(len(row.get(k) or "") for k, _ in SECTIONS)


def select_subset(rows: list[dict], per_charge: int = 1, covered: Counter | None = None,
                  sample_max_chars: int = SAMPLE_MAX_CHARS) -> list[dict]:
    """Every case in a linkage domain, plus the `per_charge` shortest cases of each other charge
    that `covered` (charges the corpus already has cases for) does not already hold. Sample cases
    longer than `sample_max_chars` are left to the full import (a charge seen only in 100-page
    multi-defendant judgments gets no sample), which keeps the shipped subset near 20 MB."""
    seen: Counter = Counter(covered or {})
    chosen = [row for row in rows if in_linkage_domain(row)]
    seen.update(c for row in chosen for c in row.get("charges") or [])
    others = sorted((row for row in rows if not in_linkage_domain(row) and _length(row) <= sample_max_chars), key=_length)
    for row in others:
        charges = row.get("charges") or []
        if any(seen[c] < per_charge for c in charges):
            chosen.append(row)
            seen.update(charges)
    return chosen


def read_rows(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        rows += [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def import_cases(paths: list[Path], out_dir: Path, deid: bool = True, subset: bool = False, limit: int | None = None,
                 progress=None, covered: Counter | None = None) -> CaseImportReport:
    """Convert the JSON-lines files into case documents under out_dir (each file validated and
    written atomically); `subset` keeps what select_subset picks."""
    report = CaseImportReport()
    rows = read_rows(paths)
    if subset:
        rows = select_subset(rows, covered=covered)
    if limit:
        rows = rows[:limit]
    out_dir.mkdir(parents=True, exist_ok=True)
    for row in progress(rows) if progress else rows:
        fm, body, masked = convert_case(row, deid)
        report.deid.add(masked)
        text = dump_front_matter(fm, body)
        target = out_dir / f"{fm['id']}.md"
        try:
            write_validated(text, target)
        except CorpusError as exc:
            report.skipped.append(f"{row['id']}: {exc.problems[0].message}")
            continue
        report.written.append(str(target))
        report.charges.update(fm["charges"])
    return report
