"""Load and validate a whole corpus directory."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .frontmatter import CorpusError, Problem
from .model import Document
from .parse import parse_file

BUNDLED_CORPUS = Path(__file__).resolve().parent / "documents"


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def corpus_files(root: Path) -> list[Path]:
    """Every Markdown document under root, in a stable order (README files excluded)."""
    return sorted(p for p in root.rglob("*.md") if p.name.lower() != "readme.md")


def load_corpus(root: Path) -> LoadResult:
    """Parse every file; collect all problems (a bad file does not hide the others)."""
    result = LoadResult()
    first_seen: dict[str, str] = {}
    for path in corpus_files(root):
        try:
            doc = parse_file(path, root)
        except CorpusError as exc:
            result.problems.extend(exc.problems)
            continue
        if doc.id in first_seen:
            result.problems.append(Problem(doc.file, 1, f"duplicate id '{doc.id}' (also in {first_seen[doc.id]})"))
            continue
        first_seen[doc.id] = doc.file
        result.documents.append(doc)
    return result


def corpus_fingerprint(root: Path) -> str:
    """Content hash of the corpus, so a build knows whether its index is stale."""
    digest = hashlib.sha256()
    for path in corpus_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
