"""Helpers for the ingest tests: run ``iter_documents``; serve pages from a local HTTP server."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tocsin.ingest import ProblemLog, iter_documents
from tocsin.models import Document
from tocsin.settings import Settings


@dataclass
class Ingested:
    documents: list[Document]
    log: ProblemLog


@pytest.fixture
def ingest(settings: Settings):
    """Run ``iter_documents`` over inputs and return documents plus the problems reported."""

    def run(inputs: Iterable[str], stdin: bytes | None = None, **overrides: object) -> Ingested:
        log = ProblemLog()
        chosen = Settings.from_env(environ={}, **overrides) if overrides else settings
        stream = io.BytesIO(stdin) if stdin is not None else None
        documents = list(
            iter_documents([str(i) for i in inputs], chosen, on_problem=log, stdin=stream)
        )
        return Ingested(documents, log)

    return run


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers.items())))
        route = self.server.routes.get(self.path)
        if route is None:
            route = Route(b"not found", 404, {"Content-Type": "text/plain"})
        if route.delay:
            time.sleep(route.delay)
        etag = route.headers.get("ETag")
        if etag and self.headers.get("If-None-Match") == etag:
            route = Route(b"", 304, {"ETag": etag})
        try:
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def add(self, path: str, body: bytes | str = b"", **options: object) -> str:
        """Serve ``body`` at ``path`` (options: status, headers, delay); returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **options)  # type: ignore[arg-type]
        return self.url(path)


@pytest.fixture
def web():
    """A threaded HTTP server on 127.0.0.1 (random port) serving the routes a test adds."""
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
