"""``/api/search``: documents and event sentences containing some words."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from tocsin.api import queries
from tocsin.api.routes.common import app_state
from tocsin.api.state import AppState
from tocsin.store import EventFilter

router = APIRouter(prefix="/api", tags=["search"])
State = Annotated[AppState, Depends(app_state)]


@router.get("/search")
def search(
    state: State,
    q: Annotated[str, Query(min_length=2, max_length=200, description="Words to look for.")],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Documents whose title or text contains ``q``, and events whose sentence does."""
    events = state.store.events(EventFilter(text=q, limit=limit))
    return {
        "query": q,
        "documents": queries.search_documents(state.store, q, limit),
        "events": [e.to_dict() for e in events],
    }
