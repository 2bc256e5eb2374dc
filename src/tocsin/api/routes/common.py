"""Helpers every router uses: the app state, 404s and JSON shapes of stored records."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import HTTPException, Request, status

from tocsin.api.state import AppState
from tocsin.models import Document

MAX_LIMIT = 1000  # rows per page
MAX_OFFSET = 100_000  # rows skipped at most: deeper pages need narrower filters
MAX_COUNT = 1_000_000  # largest count a filter may ask for (min_sources, …)


def app_state(request: Request) -> AppState:
    """FastAPI dependency: the :class:`AppState` of the running app."""
    return request.app.state.tocsin


def check_range(since: date | None, until: date | None) -> None:
    """422 when ``since`` comes after ``until``."""
    if since is not None and until is not None and since > until:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, f"since ({since}) is after until ({until})"
        )


def not_found(kind: str, key: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"no {kind} with id {key!r}")


def document_dict(document: Document, *, with_text: bool = False) -> dict[str, Any]:
    """A stored document as JSON (the text only when asked)."""
    data: dict[str, Any] = {
        "id": document.id,
        "title": document.title,
        "date": document.date.isoformat() if document.date else None,
        "date_inferred": document.date_inferred,
        "url": document.url,
        "source": document.source,
        "origin": document.origin,
        "language": document.language,
        "dateline": (
            {"place": document.dateline.place, "agencies": list(document.dateline.agencies)}
            if document.dateline
            else None
        ),
        "sanitised": list(document.sanitised),
    }
    if with_text:
        data["text"] = document.text
    return data
