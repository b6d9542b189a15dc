"""Browser-test fixtures. XIANJIE_E2E_DATA_DIR points the tests at an index already built from
the bundled corpus (`xianjie index --data-dir DIR`), so a rerun on a busy machine skips the
rebuild; without it the session builds one, as everywhere else."""
import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def bundled_index(request, tmp_path_factory) -> Path:
    prebuilt = os.environ.get("XIANJIE_E2E_DATA_DIR")
    if prebuilt:
        path = Path(prebuilt)
        if not (path / "index" / "current").exists():
            pytest.fail(f"XIANJIE_E2E_DATA_DIR={prebuilt} holds no built index (index/current)")
        return path
    from corpus.loader import BUNDLED_CORPUS
    from indexer.build import build_index
    data = tmp_path_factory.mktemp("bundled-data")
    build_index(BUNDLED_CORPUS, data, request.getfixturevalue("embedder"), show_progress=False)
    return data
