"""Code documents into the store and bring incidents and alerts up to date.

The API's ``POST /api/documents``, the paste box of the dashboard and ``tocsin demo`` all call
:func:`code_documents`; it only chains the library functions of each stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from tocsin.errors import InputError
from tocsin.isolate import code_isolated
from tocsin.models import Document, Event
from tocsin.settings import Settings


@dataclass
class CodingResult:
    """What coding a batch did: documents new or already stored, events, incidents touched."""

    new: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc id, message)
    events: list[Event] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    alerts: int = 0


@dataclass
class Saved:
    """What saving and analysing coded documents did (sent back by a write process)."""

    new: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    alerts: int = 0


Write = Callable[[list[Any]], Saved]


def save_and_analyse(store: Any, coded: Sequence[Any], settings: Settings) -> Saved:
    """Save the coded documents not stored meanwhile, then update incidents, claims, alerts."""
    from tocsin.analysis import analyse_stored
    from tocsin.incidents.store_reports import save_coded

    saved = Saved()
    stored = store.known_ids(item.document.id for item in coded)  # saved meanwhile
    saved.known = [item.document.id for item in coded if item.document.id in stored]
    coded = [item for item in coded if item.document.id not in stored]
    if not coded:
        return saved
    event_ids = save_coded(store, coded)
    saved.new = [item.document.id for item in coded]
    saved.events = [event for item in coded for event in item.events]
    analysis = analyse_stored(store, event_ids, settings)
    saved.incidents, saved.alerts = analysis.incidents, analysis.alerts
    return saved


def code_documents(
    pipeline: Any,
    store: Any,
    documents: Sequence[Document],
    settings: Settings,
    *,
    parse_lock: AbstractContextManager[Any] | None = None,
    write_lock: AbstractContextManager[Any] | None = None,
    write: Write | None = None,
) -> CodingResult:
    """Code the documents not yet stored, save them, then update incidents and alerts.

    Documents already in the store are skipped, so coding the same batch twice adds nothing.
    Coding (parse and rules, the slow part, bounded by ``document_seconds``) runs under
    ``parse_lock`` and only saving and analysis under ``write_lock``, so a long document never
    holds up other writers while it is parsed. ``write`` saves and analyses the coded documents
    (by default :func:`save_and_analyse` here; the API may hand them to a write process).
    """
    result = CodingResult()
    with parse_lock or nullcontext():
        coded = _code_fresh(pipeline, store, documents, result)
    if not coded:
        return result
    with write_lock or nullcontext():
        saved = (write or (lambda items: save_and_analyse(store, items, settings)))(coded)
    result.known += saved.known
    result.new, result.events = saved.new, saved.events
    result.incidents, result.alerts = saved.incidents, saved.alerts
    return result


def _code_fresh(
    pipeline: Any, store: Any, documents: Sequence[Document], result: CodingResult
) -> list[Any]:
    """The coded documents of those not yet stored; the others go to ``result``."""
    known = store.known_ids(d.id for d in documents)
    fresh: dict[str, Document] = {}
    for document in documents:
        if document.id in known or document.id in fresh:
            result.known.append(document.id)
        else:
            fresh[document.id] = document
    coded = []
    for item in code_isolated(pipeline, list(fresh.values())):
        if hasattr(item, "error"):
            result.failed.append((item.document.id, str(item.error)))
        else:
            coded.append(item)
    return coded


def document_from_fields(
    text: str,
    *,
    date: Any = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    origin: str = "api",
    repair: bool = False,
) -> Document:
    """A document with a content-hash id from posted fields, its text made storable.

    Raises :class:`~tocsin.errors.BadTextError` for NUL bytes or lone surrogates in the text
    unless ``repair`` (see :mod:`tocsin.ingest.sanitise`).
    """
    from tocsin.ingest.sanitise import clean_document, clean_text

    cleaned = clean_text(text, repair=repair)
    text = cleaned.text.strip()
    if not text:
        raise InputError("the document has no text")
    document = Document(
        id=Document.make_id(text),
        text=text,
        date=date,
        title=title,
        url=url,
        source=source,
        origin=origin,
        sanitised=cleaned.changes,
    )
    return clean_document(document, repair=repair)
