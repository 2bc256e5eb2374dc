"""Escalation onsets derived from a truth file with one documented rule.

**The rule.** Deaths are summed per unit (a country, a conflict family inside it, a pair of
states) and per week (Monday to Sunday), leaving out events whose deaths span weeks or months
(``dated_to_day`` false). A week is an **onset** of its unit when its deaths are at least
``min_deaths`` (25) and at least ``ratio`` (3) times the mean of the ``baseline_weeks`` (4)
weeks before it. A unit has no onset in its first ``baseline_weeks`` weeks of data (no baseline
yet). The **onset day** is the first day of that week on which the week's running total reaches
the threshold (the larger of ``min_deaths`` and ``ratio`` × baseline): the first day the rule
could be seen to hold. The onset's **surge began** on the first day of that week on which the
running total reached ``surge_share`` (half) of the threshold: from then on the escalation is
under way, and an alarm raised that day or later reports it rather than foresees it. A warning
must come before the day the surge began (:attr:`Onset.warn_by`), which is never after the onset
day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tocsin.signals.levels import Unit
from tocsin.truth.violence import DeadlyEvent


@dataclass(frozen=True)
class OnsetRule:
    """The onset rule's parameters (see the module docstring)."""

    min_deaths: int = 25
    ratio: float = 3.0
    baseline_weeks: int = 4
    surge_share: float = 0.5

    def describe(self) -> str:
        return (
            f"a week (Monday–Sunday) whose deaths in a unit are ≥ {self.min_deaths} and "
            f"≥ {self.ratio:g}× the mean of the {self.baseline_weeks} weeks before; events whose "
            "deaths span weeks or months left out; onset day = the day the week's running total "
            f"reaches the threshold; a warning must come before the day it reached "
            f"{self.surge_share:g} of the threshold (the surge began)"
        )


@dataclass(frozen=True)
class Onset:
    """One escalation onset of a unit."""

    unit: Unit
    week: date  # the Monday of the onset week
    day: date  # the onset day (see the rule)
    deaths: int  # deaths of the onset week
    baseline: float  # mean weekly deaths of the weeks before
    began: date | None = None  # the day the week's deaths reached the rule's surge share

    @property
    def warn_by(self) -> date:
        """The day a warning must come before: the day the onset's surge began."""
        return self.began or self.day

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.unit.level,
            "unit": self.unit.key,
            "week": self.week.isoformat(),
            "day": self.day.isoformat(),
            "surge_began": self.warn_by.isoformat(),
            "deaths": self.deaths,
            "baseline": round(self.baseline, 1),
        }


def week_of(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


def daily_deaths(events: Iterable[DeadlyEvent]) -> dict[Unit, dict[date, int]]:
    """Deaths per unit and day, events dated to the day only."""
    table: dict[Unit, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for event in events:
        if not event.dated_to_day or event.deaths <= 0:
            continue
        for unit in event.units():
            table[unit][event.day] += event.deaths
    return table


def find_onsets(events: Iterable[DeadlyEvent], rule: OnsetRule | None = None) -> list[Onset]:
    """Every onset in the events, by onset day then unit."""
    rule = rule or OnsetRule()
    events = list(events)
    if not events:
        return []
    first_week = week_of(min(e.day for e in events))
    last_week = week_of(max(e.day for e in events))
    onsets = []
    for unit, days in daily_deaths(events).items():
        weekly: dict[date, int] = defaultdict(int)
        for day, deaths in days.items():
            weekly[week_of(day)] += deaths
        week = first_week + timedelta(weeks=rule.baseline_weeks)
        while week <= last_week:
            deaths = weekly.get(week, 0)
            before = [
                weekly.get(week - timedelta(weeks=k), 0) for k in range(1, rule.baseline_weeks + 1)
            ]
            baseline = sum(before) / rule.baseline_weeks
            threshold = max(rule.min_deaths, rule.ratio * baseline)
            if deaths >= rule.min_deaths and deaths >= rule.ratio * baseline:
                running = 0
                began = None
                for offset in range(7):
                    day = week + timedelta(days=offset)
                    running += days.get(day, 0)
                    if began is None and running >= rule.surge_share * threshold:
                        began = day
                    if running >= threshold:
                        break
                onsets.append(Onset(unit, week, day, deaths, baseline, began))
            week += timedelta(weeks=1)
    return sorted(onsets, key=lambda o: (o.day, o.unit.level, o.unit.key))
