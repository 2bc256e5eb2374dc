"""Surge, CUSUM and ladder detection on constructed daily series."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tocsin.alerts.detectors import Thresholds, cusum, ladder, risk_rise, surge
from tocsin.signals.series import DyadPeriod
from tocsin.weights import SignalWeights

START = date(2026, 3, 2)  # a Monday


def series(spec: dict[int, list[tuple[str, int, float]]], days: int) -> list[DyadPeriod]:
    """Daily periods; ``spec[day] = [(event, quad, goldstein), …]`` of asserted incidents."""
    out = []
    for i in range(days):
        period = DyadPeriod(START + timedelta(days=i), "IND", "PAK")
        for n, (event, quad, goldstein) in enumerate(spec.get(i, [])):
            period.incident_ids.append(f"inc-{i}-{n}")
            period.incidents += 1
            period.weighted += 1.0
            period.quad[quad] += 1.0
            period.events[event] = period.events.get(event, 0.0) + 1.0
            period.goldstein += goldstein
            period.intensity += abs(goldstein) if quad >= 3 else 0.0
            if event in ("THREATEN", "MOBILIZE"):
                period.risk += 1.0
        out.append(period)
    return out


ACCUSE = ("ACCUSE", 3, -2.0)
THREAT = ("THREATEN", 3, -6.0)
MOBILIZE = ("MOBILIZE", 4, -7.2)
ASSAULT = ("ASSAULT", 4, -10.0)


def test_surge_fires_on_a_jump_over_baseline() -> None:
    quiet = {d: [ACCUSE] for d in range(0, 28, 7)}  # one accusation a week
    loud = {**quiet, 29: [ASSAULT, ASSAULT], 31: [ASSAULT, ASSAULT]}
    (alert,) = surge(series(loud, 35), Thresholds())
    assert alert.kind == "surge" and alert.level == "critical"
    assert (alert.window_end - alert.window_start).days == 6
    assert alert.score == pytest.approx(4.0)
    assert len(alert.incident_ids) == 4
    assert "4.0×" in alert.reason


def test_surge_stays_quiet_at_baseline_level() -> None:
    steady = {d: [ASSAULT] for d in range(0, 35, 2)}  # the same rate every week
    assert surge(series(steady, 35), Thresholds()) == []


def test_surge_needs_a_minimum_count() -> None:
    assert surge(series({33: [ACCUSE, ACCUSE]}, 35), Thresholds()) == []
    (alert,) = surge(series({33: [ACCUSE, ACCUSE, ACCUSE]}, 35), Thresholds())
    assert alert.level == "warning" and "prior of 1.0/week" in alert.reason
    assert alert.score == pytest.approx(3.0)  # against the prior, not against 0.0/day


def test_cusum_detects_a_sustained_shift() -> None:
    spec = {d: [ACCUSE] for d in range(0, 30, 3)}
    spec.update({d: [ASSAULT] for d in range(30, 35)})
    alerts = cusum(series(spec, 35), Thresholds())
    assert alerts, "a week of daily attacks after a month of accusations is a change point"
    assert alerts[0].window_start == START + timedelta(days=30)
    assert all(a.kind == "cusum" for a in alerts)


def test_cusum_ignores_noise_around_the_baseline() -> None:
    spec = {d: [ASSAULT] for d in range(0, 35, 3)}
    assert cusum(series(spec, 35), Thresholds()) == []


def test_cusum_reports_only_the_last_week() -> None:
    spec = {d: [ASSAULT] for d in range(2, 8)}
    assert cusum(series(spec, 35), Thresholds()) == []
    assert cusum(series(spec, 8), Thresholds())


def test_ladder_move_from_threats_to_mobilisation(weights: SignalWeights) -> None:
    days = series({5: [ACCUSE], 14: [THREAT], 30: [MOBILIZE]}, 32)
    (alert,) = ladder(days, Thresholds(), weights)
    assert alert.level == "warning"
    assert "threats to mobilisation" in alert.reason
    assert alert.window_start == START + timedelta(days=14)  # the accusation is too old
    assert set(alert.incident_ids) == {"inc-14-0", "inc-30-0"}


def test_ladder_to_force_is_critical(weights: SignalWeights) -> None:
    days = series({25: [THREAT], 27: [MOBILIZE], 31: [ASSAULT]}, 32)
    mobilised, force = ladder(days, Thresholds(), weights)
    assert mobilised.level == "warning" and "threats to mobilisation" in mobilised.reason
    assert force.level == "critical" and "mobilisation to force" in force.reason
    assert force.incident_ids == ("inc-25-0", "inc-27-0", "inc-31-0")


def test_ladder_needs_a_lower_step_in_the_window(weights: SignalWeights) -> None:
    assert ladder(series({31: [ASSAULT]}, 32), Thresholds(), weights) == []
    # A threat long before the attack is outside the window.
    assert ladder(series({0: [THREAT], 31: [ASSAULT]}, 32), Thresholds(), weights) == []


def test_forecast_violence_is_a_mobilisation_step(weights: SignalWeights) -> None:
    days = series({20: [THREAT]}, 32)
    days[30].risk += 0.7
    days[30].hypothetical += 0.7
    (alert,) = ladder(days, Thresholds(), weights)
    assert "threats to mobilisation" in alert.reason


def test_risk_rise() -> None:
    days = series({29: [THREAT, THREAT], 30: [MOBILIZE]}, 32)
    (alert,) = risk_rise(days, Thresholds())
    assert alert.kind == "risk" and alert.level == "warning"
    assert risk_rise(series({29: [THREAT]}, 32), Thresholds()) == []


def test_alert_id_is_stable_across_days() -> None:
    spec = {29: [ASSAULT, ASSAULT], 30: [ASSAULT, ASSAULT]}
    first = surge(series(spec, 31), Thresholds())[0]
    later = surge(series(spec, 33), Thresholds())[0]
    assert first.id == later.id
