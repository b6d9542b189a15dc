"""Benchmarks (figures printed, never asserted): index build time and query latency p50/p95 for
keyword, vector and hybrid (query embedding included), plus serve cold start.

Usage:
  python scripts/bench.py                       # the configured index (bundled corpus by default)
  python scripts/bench.py --data-dir D          # another built index, e.g. the full LawRefBook import
  python scripts/bench.py --build --corpus C    # also time a full build of corpus C into a temp dir
  python scripts/bench.py --es-url http://127.0.0.1:9297 --neo4j-url bolt://127.0.0.1:7697
                                                # also publish the build to Elasticsearch (bulk rate)
                                                # and its graph to Neo4j, open that system through
                                                # api.runtime and measure it beside the embedded
                                                # default in the same run (ratio column), with the
                                                # engine round trips per request
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api.runtime import add_ranking_arguments, describe_ranking, open_embedder, open_service, ranking_config  # noqa: E402
from api.settings import get_settings  # noqa: E402
from indexer.build import build_index  # noqa: E402
from indexer.search import MODES, SearchRequest, SearchService  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def unique_queries(queries: list[str], rounds: int, mode_index: int) -> list[list[str]]:
    """One list of queries per round, no string repeated across rounds or modes: the server keeps
    recent query vectors and tokens, so a repeated query would measure its caches. Later rounds
    append a different legal term from the dictionary to each dev query (a realistic query still)."""
    from indexer.analysis import legal_terms
    terms = [t for t in legal_terms() if len(t) >= 3]
    out, n = [], len(queries)
    for r in range(rounds):
        offset = (mode_index * rounds + r) * n
        out.append([q if offset == 0 else f"{q} {terms[(offset + i) % len(terms)]}" for i, q in enumerate(queries)])
    return out


def forget_query_caches(service: SearchService) -> None:
    """Drop every per-query cache (query vectors, tokens, n-grams, predictor scores, amount
    groupings) before a timed request, so no backend is timed on what another one computed."""
    from indexer import analysis, case_profile, search
    from indexer.predict import Predictor, available
    service.embedder.forget_recent_queries()
    for cached in (analysis._recent_tokens, analysis._highlight_terms, search.query_ngrams,
                   case_profile._by_unit, case_profile._value_arrays):
        cached.cache_clear()
    if available():
        Predictor._recent_scores.cache_clear()


def engine_calls(service: SearchService) -> tuple[int, int]:
    """(graph round trips, search-engine requests) so far; 0 for the embedded stores."""
    loaded = service._current()
    return getattr(loaded.graph, "round_trips", 0), getattr(loaded.keyword, "requests", 0)


def timed(services: dict[str, SearchService], label: str, calls: list, results: list) -> None:
    """Each call(service) once per backend, interleaved so machine noise hits all alike, every
    request after forget_query_caches; appends (label, backend, times, graph trips, engine requests)."""
    times: dict[str, list[float]] = {name: [] for name in services}
    trips = {name: [0, 0] for name in services}
    for call in calls:
        for name, service in services.items():
            forget_query_caches(service)
            before = engine_calls(service)
            t = time.perf_counter()
            call(service)
            times[name].append((time.perf_counter() - t) * 1000)
            after = engine_calls(service)
            trips[name][0] += after[0] - before[0]
            trips[name][1] += after[1] - before[1]
    for name in services:
        results.append((label, name, times[name], trips[name][0] / len(calls), trips[name][1] / len(calls)))


def print_results(results: list) -> None:
    print(f"{'request':22s} {'backend':10s} {'p50 ms':>8s} {'p95 ms':>8s} {'mean ms':>8s} {'p50 x':>6s} "
          f"{'p95 x':>6s} {'graph rt':>8s} {'es req':>7s}   (x: against embedded; rt/req: round trips per request)")
    reference = {label: ts for label, name, ts, _, _ in results if name == "embedded"}
    for label, name, ts, graph_trips, es_requests in results:
        ref = reference.get(label)
        r50 = f"{percentile(ts, 50) / percentile(ref, 50):6.2f}" if ref else "     -"
        r95 = f"{percentile(ts, 95) / percentile(ref, 95):6.2f}" if ref else "     -"
        print(f"{label:22s} {name:10s} {percentile(ts, 50):8.1f} {percentile(ts, 95):8.1f} {statistics.mean(ts):8.1f} "
              f"{r50} {r95} {graph_trips:8.1f} {es_requests:7.1f}")


def bench_queries(services: dict[str, SearchService], queries: list[str], rounds: int, results: list) -> None:
    """Latency per mode for each backend. Every timed query is unique within the run (see
    unique_queries); each backend gets the same ones."""
    for service in services.values():
        for q in ("危险作业罪", "非法采矿 无证开采", "逃税 数额"):      # warm up the model, not these queries
            service.search(SearchRequest(q=q, mode="hybrid"))
    for mode_index, mode in enumerate(MODES):
        calls = [lambda s, q=q, mode=mode: s.search(SearchRequest(q=q, k=10, mode=mode))
                 for round_queries in unique_queries(queries, rounds, mode_index) for q in round_queries]
        timed(services, f"search {mode}", calls, results)


def top10_agreement(services: dict[str, SearchService], queries: list[str]) -> None:
    """Share of dev queries whose top-10 set on each engine equals the embedded default's."""
    reference = services["embedded"]
    for name, service in services.items():
        if name == "embedded":
            continue
        for mode in MODES:
            same, overlap = 0, 0.0
            for q in queries:
                a = {h["id"] for h in service.search(SearchRequest(q=q, k=10, mode=mode))["hits"]}
                b = {h["id"] for h in reference.search(SearchRequest(q=q, k=10, mode=mode))["hits"]}
                same += a == b
                overlap += len(a & b) / max(1, len(b))
            print(f"{name} vs embedded, {mode:7s}: identical top-10 for {same}/{len(queries)} queries "
                  f"({same / len(queries):.1%}), mean top-10 overlap {overlap / len(queries):.3f}")


def publish_to_elasticsearch(data_dir: Path, url: str, prefix: str) -> None:
    from indexer.build import publish_existing
    from indexer.builds import current_build
    from indexer.stores.elastic import publisher
    t = time.perf_counter()
    result = publish_existing(current_build(data_dir), publisher(url, prefix))
    print(f"elasticsearch load: {result['units']} units + {result['chunks']} chunk vectors in {result['seconds']} s "
          f"({result['units_per_s']} units/s, {result['docs_per_s']} engine documents/s; embedding excluded); "
          f"with re-tokenizing {time.perf_counter() - t:.1f} s")


def publish_graph_to_neo4j(data_dir: Path, url: str, settings) -> None:
    """The build's graph into Neo4j with the store the service reads it through."""
    from graph.neo4j_store import Neo4jGraphStore
    from graph.store import EmbeddedGraphStore
    from indexer.builds import current_build
    graph = EmbeddedGraphStore(current_build(data_dir) / "graph.sqlite").to_graph()
    store = Neo4jGraphStore(url, settings.neo4j_user, settings.neo4j_password)
    t = time.perf_counter()
    store.replace_all(graph)
    store.close()
    print(f"neo4j load: {len(graph.nodes)} nodes + {len(graph.edges)} edges in {time.perf_counter() - t:.1f} s")


def bench_graph(service: SearchService, rounds: int) -> None:
    """Neighborhood (depth 2) over the offenses, and a training question set (embedded graph)."""
    from graph.queries import neighborhood
    graph = service.graph
    offenses = [n.id for n in graph.nodes_of_kind("Offense")][:200]
    times = []
    for _ in range(rounds):
        for oid in offenses:
            t = time.perf_counter()
            neighborhood(graph, oid, depth=2, limit=300)
            times.append((time.perf_counter() - t) * 1000)
    print(f"graph neighborhood depth 2: p50 {percentile(times, 50):.2f} ms, p95 {percentile(times, 95):.2f} ms "
          f"({len(offenses)} offenses x {rounds})")
    from api.training.generate import Scope, generate
    times = []
    for seed in range(5):
        t = time.perf_counter()
        questions, _ = generate(graph, service.units, Scope(count=20, seed=seed))
        times.append((time.perf_counter() - t) * 1000)
    print(f"training: a {len(questions)}-question set generates in p50 {percentile(times, 50):.0f} ms, "
          f"max {max(times):.0f} ms (5 seeds)")


def bench_consult(services: dict[str, SearchService], results: list) -> None:
    """/api/consult's service call for every consult dev question, on each backend."""
    from api.consult import consult
    dev = yaml.safe_load((ROOT / "eval" / "consult_dev.yaml").read_text(encoding="utf-8"))
    timed(services, "consult", [lambda s, item=item: consult(s, item["q"], item["direction"]) for item in dev], results)


def _sampled_facts(service: SearchService, sample: int, seed: int) -> tuple[int, list[str]]:
    """The facts sections of `sample` cases drawn with `seed`, and how many cases there are."""
    import random

    from api.cases import case_facts
    ids = sorted(d["id"] for d in service.units.documents() if d["type"] == "case")
    chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
    return len(ids), [case_facts(service, i) for i in chosen]


def bench_fact_search(services: dict[str, SearchService], sample: int, results: list, seed: int = 1) -> None:
    """GET /api/search's service call for pasted facts (every type, facets, highlights and the
    predictor's panel): the long-fact search the latency target is about."""
    from api.models.search import MAX_QUERY_CHARS
    from api.services.knowledge import KnowledgeService
    _, facts = _sampled_facts(services["embedded"], sample, seed)
    facts = [f[:MAX_QUERY_CHARS] for f in facts]
    knowledge = {id(s): KnowledgeService(s) for s in services.values()}
    timed(services, f"search pasted facts ({len(facts)}, median {statistics.median(map(len, facts)):.0f} chars)",
          [lambda s, text=text: knowledge[id(s)].search(SearchRequest(q=text)) for text in facts], results)


def bench_similar_cases(services: dict[str, SearchService], sample: int, results: list, seed: int = 0) -> None:
    """POST /api/cases/similar's service call for the facts of sampled cases (k=10, combined ranking)."""
    from api.cases import similar_cases
    count, facts = _sampled_facts(services["embedded"], sample, seed)
    for s in services.values():
        similar_cases(s, facts[0], 10)          # warm up
    timed(services, f"similar cases ({count})", [lambda s, text=text: similar_cases(s, text, 10) for text in facts],
          results)


def bench_cold_start(data_dir: Path) -> None:
    """Seconds from starting `xianjie serve` on a free port to its first answered hybrid query; a
    server that exits early (port taken, broken index) is reported, never timed."""
    import os

    from api.server import free_port
    port = free_port()
    env = dict(os.environ, XIANJIE_DATA_DIR=str(data_dir), XIANJIE_PORT=str(port))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/api/search?q=%E7%9B%97%E7%AA%83&k=1"
        while time.perf_counter() - started < 120:
            if proc.poll() is not None:
                print(f"cold start: `xianjie serve` exited with status {proc.returncode} before answering")
                return
            try:
                with urllib.request.urlopen(url, timeout=5) as r:
                    if r.status == 200:
                        print(f"cold start of `xianjie serve` to first answered hybrid query: "
                              f"{time.perf_counter() - started:.1f} s")
                        return
            except OSError:
                time.sleep(0.2)
        print("cold start: server did not answer within 120 s")
    finally:
        proc.terminate()
        proc.wait()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data-dir")
    p.add_argument("--corpus")
    p.add_argument("--build", action="store_true", help="time a full build first (into a temp dir)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--no-cold-start", action="store_true")
    p.add_argument("--es-url", help="also publish to and measure this Elasticsearch")
    p.add_argument("--es-prefix", default="xianjie-bench")
    p.add_argument("--neo4j-url", help="also publish the graph to and measure this Neo4j")
    p.add_argument("--neo4j-cache", type=int, help="entries of the Neo4j store's read cache (0: every read a round trip)")
    p.add_argument("--cases", type=int, default=50, help="sampled cases for the similar-cases latency (0: skip)")
    add_ranking_arguments(p)
    args = p.parse_args()
    settings = get_settings()
    embedder = open_embedder(settings)
    data_dir = Path(args.data_dir or settings.data_dir)
    if args.build:
        data_dir = Path(tempfile.mkdtemp(prefix="xianjie-bench-"))
        result = build_index(Path(args.corpus or settings.corpus_dir), data_dir, embedder)
        print(f"build: {result.documents} documents, {result.units} units, {result.chunks} chunks in "
              f"{result.seconds:.1f} s ({result.units / result.seconds:.0f} units/s incl. embedding; "
              f"embeddings cached by text, so a second build of the same corpus measures indexing only)")
    embedded = settings.model_copy(update={"search_backend": "embedded", "graph_backend": "embedded"})
    ranking = ranking_config(settings, args.ranking_set)
    service = open_service(embedded, embedder, data_dir, ranking=ranking)
    service.warm_up()            # as `xianjie serve` does before it accepts requests
    info = service.info()
    print(f"index: {info['documents']} documents, {info['units']} units, {info['chunks']} chunks ({data_dir})")
    print(f"ranking config:\n{describe_ranking(service.ranking)}")
    dev = yaml.safe_load((ROOT / "eval" / "search_dev.yaml").read_text(encoding="utf-8"))
    services = {"embedded": service}
    if args.es_url or args.neo4j_url:
        if args.es_url:
            publish_to_elasticsearch(data_dir, args.es_url, args.es_prefix)
        if args.neo4j_url:
            publish_graph_to_neo4j(data_dir, args.neo4j_url, settings)
        scaled = settings.model_copy(update={
            "search_backend": "elasticsearch" if args.es_url else "embedded", "es_url": args.es_url,
            "es_prefix": args.es_prefix, "graph_backend": "neo4j" if args.neo4j_url else "embedded",
            "neo4j_url": args.neo4j_url})
        name = "+".join(n for n, url in (("es", args.es_url), ("neo4j", args.neo4j_url)) if url)
        services[name] = open_service(scaled, embedder, data_dir, ranking=ranking)     # what `xianjie serve` runs on them
        if args.neo4j_url and args.neo4j_cache is not None:
            services[name].graph.cache.entries = args.neo4j_cache
        services[name].warm_up()
    queries = [d["q"] for d in dev]
    results: list = []
    bench_queries(services, queries, args.rounds, results)
    bench_consult(services, results)
    if args.cases:
        bench_fact_search(services, args.cases, results)
        bench_similar_cases(services, args.cases, results)
    print_results(results)
    if len(services) > 1:
        top10_agreement(services, queries)
    bench_graph(service, args.rounds)
    if not args.no_cold_start:
        bench_cold_start(data_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
