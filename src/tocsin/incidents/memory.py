"""Incidents kept in memory: the same merging as the store, for replays and one-off runs."""

from __future__ import annotations

from collections.abc import Iterable

from tocsin.incidents.cluster import DraftIndex, assign, report_order
from tocsin.incidents.matcher import IncidentDraft, Matcher
from tocsin.incidents.reports import Report
from tocsin.incidents.sources import CopyGrouper
from tocsin.incidents.summary import IncidentSummary, incident_id, summarize
from tocsin.models import Document, Event
from tocsin.weights import SignalWeights


class IncidentLedger:
    """Incidents built incrementally from coded documents, without a database."""

    def __init__(self, matcher: Matcher, weights: SignalWeights) -> None:
        self.matcher = matcher
        self.weights = weights
        self.drafts = DraftIndex(slack_days=matcher.slack_days)
        self.copies = CopyGrouper()
        self.by_id: dict[str, IncidentDraft] = {}

    def add(self, document: Document, events: Iterable[Event]) -> list[str]:
        """Merge one document's events; returns the ids of the incidents touched."""
        group, origin = self.copies.add(document.id, document.text, document.date, document.source)
        reports = [
            Report(e, document.source, document.date, copy_group=group, origin=origin)
            for e in events
        ]
        touched = []
        for report in sorted(reports, key=report_order):
            if report.actor.key is None:
                draft = self.drafts.add(IncidentDraft(anchor=report))
            else:
                draft = assign(report, self.drafts, self.matcher)
            self.by_id[incident_id(draft.anchor)] = draft
            touched.append(incident_id(draft.anchor))
        return sorted(set(touched))

    def summaries(self) -> list[IncidentSummary]:
        return [summarize(d, self.weights) for d in self.drafts]

    def summaries_of(self, incidents: Iterable[str]) -> list[IncidentSummary]:
        """The current summaries of the given incidents (unknown ids are skipped)."""
        drafts = (self.by_id.get(i) for i in incidents)
        return [summarize(d, self.weights) for d in drafts if d is not None]

    def reports_of(self, incident: str) -> list[Report]:
        """The reports merged into one incident."""
        draft = self.by_id.get(incident)
        return draft.reports if draft is not None else []
