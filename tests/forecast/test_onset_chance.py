"""The onset rule read forward on a unit's own weekly deaths."""

from __future__ import annotations

import pytest

from tocsin.forecast.onset_chance import OnsetChanceRule, onset_chance
from tocsin.truth.onsets import OnsetRule


def test_a_stricter_onset_rule_gives_a_smaller_chance() -> None:
    history = [0, 30, 2, 0, 45, 1, 0, 0, 3]
    stricter = OnsetChanceRule(onset=OnsetRule(min_deaths=40))
    assert 0.0 < onset_chance(history, stricter) < onset_chance(history)
    never = OnsetChanceRule(onset=OnsetRule(min_deaths=50))
    assert onset_chance(history, never) == 0.0  # no week of the pool reaches 50


def test_a_lull_after_large_weeks_is_riskier_than_a_steady_war() -> None:
    lull = [60, 5, 70, 4, 80, 3, 2, 1, 2]  # large weeks came and went; the last month is quiet
    steady = [60, 55, 70, 64, 80, 66, 62, 71, 68]  # the same large weeks, every week
    assert onset_chance(lull) > 0.5
    assert onset_chance(steady) < 0.05


def test_no_chance_without_a_week_that_could_reach_the_floor() -> None:
    assert onset_chance([3, 10, 0, 24, 12, 8]) == 0.0
    assert onset_chance([]) == 0.0
    assert onset_chance([100, 0]) == 0.0  # fewer weeks than the baseline: the rule cannot be read


def test_the_same_history_gives_the_same_chance() -> None:
    history = [0, 30, 2, 0, 45, 1, 0, 0, 3]
    assert onset_chance(history) == onset_chance(list(history))
    assert 0.0 < onset_chance(history) < 1.0


def test_only_the_pool_weeks_are_drawn_from() -> None:
    old_war = [90] * 20 + [0] * 10  # the large weeks lie more than the pool's weeks back
    assert onset_chance(old_war, OnsetChanceRule(pool_weeks=10)) == 0.0
    # two weeks in three of the pool are large: an onset unless all four weeks drawn are quiet
    chance = onset_chance(old_war, OnsetChanceRule(pool_weeks=30))
    assert chance == pytest.approx(1 - (1 / 3) ** 4, abs=0.01)
