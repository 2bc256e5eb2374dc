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
    store: Any,
    since: date | None = None,
    until: date | None = None,
    *,
    keys: tuple[str, str] | None = None,
    country: str | None = None,
) -> list[SignalRow]:
    """One row per stored incident with a date, an actor and a recipient.

    ``keys`` (actor and recipient keys) or ``country`` let the database pick the incidents of
    one dyad or one country instead of reading them all.
    """
    from tocsin.incidents.service import incident_summaries

    with session_scope(store) as session:
        found = incident_summaries(session, since, until, keys=keys, country=country)
    return rows_from_incidents(found)


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
    keys = (_key(actor), _key(recipient))
    rows = signal_rows(store, since, until, keys=keys)
    return filled(rows, actor, recipient, freq, since, until)


def country_series(
    store: Any,
    country: str,
    freq: str = "day",
    since: date | None = None,
    until: date | None = None,
) -> list[DyadPeriod]:
    """Everything one country did or suffered, per period."""
    rows = signal_rows(store, since, until, country=_key(country))
    return country_periods(rows, country, freq, since, until)


def _key(label: str) -> str:
    """The incident key of a dyad side: ``KEN/GOV`` → ``KEN``."""
    return label.split("/", 1)[0]


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
