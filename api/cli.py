"""The `xianjie` command line: corpus import/check, index, search, serve."""
from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path

from corpus.frontmatter import CorpusError


def _settings():
    from .settings import get_settings
    return get_settings()


def _embedder(settings):
    from .runtime import open_embedder
    return open_embedder(settings)


def cmd_corpus_check(args) -> int:
    from corpus.loader import load_corpus
    root = Path(args.corpus or _settings().corpus_dir)
    result = load_corpus(root)
    for problem in result.problems:
        print(problem)
    units = sum(len(d.units) for d in result.documents)
    print(f"{len(result.documents)} documents, {units} units, {len(result.problems)} problems", file=sys.stderr)
    return 0 if result.ok else 1


def cmd_import_lawrefbook(args) -> int:
    from tqdm import tqdm

    from corpus.importers.lawrefbook import import_lawrefbook, load_selection
    selection = load_selection(Path(args.select)) if args.select else None
    if selection is None and not args.all:
        print("give --select FILE (a YAML list of paths) or --all", file=sys.stderr)
        return 2
    out = Path(args.out or _settings().corpus_dir)
    report = import_lawrefbook(Path(args.path), out, selection, progress=lambda it: tqdm(it, desc="import", unit="doc"),
                               import_all=args.all)
    for line in report.skipped:
        print(f"skipped: {line}", file=sys.stderr)
    print(f"wrote {len(report.written)} documents to {out}, skipped {len(report.skipped)}")
    return 0


def cmd_import_lecard(args) -> int:
    from corpus.deid import DeidReport
    from corpus.importers.lecard import import_lecard, import_lecard2
    out = Path(args.out or _settings().corpus_dir) / "case"
    deid = DeidReport()
    reports = []
    if args.lecard:
        reports.append(import_lecard(Path(args.lecard), out, deid))
    if args.lecard2:
        reports.append(import_lecard2(Path(args.lecard2), out, deid))
    for r in reports:
        for line in r.skipped:
            print(f"skipped: {line}", file=sys.stderr)
    print(f"wrote {sum(len(r.written) for r in reports)} cases to {out}; de-identified: {deid.names} name "
          f"occurrences, {deid.id_numbers} identity numbers, {deid.phones} phone numbers, {deid.addresses} addresses")
    return 0


def cmd_import_cases(args) -> int:
    from collections import Counter

    from tqdm import tqdm

    from corpus.importers.cases import import_cases
    from corpus.loader import load_corpus
    corpus_root = Path(args.out or _settings().corpus_dir)
    out = corpus_root / "case"
    covered = Counter()
    if args.subset and corpus_root.exists():    # charges the corpus already has a case for need no sample
        covered.update(c for d in load_corpus(corpus_root).documents if d.type == "case" for c in d.meta.get("charges") or [])
    report = import_cases([Path(p) for p in args.files], out, deid=not args.no_deid, subset=args.subset,
                          limit=args.limit, covered=covered, progress=lambda it: tqdm(it, desc="cases", unit="case"))
    for line in report.skipped[:20]:
        print(f"skipped: {line}", file=sys.stderr)
    d = report.deid
    print(f"wrote {len(report.written)} cases to {out}, skipped {len(report.skipped)}; de-identified {d.names} name "
          f"occurrences, {d.id_numbers} identity numbers, {d.phones} phone numbers, {d.addresses} addresses")
    return 0


def cmd_add_case(args) -> int:
    from corpus.importers.single_case import add_case
    try:
        target = add_case(Path(args.file), Path(args.corpus or _settings().corpus_dir), replace=args.replace)
    except CorpusError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"added {target}; run `xianjie index` to make it searchable")
    return 0


def cmd_import_typical(args) -> int:
    from corpus.importers.typical import import_typical, known_offenses
    corpus_root = Path(args.out or _settings().corpus_dir)
    report = import_typical([Path(f) for f in args.files], corpus_root, known_offenses(corpus_root))
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.problems:
        print(f"{len(report.problems)} problems: nothing written", file=sys.stderr)
        return 1
    print(f"wrote {len(report.written)} cases to {corpus_root / 'typical'}; run `xianjie index` to make them searchable")
    return 0


def cmd_index(args) -> int:
    """Build the embedded index; with --backend elasticsearch also load it into the cluster (a fresh
    local build is published as is, without rebuilding)."""
    from indexer.build import build_index, current_build, index_state, publish_existing
    from corpus.curated import CuratedTableError
    from indexer.stores.base import EngineUnavailable
    from .curated_checks import check_curated_tables
    from .runtime import ranking_config
    settings = _settings()
    corpus = Path(args.corpus or settings.corpus_dir)
    data = Path(args.data_dir or settings.data_dir)
    embedder = _embedder(settings)
    publish = None
    if args.backend == "elasticsearch":
        url = args.url or settings.es_url
        if not url:
            print("give --url or set XIANJIE_ES_URL", file=sys.stderr)
            return 2
        from indexer.stores.elastic import publisher
        publish = publisher(url, args.prefix or settings.es_prefix, show_progress=not args.quiet)
    try:
        check_curated_tables()
    except CuratedTableError as exc:
        print(f"{exc}: index not built (the previous index, if any, still serves)", file=sys.stderr)
        return 1
    state = index_state(corpus, data, embedder.model_id)
    try:
        if state == "fresh" and not args.rebuild_vectors and (args.if_stale or publish is not None):
            if publish is None:
                print("index is up to date")
                return 0
            result = publish_existing(current_build(data), publish, show_progress=not args.quiet)
            print(f"published {result['units']} units and {result['chunks']} chunks to {result['url']} in "
                  f"{result['seconds']} s ({result['units_per_s']} units/s, {result['docs_per_s']} documents/s)")
            return 0
        if args.if_stale:
            print(f"index is {state}: building")
        pack = embedder.vector_pack_path if args.rebuild_vectors else None
        # the query encoder is made beside the build: two cores, and the build needs no model
        # when the shipped vectors cover the corpus
        encoder = threading.Thread(target=embedder.prepare_query_encoder, daemon=True)
        encoder.start()
        result = build_index(corpus, data, embedder, show_progress=not args.quiet, publish=publish, vector_pack=pack,
                             ranking=ranking_config(settings))
        encoder.join()
    except CorpusError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"corpus check failed with {len(exc.problems)} problems: index not built (the previous index, if any, "
              "still serves)", file=sys.stderr)
        return 1
    except EngineUnavailable as exc:
        print(f"{exc}: nothing was switched, the previous index still serves", file=sys.stderr)
        return 1
    print(f"built {result.path.name}: {result.documents} documents, {result.units} units, {result.chunks} "
          f"chunks in {result.seconds:.1f} s ({embedder.last_computed} chunks embedded, the rest from the "
          f"shipped vectors or the cache)")
    if args.rebuild_vectors:
        print(f"wrote {embedder.vector_pack_path}")
    return 0


def cmd_search(args) -> int:
    from indexer.search import SearchRequest

    from .runtime import open_service
    settings = _settings()
    service = open_service(settings, data_dir=args.data_dir)
    req = SearchRequest(q=args.query, k=args.k, mode=args.mode, types=tuple(args.type or ()), doc=args.doc,
                        domains=tuple(args.domain or ()), case_kinds=tuple(args.case_kind or ()))
    result = service.search(req)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for i, hit in enumerate(result["hits"], start=1):
        label = hit["label"] or ""
        print(f"{i:2d}. [{hit['score']:.4f}] {hit['doc_title']} {label}  ({hit['id']})")
        print(f"    {hit['text'][:120].replace(chr(10), ' ')}")
    print(f"{result['total']} hits, {result['took_ms']} ms", file=sys.stderr)
    return 0


def cmd_graph_check(args) -> int:
    """Build the graph from the corpus in memory and report what is missing or dangling."""
    from corpus.loader import load_corpus
    from graph.extract import build_graph
    from graph.queries import check
    from graph.store import EmbeddedGraphStore
    loaded = load_corpus(Path(args.corpus or _settings().corpus_dir))
    graph = build_graph(loaded.documents)
    store = EmbeddedGraphStore.from_graph(graph)
    report = check(store, {u.id: u.text for d in loaded.documents for u in d.units})
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        cov = report["specific_part_coverage"]
        print(f"graph: {report['nodes']} nodes, {report['edges']} edges")
        print(f"dangling edges: {len(report['dangling_edges'])}")
        for e in report["dangling_edges"][:20]:
            print(f"  {e['src']} -{e['kind']}-> {e['dst']}")
        print(f"offenses without articles: {len(report['offenses_without_articles'])} {report['offenses_without_articles'][:20]}")
        print(f"cases without offenses: {len(report['cases_without_offenses'])} {report['cases_without_offenses'][:20]}")
        if cov:
            print(f"刑法 specific-part articles that define an offense: {cov['defining_articles']}, linked: "
                  f"{cov['linked']} ({cov['ratio']:.1%}); unlinked: {'、'.join(cov['unlinked']) or '-'}")
        for note in report["extraction_notes"]:
            print(f"note: {note}")
        from graph.standards import transfer_coverage
        for domain, r in transfer_coverage(store)["domains"].items():
            print(f"常见移送罪名 {domain}: 有立案追诉标准 {r['with_standard']}/{r['offenses']}，有正向/反向行政处罚规定 "
                  f"{r['with_provisions']}/{r['offenses']}（含自动推导 {r['with_provisions_or_derived']}/{r['offenses']}）"
                  + (f"；缺标准：{'、'.join(r['missing_standard'])}" if r["missing_standard"] else ""))
        total = transfer_coverage(store)["total"]
        print(f"常见移送罪名 合计: 有立案追诉标准 {total['with_standard']}/{total['offenses']} "
              f"({total['with_standard'] / max(total['offenses'], 1):.1%})，有正向/反向行政处罚规定 {total['with_provisions']}/{total['offenses']}"
              f"（含自动推导 {total['with_provisions_or_derived']}/{total['offenses']}）")
        derived = [e for e in graph.edges if e.kind == "ESCALATES_TO" and e.method == "derived"]
        print(f"自动推导的衔接（derived）: {len(derived)} 条，涉及行政处罚条文 {len({e.source for e in derived})} 条、罪名 "
              f"{len({e.dst for e in derived})} 个；已审核的衔接优先（见 scripts/eval_linkage.py）")
    # a judgment's own charge string that names no offense ("此类犯罪") is reported, not a failure
    problems = report["dangling_edges"] or [n for n in report["extraction_notes"] if "matches no offense" not in n]
    return 1 if problems else 0


def cmd_graph_push(args) -> int:
    """Load the current build's graph into Neo4j (batched UNWIND … MERGE under constraints)."""
    from tqdm import tqdm

    from graph.neo4j_store import EngineUnavailable, Neo4jGraphStore
    from graph.store import EmbeddedGraphStore
    from indexer.build import current_build
    settings = _settings()
    build = current_build(Path(args.data_dir or settings.data_dir))
    if build is None:
        print("no index: run `xianjie index` first", file=sys.stderr)
        return 1
    local = EmbeddedGraphStore(build / "graph.sqlite")
    g = local.to_graph()        # edges in build order, so Neo4j lists them in the embedded store's order
    url = args.url or settings.neo4j_url
    if not url:
        print("give --url or set XIANJIE_NEO4J_URL", file=sys.stderr)
        return 2
    try:
        store = Neo4jGraphStore(url, settings.neo4j_user, settings.neo4j_password)
    except EngineUnavailable as exc:
        print(exc, file=sys.stderr)
        return 1
    with tqdm(total=len(g.nodes) + len(g.edges), desc="Neo4j", unit="item") as bar:
        store.replace_all(g, progress=bar.update)
    print(f"pushed {len(g.nodes)} nodes and {len(g.edges)} edges to {url}")
    return 0


def cmd_serve(args) -> int:
    import uvicorn
    settings = _settings()
    port = args.port or settings.port
    print(f"Xianjie serving on http://{settings.host}:{port}/", flush=True)
    from api.server import uvicorn_options
    uvicorn.run("api.app:create_app", factory=True, host=settings.host, port=port, log_level="info", **uvicorn_options())
    return 0


def cmd_train(args) -> int:
    """Train the charge/article predictor (indexer.predict) from the labelled case files."""
    from indexer.predict import DEFAULT_MODEL
    from indexer.predict.train import train
    data = Path(args.data)
    train(data / "cases", data / "lecard" / "data" / "query" / "query.json", Path(args.out or DEFAULT_MODEL),
          seed=args.seed, model=args.model, progress=not args.quiet, dev_query_dir=data / "lecard2" / "query")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="xianjie", description="行刑衔接 knowledge base and case-law search")
    sub = p.add_subparsers(dest="command", required=True)

    corpus = sub.add_parser("corpus", help="import and validate corpus documents").add_subparsers(dest="corpus_cmd", required=True)
    c = corpus.add_parser("check", help="validate every corpus file; problems as file:line: message")
    c.add_argument("--corpus")
    c.set_defaults(func=cmd_corpus_check)
    c = corpus.add_parser("import-lawrefbook", help="convert LawRefBook Markdown into corpus documents")
    c.add_argument("path")
    c.add_argument("--select", help="YAML list of {path, id, type, domains}")
    c.add_argument("--all", action="store_true",
                   help="import every text (for scale tests); with --select, its entries still fix ids, types, domains")
    c.add_argument("--out", help="target corpus directory (default: the configured corpus)")
    c.set_defaults(func=cmd_import_lawrefbook)
    c = corpus.add_parser("import-cases", help="import case JSON lines (../shared/data/cases), de-identified")
    c.add_argument("files", nargs="+")
    c.add_argument("--out")
    c.add_argument("--subset", action="store_true", help="only linkage-domain cases plus one per other charge")
    c.add_argument("--limit", type=int)
    c.add_argument("--no-deid", action="store_true", help="keep names (never for shipped or shown data)")
    c.set_defaults(func=cmd_import_cases)
    c = corpus.add_parser("add-case", help="add one case: Markdown with front matter, or a plain judgment text")
    c.add_argument("file")
    c.add_argument("--corpus")
    c.add_argument("--replace", action="store_true")
    c.set_defaults(func=cmd_add_case)
    c = corpus.add_parser("import-typical", help="import official typical / guiding cases (release Markdown: ## title, "
                                                  "发布/来源/领域/涉及罪名, ### sections) into typical/")
    c.add_argument("files", nargs="+")
    c.add_argument("--out", help="target corpus directory (default: the configured corpus)")
    c.set_defaults(func=cmd_import_typical)
    c = corpus.add_parser("import-lecard", help="import LeCaRD / LeCaRDv2 cases, de-identified")
    c.add_argument("--lecard")
    c.add_argument("--lecard2")
    c.add_argument("--out")
    c.set_defaults(func=cmd_import_lecard)

    c = sub.add_parser("index", help="build the search index from the corpus (atomic)")
    c.add_argument("--corpus")
    c.add_argument("--data-dir")
    c.add_argument("--if-stale", action="store_true", help="only build when missing or out of date")
    c.add_argument("--backend", choices=("embedded", "elasticsearch"), default="embedded",
                   help="elasticsearch: also load the index into the cluster (aliases switched after a full load)")
    c.add_argument("--url", help="http://host:9200 (default: XIANJIE_ES_URL)")
    c.add_argument("--prefix", help="index alias prefix (default: XIANJIE_ES_PREFIX or 'xianjie')")
    c.add_argument("--rebuild-vectors", action="store_true",
                   help="rebuild and rewrite the shipped vector pack (corpus/vectors/) for this corpus: texts "
                        "that changed are embedded, removed ones dropped")
    c.add_argument("--quiet", action="store_true")
    c.set_defaults(func=cmd_index)

    c = sub.add_parser("search", help="search from the command line")
    c.add_argument("query")
    c.add_argument("--type", action="append")
    c.add_argument("--doc")
    c.add_argument("--domain", action="append")
    c.add_argument("--case-kind", action="append", choices=("typical", "guiding", "reference", "judgment"),
                   help="only cases of this kind (典型案例 typical, 指导性案例 guiding, 参考案例 reference, 裁判文书 judgment)")
    c.add_argument("--k", type=int, default=10)
    c.add_argument("--mode", choices=("keyword", "vector", "hybrid"), default="hybrid")
    c.add_argument("--json", action="store_true")
    c.add_argument("--data-dir")
    c.set_defaults(func=cmd_search)

    graph = sub.add_parser("graph", help="the offense – standard – precedent graph").add_subparsers(dest="graph_cmd", required=True)
    c = graph.add_parser("check", help="dangling edges, offenses without articles, cases without offenses, coverage")
    c.add_argument("--corpus")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_graph_check)

    c = graph.add_parser("push", help="load the current build's graph into Neo4j")
    c.add_argument("--backend", choices=("neo4j",), default="neo4j")
    c.add_argument("--url", help="bolt://host:7687 (default: XIANJIE_NEO4J_URL)")
    c.add_argument("--data-dir")
    c.set_defaults(func=cmd_graph_push)

    c = sub.add_parser("train", help="train the charge/article predictor from ../shared/data (seeded)")
    c.add_argument("--data", default="../shared/data", help="folder with cases/ and lecard/ (default: ../shared/data)")
    c.add_argument("--out", help="artifact path (default: corpus/models/charge_predictor.npz)")
    c.add_argument("--seed", type=int, default=17)
    c.add_argument("--model", choices=("svc", "sgd", "ridge"), default="svc")
    c.add_argument("--quiet", action="store_true")
    c.set_defaults(func=cmd_train)

    c = sub.add_parser("serve", help="serve the API and web app")
    c.add_argument("--port", type=int)
    c.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args) or 0


if __name__ == "__main__":
    sys.exit(main())
