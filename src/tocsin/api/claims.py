"""Claims with their confirmations and denials, through :mod:`tocsin.claims`."""

from __future__ import annotations

from typing import Any

from tocsin.incidents.access import session_scope


def claims(
    store: Any, kind: str | None = None, country: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Claims, newest first, each with the responses (confirmations, denials) linked to it."""
    from tocsin.claims import list_claims

    with session_scope(store) as session:
        return list_claims(session, kind=kind or None, country=country or None, limit=limit)


def claim(store: Any, claim_id: str) -> dict[str, Any] | None:
    """One claim with its responses, or None."""
    from tocsin.claims.service import get_claim

    with session_scope(store) as session:
        return get_claim(session, claim_id)
