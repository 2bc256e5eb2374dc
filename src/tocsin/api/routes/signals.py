"""``/api/actors``, ``/api/dyads`` and ``/api/signals``: who acts on whom, and how it moves."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from tocsin.api import queries
from tocsin.api.routes.common import app_state
from tocsin.api.state import AppState

router = APIRouter(prefix="/api", tags=["signals"])
State = Annotated[AppState, Depends(app_state)]
Freq = Literal["day", "week"]


@router.get("/actors")
def list_actors(state: State, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> dict[str, Any]:
    """Actors seen in events, with how often each acts and is acted upon."""
    return {"actors": queries.actors(state.store, limit)}


@router.get("/dyads")
def list_dyads(
    state: State, since: date | None = None, until: date | None = None
) -> dict[str, Any]:
    """Directed dyads with incidents: totals of conflict, cooperation, Goldstein and risk."""
    return {"dyads": queries.dyads(state.store, since, until)}


@router.get("/signals/dyad")
def dyad_signal(
    state: State,
    actor: Annotated[str, Query(min_length=1, description="Actor key, e.g. IND.")],
    recipient: Annotated[str, Query(min_length=1, description="Recipient key, e.g. PAK.")],
    freq: Freq = "day",
    since: date | None = None,
    until: date | None = None,
) -> dict[str, Any]:
    """One directed dyad's series by day or week (every period present, zeros included)."""
    return {
        "actor": actor,
        "recipient": recipient,
        "freq": freq,
        "series": queries.dyad_series(state.store, actor, recipient, freq, since, until),
    }


@router.get("/signals/country")
def country_signal(
    state: State,
    country: Annotated[str, Query(min_length=1, description="ISO alpha-3 code, e.g. KEN.")],
    freq: Freq = "day",
    since: date | None = None,
    until: date | None = None,
) -> dict[str, Any]:
    """Everything one country did or suffered, by day or week."""
    return {
        "country": country,
        "freq": freq,
        "series": queries.country_series(state.store, country, freq, since, until),
    }
