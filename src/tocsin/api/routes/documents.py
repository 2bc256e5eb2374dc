"""``/api/documents``: list, read, and post a document (or a URL) to be coded."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from pydantic import BaseModel, Field, field_validator, model_validator

from tocsin.api.auth import require_token
from tocsin.api.coding import code_documents, document_from_fields
from tocsin.api.routes.common import (
    MAX_LIMIT,
    MAX_OFFSET,
    app_state,
    document_dict,
    not_found,
)
from tocsin.api.state import AppState
from tocsin.errors import FetchError, InputError, UnsafeURLError
from tocsin.ingest.records import in_range

router = APIRouter(prefix="/api/documents", tags=["documents"])
State = Annotated[AppState, Depends(app_state)]


class DocumentIn(BaseModel):
    """A document to code: its ``text``, or a ``url`` to fetch it from."""

    text: str | None = Field(None, description="Article text (plain).")
    url: str | None = Field(None, description="Fetch and code this page when no text is given.")
    date: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    title: str | None = None
    source: str | None = None

    @field_validator("date")
    @classmethod
    def plausible_date(cls, value: dt.date | None) -> dt.date | None:
        return None if value is None else in_range(value)

    @model_validator(mode="after")
    def text_or_url(self) -> DocumentIn:
        if not (self.text and self.text.strip()) and not (self.url and self.url.strip()):
            raise ValueError("give the article's 'text' or a 'url' to fetch")
        return self


@router.get("")
def list_documents(
    state: State,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Stored documents, oldest ingested first."""
    store = state.store
    page = store.documents(limit=limit, offset=offset, with_text=False)
    return {"total": store.count_documents(), "documents": [document_dict(d) for d in page]}


@router.get("/{doc_id:path}")
def get_document(state: State, doc_id: str) -> dict[str, Any]:
    """One document with its text, sentences and number of events."""
    store = state.store
    document = store.document(doc_id)
    if document is None:
        raise not_found("document", doc_id)
    data = document_dict(document, with_text=True)
    data["sentences"] = [s.__dict__ for s in store.sentences(doc_id)]
    data["events"] = store.count_events(doc_id=doc_id)
    data["duplicate_of"] = store.duplicate_of(doc_id)
    return data


@router.post("", dependencies=[Depends(require_token)], status_code=status.HTTP_201_CREATED)
def post_document(state: State, body: DocumentIn, response: Response) -> dict[str, Any]:
    """Code a document (or the page at ``url``) now; store it, update incidents and alerts.

    Answers 201 when the document is new, 200 when it was already stored (nothing is added).
    """
    try:
        document = (
            document_from_fields(
                body.text or "",
                date=body.date,
                title=body.title,
                url=body.url,
                source=body.source,
                repair=state.settings.bad_text == "repair",
            )
            if body.text and body.text.strip()
            else _fetch(state, body)
        )
    except UnsafeURLError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    except FetchError as exc:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, str(exc)) from exc
    except InputError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    if len(document.text) > state.settings.max_document_chars:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"{len(document.text):,} characters is more than the limit of "
            f"{state.settings.max_document_chars:,} (max_document_chars)",
        )
    result = code_documents(
        state.pipeline,
        state.store,
        [document],
        state.settings,
        parse_lock=state.parsing_lock,
        write_lock=state.coding_lock,
        write=state.write,
    )
    if result.failed:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, result.failed[0][1])
    new = document.id in result.new
    if not new:
        response.status_code = status.HTTP_200_OK
    events = result.events if new else state.store.events(doc_id=document.id, limit=MAX_LIMIT)
    return {
        "id": document.id,
        "new": new,
        "url": f"/documents/{quote(document.id, safe='/')}",
        "events": [e.to_dict() for e in events],
        "incidents": result.incidents,
        "alerts": result.alerts,
    }


def _fetch(state: AppState, body: DocumentIn) -> Any:
    """The document at ``body.url``, with the posted fields layered over what the page says."""
    from dataclasses import replace

    from tocsin.ingest.urls import UrlReader

    problems: list[Any] = []
    reader = UrlReader.from_settings(state.settings)
    try:
        document = next(reader.read(str(body.url), problems.append))
    finally:
        reader.close()
    from tocsin.ingest.sanitise import clean_document

    fetched = replace(
        document,
        date=body.date or document.date,
        title=body.title or document.title,
        source=body.source or document.source,
    )
    return clean_document(fetched, repair=state.settings.bad_text == "repair")
