"""The onset rule: ≥ 25 deaths and ≥ 3× the four weeks before; the day the threshold is met."""

from __future__ import annotations

from datetime import date, timedelta

from tocsin.truth.onsets import OnsetRule, find_onsets
from tocsin.truth.violence import DeadlyEvent

MONDAY = date(2021, 3, 1)


def event(day: date, deaths: int, family: str = "state-rebels", precise: bool = True):
    return DeadlyEvent(f"e-{day}-{deaths}", day, deaths, precise, "ARM", family, None)


def quiet_weeks(n: int, deaths: int = 4) -> list[DeadlyEvent]:
    return [event(MONDAY + timedelta(weeks=k, days=2), deaths) for k in range(n)]


def test_an_onset_needs_both_the_floor_and_the_ratio() -> None:
    week5 = MONDAY + timedelta(weeks=5)
    events = [
        *quiet_weeks(5),
        event(week5 + timedelta(days=1), 10),
        event(week5 + timedelta(days=3), 20),  # running total 30 ≥ 25 on Thursday
    ]
    onsets = [o for o in find_onsets(events) if o.unit.level == "family"]
    (onset,) = onsets
    assert onset.unit.key == "ARM:state-rebels"
    assert onset.week == week5 and onset.day == week5 + timedelta(days=3)
    assert onset.deaths == 30 and onset.baseline == 4.0
    # a larger baseline: 30 is not 3× 12
    assert not [
        o for o in find_onsets([*quiet_weeks(5, 12), *events[5:]]) if o.unit.level == "family"
    ]


def test_first_weeks_have_no_baseline_and_imprecise_deaths_are_left_out() -> None:
    early = [event(MONDAY + timedelta(days=1), 100)]
    assert find_onsets([*early, *quiet_weeks(6)]) == []
    week5 = MONDAY + timedelta(weeks=5)
    spread = [event(week5 + timedelta(days=2), 200, precise=False)]
    assert find_onsets([*quiet_weeks(6), *spread]) == []


def test_rule_parameters() -> None:
    week5 = MONDAY + timedelta(weeks=5)
    events = [*quiet_weeks(5), event(week5, 20)]
    assert not find_onsets(events)
    loose = OnsetRule(min_deaths=10, ratio=2.0)
    assert [o.day for o in find_onsets(events, loose) if o.unit.level == "family"] == [week5]
    assert "≥ 10" in loose.describe()


def test_a_warning_must_come_before_the_surge_began() -> None:
    week5 = MONDAY + timedelta(weeks=5)
    events = [
        *quiet_weeks(5),
        event(week5 + timedelta(days=1), 13),  # Tuesday: 13 ≥ half of 25, the surge began
        event(week5 + timedelta(days=3), 20),  # Thursday: 33 ≥ 25, the onset day
    ]
    (onset,) = [o for o in find_onsets(events) if o.unit.level == "family"]
    assert onset.day == week5 + timedelta(days=3)
    assert onset.began == onset.warn_by == week5 + timedelta(days=1)
    assert onset.to_dict()["surge_began"] == (week5 + timedelta(days=1)).isoformat()
    # all at once: the surge begins on the onset day itself
    sudden = [*quiet_weeks(5), event(week5 + timedelta(days=4), 40)]
    (onset,) = [o for o in find_onsets(sudden) if o.unit.level == "family"]
    assert onset.warn_by == onset.day == week5 + timedelta(days=4)
    assert "0.5 of the threshold (the surge began)" in OnsetRule().describe()
