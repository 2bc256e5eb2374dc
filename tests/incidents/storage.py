"""A temporary store filled with documents and constructed events (for store tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incidents.factories import make_event
from tocsin.models import Document, Event, Sentence
from tocsin.store import Store


@dataclass(frozen=True)
class Coded:
    """The shape of a coded document the store saves (as ``tocsin.pipeline.CodedDocument``)."""

    document: Document
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]


def add(store: Store, doc: str, source: str, day: str, text: str, specs: list[dict]) -> list[str]:
    """Save a document and its events; returns the event ids."""
    document = Document(id=doc, text=text, date=date.fromisoformat(day), source=source)
    events = tuple(
        make_event({"doc": doc, "date": day, "sentence": i, **spec}, i)
        for i, spec in enumerate(specs)
    )
    store.save_many([Coded(document, (Sentence(0, text, 0, len(text)),), events)])
    return [e.id for e in events]
