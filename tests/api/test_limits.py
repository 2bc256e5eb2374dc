"""The body limit answers 413 for declared and for streamed (chunked) bodies."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from tocsin.api.limits import BodyLimitMiddleware, body_limit_for


def echo_app(limit: int) -> FastAPI:
    app = FastAPI()

    @app.post("/echo")
    async def echo(request: Request) -> dict[str, int]:
        return {"size": len(await request.body())}

    app.add_middleware(BodyLimitMiddleware, max_bytes=limit)
    return app


def chunks(n: int, size: int) -> Iterator[bytes]:
    for _ in range(n):
        yield b"x" * size


def test_small_body_passes() -> None:
    with TestClient(echo_app(100)) as c:
        assert c.post("/echo", content=b"x" * 100).json() == {"size": 100}


def test_declared_large_body_is_413() -> None:
    with TestClient(echo_app(100)) as c:
        assert c.post("/echo", content=b"x" * 101).status_code == 413


def test_streamed_large_body_is_413() -> None:
    with TestClient(echo_app(100)) as c:
        response = c.post("/echo", content=chunks(5, 40))
    assert response.status_code == 413


def test_limit_leaves_room_for_the_largest_document() -> None:
    assert body_limit_for(1000) > 4000
