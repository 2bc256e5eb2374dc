"""Self-referential scoring: alerts against the violence tocsin itself coded later.

Without a truth file this is all a backtest can do, and it flatters: in a war, violence follows
almost any alert, and tocsin's own coding decides both the alert and its "outcome". Reports say
so (``self_referential``); score against UCDP or ACLED with ``--truth``
(:mod:`tocsin.backtest.truth_scores`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tocsin.alerts.episodes import Episode
from tocsin.signals.weekly import WeeklyTable


@dataclass(frozen=True)
class FiredAlert:
    """An alert as a replay saw it: the day it first fired and the dyad it names."""

    id: str
    kind: str
    level: str
    scope: str  # pair, family, dyad
    unit: str  # the dyad at that level
    first_seen: date
    reason: str
    last_seen: date | None = None
    label: str | None = None
    probability: float | None = None
    reached: tuple[tuple[str, date], ...] = ()  # first day at each level
    detected: tuple[tuple[str, date], ...] = ()  # last day detected at each level (or above)

    @property
    def unit_id(self) -> str:
        return f"{self.scope}:{self.unit}"

    @property
    def actor(self) -> str:
        return self.unit.split("–")[0].split("→")[0]

    def since(self, level: str) -> date | None:
        """The first day the alert stood at ``level`` or above (``None``: it never did)."""
        return dict(self.reached).get(level, self.first_seen if level == self.level else None)

    def until(self, level: str) -> date:
        """The last day a detection at ``level`` or above repeated the alert (for an alert
        without that record, the last day it was seen at all)."""
        return dict(self.detected).get(level) or self.last_seen or self.first_seen

    @classmethod
    def of(cls, episode: Episode) -> FiredAlert:
        alert = episode.alert
        return cls(
            id=alert.id,
            kind=alert.kind,
            level=alert.level,
            scope=alert.scope,
            unit=alert.dyad,
            first_seen=episode.first_seen,
            reason=alert.reason,
            last_seen=episode.last_seen,
            label=alert.label,
            probability=alert.probability,
            reached=tuple(sorted(episode.reached.items(), key=lambda kv: kv[1])),
            detected=tuple(sorted(episode.detected.items(), key=lambda kv: kv[1])),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "level": self.level,
            "dyad": self.unit,
            "dyad_level": self.scope,
            "label": self.label or self.unit,
            "first_seen": self.first_seen.isoformat(),
            "last_seen": (self.last_seen or self.first_seen).isoformat(),
            "reached": {k: v.isoformat() for k, v in self.reached},
            "detected": {k: v.isoformat() for k, v in self.detected},
            "probability": None if self.probability is None else round(self.probability, 4),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ScoredAlert:
    alert: FiredAlert
    first_violence: date | None  # first violent incident of the dyad in the whole replay
    lead_days: int | None  # first_violence - first_seen (negative: fired after it)
    true_positive: bool  # violence in the dyad followed within the horizon

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.alert.to_dict(),
            "first_violence": self.first_violence.isoformat() if self.first_violence else None,
            "lead_days": self.lead_days,
            "true_positive": self.true_positive,
        }


@dataclass(frozen=True)
class Score:
    alerts: tuple[ScoredAlert, ...]
    violent_days: int  # distinct (dyad, day) with violence
    violent_days_warned: int  # … preceded by an alert of the dyad within the horizon
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
            "self_referential": True,
            "horizon_days": self.horizon_days,
            "min_level": self.min_level,
            "alerts": [a.to_dict() for a in self.alerts],
            "precision": self.precision,
            "recall": self.recall,
            "violent_days": self.violent_days,
            "violent_days_warned": self.violent_days_warned,
        }


def violent_days(table: WeeklyTable) -> dict[str, list[date]]:
    """Days with violence reported as having happened, per unit (by :attr:`Unit.id`)."""
    days: dict[str, set[date]] = {}
    for row in table.rows.values():
        if row.violent >= 1.0:
            for unit in row.units:
                days.setdefault(unit.id, set()).add(row.day)
    return {k: sorted(v) for k, v in days.items()}


def score(
    alerts: Iterable[FiredAlert],
    violence: dict[str, list[date]],
    horizon_days: int,
    min_level: str = "info",
) -> Score:
    """Lead time of each alert, precision (violence follows within the horizon), recall."""
    from tocsin.alerts.model import LEVELS

    levels = LEVELS[LEVELS.index(min_level) :]
    chosen = sorted(
        (a for a in alerts if a.level in levels), key=lambda a: (a.first_seen, a.unit, a.id)
    )
    horizon = timedelta(days=horizon_days)
    scored = []
    for alert in chosen:
        days = violence.get(alert.unit_id, [])
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
        fired = [a.first_seen for a in chosen if a.unit_id == key]
        for day in days:
            total += 1
            warned += any(day - horizon <= f < day for f in fired)
    return Score(tuple(scored), total, warned, horizon_days, min_level)
