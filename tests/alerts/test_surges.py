"""Surge alerts on pairs and families: the share of the onset threshold reached is the level."""

from __future__ import annotations

from datetime import date, timedelta

from signals.factories import deadly_row
from tocsin.alerts.surges import surge_alerts
from tocsin.signals.levels import Unit
from tocsin.signals.surges import SurgeRule
from tocsin.signals.units import UnitRow
from tocsin.signals.weekly import WeeklyTable

MONDAY = date(2022, 5, 2)
FAMILY = Unit("family", "MLI:state-groups", "MLI", "state-groups")
PAIR = Unit("pair", "BFA–MLI")
DYAD = Unit("dyad", "IMGSUN–MLI", "MLI", "state-groups", "MLI:state-groups")


def row(incident: str, day: date, killed: int, units=(FAMILY, DYAD)) -> UnitRow:
    return deadly_row(incident, day, killed, units, "MLI")


def table_with(*rows: UnitRow) -> WeeklyTable:
    table = WeeklyTable()
    for k in range(4):  # a quiet month: 2 deaths a week, in the family and the pair
        table.put(row(f"q{k}", MONDAY + timedelta(weeks=k, days=3), 2, (FAMILY, PAIR, DYAD)))
    table.put_all(rows)
    return table


def test_a_family_warns_at_half_its_threshold_and_is_critical_at_three_quarters() -> None:
    week4 = MONDAY + timedelta(weeks=4)
    tuesday = week4 + timedelta(days=1)
    table = table_with(row("ambush", week4, 13))
    (alert,) = surge_alerts(table, tuesday, SurgeRule())
    assert (alert.kind, alert.level, alert.scope, alert.unit) == (
        "onset",
        "warning",
        "family",
        "MLI:state-groups",
    )
    assert alert.incident_ids == ("ambush",) and alert.key == f"week:{week4}"
    assert "13 deaths reported" in alert.reason
    assert "52% of the week's onset threshold" in alert.reason
    table.put(row("raid", tuesday, 6))
    (alert,) = surge_alerts(table, tuesday, SurgeRule())
    assert alert.level == "critical" and alert.window_start == week4
    # the threshold reached: the onset is reported, no longer to come
    table.put(row("shelling", tuesday, 10))
    assert surge_alerts(table, tuesday, SurgeRule()) == []


def test_only_pairs_and_families_and_only_those_asked_for() -> None:
    week4 = MONDAY + timedelta(weeks=4)
    table = table_with(row("ambush", week4, 20, (FAMILY, PAIR, DYAD)))
    found = surge_alerts(table, week4, SurgeRule())
    assert sorted(a.scope for a in found) == ["family", "pair"]
    assert [a.unit for a in surge_alerts(table, week4, SurgeRule(), only={PAIR.id})] == ["BFA–MLI"]
    assert surge_alerts(table, week4 - timedelta(days=1), SurgeRule()) == []  # last week: quiet
