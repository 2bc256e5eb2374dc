"""A read stops when its time is up (503) and when the client goes away, on both stores."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from api.conftest import no_pipeline
from store.databases import BACKENDS, database
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store
from tocsin.store.budget import BudgetSpent

#: a statement that never ends by itself
ENDLESS = {
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
    "SELECT max(x) FROM c",
    "postgresql": "SELECT pg_sleep(60)",
}


STOPPED = ("OperationalError", "BudgetSpent")  # stopped while running, or before it began


class Served:
    """An app with an endless read route, served by uvicorn on a loopback port."""

    def __init__(self, url: str, seconds: float) -> None:
        self.store = Store.open(url)
        settings = Settings.from_env(environ={}, db_url=url, api_request_seconds=seconds)
        self.app = create_app(settings, pipeline_factory=no_pipeline, store=self.store)
        self.outcome: list[tuple[str, float]] = []
        self.started = threading.Event()
        self.app.get("/api/endless")(self.endless)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="error")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def endless(self) -> dict[str, Any]:
        began = time.monotonic()
        self.started.set()
        try:
            with self.store.session() as session:
                session.execute(text(ENDLESS[self.store.engine.dialect.name]))
        except (OperationalError, BudgetSpent) as exc:
            self.outcome.append((type(exc).__name__, time.monotonic() - began))
            raise
        self.outcome.append(("finished", time.monotonic() - began))
        return {}

    def __enter__(self) -> str:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.store.close()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database(request.param, tmp_path) as url:
        yield url


def wait_for(outcome: list[Any], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not outcome and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_read_past_its_budget_is_stopped_with_503(db_url: str) -> None:
    served = Served(db_url, seconds=2.0)
    with served as base:
        began = time.monotonic()
        response = httpx.get(f"{base}/api/endless", timeout=30)
        elapsed = time.monotonic() - began
    assert response.status_code == 503
    assert "api_request_seconds" in response.json()["detail"]
    assert elapsed < 8
    assert served.outcome and served.outcome[0][0] in STOPPED


def test_a_read_stops_when_the_client_goes_away(db_url: str) -> None:
    served = Served(db_url, seconds=60.0)
    with served as base:
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(f"{base}/api/endless", timeout=httpx.Timeout(30, read=1.0))
        assert served.started.is_set()
        wait_for(served.outcome, 10)
    assert served.outcome, "the statement was still running 10 s after the client left"
    kind, seconds = served.outcome[0]
    assert kind in STOPPED
    assert seconds < 6
