"""Retrieval quality on the search dev set: hit@1/5/10 and MRR for keyword, vector and hybrid.

Usage: python scripts/eval_search.py [--data-dir var] [--dev eval/search_dev.yaml] [--json]
                                    [--set search.case_prior=0.8 ...]
Needs a built index (`xianjie index`). Figures are printed with the ranking config in effect (the
JSON under "ranking"), never asserted here; the regression floor lives in tests/test_eval.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api.settings import get_settings  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402
from api.runtime import add_ranking_arguments, describe_ranking, open_service, ranking_config  # noqa: E402

DEFAULT_DEV = Path(__file__).resolve().parents[1] / "eval" / "search_dev.yaml"


CONFIGS = {"keyword": ("keyword", False), "vector": ("vector", False), "hybrid": ("hybrid", False),
           "hybrid+graph": ("hybrid", True)}


def evaluate(service: SearchService, dev: list[dict], configs=tuple(CONFIGS), k: int = 10) -> dict:
    results = {}
    for name in configs:
        mode, graph = CONFIGS[name]
        hits1 = hits5 = hits10 = 0
        rr = 0.0
        misses = []
        for item in dev:
            req = SearchRequest(q=item["q"], k=k, mode=mode, graph_boost=graph)
            ids = [h["id"] for h in service.search(req)["hits"]]
            rank = next((i + 1 for i, uid in enumerate(ids) if uid in item["gold"]), None)
            if rank:
                rr += 1 / rank
                hits1 += rank <= 1
                hits5 += rank <= 5
                hits10 += rank <= 10
            else:
                misses.append(item["q"])
        n = len(dev)
        results[name] = {"hit@1": hits1 / n, "hit@5": hits5 / n, "hit@10": hits10 / n, "mrr": rr / n,
                         "queries": n, "misses": misses}
    return results


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data-dir")
    p.add_argument("--dev", default=str(DEFAULT_DEV))
    p.add_argument("--json", action="store_true")
    add_ranking_arguments(p)
    args = p.parse_args()
    settings = get_settings()
    ranking = ranking_config(settings, args.ranking_set)
    service = open_service(settings, data_dir=args.data_dir, ranking=ranking)
    dev = yaml.safe_load(Path(args.dev).read_text(encoding="utf-8"))
    results = evaluate(service, dev)
    if args.json:
        print(json.dumps({**results, "ranking": ranking.flat()}, ensure_ascii=False, indent=1))
        return 0
    print(f"ranking config:\n{describe_ranking(ranking)}")
    print(f"dev set: {args.dev} ({len(dev)} queries)")
    print(f"{'mode':13s} {'hit@1':>6s} {'hit@5':>6s} {'hit@10':>6s} {'MRR':>6s}")
    for mode, r in results.items():
        print(f"{mode:13s} {r['hit@1']:6.3f} {r['hit@5']:6.3f} {r['hit@10']:6.3f} {r['mrr']:6.3f}")
    for mode, r in results.items():
        if r["misses"]:
            print(f"\n{mode} misses (not in top 10): " + "；".join(r["misses"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
