"""Surges scored against onsets: tocsin's deaths reported and the truth's own daily deaths."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from tocsin.backtest.truth_scores import Alarm, Window, merged_alarms, surge_scores
from tocsin.signals.levels import Unit
from tocsin.signals.surges import SurgeRule
from tocsin.truth.onsets import find_onsets
from tocsin.truth.violence import DeadlyEvent, Truth

MONDAY = date(2021, 3, 1)
REBELS = Unit("family", "ARM:state-rebels", "ARM", "state-rebels")


def event(day: date, deaths: int) -> DeadlyEvent:
    return DeadlyEvent(f"e-{day}", day, deaths, True, "ARM", "state-rebels", None)


def test_repeats_within_the_merge_days_are_one_alarm() -> None:
    days = [MONDAY, MONDAY + timedelta(days=10), MONDAY + timedelta(days=30)]
    assert merged_alarms({"u": days}, 14) == [
        Alarm("u", MONDAY, MONDAY + timedelta(days=10)),
        Alarm("u", MONDAY + timedelta(days=30), MONDAY + timedelta(days=30)),
    ]


def test_an_onset_that_builds_over_days_is_seen_before_its_day() -> None:
    # 4 deaths a week, then 15 on the Monday of week 6 and 20 on Tuesday: the week reaches
    # 25 on Tuesday (the onset day), half of it on Monday
    week6 = MONDAY + timedelta(weeks=6)
    events = [event(MONDAY + timedelta(weeks=k, days=2), 4) for k in range(6)]
    events += [event(week6, 15), event(week6 + timedelta(days=1), 20)]
    onsets = [o for o in find_onsets(events) if o.unit == REBELS]
    assert [o.day for o in onsets] == [week6 + timedelta(days=1)]
    by_unit: dict[str, list[date]] = defaultdict(list)
    by_unit[REBELS.id].append(onsets[0].day)
    truth = Truth("UCDP GED", "test", tuple(events))
    window = Window(MONDAY, MONDAY + timedelta(weeks=12), 28)
    stray = Unit("family", "ARM:non-state", "ARM", "non-state")
    scores = surge_scores(
        [(REBELS.id, week6 - timedelta(days=3)), ("family:unknown", week6)],
        {REBELS.id: REBELS, stray.id: stray},
        truth,
        lambda u: u.level == "family",
        by_unit,
        window,
        14,
        SurgeRule(),
    )
    assert scores["tocsin"]["alerts"] == 1 and scores["tocsin"]["lead_days"] == [4]
    assert scores["truth"]["onsets_warned"] == 1 and scores["truth"]["lead_days"] == [1]
    assert scores["truth"]["random_days"]["draws"] == 1000
    assert "0.5 of the onset threshold" in scores["rule"]
