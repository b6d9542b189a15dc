"""One ASGI middleware for what every request needs before the application sees it: its arrival
time (competition timing must not include queueing), a body-size limit (413), load shedding per
endpoint class (503 with Retry-After instead of an unbounded queue), heavy work skipped for a
client that has already gone, and security headers."""
from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field

import anyio
from starlette.exceptions import HTTPException

log = logging.getLogger("xianjie.load")

MAX_BODY_BYTES = 256 * 1024
MAX_BODY_BYTES_BY_PATH = {"/api/training/sets/import": 4 * 1024 * 1024}   # 200 questions with long case facts
LONG_TEXT_BYTES = 1500      # a POST search body above this is pasted facts: heavy
LONG_QUERY_CHARS = 300      # the same for GET /api/search?q=…

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
            "object-src 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"x-frame-options", b"DENY"), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin")]
HEAVY_ROUTES = (("POST", re.compile(r"^/api/consult$")), ("POST", re.compile(r"^/api/cases/similar$")),
                ("GET", re.compile(r"^/api/cases/[^/]+/similar$")), ("POST", re.compile(r"^/api/training/sets$")))


@dataclass
class Pool:
    """At most `running` requests of one class at a time, `waiting` more queued for at most `wait_s`;
    anything beyond is shed at once. Not tied to one event loop (the test client runs one per request)."""
    name: str
    running: int
    waiting: int
    wait_s: float
    retry_after: int = 2
    active: int = 0
    shed: int = 0
    abandoned: int = 0      # the client left while the request waited: never run
    served: int = 0         # entered and handed to the application
    unread: int = 0         # run to the end, but the client had left by then (work a thread cannot drop)
    _waiters: deque = field(default_factory=deque, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    async def enter(self) -> bool:
        with self._lock:
            if self.active < self.running:
                self.active += 1
                return True
            if len(self._waiters) >= self.waiting:
                self.shed += 1
                return False
            waiter = (asyncio.get_running_loop(), asyncio.get_running_loop().create_future())
            self._waiters.append(waiter)
        try:
            await asyncio.wait_for(waiter[1], self.wait_s)
            return True
        except asyncio.TimeoutError:
            with self._lock:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
                    self.shed += 1
                    return False
            return True         # handed a slot just as the wait ran out: it is ours

    def leave(self) -> None:
        """Hand the slot to the longest waiter, or free it."""
        with self._lock:
            if self._waiters:
                loop, fut = self._waiters.popleft()
                loop.call_soon_threadsafe(lambda: fut.done() or fut.set_result(True))
            else:
                self.active -= 1

    @property
    def queued(self) -> int:
        return len(self._waiters)

    def stats(self) -> dict:
        return {"running": self.active, "queued": self.queued, "served": self.served, "shed": self.shed,
                "abandoned": self.abandoned, "unread": self.unread}


def default_pools() -> dict[str, Pool]:
    """Sized for a two-core machine: heavy requests (consult, similar cases, long-text search) take
    0.1–1 s of CPU each, so more than two at once only lengthens every one of them; cheap reads hold
    the interpreter lock, so more than four at once only time-slice (50 clients × 30 s: running 8,
    queue 32 gave cheap searches p95 1.0 s, max 5.8 s). A cheap request waits at most half a second:
    200 clients × 60 s on the bundled index, queue 16 / 1 s gave GET searches p95 1.03 s, queue 8 /
    0.5 s gave 0.57 s with as many served (scripts/load_test.py, two shared cores)."""
    return {"heavy": Pool("heavy", running=2, waiting=2, wait_s=2.0, retry_after=5),
            "cheap": Pool("cheap", running=4, waiting=8, wait_s=0.5, retry_after=2),
            "training": Pool("training", running=16, waiting=64, wait_s=2.0, retry_after=1)}


def endpoint_class(method: str, path: str, headers: dict[bytes, bytes], query: bytes) -> str | None:
    """Which pool a request draws from; None for the web page and static files (not limited)."""
    if not path.startswith("/api/"):
        return None
    if any(method == m and rx.match(path) for m, rx in HEAVY_ROUTES):
        return "heavy"
    if path == "/api/search":
        if method == "POST" and int(headers.get(b"content-length", b"0") or 0) > LONG_TEXT_BYTES:
            return "heavy"
        if method == "GET" and len(query) > LONG_QUERY_CHARS * 3:     # percent-encoded CJK: ~9 bytes a character
            return "heavy"
    if path.startswith("/api/training/"):
        return "training"
    return "cheap"


async def _whole_body(receive) -> list[dict]:
    """The request's body messages, read before the request waits for a slot (bounded by the body
    limit), so that the client's disconnect is the next message and can be seen without waiting."""
    messages = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body"):
            return messages


async def _client_gone(receive) -> bool:
    """True if the client has already disconnected: a receive cancelled before it can wait."""
    with anyio.CancelScope() as scope:
        scope.cancel()
        return (await receive())["type"] == "http.disconnect"
    return False


def _replay(messages: list[dict], receive):
    """A receive that hands out the buffered body first, then the real channel (disconnects)."""
    pending = list(messages)

    async def replayed():
        return pending.pop(0) if pending else await receive()
    return replayed


class BodyTooLarge(HTTPException):
    """Raised from receive(): an HTTPException, so the framework answers 413 rather than a parse error."""
    def __init__(self, message: str):
        super().__init__(status_code=413, detail=message)


def _json(status: int, code: str, message: str, extra: list[tuple[bytes, bytes]] = ()) -> tuple[dict, dict]:
    body = json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False).encode()
    start = {"type": "http.response.start", "status": status,
             "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *extra]}
    return start, {"type": "http.response.body", "body": body}


class HardeningMiddleware:
    def __init__(self, app, pools: dict[str, Pool] | None = None):
        self.app = app
        self.pools = pools if pools is not None else default_pools()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        scope.setdefault("state", {})["arrived"] = time.time()
        arrived = time.perf_counter()
        path = scope["path"]
        csp = DOCS_CSP if path in ("/docs", "/redoc") else CSP

        async def send_secured(message):
            if message["type"] == "http.response.start":     # Server-Timing: time spent here, queueing included
                took = f"total;dur={(time.perf_counter() - arrived) * 1000:.0f}".encode()
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS, (b"content-security-policy", csp.encode()),
                                      (b"server-timing", took)]
            await send(message)

        headers = dict(scope.get("headers") or [])
        limit = MAX_BODY_BYTES_BY_PATH.get(path, MAX_BODY_BYTES)
        too_large_text = f"请求内容过大（上限 {limit // 1024} KB），请缩短后重试"
        too_large = _json(413, "body_too_large", too_large_text)
        try:
            declared = int(headers.get(b"content-length", b"0") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            for m in too_large:
                await send_secured(m)
            return

        received = 0

        async def receive_bounded():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(too_large_text)
            return message

        pool = self.pools.get(endpoint_class(scope["method"], path, headers, scope.get("query_string", b"")) or "")
        app_receive = receive_bounded
        if pool is not None and pool.name == "heavy":
            try:
                body = await _whole_body(receive_bounded)
            except BodyTooLarge:
                for m in too_large:
                    await send_secured(m)
                return
            if body[-1]["type"] == "http.disconnect":
                return
            app_receive = _replay(body, receive)
        if pool is not None and not await pool.enter():
            for m in _json(503, "overloaded", "服务繁忙，请稍后重试", [(b"retry-after", str(pool.retry_after).encode())]):
                await send_secured(m)
            return
        if pool is not None and app_receive is not receive_bounded and await _client_gone(receive):
            pool.abandoned += 1      # seconds of CPU for an answer nobody will read
            pool.leave()
            log.info("%s %s: client gone while queued, not run", scope["method"], path)
            return
        if pool is not None:
            pool.served += 1
        started = False

        async def send_tracked(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if pool is not None and app_receive is not receive_bounded and await _client_gone(receive):
                    pool.unread += 1
            await send_secured(message)

        try:
            await self.app(scope, app_receive, send_tracked)
        except BodyTooLarge:     # read outside the framework's handlers (a raw receive)
            if not started:
                for m in too_large:
                    await send_secured(m)
        finally:
            if pool is not None:
                pool.leave()
