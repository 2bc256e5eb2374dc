"""Greedy clustering of reports into incidents, in time order (so results are reproducible)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tocsin.incidents.matcher import IncidentDraft, Matcher
from tocsin.incidents.reports import Report


def report_order(report: Report) -> tuple[date, str, int, int]:
    """Reports are merged in time order, then by document, sentence and trigger."""
    interval = report.interval
    day = interval.start if interval is not None else (report.published or date.min)
    event = report.event
    return (day, event.doc_id, event.sentence_index, event.trigger.start)


def assign(report: Report, incidents: list[IncidentDraft], matcher: Matcher) -> IncidentDraft:
    """Add ``report`` to the best-matching incident, or open a new one, and return it."""
    best: tuple[float, int] | None = None
    best_reason = None
    for position, incident in enumerate(incidents):
        reason = matcher.compare(report, incident)
        if reason is not None and (best is None or reason.score > best[0]):
            best, best_reason = (reason.score, position), reason
    if best is None or best_reason is None:
        incident = IncidentDraft(anchor=report)
        incidents.append(incident)
        return incident
    chosen = incidents[best[1]]
    chosen.mentions.append((report, best_reason))
    return chosen


def cluster(
    reports: Iterable[Report],
    matcher: Matcher,
    incidents: list[IncidentDraft] | None = None,
    pinned: frozenset[str] = frozenset(),
) -> list[IncidentDraft]:
    """Merge ``reports`` into ``incidents`` (new list when ``None``).

    Events whose id is in ``pinned`` were split off by hand: each stays alone.
    """
    result = [] if incidents is None else incidents
    for report in sorted(reports, key=report_order):
        if report.event.id in pinned:
            result.append(IncidentDraft(anchor=report, pinned=True))
            continue
        if not _mergeable(report):
            result.append(IncidentDraft(anchor=report))
            continue
        assign(report, result, matcher)
    return result


def _mergeable(report: Report) -> bool:
    """A report needs at least an actor to be merged with others."""
    return report.actor.key is not None
