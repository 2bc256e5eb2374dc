"""``/api/alerts`` and ``/api/claims``: escalation alerts and what sources claim or deny."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from tocsin.api import claims as claim_queries
from tocsin.api import queries
from tocsin.api.routes.common import MAX_LIMIT, app_state, not_found
from tocsin.api.state import AppState
from tocsin.records import AlertList, AlertRecord, ClaimList, ClaimRecord

router = APIRouter(prefix="/api")
State = Annotated[AppState, Depends(app_state)]


@router.get("/alerts", tags=["alerts"], response_model=AlertList)
def list_alerts(
    state: State,
    since: date | None = None,
    level: Literal["info", "warning", "critical"] | None = None,
    actor: str | None = None,
    recipient: str | None = None,
    dyad_level: Literal["pair", "family", "dyad"] | None = None,
    unit: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 200,
) -> dict[str, Any]:
    """Stored alerts, newest first, each with the evidence behind it; ``dyad_level`` and
    ``unit`` pick one level of dyad (pair, family, dyad) and one dyad at it."""
    dyad = (actor, recipient) if actor and recipient else None
    found = queries.alerts(
        state.store,
        since=since,
        level=level,
        dyad=dyad,
        limit=limit,
        scope=dyad_level,
        unit=unit,
    )
    return {"alerts": found}


@router.get("/alerts/{alert_id}", tags=["alerts"], response_model=AlertRecord)
def get_alert(state: State, alert_id: str) -> dict[str, Any]:
    """One alert with its evidence."""
    found = queries.alert(state.store, alert_id)
    if found is None:
        raise not_found("alert", alert_id)
    return found


@router.get("/claims", tags=["claims"], response_model=ClaimList)
def list_claims(
    state: State,
    kind: str | None = None,
    country: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 200,
) -> dict[str, Any]:
    """Claims (what a source says happened) with the confirmations and denials linked to them."""
    return {"claims": claim_queries.claims(state.store, kind=kind, country=country, limit=limit)}


@router.get("/claims/{claim_id}", tags=["claims"], response_model=ClaimRecord)
def get_claim(state: State, claim_id: str) -> dict[str, Any]:
    """One claim with its responses."""
    found = claim_queries.claim(state.store, claim_id)
    if found is None:
        raise not_found("claim", claim_id)
    return found
