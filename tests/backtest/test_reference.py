"""The persistence forecast (the truth's own past deaths) and AUC within units."""

from __future__ import annotations

from datetime import date, timedelta
from math import log1p

import pytest

from tocsin.backtest.reference import (
    persistence_features,
    persistence_forecasts,
    weekly_deaths,
)
from tocsin.backtest.truth_scores import Window, auc_within_units, forecast_scores
from tocsin.forecast.rolling import Forecast
from tocsin.signals.levels import Unit
from tocsin.truth.onsets import find_onsets
from tocsin.truth.violence import DeadlyEvent

MONDAY = date(2021, 3, 1)
REBELS = Unit("family", "ARM:state-rebels", "ARM", "state-rebels")
CIVILIANS = Unit("family", "ARM:one-sided", "ARM", "one-sided")


def event(week: int, deaths: int, family: str = "state-rebels", day: int = 2) -> DeadlyEvent:
    when = MONDAY + timedelta(weeks=week, days=day)
    return DeadlyEvent(f"e-{week}-{family}-{day}", when, deaths, True, "ARM", family, None)


def test_features_read_the_week_and_the_weeks_before_only() -> None:
    events = [event(k, 10) for k in range(10)] + [event(10, 90), event(10, 10, day=5)]
    events.append(event(11, 5000))  # the week after: never read
    deaths = weekly_deaths(events)
    week10 = MONDAY + timedelta(weeks=10)
    assert deaths[REBELS.id][week10] == 100
    features = persistence_features(deaths[REBELS.id], week10, MONDAY)
    # against its own 10 weeks of 10 deaths (and 4-week means of 10, or 2.5·k before week 3)
    months = [log1p(min(k + 1, 4) * 10 / 4) for k in range(10)]
    expected_month = log1p(130 / 4) - sum(months) / 10
    assert features == pytest.approx([log1p(100) - log1p(10), expected_month, 0.0])
    # too little history: measured against nothing
    assert persistence_features(deaths[REBELS.id], MONDAY + timedelta(weeks=3), MONDAY) == [
        0.0,
        0.0,
        0.0,
    ]
    assert persistence_features({}, week10, MONDAY, pair=True) == [0.0, 0.0, 1.0]


def test_persistence_forecasts_cover_tocsin_weeks_and_start_from_climatology() -> None:
    # quiet weeks of 5 deaths with an onset (60 deaths) every tenth week
    events = [event(k, 60 if k % 10 == 9 else 5) for k in range(60)]
    onsets = find_onsets(events)
    assert len([o for o in onsets if o.unit == REBELS]) == 6  # (and 6 of the country)
    weeks = [MONDAY + timedelta(weeks=k) for k in range(60)]
    own = [Forecast(u, w, (0.0,), 0.1) for w in weeks for u in (REBELS, CIVILIANS)]
    ref = persistence_forecasts(own, events, onsets, lambda u: True, 28, 1.0)
    assert [(f.unit, f.week) for f in ref] == [(f.unit, f.week) for f in own]
    first = ref[0]
    assert first.probability == first.climatology  # no onset known yet
    assert all(0.0 < f.probability < 1.0 for f in ref)
    late = [f for f in ref if f.week >= MONDAY + timedelta(weeks=40) and f.unit == REBELS]
    assert {f.outcome for f in late} == {0, 1}


def forecast(unit: Unit, week: int, p: float, outcome: int) -> Forecast:
    return Forecast(unit, MONDAY + timedelta(weeks=week), (), p, 0.2, outcome)


def test_auc_within_units_ranks_each_unit_against_itself() -> None:
    # each unit's onset week has its highest forecast, but the busy unit's quiet weeks
    # outrank the quiet unit's onset week: pooled AUC suffers, within units it is perfect
    rows = [
        forecast(REBELS, 0, 0.5, 0),
        forecast(REBELS, 1, 0.6, 0),
        forecast(REBELS, 2, 0.9, 1),
        forecast(CIVILIANS, 0, 0.1, 0),
        forecast(CIVILIANS, 1, 0.3, 1),
        forecast(CIVILIANS, 2, 0.2, 0),
    ]
    assert auc_within_units(rows) == 1.0
    assert auc_within_units([*rows[:3], forecast(CIVILIANS, 0, 0.1, 0)]) == 1.0  # one class only
    assert auc_within_units([forecast(REBELS, 0, 0.5, 0)]) is None
    window = Window(MONDAY, MONDAY + timedelta(weeks=20), 28)
    reference = [Forecast(f.unit, f.week, (), 1.0 - f.probability, 0.2, f.outcome) for f in rows]
    scores = forecast_scores(rows, lambda u: True, window, reference)["family"]
    assert scores["auc_within_units"] == 1.0 and scores["auc"] < 1.0
    assert scores["persistence"]["auc_within_units"] == 0.0
    assert scores["persistence"]["brier"] > scores["brier"]
    assert "persistence" not in forecast_scores(rows, lambda u: True, window)["family"]
