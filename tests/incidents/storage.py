"""Write documents and constructed events into the store's tables (for store tests)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import insert
from sqlalchemy.orm import Session

from incidents.factories import make_event
from tocsin.incidents.store_reports import _tables


def add(
    session: Session, doc: str, source: str, day: str, text: str, specs: list[dict]
) -> list[str]:
    """Store a document and its events; returns the event ids."""
    events, documents = _tables()
    session.execute(
        insert(documents).values(id=doc, source=source, date=date.fromisoformat(day), text=text)
    )
    ids = []
    for i, spec in enumerate(specs):
        event = make_event({"doc": doc, "date": day, "sentence": i, **spec}, i)
        session.execute(
            insert(events).values(id=event.id, doc_id=doc, record=json.dumps(event.to_dict()))
        )
        ids.append(event.id)
    session.flush()
    return ids
