"""Store fixtures: a database URL per backend and coded documents built by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.databases import BACKENDS, database
from tocsin.store import Store


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as opened:
        yield opened
