"""The alerts that forecasts raise: a level for each probability over its threshold."""

from __future__ import annotations

from tocsin.alerts.model import Alert
from tocsin.forecast.rolling import Forecast
from tocsin.signals.levels import label
from tocsin.signals.weekly import WeeklyTable


def forecast_alerts(
    forecasts: list[Forecast],
    table: WeeklyTable,
    thresholds: dict[str, float],
    horizon_days: int,
    model_id: str,
) -> list[Alert]:
    """An alert for each forecast whose probability reaches a level's threshold."""
    alerts = []
    for f in forecasts:
        level = None
        for name in ("info", "warning", "critical"):
            if f.probability >= thresholds[name]:
                level = name
        if level is None:
            continue
        week = table.week(f.unit.id, f.week)
        ids = tuple(r.incident_id for r in table.rows_between(f.unit.id, f.week, f.issued))
        actor, recipient = f.unit.sides
        alerts.append(
            Alert(
                kind="forecast",
                level=level,
                actor=actor,
                recipient=recipient,
                window_start=f.week,
                window_end=f.issued,
                reason=(
                    f"P(escalation onset within {horizon_days} days) = {f.probability:.2f} "
                    f"({model_id}); week to {f.issued}: {week.violent:.1f} violent incidents, "
                    f"{week.killed} deaths reported, risk channel {week.risk:.1f}, "
                    f"{week.denials} denials"
                ),
                score=f.probability,
                key=f"week:{f.week.isoformat()}",
                incident_ids=ids,
                as_of=f.issued,
                scope=f.unit.level,
                unit=f.unit.key,
                label=label(f.unit),
                probability=f.probability,
            )
        )
    return alerts
