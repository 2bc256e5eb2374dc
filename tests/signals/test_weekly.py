"""Incidents placed in units, and weekly tallies that follow an incident as it changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from incidents.factories import summaries
from tocsin.signals.units import unit_rows
from tocsin.signals.weekly import WeeklyTable, week_of
from tocsin.weights import SignalWeights

SYRIA = {"name": "Aleppo", "country": "SYR", "lat": 36.2, "lon": 37.16}


def test_rows_carry_units_deaths_and_denials(weights: SignalWeights) -> None:
    rows = unit_rows(
        summaries(
            [
                {
                    "doc": "a",
                    "actor": "SYR/MIL",
                    "recipient": "SYR/REB",
                    "date": "2026-03-03",
                    "place": SYRIA,
                    "killed": 12,
                },
                {
                    "doc": "b",
                    "actor": None,
                    "recipient": "SYR/CVL",
                    "date": "2026-03-04",
                    "place": SYRIA,
                },
                {
                    "doc": "c",
                    "actor": "TUR/MIL",
                    "recipient": "SYR/REB",
                    "date": "2026-03-05",
                    "event": "THREATEN",
                    "cameo": "138",
                    "place": SYRIA,
                },
                {
                    "doc": "d",
                    "actor": "SYR/GOV",
                    "recipient": "IMGSUN/REB",
                    "date": "2026-03-06",
                    "status": "denied",
                    "place": SYRIA,
                },
            ],
            weights,
        )
    )
    by_day = {r.day.day: r for r in rows}
    assert [u.key for u in by_day[3].units] == ["SYR:state-rebels", "SYR–SYR/REB"]
    assert by_day[3].violent == 1.0 and by_day[3].killed == 12
    assert by_day[4].units == ()  # civilians killed by no one named: no family, the country kept
    assert by_day[5].risk > 0 and by_day[5].violent == 0.0
    assert by_day[6].denied and by_day[6].violent == 0.0
    assert {r.country for r in rows} == {"SYR"}


def test_only_a_days_own_toll_counts_as_deaths_of_the_day(weights: SignalWeights) -> None:
    clash = {"actor": "SYR/MIL", "recipient": "SYR/REB", "place": SYRIA}
    rows = unit_rows(
        summaries(
            [
                {**clash, "doc": "a", "date": "2026-03-03", "killed": 12},
                # a month's toll, dated to its month: no day of it holds those deaths
                {**clash, "doc": "b", "date": "2026-02", "precision": "month", "killed": 900}
                | {"published": "2026-03-02"},
                # a toll summed over weeks of shelling, reported on one day
                {**clash, "doc": "c", "date": "2026-03-20", "killed": 700, "cumulative": True},
            ],
            weights,
        )
    )
    killed = {(r.day.month, r.day.day): r.killed for r in rows}
    assert killed == {(3, 3): 12, (2, 1): 0, (3, 20): 0}


def test_weekly_table_replaces_a_changed_incident(weights: SignalWeights) -> None:
    (row,) = unit_rows(
        summaries(
            [
                {
                    "doc": "a",
                    "actor": "ARM/MIL",
                    "recipient": "AZE/MIL",
                    "date": "2026-03-04",
                    "killed": 3,
                }
            ],
            weights,
        )
    )
    assert row.interstate
    table = WeeklyTable()
    table.put(row)
    week = week_of(date(2026, 3, 4))
    assert table.week("pair:ARM–AZE", week).violent == 1.0
    assert table.week("pair:ARM–AZE", week).interstate == 1.0
    table.put(replace(row, killed=30, happened=0.6))  # a later report changes the incident
    assert table.week("pair:ARM–AZE", week).violent == pytest.approx(0.6)
    assert table.week("pair:ARM–AZE", week).killed == 30
    assert table.first_seen["pair:ARM–AZE"] == date(2026, 3, 4)
    series = table.series("pair:ARM–AZE", date(2026, 2, 23), date(2026, 3, 9))
    assert [w.violent for _, w in series] == [0.0, pytest.approx(0.6), 0.0]
    assert table.week("dyad:ARM–AZE", week).violent == pytest.approx(0.6)
    assert [u.id for u in table.active(date(2026, 3, 1))] == ["pair:ARM–AZE"]
    assert table.active(date(2026, 3, 9)) == []


def test_shelled_civilians_count_in_no_family_of_violence_against_civilians(
    weights: SignalWeights,
) -> None:
    spec = {"actor": "SYR/MIL", "recipient": "SYR/CVL", "place": SYRIA, "killed": 9}
    shelling = {**spec, "doc": "a", "date": "2026-03-03", "cameo": "195"}
    execution = {**spec, "doc": "b", "date": "2026-03-10", "cameo": "1823"}
    rows = unit_rows(summaries([shelling, execution], weights))
    by_day = {r.day.day: [u.key for u in r.units] for r in rows}
    assert by_day == {3: ["SYR→SYR/CVL"], 10: ["SYR:one-sided", "SYR→SYR/CVL"]}
