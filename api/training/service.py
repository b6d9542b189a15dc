"""Question sets, practice and competitions as a service: typed requests in, the response models out,
domain errors (NotFound, Conflict, Locked, Invalid, BadName, TooManyMisses) instead of HTTP statuses,
so the routes only translate. Who is an admin is decided by the caller and passed in."""
from __future__ import annotations

import csv
import html
import io
import time

from indexer.search import SearchService

from ..models.base import typed
from ..models.training import (Accepted, Answer, CheckResult, GeneratedSet, Joined, JoinRequest, Leaderboard, Play,
                               PracticeSummary, PublicSet, Question, QuestionEdit, QuestionSet, Round, RoundRequest,
                               SetList, SetRequest, SummaryResult)
from .generate import Scope, generate
from .guard import MissLimiter
from .names import normalize_name
from .questions import is_correct
from .schema import ImportedSet, unknown_citations
from .store import DELIVERY_GRACE_S, UNKNOWN_CODE, Conflict, NotFound, TrainingStore

PUBLIC_FIELDS = ("id", "kind", "difficulty", "stem", "options")   # nothing that names or points to the answer
PUBLIC_ROUND_FIELDS = ("id", "state", "current", "seconds", "created")
LOCKED = "该题集正在用于竞赛，竞赛结束后才能练习、查看或打印（管理员令牌除外）"
KIND_LABELS = {"threshold": "追诉标准", "threshold_cloze": "追诉标准填空", "article_offense": "条文→罪名", "offense_article": "罪名→条文",
               "case_offense": "案情→罪名", "penalty_provision": "行政处罚依据", "agency": "主管机关", "statute_cloze": "法条填空",
               "typical_case": "典型案例"}
WEAK_RATE = 0.6


class Locked(Exception):
    """The set is in use by a competition: hidden from players until a round on it has finished."""


class Invalid(Exception):
    """A request that cannot be carried out as asked; the message names the field where one is at fault."""


def public(q: dict) -> dict:
    """What a player may see of a question: never the answer, explanation, offense, citations or
    domains (an offense or cited article is the answer of half the generated questions)."""
    return {k: q[k] for k in PUBLIC_FIELDS if k in q}


def _question_of(set_data: dict, qid: str) -> dict:
    q = next((q for q in set_data["questions"] if q["id"] == qid), None)
    if q is None:
        raise NotFound(f"question_id: 题集 '{set_data['id']}' 中没有题目 '{qid}'")
    return q


def _rates(buckets: dict[str, list[int]]) -> list[dict]:
    return [{"name": k, "correct": c, "total": t, "rate": round(c / t, 3)}
            for k, (c, t) in sorted(buckets.items(), key=lambda kv: kv[1][0] / kv[1][1])]


class TrainingService:
    def __init__(self, search: SearchService, store: TrainingStore, limiter: MissLimiter | None = None):
        self.search = search
        self.store = store
        self.limiter = limiter or MissLimiter()

    # -- question sets ----------------------------------------------------------------------
    def create_set(self, req: SetRequest) -> GeneratedSet:
        scope = Scope(count=req.count, kinds=tuple(req.kinds), domain=req.domain, offense=req.offense,
                      document=req.document, difficulty=req.difficulty, seed=req.seed)
        questions, stats = generate(self.search.graph, self.search.units, scope)
        if not questions:
            raise Invalid("该范围内无法生成题目，请放宽领域、罪名或难度")
        set_id = self.store.save_set(req.title, req.model_dump(exclude={"title"}), [q.to_dict() for q in questions])
        return typed(GeneratedSet, self.store.get_set(set_id) | {"generation": stats})

    def list_sets(self) -> SetList:
        return typed(SetList, {"sets": [s | {"locked": self.store.set_locked(s["id"])} for s in self.store.list_sets()]})

    def _practice_set(self, set_id: str, admin: bool) -> dict:
        """The set for practice, check, summary or print: refused while a competition may ask it."""
        data = self.store.get_set(set_id)
        if self.store.set_locked(set_id) and not admin:
            raise Locked(LOCKED)
        return data

    def public_set(self, set_id: str, admin: bool) -> PublicSet:
        data = self._practice_set(set_id, admin)
        return typed(PublicSet, data | {"questions": [public(q) for q in data["questions"]]})

    def export_set(self, set_id: str) -> QuestionSet:
        return typed(QuestionSet, self.store.get_set(set_id))

    def import_set(self, data: ImportedSet) -> QuestionSet:
        units = self.search.units
        bad = unknown_citations(data.questions, lambda u: units.unit(u) is not None)
        if bad:
            raise Invalid(bad)
        set_id = self.store.save_set(data.title, data.scope, [q.model_dump() for q in data.questions])
        return typed(QuestionSet, self.store.get_set(set_id))

    def edit_question(self, set_id: str, question_id: str, edit: QuestionEdit) -> Question:
        q = _question_of(self.store.get_set(set_id), question_id)
        changes = edit.model_dump(exclude_none=True)
        if "options" in changes and q["answer"] not in changes["options"]:
            raise Invalid("options: 修改后的选项必须仍包含答案")
        q.update(changes)
        self.store.update_question(set_id, q)
        return typed(Question, q)

    # -- practice ---------------------------------------------------------------------------
    def check(self, set_id: str, ans: Answer, admin: bool) -> CheckResult:
        """Right or wrong, with the answer and the articles that prove it."""
        q = _question_of(self._practice_set(set_id, admin), ans.question_id)
        units = self.search.units
        sources = [{"unit_id": u, "label": f"{x['doc_title']}{x['label'] or ''}" if (x := units.unit(u)) else u,
                    "source": x["source"] if x else None} for u in q["citations"]]
        return typed(CheckResult, {"correct": is_correct(q, ans.answer), "answer": q["answer"],
                                   "explanation": q["explanation"], "citations": sources})

    def summary(self, set_id: str, body: PracticeSummary, admin: bool) -> SummaryResult:
        """Correct answers by question kind and by domain, weakest first."""
        data = self._practice_set(set_id, admin)
        by_kind: dict[str, list[int]] = {}
        by_domain: dict[str, list[int]] = {}
        right = 0
        for a in body.answers:
            q = _question_of(data, a.question_id)
            ok = int(is_correct(q, a.answer))
            right += ok
            for key, bucket in ((KIND_LABELS.get(q["kind"], q["kind"]), by_kind), *[(d, by_domain) for d in q.get("domains") or []]):
                bucket.setdefault(key, [0, 0])
                bucket[key][0] += ok
                bucket[key][1] += 1
        kinds, domains = _rates(by_kind), _rates(by_domain)
        return typed(SummaryResult, {"answered": len(body.answers), "correct": right, "by_kind": kinds, "by_domain": domains,
                                     "weak": [x["name"] for x in kinds + domains if x["rate"] < WEAK_RATE]})

    def print_html(self, set_id: str, key: bool, admin: bool) -> str:
        """The paper: questions, an answer sheet, and (key) the answers with their sources."""
        data = self._practice_set(set_id, admin)
        e = html.escape
        items = []
        for q in data["questions"]:
            opts = "".join(f"<li>{'ABCD'[j]}. {e(o)}</li>" for j, o in enumerate(q.get("options") or []))
            items.append(f"<li class='q'><p>{e(q['stem']).replace(chr(10), '<br>')}</p><ol class='opts'>{opts}</ol></li>")
        sheet = "".join(f"<td>{i}</td><td class='blank'></td>" + ("</tr><tr>" if i % 5 == 0 else "")
                        for i in range(1, len(data["questions"]) + 1))
        answer_key = ""
        if key:
            rows = "".join(f"<tr><td>{i}</td><td>{e(q['answer'])}</td><td>{e(', '.join(q['citations']))}</td></tr>"
                           for i, q in enumerate(data["questions"], start=1))
            answer_key = f"<h2 class='break'>答案与出处</h2><table class='key'><tr><th>题号</th><th>答案</th><th>出处</th></tr>{rows}</table>"
        return (f"<!doctype html><html lang='zh-CN'><meta charset='utf-8'><title>{e(data['title'])}</title>"
                "<style>body{font:15px/1.7 serif;max-width:800px;margin:2rem auto}.opts{list-style:none}"
                ".sheet td{border:1px solid #333;padding:.3rem .6rem}.sheet .blank{width:3rem}.key td,.key th{border:1px solid #999;padding:.2rem .5rem}"
                "@media print{.break{page-break-before:always}}</style>"
                f"<h1>{e(data['title'])}</h1><p>姓名：________ 单位：________ 得分：________</p><ol>{''.join(items)}</ol>"
                f"<h2 class='break'>答题卡</h2><table class='sheet'><tr>{sheet}</tr></table>{answer_key}</html>")

    # -- competitions -----------------------------------------------------------------------
    def open_round(self, req: RoundRequest) -> Round:
        return typed(Round, self.store.open_round(req.set_id, req.seconds_per_question))

    def next_question(self, round_id: str) -> Round:
        return typed(Round, self.store.advance(round_id))

    def _live_round(self, client: str, code: str, token: str | None = None) -> dict:
        """The round behind a join code; unknown and long-finished codes look the same and count
        as misses against the client."""
        self.limiter.check(client)
        try:
            return self.store.live_round(code.upper(), token)
        except NotFound:
            self.limiter.miss(client)
            raise

    def _participant(self, client: str, rnd: dict, token: str) -> dict:
        """The participant behind a token; a wrong token counts as a miss too (it would otherwise tell
        a guessed code that exists from one that does not)."""
        try:
            return self.store.participant(rnd["id"], token)
        except NotFound:
            self.limiter.miss(client)
            raise

    def _open_question(self, rnd: dict) -> dict | None:
        if rnd["state"] != "running":
            return None
        return self.store.get_set(rnd["set_id"])["questions"][rnd["current"]]

    def join(self, client: str, code: str, req: JoinRequest) -> Joined:
        name = normalize_name(req.name)
        rnd = self._live_round(client, code)
        return typed(Joined, self.store.join(rnd["code"], name))

    def play(self, client: str, code: str, token: str | None) -> Play:
        """The open question and the time left, timed from when it reached this participant."""
        rnd = self._live_round(client, code, token)
        q = self._open_question(rnd)
        body = {"state": rnd["state"], "index": rnd["current"], "seconds": rnd["seconds"]}
        if q:
            opened = rnd["question_started"]
            if token:
                who = self._participant(client, rnd, token)
                opened = self.store.deliver(rnd["id"], who["id"], q["id"], opened)
            body |= {"question": public(q), "remaining_s": max(0.0, round(rnd["seconds"] - (time.time() - opened), 1))}
        return typed(Play, body)

    def answer(self, client: str, code: str, ans: Answer, token: str, arrived: float) -> Accepted:
        rnd = self._live_round(client, code, token)
        if rnd["state"] == "finished":
            raise NotFound(UNKNOWN_CODE)     # a finished round takes no answers, and says no more than an unknown code
        q = self._open_question(rnd)
        if q is None:
            raise Conflict("竞赛尚未开始，暂无可作答的题目")
        if q["id"] != ans.question_id:
            raise Conflict("question_id: 该题不是当前正在作答的题目")
        who = self._participant(client, rnd, token)
        started = self.store.delivered(rnd["id"], who["id"], q["id"], rnd["question_started"])
        result = self.store.record_answer(rnd["id"], who["id"], q, ans.answer, rnd["seconds"], started, arrived)
        # right or wrong stays secret until the question closes: a second account would learn the answer
        return typed(Accepted, {"accepted": True, "question_id": q["id"], "elapsed_ms": result["elapsed_ms"]})

    def leaderboard(self, round_id: str) -> Leaderboard:
        rnd = self.store.round_by_id(round_id)
        q = self._open_question(rnd)
        still_open = q is not None and time.time() < rnd["question_started"] + rnd["seconds"] + DELIVERY_GRACE_S
        return typed(Leaderboard, {"round": {k: rnd[k] for k in PUBLIC_ROUND_FIELDS},
                                   "leaderboard": self.store.leaderboard(round_id, q["id"] if still_open else None)})

    def results_csv(self, round_id: str) -> str:
        self.store.round_by_id(round_id)
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["rank", "name", "points", "correct", "answered", "time_ms"])
        for r in self.store.leaderboard(round_id):
            w.writerow([r["rank"], r["name"], r["points"], r["correct"], r["answered"], r["time_ms"]])
        w.writerow([])
        w.writerow(["name", "question_id", "answer", "correct", "elapsed_ms", "points"])
        for a in self.store.answers(round_id):
            w.writerow([a["name"], a["question_id"], a["answer"], a["correct"], a["elapsed_ms"], a["points"]])
        return out.getvalue()
