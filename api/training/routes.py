"""HTTP API for question sets, practice and competitions under /api/training/…"""
from __future__ import annotations

import csv
import html
import io
import time
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path as PathParam, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from ..error_responses import TRAINING
from .generate import DIFFICULTY, KINDS, Scope, generate
from .guard import MissLimiter, TooManyMisses
from .names import BadName, normalize_name
from .questions import is_correct
from .schema import ImportedSet, Kind, unknown_citations
from .store import DELIVERY_GRACE_S, UNKNOWN_CODE, Conflict, NotFound, TrainingStore

PUBLIC_FIELDS = ("id", "kind", "difficulty", "stem", "options")   # nothing that names or points to the answer
PUBLIC_ROUND_FIELDS = ("id", "state", "current", "seconds", "created")
LOCKED = "该题集正在用于竞赛，竞赛结束后才能练习、查看或打印（管理员令牌除外）"
KIND_LABELS = {"threshold": "追诉标准", "threshold_cloze": "追诉标准填空", "article_offense": "条文→罪名", "offense_article": "罪名→条文",
               "case_offense": "案情→罪名", "penalty_provision": "行政处罚依据", "agency": "主管机关", "statute_cloze": "法条填空",
               "typical_case": "典型案例"}


class SetRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=100)
    count: int = Field(default=20, ge=1, le=100)
    kinds: list[Kind] = Field(default_factory=lambda: list(KINDS))
    domain: str | None = Field(default=None, max_length=40)
    offense: str | None = Field(default=None, max_length=80)
    document: str | None = Field(default=None, max_length=120)
    difficulty: Literal["easy", "medium", "hard"] | None = None
    seed: int = Field(default=0, ge=0, le=2**31)
    purpose: Literal["practice", "competition"] = Field(
        default="practice", description="competition: questions and answers stay hidden until a round on the set has finished")


class QuestionEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stem: str | None = Field(default=None, min_length=4, max_length=2000)
    options: list[str] | None = Field(default=None, min_length=2, max_length=6)
    explanation: str | None = Field(default=None, max_length=2000)


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question_id: str = Field(min_length=1, max_length=40)
    answer: str = Field(max_length=200)


class PracticeSummary(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answers: list[Answer] = Field(max_length=200)


class RoundRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    set_id: str = Field(min_length=1, max_length=40)
    seconds_per_question: int = Field(default=30, ge=5, le=600)


class JoinRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=30)


def _public(q: dict) -> dict:
    """What a player may see of a question: never the answer, explanation, offense, citations or
    domains (an offense or cited article is the answer of half the generated questions)."""
    return {k: q[k] for k in PUBLIC_FIELDS if k in q}


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def build_router(get_search, store: TrainingStore, require_admin, limiter: MissLimiter | None = None) -> APIRouter:
    router = APIRouter(prefix="/api/training", tags=["training 岗位练兵与竞赛"], responses=TRAINING)
    admin = [Depends(require_admin)]
    limiter = limiter or MissLimiter()

    def is_admin(authorization: str | None, x_admin_token: str | None) -> bool:
        try:
            require_admin(authorization=authorization, x_admin_token=x_admin_token)
        except HTTPException:
            return False
        return True

    def practice_set(set_id: str, authorization: str | None, x_admin_token: str | None) -> dict:
        """The set for practice, check, summary or print: refused while a competition may ask it."""
        data = store.get_set(set_id)
        if store.set_locked(set_id) and not is_admin(authorization, x_admin_token):
            raise HTTPException(403, LOCKED)
        return data

    def live_round(request: Request, code: str, token: str | None = None) -> dict:
        """The round behind a join code; unknown and long-finished codes look the same and count
        as misses against the client."""
        client = _client(request)
        limiter.check(client)
        try:
            return store.live_round(code.upper(), token)
        except NotFound:
            limiter.miss(client)
            raise

    def participant_of(request: Request, rnd: dict, token: str) -> dict:
        """The participant behind a token; a wrong token counts as a miss too (it would otherwise tell
        a guessed code that exists from one that does not)."""
        try:
            return store.participant(rnd["id"], token)
        except NotFound:
            limiter.miss(_client(request))
            raise

    def errors(fn):
        import functools

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except NotFound as exc:
                raise HTTPException(404, str(exc)) from None
            except Conflict as exc:
                raise HTTPException(409, str(exc)) from None
            except BadName as exc:
                raise HTTPException(422, str(exc)) from None
            except TooManyMisses as exc:
                raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
        return wrapper

    def question_of(set_data: dict, qid: str) -> dict:
        q = next((q for q in set_data["questions"] if q["id"] == qid), None)
        if q is None:
            raise NotFound(f"question_id: 题集 '{set_data['id']}' 中没有题目 '{qid}'")
        return q

    @router.post("/sets", dependencies=admin, summary="按范围生成并保存题集")
    @errors
    def create_set(req: SetRequest):
        search = get_search()
        scope = Scope(count=req.count, kinds=tuple(req.kinds), domain=req.domain, offense=req.offense,
                      document=req.document, difficulty=req.difficulty, seed=req.seed)
        questions, stats = generate(search.graph, search.units, scope)
        if not questions:
            raise HTTPException(422, "该范围内无法生成题目，请放宽领域、罪名或难度")
        set_id = store.save_set(req.title, req.model_dump(exclude={"title"}), [q.to_dict() for q in questions])
        return store.get_set(set_id) | {"generation": stats}

    @router.get("/sets", summary="题集列表")
    def list_sets():
        return {"sets": [s | {"locked": store.set_locked(s["id"])} for s in store.list_sets()]}

    @router.get("/sets/{set_id}", summary="题集（不含答案；竞赛中的题集须管理员令牌）")
    @errors
    def get_set(set_id: Annotated[str, PathParam(max_length=40)], authorization: str | None = Header(default=None),
                x_admin_token: str | None = Header(default=None)):
        data = practice_set(set_id, authorization, x_admin_token)
        return data | {"questions": [_public(q) for q in data["questions"]]}

    @router.get("/sets/{set_id}/export", dependencies=admin, summary="导出题集 JSON（含答案与出处）")
    @errors
    def export_set(set_id: Annotated[str, PathParam(max_length=40)]):
        return store.get_set(set_id)

    @router.post("/sets/import", dependencies=admin, summary="导入题集 JSON")
    @errors
    def import_set(data: ImportedSet):
        units = get_search().units
        bad = unknown_citations(data.questions, lambda u: units.unit(u) is not None)
        if bad:
            raise HTTPException(422, bad)
        return store.get_set(store.save_set(data.title, data.scope, [q.model_dump() for q in data.questions]))

    @router.put("/sets/{set_id}/questions/{question_id}", dependencies=admin, summary="修改题目措辞")
    @errors
    def edit_question(set_id: Annotated[str, PathParam(max_length=40)], question_id: Annotated[str, PathParam(max_length=40)],
                      edit: QuestionEdit):
        q = question_of(store.get_set(set_id), question_id)
        changes = edit.model_dump(exclude_none=True)
        if "options" in changes and q["answer"] not in changes["options"]:
            raise HTTPException(422, "options: 修改后的选项必须仍包含答案")
        q.update(changes)
        store.update_question(set_id, q)
        return q

    @router.post("/sets/{set_id}/check", summary="练习：提交一题，返回对错、答案与出处（竞赛中的题集须管理员令牌）")
    @errors
    def check(set_id: Annotated[str, PathParam(max_length=40)], ans: Answer, authorization: str | None = Header(default=None),
              x_admin_token: str | None = Header(default=None)):
        q = question_of(practice_set(set_id, authorization, x_admin_token), ans.question_id)
        units = get_search().units
        sources = [{"unit_id": u, "label": f"{x['doc_title']}{x['label'] or ''}" if (x := units.unit(u)) else u,
                    "source": x["source"] if x else None} for u in q["citations"]]
        return {"correct": is_correct(q, ans.answer), "answer": q["answer"], "explanation": q["explanation"],
                "citations": sources}

    @router.post("/sets/{set_id}/summary", summary="练习小结：按题型和领域统计薄弱环节")
    @errors
    def summary(set_id: Annotated[str, PathParam(max_length=40)], body: PracticeSummary,
                authorization: str | None = Header(default=None), x_admin_token: str | None = Header(default=None)):
        data = practice_set(set_id, authorization, x_admin_token)
        by_kind: dict[str, list[int]] = {}
        by_domain: dict[str, list[int]] = {}
        for a in body.answers:
            q = question_of(data, a.question_id)
            ok = int(is_correct(q, a.answer))
            for key, bucket in ((KIND_LABELS.get(q["kind"], q["kind"]), by_kind), *[(d, by_domain) for d in q.get("domains") or []]):
                bucket.setdefault(key, [0, 0])
                bucket[key][0] += ok
                bucket[key][1] += 1
        rate = lambda b: [{"name": k, "correct": c, "total": t, "rate": round(c / t, 3)} for k, (c, t) in sorted(b.items(), key=lambda kv: kv[1][0] / kv[1][1])]
        total = len(body.answers)
        right = sum(int(is_correct(question_of(data, a.question_id), a.answer)) for a in body.answers)
        return {"answered": total, "correct": right, "by_kind": rate(by_kind), "by_domain": rate(by_domain),
                "weak": [x["name"] for x in rate(by_kind) + rate(by_domain) if x["rate"] < 0.6]}

    @router.get("/sets/{set_id}/print", response_class=HTMLResponse, summary="打印版（试卷、答题卡；管理员令牌可附答案）")
    @errors
    def print_view(set_id: Annotated[str, PathParam(max_length=40)], key: bool = False,
                   authorization: str | None = Header(default=None), x_admin_token: str | None = Header(default=None)):
        if key:
            require_admin(authorization=authorization, x_admin_token=x_admin_token)
        data = practice_set(set_id, authorization, x_admin_token)
        e = html.escape
        items = []
        for i, q in enumerate(data["questions"], start=1):
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

    # -- competitions -------------------------------------------------------------------------
    @router.post("/rounds", dependencies=admin, summary="开设竞赛轮次（返回加入码）")
    @errors
    def open_round(req: RoundRequest):
        return store.open_round(req.set_id, req.seconds_per_question)

    @router.post("/rounds/{round_id}/next", dependencies=admin, summary="开始或进入下一题")
    @errors
    def next_question(round_id: Annotated[str, PathParam(max_length=40)]):
        return store.advance(round_id)

    @router.post("/join/{code}", summary="参赛者用加入码和姓名加入")
    @errors
    def join(request: Request, code: Annotated[str, PathParam(min_length=6, max_length=6)], req: JoinRequest):
        name = normalize_name(req.name)
        rnd = live_round(request, code)
        return store.join(rnd["code"], name)

    def open_question(rnd: dict) -> dict | None:
        if rnd["state"] != "running":
            return None
        return store.get_set(rnd["set_id"])["questions"][rnd["current"]]

    @router.get("/play/{code}", summary="参赛者：当前题目与剩余时间（带 X-Participant-Token 时从送达时计时）")
    @errors
    def current(request: Request, code: Annotated[str, PathParam(min_length=6, max_length=6)],
                x_participant_token: Annotated[str | None, Header(max_length=64)] = None):
        rnd = live_round(request, code, x_participant_token)
        q = open_question(rnd)
        body = {"state": rnd["state"], "index": rnd["current"], "seconds": rnd["seconds"]}
        if q:
            opened = rnd["question_started"]
            if x_participant_token:
                who = participant_of(request, rnd, x_participant_token)
                opened = store.deliver(rnd["id"], who["id"], q["id"], opened)
            body |= {"question": _public(q), "remaining_s": max(0.0, round(rnd["seconds"] - (time.time() - opened), 1))}
        return body

    @router.post("/play/{code}/answer", summary="参赛者作答（每题一次；对错在本题结束后计入排行榜）")
    @errors
    def answer(request: Request, code: Annotated[str, PathParam(min_length=6, max_length=6)], ans: Answer,
               x_participant_token: Annotated[str, Header(min_length=8, max_length=64)]):
        arrived = getattr(request.state, "arrived", None) or time.time()
        rnd = live_round(request, code, x_participant_token)
        if rnd["state"] == "finished":
            raise NotFound(UNKNOWN_CODE)     # a finished round takes no answers, and says no more than an unknown code
        q = open_question(rnd)
        if q is None:
            raise Conflict("竞赛尚未开始，暂无可作答的题目")
        if q["id"] != ans.question_id:
            raise Conflict("question_id: 该题不是当前正在作答的题目")
        who = participant_of(request, rnd, x_participant_token)
        started = store.delivered(rnd["id"], who["id"], q["id"], rnd["question_started"])
        result = store.record_answer(rnd["id"], who["id"], q, ans.answer, rnd["seconds"], started, arrived)
        # right or wrong stays secret until the question closes: a second account would learn the answer
        return {"accepted": True, "question_id": q["id"], "elapsed_ms": result["elapsed_ms"]}

    @router.get("/rounds/{round_id}/leaderboard", summary="实时排行榜（正在作答的题目结束后计分）")
    @errors
    def leaderboard(round_id: Annotated[str, PathParam(max_length=40)]):
        rnd = store.round_by_id(round_id)
        q = open_question(rnd)
        still_open = q is not None and time.time() < rnd["question_started"] + rnd["seconds"] + DELIVERY_GRACE_S
        return {"round": {k: rnd[k] for k in PUBLIC_ROUND_FIELDS},
                "leaderboard": store.leaderboard(round_id, q["id"] if still_open else None)}

    @router.get("/rounds/{round_id}/results.csv", dependencies=admin, summary="成绩导出 CSV")
    @errors
    def results_csv(round_id: Annotated[str, PathParam(max_length=40)]):
        store.round_by_id(round_id)
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["rank", "name", "points", "correct", "answered", "time_ms"])
        for r in store.leaderboard(round_id):
            w.writerow([r["rank"], r["name"], r["points"], r["correct"], r["answered"], r["time_ms"]])
        w.writerow([])
        w.writerow(["name", "question_id", "answer", "correct", "elapsed_ms", "points"])
        for a in store.answers(round_id):
            w.writerow([a["name"], a["question_id"], a["answer"], a["correct"], a["elapsed_ms"], a["points"]])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f"attachment; filename={round_id}.csv"})

    return router


__all__ = ["build_router", "DIFFICULTY"]
