"""Words by which officers deny or rule out a requirement of a parsed clause (立案追诉标准, 司法解释), which the
clause's own options do not hold: 没叫别人一起 denies 拉拢、引诱他人一起偷越国（边）境, 没有裸露 the 裸体表演. The
curated 刑法 items carry the same fields in statutory_standards.yaml; these tables give them to the parsed ones,
keyed by the requirement's text. A requirement whose option the facts state is met whatever is listed here."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.curated import CuratedTableError, check_denial_words, checked, load_table, location

WORDS_FILE = Path(__file__).resolve().parents[1] / "corpus" / "data" / "requirement_words.yaml"


@lru_cache(maxsize=2)
def requirement_words(path: Path = WORDS_FILE) -> dict[str, tuple[list[list[str]], list[str]]]:
    """{requirement text: (denied_by, ruled_out_by)}; a slip names file:line."""
    out: dict[str, tuple[list[list[str]], list[str]]] = {}
    for entry in load_table(path) or []:
        checked(entry, path, ("requirement", "offense"), ("denied_by", "ruled_out_by"), name_field="requirement")
        where = location(path, entry, entry["requirement"])
        check_denial_words(entry, path, entry["requirement"])
        denied = entry.get("denied_by") or []
        if not denied and not entry.get("ruled_out_by"):
            raise CuratedTableError(f"{where}: an entry needs 'denied_by' or 'ruled_out_by'")
        if entry["requirement"] in out:
            raise CuratedTableError(f"{where}: the requirement has an entry already")
        out[entry["requirement"]] = (denied, list(entry.get("ruled_out_by") or []))
    return out


def with_words(req: dict) -> dict:
    """The requirement with the table's words added to its own."""
    denied, ruled_out = requirement_words().get(req["text"], ([], []))
    if not denied and not ruled_out:
        return req
    return {**req, "denied_by": (req.get("denied_by") or []) + denied,
            "ruled_out_by": (req.get("ruled_out_by") or []) + ruled_out}
