"""Greedy clustering of reports into incidents, in time order (so results are reproducible).

A report is compared only with incidents that could take it: :class:`DraftIndex` files each
incident under its event family and its anchor's actor, and keeps the span of days its
mentions cover, so merging stays fast when a store holds hundreds of thousands of events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from tocsin.incidents.matcher import IncidentDraft, Matcher
from tocsin.incidents.reports import Report


def report_order(report: Report) -> tuple[date, str, int, int]:
    """Reports are merged in time order, then by document, sentence and trigger."""
    interval = report.interval
    day = interval.start if interval is not None else (report.published or date.min)
    event = report.event
    return (day, event.doc_id, event.sentence_index, event.trigger.start)


Key = tuple[str, str | None]  # (event family, anchor actor)


def _week(day: date) -> int:
    return day.toordinal() // 7


class DraftIndex:
    """Incidents in creation order, filed by (family, anchor actor) and by the weeks they span.

    Only incidents in the report's own family whose anchor actor is the report's actor (or
    its recipient, for a reversed symmetric dyad) can match, and an incident whose mentions all
    lie more than ``slack_days`` away cannot: its narrowest interval lies inside that span. So
    each incident is filed under every week its span (widened by the slack) touches, and a
    dated report looks only in the weeks of its own interval — a bounded number of incidents
    however many the store holds.
    """

    def __init__(self, drafts: Iterable[IncidentDraft] = (), slack_days: int = 1) -> None:
        self.drafts: list[IncidentDraft] = []
        self.slack_days = slack_days
        self._keys: list[Key] = []
        self._all: dict[Key, list[int]] = {}  # for undated reports
        self._undated: dict[Key, list[int]] = {}  # incidents without a dated mention
        self._weekly: dict[tuple[str, str | None, int], list[int]] = {}
        self._spans: list[tuple[date, date] | None] = []
        self._filed: list[tuple[int, int] | None] = []  # weeks each incident is filed under
        for draft in drafts:
            self.add(draft)

    def __len__(self) -> int:
        return len(self.drafts)

    def __iter__(self) -> Iterator[IncidentDraft]:
        return iter(self.drafts)

    def add(self, draft: IncidentDraft) -> IncidentDraft:
        """File a new incident; returns it."""
        position = len(self.drafts)
        key = (draft.anchor.family, draft.anchor.actor.key)
        self.drafts.append(draft)
        self._keys.append(key)
        self._spans.append(None)
        self._filed.append(None)
        self._all.setdefault(key, []).append(position)
        for report, _reason in draft.mentions:
            self._widen(position, report)
        if self._spans[position] is None:
            self._undated.setdefault(key, []).append(position)
        return draft

    def join(self, position: int, report: Report, reason: object) -> IncidentDraft:
        """Add ``report`` to the incident at ``position``; returns the incident."""
        draft = self.drafts[position]
        draft.mentions.append((report, reason))  # type: ignore[arg-type]
        self._widen(position, report)
        return draft

    def candidates(self, report: Report) -> list[int]:
        """Positions of the incidents that could take ``report``, in creation order."""
        keys = {(report.family, report.actor.key), (report.family, report.recipient.key)}
        interval = report.interval
        if interval is None:
            return sorted({p for key in keys for p in self._all.get(key, ())})
        found: set[int] = set()
        for family, actor in keys:
            found.update(self._undated.get((family, actor), ()))
            for week in range(_week(interval.start), _week(interval.end) + 1):
                found.update(self._weekly.get((family, actor, week), ()))
        return sorted(p for p in found if self._near(p, interval.start, interval.end))

    def _near(self, position: int, start: date, end: date) -> bool:
        span = self._spans[position]
        if span is None:
            return True
        return (span[0] - end).days <= self.slack_days and (start - span[1]).days <= self.slack_days

    def _widen(self, position: int, report: Report) -> None:
        interval = report.interval
        if interval is None:
            return
        span = self._spans[position]
        if span is None:
            span = (interval.start, interval.end)
        else:
            span = (min(span[0], interval.start), max(span[1], interval.end))
        self._spans[position] = span
        self._file(position, span)

    def _file(self, position: int, span: tuple[date, date]) -> None:
        """File the incident under every week its span, widened by the slack, touches."""
        slack = timedelta(days=self.slack_days)
        low, high = _week(span[0] - slack), _week(span[1] + slack)
        done = self._filed[position]
        family, actor = self._keys[position]
        for week in range(low, high + 1):
            if done is None or not done[0] <= week <= done[1]:
                self._weekly.setdefault((family, actor, week), []).append(position)
        self._filed[position] = (
            (low, high) if done is None else (min(low, done[0]), max(high, done[1]))
        )


def assign(report: Report, incidents: DraftIndex, matcher: Matcher) -> IncidentDraft:
    """Add ``report`` to the best-matching incident, or open a new one, and return it.

    Ties go to the incident created first.
    """
    best: tuple[float, int] | None = None
    best_reason = None
    for position in incidents.candidates(report):
        reason = matcher.compare(report, incidents.drafts[position])
        if reason is not None and (best is None or reason.score > best[0]):
            best, best_reason = (reason.score, position), reason
    if best is None or best_reason is None:
        return incidents.add(IncidentDraft(anchor=report))
    return incidents.join(best[1], report, best_reason)


def cluster(
    reports: Iterable[Report],
    matcher: Matcher,
    incidents: list[IncidentDraft] | None = None,
    pinned: frozenset[str] = frozenset(),
) -> list[IncidentDraft]:
    """Merge ``reports`` into ``incidents`` (new list when ``None``); returns all incidents.

    Events whose id is in ``pinned`` were split off by hand: each stays alone.
    """
    index = DraftIndex(incidents or (), slack_days=matcher.slack_days)
    for report in sorted(reports, key=report_order):
        if report.event.id in pinned:
            index.add(IncidentDraft(anchor=report, pinned=True))
            continue
        if not _mergeable(report):
            index.add(IncidentDraft(anchor=report))
            continue
        assign(report, index, matcher)
    if incidents is not None:
        incidents[:] = index.drafts
    return index.drafts


def _mergeable(report: Report) -> bool:
    """A report needs at least an actor to be merged with others."""
    return report.actor.key is not None
