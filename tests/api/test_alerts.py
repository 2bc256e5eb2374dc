"""``/api/alerts`` and ``/api/claims``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.conftest import no_pipeline
from tocsin.alerts.model import Alert
from tocsin.alerts.service import record_alerts
from tocsin.api import create_app
from tocsin.settings import Settings
from tocsin.store import Store
from tocsin.store.alert_scan import mark_scanned


def test_alerts_cite_their_evidence(client: TestClient) -> None:
    alerts = client.get("/api/alerts").json()["alerts"]
    assert alerts, "the shelling after a quiet baseline raises an alert"
    for alert in alerts:
        assert alert["evidence"], alert
        assert all(e["sentence"] for e in alert["evidence"])
    one = client.get(f"/api/alerts/{alerts[0]['id']}").json()
    assert one["id"] == alerts[0]["id"]


def test_every_alert_was_detected_at_its_level_and_last_on_its_last_day(
    client: TestClient,
) -> None:
    for alert in client.get("/api/alerts").json()["alerts"]:
        detected = alert["detected"]
        assert alert["level"] in detected and detected["info"] == alert["last_seen"], alert
        assert all(alert["first_seen"] <= day <= alert["last_seen"] for day in detected.values())


def onset(day: date, level: str, kind: str = "onset") -> Alert:
    """A detection on a family of Niger's war, in the week from 2025-03-03."""
    return Alert(
        kind=kind,
        level=level,
        actor="NER",
        recipient="state-groups",
        window_start=date(2025, 3, 3),
        window_end=day,
        reason=f"{kind} as of {day}",
        score=0.5,
        key=f"{kind}:{day}",
        as_of=day,
        scope="family",
        unit="NER:state-groups",
        label="Niger: state forces vs named armed groups",
    )


@pytest.fixture
def lapsed(tmp_path: Path) -> Iterator[TestClient]:
    """A store whose one alert was a warning on 2025-03-04, repeated by an info on 2025-03-07,
    the latest day alerts were detected as of."""
    settings = Settings.from_env(environ={}, db_url=f"sqlite:///{tmp_path / 'lapsed.db'}")
    with Store(settings.db_url) as store:
        with store.session() as session:
            record_alerts(session, settings, [onset(date(2025, 3, 4), "warning")], date(2025, 3, 4))
            day = date(2025, 3, 7)
            record_alerts(session, settings, [onset(day, "info", "forecast")], day)
            mark_scanned(session, day)
        with TestClient(create_app(settings, pipeline_factory=no_pipeline, store=store)) as c:
            yield c


def test_an_alert_serves_the_last_day_each_level_was_detected(lapsed: TestClient) -> None:
    (alert,) = lapsed.get("/api/alerts").json()["alerts"]
    assert alert["level"] == "warning" and alert["last_seen"] == "2025-03-07"
    assert alert["detected"] == {"info": "2025-03-07", "warning": "2025-03-04"}
    assert lapsed.get(f"/api/alerts/{alert['id']}").json()["detected"] == alert["detected"]
    page = lapsed.get("/alerts").text
    assert "warning until 2025-03-04" in page and "info still detected" in page
    assert "latest day of data, <b>2025-03-07</b>" in page


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
