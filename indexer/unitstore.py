"""Unit and document metadata kept beside the indexes (SQLite), read by search and the API.

Rows are numbered 0..n-1; the keyword and vector indexes answer rows, this store turns them into
units with their document title and provenance.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np

from corpus.model import Document

from .stores.base import Filters

MASKS = 256         # filter masks kept per opened build

SCHEMA = """
CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, type TEXT, status TEXT, effective TEXT,
                        front_matter TEXT, file TEXT, unit_count INTEGER);
CREATE TABLE units (row INTEGER PRIMARY KEY, id TEXT UNIQUE, doc_id TEXT, doc_title TEXT, type TEXT,
                    status TEXT, domains TEXT, effective INTEGER, kind TEXT, ordinal INTEGER,
                    article_no INTEGER, article_suffix INTEGER, label TEXT, path TEXT, text TEXT,
                    line INTEGER, source TEXT);
CREATE INDEX units_doc ON units(doc_id, ordinal);
CREATE TABLE case_profiles (doc_id TEXT PRIMARY KEY, elements TEXT, amounts TEXT);
"""


def date_int(value: str | None) -> int:
    return int(value.replace("-", "")) if value else 0


def write_unit_store(path: Path, documents: list[Document]) -> None:
    db = sqlite3.connect(str(path))
    db.executescript(SCHEMA)
    row = 0
    for doc in documents:
        fm = doc.front_matter()
        db.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?)",
                   (doc.id, doc.title, doc.type, doc.status, doc.effective,
                    json.dumps(fm, ensure_ascii=False, default=str), doc.file, len(doc.units)))
        source = json.dumps(doc.source.to_dict(), ensure_ascii=False)
        for unit in doc.units:
            db.execute("INSERT INTO units VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       (row, unit.id, doc.id, doc.title, doc.type, doc.status,
                        json.dumps(doc.domains, ensure_ascii=False), date_int(doc.effective), unit.kind,
                        unit.ordinal, unit.article_no, unit.article_suffix, unit.label,
                        json.dumps(unit.path, ensure_ascii=False), unit.text, unit.line, source))
            row += 1
    db.commit()
    db.close()


def write_case_profiles(path: Path, documents: list[Document], progress=None) -> None:
    """Each case's key elements and amounts (indexer.case_profile), so analogous-case ranking reads
    them instead of rescanning 60 judgments per request."""
    from .case_profile import case_profile
    db = sqlite3.connect(str(path))
    for doc in documents:
        if doc.type == "case":
            elements, amounts = case_profile("\n".join(u.text for u in doc.units))
            db.execute("INSERT INTO case_profiles VALUES (?,?,?)",
                       (doc.id, json.dumps(sorted(elements), ensure_ascii=False), json.dumps(amounts, ensure_ascii=False)))
        if progress:
            progress(1)
    db.commit()
    db.close()


def _unit_dict(r: sqlite3.Row) -> dict:
    return {"row": r["row"], "id": r["id"], "doc_id": r["doc_id"], "doc_title": r["doc_title"],
            "type": r["type"], "status": r["status"], "domains": json.loads(r["domains"]),
            "kind": r["kind"], "ordinal": r["ordinal"], "article_no": r["article_no"],
            "article_suffix": r["article_suffix"], "label": r["label"], "path": json.loads(r["path"]),
            "text": r["text"], "line": r["line"], "source": json.loads(r["source"])}


class UnitStore:
    def __init__(self, path: Path):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.size = self.db.execute("SELECT COUNT(*) FROM units").fetchone()[0]
        self.document_count = self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        self._masks: dict[Filters, np.ndarray] = {}
        self.has_case_profiles = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'case_profiles'").fetchone() is not None

    def all_units(self):
        """Every unit in row order, with its row's filter fields (for publishing to an engine)."""
        for r in self.db.execute("SELECT * FROM units ORDER BY row"):
            yield {**_unit_dict(r), "effective": r["effective"]}

    def rows_of_type(self, rows: list[int], doc_type: str) -> set[int]:
        if not rows:
            return set()
        got = self.db.execute(f"SELECT row FROM units WHERE type = ? AND row IN ({','.join('?' * len(rows))})",
                              [doc_type, *rows]).fetchall()
        return {r[0] for r in got}

    def units_by_rows(self, rows: list[int]) -> dict[int, dict]:
        if not rows:
            return {}
        got = self.db.execute(f"SELECT * FROM units WHERE row IN ({','.join('?' * len(rows))})", rows).fetchall()
        return {r["row"]: _unit_dict(r) for r in got}

    def rows_for_ids(self, unit_ids: list[str]) -> dict[str, int]:
        if not unit_ids:
            return {}
        got = self.db.execute(f"SELECT id, row FROM units WHERE id IN ({','.join('?' * len(unit_ids))})", unit_ids)
        return {r[0]: r[1] for r in got}

    def case_profiles(self, doc_ids: list[str]) -> dict[str, tuple[frozenset[str], tuple]]:
        """Stored (elements, amounts) by case id; cases absent here (or an index built before
        profiles were stored) are left for the caller to compute."""
        if not doc_ids or not self.has_case_profiles:
            return {}
        got = self.db.execute(f"SELECT * FROM case_profiles WHERE doc_id IN ({','.join('?' * len(doc_ids))})", doc_ids)
        return {r["doc_id"]: (frozenset(json.loads(r["elements"])), tuple(tuple(a) for a in json.loads(r["amounts"])))
                for r in got}

    def unit(self, unit_id: str) -> dict | None:
        r = self.db.execute("SELECT * FROM units WHERE id = ?", (unit_id,)).fetchone()
        return _unit_dict(r) if r else None

    def document(self, doc_id: str) -> dict | None:
        r = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if not r:
            return None
        units = self.db.execute("SELECT * FROM units WHERE doc_id = ? ORDER BY ordinal", (doc_id,)).fetchall()
        return {"id": r["id"], "front_matter": json.loads(r["front_matter"]), "file": r["file"],
                "units": [_unit_dict(u) for u in units]}

    def resolve_doc(self, doc: str) -> str | None:
        """Document id for an id or an exact title."""
        r = self.db.execute("SELECT id FROM documents WHERE id = ? OR title = ? ORDER BY id = ? DESC LIMIT 1",
                            (doc, doc, doc)).fetchone()
        return r["id"] if r else None

    def documents(self) -> list[dict]:
        rows = self.db.execute("SELECT id, title, type, status, effective, unit_count FROM documents ORDER BY type, id")
        return [dict(r) for r in rows]

    def values(self, column: str) -> list[str]:
        if column == "domains":
            seen = set()
            for (raw,) in self.db.execute("SELECT DISTINCT domains FROM units"):
                seen.update(json.loads(raw))
            return sorted(seen)
        if column not in ("type", "status"):
            raise ValueError(column)
        return [r[0] for r in self.db.execute(f"SELECT DISTINCT {column} FROM units ORDER BY 1")]

    def allowed_rows(self, f: Filters) -> np.ndarray | None:
        """Boolean mask over rows of the units the filters allow (None: no filter), kept for the
        last MASKS filters: a result page and the next ask again."""
        if f.is_empty():
            return None
        mask = self._masks.get(f)
        if mask is None:
            if len(self._masks) >= MASKS:
                self._masks.clear()
            mask = self._masks[f] = self._mask(f)
            mask.setflags(write=False)
        return mask

    def _mask(self, f: Filters) -> np.ndarray:
        clauses, params = [], []
        for field, values in f.terms():
            if field == "domain":       # a JSON list per unit
                clauses.append("(" + " OR ".join("domains LIKE ?" for _ in values) + ")")
                params.extend(f'%"{d}"%' for d in values)
            else:
                clauses.append(f"{field} IN ({','.join('?' * len(values))})")
                params.extend(values)
        dates = f.effective_range()
        if dates:
            clauses.append("effective BETWEEN ? AND ?")
            params.extend(dates)
        mask = np.zeros(self.size, dtype=bool)
        rows = [r[0] for r in self.db.execute(f"SELECT row FROM units WHERE {' AND '.join(clauses)}", params)]
        mask[rows] = True
        return mask
