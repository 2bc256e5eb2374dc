"""Dyad-by-day tallies: counts by QuadClass, factuality weighting, risk channel, weeks."""

from __future__ import annotations

from datetime import date

import pytest

from incidents.factories import make_report
from tocsin.incidents.cluster import cluster
from tocsin.incidents.matcher import Matcher
from tocsin.incidents.summary import summarize
from tocsin.signals.rows import rows_from_incidents
from tocsin.signals.series import country_periods, filled, period_start, tally, to_frame
from tocsin.weights import SignalWeights


def rows(specs: list[dict], weights: SignalWeights):
    reports = [make_report(spec, i) for i, spec in enumerate(specs)]
    drafts = cluster(reports, Matcher(weights))
    return rows_from_incidents(summarize(d, weights) for d in drafts)


def test_counts_by_quad_class_and_goldstein(weights: SignalWeights) -> None:
    specs = [
        {"doc": "a", "actor": "IND", "recipient": "PAK", "date": "2026-03-30"},
        {
            "doc": "b",
            "actor": "IND",
            "recipient": "PAK",
            "date": "2026-03-30",
            "event": "ACCUSE",
            "cameo": "112",
            "goldstein": -2.0,
            "status": "alleged",
        },
    ]
    (day,) = tally(rows(specs, weights))
    assert (day.actor, day.recipient, day.period) == ("IND", "PAK", date(2026, 3, 30))
    assert day.incidents == 2
    assert day.weighted == pytest.approx(1.6)
    assert day.quad[4] == pytest.approx(1.0)
    assert day.quad[3] == pytest.approx(0.6)
    assert day.goldstein == pytest.approx(-10.0 - 1.2)
    assert day.intensity == pytest.approx(10.0 + 1.2)


def test_duplicates_count_once(weights: SignalWeights) -> None:
    spec = {"actor": "PAK", "recipient": "IND", "date": "2026-04-06"}
    specs = [{**spec, "doc": f"d{i}", "source": f"outlet{i}"} for i in range(5)]
    (day,) = tally(rows(specs, weights))
    assert day.incidents == 1


@pytest.mark.parametrize(
    ("status", "happened", "risk", "hypothetical"),
    [
        ("asserted", 1, 0.0, 0.0),
        ("alleged", 1, 0.0, 0.0),
        ("denied", 0, 0.0, 0.0),
        ("possible", 0, 0.7, 0.7),
        ("future", 0, 1.0, 1.0),
    ],
)
def test_assault_by_status(
    weights: SignalWeights, status: str, happened: int, risk: float, hypothetical: float
) -> None:
    spec = {"doc": "a", "actor": "IND", "recipient": "PAK", "date": "2026-03-24", "status": status}
    (day,) = tally(rows([spec], weights))
    assert day.incidents == happened
    assert day.risk == pytest.approx(risk)
    assert day.hypothetical == pytest.approx(hypothetical)


def test_threat_feeds_both_channels(weights: SignalWeights) -> None:
    spec = {
        "doc": "a",
        "actor": "IND",
        "recipient": "PAK",
        "date": "2026-03-16",
        "event": "THREATEN",
        "cameo": "138",
    }
    (day,) = tally(rows([spec], weights))
    assert day.incidents == 1 and day.quad[3] == 1.0
    assert day.risk == pytest.approx(1.0)
    assert day.hypothetical == 0.0


def test_possible_cooperation_is_not_risk(weights: SignalWeights) -> None:
    spec = {
        "doc": "a",
        "actor": "GRC",
        "recipient": "TUR",
        "date": "2026-03-18",
        "event": "AGREE",
        "cameo": "057",
        "goldstein": 8.0,
        "status": "possible",
    }
    (day,) = tally(rows([spec], weights))
    assert day.risk == 0.0 and day.incidents == 0


def test_weeks_start_on_monday_and_series_is_filled(weights: SignalWeights) -> None:
    specs = [
        {"doc": "a", "actor": "IND", "recipient": "PAK", "date": "2026-03-31"},
        {"doc": "b", "actor": "IND", "recipient": "PAK", "date": "2026-04-04"},
        {"doc": "c", "actor": "IND", "recipient": "PAK", "date": "2026-04-14"},
    ]
    signal = rows(specs, weights)
    assert period_start(date(2026, 4, 4), "week") == date(2026, 3, 30)
    weeks = filled(signal, "IND", "PAK", "week")
    assert [w.period for w in weeks] == [date(2026, 3, 30), date(2026, 4, 6), date(2026, 4, 13)]
    assert [w.incidents for w in weeks] == [2, 0, 1]
    days = filled(signal, "IND", "PAK", "day", start=date(2026, 3, 29), end=date(2026, 4, 1))
    assert [d.incidents for d in days] == [0, 0, 1, 0]
    with pytest.raises(ValueError, match="unknown frequency"):
        period_start(date(2026, 4, 4), "month")


def test_domestic_dyads_keep_sectors_and_country_series(weights: SignalWeights) -> None:
    specs = [
        {"doc": "a", "actor": "KEN/POL", "recipient": "KEN/CVL", "date": "2026-03-19"},
        {
            "doc": "b",
            "actor": "IND",
            "recipient": "KEN",
            "date": "2026-03-19",
            "event": "ACCUSE",
            "cameo": "112",
            "goldstein": -2.0,
        },
    ]
    signal = rows(specs, weights)
    assert {(r.actor, r.recipient) for r in signal} == {("KEN/POL", "KEN/CVL"), ("IND", "KEN")}
    (kenya,) = country_periods(signal, "KEN", "week")
    assert kenya.incidents == 2 and kenya.recipient == "*"
    frame = to_frame(tally(signal))
    assert list(frame["incidents"]) == [1, 1]
