"""Weekly tallies per unit (pair, family, dyad) and per country, kept up to date incrementally.

A replay adds an incident's row when it appears and swaps it when a later report changes it,
so the table always says what was known on the day it is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tocsin.signals.levels import Unit
from tocsin.signals.units import UnitRow


def week_of(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


@dataclass
class Week:
    """What one unit (or country) saw in one week."""

    incidents: float = 0.0  # factuality-weighted incidents that happened
    violent: float = 0.0  # … of them violence (ASSAULT)
    quad: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0])
    goldstein: float = 0.0
    risk: float = 0.0  # threats, mobilisation, possible or future violence
    hypothetical: float = 0.0  # the part of ``risk`` from violence that has not happened
    denials: int = 0
    killed: int = 0
    interstate: float = 0.0  # violence between two states' forces

    def add(self, row: UnitRow, sign: int = 1) -> None:
        self.incidents += sign * row.happened
        self.violent += sign * row.violent
        if row.happened > 0 and 1 <= row.quad_class <= 4:
            self.quad[row.quad_class - 1] += sign * row.happened
        self.goldstein += sign * row.goldstein * row.happened
        self.risk += sign * row.risk
        self.hypothetical += sign * row.hypothetical
        self.denials += sign * int(row.denied)
        self.killed += sign * (row.killed if row.happened > 0 else 0)
        self.interstate += sign * (row.violent if row.interstate else 0.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "incidents": round(self.incidents, 3),
            "violent": round(self.violent, 3),
            **{f"quad{q + 1}": round(v, 3) for q, v in enumerate(self.quad)},
            "goldstein": round(self.goldstein, 3),
            "risk": round(self.risk, 3),
            "hypothetical": round(self.hypothetical, 3),
            "denials": self.denials,
            "killed": self.killed,
        }


EMPTY = Week()


class WeeklyTable:
    """Weekly tallies per unit (by :attr:`Unit.id`) and per country, with the units seen."""

    def __init__(self) -> None:
        self.units: dict[str, Unit] = {}
        self.first_seen: dict[str, date] = {}
        self.weeks: dict[str, dict[date, Week]] = defaultdict(dict)
        self.countries: dict[str, dict[date, Week]] = defaultdict(dict)
        self.rows: dict[str, UnitRow] = {}
        self.members: dict[str, dict[date, dict[str, UnitRow]]] = defaultdict(dict)

    def put(self, row: UnitRow) -> None:
        """Add an incident's row, replacing the row it had before (if any)."""
        old = self.rows.get(row.incident_id)
        if old is not None:
            self._apply(old, -1)
        self.rows[row.incident_id] = row
        self._apply(row, 1)

    def put_all(self, rows: Iterable[UnitRow]) -> None:
        for row in rows:
            self.put(row)

    def _apply(self, row: UnitRow, sign: int) -> None:
        week = week_of(row.day)
        for unit in row.units:
            self.units.setdefault(unit.id, unit)
            seen = self.first_seen.get(unit.id)
            if seen is None or row.day < seen:
                self.first_seen[unit.id] = row.day
            self.weeks[unit.id].setdefault(week, Week()).add(row, sign)
            bucket = self.members[unit.id].setdefault(week, {})
            if sign > 0:
                bucket[row.incident_id] = row
            else:
                bucket.pop(row.incident_id, None)
        if row.country:
            self.countries[row.country].setdefault(week, Week()).add(row, sign)

    def week(self, key: str, week: date) -> Week:
        return self.weeks.get(key, {}).get(week, EMPTY)

    def country_week(self, country: str, week: date) -> Week:
        return self.countries.get(country, {}).get(week, EMPTY)

    def rows_between(self, unit_id: str, first: date, last: date) -> list[UnitRow]:
        """The unit's incidents dated from ``first`` to ``last``, by day."""
        weeks = self.members.get(unit_id, {})
        found = []
        week = week_of(first)
        while week <= last:
            found += [r for r in weeks.get(week, {}).values() if first <= r.day <= last]
            week += timedelta(weeks=1)
        return sorted(found, key=lambda r: (r.day, r.incident_id))

    def count_until(self, unit_id: str, day: date, at_most: int = 2) -> int:
        """How many incidents the unit had up to ``day`` (counting stops at ``at_most``)."""
        count = 0
        for week in sorted(self.members.get(unit_id, {})):
            if week > day:
                break
            count += sum(1 for r in self.members[unit_id][week].values() if r.day <= day)
            if count >= at_most:
                return at_most
        return count

    def series(self, key: str, first: date, last: date) -> list[tuple[date, Week]]:
        """Every week from ``first`` to ``last`` (empty weeks included)."""
        out = []
        week = week_of(first)
        while week <= last:
            out.append((week, self.week(key, week)))
            week += timedelta(weeks=1)
        return out

    def active(self, since: date, levels: tuple[str, ...] = ("pair", "family")) -> list[Unit]:
        """Units of the given levels with an incident on or after ``since``."""
        start = week_of(since)
        return [
            unit
            for key, unit in sorted(self.units.items())
            if unit.level in levels and any(w >= start for w in self.weeks.get(key, {}))
        ]
