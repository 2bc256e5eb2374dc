"""Webhook delivery against a local HTTP server started by the test."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tocsin.alerts.model import Alert, Evidence
from tocsin.alerts.webhook import deliver


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        payload = json.loads(body)
        status = 500 if payload["alert"]["actor"] == "BAD" else 204
        self.server.received.append(payload)  # type: ignore[attr-defined]
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args: object) -> None:  # keep test output clean
        return


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    httpd = HTTPServer(("127.0.0.1", 0), Receiver)
    httpd.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def alert(actor: str = "IND") -> Alert:
    return Alert(
        kind="ladder",
        level="warning",
        actor=actor,
        recipient="PAK",
        window_start=date(2026, 3, 16),
        window_end=date(2026, 3, 23),
        reason="moved from threats to mobilisation on 2026-03-23",
        score=1.0,
        key="rung:3:2026-03-23",
        incident_ids=("inc-1",),
        evidence=(Evidence("inc-1", "ev-1", "doc-1", "India deployed troops."),),
    )


def test_delivers_alert_json(server: HTTPServer) -> None:
    url = f"http://127.0.0.1:{server.server_port}/hook"
    sent = alert()
    assert deliver([sent], url) == [sent.id]
    (payload,) = server.received  # type: ignore[attr-defined]
    assert payload["type"] == "tocsin.alert"
    assert payload["alert"]["id"] == sent.id
    assert payload["alert"]["dyad"] == "IND→PAK"
    assert payload["alert"]["evidence"][0]["sentence"] == "India deployed troops."


def test_refused_and_unreachable_deliveries_are_not_counted(server: HTTPServer) -> None:
    url = f"http://127.0.0.1:{server.server_port}/hook"
    good, bad = alert(), alert("BAD")
    assert deliver([bad, good], url) == [good.id]
    port = server.server_port
    server.shutdown()
    server.server_close()
    assert deliver([good], f"http://127.0.0.1:{port}/hook", timeout=1.0) == []
