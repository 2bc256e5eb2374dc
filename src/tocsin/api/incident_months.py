"""Pages of one key's incidents, newest first, cut from months cached one by one.

``/api/incidents?country=ARM&since=…`` asks for the newest incidents of one key from a day on.
The incidents of a key are cached a month at a time (newest first, as the store lists them),
each month valid until a write about that key in that month
(:func:`tocsin.store.version.month_key`); a page is read from the newest month down until it is
full. Only pages the months can answer exactly are cut this way (one key, ``since`` given, no
other filter); :func:`newest_page` answers None for any other, and the route asks the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tocsin.api import queries
from tocsin.api.months import month_end
from tocsin.api.scopes import MAX_MONTHS, keyed
from tocsin.api.state import AppState
from tocsin.store.version import UNDECLARED, month_count, month_key, month_starts

#: most incidents of one key in one month kept as a month (a busier month: the store answers)
MONTH_INCIDENTS = 500
#: deepest page cut from months (offset + limit); deeper pages: the store answers
MONTH_PAGE = 500
#: longest key cut from months (keys are declared with their months up to 80 characters)
KEY_CHARS = 40
Records = list[dict[str, Any]]


@dataclass(frozen=True)
class Page:
    """The one-key page asked: ``field`` (country, actor or recipient) is ``key``."""

    field: str
    key: str
    since: date
    until: date | None
    limit: int
    offset: int


def page_of(filters: dict[str, Any]) -> Page | None:
    """The page ``filters`` ask for, when months can answer it (else None)."""
    keys = {name: filters.get(name) for name in ("country", "actor", "recipient")}
    given = [(name, value) for name, value in keys.items() if value]
    others = ("event", "quad_class", "status", "min_sources")
    if len(given) != 1 or filters.get("since") is None or any(filters.get(o) for o in others):
        return None
    if filters["offset"] + filters["limit"] > MONTH_PAGE:
        return None
    field, key = given[0]
    if len(key) > KEY_CHARS:
        return None
    return Page(
        field, key, filters["since"], filters.get("until"), filters["limit"], filters["offset"]
    )


def newest_page(state: AppState, page: Page) -> Records | None:
    """The incidents of ``page``, newest first, from cached months (None: ask the store)."""
    _, last = state.cached(
        ("extent-incidents", page.field, page.key),
        lambda: queries.incident_extent(state.store, **{page.field: page.key}),
        scopes=keyed("incidents", page.key),
    )
    top = last if page.until is None or last is None else min(last, page.until)
    if top is None or top < page.since:
        return []
    if month_count(page.since, top) > MAX_MONTHS:
        return None
    months = month_starts(page.since, top)
    scopes = ("incidents" + UNDECLARED, *(f"incidents:{month_key(page.key, m)}" for m in months))
    versions = state.store.versions(scopes)
    wanted = page.offset + page.limit
    low, high = page.since.isoformat(), top.isoformat()
    found: Records = []
    for month, version in reversed(list(zip(months, versions[1:], strict=True))):
        records = state.incident_months.get(
            ("incidents-month", page.field, page.key, month),
            (versions[0], version),
            lambda first=month: _month(state, page, first),
        )
        if records is None:
            return None
        found += [r for r in records if low <= (r["date_start"] or "") <= high]
        if len(found) >= wanted:
            break
    return found[page.offset : wanted]


def _month(state: AppState, page: Page, first: date) -> Records | None:
    records = queries.incidents(
        state.store,
        **{page.field: page.key},
        since=first,
        until=month_end(first),
        limit=MONTH_INCIDENTS + 1,
    )
    return None if len(records) > MONTH_INCIDENTS else records
