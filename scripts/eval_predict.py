"""Charge/article predictor figures on the held-out split (by case group) and on LeCaRD's query
cases: charge top-1/top-3, article hit@1/hit@5/MRR, ECE, the charges it confuses most, latency.
LeCaRDv2's query facts (lecard2_dev_queries) are the development set training chooses settings and
calibrates on; LeCaRD v1's queries (lecard_queries) are the outside test.

Usage: python scripts/eval_predict.py [--data ../shared/data] [--model corpus/models/charge_predictor.npz]
       [--json] [--write-sample N] [--services [DATA_DIR] [--data-dir D] [--set predictor.articles=3 ...]]
Held-out judgments are scored on their court findings (经审理查明 …, what an officer pastes) and,
as held_out_full_facts, on their whole facts section. The split is recomputed from the data with the artifact's seed; a different training-data
fingerprint (the data changed since training) is reported, since the figures then mean less.
--write-sample N writes N held-out CAIL cases as the fixed sample that tests/test_predict.py
scores, de-identified with corpus.deid (CAIL masks most names, not all: 凌利鑫, 路兆丰 … were left).
--services compares the services with and without the predictor (ranking field predictor.enabled),
under the ranking config in effect, which is printed (the JSON under "ranking").
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from indexer.predict import DEFAULT_MODEL, Predictor  # noqa: E402
from indexer.predict.evaluate import evaluate, latency_ms  # noqa: E402
from indexer.predict.train import data_fingerprint, make_split  # noqa: E402
from api.runtime import add_ranking_arguments, describe_ranking, open_embedder, open_service, ranking_config  # noqa: E402
from api.settings import get_settings  # noqa: E402
from graph.queries import with_current_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "models" / "charge_predictor_heldout.jsonl"


def _items(cases, full: bool = False) -> list[dict]:
    """full: a judgment's whole facts section (prosecution's account, defence, evidence) instead of
    its court findings, the text the model was evaluated on before it was trained on findings."""
    return [{"id": c.id, "text": (c.full_text or c.text) if full else c.text, "charges": c.charges,
             "articles": c.articles} for c in cases]


def _deidentified(items: list[dict], passes: int = 3) -> list[dict]:
    """Shipped case text carries no real names. Repeated until nothing changes: one pass can
    leave a name the next one finds (牛王某丙 → 某某丙)."""
    from corpus.deid import deidentify

    def clean(text: str) -> str:
        for _ in range(passes):
            again = deidentify(text)[0]
            if again == text:
                break
            text = again
        return text
    return [{**i, "text": clean(i["text"])} for i in items]


def _p(samples: list[float], q: float) -> float:
    samples = sorted(samples)
    return round(samples[min(len(samples) - 1, int(len(samples) * q))], 1) if samples else 0.0


def own_case_ids(query_id: str) -> frozenset[str]:
    """The corpus documents of a query case's own judgment (the bundled corpus imports the LeCaRD
    and LeCaRDv2 query cases too): kept out of its analogous cases, or the query finds itself."""
    number = query_id.rsplit("-", 1)[-1]
    if query_id.startswith("lecard2-query-"):
        return frozenset({f"lecard2-test-{number}", f"lecard2-controversial-{number}"})
    if query_id.startswith("lecard-query-"):
        return frozenset({f"lecard-{number}", f"lecard--{number}"})
    return frozenset()


def evaluate_services(data_dir: Path, queries, ranking) -> dict:
    """What the predictor changes in the services, on LeCaRD query facts (outside the case base):
    statute search (type statute) article hit@1/hit@5/MRR against the gold charges' 刑法 articles,
    and analogous cases (the query's own judgment excluded): top-1 shares a charge, P@5; each with
    and without the predictor, with latency p50/p95 (every query is a different text)."""
    import api.cases as cases_api
    from indexer.predict import article_unit_id
    from indexer.search import SearchRequest

    settings = get_settings()
    embedder = open_embedder(settings)
    out = {}
    for name, on in (("without_predictor", False), ("with_predictor", True)):
        service = open_service(settings, embedder, data_dir=str(data_dir),
                               ranking=ranking.with_overrides({"predictor.enabled": on}, name))
        service.warm_up()
        ranks, took, top1, p5, case_ms = [], [], 0, 0.0, []
        for q in queries:
            gold = {article_unit_id(a) for a in q.articles}
            r = service.search(SearchRequest(q=q.text, k=10, types=("statute",), highlight=False, facets=False))
            took.append(r["took_ms"])
            ids = [h["id"] for h in r["hits"]]
            ranks.append(next((i + 1 for i, u in enumerate(ids) if u in gold), None))
        # all searches first: when both read the same leading tokens, a similar-cases call right
        # after its search would find the query vector cached and time the cache (the embedder
        # keeps the last 64 query vectors; both query sets are larger)
        for q in queries:
            started = time.perf_counter()
            similar = cases_api.similar_cases(service, q.text, 10, exclude=own_case_ids(q.id))
            case_ms.append((time.perf_counter() - started) * 1000)
            gold = with_current_names(service.graph, q.charges)
            shares = [bool(set(c["charges"]) & gold) for c in similar]
            top1 += bool(shares and shares[0])
            p5 += sum(shares[:5]) / 5
        n = len(queries)
        out[name] = {"statute_hit@1": round(sum(1 for r in ranks if r == 1) / n, 3),
                     "statute_hit@5": round(sum(1 for r in ranks if r and r <= 5) / n, 3),
                     "statute_mrr": round(sum(1 / r for r in ranks if r) / n, 3),
                     "search_ms_p50": _p(took, 0.5), "search_ms_p95": _p(took, 0.95),
                     "cases_top1_shares_charge": round(top1 / n, 3), "cases_P@5": round(p5 / n, 3),
                     "cases_ms_p50": _p(case_ms, 0.5), "cases_ms_p95": _p(case_ms, 0.95), "queries": n}
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    p.add_argument("--model", default=str(DEFAULT_MODEL))
    p.add_argument("--json", action="store_true")
    p.add_argument("--write-sample", type=int, default=0)
    p.add_argument("--services", nargs="?", const=True, metavar="DATA_DIR",
                   help="also measure search and analogous cases on the LeCaRD queries with/without the predictor "
                        "(needs a built index: DATA_DIR, else --data-dir, else the configured one)")
    p.add_argument("--data-dir", help="the index --services reads when it names none")
    add_ranking_arguments(p)
    args = p.parse_args()
    ranking = ranking_config(get_settings(), args.ranking_set)
    predictor = Predictor(Path(args.model))
    seed = json.loads(predictor.meta["trained"])["seed"]
    data = Path(args.data)
    split = make_split(data / "cases", data / "lecard" / "data" / "query" / "query.json", seed,
                       data / "lecard2" / "query")
    fingerprint = data_fingerprint(split.cases, split.train)
    held_out = [split.cases[i] for i in split.test]
    report = {"model": predictor.meta, "data_fingerprint_matches": fingerprint == predictor.data_fingerprint,
              "held_out": evaluate(predictor, _items(held_out)),
              "held_out_lecard": evaluate(predictor, _items([c for c in held_out if c.dataset == "lecard"])),
              "held_out_cail": evaluate(predictor, _items([c for c in held_out if c.dataset == "cail2018"])),
              "held_out_full_facts": evaluate(predictor, _items(held_out, full=True)),
              "lecard_queries": evaluate(predictor, _items(split.queries)),
              "lecard2_dev_queries": evaluate(predictor, _items(split.dev_queries)),
              "latency_2000_chars": latency_ms(predictor, [c.text for c in held_out[:200]])}
    if args.write_sample:
        sample = [c for c in held_out if c.dataset == "cail2018"][:args.write_sample]
        items = _deidentified(_items(sample))
        SAMPLE.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
        report["sample"] = {"path": str(SAMPLE.relative_to(ROOT)), **evaluate(predictor, items)}
    if args.services:
        index_dir = args.services if isinstance(args.services, str) else args.data_dir or get_settings().data_dir
        report["services"] = evaluate_services(Path(index_dir), split.queries, ranking)
    report["ranking"] = ranking.flat()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"ranking config (services only):\n{describe_ranking(ranking)}")
    print(f"model {args.model}: {predictor.meta['trained']}; data fingerprint "
          f"{'matches' if report['data_fingerprint_matches'] else 'DIFFERS (data changed since training)'}")
    print(f"{'set':19s} {'n':>5s} {'ch@1':>6s} {'ch@3':>6s} {'chECE':>6s} {'art@1':>6s} {'art@5':>6s} "
          f"{'artMRR':>6s} {'artECE':>6s}")
    for name in ("held_out", "held_out_lecard", "held_out_cail", "held_out_full_facts", "lecard_queries",
                 "lecard2_dev_queries", "sample"):
        r = report.get(name)
        if r:
            print(f"{name:19s} {r['cases']:5d} {r['charge_top1']:6.3f} {r['charge_top3']:6.3f} {r['charge_ece']:6.3f} "
                  f"{r['article_top1']:6.3f} {r['article_top5']:6.3f} {r['article_mrr']:6.3f} {r['article_ece']:6.3f}")
    for name in ("held_out", "lecard_queries"):
        print(f"\n{name}: most confused (gold → predicted top-1)")
        for c in report[name]["confusions"][:10]:
            print(f"  {c['count']:3d}  {c['gold']} → {c['predicted']}")
    print(f"\nlatency: {report['latency_2000_chars']}")
    for name, r in report.get("services", {}).items():
        print(f"{name}: {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
