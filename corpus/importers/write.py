"""Write one converted corpus file: validated by the corpus parser first, then put in place
atomically, so an importer never leaves a half-written or invalid document behind."""
from __future__ import annotations

from pathlib import Path

from ..parse import parse_text


def write_validated(text: str, target: Path) -> None:
    """Raise CorpusError (naming the target's lines) if the text is not a valid document."""
    parse_text(text, str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".md.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
