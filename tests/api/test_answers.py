"""Repeated reads answered from memory, and never a stale answer after a write."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import event

from api.conftest import TOKEN, no_pipeline
from api.seed import ARTICLES, build, seed
from tocsin.api import create_app
from tocsin.api.answers import AnswerCache
from tocsin.settings import Settings
from tocsin.store import Store


def app_over(tmp_path: Path) -> tuple[TestClient, Store]:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'a.db'}", api_token=TOKEN
    )
    store = Store.open(settings.db_url)
    seed(store, settings)
    return TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)), store


def test_a_repeated_read_is_answered_from_memory_until_a_write(tmp_path: Path) -> None:
    client, store = app_over(tmp_path)
    with client:
        first = client.get("/api/documents?limit=10")
        statements: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        again = client.get("/api/documents?limit=10")
        assert again.json() == first.json()
        assert len(statements) == 1 and "store_version" in statements[0]  # no route query ran
        # a committed write moves the version on: the next read sees it
        extra = build({**ARTICLES[0], "id": "doc-api-new"})
        store.save([extra])
        after = client.get("/api/documents?limit=10").json()
        assert after["total"] == first.json()["total"] + 1
        assert "doc-api-new" in {d["id"] for d in after["documents"]}
        # errors are not kept
        assert client.get("/api/documents/nope").status_code == 404
        store.save([build({**ARTICLES[1], "id": "nope"})])
        assert client.get("/api/documents/nope").status_code == 200
    store.close()


def test_the_cache_is_bounded_by_entries_and_bytes() -> None:
    cache = AnswerCache(entries=3, total_bytes=100)
    for n in range(5):
        cache.put((f"/api/x{n}", b""), 1, (200, [], b"x" * 10))
    assert cache.get(("/api/x0", b""), 1) is None and cache.get(("/api/x4", b""), 1) is not None
    cache.put(("/api/big", b""), 1, (200, [], b"y" * 90))
    assert cache.get(("/api/x3", b""), 1) is None  # pushed out by bytes, least recent first
    assert cache.get(("/api/x4", b""), 1) is not None  # read just before
    assert cache.get(("/api/big", b""), 1) is not None
    assert cache.get(("/api/big", b""), 2) is None  # another store version
