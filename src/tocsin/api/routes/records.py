"""``/api/events`` and ``/api/incidents``: coded records and the incidents they form."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, status
from pydantic import BaseModel, Field

from tocsin.alerts import detect
from tocsin.api import queries
from tocsin.api.auth import require_token
from tocsin.api.incident_months import newest_page, page_of
from tocsin.api.routes.common import (
    MAX_COUNT,
    MAX_LIMIT,
    MAX_OFFSET,
    app_state,
    check_range,
    not_found,
)
from tocsin.api.state import AppState
from tocsin.incidents import split, unsplit
from tocsin.models import FACTUALITY_STATUSES
from tocsin.records import EventInIncident, EventList, IncidentList, IncidentRecord
from tocsin.store import EventFilter

router = APIRouter(prefix="/api")
State = Annotated[AppState, Depends(app_state)]


def event_filter(
    actor: Annotated[str | None, Query(description="Actor country or code: AZE, AZEMIL.")] = None,
    recipient: Annotated[str | None, Query(description="Recipient country or code.")] = None,
    event: Annotated[str | None, Query(description="PLOVER event type: ASSAULT…")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO prefix: 19 → 190…196.")] = None,
    status: Annotated[
        list[str] | None, Query(description=f"Factuality: {', '.join(FACTUALITY_STATUSES)}.")
    ] = None,
    since: Annotated[date | None, Query(description="Events on or after this day.")] = None,
    until: Annotated[date | None, Query(description="Events on or before this day.")] = None,
    place: Annotated[str | None, Query(description="Country (ISO alpha-3) of the place.")] = None,
    doc_id: Annotated[str | None, Query(description="Only this document's events.")] = None,
    text: Annotated[str | None, Query(description="Words the sentence contains.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> EventFilter:
    """The query string of ``/api/events`` as an :class:`EventFilter`."""
    check_range(since, until)
    return EventFilter(
        doc_id=doc_id or None,
        actor=actor or None,
        recipient=recipient or None,
        event=event or None,
        cameo=cameo or None,
        status=[s for s in status or [] if s] or None,
        since=since,
        until=until,
        location=place or None,
        text=text or None,
        limit=limit,
        offset=offset,
    )


@router.get("/events", tags=["events"], response_model=EventList)
def list_events(
    state: State, filters: Annotated[EventFilter, Depends(event_filter)]
) -> dict[str, Any]:
    """Event records (the record contract), filtered, in date order."""
    store = state.store
    return {
        "total": store.count_events(filters),
        "events": [e.to_dict() for e in store.events(filters)],
    }


@router.get("/events/{event_id}", tags=["events"], response_model=EventInIncident)
def get_event(state: State, event_id: str) -> dict[str, Any]:
    """One event record, with the incident it belongs to."""
    event = state.store.event(event_id)
    if event is None:
        raise not_found("event", event_id)
    data = event.to_dict()
    data["incident_id"] = queries.incident_of_event(state.store, event_id)
    return data


@router.get("/incidents", tags=["incidents"], response_model=IncidentList)
def list_incidents(
    state: State,
    actor: str | None = None,
    recipient: str | None = None,
    country: Annotated[str | None, Query(description="Actor or recipient.")] = None,
    event: str | None = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    status: str | None = None,
    since: date | None = None,
    until: date | None = None,
    min_sources: Annotated[int | None, Query(ge=1, le=MAX_COUNT)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Incidents (deduplicated real-world events), newest first, with their first mentions."""
    check_range(since, until)
    filters: dict[str, Any] = {
        "actor": actor or None,
        "recipient": recipient or None,
        "country": country or None,
        "event": event or None,
        "quad_class": quad_class,
        "status": status or None,
        "since": since,
        "until": until,
        "min_sources": min_sources,
        "limit": limit,
        "offset": offset,
    }
    page = page_of(filters)
    rows = newest_page(state, page) if page is not None else None
    if rows is None:
        rows = queries.incidents(state.store, **filters)
    return {"incidents": rows}


@router.get("/incidents/{incident_id}", tags=["incidents"], response_model=IncidentRecord)
def get_incident(state: State, incident_id: str) -> dict[str, Any]:
    """One incident with every mention (event, document, source, merge reason)."""
    record = queries.incident(state.store, incident_id)
    if record is None:
        raise not_found("incident", incident_id)
    return record


class SplitIn(BaseModel):
    """Why the event does not belong to its incident (kept with the correction)."""

    note: str | None = Field(None, max_length=500)


@router.post("/events/{event_id}/split", tags=["incidents"], dependencies=[Depends(require_token)])
def split_event(state: State, event_id: str, body: SplitIn | None = None) -> dict[str, Any]:
    """Take an event out of its incident into one of its own (a reversible hand correction)."""
    return _correct(
        state, event_id, lambda store: split(store, event_id, body.note if body else None)
    )


@router.post(
    "/events/{event_id}/unsplit", tags=["incidents"], dependencies=[Depends(require_token)]
)
def unsplit_event(state: State, event_id: str) -> dict[str, Any]:
    """Undo a split: the event goes back to the incident it was taken from."""
    return _correct(state, event_id, lambda store: unsplit(store, event_id))


def _correct(state: AppState, event_id: str, action: Any) -> dict[str, Any]:
    if state.store.event(event_id) is None:
        raise not_found("event", event_id)
    with state.coding_lock:
        try:
            incident_id = action(state.store)
        except ValueError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
        detect(state.store, state.settings)
    return {"event_id": event_id, "incident_id": incident_id}
