"""Alarms against onsets: only what was raised before the onset day warns of it, and an alert
stands at a level only while detections of that level repeat it."""

from __future__ import annotations

from datetime import date, timedelta

from tocsin.backtest.scoring import FiredAlert
from tocsin.backtest.truth_scores import (
    Alarm,
    Window,
    alarms_of,
    evaluate,
    lift_figures,
    random_days,
)

START = date(2023, 1, 2)
UNIT = "family:ETH:state-rebels"
WINDOW = Window(START, START + timedelta(days=180), 28)


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def test_an_alarm_raised_on_the_onset_day_or_after_does_not_warn() -> None:
    onsets = {UNIT: [day(40)]}
    assert evaluate([Alarm(UNIT, day(40), day(45))], onsets, WINDOW).warned == 0
    assert evaluate([Alarm(UNIT, day(41), day(41))], onsets, WINDOW).precision == 0.0
    before = evaluate([Alarm(UNIT, day(39), day(39))], onsets, WINDOW)
    assert (before.warned, before.leads, before.precision) == (1, (1,), 1.0)
    # ended more than the horizon before the onset: neither warned nor a hit
    early = evaluate([Alarm(UNIT, day(5), day(10))], onsets, WINDOW)
    assert (early.warned, early.precision) == (0, 0.0)
    # another unit's alarm says nothing of this unit's onset
    assert evaluate([Alarm("family:ETH:one-sided", day(39), day(39))], onsets, WINDOW).warned == 0


def test_a_warning_kept_open_by_infos_stands_as_a_warning_only_while_warnings_repeat() -> None:
    alert = FiredAlert(
        id="al-1",
        kind="onset",
        level="warning",
        scope="family",
        unit="ETH:state-rebels",
        first_seen=day(0),
        reason="",
        last_seen=day(60),
        reached=(("info", day(0)), ("warning", day(2))),
        detected=(("warning", day(2)), ("info", day(60))),
    )
    scored = {"al-1": UNIT}
    assert alarms_of([alert], "warning", "all", scored) == [Alarm(UNIT, day(2), day(2))]
    assert alarms_of([alert], "info", "all", scored) == [Alarm(UNIT, day(0), day(60))]
    onsets = {UNIT: [day(50)]}
    assert evaluate(alarms_of([alert], "warning", "all", scored), onsets, WINDOW).warned == 0
    assert evaluate(alarms_of([alert], "info", "all", scored), onsets, WINDOW).warned == 1
    # an alert without that record stands until it was last seen
    old = FiredAlert("al-2", "forecast", "warning", "family", "ETH:state-rebels", day(0), "")
    assert old.until("warning") == day(0)


def test_alarms_just_before_every_onset_are_told_from_chance_and_late_alarms_are_not() -> None:
    two_years = Window(START, START + timedelta(days=730), 28)
    onset_days = [40 + 90 * k for k in range(8)]
    onsets = {UNIT: [day(d) for d in onset_days]}
    timely = [Alarm(UNIT, day(d - 3), day(d - 3)) for d in onset_days]
    figures = evaluate(timely, onsets, two_years)
    told = lift_figures(figures, random_days(timely, onsets, two_years))
    assert figures.precision == 1.0
    assert told["lift"] > told["chance_lift_95"] > 1.0
    assert told["p_value"] < 0.05
    # two timely alarms are as right, but random days are right that often too
    few = timely[:2]
    small = lift_figures(evaluate(few, onsets, two_years), random_days(few, onsets, two_years))
    assert small["lift"] > 3.0
    assert small["p_value"] > 0.05
    late = [Alarm(UNIT, day(d + 1), day(d + 1)) for d in onset_days]
    missed = lift_figures(evaluate(late, onsets, two_years), random_days(late, onsets, two_years))
    assert missed["lift"] < 1.0
    assert missed["p_value"] > 0.5


def test_no_alarms_have_no_lift_and_no_p_value() -> None:
    onsets = {UNIT: [day(40)]}
    told = lift_figures(evaluate([], onsets, WINDOW), random_days([], onsets, WINDOW))
    assert told == {"lift": None, "p_value": None, "chance_lift_95": None}
