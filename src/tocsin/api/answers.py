"""Whole answers of the read API cached per store version, or per version of what they read.

A GET under ``/api/`` whose answer is 200 is kept, keyed by its path and query string, with
the versions it was computed at; the same request at the same versions is answered from memory
without touching a route or a query. A read listed in :mod:`tocsin.api.scopes` keeps the
versions of the scopes it reads (``incidents:ARM``: only writes about ARM's incidents move it
on), any other read the store's version (any committed write moves it on), so a cached answer
is never stale. Bounded by entries and by bytes; large answers are not kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool

from tocsin.api.scopes import read_scopes

MAX_ENTRIES = 1024
MAX_BYTES = 64_000_000
MAX_ANSWER_BYTES = 2_000_000
Cached = tuple[int, list[tuple[bytes, bytes]], bytes]  # status, headers, body
Version = int | tuple[int, ...]  # the store's version, or the versions of the scopes read
Versions = Callable[[tuple[str, ...] | None], Version]
Known = Callable[[tuple[str, ...] | None], Version | None]


class AnswerCache:
    """A bounded LRU map ``(path, query) → (versions, answer)``."""

    def __init__(self, entries: int = MAX_ENTRIES, total_bytes: int = MAX_BYTES) -> None:
        self.entries = entries
        self.total_bytes = total_bytes
        self._answers: OrderedDict[tuple[str, bytes], tuple[Version, Cached]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, bytes], version: Version) -> Cached | None:
        with self._lock:
            found = self._answers.get(key)
            if found is None or found[0] != version:
                return None
            self._answers.move_to_end(key)
            return found[1]

    def put(self, key: tuple[str, bytes], version: Version, answer: Cached) -> None:
        size = len(answer[2])
        if size > MAX_ANSWER_BYTES:
            return
        with self._lock:
            old = self._answers.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1][2])
            self._answers[key] = (version, answer)
            self._bytes += size
            while self._answers and (
                len(self._answers) > self.entries or self._bytes > self.total_bytes
            ):
                _, (_, dropped) = self._answers.popitem(last=False)
                self._bytes -= len(dropped[2])


class AnswerCacheMiddleware:
    """ASGI middleware answering repeated API reads from an :class:`AnswerCache`."""

    def __init__(
        self,
        app: Any,
        versions: Versions,
        cache: AnswerCache | None = None,
        known: Known | None = None,
    ):
        self.app = app
        self.versions = versions
        self.cache = cache or AnswerCache()
        self.known = known

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith("/api/")
        ):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        scopes = read_scopes(*key)
        try:
            # from memory when the store can say at once (no thread, no statement), else read
            version = self.known(scopes) if self.known is not None else None
            if version is None:
                version = await run_in_threadpool(self.versions, scopes)
        except Exception:  # the store is unreachable: let the route answer (503)
            await self.app(scope, receive, send)
            return
        cached = self.cache.get(key, version)
        if cached is not None:
            status, headers, body = cached
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict[str, Any] = {}
        parts: list[bytes] = []

        async def keeping(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
                if not message.get("more_body", False) and start.get("status") == 200:
                    headers = list(start.get("headers", []))
                    self.cache.put(key, version, (200, headers, b"".join(parts)))
            await send(message)

        await self.app(scope, receive, keeping)
