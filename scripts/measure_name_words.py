"""Measure which offense names the labelled judgments' facts use as ordinary words, and write
corpus/data/offense_name_words.yaml (read by graph/name_words.py).

For every offense whose bare name (赌博 for 赌博罪) names it in a judgment's facts — the verdict's
sentences cut, the name not written with 罪, no longer name or act phrase holding it — this counts the
judgments and the share charged with that offense. A name under --max-share over at least --min-texts
judgments is listed: in a narrative of facts it then names nothing.

Usage: python scripts/measure_name_words.py [--data ../shared/data] [--check]
--check compares the measured list with the shipped file and exits 1 when they differ.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.charges import canonical_charge  # noqa: E402
from corpus.loader import BUNDLED_CORPUS, load_corpus  # noqa: E402
from graph.extract import build_graph  # noqa: E402
from graph.name_words import WORDS_FILE  # noqa: E402
from graph.queries import offense_mentions  # noqa: E402
from graph.store import EmbeddedGraphStore  # noqa: E402
from indexer.predict.features import fact_text  # noqa: E402

SOURCES = ("cail2018_sample.jsonl", "lecard_candidates.jsonl")
HEADER = """\
# Offense names that judgments' facts mostly use as ordinary words: 供他人赌博 in 开设赌场 cases,
# 侵占公司货款 in 职务侵占 ones, 偷逃税款 in smuggling ones, 作伪证 in 妨害作证 ones, 挣脱逃离 in any.
# In a narrative of facts (over graph/name_words.QUESTION_MAX_CHARS characters) such a bare word names
# no offense; in a question, and written with 罪 anywhere, it still does.
#
# Written by scripts/measure_name_words.py from the labelled judgments and CAIL facts in
# ../shared/data/cases ({files}).
# texts: judgments whose facts name the offense by this bare word alone; charged: the share of them
# charged with it. Listed: charged under {max_share} over at least {min_texts} texts. Do not edit by
# hand; rerun the script.
"""


def measure(data: Path) -> tuple[Counter, Counter]:
    docs = load_corpus(BUNDLED_CORPUS).documents
    store = EmbeddedGraphStore.from_graph(build_graph([d for d in docs if d.type != "case"]))
    named, charged = Counter(), Counter()
    for name in SOURCES:
        for line in (data / "cases" / name).open(encoding="utf-8"):
            record = json.loads(line)
            charges = {canonical_charge(c) or c for c in record.get("charges") or []}
            if not charges:
                continue
            facts = fact_text(record["facts"])
            for oid, phrase in offense_mentions(store, facts, as_question=True):
                offense = store.node(oid).label
                if phrase is None and offense not in facts and offense.removesuffix("罪") in facts:
                    named[offense] += 1
                    charged[offense] += offense in charges
    return named, charged


def listed(named: Counter, charged: Counter, max_share: float, min_texts: int) -> list[dict]:
    rows = [{"offense": o, "word": o.removesuffix("罪"), "texts": n, "charged": round(charged[o] / n, 2)}
            for o, n in named.most_common() if n >= min_texts and charged[o] / n < max_share]
    return rows


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    p.add_argument("--max-share", type=float, default=0.25)
    p.add_argument("--min-texts", type=int, default=8)
    p.add_argument("--check", action="store_true")
    args = p.parse_args()
    named, charged = measure(Path(args.data))
    rows = listed(named, charged, args.max_share, args.min_texts)
    for r in rows:
        print(f"{r['word']:8} texts {r['texts']:4}  charged {r['charged']:.2f}")
    if args.check:
        shipped = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))["words"]
        same = [(r["word"], r["texts"]) for r in rows] == [(r["word"], r["texts"]) for r in shipped]
        print("matches the shipped table" if same else f"differs from {WORDS_FILE}")
        return 0 if same else 1
    header = HEADER.format(files=", ".join(SOURCES), max_share=args.max_share, min_texts=args.min_texts)
    body = yaml.safe_dump({"words": rows}, allow_unicode=True, sort_keys=False, default_flow_style=None, width=120)
    WORDS_FILE.write_text(header + "\n" + body, encoding="utf-8")
    print(f"wrote {len(rows)} names to {WORDS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
