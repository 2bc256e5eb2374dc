"""Incidents kept in memory: the same merging as the store, for replays and one-off runs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from tocsin.incidents.cluster import assign, report_order
from tocsin.incidents.matcher import IncidentDraft, Matcher
from tocsin.incidents.reports import Report
from tocsin.incidents.sources import jaccard, shingles
from tocsin.incidents.summary import IncidentSummary, incident_id, summarize
from tocsin.models import Document, Event
from tocsin.signals.weights import SignalWeights

COPY_THRESHOLD = 0.7
COPY_DAYS = 3  # wire copies appear within this many days of the original


class IncidentLedger:
    """Incidents built incrementally from coded documents, without a database."""

    def __init__(self, matcher: Matcher, weights: SignalWeights) -> None:
        self.matcher = matcher
        self.weights = weights
        self.drafts: list[IncidentDraft] = []
        self._heads: list[tuple[Document, frozenset[str]]] = []

    def add(self, document: Document, events: Iterable[Event]) -> list[str]:
        """Merge one document's events; returns the ids of the incidents touched."""
        group, origin = self._copy_group(document)
        reports = [
            Report(e, document.source, document.date, copy_group=group, origin=origin)
            for e in events
        ]
        touched = []
        for report in sorted(reports, key=report_order):
            if report.actor.key is None:
                draft = IncidentDraft(anchor=report)
                self.drafts.append(draft)
            else:
                draft = assign(report, self.drafts, self.matcher)
            touched.append(incident_id(draft.anchor))
        return sorted(set(touched))

    def summaries(self) -> list[IncidentSummary]:
        return [summarize(d, self.weights) for d in self.drafts]

    def reports_of(self, incident: str) -> list[Report]:
        """The reports merged into one incident."""
        for draft in self.drafts:
            if incident_id(draft.anchor) == incident:
                return draft.reports
        return []

    def _copy_group(self, document: Document) -> tuple[str, str | None]:
        fingerprint = shingles(document.text)
        for head, head_print in self._heads:
            if not _near(head.date, document.date):
                continue
            if jaccard(fingerprint, head_print) >= COPY_THRESHOLD:
                return head.id, head.source
        self._heads.append((replace(document, text=""), fingerprint))
        return document.id, document.source


def _near(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= COPY_DAYS
