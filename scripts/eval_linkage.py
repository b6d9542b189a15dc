"""Derived linkage, measured (graph/linkage_derive.py): how many links it makes and their scores,
what share of the reviewed links (corpus/data/linkage.yaml) it finds on its own, and its precision on
the hand-judged sample eval/derived_links_sample.yaml.

    python scripts/eval_linkage.py [--json] [corpus_dir]
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

SAMPLE = ROOT / "eval" / "derived_links_sample.yaml"


def evaluate(corpus_dir: Path) -> dict:
    from corpus.loader import load_corpus
    from graph import linkage_derive
    from graph.extract import build_graph, load_linkage
    docs = load_corpus(corpus_dir).documents
    linkage = load_linkage()
    graph = build_graph(docs, {"violations": [], "offense_domains": linkage.get("offense_domains", {})})
    links = linkage_derive.derive_links(docs, graph)       # every candidate, reviewed pairs included
    found = {(link.unit_id, link.offense) for link in links}
    reviewed = [(v["id"], v["penalty"], esc["offense"]) for v in linkage.get("violations", []) for esc in v.get("escalates", [])]
    recovered = [r for r in reviewed if any((unit, r[2]) in found for unit in r[1])]
    known = linkage_derive.reviewed_pairs(linkage)
    shown = [link for link in links if (link.unit_id, link.offense) not in known]
    bands = Counter(f"{int(link.score * 10) / 10:.1f}" for link in shown)
    sample = yaml.safe_load(SAMPLE.read_text(encoding="utf-8")) or []
    judged = [s for s in sample if s["band"] == "shown"]
    still = [s for s in judged if (s["admin_article"], s["offense"]) in found]
    return {"min_score": linkage_derive.MIN_SCORE,
            "derived_links": len(links), "shown_beside_reviewed": len(shown),
            "admin_articles": len({link.unit_id for link in shown}), "offenses": len({link.offense for link in shown}),
            "score_distribution": dict(sorted(bands.items())),
            "by_tie": dict(Counter(link.tie for link in shown)),
            "reviewed_links": len(reviewed), "reviewed_recovered": len(recovered),
            "recall": round(len(recovered) / len(reviewed), 3) if reviewed else None,
            "missed": [f"{vid} → {offense}" for vid, _, offense in reviewed if (vid, _, offense) not in recovered],
            "sample_shown": len(judged), "sample_still_derived": len(still),
            "sample_correct": sum(1 for s in still if s["correct"]),
            "precision": round(sum(1 for s in still if s["correct"]) / len(still), 3) if still else None}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus_dir", nargs="?", help="corpus directory (default: the bundled corpus)")
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    from corpus.loader import BUNDLED_CORPUS
    report = evaluate(Path(args.corpus_dir) if args.corpus_dir else BUNDLED_CORPUS)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for k, v in report.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
