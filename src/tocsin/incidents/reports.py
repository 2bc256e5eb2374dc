"""A report: one coded event together with what incident merging needs of its document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from tocsin.incidents.keys import Interval, Party, family, interval_of
from tocsin.models import Event
from tocsin.weights import SignalWeights


@dataclass(frozen=True)
class Report:
    """One event record, its document's source and publication date, and its copy group.

    ``copy_group`` names the first document of a set of near-identical documents (wire copies)
    and ``origin`` that document's source, so that copies count as one independent source.
    """

    event: Event
    source: str | None = None
    published: date | None = None
    copy_group: str | None = None
    origin: str | None = None  # the source of the copy group's first document

    @property
    def doc_id(self) -> str:
        return self.event.doc_id

    @cached_property
    def family(self) -> str:
        return family(self.event)

    @cached_property
    def place_country(self) -> str | None:
        location = self.event.location
        return location.country if location is not None else None

    @cached_property
    def actor(self) -> Party:
        return Party.of(self.event.actor, self.place_country)

    @cached_property
    def recipient(self) -> Party:
        return Party.of(self.event.recipient, self.place_country)

    @cached_property
    def interval(self) -> Interval | None:
        return interval_of(self.event.date, self.published)

    @property
    def status(self) -> str:
        return self.event.factuality.status

    def stance(self, weights: SignalWeights) -> str:
        """``"risk"`` for hypothetical reports, ``"report"`` for the rest (denials included).

        A denial is about the same real-world event as the report it denies, so it joins that
        incident; a forecast is not, so hypothetical reports only merge with each other.
        """
        return "risk" if weights.channel(self.status) == "risk" else "report"

    def independent_key(self) -> str:
        """What counts once: the outlet of the original text, else its copy group or document."""
        if self.copy_group and self.copy_group != self.doc_id:
            return self.origin or self.copy_group
        return self.source or self.doc_id
