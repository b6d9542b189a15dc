"""Hardening (issue 18): a cheating participant cannot beat chance, bad headers and imports are
4xx naming the field, rounds advance atomically, join codes are guarded, names normalized,
timing runs from delivery, bodies are bounded, overload is shed, and responses carry security headers."""
import asyncio
import threading
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.hardening import Pool
from api.server import free_port
from api.settings import Settings

TOKEN = "test-admin-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
OPTIONS = ["盗窃罪", "诈骗罪", "抢夺罪", "侵占罪"]


def _questions(n: int) -> list[dict]:
    """The answer moves through the four positions; offense, citations and explanation give it away,
    exactly as they do for generated article→offense questions."""
    return [{"id": f"q-{i}", "kind": "article_offense", "difficulty": "easy", "stem": f"第{i}题：下列罪名中正确的是（    ）。",
             "options": OPTIONS, "answer": OPTIONS[i % 4], "explanation": f"答案是{OPTIONS[i % 4]}",
             "citations": ["fx-xingfa:art264"], "domains": ["刑事"], "offense": OPTIONS[i % 4]} for i in range(n)]


@pytest.fixture(scope="module")
def client(fixture_index, embedder):
    return TestClient(create_app(Settings(data_dir=fixture_index, admin_token=TOKEN), embedder))


def _set(client, n=20) -> str:
    r = client.post("/api/training/sets/import", json={"title": "竞赛题集", "questions": _questions(n)}, headers=AUTH)
    assert r.status_code == 200, r.text
    return r.json()["id"]


def _round(client, set_id, seconds=60) -> dict:
    return client.post("/api/training/rounds", json={"set_id": set_id, "seconds_per_question": seconds}, headers=AUTH).json()


def _leaked_answer(payload, options) -> str | None:
    """Any option that some answer-revealing field of a public payload names."""
    found = []

    def walk(x, key=None):
        if isinstance(x, dict):
            for k, v in x.items():
                if k not in ("options", "stem"):
                    walk(v, k)
        elif isinstance(x, list):
            for v in x:
                walk(v, key)
        elif isinstance(x, str):
            found.extend(o for o in options if o in x)
    walk(payload)
    return found[0] if found else None


def test_cheating_participant_scores_no_better_than_chance(client):
    n = 20
    set_id = _set(client, n)
    rnd = _round(client, set_id)
    code, round_id = rnd["code"], rnd["id"]
    me = client.post(f"/api/training/join/{code}", json={"name": "作弊者"}).json()
    sybils = [client.post(f"/api/training/join/{code}", json={"name": f"小号{i}"}).json() for i in range(4)]
    mine = {"X-Participant-Token": me["token"]}
    for _ in range(n):
        client.post(f"/api/training/rounds/{round_id}/next", headers=AUTH)
        play = client.get(f"/api/training/play/{code}", headers=mine).json()
        q = play["question"]
        guess = _leaked_answer(q, q["options"])
        board = client.get(f"/api/training/rounds/{round_id}/leaderboard").json()
        for sid in {set_id, board["round"].get("set_id"), *(s["id"] for s in client.get("/api/training/sets").json()["sets"])} - {None}:
            probes = [client.get(f"/api/training/sets/{sid}"),
                      client.post(f"/api/training/sets/{sid}/check", json={"question_id": q["id"], "answer": q["options"][0]}),
                      client.post(f"/api/training/sets/{sid}/summary", json={"answers": [{"question_id": q["id"], "answer": q["options"][0]}]}),
                      client.get(f"/api/training/sets/{sid}/print"), client.get(f"/api/training/sets/{sid}/export")]
            for r in probes:
                if r.status_code == 200:
                    body = r.json() if "json" in r.headers.get("content-type", "") else {"text": r.text}
                    if body.get("correct") is True or (isinstance(body.get("correct"), int) and body.get("correct") == 1):
                        guess = guess or q["options"][0]
                    guess = guess or _leaked_answer(body, q["options"])
        before = {p["name"]: p["points"] for p in board["leaderboard"]}
        for s, option in zip(sybils, q["options"]):     # second accounts try every option
            r = client.post(f"/api/training/play/{code}/answer", json={"question_id": q["id"], "answer": option},
                            headers={"X-Participant-Token": s["token"]}).json()
            if r.get("correct") is True or r.get("points", 0) > 0:
                guess = guess or option
        after = client.get(f"/api/training/rounds/{round_id}/leaderboard").json()["leaderboard"]
        for p, s_opt in ((p, o) for p in after for s, o in zip(sybils, q["options"]) if p["name"] == s["name"]):
            if p["points"] > before.get(p["name"], 0):
                guess = guess or s_opt
        r = client.post(f"/api/training/play/{code}/answer", json={"question_id": q["id"], "answer": guess or q["options"][0]},
                        headers=mine)
        assert r.status_code == 200, r.text
    client.post(f"/api/training/rounds/{round_id}/next", headers=AUTH)      # finish the round
    board = {p["name"]: p for p in client.get(f"/api/training/rounds/{round_id}/leaderboard").json()["leaderboard"]}
    # blind choice of the first option is right for exactly n/4 questions: anything more is a leak
    assert board["作弊者"]["answered"] == n and board["作弊者"]["correct"] <= n // 4
    # once the round has finished, practice on the set is open again
    assert client.post(f"/api/training/sets/{set_id}/check", json={"question_id": "q-1", "answer": OPTIONS[1]}).json()["correct"]


def test_competition_set_is_hidden_before_its_round(client):
    r = client.post("/api/training/sets/import", json={"title": "决赛", "scope": {"purpose": "competition"}, "questions": _questions(4)},
                    headers=AUTH)
    sid = r.json()["id"]
    assert client.get(f"/api/training/sets/{sid}").status_code == 403
    refused = client.post(f"/api/training/sets/{sid}/check", json={"question_id": "q-0", "answer": OPTIONS[0]})
    assert refused.status_code == 403 and "竞赛" in refused.json()["error"]["message"]
    assert client.post(f"/api/training/sets/{sid}/check", json={"question_id": "q-0", "answer": OPTIONS[0]}, headers=AUTH).json()["correct"]
    listed = {s["id"]: s for s in client.get("/api/training/sets").json()["sets"]}
    assert listed[sid]["locked"] is True


@pytest.mark.parametrize("headers", [{"X-Admin-Token": "é".encode()}, {"Authorization": "Bearer é".encode()},
                                     {"X-Admin-Token": "\xff".encode("latin-1")}])
def test_non_ascii_admin_token_is_401(client, headers):
    r = client.post("/api/training/sets/import", json={"title": "x", "questions": _questions(1)}, headers=headers)
    assert r.status_code == 401, r.text
    sid = _set(client, 1)
    assert client.get(f"/api/training/sets/{sid}/print?key=true", headers=headers).status_code == 401


@pytest.mark.parametrize("change,field", [
    (lambda qs: qs[1].update(id="q-0"), "questions.1.id"),
    (lambda qs: qs[0].update(id=["a"]), "questions.0.id"),
    (lambda qs: qs[0].update(answer=5), "questions.0.answer"),
    (lambda qs: qs[0].update(citations=["no-such:unit"]), "questions.0.citations"),
    (lambda qs: qs[0].update(answer="不在选项中"), "questions.0.answer"),
    (lambda qs: qs[0].update(kind="essay"), "questions.0.kind"),
    (lambda qs: qs[0].update(hint="盗窃罪"), "questions.0.hint"),
])
def test_bad_imports_are_422_naming_the_field(client, change, field):
    qs = _questions(3)
    change(qs)
    r = client.post("/api/training/sets/import", json={"title": "坏题集", "questions": qs}, headers=AUTH)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["message"].startswith(field), r.json()


def test_concurrent_next_is_never_lost(client):
    rnd = _round(client, _set(client, 20))
    barrier = threading.Barrier(8)
    codes = []

    def advance():
        barrier.wait()
        codes.append(client.post(f"/api/training/rounds/{rnd['id']}/next", headers=AUTH).status_code)
    threads = [threading.Thread(target=advance) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    current = client.get(f"/api/training/rounds/{rnd['id']}/leaderboard").json()["round"]["current"]
    assert current + 1 == codes.count(200) and set(codes) <= {200, 409}
    assert codes.count(200) == 8


def test_finished_round_is_dead_and_looks_unknown(client):
    rnd = _round(client, _set(client, 1))
    p = client.post(f"/api/training/join/{rnd['code']}", json={"name": "甲"}).json()
    client.post(f"/api/training/rounds/{rnd['id']}/next", headers=AUTH)
    client.post(f"/api/training/rounds/{rnd['id']}/next", headers=AUTH)       # past the last question: finished
    late = client.post(f"/api/training/play/{rnd['code']}/answer", json={"question_id": "q-0", "answer": OPTIONS[0]},
                       headers={"X-Participant-Token": p["token"]})
    joined = client.post(f"/api/training/join/{rnd['code']}", json={"name": "乙"})
    unknown = client.post("/api/training/join/ZZZZZZ", json={"name": "乙"})
    assert late.status_code == joined.status_code == unknown.status_code == 404
    assert joined.json() == unknown.json() == late.json()
    # its own participant still learns that it finished
    assert client.get(f"/api/training/play/{rnd['code']}", headers={"X-Participant-Token": p["token"]}).json()["state"] == "finished"


def test_join_code_guessing_is_rate_limited(fixture_index, embedder):
    c = TestClient(create_app(Settings(data_dir=fixture_index, admin_token=TOKEN), embedder))
    statuses = [c.get(f"/api/training/play/ZZZZZ{ch}").status_code for ch in "ABCDEFGHJKLM"]
    assert statuses[:10] == [404] * 10 and statuses[10:] == [429, 429]
    r = c.post("/api/training/join/ZZZZZZ", json={"name": "甲"})
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1 and "稍后" in r.json()["error"]["message"]


def test_names_are_normalized_and_unique(client):
    rnd = _round(client, _set(client, 1))
    join = lambda name: client.post(f"/api/training/join/{rnd['code']}", json={"name": name})
    first = join("  张\u200b三  ")
    assert first.status_code == 200 and first.json()["name"] == "张三"
    assert join("张三\u2060").status_code == 409
    assert join("ＡＢＣ").json()["name"] == "ABC" and join("a b c").status_code == 409
    for blank in ("   ", "\u200b\u200c", "\u202e"):
        r = join(blank)
        assert r.status_code == 422 and r.json()["error"]["message"].startswith("name"), r.text


def test_time_counts_from_delivery(client):
    rnd = _round(client, _set(client, 2), seconds=30)
    a = client.post(f"/api/training/join/{rnd['code']}", json={"name": "送达后计时"}).json()
    b = client.post(f"/api/training/join/{rnd['code']}", json={"name": "开题计时"}).json()
    client.post(f"/api/training/rounds/{rnd['id']}/next", headers=AUTH)
    time.sleep(1.2)      # the question waits (as in a queue) before reaching participant a
    q = client.get(f"/api/training/play/{rnd['code']}", headers={"X-Participant-Token": a["token"]}).json()["question"]
    ra = client.post(f"/api/training/play/{rnd['code']}/answer", json={"question_id": q["id"], "answer": "x"},
                     headers={"X-Participant-Token": a["token"]}).json()
    rb = client.post(f"/api/training/play/{rnd['code']}/answer", json={"question_id": q["id"], "answer": "x"},
                     headers={"X-Participant-Token": b["token"]}).json()
    assert ra["elapsed_ms"] < 600 and rb["elapsed_ms"] >= 1200
    assert "correct" not in ra and "points" not in ra


def test_body_size_limit_is_413_in_chinese(client):
    r = client.post("/api/search", content=b'{"q": "' + b"a" * 300_000 + b'"}', headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "过大" in r.json()["error"]["message"]

    def chunks():
        for _ in range(40):
            yield b"a" * 10_000
    r = client.post("/api/search", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "过大" in r.json()["error"]["message"]


def test_security_headers_allow_and_health(client, fixture_index):
    for path in ("/", "/api/health", "/static/app.js"):
        h = client.get(path).headers
        assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in h["content-security-policy"] and "script-src 'self'" in h["content-security-policy"]
        assert h["referrer-policy"]
    r = client.delete("/api/search")
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"
    assert client.patch("/api/training/sets").headers["allow"] == "GET, POST"      # routes of an included router too
    assert client.get("/api/search", params={"q": "   "}).status_code == 422
    health = client.get("/api/health")
    assert str(fixture_index) not in health.text and "path" not in health.json()["index"]
    assert health.json()["index"]["build"]


def test_pool_sheds_when_full():
    async def scenario():
        pool = Pool("heavy", running=1, waiting=1, wait_s=0.2)
        assert await pool.enter()
        waiter = asyncio.create_task(pool.enter())       # queued
        await asyncio.sleep(0.01)
        assert await pool.enter() is False               # queue full: shed at once
        assert await waiter is False                     # waited its budget, then shed
        pool.leave()
        assert await pool.enter() and pool.shed == 2
    asyncio.run(scenario())


def test_overload_is_shed_with_503_and_retry_after(fixture_index, embedder):
    pools = {"heavy": Pool("heavy", running=1, waiting=0, wait_s=0.1, retry_after=7)}
    c = TestClient(create_app(Settings(data_dir=fixture_index, admin_token=TOKEN), embedder, pools=pools))
    barrier = threading.Barrier(6)
    results = []

    def consult():
        barrier.wait()
        results.append(c.post("/api/consult", json={"text": "无证经营烟花爆竹，货值三万元，要移送吗？"}))
    threads = [threading.Thread(target=consult) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shed = [r for r in results if r.status_code == 503]
    assert shed and all(r.status_code in (200, 503) for r in results)
    assert shed[0].headers["retry-after"] == "7" and "稍后重试" in shed[0].json()["error"]["message"]
    assert c.get("/api/search", params={"q": "盗窃"}).status_code == 200     # cheap reads are a separate pool


def test_heavy_request_whose_client_left_while_queued_is_not_run(fixture_index, embedder):
    """The real application behind the middleware, driven over ASGI: a consultation waits for the
    only heavy slot, its client disconnects, and when the slot frees the work is skipped; a client
    that stays is served; one that leaves once the work has started is counted as unread."""
    pool = Pool("heavy", running=1, waiting=4, wait_s=5)
    app = create_app(Settings(data_dir=fixture_index, admin_token=TOKEN), embedder, pools={"heavy": pool})
    body = '{"text": "无证经营烟花爆竹，货值三万元，要移送吗？"}'.encode()

    async def consult(leaves: str | None) -> list[dict]:
        gone, sent = asyncio.Event(), []
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive():
            if messages:
                return messages.pop(0)
            await gone.wait()
            return {"type": "http.disconnect"}

        async def send(message):
            sent.append(message)
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
                 "path": "/api/consult", "raw_path": b"/api/consult", "query_string": b"", "root_path": "",
                 "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
                 "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 80)}
        served = pool.served
        assert await pool.enter()                   # another heavy request holds the slot
        task = asyncio.create_task(app(scope, receive, send))
        await asyncio.sleep(0.05)
        assert pool.queued == 1
        if leaves == "queued":
            gone.set()
        pool.leave()
        if leaves == "running":         # once the work has started: it runs to the end, counted as unread
            while pool.served == served:
                await asyncio.sleep(0.001)
            gone.set()
        await asyncio.wait_for(task, 60)
        gone.set()
        return sent

    assert asyncio.run(consult(leaves="queued")) == [] and pool.abandoned == 1 and pool.served == 0
    sent = asyncio.run(consult(leaves=None))
    assert sent[0]["status"] == 200 and pool.served == 1 and pool.active == 0 and pool.unread == 0
    asyncio.run(consult(leaves="running"))
    assert pool.served == 2 and pool.unread == 1 and pool.abandoned == 1


def test_server_closes_connections_that_send_no_request_head():
    """uvicorn waits forever for a first request head; the serve protocol gives up after a timeout."""
    import socket

    import uvicorn

    from api.server import HeaderTimeoutH11Protocol, uvicorn_options

    class Quick(HeaderTimeoutH11Protocol):
        header_timeout_s = 0.5

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    port = free_port()
    options = uvicorn_options() | {"http": Quick}
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(100):
            if server.started:
                break
            time.sleep(0.05)

        def closed_after(payload: bytes) -> float:
            with socket.create_connection(("127.0.0.1", port)) as conn:
                t0 = time.monotonic()
                conn.sendall(payload)
                conn.settimeout(5)
                while conn.recv(1000):
                    pass
                return time.monotonic() - t0
        assert closed_after(b"") < 2                                          # silent connection
        assert closed_after(b"GET / HTTP/1.1\r\nHost: x\r\n") < 2              # a head that never ends
        with socket.create_connection(("127.0.0.1", port)) as conn:            # a normal request is served
            conn.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            assert conn.recv(100).startswith(b"HTTP/1.1 200")
    finally:
        server.should_exit = True
        thread.join(5)
