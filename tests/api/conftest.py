"""An app over a small hand-written store (no pipeline needed unless a test codes text)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.seed import seed
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store

TOKEN = "test-token-123"


def no_pipeline() -> Any:
    raise AssertionError("this test must not load the pipeline")


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Settings]]:
    path: Path = tmp_path_factory.mktemp("api") / "seeded.db"
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{path}", api_token=TOKEN)
    store = Store.open(settings.db_url)
    seed(store, settings)
    yield store, settings
    store.close()


@pytest.fixture(scope="session")
def client(seeded: tuple[Store, Settings]) -> Iterator[TestClient]:
    store, settings = seeded
    with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as c:
        yield c


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
