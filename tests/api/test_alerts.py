"""``/api/alerts`` and ``/api/claims``."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_alerts_cite_their_evidence(client: TestClient) -> None:
    alerts = client.get("/api/alerts").json()["alerts"]
    assert alerts, "the shelling after a quiet baseline raises an alert"
    for alert in alerts:
        assert alert["evidence"], alert
        assert all(e["sentence"] for e in alert["evidence"])
    one = client.get(f"/api/alerts/{alerts[0]['id']}").json()
    assert one["id"] == alerts[0]["id"]


def test_alert_filters(client: TestClient) -> None:
    dyad = client.get("/api/alerts", params={"actor": "CHL", "recipient": "PER"}).json()
    assert dyad["alerts"], "the seeded store holds a CHL→PER alert"
    assert all(a["actor"] == "CHL" for a in dyad["alerts"])
    none = client.get("/api/alerts", params={"since": "2030-01-01"}).json()
    assert none["alerts"] == []
    assert client.get("/api/alerts", params={"level": "panic"}).status_code == 422
    fine = client.get("/api/alerts", params={"dyad_level": "dyad", "unit": "CHL–PER"}).json()
    assert fine["alerts"] and all(a["dyad_level"] == "dyad" for a in fine["alerts"])
    assert client.get("/api/alerts", params={"dyad_level": "family"}).json()["alerts"] == []
    assert client.get("/api/alerts", params={"dyad_level": "world"}).status_code == 422


def test_unknown_alert_is_404(client: TestClient) -> None:
    assert client.get("/api/alerts/al-missing").status_code == 404


def test_claims_link_the_denial(client: TestClient) -> None:
    claims = client.get("/api/claims").json()["claims"]
    denials = [c for c in claims if c["kind"] == "denial"]
    assert denials and denials[0]["doc_id"] == "doc-api-2"
    one = client.get(f"/api/claims/{denials[0]['id']}").json()
    assert one["sentence"] == denials[0]["sentence"]
    assert client.get("/api/claims/cl-missing").status_code == 404
