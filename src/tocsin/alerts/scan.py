"""Run every detector over every dyad of a set of signal rows, as of one day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tocsin.alerts.detectors import Thresholds, cusum, ladder, risk_rise, surge
from tocsin.alerts.model import Alert
from tocsin.signals.rows import SignalRow
from tocsin.signals.series import dyads, filled
from tocsin.weights import SignalWeights


def find_alerts(
    rows: list[SignalRow],
    thresholds: Thresholds,
    weights: SignalWeights,
    as_of: date,
) -> list[Alert]:
    """Run every detector on every dyad's daily series ending on ``as_of``."""
    history = timedelta(days=7 * (2 * thresholds.baseline_weeks + 1))
    known = [r for r in rows if r.day <= as_of]
    alerts: list[Alert] = []
    for actor, recipient in dyads(known):
        days = filled(known, actor, recipient, "day", as_of - history, as_of)
        found = [
            *surge(days, thresholds),
            *cusum(days, thresholds),
            *ladder(days, thresholds, weights, as_of),
            *risk_rise(days, thresholds),
        ]
        alerts.extend(replace(a, as_of=as_of) for a in found)
    return alerts
