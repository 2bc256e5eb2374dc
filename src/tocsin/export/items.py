"""What every export format receives: an event plus the document metadata it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tocsin.models import Document, Event
from tocsin.store.rows import first_day

#: Statuses of events reported as having happened; the rest did not or may not have.
HAPPENED = frozenset({"asserted", "alleged"})


@dataclass(frozen=True)
class ExportItem:
    """An event with its publication date, source, URL and the time it was coded."""

    event: Event
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    added: datetime | None = None

    @classmethod
    def of(cls, event: Event, document: Document, added: datetime | None = None) -> ExportItem:
        return cls(event, document.date, document.source, document.url, document.title, added)

    @property
    def happened(self) -> bool:
        """True when the event is asserted or alleged to have happened."""
        return self.event.factuality.status in HAPPENED

    @property
    def day(self) -> date | None:
        """First day of the event's date, else the publication date."""
        value = self.event.date.value if self.event.date else None
        return first_day(value) or self.published

    @property
    def precision(self) -> str:
        """Precision of :attr:`day`: the event date's, or ``day`` for the publication date."""
        if self.event.date and first_day(self.event.date.value):
            return self.event.date.precision
        return "day"

    @property
    def numeric_id(self) -> int:
        """A positive 60-bit integer from the event's hex id (for formats with integer ids)."""
        digits = "".join(c for c in self.event.id.split("-")[-1] if c in "0123456789abcdef")
        return int(digits[:15] or "0", 16)
