"""Apply the current de-identification rules (corpus/deid.py) to the shipped case files in place.

The shipped cases were masked when they were imported; when a rule is added (bank cards, plates, a role word),
this re-masks their titles and bodies without re-importing, so nothing else in the files moves. Names are taken only
after role words: on masked text the tagger reads pieces of pseudonyms (张某丁系 → 丁系) and places as names. Masked text
stays as it is, so running it twice changes nothing.

Usage: python scripts/rescrub_cases.py [CASE_DIR]   (default corpus/documents/case); prints what it masked.
       python scripts/rescrub_cases.py --regenerate PATTERN SOURCE.jsonl... : cases whose text matches PATTERN (words a
       rule wrongly masked, e.g. 被告单某 from 被告单位及) are converted again from their source rows, which end users
       lack (../shared/data/cases); the masks cannot be undone from the masked text.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.deid import DeidReport, deidentify_case  # noqa: E402

FRONT_MATTER_RE = re.compile(r"\A(---\n.*?\n---\n)(.*)\Z", re.S)
TITLE_LINE_RE = re.compile(r"^title: (.*)$", re.M)


def rescrub(path: Path) -> DeidReport | None:
    """The report of what was masked in one file, None when nothing changed."""
    text = path.read_text(encoding="utf-8")
    m = FRONT_MATTER_RE.match(text)
    if not m:
        raise SystemExit(f"{path}: no front matter")
    front, body = m.groups()
    title = TITLE_LINE_RE.search(front)
    sections = {"title": title.group(1) if title else "", "body": body}
    masked, report = deidentify_case(sections, tagger=False)     # names after role words only
    if masked == sections:
        return None
    if title:
        front = front[:title.start(1)] + masked["title"] + front[title.end(1):]
    path.write_text(front + masked["body"], encoding="utf-8")
    return report


def regenerate(case_dir: Path, pattern: str, sources: list[Path]) -> int:
    """Convert again, from their source rows, the cases whose text matches the pattern; the count written."""
    from corpus.frontmatter import dump_front_matter
    from corpus.importers.cases import convert_case, read_rows
    from corpus.importers.write import write_validated
    wanted = {p.stem for p in case_dir.glob("*.md") if re.search(pattern, p.read_text(encoding="utf-8"))}
    written = 0
    for row in read_rows(sources):
        fm, body, _ = convert_case(row)
        if fm["id"] in wanted:
            write_validated(dump_front_matter(fm, body), case_dir / f"{fm['id']}.md")
            written += 1
    print(f"{written} of {len(wanted)} cases matching {pattern!r} converted again from their sources")
    return written


def main() -> int:
    if sys.argv[1:2] == ["--regenerate"]:
        regenerate(ROOT / "corpus" / "documents" / "case", sys.argv[2], [Path(p) for p in sys.argv[3:]])
        return 0
    case_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus" / "documents" / "case"
    total, changed = DeidReport(), 0
    for path in sorted(case_dir.glob("*.md")):
        report = rescrub(path)
        if report:
            changed += 1
            total.add(report)
    print(f"{changed} files changed: {total.names} names, {total.id_numbers} id numbers, {total.phones} phones, "
          f"{total.addresses} addresses, {total.bank_cards} bank cards, {total.plates} plates, {total.accounts} chat accounts, "
          f"{total.vins} vehicle numbers, {total.landlines} landlines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
