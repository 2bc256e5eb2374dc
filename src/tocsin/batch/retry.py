"""Retry quarantined records: read, code and store each again; resolve those that now pass.

A record read from an archive is parsed again from its raw line; a document that failed later
is rebuilt from the JSON kept with it. With ``repair`` NUL bytes are removed and lone
surrogates replaced (the change recorded on the document) instead of refusing the record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tocsin.batch.failures import (
    CODE,
    READ,
    STORE,
    Failure,
    FailureLog,
    FailureRow,
    document_from_json,
)
from tocsin.errors import InputError, InvalidRecordError
from tocsin.ingest.records import build_document
from tocsin.ingest.sanitise import clean_document
from tocsin.isolate import code_isolated
from tocsin.models import Document


@dataclass
class RetryResult:
    """What a retry did."""

    resolved: list[int] = field(default_factory=list)  # failure ids now stored
    failed: list[int] = field(default_factory=list)  # failure ids that failed again
    event_ids: list[str] = field(default_factory=list)  # events stored by the retry


def rebuild(row: FailureRow, *, repair: bool) -> Document:
    """The document of a quarantined record; raises :class:`InputError` when it still fails."""
    if row.record is None:
        raise InvalidRecordError("the record was not kept; fix the input and run the batch again")
    if row.kind == "document":
        return clean_document(document_from_json(row.record), repair=repair)
    line = json.loads(row.record)
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidRecordError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise InvalidRecordError(f"expected a JSON object, got {type(data).__name__}")
    return build_document(data, row.origin, repair=repair).document


def retry(
    store: Any,
    pipeline: Any,
    *,
    ids: Iterable[int] | None = None,
    repair: bool = False,
    notify: Callable[[str], None] | None = None,
) -> RetryResult:
    """Try every unresolved quarantined record (or those of ``ids``) again."""
    say = notify or (lambda _message: None)
    log = FailureLog(store)
    result = RetryResult()
    for row in log.list(ids=ids):
        failure = _attempt(store, pipeline, row, repair, result)
        if failure is None:
            log.resolve(row.id)
            result.resolved.append(row.id)
            say(f"resolved #{row.id}: {row.origin}")
        else:
            log.update(row.id, failure)
            result.failed.append(row.id)
            code = f"[{failure.code}] " if failure.code else ""
            say(f"still failing #{row.id}: {row.origin}: {code}{failure.error}")
    return result


def _attempt(
    store: Any, pipeline: Any, row: FailureRow, repair: bool, result: RetryResult
) -> Failure | None:
    try:
        document = rebuild(row, repair=repair)
    except InputError as exc:
        message = Exception.__str__(exc).removeprefix(f"{row.origin}: ")
        return Failure(READ, row.origin, message, exc.code, row.doc_id, row.record, row.kind)
    if store.has_document(document.id):
        return None  # stored since (the input was fixed and the batch run again)
    (coded,) = code_isolated(pipeline, [document])
    if hasattr(coded, "error"):
        return Failure.of_document(CODE, document, coded.error)
    refused: list[Failure] = []
    store.save_many(
        [coded],
        on_failure=lambda item, error: refused.append(
            Failure.of_document(STORE, item.document, error)
        ),
    )
    if refused:
        return refused[0]
    result.event_ids += [event.id for event in coded.events]
    return None
