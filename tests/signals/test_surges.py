"""Onsets in the making: half the onset threshold reached in the week under way."""

from __future__ import annotations

from datetime import date, timedelta

from signals.factories import deadly_row
from tocsin.signals.levels import Unit
from tocsin.signals.surges import SurgeRule, reported_deaths, surge_days, unit_surges
from tocsin.signals.units import UnitRow
from tocsin.signals.weekly import WeeklyTable

MONDAY = date(2021, 3, 1)
REBELS = Unit("family", "ARM:state-rebels", "ARM", "state-rebels")
PAIR = Unit("pair", "ARM–AZE")


def quiet(weeks: int, per_week: int = 4) -> dict[date, float]:
    """``per_week`` deaths each Wednesday of ``weeks`` weeks from MONDAY."""
    return {MONDAY + timedelta(weeks=k, days=2): per_week for k in range(weeks)}


def test_the_threshold_is_the_onset_rules() -> None:
    rule = SurgeRule()
    week4 = MONDAY + timedelta(weeks=4)
    assert rule.threshold(quiet(4), week4) == 25  # 3 × 4 = 12 < 25
    assert rule.threshold(quiet(4, per_week=20), week4) == 60
    assert rule.first_day(week4 + timedelta(days=3)) == MONDAY


def test_a_week_surges_from_half_its_threshold_until_it_is_reached() -> None:
    week4 = MONDAY + timedelta(weeks=4)
    daily = {**quiet(4), week4: 6, week4 + timedelta(days=1): 8, week4 + timedelta(days=3): 20}
    days = surge_days(daily, week4, week4 + timedelta(days=6), SurgeRule())
    # Monday 6 (< 12.5); Tuesday 14 and Wednesday 14 (≥ 12.5, < 25); Thursday 34: reached
    assert days == [week4 + timedelta(days=1), week4 + timedelta(days=2)]
    # against a busier month the same deaths are no surge
    busy = {**quiet(4, per_week=20), **{d: v for d, v in daily.items() if d >= week4}}
    assert surge_days(busy, week4, week4 + timedelta(days=2), SurgeRule()) == []
    assert SurgeRule(share=0.2).holds(busy, week4 + timedelta(days=1))
    # the days after the one read never count, nor the week before its Monday
    tuesday = week4 + timedelta(days=1)
    assert SurgeRule().holds({**daily, week4 + timedelta(days=2): 500}, tuesday)
    assert not SurgeRule().holds({**quiet(4), week4 - timedelta(days=1): 14}, tuesday)
    assert "0.5 of the onset threshold" in SurgeRule().describe()


def row(incident: str, day: date, killed: int, happened: float = 1.0, units=(REBELS,)) -> UnitRow:
    return deadly_row(incident, day, killed, units, "ARM", happened)


def test_unit_surges_read_the_deaths_reported_in_incidents_that_happened() -> None:
    table = WeeklyTable()
    for k in range(4):
        table.put(row(f"q{k}", MONDAY + timedelta(weeks=k, days=2), 4, units=(REBELS, PAIR)))
    day = MONDAY + timedelta(weeks=4, days=1)
    table.put(row("threat", day, 200, happened=0.0))  # violence that did not happen
    assert unit_surges(table, day, SurgeRule()) == []
    table.put(row("clash", day, 15))
    assert unit_surges(table, day, SurgeRule()) == [REBELS.id]
    assert reported_deaths(table, REBELS.id, day, day) == {day: 15}
    # a later report raises the toll past the threshold: reported, no longer to come
    table.put(row("clash", day, 40))
    assert unit_surges(table, day, SurgeRule()) == []
    # the pair saw the quiet weeks only
    assert unit_surges(table, day, SurgeRule(), levels=("pair",)) == []


def test_the_bundled_rule_is_the_onset_rules_numbers_at_half() -> None:
    bundled = SurgeRule.load()
    assert bundled == SurgeRule(min_deaths=25, ratio=3.0, baseline_weeks=4, share=0.5, level_days=2)
    assert bundled.levels == (("warning", 0.5), ("critical", 0.75))


def test_a_level_needs_deaths_reported_on_enough_days() -> None:
    week4 = MONDAY + timedelta(weeks=4)
    one_day = {**quiet(4), week4: 14}
    two_days = {**quiet(4), week4: 7, week4 + timedelta(days=2): 7}
    rule = SurgeRule(level_days=2)
    assert rule.reading(one_day, week4 + timedelta(days=2)).level is None
    assert rule.reading(two_days, week4 + timedelta(days=2)).level == "warning"
    assert rule.holds(one_day, week4 + timedelta(days=2))  # the rule alone reads no days


def test_the_share_reached_gives_the_level() -> None:
    week4 = MONDAY + timedelta(weeks=4)
    rule = SurgeRule()
    # threshold 25: 10 is below half, 14 half, 20 three quarters, 25 the threshold itself
    for so_far, level in ((10, None), (14, "warning"), (20, "critical"), (25, None)):
        reading = rule.reading({**quiet(4), week4: so_far}, week4 + timedelta(days=1))
        assert (reading.week, reading.threshold, reading.level) == (week4, 25, level)
    assert rule.reading({**quiet(4), week4: 20}, week4).share == 0.8
    assert rule.reading(quiet(4), week4).level is None  # nothing yet this week
    custom = SurgeRule(levels=(("info", 0.2), ("warning", 0.6)))
    assert custom.reading({**quiet(4), week4: 6}, week4).level == "info"
    assert custom.reading({**quiet(4), week4: 20}, week4).level == "warning"
