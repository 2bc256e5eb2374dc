"""Run the escalation detectors on every fine dyad (two rolled-up sides), as of one day.

A dyad's first incident never raises a warning on its own: while a dyad has only one incident,
its alerts are capped at ``info`` unless that incident is grave — mass-casualty (at least
``mass_casualty`` deaths reported) or force between two states' forces. Beyond that, a detector
alert on a fine dyad rises no higher than ``max_level`` (the ``dyad_alert_max_level`` setting,
``info`` by default): on real war reporting the detectors' warnings did no better than alarms
on random days (``docs/warning.md``), so warnings come from the surges of deaths reported in
pairs and families (:mod:`tocsin.alerts.surges`), and the detectors' findings are the
information an analyst reads beside them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tocsin.alerts.detectors import Thresholds, cusum, ladder, risk_rise, surge
from tocsin.alerts.model import LEVELS, Alert
from tocsin.signals.levels import Unit, label
from tocsin.signals.rows import SignalRow
from tocsin.signals.series import DyadPeriod
from tocsin.signals.units import UnitRow
from tocsin.signals.weekly import WeeklyTable
from tocsin.weights import SignalWeights


def daily_periods(unit: Unit, rows: list[UnitRow], first: date, last: date) -> list[DyadPeriod]:
    """The unit's daily series from ``first`` to ``last`` (empty days included)."""
    actor, recipient = unit.sides
    by_day: dict[date, DyadPeriod] = {}
    for row in rows:
        period = by_day.setdefault(row.day, DyadPeriod(row.day, actor, recipient))
        period.add(
            SignalRow(
                row.incident_id,
                row.day,
                actor,
                recipient,
                row.event,
                row.quad_class,
                row.goldstein,
                row.happened,
                row.risk,
                row.n_sources,
            )
        )
    out = []
    day = first
    while day <= last:
        out.append(by_day.get(day) or DyadPeriod(day, actor, recipient))
        day += timedelta(days=1)
    return out


def first_incident_cap(
    alerts: list[Alert], table: WeeklyTable, unit: Unit, as_of: date, mass_casualty: int
) -> list[Alert]:
    """Cap at ``info`` the alerts of a dyad seen only once, unless that once was grave."""
    if table.count_until(unit.id, as_of) > 1:
        return alerts
    rows = table.rows_between(unit.id, as_of - timedelta(days=366), as_of)
    if any(grave(r, mass_casualty) for r in rows):
        return alerts
    return [
        a
        if a.level == "info"
        else replace(a, level="info", reason=a.reason + " (capped at info: first incident)")
        for a in alerts
    ]


def grave(row: UnitRow, mass_casualty: int) -> bool:
    """Mass-casualty violence, or force between two states' forces."""
    return row.violent > 0 and (row.killed >= mass_casualty or row.interstate)


def level_cap(alerts: list[Alert], max_level: str) -> list[Alert]:
    """Each alert at ``max_level`` at most."""
    top = LEVELS.index(max_level)
    return [a if LEVELS.index(a.level) <= top else replace(a, level=max_level) for a in alerts]


def history_days(thresholds: Thresholds) -> timedelta:
    """How far back from the day of detection the detectors read a dyad's series."""
    return timedelta(days=7 * (2 * thresholds.baseline_weeks + 1))


def scan_dyads(
    table: WeeklyTable,
    as_of: date,
    thresholds: Thresholds,
    weights: SignalWeights,
    mass_casualty: int = 25,
    max_level: str = "info",
    only: set[str] | None = None,
) -> list[Alert]:
    """Every detector on every fine dyad with an incident in the 7 days to ``as_of`` (only
    the dyads whose :attr:`Unit.id` is in ``only``, when given)."""
    first = as_of - history_days(thresholds)
    alerts: list[Alert] = []
    for unit in table.active(as_of - timedelta(days=6), levels=("dyad",)):
        if only is not None and unit.id not in only:
            continue
        rows = [r for r in table.rows_between(unit.id, first, as_of)]
        if not any(r.day > as_of - timedelta(days=7) for r in rows):
            continue
        days = daily_periods(unit, rows, first, as_of)
        seen = table.first_seen.get(unit.id)
        found = [
            *surge(days, thresholds, seen),
            *cusum(days, thresholds, seen),
            *ladder(days, thresholds, weights, as_of),
            *risk_rise(days, thresholds, seen),
        ]
        found = first_incident_cap(found, table, unit, as_of, mass_casualty)
        found = level_cap(found, max_level)
        words = label(unit)
        alerts += [replace(a, as_of=as_of, scope="dyad", unit=unit.key, label=words) for a in found]
    return alerts
