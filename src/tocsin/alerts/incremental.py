"""Alert detection on the dyads an analysis touched, reading only their series.

A full detection (:func:`tocsin.alerts.service.detect`) reads every incident of the store and
runs the detectors and forecasts on every dyad, as of the latest incident's day, and records
that day (:mod:`tocsin.store.alert_scan`). When an analysis finds the latest day where the last
detection left it, the dyads it did not touch give the same alerts as then, which are already
stored, so detecting them again changes nothing.
:func:`detect_touched` therefore runs the detectors only on the fine dyads of the incidents it
changed (as they are now and as they were), and the forecasts only on their pairs and families
and on the families of their countries (whose features read country-wide violence). It reads
the incidents of those parties in the weeks the detectors and forecasts look at, and counts the
older ones only as far as the detectors need (first seen before the window; at most two). When
the day moved (or incidents changed outside the analysis) it falls back to the full detection.
Either way the stored alerts are the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.alerts.detectors import Thresholds
from tocsin.alerts.model import Alert
from tocsin.alerts.units import history_days, level_cap, scan_dyads
from tocsin.incidents.service import incident_summaries
from tocsin.incidents.summary import IncidentSummary
from tocsin.incidents.tables import IncidentRow
from tocsin.settings import Settings
from tocsin.signals.levels import Unit
from tocsin.signals.surges import SurgeRule
from tocsin.signals.units import UnitRow, unit_rows
from tocsin.signals.weekly import WeeklyTable, week_of
from tocsin.store.alert_scan import scanned_day
from tocsin.weights import SignalWeights

FORECAST_LEVELS = ("pair", "family")
HISTORY_BATCH = 500


class WindowTable(WeeklyTable):
    """A weekly table of the incidents from a window's start, knowing the units' older ones."""

    def __init__(self, start: date) -> None:
        super().__init__()
        self.start = start
        self.older: dict[str, int] = {}  # unit id → incidents before ``start`` (at most 2)

    def count_until(self, unit_id: str, day: date, at_most: int = 2) -> int:
        count = self.older.get(unit_id, 0) + super().count_until(unit_id, day, at_most)
        return min(count, at_most)

    def seen_before(self, unit_id: str, count: int) -> None:
        """Record that the unit had ``count`` incidents before the window."""
        self.older[unit_id] = count
        if count:  # any day before the window reads the same to the detectors and forecasts
            self.first_seen[unit_id] = self.start - timedelta(days=1)


def latest_day(session: Session, exclude: set[str]) -> date | None:
    """The latest day of an incident that counts in a unit or country, ``exclude`` left out."""
    days = (
        select(IncidentRow.date_start)
        .where(IncidentRow.n_mentions > 0, IncidentRow.date_start.is_not(None))
        .distinct()
        .order_by(IncidentRow.date_start.desc())
    )
    for (day,) in session.execute(days):
        found = incident_summaries(session, day, day)
        if unit_rows(s for s in found if s.id not in exclude):
            return day
    return None


def forecast_week_of(day: date) -> date:
    """The week the forecasts are made from as of ``day`` (the last complete one)."""
    return week_of(day) if day.weekday() == 6 else week_of(day) - timedelta(weeks=1)


def parties(units: Iterable[Unit], rows: Iterable[UnitRow]) -> set[str]:
    """The keys that every incident of these units and countries has as a party or place."""
    found: set[str] = {r.country for r in rows if r.country}
    for unit in units:
        if unit.level == "family":
            found.add(unit.country or "")
            continue
        for side in unit.sides:
            found |= {side, side.partition("/")[0]}
    return found - {""}


def count_older(
    session: Session, table: WindowTable, wanted: set[str], keys: set[str], start: date
) -> None:
    """Count each wanted unit's incidents before ``start``, newest first, stopping at two."""
    counts = dict.fromkeys(wanted, 0)
    offset = 0
    while any(c < 2 for c in counts.values()):
        found = incident_summaries_before(session, keys, start, offset)
        if not found:
            break
        offset += len(found)
        for row in unit_rows(found):
            for unit in row.units:
                if unit.id in counts and counts[unit.id] < 2:
                    counts[unit.id] += 1
    for unit_id, count in counts.items():
        table.seen_before(unit_id, count)


def incident_summaries_before(
    session: Session, keys: set[str], start: date, offset: int
) -> list[IncidentSummary]:
    """One batch of the incidents of these parties dated before ``start``, newest first."""
    ids = list(
        session.scalars(
            select(IncidentRow.id)
            .where(
                IncidentRow.n_mentions > 0,
                IncidentRow.date_start < start,
                IncidentRow.actor_key.in_(sorted(keys))
                | IncidentRow.recipient_key.in_(sorted(keys))
                | IncidentRow.place_country.in_(sorted(keys)),
            )
            .order_by(IncidentRow.date_start.desc(), IncidentRow.id)
            .offset(offset)
            .limit(HISTORY_BATCH)
        )
    )
    return incident_summaries(session, ids=ids) if ids else []


def touched_alerts(
    session: Session,
    settings: Settings,
    before: list[IncidentSummary],
    after: list[IncidentSummary],
    day: date,
) -> list[Alert]:
    """The alerts a full detection as of ``day`` finds on the units these incidents touch."""
    from tocsin.alerts.forecasts import forecast_alerts
    from tocsin.alerts.surges import surge_alerts
    from tocsin.forecast.features import unit_features
    from tocsin.forecast.model import ForecastModel
    from tocsin.forecast.rolling import FixedForecaster

    touched_rows = unit_rows([*before, *after])
    units = {u.id: u for r in touched_rows for u in r.units}
    countries = {r.country for r in touched_rows if r.country}
    thresholds = Thresholds.from_settings(settings)
    week = forecast_week_of(day)
    start = week_of(min(day - history_days(thresholds), week - timedelta(weeks=12)))
    keys = parties(units.values(), touched_rows)
    table = WindowTable(start)
    table.put_all(unit_rows(incident_summaries(session, start, day, parties=keys)))
    forecast = {key: unit for key, unit in units.items() if unit.level in FORECAST_LEVELS}
    forecast |= {
        key: unit
        for key, unit in table.units.items()
        if unit.level == "family" and unit.country in countries
    }
    dyads = {key for key, unit in units.items() if unit.level == "dyad"}
    count_older(session, table, set(forecast) | dyads, keys, start)
    alerts = scan_dyads(
        table,
        day,
        thresholds,
        SignalWeights.load(),
        settings.mass_casualty_killed,
        settings.dyad_alert_max_level,
        only=dyads,
    )
    model = ForecastModel.load()
    chosen = [
        unit
        for key, unit in sorted(forecast.items())
        if key in table.first_seen and table.first_seen[key] <= week + timedelta(days=6)
    ]
    items = [(unit, unit_features(table, unit, week)) for unit in chosen]
    forecasts = FixedForecaster(model).forecast(week, items)
    found = forecast_alerts(forecasts, table, model.thresholds, model.horizon_days, model.id)
    found = level_cap(found, settings.forecast_alert_max_level)
    surges = surge_alerts(table, day, SurgeRule.load(), only=set(forecast))
    return alerts + surges + [replace(a, as_of=day) for a in found]


def detect_touched(
    session: Session,
    settings: Settings,
    before: list[IncidentSummary],
    after: list[IncidentSummary],
) -> list[Alert]:
    """Store the alerts of a full detection, detecting only on what these incidents touch.

    ``before`` and ``after`` are the changed incidents as they were and as they are. Returns
    the alerts found on the touched units (all alerts found when the day moved and the whole
    store was read).
    """
    from tocsin.alerts.service import detect, record_alerts

    changed = {s.id for s in before} | {s.id for s in after}
    days = [d for d in (latest_day(session, changed), *_days(after)) if d is not None]
    if not days:
        return []
    day = max(days)
    if scanned_day(session) != day:
        return detect(session, settings)  # the day moved, or other dyads may be out of date
    found = touched_alerts(session, settings, before, after, day)
    return record_alerts(session, settings, found, day)


def _days(summaries: list[IncidentSummary]) -> list[date]:
    """The days of the incidents that count in a unit or country."""
    return [row.day for row in unit_rows(summaries)]
