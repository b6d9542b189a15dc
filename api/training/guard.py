"""Join-code guessing is slowed per client: after a few unknown codes within a minute, a client
is refused (429) until the minute has passed. Only misses count, so a room of players behind
one address, who all type a valid code, is never throttled."""
from __future__ import annotations

import threading
import time
from collections import deque


class TooManyMisses(Exception):
    def __init__(self, retry_after: int):
        super().__init__("尝试加入码的次数过多，请稍后重试")
        self.retry_after = retry_after


class MissLimiter:
    def __init__(self, max_misses: int = 10, window_s: float = 60.0, max_clients: int = 10_000):
        self.max_misses, self.window_s, self.max_clients = max_misses, window_s, max_clients
        self._misses: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        q = self._misses.get(client)
        if q is None:
            if len(self._misses) >= self.max_clients:     # bounded memory: forget clients whose misses expired
                self._misses = {k: v for k, v in self._misses.items() if v and v[-1] > now - self.window_s}
            q = self._misses[client] = deque()
        while q and q[0] <= now - self.window_s:
            q.popleft()
        return q

    def check(self, client: str) -> None:
        """Raise TooManyMisses while this client has used up its misses."""
        now = time.monotonic()
        with self._lock:
            q = self._recent(client, now)
            if len(q) >= self.max_misses:
                raise TooManyMisses(max(1, int(q[0] + self.window_s - now) + 1))

    def miss(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._recent(client, now).append(now)
