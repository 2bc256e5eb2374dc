"""Storing, linking and listing claims: the functions the CLI and the API call."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session, aliased

from tocsin.claims.extract import Claim, StatementPatterns, extract
from tocsin.claims.link import links
from tocsin.claims.tables import ClaimLinkRow, ClaimRow
from tocsin.incidents.access import session_scope
from tocsin.models import Event, Sentence
from tocsin.store.chunks import id_chunks
from tocsin.store.rows import to_event
from tocsin.store.schema import DocumentRow, EventRow, SentenceRow
from tocsin.store.version import touched

ROW_FIELDS = tuple(f.name for f in fields(Claim) if f.name != "rule")
WINDOW_DAYS = 30


LIST_LINKS = 10  # responses and answers given with each claim of a list (all with one)


def to_row(claim: Claim) -> ClaimRow:
    values = asdict(claim)
    return ClaimRow(**{k: values[k] for k in ROW_FIELDS}, contested=False)


def to_claim(row: ClaimRow) -> Claim:
    return Claim(**{k: getattr(row, k) for k in ROW_FIELDS})


def row_dict(row: ClaimRow) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in ClaimRow.__table__.columns}


def save_claims(session: Session, claims: Iterable[Claim]) -> list[str]:
    """Insert claims not yet stored (idempotent); the ids of all given claims."""
    given = list({claim.id: claim for claim in claims}.values())
    ids = [claim.id for claim in given]
    known: set[str] = set()
    for chunk in id_chunks(ids):
        known.update(session.scalars(select(ClaimRow.id).where(ClaimRow.id.in_(chunk))))
    session.add_all(to_row(claim) for claim in given if claim.id not in known)
    session.flush()
    return ids


def _claims(session: Session, query: Any) -> list[Claim]:
    """Claims of a query over the claim columns (no ORM objects: pools can be large)."""
    return [Claim(*row) for row in session.execute(query)]


def _claim_columns() -> Any:
    return select(*(getattr(ClaimRow, name) for name in ROW_FIELDS))


def link_claims(session: Session, claim_ids: Sequence[str], window_days: int = WINDOW_DAYS) -> int:
    """Link the given claims to stored ones (both ways); the number of new links.

    A claim with a denial linked to it is marked ``contested``. The given claims and the
    stored claims that could answer them (same event type, within the window) are read once,
    and :func:`~tocsin.claims.link.links` files them by dyad, so the work grows with the
    claims, not with their square.
    """
    new: list[Claim] = []
    for part in id_chunks(list(dict.fromkeys(claim_ids))):
        new += _claims(session, _claim_columns().where(ClaimRow.id.in_(part)))
    if not new:
        return 0
    candidates = _claims(session, _neighbours(new, window_days))
    pool = list({c.id: c for c in [*candidates, *new]}.values())
    found = links(new, pool, window_days) + links(pool, new, window_days)
    known = _stored_links(session, [c.id for c in new])
    added = 0
    contested: set[str] = set()
    for link in found:
        key = (link.claim_id, link.response_id, link.relation)
        if key not in known:
            known.add(key)
            session.add(ClaimLinkRow(**asdict(link)))
            added += 1
        if link.relation == "denies":
            contested.add(link.claim_id)
    for part in id_chunks(sorted(contested)):
        session.execute(sql_update(ClaimRow).where(ClaimRow.id.in_(part)).values(contested=True))
    session.flush()
    changed = {c.id for c in new} | contested
    changed |= {end for link in found for end in (link.claim_id, link.response_id)}
    _declare_countries(session, changed, contested)
    return added


def _declare_countries(session: Session, changed: set[str], contested: set[str]) -> None:
    """Declare the countries of the claims whose lists change: the claims added, linked or
    marked contested, and the claims linked to a contested one (they list it)."""
    for part in id_chunks(sorted(contested)):
        for claim, response in session.execute(
            select(ClaimLinkRow.claim_id, ClaimLinkRow.response_id).where(
                or_(ClaimLinkRow.claim_id.in_(part), ClaimLinkRow.response_id.in_(part))
            )
        ):
            changed.update((claim, response))
    countries: set[str] = set()
    for part in id_chunks(sorted(changed)):
        query = select(ClaimRow.actor_country, ClaimRow.recipient_country)
        for actor, recipient in session.execute(query.where(ClaimRow.id.in_(part))):
            countries.update(c for c in (actor, recipient) if c)
    touched(session, "claims", countries)


def _stored_links(session: Session, claim_ids: Sequence[str]) -> set[tuple[str, str, str]]:
    """(claim, response, relation) of the stored links that involve any of ``claim_ids``."""
    known: set[tuple[str, str, str]] = set()
    for part in id_chunks(claim_ids):
        rows = session.execute(
            select(ClaimLinkRow.claim_id, ClaimLinkRow.response_id, ClaimLinkRow.relation).where(
                or_(ClaimLinkRow.claim_id.in_(part), ClaimLinkRow.response_id.in_(part))
            )
        )
        known.update((claim, response, relation) for claim, response, relation in rows)
    return known


def _neighbours(new: list[Claim], window_days: int) -> Any:
    """Stored claims of the same event types as ``new``, within the window of their dates.

    Claims of the same documents as ``new`` are among ``new`` itself (a document's claims are
    extracted together), so only other documents' claims are looked up here.
    """
    events = sorted({c.event for c in new if c.event})
    days = [d for d in (_iso(c.claim_date) for c in new) if d is not None]
    query = _claim_columns().where(ClaimRow.event.in_(events))
    if days:
        low = (min(days) - timedelta(days=window_days)).isoformat()
        high = (max(days) + timedelta(days=window_days)).isoformat()
        query = query.where(
            or_(ClaimRow.claim_date.is_(None), ClaimRow.claim_date.between(low, high + "-99"))
        )
    return query


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(
            int(parts[0]),
            int(parts[1]) if len(parts) > 1 else 1,
            int(parts[2]) if len(parts) > 2 else 1,
        )
    except (ValueError, IndexError):
        return None


def update(
    store: Any, event_ids: Sequence[str], patterns: StatementPatterns | None = None
) -> list[str]:
    """Extract, store and link the claims of the documents of newly stored events."""
    patterns = patterns or StatementPatterns.load()
    with session_scope(store) as session:
        wanted = list(dict.fromkeys(event_ids))
        by_doc: dict[str, list[Event]] = {}
        for chunk in id_chunks(wanted):
            for (record,) in session.execute(select(EventRow.record).where(EventRow.id.in_(chunk))):
                event = to_event(record)
                by_doc.setdefault(event.doc_id, []).append(event)
        doc_ids = sorted(by_doc)
        dates: dict[str, Any] = {}
        sentences: dict[str, list[Sentence]] = {doc_id: [] for doc_id in doc_ids}
        for chunk in id_chunks(doc_ids):
            query = select(DocumentRow.id, DocumentRow.date).where(DocumentRow.id.in_(chunk))
            dates.update(dict(session.execute(query).tuples().all()))
            rows = session.scalars(
                select(SentenceRow)
                .where(SentenceRow.doc_id.in_(chunk))
                .order_by(SentenceRow.doc_id, SentenceRow.index)
            )
            for row in rows:
                sentences[row.doc_id].append(Sentence(row.index, row.text, row.start, row.end))
        found: list[Claim] = []
        for doc_id in doc_ids:
            found += extract(doc_id, by_doc[doc_id], sentences[doc_id], patterns, dates.get(doc_id))
        ids = save_claims(session, found)
        link_claims(session, ids)
        return ids


def list_claims(
    session: Session,
    kind: str | None = None,
    country: str | None = None,
    contested: bool | None = None,
    doc_id: str | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """Claims, newest first, each with ``responses`` (denials, confirmations) and ``answers``."""
    query = select(ClaimRow)
    if kind:
        query = query.where(ClaimRow.kind == kind)
    if country:
        code = country.upper()
        query = query.where(or_(ClaimRow.actor_country == code, ClaimRow.recipient_country == code))
    if contested is not None:
        query = query.where(ClaimRow.contested.is_(contested))
    if doc_id:
        query = query.where(ClaimRow.doc_id == doc_id)
    query = query.order_by(
        ClaimRow.claim_date.desc().nulls_last(),
        ClaimRow.doc_id,
        ClaimRow.sentence_index,
        ClaimRow.id,
    ).limit(limit)
    rows = list(session.scalars(query))
    return with_links(session, rows, most=LIST_LINKS)


def get_claim(session: Session, claim_id: str) -> dict[str, Any] | None:
    """One claim with its responses and answers, or None (three statements)."""
    row = session.get(ClaimRow, claim_id)
    return None if row is None else with_links(session, [row])[0]


def with_links(
    session: Session, rows: list[ClaimRow], most: int | None = None
) -> list[dict[str, Any]]:
    """Each claim as a dict with ``responses`` and ``answers`` (the first ``most`` of each, all
    when None) and their full counts: two statements for all of them."""
    ids = [row.id for row in rows]
    responses, response_counts = _linked(session, ids, incoming=True, most=most)
    answers, answer_counts = _linked(session, ids, incoming=False, most=most)
    out = []
    for row in rows:
        item = row_dict(row)
        item["responses"] = responses.get(row.id, [])
        item["answers"] = answers.get(row.id, [])
        item["responses_total"] = response_counts.get(row.id, 0)
        item["answers_total"] = answer_counts.get(row.id, 0)
        out.append(item)
    return out


def _linked(
    session: Session, claim_ids: list[str], *, incoming: bool, most: int | None = None
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    """Responses to each claim (incoming) or the claims each answers (outgoing), the first
    ``most`` of each claim's in order (numbered in the database), and how many there are."""
    found: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}
    if not claim_ids:
        return found, counts
    mine, other = (
        (ClaimLinkRow.claim_id, ClaimLinkRow.response_id)
        if incoming
        else (ClaimLinkRow.response_id, ClaimLinkRow.claim_id)
    )
    order = (ClaimRow.doc_id, ClaimRow.sentence_index, ClaimRow.id)
    inner = (
        select(
            mine.label("link_key"),
            ClaimLinkRow.relation.label("link_relation"),
            ClaimLinkRow.rule.label("link_rule"),
            ClaimLinkRow.score.label("link_score"),
            func.row_number().over(partition_by=mine, order_by=order).label("link_number"),
            func.count().over(partition_by=mine).label("link_total"),
            ClaimRow,
        )
        .join(ClaimRow, ClaimRow.id == other)
        .where(mine.in_(claim_ids))
        .subquery()
    )
    linked = aliased(ClaimRow, inner)
    query = select(
        inner.c.link_key,
        inner.c.link_relation,
        inner.c.link_rule,
        inner.c.link_score,
        inner.c.link_total,
        linked,
    ).order_by(inner.c.link_key, inner.c.link_number)
    if most is not None:
        query = query.where(inner.c.link_number <= most)
    for key, relation, rule, score, total, row in session.execute(query):
        counts[key] = total
        found.setdefault(key, []).append(
            {"relation": relation, "rule": rule, "score": score, **row_dict(row)}
        )
    return found, counts
