"""Where the serving build lives: the `current` link under <data_dir>/index and its manifest.

Read by the search service (read path) and written by the index build (write path); both import
this module, so serving never imports the build code.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

CURRENT = "current"


def index_root(data_dir: Path) -> Path:
    return Path(data_dir) / "index"


def current_build(data_dir: Path) -> Path | None:
    link = index_root(data_dir) / CURRENT
    if not link.is_symlink() and not link.exists():
        return None
    target = link.resolve()
    return target if (target / "manifest.json").exists() else None


def write_manifest(build: Path, manifest: dict) -> None:
    """Atomically: a reader never sees half a manifest (a published build rewrites it)."""
    tmp = build / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, build / "manifest.json")


def read_manifest(build: Path) -> dict:
    return json.loads((build / "manifest.json").read_text(encoding="utf-8"))
