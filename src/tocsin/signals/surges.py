"""Surges of deaths as they unfold: the onset rule read day by day on a rolling week.

**The rule** (:class:`SurgeRule`) is the onset rule of :mod:`tocsin.truth.onsets` with its own
numbers, on the ``window_days`` (7) days to a day instead of a calendar week: a unit **surges**
on a day when the deaths of the 7 days to it are at least ``min_deaths`` (25) and at least
``ratio`` (3) times the mean weekly deaths of the ``baseline_weeks`` (4) weeks before those 7
days. It can hold before the end of a calendar week, so it can be seen before the onset day of
an offensive that builds over several days. The same rule reads tocsin's deaths reported (each
day of a replay, on what the headlines had said by then: :func:`unit_surges`) and the truth's
own daily deaths (the reference of :mod:`tocsin.backtest.truth_scores`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from tocsin.signals.weekly import WeeklyTable

SURGE_LEVELS = ("pair", "family")


@dataclass(frozen=True)
class SurgeRule:
    """The surge rule's parameters (see the module docstring)."""

    min_deaths: int = 25
    ratio: float = 3.0
    baseline_weeks: int = 4
    window_days: int = 7

    @property
    def history_days(self) -> int:
        """How many days to a day the rule reads (the window and its baseline)."""
        return self.window_days + 7 * self.baseline_weeks

    def holds(self, daily: Mapping[date, float], day: date) -> bool:
        """Whether the unit whose deaths per day are ``daily`` surges on ``day``."""
        recent = sum(daily.get(day - timedelta(days=k), 0) for k in range(self.window_days))
        if recent < self.min_deaths:
            return False
        before = sum(
            daily.get(day - timedelta(days=k), 0)
            for k in range(self.window_days, self.history_days)
        )
        return recent >= self.ratio * before / self.baseline_weeks

    def describe(self) -> str:
        return (
            f"deaths of the {self.window_days} days to a day ≥ {self.min_deaths} and ≥ "
            f"{self.ratio:g}× the mean weekly deaths of the {self.baseline_weeks} weeks before"
        )


def surge_days(daily: Mapping[date, float], first: date, last: date, rule: SurgeRule) -> list[date]:
    """The days from ``first`` to ``last`` on which the rule holds."""
    out = []
    day = first
    while day <= last:
        if rule.holds(daily, day):
            out.append(day)
        day += timedelta(days=1)
    return out


def reported_deaths(table: WeeklyTable, unit_id: str, first: date, last: date) -> dict[date, int]:
    """Deaths reported per day in the unit's incidents that happened, ``first`` to ``last``."""
    daily: dict[date, int] = defaultdict(int)
    for row in table.rows_between(unit_id, first, last):
        if row.happened > 0 and row.killed > 0:
            daily[row.day] += row.killed
    return daily


def unit_surges(
    table: WeeklyTable, day: date, rule: SurgeRule, levels: Iterable[str] = SURGE_LEVELS
) -> list[str]:
    """The pairs and families (their :attr:`Unit.id`) whose reported deaths surge on ``day``,
    read from the incidents known by then."""
    first = day - timedelta(days=rule.history_days - 1)
    out = []
    for unit in table.active(day - timedelta(days=rule.window_days - 1), tuple(levels)):
        if rule.holds(reported_deaths(table, unit.id, first, day), day):
            out.append(unit.id)
    return out
