"""How closely tocsin's weekly deaths follow the truth's, unit by unit.

Warnings from surges and the onset chance read tocsin's deaths reported in each country pair and
conflict family; whether they can foresee the truth's onsets depends first on whether those
deaths rise and fall with the truth's. For every unit the truth covers and records deaths in,
over the full weeks (Monday–Sunday) of the scored window, this gives:

- ``correlation``: Pearson's r of the two weekly series on a log scale (``log1p``), the
  agreement of quiet and busy weeks whatever the level;
- ``change_correlation``: r of their week-to-week changes (on the same scale), the agreement of
  rises and falls, which the onset rule reads;
- ``deaths_tocsin`` and ``deaths_truth``: the totals, the level.

tocsin's deaths are its deaths of the day (:func:`tocsin.signals.units.deaths_of_the_day`) as
the replay knew them at its end; the truth's are its events dated to the day
(:func:`tocsin.truth.onsets.daily_deaths`). The figures measure coding against the field's own
data without onsets: stable where the onsets are few (one onset warned or missed moves a lift a
lot), so a change to the coding of deaths can be judged on them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import numpy as np

from tocsin.backtest.reference import weekly_deaths
from tocsin.backtest.truth_scores import SCORED_LEVELS
from tocsin.signals.levels import Unit
from tocsin.signals.weekly import WeeklyTable, week_of
from tocsin.truth.onsets import daily_deaths
from tocsin.truth.violence import Truth


def full_weeks(first: date, last: date) -> list[date]:
    """The Mondays of the weeks that lie wholly from ``first`` to ``last``."""
    monday = week_of(first)
    if monday < first:
        monday += timedelta(weeks=1)
    weeks = []
    while monday + timedelta(days=6) <= last:
        weeks.append(monday)
        monday += timedelta(weeks=1)
    return weeks


def _correlation(a: np.ndarray, b: np.ndarray) -> float | None:
    if len(a) < 3 or a.std() == 0 or b.std() == 0:
        return None
    return round(float(np.corrcoef(a, b)[0, 1]), 3)


def deaths_agreement(
    table: WeeklyTable,
    truth: Truth,
    covered: Callable[[Unit], bool],
    first: date,
    last: date,
) -> dict[str, Any]:
    """Agreement of tocsin's weekly deaths with the truth's per covered unit (module docstring);
    ``mean`` averages each figure over the units that have it."""
    weeks = full_weeks(first, last)
    theirs = weekly_deaths(truth.events)
    units: dict[str, Unit] = {u.id: u for u in daily_deaths(truth.events)}
    rows = []
    for key, unit in sorted(units.items()):
        if unit.level not in SCORED_LEVELS or not covered(unit):
            continue
        truth_weeks = np.array([theirs[key].get(w, 0) for w in weeks], dtype=float)
        if not truth_weeks.any():
            continue
        ours = np.array([table.week(key, w).killed for w in weeks], dtype=float)
        a, b = np.log1p(np.maximum(ours, 0)), np.log1p(truth_weeks)
        rows.append(
            {
                "level": unit.level,
                "unit": unit.key,
                "weeks": len(weeks),
                "correlation": _correlation(a, b),
                "change_correlation": _correlation(np.diff(a), np.diff(b)),
                "deaths_tocsin": int(ours.sum()),
                "deaths_truth": int(truth_weeks.sum()),
            }
        )
    mean = {name: _mean([r[name] for r in rows]) for name in ("correlation", "change_correlation")}
    return {"units": rows, "mean": mean}


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(sum(known) / len(known), 3) if known else None
