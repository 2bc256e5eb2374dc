"""Where a replay keeps coded documents, incidents and alerts: in memory, or in a store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from tocsin.alerts.model import Alert, Evidence
from tocsin.incidents.matcher import Matcher
from tocsin.incidents.memory import IncidentLedger
from tocsin.incidents.summary import IncidentSummary
from tocsin.settings import Settings
from tocsin.weights import SignalWeights


class Ledger(Protocol):
    """Where a replay keeps coded documents, incidents and alerts."""

    def add(self, coded: Sequence[Any]) -> tuple[int, list[str]]: ...

    def summaries_of(self, incidents: Iterable[str]) -> list[IncidentSummary]: ...

    def summaries(self) -> list[IncidentSummary]: ...

    def record(self, alerts: list[Alert]) -> None: ...


class MemoryLedger:
    """Incidents in memory (:class:`IncidentLedger`); alerts are only returned."""

    def __init__(self, settings: Settings, weights: SignalWeights) -> None:
        matcher = Matcher(
            weights, settings.incident_date_slack_days, float(settings.incident_place_km)
        )
        self.incidents = IncidentLedger(matcher, weights)

    def add(self, coded: Sequence[Any]) -> tuple[int, list[str]]:
        """Merge the coded documents; returns (events added, incidents touched)."""
        touched: set[str] = set()
        for item in coded:
            touched.update(self.incidents.add(item.document, item.events))
        return sum(len(item.events) for item in coded), sorted(touched)

    def summaries_of(self, incidents: Iterable[str]) -> list[IncidentSummary]:
        return self.incidents.summaries_of(incidents)

    def summaries(self) -> list[IncidentSummary]:
        return self.incidents.summaries()

    def record(self, alerts: list[Alert]) -> None:
        return None

    def evidence(self, alert: Alert) -> Alert:
        """The alert with the sentences of its incidents' reports."""
        items = tuple(
            Evidence(incident, r.event.id, r.doc_id, r.event.sentence)
            for incident in alert.incident_ids
            for r in self.incidents.reports_of(incident)[:3]
        )
        return replace(alert, evidence=items)


class StoreLedger:
    """Documents, incidents and alerts written to a store, as ``tocsin code`` would."""

    def __init__(self, store: Any, settings: Settings, weights: SignalWeights) -> None:
        from tocsin.incidents.service import IncidentBuilder

        self.store = store
        self.builder = IncidentBuilder(settings, weights)

    def add(self, coded: Sequence[Any]) -> tuple[int, list[str]]:
        from tocsin.incidents.access import session_scope
        from tocsin.incidents.store_reports import save_coded

        event_ids = save_coded(self.store, coded)
        with session_scope(self.store) as session:
            touched = self.builder.update(session, event_ids)
        return len(event_ids), list(touched)

    def summaries_of(self, incidents: Iterable[str]) -> list[IncidentSummary]:
        from sqlalchemy import select

        from tocsin.incidents.access import session_scope
        from tocsin.incidents.service import row_to_summary
        from tocsin.incidents.tables import IncidentRow

        wanted = list(incidents)
        if not wanted:
            return []
        with session_scope(self.store) as session:
            rows = session.scalars(
                select(IncidentRow).where(IncidentRow.id.in_(wanted), IncidentRow.n_mentions > 0)
            )
            return [row_to_summary(row) for row in rows]

    def summaries(self) -> list[IncidentSummary]:
        from tocsin.incidents.access import session_scope
        from tocsin.incidents.service import incident_summaries

        with session_scope(self.store) as session:
            return incident_summaries(session)

    def record(self, alerts: list[Alert]) -> None:
        from tocsin.alerts.service import attach_evidence, save_alerts
        from tocsin.incidents.access import session_scope

        if not alerts:
            return
        with session_scope(self.store) as session:
            save_alerts(session, attach_evidence(session, alerts))
