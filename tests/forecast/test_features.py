"""The features of a unit's week: the onset chance is read on the unit's own deaths reported."""

from __future__ import annotations

from datetime import date, timedelta
from math import log

import pytest

from signals.factories import deadly_row
from tocsin.forecast.features import FEATURES, unit_features
from tocsin.signals.levels import Unit
from tocsin.signals.weekly import WeeklyTable

MONDAY = date(2022, 5, 2)
REBELS = Unit("family", "MLI:state-rebels", "MLI", "state-rebels")


def table_of(weekly_deaths: list[int]) -> WeeklyTable:
    """A family with one deadly clash each Tuesday, week after week from MONDAY."""
    table = WeeklyTable()
    for k, killed in enumerate(weekly_deaths):
        day = MONDAY + timedelta(weeks=k, days=1)
        table.put(deadly_row(f"clash-{k}", day, killed, (REBELS,), "MLI"))
    return table


def chance(weekly_deaths: list[int]) -> float:
    last = MONDAY + timedelta(weeks=len(weekly_deaths) - 1)
    return unit_features(table_of(weekly_deaths), REBELS, last)[FEATURES.index("onset_chance")]


def test_a_lull_after_large_weeks_raises_the_onset_chance() -> None:
    lull = chance([40, 2, 55, 1, 60, 2, 1, 1, 1])
    steady = chance([40, 45, 55, 50, 60, 52, 48, 50, 51])
    never = chance([3, 4, 2, 5, 3, 4, 2, 3, 4])
    assert lull > 0.0  # a logit: better than even odds that the lull ends in an onset
    # a steady war's weeks never reach 3× the month before; a quiet one's never reach 25
    assert steady == never == pytest.approx(log(0.005 / 0.995))


def test_weeks_after_the_one_forecast_from_are_never_read() -> None:
    history = [40, 2, 55, 1, 60, 2, 1, 1, 1]
    week = MONDAY + timedelta(weeks=len(history) - 1)
    later = table_of([*history, 90, 90, 90])
    assert unit_features(later, REBELS, week) == unit_features(table_of(history), REBELS, week)
