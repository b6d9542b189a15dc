"""Mixed load against a local server: N clients for T seconds, each looping over short searches,
long-text searches, consultations and similar-case requests; prints throughput, latency
percentiles, errors, how many requests were shed (503 with Retry-After), how many answers took
over 10 s, and the server's own per-pool counts (served, shed, abandoned: run or not after the
client left). --give-up S makes clients abandon heavy requests after S seconds, as an impatient
user or a page that moved on would.

Loopback only and bounded: the URL must point at this machine, and every client stops after T
seconds (a request in flight gets at most --timeout seconds).

    .venv/bin/python scripts/load_test.py --url http://127.0.0.1:8000 --clients 50 --seconds 30
    .venv/bin/python scripts/load_test.py --serve var --clients 50 --seconds 30   # starts its own server
    .venv/bin/python scripts/load_test.py --serve var --clients 200 --seconds 60 --give-up 1.5
"""
from __future__ import annotations

import argparse
import os
import random
import re
import ssl
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

import httpx

from api.server import free_port

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SHORT = ["盗窃", "非法经营烟花爆竹", "危险作业罪", "虚开增值税专用发票", "非法采矿", "逃税", "非法行医", "重大责任事故"]
FACTS = ("被告人王某在未取得烟花爆竹经营许可证的情况下，在其租用的仓库内储存并销售烟花爆竹，货值三万余元。"
         "经查，该仓库无任何消防设施，周边有居民区，应急管理部门在检查中发现并查扣全部烟花爆竹。")
CONSULT = ["无证经营烟花爆竹，货值三万元，要移送吗？", "无证开采河道砂石，矿产品价值三十五万元，要不要移送公安？",
           "对危险作业罪不起诉的，应当由哪个部门给予什么行政处罚？"]
# (kind, weight): cheap reads dominate, as in real use; the heavy kinds saturate two cores
MIX = (("search", 5), ("long_search", 2), ("consult", 2), ("similar", 1))
HEAVY = {"long_search", "consult", "similar"}
SLOW_S = 10.0     # the target: no request waits longer than this


def _request(client: httpx.Client, kind: str, rng: random.Random, timeout: float) -> httpx.Response:
    if kind == "search":
        return client.get("/api/search", params={"q": rng.choice(SHORT), "k": 10}, timeout=timeout)
    if kind == "long_search":
        return client.post("/api/search", json={"q": FACTS * rng.randint(4, 10), "k": 10}, timeout=timeout)
    if kind == "consult":
        return client.post("/api/consult", json={"text": rng.choice(CONSULT)}, timeout=timeout)
    return client.post("/api/cases/similar", json={"facts": FACTS * rng.randint(1, 4), "k": 10}, timeout=timeout)


def server_load(url: str) -> dict:
    """The server's per-pool counters from /api/health (empty when it does not report them)."""
    try:
        return httpx.get(url + "/api/health", timeout=30).json().get("load") or {}
    except (httpx.HTTPError, ValueError):
        return {}


def run(url: str, clients: int, seconds: float, timeout: float, seed: int, backoff: bool = True,
        give_up: float | None = None) -> dict:
    results: list[tuple[str, float, str]] = []     # (kind, latency s, outcome)
    server_s: list[tuple[str, float, float]] = []   # (kind, the server's own time per answer (Server-Timing), start offset s)
    lock = threading.Lock()
    kinds = [k for k, w in MIX for _ in range(w)]
    # every client is made before the clock starts, sharing one TLS context: making 200 contexts
    # took ~10 s of CPU, which at the start starved the server on the same two cores
    tls = ssl.create_default_context()
    pool = [httpx.Client(base_url=url, timeout=timeout, verify=tls) for _ in range(clients)]
    deadline = 0.0

    def worker(i: int, client: httpx.Client):
        rng = random.Random(seed + i)
        with client:
            while time.monotonic() < deadline:
                kind = rng.choice(kinds)
                t0 = time.perf_counter()
                patience = give_up if give_up and kind in HEAVY else timeout
                try:
                    r = _request(client, kind, rng, patience)
                    took = re.search(r"dur=([0-9.]+)", r.headers.get("server-timing", ""))
                    if took:
                        with lock:
                            server_s.append((kind, float(took.group(1)) / 1000, t0 - t_start))
                    outcome = "ok" if r.status_code == 200 else (
                        "shed" if r.status_code == 503 and r.headers.get("retry-after") else f"http_{r.status_code}")
                except httpx.TimeoutException as exc:
                    outcome = "gave_up" if patience < timeout else type(exc).__name__
                except httpx.HTTPError as exc:
                    outcome = type(exc).__name__
                with lock:
                    results.append((kind, time.perf_counter() - t0, outcome))
                if outcome == "shed" and backoff:      # as the web page does: "稍后重试"
                    time.sleep(min(float(r.headers["retry-after"]), max(0.0, deadline - time.monotonic())))

    before = server_load(url)
    started = time.monotonic()
    deadline = started + seconds
    t_start = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i, c), daemon=True) for i, c in enumerate(pool)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + timeout + 5)
    wall = time.monotonic() - started
    time.sleep(min(timeout, 5))      # let abandoned requests leave the server's queue before counting
    after = server_load(url)
    load = {name: {k: after[name].get(k, 0) - before.get(name, {}).get(k, 0) for k in ("served", "shed", "abandoned", "unread")}
            for name in after}
    return {"results": results, "wall_s": wall, "server": load, "server_s": server_s}


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def report(out: dict, clients: int, seconds: float) -> None:
    results, wall = out["results"], out["wall_s"]
    outcomes = Counter(o for _, _, o in results)
    served = [lat for _, lat, o in results if o == "ok"]
    quiet = ("ok", "shed", "gave_up")
    print(f"{clients} clients × {seconds:.0f} s (wall {wall:.1f} s): {len(results)} requests, "
          f"{len(served) / wall:.1f} served/s, {len(results) / wall:.1f} answered/s")
    print(f"served {outcomes['ok']}, shed (503 + Retry-After) {outcomes['shed']}, client gave up {outcomes['gave_up']}, "
          f"errors {sum(v for k, v in outcomes.items() if k not in quiet)} "
          f"{dict((k, v) for k, v in outcomes.items() if k not in quiet)}")
    by_kind: dict[str, list] = defaultdict(list)
    for kind, lat, o in results:
        by_kind[kind].append((lat, o))
    print(f"{'kind':<12}{'n':>6}{'ok':>6}{'shed':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}   (latency of served requests)")
    for kind in [k for k, _ in MIX] + ["all"]:
        rows = [x for v in by_kind.values() for x in v] if kind == "all" else by_kind.get(kind, [])
        ok = [lat * 1000 for lat, o in rows if o == "ok"]
        print(f"{kind:<12}{len(rows):>6}{len(ok):>6}{sum(o == 'shed' for _, o in rows):>6}"
              f"{_pct(ok, 50):>9.0f}{_pct(ok, 95):>9.0f}{_pct(ok, 99):>9.0f}{max(ok, default=float('nan')):>9.0f}")
    shed = [lat * 1000 for _, lat, o in results if o == "shed"]
    if shed:
        print(f"shed answers: p50 {_pct(shed, 50):.0f} ms, max {max(shed):.0f} ms")
    slow = [lat for _, lat, _ in results if lat > SLOW_S]
    print(f"requests that waited over {SLOW_S:.0f} s (any outcome): {len(slow)}; "
          f"longest {max((lat for _, lat, _ in results), default=0) * 1000:.0f} ms")
    timed = out.get("server_s") or []
    inside = [x for _, x, _ in timed]
    if inside:
        print(f"server-side time (arrival to response, queueing included): p50 {_pct(inside, 50) * 1000:.0f} ms, "
              f"p99 {_pct(inside, 99) * 1000:.0f} ms, max {max(inside) * 1000:.0f} ms, over {SLOW_S:.0f} s: "
              f"{sum(x > SLOW_S for x in inside)}")
        slowest = sorted(timed, key=lambda t: -t[1])[:5]
        print("slowest inside the server: " + ", ".join(f"{k} {x * 1000:.0f} ms at +{at:.1f} s" for k, x, at in slowest))
    for name, counts in sorted(out.get("server", {}).items()):
        print(f"server pool {name:<9} served {counts['served']:>6}  shed {counts['shed']:>6}  "
              f"client gone: not run {counts['abandoned']:>4}, run for nobody {counts['unread']:>4}")


def _start_server(data_dir: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "XIANJIE_DATA_DIR": data_dir, "XIANJIE_HOST": "127.0.0.1"}
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--port", str(port)], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):      # model and index load: up to a minute on a busy machine
        time.sleep(0.2)
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url + "/api/health", timeout=2).status_code in (200, 503):
                return proc, url
        except httpx.HTTPError:
            pass
    proc.terminate()
    raise SystemExit("server did not start within two minutes")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running server on this machine, e.g. http://127.0.0.1:8000")
    ap.add_argument("--serve", metavar="DATA_DIR", help="start a server on a free loopback port with this data directory")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--timeout", type=float, default=30, help="client timeout per request (s)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-backoff", action="store_true", help="retry at once after a 503 instead of waiting Retry-After")
    ap.add_argument("--give-up", type=float, help="clients abandon heavy requests after this many seconds")
    args = ap.parse_args()
    if not 1 <= args.clients <= 500 or not 1 <= args.seconds <= 600:
        ap.error("--clients 1..500 and --seconds 1..600")
    if bool(args.url) == bool(args.serve):
        ap.error("give --url or --serve")
    proc = None
    url = args.url
    if args.serve:
        proc, url = _start_server(args.serve)
    if urlparse(url).hostname not in LOOPBACK:
        ap.error("loopback only: the URL must be 127.0.0.1, localhost or ::1")
    try:
        out = run(url, args.clients, args.seconds, args.timeout, args.seed, backoff=not args.no_backoff,
                  give_up=args.give_up)
        report(out, args.clients, args.seconds)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
