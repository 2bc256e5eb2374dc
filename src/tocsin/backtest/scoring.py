"""Score alerts against later violence: lead time, precision and recall."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tocsin.incidents.summary import IncidentSummary
from tocsin.signals.rows import SignalRow, rows_from_incidents

VIOLENT_EVENTS = frozenset({"ASSAULT"})


def pair(actor: str, recipient: str) -> tuple[str, str]:
    """The undirected pair of a dyad: escalation is scored on the relationship."""
    a, b = actor.split("/", 1)[0], recipient.split("/", 1)[0]
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True)
class FiredAlert:
    """An alert and the day it first fired during the replay."""

    id: str
    kind: str
    level: str
    actor: str
    recipient: str
    first_seen: date
    reason: str


@dataclass(frozen=True)
class ScoredAlert:
    alert: FiredAlert
    first_violence: date | None  # first violent incident of the pair (whole replay)
    lead_days: int | None  # first_violence - first_seen (negative: fired after it)
    true_positive: bool  # violence in the pair followed within the horizon

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.alert.id,
            "kind": self.alert.kind,
            "level": self.alert.level,
            "dyad": f"{self.alert.actor}→{self.alert.recipient}",
            "first_seen": self.alert.first_seen.isoformat(),
            "first_violence": self.first_violence.isoformat() if self.first_violence else None,
            "lead_days": self.lead_days,
            "true_positive": self.true_positive,
            "reason": self.alert.reason,
        }


@dataclass(frozen=True)
class Score:
    alerts: tuple[ScoredAlert, ...]
    violent_days: int  # distinct (pair, day) with violence
    violent_days_warned: int  # … preceded by an alert of the pair within the horizon
    horizon_days: int
    min_level: str

    @property
    def precision(self) -> float | None:
        if not self.alerts:
            return None
        return sum(a.true_positive for a in self.alerts) / len(self.alerts)

    @property
    def recall(self) -> float | None:
        return self.violent_days_warned / self.violent_days if self.violent_days else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "horizon_days": self.horizon_days,
            "min_level": self.min_level,
            "alerts": [a.to_dict() for a in self.alerts],
            "precision": self.precision,
            "recall": self.recall,
            "violent_days": self.violent_days,
            "violent_days_warned": self.violent_days_warned,
        }


def violent_days(
    incidents: Iterable[IncidentSummary], events: frozenset[str] = VIOLENT_EVENTS
) -> dict[tuple[str, str], list[date]]:
    """Days with violence that happened (asserted) per pair, sorted."""
    days: dict[tuple[str, str], set[date]] = {}
    rows: list[SignalRow] = rows_from_incidents(incidents)
    for row in rows:
        if row.event in events and row.happened >= 1.0:
            days.setdefault(pair(row.actor, row.recipient), set()).add(row.day)
    return {k: sorted(v) for k, v in days.items()}


def score(
    alerts: Iterable[FiredAlert],
    violence: dict[tuple[str, str], list[date]],
    horizon_days: int,
    min_level: str = "info",
) -> Score:
    """Lead time of each alert, precision (violence follows within the horizon), recall."""
    from tocsin.alerts.model import LEVELS

    levels = LEVELS[LEVELS.index(min_level) :]
    chosen = sorted(
        (a for a in alerts if a.level in levels), key=lambda a: (a.first_seen, a.actor, a.id)
    )
    horizon = timedelta(days=horizon_days)
    scored = []
    for alert in chosen:
        days = violence.get(pair(alert.actor, alert.recipient), [])
        first = days[0] if days else None
        follows = any(alert.first_seen < d <= alert.first_seen + horizon for d in days)
        scored.append(
            ScoredAlert(
                alert=alert,
                first_violence=first,
                lead_days=(first - alert.first_seen).days if first else None,
                true_positive=follows,
            )
        )
    total = warned = 0
    for key, days in violence.items():
        fired = [a.first_seen for a in chosen if pair(a.actor, a.recipient) == key]
        for day in days:
            total += 1
            warned += any(day - horizon <= f < day for f in fired)
    return Score(tuple(scored), total, warned, horizon_days, min_level)
