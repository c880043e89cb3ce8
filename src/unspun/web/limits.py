"""The web app's limits: request body size, bounded concurrency, per-request timeout.

The analysis is CPU-bound and synchronous, so it runs in a small thread pool off
the event loop. :class:`AnalysisGate` admits at most ``workers + queue`` analyses
at once (running or waiting) and answers the rest at once with 503, instead of
letting a burst pile up until the server falls over. A request that waits or runs
past ``timeout_s`` gets 504; its slot is freed when the work really stops (a
queued task is cancelled, a running one is told to stop and ends at its next check:
between paragraphs of the parse and between stages), so timeouts cannot overfill it.

:class:`BodySizeLimit` is plain ASGI middleware: it refuses a declared
Content-Length over the limit before reading anything, and stops a chunked body
as soon as it passes the limit.
"""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BusyError(Exception):
    """Every analysis slot and queue place is taken (answered with 503)."""


class AnalysisTimeout(Exception):
    """An analysis waited and ran longer than the per-request timeout (answered with 504)."""


class AnalysisGate:
    """A bounded thread pool: ``workers`` analyses run, ``queue`` more wait, the rest get 503."""

    def __init__(self, workers: int = 1, queue: int = 16, timeout_s: float = 60.0) -> None:
        if workers < 1 or queue < 0 or timeout_s <= 0:
            raise ValueError("workers must be >= 1, queue >= 0 and timeout_s > 0")
        self.workers, self.queue, self.timeout_s = workers, queue, timeout_s
        self.capacity = workers + queue
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="unspun-analysis")
        self._lock = threading.Lock()
        self._pending = 0

    @property
    def pending(self) -> int:
        """Analyses admitted and not finished (running or queued)."""
        return self._pending

    def _release(self, _: Future[Any]) -> None:
        with self._lock:
            self._pending -= 1

    async def run(self, fn: Callable[..., T], *args: Any, stop: threading.Event | None = None) -> T:
        """Run ``fn(*args)`` in the pool; raise BusyError when full, AnalysisTimeout when slow.

        ``stop``: an event ``fn`` checks as it goes; set on timeout, so running work ends at its next
        check instead of holding the worker (and the slot) to the end.
        """
        with self._lock:
            if self._pending >= self.capacity:
                raise BusyError(
                    f"the server is busy ({self._pending} analyses running or queued); try again in a moment"
                )
            self._pending += 1
        try:
            future = self._executor.submit(fn, *args)
        except BaseException:
            with self._lock:
                self._pending -= 1
            raise
        future.add_done_callback(self._release)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout_s)
        except asyncio.TimeoutError:
            future.cancel()  # frees the slot now if it was still queued
            if stop is not None:
                stop.set()  # a running analysis stops at its next check and frees its worker
            raise AnalysisTimeout(
                f"the analysis took longer than {self.timeout_s:g} s; send a shorter article or raise --timeout"
            ) from None

    def shutdown(self) -> None:
        """Stop accepting work; queued work is cancelled, running work finishes."""
        self._executor.shutdown(wait=False, cancel_futures=True)


class _TooLarge(Exception):
    pass


def too_large_message(limit: int) -> str:
    """The one-line message of a 413."""
    return f"the request body is over the {limit:,}-byte limit; send a smaller article (the server's --max-bytes)"


class BodySizeLimit:
    """ASGI middleware: 413 for a request body over ``max_bytes`` (declared or streamed).

    ``render(path, message)`` returns (content type, body bytes) so pages get an
    HTML error and the API gets JSON.
    """

    def __init__(self, app: Callable[..., Awaitable[None]], max_bytes: int,
                 render: Callable[[str, str], tuple[str, bytes]] | None = None) -> None:
        self.app, self.max_bytes = app, max_bytes
        self.render = render or (lambda _path, msg: ("application/json", json.dumps({"detail": msg}).encode()))

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        content_type, body = self.render(scope.get("path", ""), too_large_message(self.max_bytes))
        # Read what the client already sent (bounded), so it sees the answer rather than a reset.
        drained, more = 0, True
        while more and drained <= 4 * self.max_bytes + 65536:
            try:
                message = await asyncio.wait_for(receive(), 1.0)
            except (asyncio.TimeoutError, _TooLarge):
                break
            if message["type"] != "http.request":
                break
            drained += len(message.get("body", b""))
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)
