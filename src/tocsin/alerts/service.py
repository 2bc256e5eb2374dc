"""Detect alerts from a store's incidents, save them with their evidence, list them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tocsin.alerts.delivery import deliver_alerts
from tocsin.alerts.detectors import Thresholds
from tocsin.alerts.episodes import raised
from tocsin.alerts.model import LEVELS, Alert, Evidence
from tocsin.alerts.tables import AlertEvidenceRow, AlertRow
from tocsin.alerts.units import level_cap, scan_dyads
from tocsin.incidents.access import session_scope
from tocsin.incidents.service import incident_summaries
from tocsin.incidents.store_reports import load_reports
from tocsin.incidents.tables import IncidentMentionRow
from tocsin.settings import Settings
from tocsin.signals.units import UnitRow, unit_rows
from tocsin.signals.weekly import WeeklyTable, week_of
from tocsin.store.alert_scan import mark_scanned
from tocsin.weights import SignalWeights

EVIDENCE_PER_INCIDENT = 3


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def attach_evidence(session: Session, alerts: list[Alert]) -> list[Alert]:
    """Add the event ids, documents and sentences behind each alert's incidents."""
    incident_ids = {i for a in alerts for i in a.incident_ids}
    links: dict[str, list[str]] = {}
    for incident, event in session.execute(
        select(IncidentMentionRow.incident_id, IncidentMentionRow.event_id)
        .where(
            IncidentMentionRow.active.is_(True), IncidentMentionRow.incident_id.in_(incident_ids)
        )
        .order_by(IncidentMentionRow.id)
    ):
        links.setdefault(incident, []).append(event)
    wanted = [e for events in links.values() for e in events[:EVIDENCE_PER_INCIDENT]]
    events = {r.event.id: r.event for r in load_reports(session, wanted)}
    out = []
    for alert in alerts:
        evidence = []
        for incident in alert.incident_ids:
            for event_id in links.get(incident, [])[:EVIDENCE_PER_INCIDENT]:
                event = events.get(event_id)
                evidence.append(
                    Evidence(
                        incident_id=incident,
                        event_id=event_id,
                        doc_id=event.doc_id if event else None,
                        sentence=event.sentence if event else None,
                    )
                )
        out.append(replace(alert, evidence=tuple(evidence)))
    return out


def save_alerts(session: Session, alerts: Iterable[Alert]) -> list[Alert]:
    """Insert new alerts and refresh known ones; returns the alerts that are new.

    A known alert keeps its kind and its highest level; each level keeps the last day a
    detection of that level or above repeated it (saving the same alerts again changes nothing).
    """
    new = []
    for alert in alerts:
        row = session.get(AlertRow, alert.id)
        seen = alert.as_of or alert.window_end
        detected = alert.last_detected()  # at the detection's own levels, before any raise
        if row is None:
            row = AlertRow(id=alert.id, first_seen=seen, created_at=_now())
            session.add(row)
            new.append(alert)
        else:
            alert = replace(
                alert,
                level=raised(row.level, alert.level),  # a level never drops once raised
                kind=row.kind,
                window_start=min(row.window_start, alert.window_start),
            )
        row.kind, row.level = alert.kind, alert.level
        row.actor, row.recipient = alert.actor, alert.recipient
        row.scope, row.unit, row.label = alert.scope, alert.unit, alert.label
        if alert.probability is not None:
            row.probability = max(alert.probability, row.probability or 0.0)
        row.window_start, row.window_end = alert.window_start, alert.window_end
        row.reason, row.score = alert.reason, float(min(alert.score, 1e6))
        row.last_seen = max(seen, row.last_seen or seen)
        row.mark_detected(detected)
        session.flush()
        session.execute(delete(AlertEvidenceRow).where(AlertEvidenceRow.alert_id == alert.id))
        for item in alert.evidence:
            session.add(AlertEvidenceRow(alert_id=alert.id, **item.to_dict()))
    session.flush()
    return new


def merge_with_stored(
    session: Session, alerts: list[Alert], as_of: date, merge_days: int
) -> list[Alert]:
    """Each alert as a repeat of the stored alert on its dyad seen within ``merge_days``."""
    out = []
    for alert in alerts:
        if alert.episode is not None:
            out.append(alert)
            continue
        within = (
            AlertRow.scope == alert.scope,
            AlertRow.actor == alert.actor,
            AlertRow.recipient == alert.recipient,
            AlertRow.last_seen >= as_of - timedelta(days=merge_days),
            AlertRow.first_seen <= as_of,
        )
        # an alert already stored stays itself, so detecting it again changes nothing
        own = session.scalars(select(AlertRow.id).where(AlertRow.id == alert.id, *within))
        recent = (
            own.first()
            or session.scalars(
                select(AlertRow.id).where(*within).order_by(AlertRow.last_seen.desc()).limit(1)
            ).first()
        )
        out.append(replace(alert, episode=recent) if recent is not None else alert)
    return list({a.id: a for a in sorted(out, key=lambda a: LEVELS.index(a.level))}.values())


def find_store_alerts(
    rows: list[UnitRow], day: date, settings: Settings, weights: SignalWeights
) -> list[Alert]:
    """Detector alerts on fine dyads, surge and forecast alerts on pairs and families, as of
    ``day``."""
    from tocsin.alerts.forecasts import forecast_alerts
    from tocsin.alerts.surges import surge_alerts
    from tocsin.forecast.model import ForecastModel
    from tocsin.forecast.rolling import FixedForecaster
    from tocsin.forecast.weekly import forecast_week
    from tocsin.signals.surges import SurgeRule

    table = WeeklyTable()
    table.put_all(rows)
    thresholds = Thresholds.from_settings(settings)
    alerts = scan_dyads(
        table,
        day,
        thresholds,
        weights,
        settings.mass_casualty_killed,
        settings.dyad_alert_max_level,
    )
    model = ForecastModel.load()
    week = week_of(day) if day.weekday() == 6 else week_of(day) - timedelta(weeks=1)
    forecasts = forecast_week(table, week, FixedForecaster(model))
    found = forecast_alerts(forecasts, table, model.thresholds, model.horizon_days, model.id)
    found = level_cap(found, settings.forecast_alert_max_level)
    surges = surge_alerts(table, day, SurgeRule.load())
    return alerts + surges + [replace(a, as_of=day) for a in found]


def detect(store: Any, settings: Settings | None = None, as_of: date | None = None) -> list[Alert]:
    """Detect alerts as of a day (default: the latest incident), store them, deliver new ones.

    Returns every alert found for that day (new and already known), repeats merged into the
    alert they repeat.
    """
    settings = settings or Settings.from_env()
    weights = SignalWeights.load()
    with session_scope(store) as session:
        rows = unit_rows(incident_summaries(session))
        if not rows:
            return []
        latest = max(r.day for r in rows)
        day = as_of or latest
        rows = [r for r in rows if r.day <= day]
        found = find_store_alerts(rows, day, settings, weights)
        alerts = record_alerts(session, settings, found, day)
        mark_scanned(session, day if day == latest else None)
    return alerts


def record_alerts(
    session: Session, settings: Settings, found: list[Alert], day: date
) -> list[Alert]:
    """Merge the alerts found as of ``day`` into the stored ones, save and deliver them."""
    merged = merge_with_stored(session, found, day, settings.alert_merge_days)
    alerts = attach_evidence(session, merged)
    new = save_alerts(session, alerts)
    deliver_alerts(session, settings, new, _now())
    return alerts


def list_alerts(
    session: Session,
    since: date | None = None,
    level: str | None = None,
    dyad: tuple[str, str] | None = None,
    limit: int = 200,
    scope: str | None = None,
    unit: str | None = None,
) -> list[dict[str, Any]]:
    """Stored alerts, newest first, each with its evidence (two statements in all)."""
    query = select(AlertRow)
    if scope is not None:
        query = query.where(AlertRow.scope == scope)
    if unit is not None:
        query = query.where(AlertRow.unit == unit)
    if since is not None:
        query = query.where(AlertRow.window_end >= since)
    if level is not None:
        allowed = LEVELS[LEVELS.index(level) :]
        query = query.where(AlertRow.level.in_(allowed))
    if dyad is not None:
        query = query.where(AlertRow.actor == dyad[0], AlertRow.recipient == dyad[1])
    query = query.order_by(AlertRow.first_seen.desc(), AlertRow.id).limit(limit)
    rows = list(session.scalars(query))
    evidence = evidence_of(session, [row.id for row in rows])
    return [alert_dict(row, evidence[row.id]) for row in rows]


def get_alert(session: Session, alert_id: str) -> dict[str, Any] | None:
    """One stored alert with its evidence, or None (two statements)."""
    row = session.get(AlertRow, alert_id)
    if row is None:
        return None
    return alert_dict(row, evidence_of(session, [row.id])[row.id])


def evidence_of(session: Session, alert_ids: list[str]) -> dict[str, list[AlertEvidenceRow]]:
    """The evidence rows of the given alerts, in the order they were stored."""
    found: dict[str, list[AlertEvidenceRow]] = {alert_id: [] for alert_id in alert_ids}
    if not alert_ids:
        return found
    query = (
        select(AlertEvidenceRow)
        .where(AlertEvidenceRow.alert_id.in_(alert_ids))
        .order_by(AlertEvidenceRow.id)
    )
    for row in session.scalars(query):
        found[row.alert_id].append(row)
    return found


def alert_dict(row: AlertRow, evidence: list[AlertEvidenceRow]) -> dict[str, Any]:
    """An alert as JSON, with the incidents and sentences behind it."""
    return {
        "id": row.id,
        "kind": row.kind,
        "level": row.level,
        "actor": row.actor,
        "recipient": row.recipient,
        "dyad": row.unit or f"{row.actor}→{row.recipient}",
        "dyad_level": row.scope,
        "unit": row.unit,
        "label": row.label or row.unit or f"{row.actor}→{row.recipient}",
        "probability": row.probability,
        "window": {
            "start": row.window_start.isoformat(),
            "end": row.window_end.isoformat(),
        },
        "reason": row.reason,
        "score": row.score,
        "first_seen": row.first_seen.isoformat(),
        "last_seen": row.last_seen.isoformat(),
        "detected": {level: day.isoformat() for level, day in row.detected().items()},
        "delivered": row.delivered_at is not None,
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


def evidence_rows(session: Session, alert_id: str) -> list[AlertEvidenceRow]:
    return evidence_of(session, [alert_id])[alert_id]
