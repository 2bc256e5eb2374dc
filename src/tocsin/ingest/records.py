"""Archive records (one JSONL line or CSV row) to :class:`Document`.

A record holds the text under ``text`` (or ``body``/``content``) and optionally ``id``,
``date`` (``YYYY-MM-DD`` or an ISO datetime), ``title``, ``url`` and ``source``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from tocsin.errors import EmptyInputError, InvalidRecordError
from tocsin.ingest.sanitise import clean_document, clean_text
from tocsin.models import Document

TEXT_KEYS = ("text", "body", "content")
OPTIONAL_KEYS = ("title", "url", "source")


@dataclass(frozen=True)
class Built:
    """A document built from a record and the warnings met on the way."""

    document: Document
    warnings: tuple[str, ...] = ()


FIRST_DAY = date(1800, 1, 1)  # publication dates outside these are a damaged field
LAST_DAY = date(2199, 12, 31)


def in_range(day: date) -> date:
    """``day`` when it is a plausible publication date; ``ValueError`` otherwise."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{day.isoformat()} is outside {FIRST_DAY.year}–{LAST_DAY.year}")
    return day


def parse_date(value: Any) -> date | None:
    """A publication date from ``YYYY-MM-DD`` or an ISO datetime between 1800 and 2199;
    ``ValueError`` otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, not {type(value).__name__}")
    raw = value.strip()
    try:
        return in_range(date.fromisoformat(raw))
    except ValueError as exc:
        if "outside" in str(exc):
            raise
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    return in_range(datetime.fromisoformat(raw).date())


def _text_of(record: Mapping[str, Any]) -> str:
    for key in TEXT_KEYS:
        if key in record and record[key] is not None:
            value = record[key]
            if not isinstance(value, str):
                raise InvalidRecordError(f"field {key!r} must be a string")
            return value
    raise InvalidRecordError(f"no text field (one of {', '.join(TEXT_KEYS)})")


def _optional_str(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def build_document(record: Mapping[str, Any], origin: str, *, repair: bool = False) -> Built:
    """A document from one record; raises :class:`InputError` subclasses for unusable ones.

    The text is cleaned first (:mod:`tocsin.ingest.sanitise`): control characters removed,
    NUL bytes and lone surrogates refused (:class:`BadTextError`) unless ``repair``.
    """
    cleaned = clean_text(_text_of(record), repair=repair)
    text = cleaned.text
    if not text.strip():
        raise EmptyInputError("empty text")
    warnings: list[str] = []
    doc_id = _optional_str(record, "id") or Document.make_id(text)
    try:
        published = parse_date(record.get("date"))
    except ValueError as exc:
        warnings.append(f"date {record.get('date')!r} ignored: {exc}")
        published = None
    extra = {key: _optional_str(record, key) for key in OPTIONAL_KEYS}
    document = Document(id=doc_id, text=text, date=published, origin=origin, **extra)
    document = clean_document(replace(document, sanitised=cleaned.changes), repair=repair)
    warnings += [f"sanitised: {change}" for change in document.sanitised]
    return Built(document, tuple(warnings))
