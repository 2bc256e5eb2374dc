"""Fuzzing every route of the app's table: hostile paths, queries and bodies never get a 500.

Every GET and POST route (API and dashboard) is called with each hostile value in each path and
query parameter, and every POST with broken, mistyped and oversized bodies, with and without
the token, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from api.conftest import TOKEN
from api.seed import seed
from store.databases import BACKENDS, database
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store

MAX_CHARS = 10_000  # a small document limit, so over-limit bodies stay small

VALUES = [
    "%00",
    "a%00b",
    str(2**63),
    str(-(2**63) - 1),
    "-1",
    "1e309",
    "-1e309",
    "NaN",
    "inf",
    "",
    "%FF%FE",
    "%ED%A0%80",  # a lone surrogate, UTF-8 encoded
    "0001-01-01",
    "9999-12-31",
    "2023-02-30",
    "..%2F..%2Fetc%2Fpasswd",
    "x" * 5000,
    "%27%3B%20DROP%20TABLE%20events%3B--",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
]

BODIES: list[bytes] = [
    b"",
    b"{",
    b"null",
    b"[]",
    b'"text"',
    b"\x00",
    b"\xff\xfe",
    b'{"text": 1}',
    b'{"text": ["a"]}',
    b'{"text": {"a": 1}}',
    b'{"text": "\\u0000"}',
    b'{"text": "Mali expelled \\ud800 envoys."}',
    b'{"text": "Mali expelled envoys.", "date": "99999-01-01"}',
    b'{"text": "Mali expelled envoys.", "date": 1e309}',
    b'{"text": "Mali expelled envoys.", "date": "0001-01-01"}',
    b'{"url": "http://127.0.0.1:1/"}',
    b'{"url": "file:///etc/passwd"}',
    b'{"url": 18446744073709551616}',
    b'{"note": 1e309}',
    b'{"note": "\\u0000"}',
    b'{"incident_id": 9223372036854775808}',
    json.dumps({"text": "x" * (MAX_CHARS + 1)}).encode(),
    b"[" * 5000 + b"]" * 5000,
]


@pytest.fixture(scope="module", params=BACKENDS)
def fuzzed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pipeline: Any
) -> Iterator[tuple[TestClient, list[Endpoint]]]:
    with database(request.param, tmp_path_factory.mktemp("fuzz")) as url:
        settings = Settings.from_env(
            environ={}, db_url=url, api_token=TOKEN, max_document_chars=MAX_CHARS
        )
        store = Store.open(url)
        seed(store, settings)
        app = create_app(settings, pipeline_factory=lambda: pipeline, store=store)
        routes = route_table(app)
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client, routes
        store.close()


@dataclass(frozen=True)
class Endpoint:
    """One route of the app's table: its full path, methods and parameters."""

    path: str
    methods: frozenset[str]
    dependant: Any


def route_table(app: Any) -> list[Endpoint]:
    """Every API route with its full path (newer FastAPI keeps included routers apart)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # FastAPI before 0.16x: included routes are in app.routes
        return [
            Endpoint(r.path, frozenset(r.methods), r.dependant)
            for r in app.routes
            if isinstance(r, APIRoute)
        ]
    return [
        Endpoint(c.path, frozenset(c.methods), c.original_route.dependant)
        for c in iter_route_contexts(app.routes)
        if isinstance(c.original_route, APIRoute)
    ]


def paths(route: Endpoint) -> Iterator[str]:
    """The route's path with each hostile value in each path parameter (others plain)."""
    names = [p.name for p in route.dependant.path_params]
    plain = route.path
    for name in names:
        plain = plain.replace("{" + name + "}", "x").replace("{" + name + ":path}", "x")
    yield plain
    for name in names:
        for value in VALUES:
            path = route.path.replace("{" + name + "}", value)
            path = path.replace("{" + name + ":path}", value)
            for other in names:
                path = path.replace("{" + other + "}", "x").replace("{" + other + ":path}", "x")
            yield path


def queries(route: Endpoint) -> Iterator[str]:
    """Each hostile value in each query parameter, and all of them at once."""
    names = [p.alias for p in route.dependant.query_params]
    yield ""
    for name in names:
        for value in VALUES:
            yield f"?{name}={value}"
    for value in VALUES:
        if names:
            yield "?" + "&".join(f"{name}={value}" for name in names)


def test_the_route_table_is_covered(fuzzed: tuple[TestClient, list[Endpoint]]) -> None:
    _, routes = fuzzed
    methods = {m for r in routes for m in r.methods}
    assert {"GET", "POST"} <= methods and len(routes) > 25
    assert {"/api/documents", "/api/documents/{doc_id:path}", "/documents/{doc_id:path}"} <= {
        r.path for r in routes
    }


def test_no_get_answers_500(fuzzed: tuple[TestClient, list[Endpoint]]) -> None:
    client, routes = fuzzed
    failures = []
    calls = 0
    for route in routes:
        if "GET" not in route.methods:
            continue
        plain, *hostile = paths(route)
        for path in [plain + query for query in queries(route)] + hostile:
            calls += 1
            response = client.get(path)
            if response.status_code >= 500 and response.status_code != 503:
                failures.append((path, response.status_code))
    assert calls > 1000
    assert not failures, failures[:20]


@pytest.mark.parametrize("token", [TOKEN, None, "\x00", "x" * 10_000])
def test_no_post_answers_500(fuzzed: tuple[TestClient, list[Endpoint]], token: str | None) -> None:
    client, routes = fuzzed
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}".encode("latin-1", "replace").decode("latin-1")
    failures = []
    for route in routes:
        if "POST" not in route.methods:
            continue
        for path in list(paths(route))[:6]:
            for body in BODIES:
                response = client.post(path, content=body, headers=headers)
                if response.status_code >= 500 and response.status_code not in (502, 503):
                    failures.append((path, body[:40], response.status_code))
    assert not failures, failures[:20]


def chunked(total: int, size: int = 16_384) -> Iterator[bytes]:
    yield b'{"text": "'
    for _ in range(total // size):
        yield b"x" * size
    yield b'"}'


def test_over_limit_bodies_are_413_declared_or_chunked(
    fuzzed: tuple[TestClient, list[Endpoint]],
) -> None:
    client, routes = fuzzed
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = json.dumps({"text": "x" * (MAX_CHARS * 5 + 100_000)}).encode()
    for route in routes:
        if "POST" not in route.methods:
            continue
        path = next(paths(route))
        declared = client.post(path, content=big, headers=headers)
        assert declared.status_code == 413, (path, declared.status_code)
        streamed = client.post(path, content=chunked(len(big)), headers=headers)
        if route.dependant.body_params:  # a route that reads its body
            assert streamed.status_code == 413, (path, streamed.status_code, streamed.text[:200])
        else:  # one that never reads it answers as without a body
            assert streamed.status_code in (404, 409, 413), (path, streamed.status_code)


def test_a_date_outside_1800_to_2199_is_422(fuzzed: tuple[TestClient, list[Endpoint]]) -> None:
    client, _ = fuzzed
    headers = {"Authorization": f"Bearer {TOKEN}"}
    for day in ("0001-01-01", "9999-12-31", "1799-12-31"):
        answer = client.post(
            "/api/documents", json={"text": "Mali expelled envoys.", "date": day}, headers=headers
        )
        assert answer.status_code == 422 and "outside 1800–2199" in answer.text, answer.text


def test_a_document_over_the_character_limit_is_413(
    fuzzed: tuple[TestClient, list[Endpoint]],
) -> None:
    client, _ = fuzzed
    headers = {"Authorization": f"Bearer {TOKEN}"}
    answer = client.post("/api/documents", json={"text": "x " * MAX_CHARS}, headers=headers)
    assert answer.status_code == 413 and "max_document_chars" in answer.json()["detail"]
