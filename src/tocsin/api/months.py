"""By-day series assembled from months cached one by one.

The days of one key's by-day series (a dyad's, a country's) are cached a month at a time, each
month valid until a write about that key in that month (:func:`tocsin.store.version.month_key`).
A write about ARM on 14 May empties ARM's May and nothing else, so a series of other months is
cut from memory and the refill after a write reads one month of incidents, not the key's whole
history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from tocsin.api.scopes import range_scopes
from tocsin.api.state import AppState

Days = dict[date, dict[str, Any]]


def month_end(month: date) -> date:
    """The last day of the month starting on ``month``."""
    if month.month == 12:
        return date(month.year, 12, 31)
    return date(month.year, month.month + 1, 1) - timedelta(days=1)


def cached_days(
    state: AppState,
    name: tuple[Any, ...],
    key: str,
    start: date,
    end: date,
    compute: Callable[[date, date], Days],
) -> Days:
    """The days ``start``…``end`` that have incidents, from months cached under ``name``.

    ``key`` is the incidents key the series reads (a country); ``compute(first, last)`` reads
    the days of one month from the store.
    """
    from tocsin.store.version import month_starts

    months = month_starts(start, end)
    scopes = range_scopes(key, start, end)  # ``incidents!``, then one scope per month
    versions = state.store.versions(scopes)
    undeclared, per_month = versions[0], versions[1:]
    days: Days = {}
    for month, version in zip(months, per_month, strict=True):
        found = state.cache.get(
            (*name, month),
            (undeclared, version),
            lambda first=month: compute(first, month_end(first)),
        )
        days.update(found)
    return days
