"""ASGI guards in front of every route: refuse NUL bytes, bound and cancel read requests.

* :class:`NulGuardMiddleware` answers 422 to a path or query string holding a NUL byte, which
  no database column can store (PostgreSQL refuses it outright), before any route runs.
* :class:`ReadBudgetMiddleware` gives each GET request a :class:`~tocsin.store.budget.QueryBudget`
  of ``seconds``: its statements stop when the time is up (503) or when the client disconnects.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qsl

from tocsin.store.budget import QueryBudget, budget_scope

Scope = dict[str, Any]
Receive = Any
Send = Any


async def send_json(send: Send, status: int, payload: Any) -> None:
    """Answer with a JSON body."""
    body = json.dumps(payload).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def nul_problem(scope: Scope) -> dict[str, Any] | None:
    """A 422 detail naming where a NUL byte was found in the request line, if anywhere."""
    if "\x00" in scope.get("path", ""):
        return {"loc": ["path"], "msg": "NUL bytes are not allowed", "type": "value_error"}
    query = scope.get("query_string", b"").decode("latin-1")
    if "%00" not in query and "\x00" not in query:
        return None
    for name, value in parse_qsl(query, keep_blank_values=True):
        if "\x00" in name or "\x00" in value:
            where = name.replace("\x00", "\\x00")
            message = "NUL bytes are not allowed"
            return {"loc": ["query", where], "msg": message, "type": "value_error"}
    return None


class NulGuardMiddleware:
    """422 for a NUL byte anywhere in the path or the query string."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            problem = nul_problem(scope)
            if problem is not None:
                await send_json(send, 422, {"detail": [problem]})
                return
        await self.app(scope, receive, send)


class ReadBudgetMiddleware:
    """Each GET runs under a query budget that ends at ``seconds`` or when the client leaves."""

    def __init__(self, app: Any, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        budget = QueryBudget(self.seconds)
        messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

        async def watch() -> None:
            while True:
                message = await receive()
                await messages.put(message)
                if message["type"] == "http.disconnect":
                    budget.cancel("the client went away")
                    return

        loop = asyncio.get_running_loop()
        timer = loop.call_later(self.seconds, budget.cancel, f"took longer than {self.seconds:g} s")
        watcher = asyncio.create_task(watch())
        try:
            with budget_scope(budget):
                await self.app(scope, messages.get, send)
        finally:
            timer.cancel()
            watcher.cancel()
