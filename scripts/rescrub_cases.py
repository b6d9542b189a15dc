"""Apply the current de-identification rules (corpus/deid.py) to the shipped case files in place.

The shipped cases were masked when they were imported; when a rule is added (bank cards, plates, a role word),
this re-masks their titles and bodies without re-importing, so nothing else in the files moves. Names are taken only
after role words: on masked text the tagger reads pieces of pseudonyms (张某丁系 → 丁系) and places as names. Masked text
stays as it is, so running it twice changes nothing.

Usage: python scripts/rescrub_cases.py [CASE_DIR]   (default corpus/documents/case); prints what it masked.
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


def main() -> int:
    case_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus" / "documents" / "case"
    total, changed = DeidReport(), 0
    for path in sorted(case_dir.glob("*.md")):
        report = rescrub(path)
        if report:
            changed += 1
            total.add(report)
    print(f"{changed} files changed: {total.names} names, {total.id_numbers} id numbers, {total.phones} phones, "
          f"{total.addresses} addresses, {total.bank_cards} bank cards, {total.plates} plates, {total.accounts} chat accounts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
