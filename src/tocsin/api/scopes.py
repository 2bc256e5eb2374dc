"""What each cacheable API read depends on: the store scopes whose versions keep it valid.

A scope is a group of tables (``incidents``) or one key within a group (``incidents:ARM``;
see :mod:`tocsin.store.version`). A read filtered by a key depends on that key and on the
group's writes that declared no keys (``incidents!``); an unfiltered read of a group depends on
every write to the group. A read not listed here depends on the store's version (any write).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from urllib.parse import parse_qs

from tocsin.store.version import UNDECLARED, month_count, month_keys

#: most months a read depends on one by one; a longer range depends on its key
MAX_MONTHS = 240
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Params = dict[str, list[str]]


def _one(params: Params, name: str) -> str | None:
    values = [v for v in params.get(name, []) if v]
    return values[0] if len(values) == 1 else None


def keyed(group: str, key: str | None) -> tuple[str, ...]:
    """The scopes of a read of ``group`` filtered by ``key`` (None: not filtered)."""
    if key is None:
        return (group,)
    return (group + UNDECLARED, f"{group}:{key}")


def range_scopes(key: str, start: date | None, end: date | None) -> tuple[str, ...]:
    """The scopes of a read of ``key``'s incidents dated ``start``…``end``: the months the range
    spans when it is bounded (and not too long), else the key."""
    if start is None or end is None or not 0 < month_count(start, end) <= MAX_MONTHS:
        return keyed("incidents", key)
    months = month_keys(key, start, end)
    return ("incidents" + UNDECLARED, *(f"incidents:{month}" for month in months))


def _day(params: Params, name: str) -> date | None:
    """The day given once as ``YYYY-MM-DD`` (any other form: None, so the read depends on
    more than the months, never less)."""
    value = _one(params, name)
    if value is None or not ISO_DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _first(params: Params, names: tuple[str, ...]) -> str | None:
    """The value of the first of ``names`` given once (several values: none)."""
    for name in names:
        if params.get(name):
            return _one(params, name)
    return None


def _events(params: Params) -> tuple[str, ...]:
    key = _first(params, ("actor", "recipient"))  # matched in upper case, country or code
    return keyed("events", key.upper() if key else None)


def _incidents(params: Params) -> tuple[str, ...]:
    return keyed("incidents", _first(params, ("country", "actor", "recipient")))


def _country_key(value: str | None) -> str | None:
    return value.split("/", 1)[0] if value else None


def _series(key: str | None, params: Params) -> tuple[str, ...]:
    """A series with both ends given depends on the months it spans; else on its key (its
    range then follows the key's first and last days)."""
    if key is None:
        return keyed("incidents", None)
    return range_scopes(key, _day(params, "since"), _day(params, "until"))


def _dyad_signal(params: Params) -> tuple[str, ...]:
    return _series(_country_key(_one(params, "actor")), params)


def _country_signal(params: Params) -> tuple[str, ...]:
    return _series(_country_key(_one(params, "country")), params)


def _claims(params: Params) -> tuple[str, ...]:
    key = _one(params, "country")
    return keyed("claims", key.upper() if key else None)


READS: dict[str, Callable[[Params], tuple[str, ...]]] = {
    "/api/events": _events,
    "/api/incidents": _incidents,
    "/api/signals/dyad": _dyad_signal,
    "/api/signals/country": _country_signal,
    "/api/claims": _claims,
    "/api/dyads": lambda _: ("incidents",),
    "/api/actors": lambda _: ("events",),
    "/api/alerts": lambda _: ("alerts",),
}


def read_scopes(path: str, query: bytes) -> tuple[str, ...] | None:
    """The scopes the answer of ``path?query`` depends on (None: any write)."""
    found = READS.get(path)
    if found is None:
        return None
    try:
        params = parse_qs(query.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        return None
    return found(params)
