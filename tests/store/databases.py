"""Test databases: a temporary SQLite file, or a throw-away schema on a local PostgreSQL.

PostgreSQL tests use ``TOCSIN_TEST_PG_URL`` (default: trust auth on 127.0.0.1:5432, database
``test``) and skip cleanly when no server answers.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_URL = os.environ.get("TOCSIN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'store.db'}"


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections use a fresh schema, dropped afterwards; skips without a server."""
    psycopg = pytest.importorskip("psycopg")
    plain = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        admin = psycopg.connect(plain, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc}")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


@contextmanager
def database(kind: str, directory: Path) -> Iterator[str]:
    """URL of an empty database of ``kind`` (``sqlite`` or ``postgres``)."""
    if kind == "postgres":
        with postgres_schema() as url:
            yield url
    else:
        yield sqlite_url(directory)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
