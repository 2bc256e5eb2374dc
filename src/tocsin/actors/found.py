"""A mention in the making, before it becomes a frozen :class:`tocsin.models.Mention`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tocsin.models import ActorRef, Mention


@dataclass(frozen=True)
class Found:
    start: int  # token range [start, end)
    end: int
    actor: ActorRef
    rule: str  # dict, metonym, demonym, title, agent, ner, coref, collective
    kind: str  # country, territory, region, org, person, agent
    title: str | None = None  # lower-case title of a person ("foreign minister"), for coreference
    plural: bool = False

    def mention(self, doc: Doc) -> Mention:
        span = doc[self.start : self.end]
        return Mention(span.start_char, span.end_char, self.start, self.end, self.actor, self.rule)

    @property
    def is_person(self) -> bool:
        return self.kind == "person"
