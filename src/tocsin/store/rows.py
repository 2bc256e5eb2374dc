"""Conversions between the frozen records of :mod:`tocsin.models` and table rows."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from tocsin.models import Dateline, Document, Event, Sentence
from tocsin.store.schema import DocumentRow, EventRow, SentenceRow

_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def first_day(value: str | None) -> date | None:
    """First day of an ISO date or prefix: ``2023-09`` → 2023-09-01, ``2023-W38`` → Monday."""
    if not value:
        return None
    try:
        week = _WEEK.match(value)
        if week:
            return date.fromisocalendar(int(week[1]), int(week[2]), 1)
        day = _DAY.match(value)
        if day:
            return date(int(day[1]), int(day[2] or 1), int(day[3] or 1))
    except ValueError:
        return None
    return None


def document_row(
    document: Document,
    *,
    fingerprint: int | None,
    now: datetime,
    coded: bool,
    duplicate_of: str | None = None,
) -> DocumentRow:
    """The ``documents`` row of a (cleaned) document."""
    dateline = document.dateline
    return DocumentRow(
        id=document.id,
        text=document.text,
        title=document.title,
        url=document.url,
        source=document.source,
        origin=document.origin,
        date=document.date,
        date_inferred=document.date_inferred,
        dateline_place=dateline.place if dateline else None,
        dateline_agencies="/".join(dateline.agencies) if dateline and dateline.agencies else None,
        language=document.language,
        fingerprint=fingerprint,
        duplicate_of=duplicate_of,
        ingested_at=now,
        coded_at=now if coded else None,
        sanitised="; ".join(document.sanitised) or None,
    )


def to_document(row: DocumentRow) -> Document:
    """Rebuild the :class:`Document` of a stored row."""
    dateline = None
    if row.dateline_place:
        agencies = tuple(row.dateline_agencies.split("/")) if row.dateline_agencies else ()
        dateline = Dateline(row.dateline_place, agencies)
    return Document(
        id=row.id,
        text=row.text,
        date=row.date,
        title=row.title,
        url=row.url,
        source=row.source,
        origin=row.origin,
        dateline=dateline,
        date_inferred=bool(row.date_inferred),
        language=row.language,
        sanitised=tuple(row.sanitised.split("; ")) if row.sanitised else (),
    )


def sentence_row(doc_id: str, sentence: Sentence) -> SentenceRow:
    return SentenceRow(
        doc_id=doc_id,
        index=sentence.index,
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
    )


def to_sentence(row: SentenceRow) -> Sentence:
    return Sentence(row.index, row.text, row.start, row.end)


def event_row(event: Event, published: date | None) -> EventRow:
    """The ``events`` row: query columns plus the whole record as JSON.

    ``date_day`` is the first day of the event's date, or the publication date when the
    text gives no date (so date filters still place the event); ``date_value`` stays null then.
    """
    actor, recipient, place = event.actor, event.recipient, event.location
    value = event.date.value if event.date else None
    return EventRow(
        id=event.id,
        doc_id=event.doc_id,
        sentence_index=event.sentence_index,
        event=event.event,
        cameo=event.cameo,
        quad_class=event.quad_class,
        goldstein=event.goldstein,
        actor_code=actor.code if actor else None,
        actor_country=actor.country if actor else None,
        actor_sector=actor.sector if actor else None,
        recipient_code=recipient.code if recipient else None,
        recipient_country=recipient.country if recipient else None,
        recipient_sector=recipient.sector if recipient else None,
        status=event.factuality.status,
        score=event.factuality.score,
        date_value=value[:10] if value else None,
        date_day=first_day(value) or published,
        location_country=place.country if place else None,
        confidence=event.confidence,
        record=event.to_dict(),
    )


def to_event(record: Any) -> Event:
    """Rebuild an :class:`Event` from a stored record (JSON text or a mapping)."""
    if isinstance(record, str):
        record = json.loads(record)
    return Event.from_dict(record)
