"""Detectors on fine dyads: a dyad's first incident raises an info at most, unless it is grave."""

from __future__ import annotations

from datetime import date, timedelta

from tocsin.alerts.detectors import Thresholds
from tocsin.alerts.units import scan_dyads
from tocsin.signals.levels import bundled_sides
from tocsin.signals.units import UnitRow
from tocsin.signals.weekly import WeeklyTable
from tocsin.weights import SignalWeights

DAY = date(2026, 3, 2)


def row(ident: str, offset: int, actor=("SYR", "MIL"), recipient=("SYR", "REB"), **kw) -> UnitRow:
    sides = bundled_sides()
    units = sides.units(sides.side(*actor), sides.side(*recipient), "SYR")
    fields = dict(
        event="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        happened=1.0,
        risk=0.0,
        denied=False,
        killed=0,
        n_sources=1,
        interstate=False,
    )
    fields.update(kw)
    return UnitRow(ident, DAY + timedelta(days=offset), units, "SYR", **fields)


def table(rows: list[UnitRow]) -> WeeklyTable:
    out = WeeklyTable()
    out.put_all(rows)
    return out


def test_a_first_incident_is_an_info_at_most(weights: SignalWeights) -> None:
    heavy = [row(f"i{k}", 30, killed=3) for k in range(1)]
    day = DAY + timedelta(days=30)
    found = scan_dyads(table(heavy), day, Thresholds(), weights, max_level="critical")
    assert found and {a.level for a in found} == {"info"}
    assert all(a.scope == "dyad" and a.unit == "SYR–SYR/REB" for a in found)
    assert found[0].label == "Syrian state forces – Syrian rebels"


def test_a_mass_casualty_first_incident_may_warn(weights: SignalWeights) -> None:
    grave = [row("i0", 30, killed=40)]
    day = DAY + timedelta(days=30)
    found = scan_dyads(table(grave), day, Thresholds(), weights, max_level="critical")
    assert "warning" in {a.level for a in found} or "critical" in {a.level for a in found}


def test_a_surge_against_the_dyads_own_history(weights: SignalWeights) -> None:
    quiet = [row(f"q{k}", 7 * k) for k in range(4)]  # one attack a week
    loud = [row(f"l{k}", 29 + k % 3) for k in range(6)]
    day = DAY + timedelta(days=31)
    found = scan_dyads(table(quiet + loud), day, Thresholds(), weights, max_level="critical")
    surges = [a for a in found if a.kind == "surge"]
    assert surges and surges[0].level == "critical"
    assert "4-week baseline" in surges[0].reason
    # by default a detector alert inside a war stays an info, mass casualties or not
    capped = scan_dyads(table(quiet + loud), day, Thresholds(), weights)
    assert {a.level for a in capped} == {"info"}
    massacre = [*quiet, *loud[:-1], row("l5", 30, killed=30)]
    assert {a.level for a in scan_dyads(table(massacre), day, Thresholds(), weights)} == {"info"}
    steady = scan_dyads(table(quiet), DAY + timedelta(days=21), Thresholds(), weights)
    assert not [a for a in steady if a.kind == "surge"]


def test_force_between_two_states_may_warn_at_once(weights: SignalWeights) -> None:
    clash = [row("i0", 30, actor=("AZE", "MIL"), recipient=("ARM", "MIL"), interstate=True)]
    day = DAY + timedelta(days=30)
    found = scan_dyads(table(clash), day, Thresholds(), weights, max_level="critical")
    assert found and all(a.unit == "ARM–AZE" for a in found)
    assert {a.level for a in found} != {"info"}
