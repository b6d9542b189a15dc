"""The atomic build: corpus → unit store + keyword index + vectors in a new directory, then one
symlink switch. An interrupted build leaves the previous index serving.
"""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpus.frontmatter import CorpusError
from corpus.loader import corpus_fingerprint, load_corpus
from corpus.model import Document
from graph.extract import build_graph, extraction_fingerprint
from graph.store import write_graph

from .analysis import ANALYSIS_VERSION, char_ngrams, tokenize
from .builds import CURRENT, current_build, index_root, read_manifest, write_manifest  # noqa: F401
from .embedding import Embedder, chunk_text
from .ranking import DEFAULT_RANKING, RankingConfig
from .stores.base import IndexedUnit
from .stores.numpy_vectors import write_vectors
from .stores.tantivy_index import write_index
from .unitstore import date_int, write_case_profiles, write_unit_store
from .vector_pack import text_key, write_pack

SCHEMA_VERSION = 3   # 3: case_profiles table in units.sqlite


@dataclass
class BuildResult:
    path: Path
    documents: int
    units: int
    chunks: int
    seconds: float


def build_fingerprint(corpus_dir: Path) -> str:
    """Corpus content plus the extraction code and the curated data it reads (linkage.yaml among them)."""
    import hashlib
    digest = hashlib.sha256(corpus_fingerprint(corpus_dir).encode())
    digest.update(f"graph-{extraction_fingerprint()}".encode())
    return digest.hexdigest()[:16]


def index_state(corpus_dir: Path, data_dir: Path, model_id: str) -> str:
    """'missing', 'stale' (corpus, model or schema changed) or 'fresh'."""
    build = current_build(data_dir)
    if build is None:
        return "missing"
    m = read_manifest(build)
    same = (m.get("corpus_fingerprint") == build_fingerprint(corpus_dir) and m.get("model") == model_id
            and m.get("schema_version") == SCHEMA_VERSION and m.get("analysis_version") == ANALYSIS_VERSION)
    return "fresh" if same else "stale"


CASE_FACT_LABELS = ("事实", "案情")
CASE_MAX_CHUNKS = 2


def embedded_units(doc: Document) -> list:
    """Units that get vectors. For a judgment only the facts are embedded (what analogous-case
    search compares); its header and reasoning stay keyword-searchable. Embedding every section
    would triple build time on these CPUs for little gain."""
    if doc.type != "case":
        return doc.units
    facts = [u for u in doc.units if u.label and any(w in u.label for w in CASE_FACT_LABELS)]
    return facts or doc.units[:1]


def embedding_text(doc: Document, unit) -> str:
    head = " ".join(x for x in (doc.title, unit.label or "") if x)
    return f"{head}\n{unit.text}"


def chunk_plan(docs: list[Document]) -> tuple[list[str], list[int]]:
    """Every text the build embeds, with the unit row (in corpus order) each belongs to."""
    chunk_texts, chunk_rows = [], []
    row = 0
    for doc in docs:
        row_of = {}
        for u in doc.units:
            row_of[u.id] = row
            row += 1
        limit = CASE_MAX_CHUNKS if doc.type == "case" else None
        for u in embedded_units(doc):
            pieces = chunk_text(embedding_text(doc, u))
            for piece in pieces[:limit] if limit else pieces:
                chunk_texts.append(piece)
                chunk_rows.append(row_of[u.id])
    return chunk_texts, chunk_rows


def indexed_unit(row: int, unit_id: str, doc_id: str, doc_type: str, status: str, domains, effective: int,
                 title: str, label: str | None, text: str) -> IndexedUnit:
    """What every search store receives for one unit: our tokens, so all backends agree."""
    return IndexedUnit(row=row, unit_id=unit_id, doc_id=doc_id, type=doc_type, status=status, domains=tuple(domains),
                       effective=effective, words=tokenize(text), title_words=tokenize(f"{title} {label or ''}"),
                       ngrams=char_ngrams(text))


def publish_existing(build: Path, publish, show_progress: bool = True) -> dict:
    """Load a finished local build into a search engine (moving an existing index to a cluster):
    tokens are recomputed from the unit store, vectors read from the build, nothing re-embedded."""
    from tqdm import tqdm

    from .unitstore import UnitStore
    store = UnitStore(build / "units.sqlite")
    units = [indexed_unit(u["row"], u["id"], u["doc_id"], u["type"], u["status"], u["domains"], u["effective"],
                          u["doc_title"], u["label"], u["text"])
             for u in tqdm(store.all_units(), total=store.size, desc="分词 tokenize", disable=not show_progress, unit="unit")]
    vectors = np.load(build / "vectors.npy")
    chunk_rows = np.load(build / "chunk_rows.npy").tolist()
    manifest = read_manifest(build)
    manifest["published"] = publish(build.name, manifest, units, vectors, chunk_rows)
    write_manifest(build, manifest)
    return manifest["published"]


def _switch_current(root: Path, build: Path) -> None:
    tmp = root / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(Path("builds") / build.name)
    os.replace(tmp, root / CURRENT)


def _clean_old(root: Path, keep: int = 2) -> None:
    builds = root / "builds"
    current = (root / CURRENT).resolve()
    done = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.endswith(".partial")), reverse=True)
    for old in done[keep:]:
        if old.resolve() != current:
            shutil.rmtree(old, ignore_errors=True)
    for partial in builds.glob("*.partial"):
        pid = int(partial.name.split("-")[-1].split(".")[0]) if partial.name.split("-")[-1].split(".")[0].isdigit() else 0
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(partial, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build_index(corpus_dir: Path, data_dir: Path, embedder: Embedder, show_progress: bool = True,
                publish=None, vector_pack: Path | None = None, ranking: RankingConfig = DEFAULT_RANKING) -> BuildResult:
    """Validate the corpus, build every index into a fresh directory, then make it current.

    `vector_pack`: also write this corpus's passage vectors there (the pack that ships with the
    repository), holding exactly the texts this build embeds. `ranking`: the config in effect,
    recorded in the manifest (a later service may run other knobs; /api/health shows both).

    `publish(name, manifest, units, vectors, chunk_rows)` also loads the build into a search engine
    before the switch; if it fails, the local build is dropped too, so the two never disagree."""
    from tqdm import tqdm
    started = time.time()
    loaded = load_corpus(corpus_dir)
    if not loaded.ok:
        raise CorpusError(loaded.problems)
    docs = loaded.documents
    root = index_root(data_dir)
    (root / "builds").mkdir(parents=True, exist_ok=True)
    name = time.strftime("%Y%m%d-%H%M%S") + f"-{int(time.time() * 1000) % 1000:03d}-{os.getpid()}"
    work = root / "builds" / f"{name}.partial"
    work.mkdir()
    units = [(doc, u) for doc in docs for u in doc.units]
    write_unit_store(work / "units.sqlite", docs)
    with tqdm(total=len(docs), desc="案例要素 case elements", disable=not show_progress, unit="doc") as bar:
        write_case_profiles(work / "units.sqlite", docs, progress=bar.update)
    tokenized = (indexed_unit(row, u.id, doc.id, doc.type, doc.status, doc.domains, date_int(doc.effective),
                              doc.title, u.label, u.text) for row, (doc, u) in enumerate(units))
    if publish is None:
        # streamed into the keyword index: holding every unit's tokens and n-grams at once took
        # most of the full case base's 14.2 GB peak
        indexed = tokenized
    else:       # an engine is loaded with the same tokens afterwards
        indexed = list(tqdm(tokenized, total=len(units), desc="分词 tokenize", disable=not show_progress, unit="unit"))
    with tqdm(total=len(units), desc="分词与关键词索引 keyword index", disable=not show_progress, unit="unit") as bar:
        write_index(work / "keyword", indexed, progress=bar.update)
    chunk_texts, chunk_rows = chunk_plan(docs)
    with tqdm(total=len(chunk_texts), desc="向量 embed", disable=not show_progress, unit="chunk") as bar:
        vectors = embedder.encode_passages(chunk_texts, progress=bar.update)
    write_vectors(work, vectors, np.array(chunk_rows))
    if vector_pack is not None:
        write_pack(vector_pack, [text_key(t) for t in chunk_texts], vectors, embedder.fingerprint)
    graph = build_graph(docs)
    write_graph(work / "graph.sqlite", graph)
    manifest = {"schema_version": SCHEMA_VERSION, "analysis_version": ANALYSIS_VERSION, "corpus_fingerprint": build_fingerprint(corpus_dir),
                "corpus_dir": str(corpus_dir), "model": embedder.model_id, "dim": int(vectors.shape[1]),
                "documents": len(docs), "units": len(units), "chunks": len(chunk_texts),
                "graph": {"nodes": len(graph.nodes), "edges": len(graph.edges), "notes": len(graph.notes)},
                "ranking": ranking.model_dump(),
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "build_seconds": round(time.time() - started, 1)}
    if publish is not None:
        try:
            manifest["published"] = publish(name, manifest, indexed, vectors, chunk_rows)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    write_manifest(work, manifest)
    final = root / "builds" / name
    work.rename(final)
    _switch_current(root, final)
    _clean_old(root)
    return BuildResult(final, len(docs), len(units), len(chunk_texts), time.time() - started)
