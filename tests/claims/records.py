"""Constructed documents and events for claims tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tocsin.models import (
    ActorRef,
    Attribution,
    Document,
    Event,
    Factuality,
    Sentence,
    Speaker,
    Trigger,
)
from tocsin.pipeline import CodedDocument


@dataclass(frozen=True)
class Said:
    """One sentence of a test document and the event coded in it (if any)."""

    text: str
    trigger: str | None = None
    event: str = "ASSAULT"
    actor: str | None = None
    recipient: str | None = None
    status: str = "asserted"
    score: float = 3.0
    speaker: str | None = None
    cue: str | None = None
    anonymous: bool = False


def make_document(doc_id: str, day: str, said: list[Said]) -> CodedDocument:
    """A coded document whose sentences are ``said``, one event per sentence with a trigger."""
    text, sentences, events, position = "", [], [], 0
    for index, item in enumerate(said):
        start = position
        text += item.text + " "
        position = len(text)
        sentences.append(Sentence(index, item.text, start, start + len(item.text)))
        if item.trigger is None:
            continue
        offset = start + item.text.index(item.trigger)
        events.append(
            Event(
                id=Event.make_id(doc_id, index, offset),
                doc_id=doc_id,
                sentence_index=index,
                sentence=item.text,
                trigger=Trigger(item.trigger, offset, offset + len(item.trigger)),
                event=item.event,
                cameo="190" if item.event == "ASSAULT" else "010",
                quad_class=4 if item.event == "ASSAULT" else 1,
                goldstein=-10.0 if item.event == "ASSAULT" else 0.0,
                actor=ActorRef(item.actor, country=item.actor) if item.actor else None,
                recipient=(
                    ActorRef(item.recipient, country=item.recipient) if item.recipient else None
                ),
                factuality=Factuality(item.status, item.score, None),
                attribution=Attribution(
                    Speaker(item.speaker) if item.speaker else None, item.cue, item.anonymous
                ),
            )
        )
    document = Document(id=doc_id, text=text.strip(), date=date.fromisoformat(day))
    return CodedDocument(document, tuple(sentences), tuple(events))
