"""Dashboard pages, rendered on the server with Jinja2 (autoescaped: article text is untrusted)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from tocsin.api import views
from tocsin.api.routes.common import app_state, not_found
from tocsin.api.state import AppState
from tocsin.models import FACTUALITY_STATUSES, PLOVER_EVENTS

router = APIRouter(include_in_schema=False)
State = Annotated[AppState, Depends(app_state)]
TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.filters["path"] = lambda value: quote(str(value), safe="/")  # an id in a link

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def render(
    request: Request, name: str, page: str, status_code: int = 200, **context: Any
) -> HTMLResponse:
    context.update(
        page=page,
        quad_names=QUAD_NAMES,
        statuses=FACTUALITY_STATUSES,
        plover=PLOVER_EVENTS,
    )
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status_code: int, detail: str) -> HTMLResponse:
    """An HTML error page for the dashboard (the API answers errors in JSON)."""
    return render(
        request, "error.html", "", status_code=status_code, detail=detail, code=status_code
    )


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, state: State) -> HTMLResponse:
    return render(request, "overview.html", "overview", **views.overview(state.store))


@router.get("/dyad", response_class=HTMLResponse)
def dyad(
    request: Request,
    state: State,
    actor: str | None = None,
    recipient: str | None = None,
    freq: str | None = None,
    unit: str | None = None,
    level: str = "family",
) -> HTMLResponse:
    if unit:
        found = views.unit_page(state.store, level, unit)
        if found is None:
            raise not_found("dyad", f"{level}:{unit}")
        return render(request, "unit.html", "dyads", **found)
    if not actor or not recipient:
        return error_page(request, 400, "name a dyad: ?unit=…&level=… or ?actor=…&recipient=…")
    data = views.dyad_page(state.store, actor.upper(), recipient.upper(), freq)
    return render(request, "dyad.html", "dyads", **data)


@router.get("/incidents", response_class=HTMLResponse)
def incidents(request: Request, state: State) -> HTMLResponse:
    data = views.incident_list(state.store, dict(request.query_params))
    return render(request, "incidents.html", "incidents", **data)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident(request: Request, state: State, incident_id: str) -> HTMLResponse:
    data = views.incident_page(state.store, incident_id)
    if data is None:
        raise not_found("incident", incident_id)
    return render(request, "incident.html", "incidents", **data)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, state: State, event_id: str) -> HTMLResponse:
    data = views.event_page(state.store, event_id)
    if data is None:
        raise not_found("event", event_id)
    return render(request, "event.html", "incidents", **data)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, state: State, doc_id: str) -> HTMLResponse:
    store = state.store
    doc = store.document(doc_id)
    if doc is None:
        raise not_found("document", doc_id)
    events = views.event_views(store, store.events(doc_id=doc_id, limit=1000))
    return render(request, "document.html", "code", doc=doc, events=events)


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request, state: State) -> HTMLResponse:
    data = views.map_page(state.store, dict(request.query_params))
    return render(request, "map.html", "map", **data)


@router.get("/alerts", response_class=HTMLResponse)
def alerts(request: Request, state: State) -> HTMLResponse:
    return render(request, "alerts.html", "alerts", **views.alerts_page(state.store))


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, state: State) -> HTMLResponse:
    return render(request, "claims.html", "claims", **views.claims_page(state.store))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, state: State, q: str = "") -> HTMLResponse:
    return render(request, "search.html", "", **views.search_page(state.store, q))


@router.get("/code", response_class=HTMLResponse)
def code(request: Request, state: State) -> HTMLResponse:
    return render(request, "code.html", "code", writes_enabled=bool(state.settings.api_token))
