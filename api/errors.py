"""The one error body every failure answers with ({"error": {"code", "message"}}), and the handlers
that turn exceptions into it: messages in Chinese, naming the field at fault where there is one."""
from __future__ import annotations

import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from indexer.search import IndexUnavailable, UnknownFilterValue
from indexer.stores.base import EngineUnavailable

HTTP_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 409: "conflict",
              413: "body_too_large", 422: "invalid_request", 429: "rate_limited"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"code": code, "message": message}}, headers=headers)


def _limit(ctx: dict, key: str) -> str:
    value = ctx.get(key)
    return str(value) if value is not None else "?"


# pydantic error type → Chinese message (ctx holds the limit or the allowed values)
MESSAGES = {
    "missing": lambda ctx: "缺少该字段",
    "extra_forbidden": lambda ctx: "未知字段",
    "string_too_short": lambda ctx: "不能为空" if ctx.get("min_length") == 1 else f"长度须不少于 {_limit(ctx, 'min_length')} 个字符",
    "string_too_long": lambda ctx: f"长度须不超过 {_limit(ctx, 'max_length')} 个字符",
    "too_short": lambda ctx: f"须至少有 {_limit(ctx, 'min_length')} 项",
    "too_long": lambda ctx: f"至多 {_limit(ctx, 'max_length')} 项",
    "greater_than_equal": lambda ctx: f"须不小于 {_limit(ctx, 'ge')}",
    "less_than_equal": lambda ctx: f"须不大于 {_limit(ctx, 'le')}",
    "greater_than": lambda ctx: f"须大于 {_limit(ctx, 'gt')}",
    "less_than": lambda ctx: f"须小于 {_limit(ctx, 'lt')}",
    "literal_error": lambda ctx: f"须为以下之一：{_limit(ctx, 'expected').replace(' or ', ', ')}",
    "enum": lambda ctx: f"须为以下之一：{_limit(ctx, 'expected').replace(' or ', ', ')}",
    "string_pattern_mismatch": lambda ctx: f"格式不符（须匹配 {_limit(ctx, 'pattern')}）",
    "string_type": lambda ctx: "须为字符串",
    "string_unicode": lambda ctx: "须为有效的 Unicode 字符串",
    "int_type": lambda ctx: "须为整数", "int_parsing": lambda ctx: "须为整数", "int_from_float": lambda ctx: "须为整数",
    "int_parsing_size": lambda ctx: "整数超出范围",
    "float_type": lambda ctx: "须为数字", "float_parsing": lambda ctx: "须为数字", "finite_number": lambda ctx: "须为有限数字",
    "bool_type": lambda ctx: "须为 true 或 false", "bool_parsing": lambda ctx: "须为 true 或 false",
    "list_type": lambda ctx: "须为列表", "dict_type": lambda ctx: "须为对象", "model_type": lambda ctx: "须为对象",
    "model_attributes_type": lambda ctx: "须为对象", "json_invalid": lambda ctx: "JSON 格式错误",
    "json_type": lambda ctx: "须为 JSON", "none_required": lambda ctx: "须为空值",
}


def _message(err: dict) -> str:
    kind = err.get("type", "")
    if kind == "value_error":       # our own validators' messages, already Chinese
        return str(err.get("msg", "取值无效")).removeprefix("Value error, ")
    if kind in MESSAGES:
        return MESSAGES[kind](err.get("ctx") or {})
    if kind.startswith(("date", "datetime")):
        return "须为有效日期（YYYY-MM-DD）"
    return f"取值无效（{kind or 'invalid'}）"


def validation_message(errors: list[dict]) -> str:
    """'field: message; …' for every failed check, nested fields dotted (questions.0.id)."""
    parts = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path")]
        field = ".".join(loc) or "request"
        msg = _message(err)
        if err.get("type") == "value_error" and re.match(r"^[\w.]+: ", msg):
            field, msg = msg.split(": ", 1)     # a model check that names its own field
            field = ".".join([*loc, field]) if loc else field
        parts.append(f"{field}: {msg}")
    return "; ".join(parts)


def allowed_methods(app: FastAPI, scope: dict) -> str:
    """Every method some route serves at this request's path, for the Allow header of a 405."""
    allowed = [m for m in ("GET", "POST", "PUT", "DELETE", "PATCH")
               if any(route.matches({**scope, "method": m})[0] == Match.FULL for route in app.router.routes)]
    return ", ".join(allowed)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError):
        return error_response(422, "invalid_request", validation_message(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = HTTP_CODES.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(app, request.scope) or headers.get("Allow", "")
            return error_response(405, code, f"不支持 {request.method} 方法（可用：{headers['Allow']}）", headers)
        if exc.status_code == 404 and exc.detail == "Not Found":
            return error_response(404, code, "未找到该地址", headers)
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            return error_response(400, "invalid_body", "请求内容无法解析：须为 UTF-8 编码的 JSON", headers or None)
        return error_response(exc.status_code, code, str(exc.detail), headers or None)

    @app.exception_handler(IndexUnavailable)
    async def _no_index(_: Request, exc: IndexUnavailable):
        return error_response(503, "index_unavailable", f"索引不可用：{exc}")

    @app.exception_handler(EngineUnavailable)
    async def _engine_down(_: Request, exc: EngineUnavailable):
        return error_response(503, "engine_unavailable", f"检索后端不可用：{exc}")

    @app.exception_handler(UnknownFilterValue)
    async def _bad_filter(_: Request, exc: UnknownFilterValue):
        return error_response(422, "invalid_filter", f"{exc.field}: 取值无效（{exc}）")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception):
        return error_response(500, "internal_error", f"服务器内部错误（{type(exc).__name__}）")
