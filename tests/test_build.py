"""The build is atomic: a refused corpus or a killed build leaves the previous index serving."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from indexer.build import build_index, current_build, index_state
from indexer.search import SearchRequest, SearchService
from corpus.frontmatter import CorpusError

import pytest


def test_stale_detection(corpus_copy, tmp_path, embedder):
    data = tmp_path / "data"
    assert index_state(corpus_copy, data, embedder.model_id) == "missing"
    build_index(corpus_copy, data, embedder, show_progress=False)
    assert index_state(corpus_copy, data, embedder.model_id) == "fresh"
    (corpus_copy / "tax-excerpt.md").write_text((corpus_copy / "tax-excerpt.md").read_text(encoding="utf-8") + "\n补充。\n", encoding="utf-8")
    assert index_state(corpus_copy, data, embedder.model_id) == "stale"
    assert index_state(corpus_copy, data, "another-model") == "stale"


def test_invalid_corpus_is_refused_and_old_index_kept(corpus_copy, tmp_path, embedder):
    data = tmp_path / "data"
    first = build_index(corpus_copy, data, embedder, show_progress=False).path
    (corpus_copy / "broken.md").write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(CorpusError) as exc:
        build_index(corpus_copy, data, embedder, show_progress=False)
    assert str(exc.value.problems[0]) == "broken.md:1: missing front matter: the file must start with '---'"
    assert current_build(data) == first


def test_killed_build_leaves_old_index_serving(corpus_copy, tmp_path, embedder):
    data = tmp_path / "data"
    first = build_index(corpus_copy, data, embedder, show_progress=False).path
    (corpus_copy / "extra.md").write_text((corpus_copy / "old-rule.md").read_text(encoding="utf-8")
                                          .replace("id: fx-old", "id: fx-extra"), encoding="utf-8")
    env = dict(os.environ, XIANJIE_DATA_DIR=str(data), XIANJIE_CORPUS_DIR=str(corpus_copy))
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "index", "--quiet"], env=env,
                            cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    builds = data / "index" / "builds"
    deadline = time.time() + 60
    while time.time() < deadline and not list(builds.glob("*.partial")):
        time.sleep(0.05)
    assert list(builds.glob("*.partial")), "the build never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert current_build(data) == first
    service = SearchService(data, embedder)
    hits = service.search(SearchRequest(q="盗窃公私财物", k=3))["hits"]
    assert hits and hits[0]["doc_id"] == "fx-xingfa"
    # the next build completes, switches, and clears the dead partial directory
    second = build_index(corpus_copy, data, embedder, show_progress=False).path
    assert current_build(data) == second != first
    assert not list(builds.glob("*.partial"))
    assert any(h["doc_id"] == "fx-extra" for h in service.search(SearchRequest(q="擅自采矿", k=10))["hits"])
