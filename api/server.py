"""uvicorn's HTTP/1.1 protocol with a header-read timeout: uvicorn closes idle keep-alive
connections but waits forever for the first request head, so a crowd of silent connections (or
one sending a header a byte a minute) held the server's connection slots."""
from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT_S = 10.0
KEEP_ALIVE_TIMEOUT_S = 5
MAX_HEADER_BYTES = 16 * 1024
MAX_CONNECTIONS = 500     # beyond this uvicorn answers 503 at once


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on now, for a server a script or test starts itself."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class HeaderTimeoutH11Protocol(H11Protocol):
    """Closes a connection whose next request head has not fully arrived within HEADER_TIMEOUT_S."""
    header_timeout_s = HEADER_TIMEOUT_S

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._header_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def _waiting_for_head(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout_s, self._expired)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _expired(self) -> None:
        self._header_timer = None
        if self._waiting_for_head() and not self.transport.is_closing():
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self._waiting_for_head():
            self._arm()
        super().data_received(data)
        if not self._waiting_for_head():
            self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def uvicorn_options() -> dict:
    """The server settings `xianjie serve` runs with."""
    return {"http": HeaderTimeoutH11Protocol, "timeout_keep_alive": KEEP_ALIVE_TIMEOUT_S,
            "h11_max_incomplete_event_size": MAX_HEADER_BYTES, "limit_concurrency": MAX_CONNECTIONS}
