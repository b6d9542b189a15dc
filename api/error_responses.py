"""The error responses the OpenAPI document lists, shared by every route: clients (and the
schemathesis run in tests/test_fuzz.py) can rely on each status a route may answer and on the one
error body all of them carry. The schema is given as JSON, not as a model, so a route that answers
HTML (the print view) still documents its errors as JSON."""
from __future__ import annotations

ERROR_BODY = {
    "title": "ErrorBody", "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
        "code": {"type": "string", "description": "machine-readable: invalid_request, not_found, overloaded …"},
        "message": {"type": "string", "description": "what went wrong, naming the field where one is at fault"}}}},
}


def _doc(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ERROR_BODY}}}


# What any /api route may answer: the body cannot be parsed, is too large or invalid; the server sheds load
COMMON = {400: _doc("请求内容无法解析（非 UTF-8 或格式错误）"), 413: _doc("请求内容过大"),
          422: _doc("参数或请求内容不合规（message 以字段名开头）"),
          503: _doc("服务繁忙（带 Retry-After，稍后重试）或索引、后端不可用")}
NOT_FOUND = {404: _doc("所指对象不存在")}
# Question sets and competitions: admin token, locked competition sets, conflicts, join-code guessing
TRAINING = {401: _doc("需要管理员令牌"), 403: _doc("题集正在用于竞赛"), **NOT_FOUND,
            409: _doc("与当前状态冲突（重复作答、题目已结束、姓名已被使用）"),
            429: _doc("尝试加入码次数过多（带 Retry-After）")}
