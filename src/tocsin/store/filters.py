"""Event queries: one filter object turned into a SQL ``WHERE`` clause."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select

from tocsin.store.schema import EventRow, SentenceRow


@dataclass(frozen=True)
class EventFilter:
    """Which events to return; every field left as None matches everything.

    ``actor`` and ``recipient`` match a country (``AZE``) or an actor code (``AZEMIL``);
    ``cameo`` is a prefix (``19`` matches 190…196); ``text`` searches the sentence.
    """

    doc_id: str | None = None
    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    cameo: str | None = None
    status: Sequence[str] | None = None
    since: date | None = None
    until: date | None = None
    location: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False  # the reverse of the stable order (undated events first)

    @classmethod
    def of(cls, filters: EventFilter | None = None, **kwargs: Any) -> EventFilter:
        """``filters`` updated with the keyword arguments that are not None."""
        base = filters or cls()
        values = {k: v for k, v in kwargs.items() if v is not None}
        return cls(**{**base.__dict__, **values})

    def conditions(self) -> list[ColumnElement[bool]]:
        """The SQL conditions of this filter (pagination excluded)."""
        found: list[ColumnElement[bool]] = []
        if self.doc_id:
            found.append(EventRow.doc_id == self.doc_id)
        if self.actor:
            value = self.actor.upper()
            found.append(or_(EventRow.actor_country == value, EventRow.actor_code == value))
        if self.recipient:
            value = self.recipient.upper()
            found.append(or_(EventRow.recipient_country == value, EventRow.recipient_code == value))
        if self.event:
            found.append(EventRow.event == self.event.upper())
        if self.cameo:
            found.append(EventRow.cameo.startswith(self.cameo, autoescape=True))
        if self.status:
            found.append(EventRow.status.in_([s.lower() for s in self.status]))
        if self.since:
            found.append(EventRow.date_day >= self.since)
        if self.until:
            found.append(EventRow.date_day <= self.until)
        if self.location:
            found.append(EventRow.location_country == self.location.upper())
        if self.text:
            found.append(
                select(SentenceRow.index)
                .where(
                    SentenceRow.doc_id == EventRow.doc_id,
                    SentenceRow.index == EventRow.sentence_index,
                    SentenceRow.text.icontains(self.text, autoescape=True),
                )
                .exists()
            )
        return found

    def apply(self, query: Select[Any], *, paginate: bool = True) -> Select[Any]:
        """``query`` restricted by this filter, in a stable order, optionally paginated."""
        conditions = self.conditions()
        if conditions:
            query = query.where(and_(*conditions))
        if not paginate:
            return query
        if self.newest_first:
            query = query.order_by(
                EventRow.date_day.desc().nulls_first(),
                EventRow.doc_id.desc(),
                EventRow.sentence_index.desc(),
                EventRow.id.desc(),
            )
        else:
            query = query.order_by(
                EventRow.date_day.asc().nulls_last(),
                EventRow.doc_id,
                EventRow.sentence_index,
                EventRow.id,
            )
        if self.offset:
            query = query.offset(self.offset)
        if self.limit is not None:
            query = query.limit(self.limit)
        return query
