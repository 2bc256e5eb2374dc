"""tocsin's weekly deaths against the truth's, unit by unit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tocsin.backtest.agreement import deaths_agreement, full_weeks
from tocsin.signals.levels import Unit
from tocsin.signals.units import UnitRow
from tocsin.signals.weekly import WeeklyTable
from tocsin.truth.violence import DeadlyEvent, Truth

MONDAY = date(2021, 3, 1)
REBELS = Unit("family", "ARM:state-rebels", "ARM", "state-rebels")
TRUTH_DEATHS = [3, 40, 5, 0, 60, 2, 9, 30]


def truth(deaths: list[int], family: str = "state-rebels") -> Truth:
    events = tuple(
        DeadlyEvent(f"e-{k}", MONDAY + timedelta(weeks=k, days=2), n, True, "ARM", family, None)
        for k, n in enumerate(deaths)
        if n
    )
    return Truth("UCDP GED", "test", events)


def table(deaths: list[int]) -> WeeklyTable:
    weekly = WeeklyTable()
    for k, n in enumerate(deaths):
        day = MONDAY + timedelta(weeks=k, days=3)
        weekly.put(
            UnitRow(
                f"inc-{k}", day, (REBELS,), "ARM", "ASSAULT", 4, -10.0, 1.0, 0.0, False, n, 1, False
            )
        )
    return weekly


def covered(unit: Unit) -> bool:
    return unit.country == "ARM"


LAST = MONDAY + timedelta(weeks=8) - timedelta(days=1)


def test_full_weeks_leave_out_the_broken_ones() -> None:
    weeks = full_weeks(MONDAY + timedelta(days=1), MONDAY + timedelta(days=19))
    assert weeks == [MONDAY + timedelta(weeks=1)]
    assert len(full_weeks(MONDAY, LAST)) == 8


def test_deaths_that_rise_and_fall_with_the_truth_agree() -> None:
    ours = [n // 2 for n in TRUTH_DEATHS]  # half the level, the same weeks
    found = deaths_agreement(table(ours), truth(TRUTH_DEATHS), covered, MONDAY, LAST)
    (row,) = found["units"]
    assert row["unit"] == REBELS.key and row["weeks"] == 8
    assert row["correlation"] > 0.9 and row["change_correlation"] > 0.9
    assert (row["deaths_tocsin"], row["deaths_truth"]) == (sum(ours), sum(TRUTH_DEATHS))
    assert found["mean"]["correlation"] == row["correlation"]


def test_deaths_out_of_step_with_the_truth_do_not() -> None:
    ours = list(reversed(TRUTH_DEATHS))
    (row,) = deaths_agreement(table(ours), truth(TRUTH_DEATHS), covered, MONDAY, LAST)["units"]
    assert row["correlation"] < 0.3


def test_units_the_truth_does_not_cover_or_count_are_left_out() -> None:
    found = deaths_agreement(
        table(TRUTH_DEATHS), truth(TRUTH_DEATHS), lambda u: False, MONDAY, LAST
    )
    assert found == {"units": [], "mean": {"correlation": None, "change_correlation": None}}


@pytest.mark.parametrize("ours", [[0] * 8, [7] * 8])
def test_a_flat_series_has_no_correlation(ours: list[int]) -> None:
    (row,) = deaths_agreement(table(ours), truth(TRUTH_DEATHS), covered, MONDAY, LAST)["units"]
    assert row["correlation"] is None
