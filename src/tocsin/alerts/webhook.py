"""Deliver alerts to a webhook: one JSON POST per alert."""

from __future__ import annotations

import logging
from collections.abc import Iterable

import httpx

from tocsin.alerts.model import Alert

log = logging.getLogger(__name__)


def deliver(
    alerts: Iterable[Alert],
    url: str,
    client: httpx.Client | None = None,
    timeout: float = 10.0,
) -> list[str]:
    """POST each alert's JSON to ``url``; returns the ids the server accepted (2xx).

    A failed delivery is logged and left for the next run; it never stops detection.
    """
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    delivered = []
    try:
        for alert in alerts:
            try:
                response = http.post(url, json={"type": "tocsin.alert", "alert": alert.to_dict()})
            except httpx.HTTPError as exc:
                log.warning("alert %s not delivered to %s: %s", alert.id, url, exc)
                continue
            if response.is_success:
                delivered.append(alert.id)
            else:
                log.warning("alert %s refused by %s: HTTP %s", alert.id, url, response.status_code)
    finally:
        if own:
            http.close()
    return delivered
