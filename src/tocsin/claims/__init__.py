"""Claims, denials and confirmations, within and across documents.

``update(store, event_ids)`` runs after documents are stored; ``list_claims(session, …)`` and
``link_claims(session, claim_ids)`` are the plain functions the API and CLI call.
"""

from __future__ import annotations

from tocsin.claims.extract import Claim, StatementPatterns, extract
from tocsin.claims.link import Link, links
from tocsin.claims.service import link_claims, list_claims, save_claims, update
from tocsin.claims.tables import ClaimLinkRow, ClaimRow

__all__ = [
    "Claim",
    "ClaimLinkRow",
    "ClaimRow",
    "Link",
    "StatementPatterns",
    "extract",
    "link_claims",
    "links",
    "list_claims",
    "save_claims",
    "update",
]
