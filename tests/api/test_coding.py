"""Posting a document codes it with the real pipeline, once: a second post adds nothing."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.conftest import TOKEN
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store

ARTICLE = (
    "QUITO (Test Wire) — Ecuador's army attacked rebel camps near the Colombian border on "
    "Tuesday, the defence ministry said. Colombia condemned the raid and demanded an "
    "explanation from Ecuador."
)


def test_post_codes_stores_and_is_idempotent(pipeline, tmp_path) -> None:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'coded.db'}", api_token=TOKEN
    )
    store = Store.open(settings.db_url)
    calls = []

    def factory():
        calls.append(1)
        return pipeline

    headers = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(settings, pipeline_factory=factory, store=store)) as c:
        first = c.post(
            "/api/documents",
            json={"text": ARTICLE, "date": "2026-02-03", "title": "Raid", "source": "Test Wire"},
            headers=headers,
        )
        assert first.status_code == 201, first.text
        body = first.json()
        assert body["new"] is True
        assert body["events"], "the pipeline found no event in a plain attack report"
        assert {e["doc_id"] for e in body["events"]} == {body["id"]}
        stored = c.get(f"/api/documents/{body['id']}").json()
        assert stored["title"] == "Raid"
        assert stored["events"] == len(body["events"])
        again = c.post("/api/documents", json={"text": ARTICLE}, headers=headers)
        assert again.status_code == 200
        assert again.json()["new"] is False
        assert c.get("/api/documents").json()["total"] == 1
        assert c.get("/api/events").json()["total"] == len(body["events"])
    assert calls == [1], "the pipeline is loaded once per app"
    store.close()
