"""Deliver alerts to a webhook: one JSON POST per alert, each outcome reported."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from tocsin.alerts.model import Alert

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What became of one POST: accepted (2xx), or the error that stopped it."""

    alert_id: str
    delivered: bool
    error: str | None = None


def post_alerts(
    payloads: Iterable[dict[str, Any]],
    url: str,
    client: httpx.Client | None = None,
    timeout: float = 10.0,
) -> list[Outcome]:
    """POST each alert JSON (``Alert.to_dict()`` shape) to ``url``; never raises for one alert."""
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    outcomes = []
    try:
        for payload in payloads:
            alert_id = payload["id"]
            try:
                response = http.post(url, json={"type": "tocsin.alert", "alert": payload})
            except httpx.HTTPError as exc:
                log.warning("alert %s not delivered to %s: %s", alert_id, url, exc)
                outcomes.append(Outcome(alert_id, False, f"{type(exc).__name__}: {exc}"[:300]))
                continue
            if response.is_success:
                outcomes.append(Outcome(alert_id, True))
            else:
                log.warning("alert %s refused by %s: HTTP %s", alert_id, url, response.status_code)
                outcomes.append(Outcome(alert_id, False, f"HTTP {response.status_code}"))
    finally:
        if own:
            http.close()
    return outcomes


def deliver(
    alerts: Iterable[Alert],
    url: str,
    client: httpx.Client | None = None,
    timeout: float = 10.0,
) -> list[str]:
    """POST each alert's JSON to ``url``; returns the ids the server accepted (2xx)."""
    payloads = (alert.to_dict() for alert in alerts)
    return [o.alert_id for o in post_alerts(payloads, url, client, timeout) if o.delivered]
