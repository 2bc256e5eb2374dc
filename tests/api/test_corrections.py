"""Hand corrections of incidents through the API: split an event off, then undo it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.conftest import TOKEN, no_pipeline
from api.seed import seed
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store


@pytest.fixture
def fresh(tmp_path) -> Iterator[TestClient]:
    settings = Settings.from_env(
        environ={}, db_url=f"sqlite:///{tmp_path / 'fresh.db'}", api_token=TOKEN
    )
    store = Store.open(settings.db_url)
    seed(store, settings)
    with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as c:
        yield c
    store.close()


def assault_mentions(client: TestClient) -> list[dict]:
    incidents = client.get("/api/incidents", params={"event": "ASSAULT"}).json()["incidents"]
    return sorted(len(i["mentions"]) for i in incidents)


def test_split_then_unsplit(fresh: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    denied = fresh.get("/api/events", params={"status": "denied"}).json()["events"][0]["id"]
    assert assault_mentions(fresh) == [2]
    split = fresh.post(f"/api/events/{denied}/split", json={"note": "a later day"}, headers=auth)
    assert split.status_code == 200, split.text
    assert assault_mentions(fresh) == [1, 1]
    assert fresh.get(f"/api/events/{denied}").json()["incident_id"] == split.json()["incident_id"]
    back = fresh.post(f"/api/events/{denied}/unsplit", headers=auth)
    assert back.status_code == 200, back.text
    assert assault_mentions(fresh) == [2]
    again = fresh.post(f"/api/events/{denied}/unsplit", headers=auth)
    assert again.status_code == 409


def test_corrections_need_the_token_and_a_known_event(fresh: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert fresh.post("/api/events/ev-none/split").status_code == 401
    assert fresh.post("/api/events/ev-none/split", headers=auth).status_code == 404
    assert fresh.post("/api/events/ev-none/unsplit", headers=auth).status_code == 404
