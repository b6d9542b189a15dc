"""Reading the hand-curated tables in corpus/data/*.yaml so a maintainer's slip is caught, not obeyed.

A misspelled field (`questions_onyl: true`) used to be read as absent: the entry then did something
else than its author meant and nothing said so. Tables read here keep each mapping's line, and every
entry is checked against the fields its reader knows; an error names the file, the line, the entry and
the field.
"""
from __future__ import annotations

from pathlib import Path

import yaml


class CuratedTableError(ValueError):
    """A curated table has an entry its reader cannot use; the message names file, line and field."""


class Located(dict):
    """A mapping that remembers the line it was written on (1-based)."""
    line: int = 0


class _LineLoader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        mapping = Located(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)


def load_table(path: Path):
    """The YAML document at path, its mappings Located."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LineLoader)


def location(path: Path, entry, label: str = "") -> str:
    """"offense_acts.yaml:41 (非法持有毒品罪)": the place an error points the maintainer to."""
    line = getattr(entry, "line", 0)
    return f"{Path(path).name}{f':{line}' if line else ''}{f' ({label})' if label else ''}"


def check_denial_words(entry, path: Path, label: str) -> None:
    """A requirement's `denied_by` (lists of names, one per part), `ruled_out_by` and `voided_by` (patterns), as
    statutory_standards.yaml and requirement_words.yaml write them."""
    where = location(path, entry, label)
    if not all(isinstance(part, list) and part and all(isinstance(w, str) and w for w in part)
               for part in entry.get("denied_by") or []):
        raise CuratedTableError(f"{where}: field 'denied_by' must be a list of lists of words")
    for name in ("ruled_out_by", "voided_by"):
        for pattern in entry.get(name) or []:
            check_pattern(pattern, where, name)


def check_pattern(pattern, where: str, field: str) -> None:
    """The pattern compiles; else an error at `where` naming the field and the pattern."""
    import re
    try:
        re.compile(pattern)
    except (re.error, TypeError) as e:
        raise CuratedTableError(f"{where}: field '{field}': {pattern!r} is no pattern ({e})") from e


def check_counts_also(condition, path: Path) -> None:
    """A condition's `counts_also`, where set: {pattern: the words naming a cost the figure counts too, basis: the text
    that says so}, the pattern compiling."""
    counted = condition.get("counts_also")
    if counted is None:
        return
    checked(counted, path, ("pattern", "basis"), label=f"{condition.get('metric', '')} counts_also")
    check_pattern(counted["pattern"], location(path, condition, str(condition.get("metric", ""))), "counts_also.pattern")


def require_kind(owner, field: str, kind: type, said: str, where: str) -> None:
    """owner[field], where set, is of `kind` (bool: 'true or false', str: 'text'); else an error at `where`
    (location(...)) naming the field. 'yes' for true used to be read as false."""
    if field in owner and not isinstance(owner[field], kind):
        raise CuratedTableError(f"{where}: field '{field}' must be {said}")


def checked(entry, path: Path, required: tuple[str, ...], optional: tuple[str, ...] = (),
            name_field: str = "", label: str = ""):
    """entry, once it is a mapping with every required field set and no field outside required + optional.
    An error names the entry by its name_field's value (its offense) or by label."""
    if not isinstance(entry, dict):
        raise CuratedTableError(f"{location(path, entry, label)}: an entry must be a mapping, not {entry!r}")
    label = label or str(entry.get(name_field) or "")
    unknown = [k for k in entry if k not in required and k not in optional]
    if unknown:
        known = ", ".join(required + optional)
        raise CuratedTableError(f"{location(path, entry, label)}: unknown field '{unknown[0]}' (known: {known})")
    missing = [k for k in required if entry.get(k) in (None, "", [], {})]
    if missing:
        raise CuratedTableError(f"{location(path, entry, label)}: field '{missing[0]}' is required")
    return entry
