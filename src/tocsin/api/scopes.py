"""What each cacheable API read depends on: the store scopes whose versions keep it valid.

A scope is a group of tables (``incidents``) or one key within a group (``incidents:ARM``;
see :mod:`tocsin.store.version`). A read filtered by a key depends on that key and on the
group's writes that declared no keys (``incidents!``); an unfiltered read of a group depends on
every write to the group. A read not listed here depends on the store's version (any write).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs

from tocsin.store.version import UNDECLARED

Params = dict[str, list[str]]


def _one(params: Params, name: str) -> str | None:
    values = [v for v in params.get(name, []) if v]
    return values[0] if len(values) == 1 else None


def keyed(group: str, key: str | None) -> tuple[str, ...]:
    """The scopes of a read of ``group`` filtered by ``key`` (None: not filtered)."""
    if key is None:
        return (group,)
    return (group + UNDECLARED, f"{group}:{key}")


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


def _dyad_signal(params: Params) -> tuple[str, ...]:
    return keyed("incidents", _country_key(_one(params, "actor")))


def _country_signal(params: Params) -> tuple[str, ...]:
    return keyed("incidents", _country_key(_one(params, "country")))


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
