"""Charge/article predictor figures on the held-out split (by case group) and on LeCaRD's query
cases: charge top-1/top-3, article hit@1/hit@5/MRR, ECE, the charges it confuses most, latency.

Usage: python scripts/eval_predict.py [--data ../shared/data] [--model corpus/models/charge_predictor.npz]
       [--json] [--write-sample N]
The split is recomputed from the data with the artifact's seed; a different training-data
fingerprint (the data changed since training) is reported, since the figures then mean less.
--write-sample N writes N held-out CAIL cases (names already masked in CAIL) as the fixed
sample that tests/test_predict.py scores.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from indexer.predict import DEFAULT_MODEL, Predictor  # noqa: E402
from indexer.predict.evaluate import evaluate, latency_ms  # noqa: E402
from indexer.predict.train import data_fingerprint, make_split  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "models" / "charge_predictor_heldout.jsonl"


def _items(cases) -> list[dict]:
    return [{"id": c.id, "text": c.text, "charges": c.charges, "articles": c.articles} for c in cases]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    p.add_argument("--model", default=str(DEFAULT_MODEL))
    p.add_argument("--json", action="store_true")
    p.add_argument("--write-sample", type=int, default=0)
    args = p.parse_args()
    predictor = Predictor(Path(args.model))
    seed = json.loads(predictor.meta["trained"])["seed"]
    data = Path(args.data)
    split = make_split(data / "cases", data / "lecard" / "data" / "query" / "query.json", seed)
    fingerprint = data_fingerprint(split.cases, split.train)
    held_out = [split.cases[i] for i in split.test]
    report = {"model": predictor.meta, "data_fingerprint_matches": fingerprint == predictor.data_fingerprint,
              "held_out": evaluate(predictor, _items(held_out)),
              "held_out_lecard": evaluate(predictor, _items([c for c in held_out if c.dataset == "lecard"])),
              "held_out_cail": evaluate(predictor, _items([c for c in held_out if c.dataset == "cail2018"])),
              "lecard_queries": evaluate(predictor, _items(split.queries)),
              "latency_2000_chars": latency_ms(predictor, [c.text for c in held_out[:200]])}
    if args.write_sample:
        sample = [c for c in held_out if c.dataset == "cail2018"][:args.write_sample]
        SAMPLE.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in _items(sample)), encoding="utf-8")
        report["sample"] = {"path": str(SAMPLE.relative_to(ROOT)), **evaluate(predictor, _items(sample))}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"model {args.model}: {predictor.meta['trained']}; data fingerprint "
          f"{'matches' if report['data_fingerprint_matches'] else 'DIFFERS (data changed since training)'}")
    print(f"{'set':16s} {'n':>5s} {'ch@1':>6s} {'ch@3':>6s} {'chECE':>6s} {'art@1':>6s} {'art@5':>6s} "
          f"{'artMRR':>6s} {'artECE':>6s}")
    for name in ("held_out", "held_out_lecard", "held_out_cail", "lecard_queries", "sample"):
        r = report.get(name)
        if r:
            print(f"{name:16s} {r['cases']:5d} {r['charge_top1']:6.3f} {r['charge_top3']:6.3f} {r['charge_ece']:6.3f} "
                  f"{r['article_top1']:6.3f} {r['article_top5']:6.3f} {r['article_mrr']:6.3f} {r['article_ece']:6.3f}")
    for name in ("held_out", "lecard_queries"):
        print(f"\n{name}: most confused (gold → predicted top-1)")
        for c in report[name]["confusions"][:10]:
            print(f"  {c['count']:3d}  {c['gold']} → {c['predicted']}")
    print(f"\nlatency: {report['latency_2000_chars']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
