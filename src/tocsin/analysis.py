"""After events are stored: merge them into incidents, link claims, detect alerts.

One function for every way events reach the store — ``tocsin code``, ``tocsin watch``,
``tocsin demo`` and the API — so incidents, claims and alerts never lag behind the events.
Each step is idempotent: events already merged or claims already linked are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tocsin.settings import Settings


@dataclass
class AnalysisResult:
    incidents: list[str] = field(default_factory=list)  # incident ids touched
    claims: list[str] = field(default_factory=list)  # claim ids added or linked
    alerts: int = 0  # alerts active as of the latest incident


def analyse_stored(store: Any, event_ids: Iterable[str], settings: Settings) -> AnalysisResult:
    """Bring incidents, claims and alerts up to date with the given stored events."""
    from tocsin.alerts import detect
    from tocsin.claims import update as update_claims
    from tocsin.incidents import update as update_incidents

    ids = list(dict.fromkeys(event_ids))
    if not ids:
        return AnalysisResult()
    incidents = list(update_incidents(store, ids, settings))
    claims = list(update_claims(store, ids))
    return AnalysisResult(incidents, claims, len(detect(store, settings)))
