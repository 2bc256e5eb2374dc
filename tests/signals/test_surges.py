"""Surges of deaths on a rolling week: the onset rule's numbers, read day by day."""

from __future__ import annotations

from datetime import date, timedelta

from tocsin.signals.levels import Unit
from tocsin.signals.surges import SurgeRule, reported_deaths, surge_days, unit_surges
from tocsin.signals.units import UnitRow
from tocsin.signals.weekly import WeeklyTable

MONDAY = date(2021, 3, 1)
REBELS = Unit("family", "ARM:state-rebels", "ARM", "state-rebels")
PAIR = Unit("pair", "ARM–AZE")


def quiet(days: int, per_week: int = 7) -> dict[date, float]:
    """``per_week`` deaths a week, one day in seven, for ``days`` days from MONDAY."""
    return {MONDAY + timedelta(days=k): per_week for k in range(0, days, 7)}


def test_a_surge_needs_the_floor_and_the_ratio_over_the_weeks_before() -> None:
    rule = SurgeRule()
    daily = quiet(35)  # 7 deaths a week for five weeks
    day = MONDAY + timedelta(days=37)
    assert not rule.holds({**daily, day: 20}, day)  # 20 < 25
    assert rule.holds({**daily, day: 26}, day)  # 26 ≥ 25 and ≥ 3 × 7
    busy = quiet(35, per_week=10)  # 3 × 10 = 30 > 26
    assert not rule.holds({**busy, day: 26}, day)
    assert SurgeRule(min_deaths=10, ratio=2.0).holds({**busy, day: 20}, day)


def test_the_window_rolls_across_calendar_weeks() -> None:
    # an offensive that builds from Friday to Monday: no calendar week reaches 25,
    # the rolling week does on the Monday
    daily = quiet(35, per_week=2)
    friday = MONDAY + timedelta(days=39)
    build = {friday: 8, friday + timedelta(days=1): 8, friday + timedelta(days=3): 10}
    last = friday + timedelta(days=10)
    days = surge_days({**daily, **build}, MONDAY + timedelta(days=35), last, SurgeRule())
    assert days[0] == friday + timedelta(days=3)
    # the days after the one read never count
    monday = friday + timedelta(days=3)
    assert not SurgeRule().holds({**daily, friday: 8, monday + timedelta(days=1): 500}, monday)


def row(incident: str, day: date, killed: int, happened: float = 1.0, units=(REBELS,)) -> UnitRow:
    return UnitRow(
        incident_id=incident,
        day=day,
        units=tuple(units),
        country="ARM",
        event="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        happened=happened,
        risk=0.0,
        denied=False,
        killed=killed,
        n_sources=1,
        interstate=False,
    )


def test_unit_surges_read_the_deaths_reported_in_incidents_that_happened() -> None:
    table = WeeklyTable()
    for k in range(5):
        table.put(row(f"q{k}", MONDAY + timedelta(weeks=k), 5, units=(REBELS, PAIR)))
    day = MONDAY + timedelta(days=37)
    table.put(row("threat", day, 200, happened=0.0))  # violence that did not happen
    assert unit_surges(table, day, SurgeRule()) == []
    table.put(row("big", day, 30))
    assert unit_surges(table, day, SurgeRule()) == [REBELS.id]
    assert reported_deaths(table, REBELS.id, day, day) == {day: 30}
    # a later report lowers the toll: the rule reads the incident as it now stands
    table.put(row("big", day, 12))
    assert unit_surges(table, day, SurgeRule()) == []
    # the pair saw the quiet weeks only
    assert unit_surges(table, day, SurgeRule(), levels=("pair",)) == []
