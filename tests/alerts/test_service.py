"""Detection on a store: alerts saved with evidence, listed, idempotent, delivered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from alerts.scenarios import escalate
from tocsin.alerts import detect, list_alerts
from tocsin.settings import Settings
from tocsin.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'alerts.db'}") as opened:
        yield opened


def listed(store: Store, **filters) -> list[dict]:
    with store.session() as session:
        return list_alerts(session, **filters)


class Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.server.hits += 1  # type: ignore[attr-defined]
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


def test_detect_saves_alerts_with_evidence(store: Store, settings: Settings) -> None:
    escalate(store, settings)
    settings = replace(settings, dyad_alert_max_level="critical")  # the detectors' own levels
    alerts = detect(store, settings, as_of=date(2026, 3, 23))
    kinds = {(a.kind, a.level) for a in alerts}
    assert ("ladder", "warning") in kinds
    rows = listed(store)
    ladder = next(r for r in rows if r["kind"] == "ladder" and r["level"] == "warning")
    assert ladder["dyad"] == "IND–PAK" and ladder["first_seen"] == "2026-03-23"
    assert (
        ladder["dyad_level"] == "dyad"
        and ladder["label"] == "Indian state forces – Pakistani state forces"
    )
    sentences = {e["sentence"] for e in ladder["evidence"]}
    assert "India deployed troops to the border." in sentences
    assert listed(store, level="critical") == []
    assert listed(store, since=date(2026, 4, 1)) == []
    # Detecting again on a later day keeps one alert per escalation.
    detect(store, settings, as_of=date(2026, 3, 25))
    again = [r for r in listed(store) if r["id"] == ladder["id"]]
    assert len(again) == 1 and again[0]["first_seen"] == "2026-03-23"
    assert again[0]["last_seen"] == "2026-03-25"


def test_new_alerts_are_posted_to_the_webhook(store: Store, settings: Settings) -> None:
    httpd = HTTPServer(("127.0.0.1", 0), Hook)
    httpd.hits = 0  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        hooked = Settings.from_env(
            environ={}, alert_webhook=f"http://127.0.0.1:{httpd.server_port}/"
        )
        escalate(store, settings)
        found = detect(store, hooked, as_of=date(2026, 3, 23))
        assert httpd.hits == len(found) > 0  # type: ignore[attr-defined]
        assert all(r["delivered"] for r in listed(store))
        detect(store, hooked, as_of=date(2026, 3, 23))
        assert httpd.hits == len(found)  # type: ignore[attr-defined]  # no re-delivery
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
