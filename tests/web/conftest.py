"""Page fixtures: the hand-written store behind a TestClient, and the demo data behind a live
server on 127.0.0.1 (a random free port) for the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.seed import seed
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store
from web.browser import chromium  # noqa: F401  (a fixture for the browser tests)

TOKEN = "web-token-456"


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("web") / "pages.db"
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{path}", api_token=TOKEN)
    store = Store.open(settings.db_url)
    seed(store, settings)
    with TestClient(create_app(settings, store=store)) as client:
        yield client
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    store: Store
    settings: Settings


def demo_documents() -> list[Any]:
    """The demo's samples (reference article, real Syria headlines) and the crisis corpus."""
    from tocsin.backtest.corpus import crisis_corpus
    from tocsin.cli.demo import sample_documents

    return sorted([*sample_documents(), *crisis_corpus()], key=lambda d: (d.date, d.id))


@pytest.fixture(scope="session")
def demo_server(pipeline: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The demo data and the crisis corpus served by uvicorn in a thread."""
    import uvicorn

    from tocsin.cli.demo import code_samples

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    port = free_port()
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{path}", api_token=TOKEN, port=port)
    store = Store.open(settings.db_url)
    code_samples(pipeline, store, settings, lambda message: None, demo_documents())
    app = create_app(settings, pipeline_factory=lambda: pipeline, store=store)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield LiveServer(f"http://127.0.0.1:{port}", store, settings)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()
