"""Forecasts made week by week: with a fixed model, or refit on the past only (rolling origin).

A rolling forecast for the week ending on day *d* is fit on the unit-weeks whose outcome was
known by *d*: those whose horizon (the ``horizon_days`` after their week) ended on or before
*d*. The truth of the weeks it forecasts is never read. Until ``min_positives`` onsets are known
it forecasts climatology. **Climatology** is each unit's own past rate of onset weeks, shrunk
towards the rate of all units (``(k + m·p) / (n + m)`` with ``m`` = 10 weeks and
``p = (K + 1) / (N + 10)``), the reference of the Brier skill score.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from tocsin.forecast.logistic import Logistic, fit_logistic
from tocsin.forecast.model import ForecastModel
from tocsin.signals.levels import Unit
from tocsin.truth.onsets import Onset

SHRINK_WEEKS = 10


@dataclass(frozen=True)
class Forecast:
    """One unit's forecast for the days after one week."""

    unit: Unit
    week: date  # Monday of the week forecast from
    features: tuple[float, ...]
    probability: float
    climatology: float | None = None
    outcome: int | None = None  # 1 when an onset followed within the horizon (truth runs)

    @property
    def issued(self) -> date:
        """The day the forecast was made: the Sunday that ends its week."""
        return self.week + timedelta(days=6)

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.unit.level,
            "unit": self.unit.key,
            "week": self.week.isoformat(),
            "probability": round(self.probability, 4),
            "climatology": None if self.climatology is None else round(self.climatology, 4),
            "outcome": self.outcome,
        }


class FixedForecaster:
    """Forecasts from a fitted model (the bundled one, or one written by a backtest)."""

    def __init__(self, model: ForecastModel) -> None:
        self.model = model

    @property
    def horizon_days(self) -> int:
        return self.model.horizon_days

    def forecast(self, week: date, items: list[tuple[Unit, list[float]]]) -> list[Forecast]:
        return [Forecast(unit, week, tuple(x), self.model.probability(x)) for unit, x in items]


class RollingForecaster:
    """Refits the logistic regression each week on the weeks whose outcome is known."""

    def __init__(
        self,
        onsets: Iterable[Onset],
        covered: Callable[[Unit], bool],
        horizon_days: int = 28,
        l2: float = 30.0,
        min_positives: int = 3,
        columns: Sequence[int] | None = None,
    ) -> None:
        self.horizon_days = horizon_days
        self.l2 = l2
        self.min_positives = min_positives
        self.covered = covered
        self.columns = list(columns) if columns is not None else None  # None: every feature
        self.onsets: dict[str, list[date]] = {}
        for onset in onsets:
            self.onsets.setdefault(onset.unit.id, []).append(onset.day)
        self.history: list[tuple[Unit, date, tuple[float, ...]]] = []
        self.last_model: Logistic | None = None

    def _read(self, x: Sequence[float]) -> np.ndarray:
        """The columns of a feature vector the model is fit on."""
        values = np.asarray(x, dtype=float)
        return values if self.columns is None else values[self.columns]

    def outcome(self, unit: Unit, week: date) -> int:
        """1 when the unit has an onset within the horizon after the week."""
        end = week + timedelta(days=6)
        last = end + timedelta(days=self.horizon_days)
        return int(any(end < day <= last for day in self.onsets.get(unit.id, ())))

    def forecast(self, week: date, items: list[tuple[Unit, list[float]]]) -> list[Forecast]:
        issued = week + timedelta(days=6)
        known = [
            (u, w, x)
            for u, w, x in self.history
            if w + timedelta(days=6 + self.horizon_days) <= issued
        ]
        labels = np.array([self.outcome(u, w) for u, w, _ in known], dtype=float)
        positives = int(labels.sum())
        pooled = (positives + 1) / (len(labels) + SHRINK_WEEKS)
        own: dict[str, list[float]] = {}
        for (unit, _, _), y in zip(known, labels, strict=True):
            own.setdefault(unit.id, []).append(y)
        model = None
        if positives >= self.min_positives:
            model = fit_logistic(np.array([self._read(x) for _, _, x in known]), labels, l2=self.l2)
            self.last_model = model
        out = []
        for unit, x in items:
            mine = own.get(unit.id, [])
            climate = (sum(mine) + SHRINK_WEEKS * pooled) / (len(mine) + SHRINK_WEEKS)
            p = float(model.predict(self._read(x))[0]) if model is not None else climate
            out.append(Forecast(unit, week, tuple(x), p, climate, self.outcome(unit, week)))
            if self.covered(unit):
                self.history.append((unit, week, tuple(x)))
        return out
