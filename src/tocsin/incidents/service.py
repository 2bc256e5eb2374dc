"""Incidents in the store: rebuild, incremental update, listing, split and undo.

Merge decisions are stored as links (``incident_mentions``) with their reason; a split or an
undo supersedes a link and adds a new one, so no decision is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from tocsin.incidents.access import session_scope
from tocsin.incidents.cluster import DraftIndex, assign, report_order
from tocsin.incidents.matcher import ANCHOR, IncidentDraft, Matcher, MergeReason
from tocsin.incidents.reports import Report
from tocsin.incidents.sources import CopyGrouper
from tocsin.incidents.store_reports import DocInfo, load_documents, load_reports
from tocsin.incidents.summary import IncidentSummary, incident_id, summarize
from tocsin.incidents.tables import IncidentMentionRow, IncidentRow
from tocsin.settings import Settings
from tocsin.store.alert_scan import mark_scanned
from tocsin.store.chunks import id_chunks
from tocsin.store.schema import DocumentRow
from tocsin.store.version import MONTH_KEY_CHARS, month_key, touched
from tocsin.weights import SignalWeights

NEARBY_DAYS = 40  # incidents farther than this from new reports cannot take them
COPY_DAYS = 3  # wire copies appear within this many days of the original
MENTIONS_IN_LIST = 25  # mentions listed with each incident of a list (n_mentions has them all)
MENTIONS_IN_RECORD = 1000  # mentions listed with one incident


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class IncidentFilters:
    """Filters of :func:`list_incidents` (all optional)."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None  # actor or recipient
    event: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    min_sources: int | None = None
    limit: int = 100
    offset: int = 0


class IncidentBuilder:
    """Holds the matcher and weights; every operation runs in one session."""

    def __init__(self, settings: Settings | None = None, weights: SignalWeights | None = None):
        settings = settings or Settings.from_env()
        self.weights = weights or SignalWeights.load()
        self.matcher = Matcher(
            self.weights,
            slack_days=settings.incident_date_slack_days,
            max_km=float(settings.incident_place_km),
        )
        # the incidents the last :meth:`update` changed, as they were before it
        self.replaced: list[IncidentSummary] = []

    # -- whole-store operations -----------------------------------------------------------
    def rebuild(self, session: Session) -> int:
        """Recompute every incident from the stored events; hand-made splits are kept."""
        mark_scanned(session, None)  # alerts are no longer known to be up to date
        pinned = set(
            session.scalars(
                select(IncidentMentionRow.event_id).where(
                    IncidentMentionRow.active.is_(True), IncidentMentionRow.rule == "split"
                )
            )
        )
        kept_splits = list(
            session.scalars(
                select(IncidentMentionRow).where(
                    IncidentMentionRow.active.is_(True), IncidentMentionRow.rule == "split"
                )
            )
        )
        split_info = {row.event_id: json.loads(row.reason) for row in kept_splits}
        session.execute(delete(IncidentMentionRow))
        session.execute(delete(IncidentRow))
        session.flush()
        reports = load_reports(session)
        documents = load_documents(session, sorted({r.doc_id for r in reports}))
        reports = _with_copy_groups(reports, {}, documents)
        drafts = DraftIndex(slack_days=self.matcher.slack_days)
        links: list[tuple[IncidentDraft, Report, MergeReason]] = []
        for report in sorted(reports, key=report_order):
            if report.event.id in pinned:
                draft = IncidentDraft(anchor=report, pinned=True)
                reason = replace(ANCHOR, rule="split")
                draft.mentions[0] = (report, reason)
                drafts.add(draft)
            else:
                draft = assign(report, drafts, self.matcher)
                reason = draft.mentions[-1][1]
            links.append((draft, report, reason))
        self._save_summaries(session, list(drafts))
        for draft, report, reason in links:
            extra = split_info.get(report.event.id) if reason.rule == "split" else None
            _add_link(session, incident_id(draft.anchor), report, reason, extra)
        return len(drafts)

    def update(self, session: Session, event_ids: Iterable[str]) -> list[str]:
        """Merge newly stored events into incidents; returns the ids of incidents touched."""
        wanted = list(dict.fromkeys(event_ids))
        linked: set[str] = set()
        for chunk in id_chunks(wanted):
            linked.update(
                session.scalars(
                    select(IncidentMentionRow.event_id).where(
                        IncidentMentionRow.active.is_(True),
                        IncidentMentionRow.event_id.in_(chunk),
                    )
                )
            )
        fresh = [r for r in load_reports(session, wanted) if r.event.id not in linked]
        if not fresh:
            return []
        days = [r.interval.start for r in fresh if r.interval is not None]
        keys = {k for r in fresh for k in (r.actor.key, r.recipient.key) if k is not None}
        drafts = DraftIndex(
            self._load_drafts(session, min(days, default=None), max(days, default=None), keys),
            slack_days=self.matcher.slack_days,
        )
        known = self._copy_candidates(session, fresh)
        documents = load_documents(session, sorted({r.doc_id for r in fresh} | set(known)))
        fresh = _with_copy_groups(fresh, known, documents)
        touched: dict[str, IncidentDraft] = {}
        links: list[tuple[str, Report, MergeReason]] = []
        for report in sorted(fresh, key=report_order):
            if report.actor.key is None:
                draft = drafts.add(IncidentDraft(anchor=report))
            else:
                draft = assign(report, drafts, self.matcher)
            touched[incident_id(draft.anchor)] = draft
            links.append((incident_id(draft.anchor), report, draft.mentions[-1][1]))
        self.replaced = incident_summaries(session, ids=sorted(touched))
        summaries = self._save_summaries(session, list(touched.values()))
        declare_keys(session, [*self.replaced, *summaries])
        for incident, report, reason in links:
            _add_link(session, incident, report, reason)
        return sorted(touched)

    # -- hand corrections -------------------------------------------------------------------
    def split(self, session: Session, event_id: str, note: str | None = None) -> str:
        """Take one event out of its incident into an incident of its own; returns its id."""
        mark_scanned(session, None)  # alerts are no longer known to be up to date
        link = _active_link(session, event_id)
        old_id = link.incident_id
        link.active, link.superseded_at = False, _now()
        session.flush()
        (report,) = load_reports(session, [event_id])
        report = replace(report, copy_group=link.copy_group)
        draft = IncidentDraft(anchor=report, pinned=True)
        new_id = self._save_summary(session, draft)
        reason = replace(ANCHOR, rule="split")
        _add_link(session, new_id, report, reason, {"from": old_id, "note": note})
        self._refresh(session, old_id)
        return new_id

    def unsplit(self, session: Session, event_id: str) -> str:
        """Undo :meth:`split`: put the event back into the incident it was taken from."""
        mark_scanned(session, None)  # alerts are no longer known to be up to date
        link = _active_link(session, event_id)
        info = json.loads(link.reason)
        if link.rule != "split" or not info.get("from"):
            raise ValueError(f"event {event_id} was not split off an incident")
        target = info["from"]
        if session.get(IncidentRow, target) is None:
            raise ValueError(f"incident {target} no longer exists")
        link.active, link.superseded_at = False, _now()
        own = link.incident_id
        session.flush()
        (report,) = load_reports(session, [event_id])
        report = replace(report, copy_group=link.copy_group)
        reason = MergeReason(keys=(), date_gap_days=None, place="restored", rule="unsplit")
        _add_link(session, target, report, reason, {"undoes_split_into": own})
        session.flush()
        self._refresh(session, own)
        self._refresh(session, target)
        return target

    # -- helpers ------------------------------------------------------------------------------
    def _load_drafts(
        self,
        session: Session,
        first: date | None,
        last: date | None,
        keys: set[str] | None = None,
    ) -> list[IncidentDraft]:
        """The stored incidents that could take reports dated ``first``…``last``.

        Only incidents anchored on one of ``keys`` (the new reports' actors and recipients)
        can match (:class:`DraftIndex`); their links and reports are read in a few statements,
        not one per incident.
        """
        if keys is not None and not keys:
            return []
        query = select(IncidentRow).where(IncidentRow.n_mentions > 0)
        if keys is not None:
            query = query.where(IncidentRow.actor_key.in_(sorted(keys)))
        if first is not None and last is not None:
            query = query.where(
                or_(
                    IncidentRow.date_start.is_(None),
                    IncidentRow.date_start.between(
                        _shifted(first, -NEARBY_DAYS), _shifted(last, NEARBY_DAYS)
                    ),
                )
            )
        rows = list(session.scalars(query.order_by(IncidentRow.id)))
        return self._drafts(session, rows)

    def _drafts(self, session: Session, rows: list[IncidentRow]) -> list[IncidentDraft]:
        links: dict[str, list[IncidentMentionRow]] = {row.id: [] for row in rows}
        for chunk in id_chunks([row.id for row in rows]):
            query = (
                select(IncidentMentionRow)
                .where(
                    IncidentMentionRow.active.is_(True),
                    IncidentMentionRow.incident_id.in_(chunk),
                )
                .order_by(IncidentMentionRow.id)
            )
            for link in session.scalars(query):
                links[link.incident_id].append(link)
        wanted = [link.event_id for found in links.values() for link in found]
        reports = {r.event.id: r for r in load_reports(session, wanted)}
        drafts = (_draft_of(row, links[row.id], reports) for row in rows)
        return [draft for draft in drafts if draft is not None]

    def _draft(self, session: Session, row: IncidentRow) -> IncidentDraft | None:
        drafts = self._drafts(session, [row])
        return drafts[0] if drafts else None

    def _refresh(self, session: Session, incident: str) -> None:
        row = session.get(IncidentRow, incident)
        if row is None:
            return
        draft = self._draft(session, row)
        if draft is None:  # kept (with its link history) but no longer counted
            row.n_mentions = row.n_documents = row.n_sources = 0
            row.happened_weight = row.risk_weight = 0.0
            row.updated_at = _now()
            return
        summary = summarize(draft, self.weights)
        _write(row, replace(summary, id=incident), draft.pinned)

    def _save_summary(self, session: Session, draft: IncidentDraft) -> str:
        summary = summarize(draft, self.weights)
        row = session.get(IncidentRow, summary.id)
        if row is None:
            row = IncidentRow(id=summary.id)
            session.add(row)
        _write(row, summary, draft.pinned)
        session.flush()
        return summary.id

    def _save_summaries(
        self, session: Session, drafts: list[IncidentDraft]
    ) -> list[IncidentSummary]:
        """:meth:`_save_summary` for many incidents, with one lookup per chunk and one flush;
        returns what was written."""
        summaries = [(summarize(d, self.weights), d.pinned) for d in drafts]
        ids = [summary.id for summary, _ in summaries]
        rows: dict[str, IncidentRow] = {}
        for chunk in id_chunks(ids):
            rows.update(
                (row.id, row)
                for row in session.scalars(select(IncidentRow).where(IncidentRow.id.in_(chunk)))
            )
        for summary, pinned in summaries:
            row = rows.get(summary.id)
            if row is None:
                row = rows[summary.id] = IncidentRow(id=summary.id)
                session.add(row)
            _write(row, summary, pinned)
        session.flush()
        return [summary for summary, _ in summaries]

    def _copy_candidates(self, session: Session, fresh: list[Report]) -> dict[str, str]:
        """Already grouped documents published near the new ones: ``doc_id → copy group``."""
        days = [r.published for r in fresh if r.published is not None]
        query = (
            select(IncidentMentionRow.doc_id, IncidentMentionRow.copy_group)
            .join(DocumentRow, DocumentRow.id == IncidentMentionRow.doc_id)
            .where(IncidentMentionRow.active.is_(True))
            .distinct()
        )
        if days:
            lo = min(days) - timedelta(days=COPY_DAYS)
            hi = max(days) + timedelta(days=COPY_DAYS)
            query = query.where(or_(DocumentRow.date.is_(None), DocumentRow.date.between(lo, hi)))
        return {doc: group or doc for doc, group in session.execute(query)}


def declare_keys(session: Session, summaries: Iterable[IncidentSummary]) -> None:
    """Declare the actor and recipient keys of the incidents a transaction writes (as they
    were and as they are), and their countries, each also with the month of the incident's
    first day, so that cached reads of other keys, or of the same keys in other months, stay
    valid (:func:`tocsin.store.version.touched`)."""
    declared: set[str] = set()
    for summary in summaries:
        keys = {key for key in (summary.actor_key, summary.recipient_key) if key}
        keys |= {key.split("/", 1)[0] for key in keys}
        declared |= keys
        if summary.date_start is not None:
            declared |= {
                month_key(key, summary.date_start) for key in keys if len(key) <= MONTH_KEY_CHARS
            }
    touched(session, "incidents", declared)


def _with_copy_groups(
    reports: list[Report], known: dict[str, str], documents: dict[str, DocInfo]
) -> list[Report]:
    """Give every report the copy group of its document (new documents join older ones).

    ``known`` maps already grouped documents to their group; a new document joins the group
    the store marked it a copy of, else the group of an original it nearly duplicates.
    """
    grouper = CopyGrouper(days=COPY_DAYS)
    groups: dict[str, str] = dict(known)
    new_docs = {r.doc_id for r in reports} - set(known)
    order = sorted(
        (d for d in new_docs | set(known) if d in documents),
        key=lambda d: (documents[d].published or date.min, d),
    )
    for doc in order:
        info = documents[doc]
        if doc in known:
            if known[doc] == doc:  # an original earlier documents may copy
                grouper.add(doc, info.text, info.published, info.source)
            continue
        if info.duplicate_of:
            groups[doc] = groups.get(info.duplicate_of, info.duplicate_of)
            continue
        groups[doc] = grouper.add(doc, info.text, info.published, info.source)[0]
    out = []
    for report in reports:
        group = groups.get(report.doc_id, report.doc_id)
        origin = documents[group].source if group in documents else None
        out.append(replace(report, copy_group=group, origin=origin))
    return out


def _draft_of(
    row: IncidentRow, links: list[IncidentMentionRow], reports: dict[str, Report]
) -> IncidentDraft | None:
    """The draft of a stored incident from its active links and their reports."""
    mentions = []
    for link in links:
        report = reports.get(link.event_id)
        if report is None:
            continue
        report = replace(report, copy_group=link.copy_group, origin=_origin(links, link))
        mentions.append((report, _reason(link)))
    if not mentions:
        return None
    anchor = next((r for r, m in mentions if incident_id(r) == row.id), mentions[0][0])
    return IncidentDraft(anchor=anchor, mentions=mentions, pinned=row.pinned)


def _active_link(session: Session, event_id: str) -> IncidentMentionRow:
    link = session.scalars(
        select(IncidentMentionRow).where(
            IncidentMentionRow.event_id == event_id, IncidentMentionRow.active.is_(True)
        )
    ).first()
    if link is None:
        raise ValueError(f"event {event_id} is not in any incident")
    return link


def _origin(links: list[IncidentMentionRow], link: IncidentMentionRow) -> str | None:
    head = next((x for x in links if x.doc_id == link.copy_group), None)
    return head.source if head is not None else None


def _reason(link: IncidentMentionRow) -> MergeReason:
    data = json.loads(link.reason)
    return MergeReason(
        keys=tuple(data.get("keys", ())),
        date_gap_days=data.get("date_gap_days"),
        place=data.get("place", "unknown"),
        direction=data.get("direction", "same"),
        rule=link.rule,
    )


def _add_link(
    session: Session,
    incident: str,
    report: Report,
    reason: MergeReason,
    extra: dict[str, Any] | None = None,
) -> None:
    payload = reason.to_dict()
    if extra:
        payload.update({k: v for k, v in extra.items() if v is not None})
    session.add(
        IncidentMentionRow(
            incident_id=incident,
            event_id=report.event.id,
            doc_id=report.doc_id,
            source=report.source,
            copy_group=report.copy_group,
            rule=reason.rule,
            reason=json.dumps(payload, sort_keys=True),
            active=True,
            created_at=_now(),
        )
    )


def _write(row: IncidentRow, summary: IncidentSummary, pinned: bool) -> None:
    for key, value in asdict(summary).items():
        if key != "id":
            setattr(row, key, value)
    row.pinned = pinned
    row.updated_at = _now()


def _mention(link: IncidentMentionRow) -> dict[str, Any]:
    return {
        "event_id": link.event_id,
        "doc_id": link.doc_id,
        "source": link.source,
        "copy_group": link.copy_group,
        "rule": link.rule,
        "reason": json.loads(link.reason),
    }


def mentions_of(
    session: Session, incident_ids: Sequence[str], most: int
) -> dict[str, list[dict[str, Any]]]:
    """The first ``most`` active mentions of each incident, in one statement."""
    if not incident_ids:
        return {}
    number = (
        func.row_number()
        .over(partition_by=IncidentMentionRow.incident_id, order_by=IncidentMentionRow.id)
        .label("number")
    )
    ranked = (
        select(IncidentMentionRow.id, number)
        .where(
            IncidentMentionRow.active.is_(True),
            IncidentMentionRow.incident_id.in_(list(incident_ids)),
        )
        .subquery()
    )
    query = (
        select(IncidentMentionRow)
        .join(ranked, ranked.c.id == IncidentMentionRow.id)
        .where(ranked.c.number <= most)
        .order_by(IncidentMentionRow.id)
    )
    found: dict[str, list[dict[str, Any]]] = {i: [] for i in incident_ids}
    for link in session.scalars(query):
        found[link.incident_id].append(_mention(link))
    return found


def _record(row: IncidentRow, mentions: list[dict[str, Any]]) -> dict[str, Any]:
    record = row_to_summary(row).to_dict()
    record["pinned"] = row.pinned
    record["mentions"] = mentions
    return record


def incident_record(
    session: Session, row: IncidentRow, most: int = MENTIONS_IN_RECORD
) -> dict[str, Any]:
    """An incident's summary with ``pinned`` and its active mentions and their merge reasons.

    At most ``most`` mentions are listed (``n_mentions`` counts them all).
    """
    return _record(row, mentions_of(session, [row.id], most)[row.id])


def row_to_summary(row: IncidentRow) -> IncidentSummary:
    """The :class:`IncidentSummary` of a stored incident."""
    fields = IncidentSummary.__dataclass_fields__
    return IncidentSummary(**{name: getattr(row, name) for name in fields})


def list_incidents(
    session: Session, filters: IncidentFilters | dict[str, Any] | None = None
) -> list[dict]:
    """Incidents matching ``filters`` (or a dict of its fields), newest first, with mentions.

    Two statements whatever the page size: the incidents, then their first mentions.
    """
    if isinstance(filters, dict):
        filters = IncidentFilters(**{k: v for k, v in filters.items() if v is not None})
    f = filters or IncidentFilters()
    query = select(IncidentRow).where(IncidentRow.n_mentions > 0)
    if f.actor:
        query = query.where(IncidentRow.actor_key == f.actor)
    if f.recipient:
        query = query.where(IncidentRow.recipient_key == f.recipient)
    if f.country:
        query = query.where(
            or_(IncidentRow.actor_key == f.country, IncidentRow.recipient_key == f.country)
        )
    if f.event:
        query = query.where(IncidentRow.event == f.event)
    if f.quad_class:
        query = query.where(IncidentRow.quad_class == f.quad_class)
    if f.since:
        query = query.where(IncidentRow.date_start >= f.since)
    if f.until:
        query = query.where(IncidentRow.date_start <= f.until)
    if f.status:
        query = query.where(IncidentRow.status == f.status)
    if f.min_sources:
        query = query.where(IncidentRow.n_sources >= f.min_sources)
    query = (
        query.order_by(IncidentRow.date_start.desc(), IncidentRow.id)
        .limit(f.limit)
        .offset(f.offset)
    )
    rows = list(session.scalars(query))
    mentions = mentions_of(session, [row.id for row in rows], MENTIONS_IN_LIST)
    return [_record(row, mentions[row.id]) for row in rows]


def incident_summaries(
    session: Session,
    since: date | None = None,
    until: date | None = None,
    *,
    keys: tuple[str | None, str | None] | None = None,
    country: str | None = None,
    ids: Sequence[str] | None = None,
    parties: Iterable[str] | None = None,
) -> list[IncidentSummary]:
    """Stored incidents (for signals), optionally only those the database finds for a dyad.

    ``since``/``until`` bound the first day; ``keys`` is an (actor, recipient) pair of keys,
    ``country`` a key on either side, ``ids`` the incidents wanted and ``parties`` keys of which
    one is the actor's, the recipient's or the place's country. Only the summary's columns are
    read.
    """
    if ids is not None:
        return [
            found
            for chunk in id_chunks(list(ids))
            for found in _summaries(session, since, until, keys, country, parties, chunk)
        ]
    return _summaries(session, since, until, keys, country, parties, None)


def _summaries(
    session: Session,
    since: date | None,
    until: date | None,
    keys: tuple[str | None, str | None] | None,
    country: str | None,
    parties: Iterable[str] | None,
    ids: Sequence[str] | None,
) -> list[IncidentSummary]:
    """The statement of :func:`incident_summaries` for at most one chunk of ids."""
    fields = list(IncidentSummary.__dataclass_fields__)
    query = select(*(getattr(IncidentRow, name) for name in fields)).where(
        IncidentRow.n_mentions > 0
    )
    if since is not None:
        query = query.where(IncidentRow.date_start >= since)
    if until is not None:
        query = query.where(IncidentRow.date_start <= until)
    if keys is not None:
        query = query.where(IncidentRow.actor_key == keys[0], IncidentRow.recipient_key == keys[1])
    if country is not None:
        query = query.where(
            or_(IncidentRow.actor_key == country, IncidentRow.recipient_key == country)
        )
    if ids is not None:
        query = query.where(IncidentRow.id.in_(ids))
    if parties is not None:
        wanted = sorted(set(parties))
        query = query.where(
            or_(
                IncidentRow.actor_key.in_(wanted),
                IncidentRow.recipient_key.in_(wanted),
                IncidentRow.place_country.in_(wanted),
            )
        )
    query = query.order_by(IncidentRow.id)
    return [IncidentSummary(*row) for row in session.execute(query)]


# -- the plain functions the API and CLI call -------------------------------------------------
def rebuild(store: Any, settings: Settings | None = None) -> int:
    """Recompute all incidents of ``store``; returns how many there are."""
    with session_scope(store) as session:
        return IncidentBuilder(settings).rebuild(session)


def update(store: Any, new_event_ids: Iterable[str], settings: Settings | None = None) -> list[str]:
    """Merge the given stored events into incidents; returns the incident ids touched."""
    with session_scope(store) as session:
        return IncidentBuilder(settings).update(session, new_event_ids)


def split(store: Any, event_id: str, note: str | None = None) -> str:
    """Move one event into an incident of its own (reversible with :func:`unsplit`)."""
    with session_scope(store) as session:
        return IncidentBuilder().split(session, event_id, note)


def unsplit(store: Any, event_id: str) -> str:
    """Undo a split; returns the incident the event went back to."""
    with session_scope(store) as session:
        return IncidentBuilder().unsplit(session, event_id)


def _shifted(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the first or last day a date can have."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max
