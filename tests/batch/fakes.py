"""A stand-in coder (no spaCy) that codes one event per document, and test documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from tocsin.errors import EmptyInputError
from tocsin.models import ActorRef, Document, Event, Sentence, Trigger
from tocsin.pipeline import CodedDocument, CodingFailure
from tocsin.settings import Settings


class CountingCoder:
    """Codes each document into one REQUEST event; refuses texts that start with ``EMPTY``."""

    def __init__(self) -> None:
        self.coded: list[str] = []

    def code_many(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[CodedDocument | CodingFailure]:
        for document in documents:
            if document.text.startswith("EMPTY"):
                error = EmptyInputError(f"{document.origin}: no text after cleaning")
                yield CodingFailure(document, error)
                continue
            self.coded.append(document.id)
            sentence = Sentence(0, document.text, 0, len(document.text))
            event = Event(
                id=Event.make_id(document.id, 0, 0),
                doc_id=document.id,
                sentence_index=0,
                sentence=document.text,
                trigger=Trigger("asked", 0, 5),
                event="REQUEST",
                cameo="020",
                quad_class=1,
                goldstein=3.0,
                actor=ActorRef("Armenia", "Armenia", "ARM", "ARM"),
            )
            yield CodedDocument(document, (sentence,), (event,))


WORDS = (
    "ministers envoys delegates monitors observers officials negotiators mediators convoys",
    "patrols brigades battalions refugees villagers farmers students",
)
WORDS = tuple(" ".join(WORDS).split(" "))


def article(number: int, day: date | None = None) -> Document:
    """A distinct document; long ones (number ≥ 1000) are fingerprinted for near-copies."""
    words = " ".join(WORDS[(number * 7 + i) % len(WORDS)] for i in range(6))
    text = f"Armenia asked Russia for help, report {number} said about {words}."
    return Document(id=Document.make_id(text), text=text, date=day, origin=f"doc{number}.txt")


def fake_loader(settings: Settings) -> CountingCoder:
    """Worker pipelines for engine tests: the stand-in coder (no spaCy in the workers)."""
    return CountingCoder()
