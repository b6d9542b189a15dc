"""HTTP API for question sets, practice and competitions under /api/training/…: each route parses,
checks the admin token where needed, calls TrainingService and translates its errors to statuses."""
from __future__ import annotations

import functools
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Path as PathParam, Request
from fastapi.responses import HTMLResponse, Response

from ..deps import Admin, require_admin
from ..error_responses import TRAINING
from ..models.training import (Accepted, Answer, CheckResult, GeneratedSet, Joined, JoinRequest, Leaderboard, Play,
                               PracticeSummary, PublicSet, Question, QuestionEdit, QuestionSet, Round, RoundRequest,
                               SetList, SetRequest, SummaryResult)
from ..routes.common import rendered
from .guard import TooManyMisses
from .names import BadName
from .schema import ImportedSet
from .service import Invalid, Locked, TrainingService
from .store import Conflict, NotFound

SetId = Annotated[str, PathParam(max_length=40)]
Code = Annotated[str, PathParam(min_length=6, max_length=6)]
CSV = {200: {"content": {"text/csv": {}}, "description": "成绩 CSV"}}


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _translated(fn):
    """The service's errors as HTTP statuses (the error body carries the message)."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from None
        except Locked as exc:
            raise HTTPException(403, str(exc)) from None
        except Conflict as exc:
            raise HTTPException(409, str(exc)) from None
        except (BadName, Invalid) as exc:
            raise HTTPException(422, str(exc)) from None
        except TooManyMisses as exc:
            raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
    return wrapper


def build_router(training: TrainingService) -> APIRouter:
    router = APIRouter(prefix="/api/training", tags=["training 岗位练兵与竞赛"], responses=TRAINING)
    admin = [Depends(require_admin)]

    @router.post("/sets", dependencies=admin, summary="按范围生成并保存题集", response_model=GeneratedSet)
    @_translated
    def create_set(req: SetRequest):
        return rendered(training.create_set(req))

    @router.get("/sets", summary="题集列表", response_model=SetList)
    def list_sets():
        return rendered(training.list_sets())

    @router.get("/sets/{set_id}", summary="题集（不含答案；竞赛中的题集须管理员令牌）", response_model=PublicSet)
    @_translated
    def get_set(set_id: SetId, is_admin: Admin):
        return rendered(training.public_set(set_id, is_admin))

    @router.get("/sets/{set_id}/export", dependencies=admin, summary="导出题集 JSON（含答案与出处）", response_model=QuestionSet)
    @_translated
    def export_set(set_id: SetId):
        return rendered(training.export_set(set_id))

    @router.post("/sets/import", dependencies=admin, summary="导入题集 JSON", response_model=QuestionSet)
    @_translated
    def import_set(data: ImportedSet):
        return rendered(training.import_set(data))

    @router.put("/sets/{set_id}/questions/{question_id}", dependencies=admin, summary="修改题目措辞", response_model=Question)
    @_translated
    def edit_question(set_id: SetId, question_id: SetId, edit: QuestionEdit):
        return rendered(training.edit_question(set_id, question_id, edit))

    @router.post("/sets/{set_id}/check", summary="练习：提交一题，返回对错、答案与出处（竞赛中的题集须管理员令牌）",
                 response_model=CheckResult)
    @_translated
    def check(set_id: SetId, ans: Answer, is_admin: Admin):
        return rendered(training.check(set_id, ans, is_admin))

    @router.post("/sets/{set_id}/summary", summary="练习小结：按题型和领域统计薄弱环节", response_model=SummaryResult)
    @_translated
    def summary(set_id: SetId, body: PracticeSummary, is_admin: Admin):
        return rendered(training.summary(set_id, body, is_admin))

    @router.get("/sets/{set_id}/print", response_class=HTMLResponse, summary="打印版（试卷、答题卡；管理员令牌可附答案）")
    @_translated
    def print_view(request: Request, set_id: SetId, is_admin: Admin, key: bool = False):
        if key and not is_admin:
            require_admin(request, None, None)      # the answer key: the 401 with its message
        return training.print_html(set_id, key, is_admin)

    # -- competitions -------------------------------------------------------------------------
    @router.post("/rounds", dependencies=admin, summary="开设竞赛轮次（返回加入码）", response_model=Round)
    @_translated
    def open_round(req: RoundRequest):
        return rendered(training.open_round(req))

    @router.post("/rounds/{round_id}/next", dependencies=admin, summary="开始或进入下一题", response_model=Round)
    @_translated
    def next_question(round_id: SetId):
        return rendered(training.next_question(round_id))

    @router.post("/join/{code}", summary="参赛者用加入码和姓名加入", response_model=Joined)
    @_translated
    def join(request: Request, code: Code, req: JoinRequest):
        return rendered(training.join(_client(request), code, req))

    @router.get("/play/{code}", summary="参赛者：当前题目与剩余时间（带 X-Participant-Token 时从送达时计时）", response_model=Play)
    @_translated
    def current(request: Request, code: Code, x_participant_token: Annotated[str | None, Header(max_length=64)] = None):
        return rendered(training.play(_client(request), code, x_participant_token))

    @router.post("/play/{code}/answer", summary="参赛者作答（每题一次；对错在本题结束后计入排行榜）", response_model=Accepted)
    @_translated
    def answer(request: Request, code: Code, ans: Answer,
               x_participant_token: Annotated[str, Header(min_length=8, max_length=64)]):
        arrived = getattr(request.state, "arrived", None) or time.time()
        return rendered(training.answer(_client(request), code, ans, x_participant_token, arrived))

    @router.get("/rounds/{round_id}/leaderboard", summary="实时排行榜（正在作答的题目结束后计分）", response_model=Leaderboard)
    @_translated
    def leaderboard(round_id: SetId):
        return rendered(training.leaderboard(round_id))

    @router.get("/rounds/{round_id}/results.csv", dependencies=admin, summary="成绩导出 CSV", response_class=Response,
                responses=CSV)
    @_translated
    def results_csv(round_id: SetId):
        return Response(training.results_csv(round_id), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f"attachment; filename={round_id}.csv"})

    return router
