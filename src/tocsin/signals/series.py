"""Dyad-by-day and country-by-week tallies of incidents: counts, Goldstein, risk."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tocsin.extras import require
from tocsin.signals.rows import SignalRow

FREQUENCIES = ("day", "week")


def period_start(day: date, freq: str) -> date:
    """The first day of the period holding ``day`` (weeks start on Monday)."""
    if freq == "day":
        return day
    if freq == "week":
        return day - timedelta(days=day.weekday())
    raise ValueError(f"unknown frequency {freq!r}; use one of {', '.join(FREQUENCIES)}")


@dataclass
class DyadPeriod:
    """Tallies of one directed dyad over one day or week."""

    period: date
    actor: str
    recipient: str
    incidents: int = 0  # incidents reported as happening (weight > 0)
    weighted: float = 0.0  # factuality-weighted incident count
    quad: dict[int, float] = field(default_factory=lambda: {1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0})
    events: dict[str, float] = field(default_factory=dict)
    goldstein: float = 0.0  # factuality-weighted Goldstein sum
    intensity: float = 0.0  # weighted |Goldstein| of conflict incidents
    risk: float = 0.0  # risk channel: threats, mobilisation, possible or future violence
    hypothetical: float = 0.0  # the part of ``risk`` from violence that has not happened
    incident_ids: list[str] = field(default_factory=list)

    def add(self, row: SignalRow) -> None:
        self.incident_ids.append(row.incident_id)
        self.risk += row.risk
        if row.happened <= 0:
            self.hypothetical += row.risk
            return
        self.incidents += 1
        self.weighted += row.happened
        self.quad[row.quad_class] = self.quad.get(row.quad_class, 0.0) + row.happened
        self.events[row.event] = self.events.get(row.event, 0.0) + row.happened
        self.goldstein += row.goldstein * row.happened
        self.intensity += row.intensity

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "actor": self.actor,
            "recipient": self.recipient,
            "incidents": self.incidents,
            "weighted": round(self.weighted, 3),
            **{f"quad{q}": round(v, 3) for q, v in sorted(self.quad.items())},
            "events": {k: round(v, 3) for k, v in sorted(self.events.items())},
            "goldstein": round(self.goldstein, 3),
            "intensity": round(self.intensity, 3),
            "risk": round(self.risk, 3),
            "hypothetical": round(self.hypothetical, 3),
            "incident_ids": list(self.incident_ids),
        }


def tally(rows: Iterable[SignalRow], freq: str = "day") -> list[DyadPeriod]:
    """Non-empty dyad periods, sorted by period then dyad."""
    table: dict[tuple[date, str, str], DyadPeriod] = {}
    for row in rows:
        key = (period_start(row.day, freq), row.actor, row.recipient)
        if key not in table:
            table[key] = DyadPeriod(*key)
        table[key].add(row)
    return [table[k] for k in sorted(table)]


def filled(
    rows: Iterable[SignalRow],
    actor: str,
    recipient: str,
    freq: str = "day",
    start: date | None = None,
    end: date | None = None,
) -> list[DyadPeriod]:
    """The series of one directed dyad with every period present (empty ones as zeros)."""
    mine = [r for r in rows if r.actor == actor and r.recipient == recipient]
    return _fill(tally(mine, freq), actor, recipient, freq, start, end)


def country_periods(
    rows: Iterable[SignalRow],
    country: str,
    freq: str = "day",
    start: date | None = None,
    end: date | None = None,
) -> list[DyadPeriod]:
    """Everything a country did or suffered, per period (the dyad shows as ``country→*``)."""
    mine = [
        SignalRow(**{**r.__dict__, "actor": country, "recipient": "*"})
        for r in rows
        if _country(r.actor) == country or _country(r.recipient) == country
    ]
    return _fill(tally(mine, freq), country, "*", freq, start, end)


def _country(label: str) -> str:
    return label.split("/", 1)[0]


def _fill(
    periods: list[DyadPeriod],
    actor: str,
    recipient: str,
    freq: str,
    start: date | None,
    end: date | None,
) -> list[DyadPeriod]:
    if not periods and (start is None or end is None):
        return []
    by_period = {p.period: p for p in periods}
    first = period_start(start, freq) if start else min(by_period)
    last = period_start(end, freq) if end else max(by_period)
    step = timedelta(days=1 if freq == "day" else 7)
    out = []
    current = first
    while current <= last:
        out.append(by_period.get(current) or DyadPeriod(current, actor, recipient))
        if current == last:  # the last day of the calendar has no next one
            break
        current += step
    return out


def dyads(rows: Iterable[SignalRow]) -> list[tuple[str, str]]:
    """Every directed dyad present in ``rows``."""
    return sorted({(r.actor, r.recipient) for r in rows})


def to_frame(periods: Iterable[DyadPeriod]) -> Any:
    """A pandas DataFrame of periods (one row per dyad period)."""
    pd = require("pandas", "scale")

    records = []
    for p in periods:
        record = p.to_dict()
        record.pop("events")
        record["incident_ids"] = ",".join(record["incident_ids"])
        records.append(record)
    return pd.DataFrame.from_records(records)
