"""Detection on a store: alerts saved with evidence, listed, idempotent, delivered."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from incidents.storage import add
from tocsin.settings import Settings

Base = pytest.importorskip("tocsin.store.schema").Base

from tocsin.alerts.service import detect, list_alerts  # noqa: E402 - needs the store schema
from tocsin.incidents.service import IncidentBuilder  # noqa: E402


@pytest.fixture
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


def escalate(session: Session, settings: Settings) -> None:
    steps = [
        ("2026-03-02", "ACCUSE", "112", "India accused Pakistan of sheltering militants."),
        ("2026-03-16", "THREATEN", "138", "India threatened to strike camps in Pakistan."),
        ("2026-03-23", "MOBILIZE", "150", "India deployed troops to the border."),
    ]
    ids = []
    for i, (day, kind, cameo, text) in enumerate(steps):
        spec = {"actor": "IND", "recipient": "PAK", "event": kind, "cameo": cameo, "text": text}
        ids += add(session, f"d{i}", "North", day, text, [spec])
    IncidentBuilder(settings).update(session, ids)


class Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.server.hits += 1  # type: ignore[attr-defined]
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


def test_detect_saves_alerts_with_evidence(session: Session, settings: Settings) -> None:
    escalate(session, settings)
    alerts = detect(session, settings, as_of=date(2026, 3, 23))
    kinds = {(a.kind, a.level) for a in alerts}
    assert ("ladder", "warning") in kinds
    rows = list_alerts(session)
    ladder = next(r for r in rows if r["kind"] == "ladder" and r["level"] == "warning")
    assert ladder["dyad"] == "IND→PAK" and ladder["first_seen"] == "2026-03-23"
    sentences = {e["sentence"] for e in ladder["evidence"]}
    assert "India deployed troops to the border." in sentences
    assert list_alerts(session, level="critical") == []
    assert list_alerts(session, since=date(2026, 4, 1)) == []
    # Detecting again on a later day keeps one alert per escalation.
    detect(session, settings, as_of=date(2026, 3, 25))
    again = [r for r in list_alerts(session) if r["id"] == ladder["id"]]
    assert len(again) == 1 and again[0]["first_seen"] == "2026-03-23"
    assert again[0]["last_seen"] == "2026-03-25"


def test_new_alerts_are_posted_to_the_webhook(session: Session, settings: Settings) -> None:
    httpd = HTTPServer(("127.0.0.1", 0), Hook)
    httpd.hits = 0  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        hooked = Settings.from_env(
            environ={}, alert_webhook=f"http://127.0.0.1:{httpd.server_port}/"
        )
        escalate(session, settings)
        found = detect(session, hooked, as_of=date(2026, 3, 23))
        assert httpd.hits == len(found) > 0  # type: ignore[attr-defined]
        assert all(r["delivered"] for r in list_alerts(session))
        detect(session, hooked, as_of=date(2026, 3, 23))
        assert httpd.hits == len(found)  # type: ignore[attr-defined]  # no re-delivery
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
