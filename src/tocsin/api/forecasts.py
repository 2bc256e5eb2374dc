"""Dyads at the three levels and their weekly forecasts, read from a store's incidents."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tocsin.incidents.access import session_scope
from tocsin.signals.levels import LEVELS, label
from tocsin.signals.weekly import WeeklyTable, week_of

SERIES_WEEKS = 520  # ten years of weeks: the longest chart of a unit


def unit_table(store: Any) -> WeeklyTable:
    """Every stored incident placed in its units, by week."""
    from tocsin.incidents.service import incident_summaries
    from tocsin.signals.units import unit_rows

    with session_scope(store) as session:
        rows = unit_rows(incident_summaries(session))
    table = WeeklyTable()
    table.put_all(rows)
    return table


def units(store: Any, level: str | None = None) -> list[dict[str, Any]]:
    """Dyads at each level with their totals, busiest first."""
    table = unit_table(store)
    out = []
    for unit_id, unit in table.units.items():
        if level is not None and unit.level != level:
            continue
        weeks = table.weeks.get(unit_id, {})
        if not weeks:
            continue
        out.append(
            {
                **unit.to_dict(),
                "incidents": round(sum(w.incidents for w in weeks.values()), 3),
                "violent": round(sum(w.violent for w in weeks.values()), 3),
                "killed": sum(w.killed for w in weeks.values()),
                "risk": round(sum(w.risk for w in weeks.values()), 3),
                "first": table.first_seen[unit_id].isoformat(),
                "last": max(weeks).isoformat(),
            }
        )
    order = {name: i for i, name in enumerate(LEVELS)}
    return sorted(out, key=lambda u: (order[u["level"]], -u["violent"], -u["incidents"], u["key"]))


def series_weeks(first: date, last: date, at_most: int = SERIES_WEEKS) -> list[date]:
    """The Mondays a unit's chart draws, oldest first: from its first week, or from ``at_most``
    weeks before its last when it was first seen longer ago (an article about a war of 1982
    would otherwise draw, and forecast, every week since)."""
    start = max(first, last - timedelta(weeks=at_most - 1))
    return [start + timedelta(weeks=k) for k in range((last - start).days // 7 + 1)]


def unit_forecast(store: Any, level: str, key: str) -> dict[str, Any] | None:
    """A pair's or family's weekly series with the bundled model's probability of an onset."""
    from tocsin.forecast.features import unit_features
    from tocsin.forecast.model import ForecastModel

    table = unit_table(store)
    unit = table.units.get(f"{level}:{key}")
    if unit is None:
        return None
    model = ForecastModel.load()
    first = week_of(table.first_seen[unit.id])
    series = []
    forecasts = level in ("pair", "family")
    for week in series_weeks(first, max(table.weeks[unit.id])):
        tally = table.week(unit.id, week)
        point: dict[str, Any] = {"week": week.isoformat(), **tally.to_dict()}
        if forecasts:
            point["probability"] = round(model.probability(unit_features(table, unit, week)), 4)
        series.append(point)
    return {
        **unit.to_dict(),
        "label": label(unit),
        "first_seen": first.isoformat(),
        "series": series,
        "model": {
            "id": model.id,
            "horizon_days": model.horizon_days,
            "thresholds": model.thresholds,
            "source": model.provenance.get("source"),
            "scores": model.scores,
            "reliability": model.reliability,
        }
        if forecasts
        else None,
        "children": [
            {**u.to_dict(), "label": label(u)}
            for u in table.units.values()
            if u.level == "dyad" and u.parent == key
        ],
    }
