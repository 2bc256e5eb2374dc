"""Webhook delivery that retries: a receiver that fails, then recovers, gets every alert once;
a receiver that never recovers is given up on after the last attempt."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from alerts.scenarios import escalate
from tocsin.alerts import detect
from tocsin.alerts.delivery import deliver_alerts, retry_wait
from tocsin.alerts.tables import AlertRow
from tocsin.settings import Settings
from tocsin.store import Store

T0 = datetime(2026, 3, 23, 12, 0)


class FlakyReceiver(BaseHTTPRequestHandler):
    """Answers 503 to the first ``failures`` POSTs, then 204; keeps every payload it accepts."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        server = self.server
        server.posts += 1  # type: ignore[attr-defined]
        if server.posts <= server.failures:  # type: ignore[attr-defined]
            self.send_response(503)
        else:
            server.accepted.append(body["alert"])  # type: ignore[attr-defined]
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def receiver() -> Iterator[HTTPServer]:
    httpd = HTTPServer(("127.0.0.1", 0), FlakyReceiver)
    httpd.posts, httpd.failures, httpd.accepted = 0, 0, []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'alerts.db'}") as opened:
        yield opened


def rows(store: Store) -> list[AlertRow]:
    with store.session() as session:
        found = list(session.scalars(select(AlertRow).order_by(AlertRow.id)))
        session.expunge_all()
        return found


def retry(store: Store, settings: Settings, now: datetime) -> None:
    with store.session() as session:
        deliver_alerts(session, settings, [], now)


def test_the_wait_doubles_up_to_a_day() -> None:
    assert [retry_wait(n, 60).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]
    assert retry_wait(30, 60) == timedelta(days=1)


def test_a_failed_delivery_is_retried_with_backoff_until_it_succeeds(
    store: Store, receiver: HTTPServer
) -> None:
    url = f"http://127.0.0.1:{receiver.server_port}/hook"
    settings = Settings.from_env(environ={}, alert_webhook=url, webhook_retry_seconds=60)
    escalate(store, Settings.from_env(environ={}))
    receiver.failures = 10**6  # type: ignore[attr-defined]  # down for now
    found = detect(store, settings, as_of=date(2026, 3, 23))
    assert found, "the scenario must raise alerts"
    stored = rows(store)
    assert len(stored) == len(found)
    assert all(r.delivered_at is None and r.delivery_attempts == 1 for r in stored)
    assert {r.delivery_error for r in stored} == {"HTTP 503"}
    first_try = receiver.posts  # type: ignore[attr-defined]
    assert first_try == len(found)

    # the receiver recovers after one more failure
    receiver.failures = first_try + 1  # type: ignore[attr-defined]
    soon = max(r.next_delivery_at for r in stored) - timedelta(seconds=30)
    retry(store, settings, soon)  # too early: nothing is sent
    assert receiver.posts == first_try  # type: ignore[attr-defined]

    later = max(r.next_delivery_at for r in stored) + timedelta(seconds=1)
    retry(store, settings, later)  # one fails again, the others go through
    after = rows(store)
    assert sum(r.delivered_at is not None for r in after) == len(found) - 1
    (waiting,) = [r for r in after if r.delivered_at is None]
    assert waiting.delivery_attempts == 2
    assert waiting.next_delivery_at == later + timedelta(seconds=120)

    retry(store, settings, waiting.next_delivery_at + timedelta(seconds=1))
    assert all(r.delivered_at is not None and r.delivery_error is None for r in rows(store))
    accepted = receiver.accepted  # type: ignore[attr-defined]
    assert sorted(a["id"] for a in accepted) == sorted(a.id for a in found)
    assert all(a["evidence"] and a["dyad"] == f"{a['actor']}→{a['recipient']}" for a in accepted)

    posts = receiver.posts  # type: ignore[attr-defined]
    retry(store, settings, T0 + timedelta(days=30))
    detect(store, settings, as_of=date(2026, 3, 23))
    assert receiver.posts == posts  # type: ignore[attr-defined]  # delivered once, never again


def test_delivery_stops_after_the_last_attempt(store: Store, receiver: HTTPServer) -> None:
    url = f"http://127.0.0.1:{receiver.server_port}/hook"
    settings = Settings.from_env(
        environ={}, alert_webhook=url, webhook_retry_seconds=1, webhook_max_attempts=3
    )
    escalate(store, Settings.from_env(environ={}))
    receiver.failures = 10**6  # type: ignore[attr-defined]
    found = detect(store, settings, as_of=date(2026, 3, 23))
    assert found, "the scenario must raise alerts"
    now = datetime.now()
    for day in range(1, 6):
        retry(store, settings, now + timedelta(days=day))
    assert receiver.posts == 3 * len(found)  # type: ignore[attr-defined]
    assert all(r.delivery_attempts == 3 and r.delivered_at is None for r in rows(store))
