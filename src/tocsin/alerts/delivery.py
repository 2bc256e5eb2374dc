"""Webhook delivery that does not give up at the first failure.

Each run of detection posts its new alerts, and also every alert whose earlier delivery failed
and whose wait is over. A failure is recorded on the alert's row (attempts, the error, when to
try again); the wait starts at ``webhook_retry_seconds`` and doubles after each failure, up to
a day; after ``webhook_max_attempts`` attempts the alert is no longer tried.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.alerts.model import Alert
from tocsin.alerts.tables import AlertEvidenceRow, AlertRow
from tocsin.alerts.webhook import post_alerts
from tocsin.settings import Settings

MAX_WAIT = timedelta(days=1)


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int = 0
    failed: int = 0
    retried: int = 0


def retry_wait(attempts: int, first_wait_seconds: int) -> timedelta:
    """How long to wait after the ``attempts``-th failure: doubling, at most a day."""
    seconds = first_wait_seconds * 2 ** max(attempts - 1, 0)
    return min(timedelta(seconds=seconds), MAX_WAIT)


def row_payload(session: Session, row: AlertRow) -> dict[str, Any]:
    """A stored alert as the webhook JSON (the shape of ``Alert.to_dict()``)."""
    evidence = session.scalars(
        select(AlertEvidenceRow)
        .where(AlertEvidenceRow.alert_id == row.id)
        .order_by(AlertEvidenceRow.id)
    ).all()
    return {
        "id": row.id,
        "kind": row.kind,
        "level": row.level,
        "actor": row.actor,
        "recipient": row.recipient,
        "dyad": f"{row.actor}→{row.recipient}",
        "window": {"start": row.window_start.isoformat(), "end": row.window_end.isoformat()},
        "reason": row.reason,
        "score": round(row.score, 3),
        "as_of": row.last_seen.isoformat(),
        "detected": {level: day.isoformat() for level, day in row.detected().items()},
        "incident_ids": sorted({e.incident_id for e in evidence}),
        "evidence": [
            {
                "incident_id": e.incident_id,
                "event_id": e.event_id,
                "doc_id": e.doc_id,
                "sentence": e.sentence,
            }
            for e in evidence
        ],
    }


def due_retries(session: Session, settings: Settings, now: datetime) -> list[AlertRow]:
    """Alerts whose earlier delivery failed, that may be tried again now."""
    query = (
        select(AlertRow)
        .where(
            AlertRow.delivered_at.is_(None),
            AlertRow.delivery_attempts > 0,
            AlertRow.delivery_attempts < settings.webhook_max_attempts,
            AlertRow.next_delivery_at <= now,
        )
        .order_by(AlertRow.next_delivery_at, AlertRow.id)
    )
    return list(session.scalars(query))


def deliver_alerts(
    session: Session, settings: Settings, new: Iterable[Alert], now: datetime
) -> DeliveryReport:
    """Post the new alerts and the due retries; record each outcome on the alert's row."""
    if not settings.alert_webhook:
        return DeliveryReport()
    retries = due_retries(session, settings, now)
    new_ids = {a.id for a in new}
    payloads = [a.to_dict() for a in new]
    payloads += [row_payload(session, row) for row in retries if row.id not in new_ids]
    report = {"delivered": 0, "failed": 0, "retried": len(payloads) - len(new_ids)}
    for outcome in post_alerts(payloads, settings.alert_webhook):
        row = session.get(AlertRow, outcome.alert_id)
        if row is None:
            continue
        if outcome.delivered:
            row.delivered_at, row.next_delivery_at, row.delivery_error = now, None, None
            report["delivered"] += 1
            continue
        row.delivery_attempts = (row.delivery_attempts or 0) + 1
        row.delivery_error = outcome.error
        row.next_delivery_at = now + retry_wait(
            row.delivery_attempts, settings.webhook_retry_seconds
        )
        report["failed"] += 1
    session.flush()
    return DeliveryReport(**report)
