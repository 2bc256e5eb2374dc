"""``/api/actors``, ``/api/dyads`` and ``/api/signals``: who acts on whom, and how it moves.

Aggregates are cached until the store's next write. The days of a dyad's or a country's
by-day series are cached a month at a time, each month until the next write about its key in
that month, and each range is cut from them; a series by week over a bounded range is kept
until a write about its key in one of the months it spans. A series answers at most
``max_series_periods`` periods: a longer explicit range is refused (422 naming the bound); an
open range is cut to the most recent periods and says so (``truncated``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, status

from tocsin.api import forecasts, queries
from tocsin.api.months import cached_days
from tocsin.api.routes.common import MAX_LIMIT, app_state, check_range, not_found
from tocsin.api.scopes import keyed, range_scopes
from tocsin.api.state import AppState

router = APIRouter(prefix="/api", tags=["signals"])
State = Annotated[AppState, Depends(app_state)]
Freq = Literal["day", "week"]
Key = Annotated[str, Query(min_length=1, max_length=40)]
Level = Literal["pair", "family", "dyad"]


@router.get("/actors")
def list_actors(state: State, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> dict[str, Any]:
    """Actors seen in events, with how often each acts and is acted upon."""
    rows = state.cached(("actors",), lambda: queries.actors(state.store, 5000))
    return {"actors": rows[:limit]}


@router.get("/dyads")
def list_dyads(
    state: State,
    since: date | None = None,
    until: date | None = None,
    limit: Annotated[int, Query(ge=1, le=5 * MAX_LIMIT)] = 5 * MAX_LIMIT,
) -> dict[str, Any]:
    """Directed dyads with incidents: totals of conflict, cooperation, Goldstein and risk."""
    check_range(since, until)
    rows = state.cached(("dyads", since, until), lambda: queries.dyads(state.store, since, until))
    return {"total": len(rows), "dyads": rows[:limit]}


def _period_count(since: date, until: date, freq: str) -> int:
    step = 1 if freq == "day" else 7
    first = since if freq == "day" else since - timedelta(days=since.weekday())
    last = until if freq == "day" else until - timedelta(days=until.weekday())
    return (last - first).days // step + 1


def series_range(
    state: AppState,
    freq: str,
    since: date | None,
    until: date | None,
    extent: Callable[[], tuple[date | None, date | None]],
) -> tuple[date | None, date | None, bool]:
    """The range to answer: an explicit one within the bound, else the most recent periods
    (``extent()``, the first and last days of the series, is read only then)."""
    check_range(since, until)
    most = state.settings.max_series_periods
    if since is not None and until is not None:
        count = _period_count(since, until, freq)
        if count > most:
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT,
                f"{since}…{until} holds {count:,} {freq}s; a series answers at most {most:,} "
                f"periods (max_series_periods): narrow since/until or use freq=week",
            )
        return since, until, False
    first, last = extent()
    end = until or last
    start = since or first
    if start is None or end is None or start > end:
        return since, until, False
    if _period_count(start, end, freq) <= most:
        return since, until, False
    step = timedelta(days=1 if freq == "day" else 7)
    if since is not None:  # the first periods from ``since`` on
        return since, since + step * (most - 1), True
    return end - step * (most - 1), end, True


@router.get("/signals/dyad")
def dyad_signal(
    state: State,
    actor: Annotated[str, Query(min_length=1, max_length=40, description="Actor key, e.g. IND.")],
    recipient: Annotated[
        str, Query(min_length=1, max_length=40, description="Recipient key, e.g. PAK.")
    ],
    freq: Freq = "day",
    since: date | None = None,
    until: date | None = None,
) -> dict[str, Any]:
    """One directed dyad's series by day or week (every period present, zeros included)."""
    keys = (actor.split("/", 1)[0], recipient.split("/", 1)[0])
    start, end, truncated = series_range(
        state,
        freq,
        since,
        until,
        lambda: state.cached(
            ("extent", keys),
            lambda: queries.series_extent(state.store, keys=keys),
            scopes=keyed("incidents", keys[0]),
        ),
    )
    if freq == "day" and start is not None and end is not None:
        days = cached_days(
            state,
            ("dyad-days", actor, recipient),
            keys[0],
            start,
            end,
            lambda first, last: queries.dyad_days(state.store, actor, recipient, first, last),
        )
        series = queries.day_range(days, actor, recipient, start, end)
    else:
        series = state.cached(
            ("dyad", actor, recipient, freq, start, end),
            lambda: queries.dyad_series(state.store, actor, recipient, freq, start, end),
            scopes=range_scopes(keys[0], start, end),
        )
    return {
        "actor": actor,
        "recipient": recipient,
        "freq": freq,
        "truncated": truncated,
        "series": series,
    }


@router.get("/signals/country")
def country_signal(
    state: State,
    country: Annotated[
        str, Query(min_length=1, max_length=40, description="ISO alpha-3 code, e.g. KEN.")
    ],
    freq: Freq = "day",
    since: date | None = None,
    until: date | None = None,
) -> dict[str, Any]:
    """Everything one country did or suffered, by day or week."""
    key = country.split("/", 1)[0]
    start, end, truncated = series_range(
        state,
        freq,
        since,
        until,
        lambda: state.cached(
            ("extent-country", key),
            lambda: queries.series_extent(state.store, country=key),
            scopes=keyed("incidents", key),
        ),
    )
    if freq == "day" and start is not None and end is not None:
        days = cached_days(
            state,
            ("country-days", country),
            key,
            start,
            end,
            lambda first, last: queries.country_days(state.store, country, first, last),
        )
        series = queries.day_range(days, country, "*", start, end)
    else:
        series = state.cached(
            ("country", country, freq, start, end),
            lambda: queries.country_series(state.store, country, freq, start, end),
            scopes=range_scopes(key, start, end),
        )
    return {"country": country, "freq": freq, "truncated": truncated, "series": series}


@router.get("/units")
def list_units(
    state: State,
    level: Level | None = None,
    limit: Annotated[int, Query(ge=1, le=5 * MAX_LIMIT)] = 5 * MAX_LIMIT,
) -> dict[str, Any]:
    """Dyads at three levels — country pairs, conflict families, fine dyads — with totals."""
    rows = state.cached(("units", level), lambda: forecasts.units(state.store, level))
    return {"total": len(rows), "units": rows[:limit]}


@router.get("/forecast")
def unit_forecast(
    state: State,
    unit: Annotated[
        str,
        Query(min_length=1, max_length=80, description="e.g. SYR:state-rebels or ARM–AZE."),
    ],
    level: Level = "family",
) -> dict[str, Any]:
    """A dyad's weekly series and, for pairs and families, P(escalation onset within the
    horizon) from the bundled forecast model, with the model's reliability table."""
    found = state.cached(
        ("forecast", level, unit), lambda: forecasts.unit_forecast(state.store, level, unit)
    )
    if found is None:
        raise not_found("dyad", f"{level}:{unit}")
    return found
