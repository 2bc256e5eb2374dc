"""Signals: dyad-by-day and country series of incidents, weighted by factuality, with risk.

The functions here read the incidents of a store; :mod:`tocsin.signals.series` does the
counting on plain rows so it can be used (and tested) without a database.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from tocsin.incidents.access import session_scope
from tocsin.signals.rows import SignalRow, rows_from_incidents
from tocsin.signals.series import (
    DyadPeriod,
    country_periods,
    dyads,
    filled,
    tally,
    to_frame,
)
from tocsin.weights import SignalWeights


def signal_rows(
    store: Any, since: date | None = None, until: date | None = None
) -> list[SignalRow]:
    """One row per stored incident with a date, an actor and a recipient."""
    from tocsin.incidents.service import incident_summaries

    with session_scope(store) as session:
        rows = rows_from_incidents(incident_summaries(session))
    return [
        r for r in rows if (since is None or r.day >= since) and (until is None or r.day <= until)
    ]


def dyad_days(
    store: Any, since: date | None = None, until: date | None = None, freq: str = "day"
) -> list[DyadPeriod]:
    """The dyad-by-day table: counts by QuadClass and PLOVER type, Goldstein sum, risk."""
    return tally(signal_rows(store, since, until), freq)


def dyad_series(
    store: Any,
    actor: str,
    recipient: str,
    freq: str = "day",
    since: date | None = None,
    until: date | None = None,
) -> list[DyadPeriod]:
    """One directed dyad's series, every period present."""
    return filled(signal_rows(store, since, until), actor, recipient, freq, since, until)


def country_series(
    store: Any,
    country: str,
    freq: str = "day",
    since: date | None = None,
    until: date | None = None,
) -> list[DyadPeriod]:
    """Everything one country did or suffered, per period."""
    return country_periods(signal_rows(store, since, until), country, freq, since, until)


__all__ = [
    "DyadPeriod",
    "SignalRow",
    "SignalWeights",
    "country_series",
    "dyad_days",
    "dyad_series",
    "dyads",
    "signal_rows",
    "tally",
    "to_frame",
]
