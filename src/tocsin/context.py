"""What every stage after the parse sees of a document, and the stage contracts.

A stage is an object with one job. After the spaCy parse and actor resolution, the
event-level stages all take ``(trigger, ctx)``: the trigger token of one event and this
:class:`DocContext`, and return their part of the record (or ``None`` when the text says
nothing).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Doc, Span, Token

from tocsin.models import (
    ActorRef,
    Attribution,
    Document,
    Event,
    EventDate,
    Factuality,
    Location,
    Mention,
    Size,
)

if TYPE_CHECKING:
    from tocsin.events.candidates import Candidate


@dataclass(frozen=True)
class MentionIndex:
    """The actor mentions of one document, looked up by token."""

    mentions: tuple[Mention, ...] = ()
    _by_token: dict[int, Mention] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, mentions: list[Mention] | tuple[Mention, ...]) -> MentionIndex:
        ordered = tuple(sorted(mentions, key=lambda m: (m.token_start, m.token_end)))
        by_token: dict[int, Mention] = {}
        for mention in ordered:
            for i in range(mention.token_start, mention.token_end):
                by_token.setdefault(i, mention)
        return cls(ordered, by_token)

    def at(self, token_index: int) -> Mention | None:
        """The mention covering token ``token_index``, if any."""
        return self._by_token.get(token_index)

    def within(self, token_start: int, token_end: int) -> list[Mention]:
        """Mentions lying inside the token range ``[token_start, token_end)``."""
        first = bisect_left(self._starts, token_start)
        last = bisect_left(self._starts, token_end, lo=first)
        return [m for m in self.mentions[first:last] if m.token_end <= token_end]

    @cached_property
    def _starts(self) -> list[int]:
        """The first token of each mention, in order (the mentions are sorted by it)."""
        return [m.token_start for m in self.mentions]

    def countries(self) -> Counter[str]:
        """How often each country is mentioned (used to disambiguate places)."""
        return Counter(self._countries)

    @cached_property
    def _countries(self) -> Counter[str]:
        """Counted once per document: places ask for every event."""
        return Counter(m.actor.country for m in self.mentions if m.actor.country)


@dataclass(frozen=True)
class DocContext:
    """One document after parsing and actor resolution."""

    document: Document
    doc: Doc
    mentions: MentionIndex

    @property
    def pub_date(self) -> date | None:
        return self.document.date

    def sentence_of(self, token: Token) -> Span:
        return token.sent


class ActorStage(Protocol):
    def resolve(self, doc: Doc, pub_date: date | None) -> MentionIndex: ...


class EventStage(Protocol):
    def extract(self, sentence: Span, ctx: DocContext) -> list[Candidate]: ...


class FactualityStage(Protocol):
    def assess(
        self, trigger: Token, ctx: DocContext
    ) -> tuple[Factuality, Attribution, str | None]: ...

    def score_span(self, doc: Doc, start_char: int, end_char: int) -> Factuality:
        """Factuality of any predicate at ``doc.text[start_char:end_char]``."""
        ...


class RerankStage(Protocol):
    """Re-ranks and may retype the records of one sentence (the learned event-type layer)."""

    def rerank(self, events: Sequence[Event], heads: Sequence[Token]) -> list[Event]: ...


class DateStage(Protocol):
    def resolve(self, trigger: Token, ctx: DocContext) -> EventDate | None: ...

    def infer_publication_date(self, doc: Doc, document: Document) -> dict[str, object]:
        """Fields to set on a document with no date: ``{"date": ..., "date_inferred": True}``."""
        ...


class PlaceStage(Protocol):
    def locate(self, trigger: Token, ctx: DocContext) -> Location | None: ...


class SizeStage(Protocol):
    def extract(self, trigger: Token, ctx: DocContext) -> Size | None: ...


__all__ = [
    "ActorRef",
    "ActorStage",
    "DateStage",
    "DocContext",
    "EventStage",
    "FactualityStage",
    "MentionIndex",
    "PlaceStage",
    "RerankStage",
    "SizeStage",
]
