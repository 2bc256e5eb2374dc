"""``/api/events`` filters and ``/api/incidents``."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def events(client: TestClient, **params) -> list[dict]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["events"])
    return body["events"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 6),
        ({"actor": "CHL"}, 4),
        ({"actor": "CHLMIL"}, 2),
        ({"recipient": "CHL"}, 2),
        ({"actor": "PER", "recipient": "CHL"}, 2),
        ({"event": "ASSAULT"}, 2),
        ({"event": "assault", "status": "denied"}, 1),
        ({"status": ["possible", "denied"]}, 2),
        ({"cameo": "19"}, 2),
        ({"since": "2026-05-06"}, 2),
        ({"until": "2026-05-04"}, 2),
        ({"since": "2026-05-05", "until": "2026-05-05"}, 2),
        ({"place": "PER"}, 2),
        ({"text": "sanctions"}, 1),
        ({"text": "no such words anywhere"}, 0),
    ],
)
def test_event_filters(client: TestClient, params: dict, expected: int) -> None:
    assert len(events(client, **params)) == expected


def test_events_follow_the_record_contract(client: TestClient) -> None:
    (record,) = events(client, status="possible")
    assert record["event"] == "MOBILIZE"
    assert record["attribution"]["anonymous"] is True
    assert record["factuality"] == {"status": "possible", "score": 0.5, "cue": None}
    for key in ("id", "doc_id", "sentence", "trigger", "cameo", "quad_class", "goldstein"):
        assert key in record


def test_event_by_id_has_its_incident(client: TestClient) -> None:
    first = events(client, event="ASSAULT", status="asserted")[0]
    body = client.get(f"/api/events/{first['id']}").json()
    assert body["id"] == first["id"]
    assert body["incident_id"].startswith("inc-")


def test_unknown_event_is_404(client: TestClient) -> None:
    assert client.get("/api/events/ev-missing").status_code == 404


def test_bad_event_filters_are_422(client: TestClient) -> None:
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"limit": 100_000}).status_code == 422


def test_incidents_merge_the_denied_shelling(client: TestClient) -> None:
    body = client.get("/api/incidents", params={"event": "ASSAULT"}).json()
    (incident,) = body["incidents"]
    assert incident["n_mentions"] == 2
    assert incident["contested"] is True
    assert incident["status"] == "asserted"
    assert {m["doc_id"] for m in incident["mentions"]} == {"doc-api-1", "doc-api-2"}


def test_incident_filters(client: TestClient) -> None:
    def ids(**params) -> set[str]:
        return {i["event"] for i in client.get("/api/incidents", params=params).json()["incidents"]}

    assert ids(actor="PER") == {"ACCUSE", "AGREE"}
    assert ids(quad_class=1) == {"AGREE"}
    assert ids(since="2026-05-06") == {"THREATEN", "AGREE"}
    assert client.get("/api/incidents", params={"quad_class": 7}).status_code == 422


def test_incident_by_id_and_404(client: TestClient) -> None:
    listed = client.get("/api/incidents", params={"event": "AGREE"}).json()["incidents"][0]
    body = client.get(f"/api/incidents/{listed['id']}").json()
    assert body["place"] == "Arica"
    assert body["mentions"][0]["doc_id"] == "doc-api-4"
    assert client.get("/api/incidents/inc-missing").status_code == 404
