"""Analogous-case quality: for a fixed sample of cases used as queries (each excluded from its own
results): precision@5/@10 of cases sharing a charge, nDCG@10 with graded gain (all charges shared = 2,
some = 1), and charge top-1 accuracy by nearest-case vote — text-only against the combined ranking.

Usage: python scripts/eval_cases.py [--data-dir var] [--sample 100] [--seed 0] [--query-tokens 0,128]
                                   [--set cases.amount_weight=0.3 ...]
--query-tokens compares budgets for the facts' query vector (the ranking field
lengths.facts_query_tokens; 0 = the model's 512 tokens); without it the configured budget is
measured. The ranking config in effect is printed first.
Runs on whatever case base the index holds (the bundled LeCaRD cases by default; import the full
base with `xianjie corpus import-cases` for the 14,000-case figures).
"""
from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.cases import case_facts, similar_cases  # noqa: E402
from api.settings import get_settings  # noqa: E402
from graph.schema import case_id  # noqa: E402
from api.runtime import (add_ranking_arguments, describe_ranking, open_embedder, open_service,  # noqa: E402
                         ranking_config)


def charges_of(service, doc_id: str) -> set[str]:
    g = service.graph
    return {e.dst for e in g.edges_from(case_id(doc_id), ("CHARGED_WITH",))}


def evaluate(service, queries: list[str], combined: bool) -> dict:
    p5 = p10 = ndcg = vote = 0.0
    for qid in queries:
        gold = charges_of(service, qid)
        results = similar_cases(service, case_facts(service, qid), 10, exclude=frozenset({qid}), combined=combined)
        gains = []
        for r in results:
            shared = gold & charges_of(service, r["id"])
            gains.append(2 if shared and shared == gold else 1 if shared else 0)
        p5 += sum(g > 0 for g in gains[:5]) / 5
        p10 += sum(g > 0 for g in gains[:10]) / 10
        dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
        ideal = sum(2 / math.log2(i + 2) for i in range(min(10, len(gains)))) or 1
        ndcg += dcg / ideal
        votes = Counter(c for r in results for c in charges_of(service, r["id"]))
        vote += bool(votes) and votes.most_common(1)[0][0] in gold
    n = len(queries)
    return {"P@5": p5 / n, "P@10": p10 / n, "nDCG@10": ndcg / n, "charge_top1_vote": vote / n, "queries": n}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data-dir")
    p.add_argument("--sample", type=int, default=100)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--query-tokens", help="comma-separated token budgets for the facts' query vector")
    add_ranking_arguments(p)
    args = p.parse_args()
    settings = get_settings()
    ranking = ranking_config(settings, args.ranking_set)
    budgets = [int(x) for x in args.query_tokens.split(",")] if args.query_tokens else [ranking.lengths.facts_query_tokens]
    embedder = open_embedder(settings)
    service = open_service(settings, embedder, data_dir=args.data_dir, ranking=ranking)
    print(f"ranking config:\n{describe_ranking(ranking)}")
    cases = sorted(n.props["doc_id"] for n in service.graph.nodes_of_kind("Case") if charges_of(service, n.props["doc_id"]))
    queries = random.Random(args.seed).sample(cases, min(args.sample, len(cases)))
    print(f"case base: {len(cases)} cases with charges; {len(queries)} sampled as queries (seed {args.seed})")
    print(f"{'ranking':10s} {'tokens':>6s} {'P@5':>6s} {'P@10':>6s} {'nDCG@10':>8s} {'vote@1':>7s}")
    for budget in budgets:
        budget_service = open_service(settings, embedder, data_dir=args.data_dir, ranking=ranking.with_overrides(
            {"lengths.facts_query_tokens": budget}, "--query-tokens"))
        for name, combined in (("text", False), ("combined", True)):
            r = evaluate(budget_service, queries, combined)
            print(f"{name:10s} {budget or 512:6d} {r['P@5']:6.3f} {r['P@10']:6.3f} {r['nDCG@10']:8.3f} "
                  f"{r['charge_top1_vote']:7.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
