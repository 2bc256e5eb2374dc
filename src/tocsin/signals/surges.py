"""Onsets in the making: the onset rule's threshold, half reached in the week under way.

**The rule** (:class:`SurgeRule`) reads the onset rule of :mod:`tocsin.truth.onsets` day by day,
with its own numbers: the **threshold** of a week (Monday to Sunday) is the larger of
``min_deaths`` (25) and ``ratio`` (3) times the mean weekly deaths of the ``baseline_weeks`` (4)
weeks before it. A unit **surges** on a day when the deaths of its week so far (Monday to that
day) have reached ``share`` (half) of the week's threshold but not the threshold itself: an
onset in the making. Once the threshold is reached the onset is no longer to come (it is
reported), and the weeks after it have a higher baseline, so a week stops surging then. The
same rule reads tocsin's deaths reported (each day of a replay, on what the headlines had said
by then: :func:`unit_surges`) and the truth's own daily deaths (the reference of
:mod:`tocsin.backtest.truth_scores`).

**Levels.** The share reached in the week so far is also the level of the alert a surge raises
(:mod:`tocsin.alerts.surges`): ``levels`` maps each alert level to the share of the threshold
it needs (a warning at ``share``, a critical alert further on), once deaths were reported on at
least ``level_days`` (2) days of the week: one day's toll, often one report, does not warn on
its own. :meth:`SurgeRule.reading` gives a day's deaths so far, threshold and level.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from tocsin.resources import load_yaml
from tocsin.signals.weekly import WeeklyTable, week_of

SURGE_LEVELS = ("pair", "family")
DEFAULT_LEVELS = (("warning", 0.5), ("critical", 0.75))


@dataclass(frozen=True)
class SurgeReading:
    """A unit's week so far on one day, read against the week's onset threshold."""

    week: date  # the Monday
    so_far: float  # deaths reported from Monday to the day
    threshold: float  # the week's onset threshold
    level: str | None  # the alert level the share reached gives (None: below every level)

    @property
    def share(self) -> float:
        return self.so_far / self.threshold if self.threshold else 0.0


@dataclass(frozen=True)
class SurgeRule:
    """The surge rule's parameters (see the module docstring)."""

    min_deaths: int = 25
    ratio: float = 3.0
    baseline_weeks: int = 4
    share: float = 0.5
    levels: tuple[tuple[str, float], ...] = DEFAULT_LEVELS  # (alert level, share), rising
    level_days: int = 1  # days of the week so far with deaths reported that a level needs

    @classmethod
    def load(cls) -> SurgeRule:
        """The bundled rule (``signals/surges.yaml``)."""
        data = load_yaml("signals/surges.yaml")
        shares = data.get("levels") or dict(DEFAULT_LEVELS)
        levels = sorted(((str(k), float(v)) for k, v in shares.items()), key=lambda kv: kv[1])
        return cls(
            min_deaths=int(data["min_deaths"]),
            ratio=float(data["ratio"]),
            baseline_weeks=int(data["baseline_weeks"]),
            share=float(data["share"]),
            levels=tuple(levels),
            level_days=int(data.get("level_days", 1)),
        )

    def first_day(self, day: date) -> date:
        """The first day the rule reads for ``day``: the baseline weeks before its week."""
        return week_of(day) - timedelta(weeks=self.baseline_weeks)

    def threshold(self, daily: Mapping[date, float], week: date) -> float:
        """The onset threshold of the week starting ``week``."""
        before = sum(
            daily.get(week - timedelta(days=k), 0) for k in range(1, 7 * self.baseline_weeks + 1)
        )
        return max(float(self.min_deaths), self.ratio * before / self.baseline_weeks)

    def holds(self, daily: Mapping[date, float], day: date) -> bool:
        """Whether the unit whose deaths per day are ``daily`` surges on ``day``."""
        week = week_of(day)
        so_far = sum(daily.get(week + timedelta(days=k), 0) for k in range((day - week).days + 1))
        if so_far <= 0:
            return False
        threshold = self.threshold(daily, week)
        return self.share * threshold <= so_far < threshold

    def reading(self, daily: Mapping[date, float], day: date) -> SurgeReading:
        """The week so far on ``day`` against its threshold, and the alert level it reaches:
        the highest of :attr:`levels` whose share is reached, none once the threshold is, nor
        before deaths were reported on :attr:`level_days` days of the week."""
        week = week_of(day)
        deaths = [daily.get(week + timedelta(days=k), 0) for k in range((day - week).days + 1)]
        so_far = sum(deaths)
        threshold = self.threshold(daily, week)
        level = None
        if 0 < so_far < threshold and sum(1 for d in deaths if d > 0) >= self.level_days:
            for name, share in self.levels:
                if so_far >= share * threshold:
                    level = name
        return SurgeReading(week, float(so_far), threshold, level)

    def describe(self) -> str:
        return (
            f"the deaths of the week so far (Monday to the day) have reached {self.share:g} of "
            f"the onset threshold (the larger of {self.min_deaths} and {self.ratio:g}× the mean "
            f"weekly deaths of the {self.baseline_weeks} weeks before), but not the threshold"
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
    table: WeeklyTable,
    day: date,
    rule: SurgeRule,
    levels: Iterable[str] = SURGE_LEVELS,
    only: set[str] | None = None,
) -> list[str]:
    """The pairs and families (their :attr:`Unit.id`) whose reported deaths surge on ``day``,
    read from the incidents known by then (only those in ``only``, when given)."""
    first = rule.first_day(day)
    out = []
    for unit in table.active(day, tuple(levels)):
        if only is not None and unit.id not in only:
            continue
        if rule.holds(reported_deaths(table, unit.id, first, day), day):
            out.append(unit.id)
    return out
