"""Replay a dated corpus day by day: code, store, merge incidents, detect, then score."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby
from typing import Any, Protocol

from tocsin.alerts.detectors import Thresholds
from tocsin.alerts.model import Alert, Evidence
from tocsin.alerts.scan import find_alerts
from tocsin.backtest.scoring import VIOLENT_EVENTS, FiredAlert, Score, score, violent_days
from tocsin.incidents.matcher import Matcher
from tocsin.incidents.memory import IncidentLedger
from tocsin.incidents.summary import IncidentSummary
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.signals.rows import rows_from_incidents
from tocsin.weights import SignalWeights


class Ledger(Protocol):
    """Where a replay keeps coded documents, incidents and alerts."""

    def add(self, coded: Sequence[Any]) -> int: ...

    def summaries(self) -> list[IncidentSummary]: ...

    def record(self, alerts: list[Alert]) -> None: ...


class MemoryLedger:
    """Incidents in memory (:class:`IncidentLedger`); alerts are only returned."""

    def __init__(self, settings: Settings, weights: SignalWeights) -> None:
        matcher = Matcher(
            weights, settings.incident_date_slack_days, float(settings.incident_place_km)
        )
        self.incidents = IncidentLedger(matcher, weights)

    def add(self, coded: Sequence[Any]) -> int:
        for item in coded:
            self.incidents.add(item.document, item.events)
        return sum(len(item.events) for item in coded)

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

    def add(self, coded: Sequence[Any]) -> int:
        from tocsin.incidents.access import session_scope
        from tocsin.incidents.store_reports import save_coded

        event_ids = save_coded(self.store, coded)
        with session_scope(self.store) as session:
            self.builder.update(session, event_ids)
        return len(event_ids)

    def summaries(self) -> list[IncidentSummary]:
        from tocsin.incidents.access import session_scope
        from tocsin.incidents.service import incident_summaries

        with session_scope(self.store) as session:
            return incident_summaries(session)

    def record(self, alerts: list[Alert]) -> None:
        from tocsin.alerts.service import attach_evidence, save_alerts
        from tocsin.incidents.access import session_scope

        with session_scope(self.store) as session:
            save_alerts(session, attach_evidence(session, alerts))


@dataclass(frozen=True)
class ReplayResult:
    """What a replay produced: days, documents, events, incidents, alerts and the score."""

    days: int
    documents: int
    events: int
    incidents: int
    fired: tuple[FiredAlert, ...]
    score: Score

    def to_dict(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "documents": self.documents,
            "events": self.events,
            "incidents": self.incidents,
            **self.score.to_dict(),
        }


class Backtest:
    """Replays documents through the pipeline into a ledger, detecting alerts each day."""

    def __init__(
        self,
        pipeline: Any,
        settings: Settings,
        ledger: Ledger | None = None,
        violent: frozenset[str] = VIOLENT_EVENTS,
    ) -> None:
        self.pipeline = pipeline
        self.settings = settings
        self.weights = SignalWeights.load()
        self.ledger = ledger or MemoryLedger(settings, self.weights)
        self.violent = violent
        self.thresholds = Thresholds.from_settings(settings)

    def run(
        self,
        documents: Iterable[Document],
        min_level: str = "info",
        progress: Callable[[date, int], None] | None = None,
    ) -> ReplayResult:
        """Replay ``documents`` (undated ones are skipped) and score the alerts fired."""
        dated = sorted((d for d in documents if d.date is not None), key=lambda d: d.date)
        first_seen: dict[str, FiredAlert] = {}
        n_docs = n_events = n_days = 0
        for day, group in groupby(dated, key=lambda d: d.date or date.min):
            batch = list(group)
            coded = [c for c in self.pipeline.code_many(batch) if hasattr(c, "events")]
            n_events += self.ledger.add(coded)
            n_docs += len(batch)
            n_days += 1
            rows = rows_from_incidents(self.ledger.summaries())
            alerts = find_alerts(rows, self.thresholds, self.weights, day)
            self.ledger.record(alerts)
            for a in alerts:
                first_seen.setdefault(
                    a.id, FiredAlert(a.id, a.kind, a.level, a.actor, a.recipient, day, a.reason)
                )
            if progress is not None:
                progress(day, len(batch))
        incidents = self.ledger.summaries()
        fired = tuple(sorted(first_seen.values(), key=lambda a: (a.first_seen, a.id)))
        result = score(
            fired,
            violent_days(incidents, self.violent),
            self.settings.backtest_horizon_days,
            min_level,
        )
        return ReplayResult(n_days, n_docs, n_events, len(incidents), fired, result)
