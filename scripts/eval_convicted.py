"""Sure and wrong on real convictions: the facts of single-charge judgments (../shared/data/cases/cail2018_sample.jsonl)
through consultation, as an officer would paste them. Each was convicted of its charge, so a verdict of 未达到 (not_met)
on that charge is a sure wrong answer; met is right, unknown (a fact asked for) is honest.

Every date is moved to the day of the run's year (2026年…): consultation counts the prosecution period from today, and
these judgments of 2013–2018 would all be past it. For the same reason an offense whose threshold a newer text raised
(虚开增值税专用发票: 税款一万元 then, 十万元 by the 2024 interpretation) may be rightly 未达到 for a fact dated now:
those are listed, to be read, not counted as the service's errors without reading.

Usage: python scripts/eval_convicted.py [--per-charge 30] [--data-dir var] [--json]
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.consult import consult  # noqa: E402
from api.runtime import open_service  # noqa: E402
from api.settings import get_settings  # noqa: E402
from corpus.charges import canonical_charge  # noqa: E402

CASES = ROOT.parent / "shared" / "data" / "cases" / "cail2018_sample.jsonl"
MAX_CHARS = 1900        # the consultation's own bound is 2,000 characters
YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}年")


def convicted_facts(per_charge: int, seed: int = 2) -> list[tuple[str, str, str]]:
    """(case id, charge, facts) for up to per_charge single-charge judgments of each charge, dates moved to this year."""
    by_charge: dict[str, list[dict]] = collections.defaultdict(list)
    for line in CASES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if len(row["charges"]) == 1:
            by_charge[canonical_charge(row["charges"][0]) or row["charges"][0]].append(row)
    this_year = f"{dt.date.today().year}年"
    out = []
    for charge, rows in sorted(by_charge.items()):
        random.Random(seed).shuffle(rows)
        out += [(r["id"], charge, YEAR_RE.sub(this_year, r["facts"][:MAX_CHARS])) for r in rows[:per_charge]]
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--per-charge", type=int, default=30)
    p.add_argument("--data-dir")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    if not CASES.exists():
        print(f"{CASES} not found: this evaluation needs ../shared beside the checkout", file=sys.stderr)
        return 2
    service = open_service(get_settings(), data_dir=args.data_dir)
    tally: collections.Counter = collections.Counter()
    cleared = []
    for case_id, charge, text in convicted_facts(args.per_charge):
        answer = consult(service, text)
        own = next((o for o in answer["offenses"] if o["name"] == charge), None)
        status = own["verdict"]["status"] if own else "not_listed"
        tally[status] += 1
        if status == "not_met":
            cleared.append({"id": case_id, "charge": charge, "basis": own["verdict"]["basis"], "facts": text[:300]})
    total = sum(tally.values())
    result = {"facts": total, "by_status": dict(tally), "sure_and_wrong": len(cleared),
              "sure_and_wrong_share": round(len(cleared) / total, 4) if total else None, "cleared": cleared}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"convicted facts: {total}; {dict(tally)}; 未达到 on the convicted charge: {len(cleared)}")
    for c in cleared:
        print(f"  {c['id']} {c['charge']} {c['basis']}: {c['facts'][:120]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
