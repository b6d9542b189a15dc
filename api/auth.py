"""The admin token that write endpoints require (Authorization: Bearer <token> or X-Admin-Token).

When XIANJIE_ADMIN_TOKEN is not set, a random token is created once in the data directory
(var/admin_token, readable by its owner only) and its path is printed at start-up.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from fastapi import Header, HTTPException


def load_or_create_token(configured: str | None, data_dir: Path) -> str:
    if configured:
        return configured
    path = Path(data_dir) / "admin_token"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    print(f"admin token created in {path} (set XIANJIE_ADMIN_TOKEN to choose your own)", flush=True)
    return token


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison of UTF-8 bytes: header values arrive as Latin-1 text, and
    compare_digest refuses non-ASCII str (a TypeError, which was a 500 for `X-Admin-Token: é`)."""
    return secrets.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


def admin_dependency(expected: str):
    """A FastAPI dependency that accepts the request only with the admin token."""
    def check(authorization: str | None = Header(default=None), x_admin_token: str | None = Header(default=None)):
        given = x_admin_token or (authorization[7:] if authorization and authorization.startswith("Bearer ") else None)
        if not given or not _same(given, expected):
            raise HTTPException(status_code=401, detail="该操作需要管理员令牌（Authorization: Bearer … 或 X-Admin-Token）")
    return check
