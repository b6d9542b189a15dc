"""Question sets, rounds, participants and answers in SQLite, so a restart loses nothing.

Each answer is a row keyed by (round, participant, question): the database itself guarantees it
is recorded exactly once, however many requests arrive at the same moment.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS sets (id TEXT PRIMARY KEY, title TEXT NOT NULL, scope TEXT, created REAL, updated REAL);
CREATE TABLE IF NOT EXISTS questions (set_id TEXT, position INTEGER, id TEXT, data TEXT,
                                      PRIMARY KEY (set_id, id));
CREATE TABLE IF NOT EXISTS rounds (id TEXT PRIMARY KEY, set_id TEXT, code TEXT UNIQUE, seconds INTEGER, state TEXT,
                                   current INTEGER, question_started REAL, created REAL);
CREATE TABLE IF NOT EXISTS participants (id TEXT PRIMARY KEY, round_id TEXT, name TEXT, token TEXT, joined REAL,
                                         UNIQUE (round_id, name));
CREATE TABLE IF NOT EXISTS answers (round_id TEXT, participant_id TEXT, question_id TEXT, answer TEXT, correct INTEGER,
                                    elapsed_ms INTEGER, points INTEGER, at REAL,
                                    PRIMARY KEY (round_id, participant_id, question_id));
CREATE TABLE IF NOT EXISTS deliveries (round_id TEXT, participant_id TEXT, question_id TEXT, delivered REAL,
                                       PRIMARY KEY (round_id, participant_id, question_id));
"""
MIGRATIONS = ("ALTER TABLE participants ADD COLUMN name_key TEXT",
              "CREATE UNIQUE INDEX IF NOT EXISTS participants_name_key ON participants (round_id, name_key)")
DELIVERY_GRACE_S = 3.0     # a participant's clock starts when the question reaches them, at most this late
FINISHED_VISIBLE_S = 300   # a finished round's code still says "finished" this long, then reads as unknown
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class Conflict(Exception):
    """The request contradicts the state: a second answer, a closed question, a taken name."""


class NotFound(Exception):
    pass


UNKNOWN_CODE = "加入码无效或竞赛已结束"


def score(correct: bool, elapsed_ms: int, seconds: int) -> int:
    """100 for a right answer, plus up to 50 for speed; nothing for a wrong one."""
    if not correct:
        return 0
    remaining = max(0.0, 1 - elapsed_ms / (seconds * 1000))
    return 100 + round(50 * remaining)


class TrainingStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._local = threading.local()
        with self._db() as db:
            db.executescript(SCHEMA)
            for statement in MIGRATIONS:
                try:
                    db.execute(statement)
                except sqlite3.OperationalError:
                    pass    # already applied

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=30000")
            self._local.db = db
        return db

    # -- sets ------------------------------------------------------------------------------
    def save_set(self, title: str, scope: dict, questions: list[dict], set_id: str | None = None) -> str:
        set_id = set_id or "set-" + secrets.token_hex(5)
        now = time.time()
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("INSERT OR REPLACE INTO sets VALUES (?,?,?,COALESCE((SELECT created FROM sets WHERE id=?),?),?)",
                       (set_id, title, json.dumps(scope, ensure_ascii=False), set_id, now, now))
            db.execute("DELETE FROM questions WHERE set_id = ?", (set_id,))
            db.executemany("INSERT INTO questions VALUES (?,?,?,?)",
                           [(set_id, i, q["id"], json.dumps(q, ensure_ascii=False)) for i, q in enumerate(questions)])
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            raise
        return set_id

    def get_set(self, set_id: str) -> dict:
        row = self._db().execute("SELECT * FROM sets WHERE id = ?", (set_id,)).fetchone()
        if row is None:
            raise NotFound(f"题集 '{set_id}' 不存在")
        qs = [json.loads(r["data"]) for r in self._db().execute(
            "SELECT data FROM questions WHERE set_id = ? ORDER BY position", (set_id,))]
        return {"id": row["id"], "title": row["title"], "scope": json.loads(row["scope"] or "{}"),
                "created": row["created"], "updated": row["updated"], "questions": qs}

    def list_sets(self) -> list[dict]:
        rows = self._db().execute("SELECT s.id, s.title, s.updated, COUNT(q.id) AS n FROM sets s "
                                  "LEFT JOIN questions q ON q.set_id = s.id GROUP BY s.id ORDER BY s.updated DESC")
        return [{"id": r["id"], "title": r["title"], "updated": r["updated"], "questions": r["n"]} for r in rows]

    def update_question(self, set_id: str, question: dict) -> None:
        db = self._db()
        cur = db.execute("UPDATE questions SET data = ? WHERE set_id = ? AND id = ?",
                         (json.dumps(question, ensure_ascii=False), set_id, question["id"]))
        if cur.rowcount == 0:
            raise NotFound(f"题集 '{set_id}' 中没有题目 '{question['id']}'")
        db.execute("UPDATE sets SET updated = ? WHERE id = ?", (time.time(), set_id))

    # -- rounds ----------------------------------------------------------------------------
    def open_round(self, set_id: str, seconds: int) -> dict:
        self.get_set(set_id)
        round_id = "round-" + secrets.token_hex(5)
        for _ in range(20):
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
            try:
                self._db().execute("INSERT INTO rounds VALUES (?,?,?,?,?,?,?,?)",
                                   (round_id, set_id, code, seconds, "open", -1, None, time.time()))
                return self.round_by_code(code)
            except sqlite3.IntegrityError:
                continue
        raise Conflict("无法分配加入码，请重试")

    def _round(self, where: str, value: str) -> dict:
        r = self._db().execute(f"SELECT * FROM rounds WHERE {where} = ?", (value,)).fetchone()
        if r is None:
            raise NotFound(f"竞赛轮次 '{value}' 不存在")
        return dict(r)

    def round_by_code(self, code: str) -> dict:
        return self._round("code", code)

    def round_by_id(self, round_id: str) -> dict:
        return self._round("id", round_id)

    def join(self, code: str, name: str) -> dict:
        """A new participant under a normalized name; a finished round reads as an unknown code."""
        from .names import name_key
        rnd = self.round_by_code(code)
        if rnd["state"] == "finished":
            raise NotFound(UNKNOWN_CODE)
        pid, token = "p-" + secrets.token_hex(5), secrets.token_urlsafe(16)
        try:
            self._db().execute("INSERT INTO participants (id, round_id, name, token, joined, name_key) VALUES (?,?,?,?,?,?)",
                               (pid, rnd["id"], name, token, time.time(), name_key(name)))
        except sqlite3.IntegrityError:
            raise Conflict(f"name: 本轮已有名为“{name}”（或与之相同写法）的参赛者，请换一个姓名") from None
        return {"participant_id": pid, "token": token, "round_id": rnd["id"], "name": name}

    def live_round(self, code: str, token: str | None = None) -> dict:
        """The round behind a join code as participants may see it: a finished round only to its own
        participants or shortly after it finished; otherwise the same answer as an unknown code."""
        try:
            rnd = self.round_by_code(code)
        except NotFound:
            raise NotFound(UNKNOWN_CODE) from None
        if rnd["state"] == "finished":
            mine = token is not None and self._db().execute(
                "SELECT 1 FROM participants WHERE round_id = ? AND token = ?", (rnd["id"], token)).fetchone()
            if not mine and time.time() - (rnd["question_started"] or 0) > FINISHED_VISIBLE_S:
                raise NotFound(UNKNOWN_CODE)
        return rnd

    def set_locked(self, set_id: str) -> bool:
        """True while a competition may still ask this set's questions: a round on it is not finished,
        or the set was made for competition and none of its rounds has finished yet."""
        states = [r[0] for r in self._db().execute("SELECT state FROM rounds WHERE set_id = ?", (set_id,))]
        if any(s != "finished" for s in states):
            return True
        row = self._db().execute("SELECT scope FROM sets WHERE id = ?", (set_id,)).fetchone()
        purpose = json.loads(row[0] or "{}").get("purpose") if row else None
        return purpose == "competition" and "finished" not in states

    def participant(self, round_id: str, token: str) -> dict:
        r = self._db().execute("SELECT * FROM participants WHERE round_id = ? AND token = ?", (round_id, token)).fetchone()
        if r is None:
            raise NotFound("参赛凭证无效，请重新加入")
        return dict(r)

    def advance(self, round_id: str) -> dict:
        """Start the round or move to the next question; past the last one the round finishes.
        One transaction, so concurrent calls each advance once or are refused, never lost."""
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            rnd = self.round_by_id(round_id)
            if rnd["state"] == "finished":
                raise Conflict("竞赛已结束，不能再进入下一题")
            total = db.execute("SELECT COUNT(*) FROM questions WHERE set_id = ?", (rnd["set_id"],)).fetchone()[0]
            nxt = rnd["current"] + 1
            state = "running" if nxt < total else "finished"
            db.execute("UPDATE rounds SET current = ?, state = ?, question_started = ? WHERE id = ?",
                       (min(nxt, total), state, time.time(), round_id))
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            raise
        return self.round_by_id(round_id)

    def deliver(self, round_id: str, participant_id: str, question_id: str, opened: float) -> float:
        """When this participant first received the open question (at most DELIVERY_GRACE_S after it
        opened): their clock starts here, so queueing before delivery costs them nothing."""
        db = self._db()
        db.execute("INSERT OR IGNORE INTO deliveries VALUES (?,?,?,?)",
                   (round_id, participant_id, question_id, min(time.time(), opened + DELIVERY_GRACE_S)))
        return self.delivered(round_id, participant_id, question_id, opened)

    def delivered(self, round_id: str, participant_id: str, question_id: str, opened: float) -> float:
        row = self._db().execute("SELECT delivered FROM deliveries WHERE round_id = ? AND participant_id = ? AND question_id = ?",
                                 (round_id, participant_id, question_id)).fetchone()
        return row[0] if row else opened

    def record_answer(self, round_id: str, participant_id: str, question: dict, answer: str, seconds: int,
                      started: float, arrived: float | None = None) -> dict:
        """Elapsed time runs from `started` (the participant's delivery) to the request's arrival."""
        elapsed_ms = int(((arrived or time.time()) - started) * 1000)
        if elapsed_ms > seconds * 1000:
            raise Conflict("本题作答时间已到")
        from .questions import is_correct
        correct = is_correct(question, answer)
        points = score(correct, max(0, elapsed_ms), seconds)
        try:
            self._db().execute("INSERT INTO answers VALUES (?,?,?,?,?,?,?,?)",
                               (round_id, participant_id, question["id"], answer, int(correct), max(0, elapsed_ms), points, time.time()))
        except sqlite3.IntegrityError:
            raise Conflict("本题已作答，每题只能提交一次") from None
        return {"correct": correct, "points": points, "elapsed_ms": max(0, elapsed_ms)}

    def leaderboard(self, round_id: str, hidden_question: str | None = None) -> list[dict]:
        """Standings; answers to `hidden_question` (the one still open) do not count yet, so nobody
        learns from the board whether an answer just given was right."""
        rows = self._db().execute(
            "SELECT p.id, p.name, COALESCE(SUM(a.points),0) AS points, COALESCE(SUM(a.correct),0) AS correct, "
            "COUNT(a.question_id) AS answered, COALESCE(SUM(a.elapsed_ms),0) AS time_ms FROM participants p "
            "LEFT JOIN answers a ON a.participant_id = p.id AND a.round_id = p.round_id AND a.question_id IS NOT ? "
            "WHERE p.round_id = ? GROUP BY p.id ORDER BY points DESC, time_ms ASC, p.name", (hidden_question, round_id))
        return [dict(r) | {"rank": i + 1} for i, r in enumerate(rows)]

    def answers(self, round_id: str) -> list[dict]:
        rows = self._db().execute(
            "SELECT p.name, a.question_id, a.answer, a.correct, a.elapsed_ms, a.points FROM answers a "
            "JOIN participants p ON p.id = a.participant_id WHERE a.round_id = ? ORDER BY p.name, a.at", (round_id,))
        return [dict(r) for r in rows]
