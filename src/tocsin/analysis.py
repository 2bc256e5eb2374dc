"""After events are stored: merge them into incidents, link claims, detect alerts.

Analysis is a step of its own with its own progress: every event the store saves is queued
(``analysis_queue``, in the same transaction as the event), and :func:`analyse_pending` takes
queued events, brings incidents, claims and alerts up to date and removes them from the queue
**in one transaction**, under the store's ``analysis`` lock. A run killed at any point leaves
either nothing or everything of an analysis behind, and the next analysis (the next ``tocsin
code``, or ``tocsin analyse``) takes what is still queued — so after a crash the store ends up
exactly as a clean run leaves it.

``tocsin code``, ``tocsin analyse`` and ``tocsin failures --retry`` analyse everything queued
and detect alerts on the whole store; the API, ``tocsin watch`` and ``tocsin demo`` analyse the
events they just stored (:func:`analyse_stored`) and detect alerts only on the dyads those
touched (:mod:`tocsin.alerts.incremental`), which stores the same alerts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tocsin.settings import Settings

LOCK = "analysis"


@dataclass
class AnalysisResult:
    incidents: list[str] = field(default_factory=list)  # incident ids touched
    claims: list[str] = field(default_factory=list)  # claim ids added or linked
    alerts: int = 0  # alerts found as of the latest incident (on the dyads touched, when
    # only given events were analysed)
    events: int = 0  # events taken from the queue


def pending_events(session: Any, event_ids: Iterable[str] | None = None) -> list[str]:
    """Queued event ids (all, or those among ``event_ids``), in a stable order."""
    from sqlalchemy import select

    from tocsin.store.chunks import id_chunks
    from tocsin.store.schema import AnalysisQueueRow

    column = AnalysisQueueRow.event_id
    if event_ids is None:
        return list(session.scalars(select(column).order_by(column)))
    found: list[str] = []
    for chunk in id_chunks(list(dict.fromkeys(event_ids))):
        found += session.scalars(select(column).where(column.in_(chunk)))
    return sorted(found)


def analyse_pending(
    store: Any,
    settings: Settings,
    event_ids: Iterable[str] | None = None,
    *,
    wait: float | None = None,
) -> AnalysisResult:
    """Analyse the queued events (all of them, or only ``event_ids``) in one transaction.

    Waits up to ``wait`` seconds (default: the ``lock_wait_seconds`` setting) for another
    analysis of the same store to finish; raises :class:`~tocsin.errors.StoreBusyError` after.
    """
    from sqlalchemy import delete

    from tocsin.alerts import detect
    from tocsin.alerts.incremental import detect_touched
    from tocsin.claims import update as update_claims
    from tocsin.incidents.service import IncidentBuilder, incident_summaries
    from tocsin.store.chunks import id_chunks
    from tocsin.store.locks import StoreLock
    from tocsin.store.schema import AnalysisQueueRow

    seconds = settings.lock_wait_seconds if wait is None else wait
    lock = StoreLock(store, LOCK, wait=seconds, purpose="analysis (incidents, claims, alerts)")
    with lock, store.session() as session:
        ids = pending_events(session, event_ids)
        if not ids:
            return AnalysisResult()
        builder = IncidentBuilder(settings)
        incidents = builder.update(session, ids)
        claims = update_claims(session, ids)
        if event_ids is None:
            alerts = detect(session, settings)
        else:  # the same alerts, detected on the dyads these incidents touch
            after = incident_summaries(session, ids=incidents)
            alerts = detect_touched(session, settings, builder.replaced, after)
        column = AnalysisQueueRow.event_id
        for chunk in id_chunks(ids):
            session.execute(delete(AnalysisQueueRow).where(column.in_(chunk)))
    return AnalysisResult(list(incidents), list(claims), len(alerts), len(ids))


def analyse_stored(store: Any, event_ids: Iterable[str], settings: Settings) -> AnalysisResult:
    """Bring incidents, claims and alerts up to date with the given stored events."""
    ids = list(dict.fromkeys(event_ids))
    if not ids:
        return AnalysisResult()
    return analyse_pending(store, settings, ids)


def pending_count(store: Any) -> int:
    """How many stored events wait for the analysis step."""
    from sqlalchemy import func, select

    from tocsin.store.schema import AnalysisQueueRow

    with store.session() as session:
        query = select(func.count()).select_from(AnalysisQueueRow)
        return int(session.scalar(query) or 0)
