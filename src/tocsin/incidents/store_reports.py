"""Read events and documents from the store (and write coded documents to it).

This is the one place that knows the store's event and document tables; everything else in
incidents, signals and alerts works on :class:`Report` objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tocsin.incidents.reports import Report
from tocsin.models import Event
from tocsin.store.chunks import id_chunks
from tocsin.store.schema import DocumentRow, EventRow


@dataclass(frozen=True)
class DocInfo:
    """What incident merging needs of a document."""

    id: str
    source: str | None
    published: date | None
    text: str
    duplicate_of: str | None = None  # set by the store when it recognised a copy


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def load_documents(session: Session, doc_ids: Sequence[str]) -> dict[str, DocInfo]:
    """Source, publication date and text of the given documents."""
    out: dict[str, DocInfo] = {}
    for chunk in id_chunks(list(doc_ids)):
        query = select(
            DocumentRow.id,
            DocumentRow.source,
            DocumentRow.date,
            DocumentRow.text,
            DocumentRow.duplicate_of,
        ).where(DocumentRow.id.in_(chunk))
        for doc_id, source, published, text, copy_of in session.execute(query):
            out[doc_id] = DocInfo(doc_id, source, _as_date(published), text or "", copy_of)
    return out


def load_reports(session: Session, event_ids: Sequence[str] | None = None) -> list[Report]:
    """Reports for the given stored events (all events when ``event_ids`` is None)."""
    query = (
        select(EventRow.record, DocumentRow.source, DocumentRow.date)
        .join(DocumentRow, DocumentRow.id == EventRow.doc_id)
        .order_by(EventRow.id)
    )
    batches: Iterable[Sequence[str] | None] = (
        [None] if event_ids is None else id_chunks(list(event_ids))
    )
    reports = []
    for chunk in batches:
        q = query if chunk is None else query.where(EventRow.id.in_(chunk))
        for record, source, published in session.execute(q):
            data = json.loads(record) if isinstance(record, str) else record
            event = Event.from_dict(data)
            reports.append(
                Report(
                    event=event,
                    source=source,
                    published=_as_date(published),
                    copy_group=event.doc_id,
                )
            )
    return reports


def open_store(url: str) -> Any:
    """Open (and migrate) the store at ``url``."""
    from tocsin.store import Store

    return Store.open(url)


def save_coded(store: Any, coded: Sequence[Any]) -> list[str]:
    """Save coded documents to the store; returns the ids of their events."""
    store.save_many(list(coded))
    return [event.id for item in coded for event in item.events]
