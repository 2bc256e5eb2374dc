"""The weeks a unit's chart draws: every week since it was first seen, ten years at most."""

from __future__ import annotations

from datetime import date, timedelta

from tocsin.api.forecasts import SERIES_WEEKS, series_weeks

MONDAY = date(2024, 6, 3)


def test_every_week_from_the_first_to_the_last() -> None:
    weeks = series_weeks(MONDAY - timedelta(weeks=3), MONDAY)
    assert weeks == [MONDAY - timedelta(weeks=k) for k in (3, 2, 1, 0)]
    assert series_weeks(MONDAY, MONDAY) == [MONDAY]


def test_a_unit_first_seen_long_ago_draws_its_last_ten_years() -> None:
    weeks = series_weeks(date(1982, 2, 1), MONDAY)  # an article recalls a massacre of 1982
    assert len(weeks) == SERIES_WEEKS == 520
    assert weeks[-1] == MONDAY and weeks[0] == MONDAY - timedelta(weeks=519)
    assert len(series_weeks(date(1982, 2, 1), MONDAY, at_most=4)) == 4
