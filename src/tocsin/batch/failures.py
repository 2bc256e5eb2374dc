"""Quarantine: records that failed (to be read, coded or stored), kept with their error.

A failed record never stops a batch: it is written to the ``failures`` table with the stage
that failed (``read``, ``code``, ``store``), the error code and message, and the record itself
(the raw line of an archive, or the document as JSON), so ``tocsin failures`` can list it and
retry it. The same record failing again (a batch run again) updates its row (``attempts``);
a retry that succeeds marks it ``resolved``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.errors import TocsinError
from tocsin.models import Dateline, Document
from tocsin.store.schema import Base

READ, CODE, STORE = "read", "code", "store"
FAILED, RESOLVED = "failed", "resolved"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class FailureRow(Base):
    """One quarantined record (migration ``0007_failures``)."""

    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # hash of origin and record
    stage: Mapped[str] = mapped_column(String(8))
    origin: Mapped[str] = mapped_column(Text)
    doc_id: Mapped[str | None] = mapped_column(String(80))
    code: Mapped[str | None] = mapped_column(String(8))
    error: Mapped[str] = mapped_column(Text)
    record: Mapped[str | None] = mapped_column(Text)  # raw line, or the document as JSON
    kind: Mapped[str] = mapped_column(String(8))  # "line" or "document"
    attempts: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), index=True)
    first_failed_at: Mapped[datetime] = mapped_column(DateTime)
    last_failed_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


def storable(value: str) -> str:
    """``value`` for display, NUL bytes and lone surrogates written as escapes."""
    return value.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")


def document_json(document: Document) -> str:
    """A document as ASCII JSON (NUL bytes and lone surrogates survive as escapes)."""
    data = asdict(document)
    data["date"] = document.date.isoformat() if document.date else None
    return json.dumps(data, ensure_ascii=True, sort_keys=True)


def document_from_json(text: str) -> Document:
    """The document :func:`document_json` wrote."""
    data = json.loads(text)
    data["date"] = date.fromisoformat(data["date"]) if data.get("date") else None
    dateline = data.get("dateline")
    data["dateline"] = (
        Dateline(dateline["place"], tuple(dateline.get("agencies") or ())) if dateline else None
    )
    data["sanitised"] = tuple(data.get("sanitised") or ())
    known = Document.__dataclass_fields__
    return Document(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Failure:
    """A failed record, before it is stored."""

    stage: str
    origin: str
    error: str
    code: str | None = None
    doc_id: str | None = None
    record: str | None = None  # ASCII JSON: a string (a raw line) or an object (a document)
    kind: str = "line"

    @classmethod
    def of_document(cls, stage: str, document: Document, error: BaseException) -> Failure:
        code = getattr(error, "code", None)
        origin = document.origin or document.id
        message = Exception.__str__(error) or type(error).__name__
        message = message.removeprefix(f"{origin}: ")
        if not isinstance(error, TocsinError):
            message = f"{type(error).__name__}: {message}"
        return cls(
            stage=stage,
            origin=origin,
            error=message,
            code=code,
            doc_id=document.id,
            record=document_json(document),
            kind="document",
        )

    @property
    def key(self) -> str:
        basis = f"{self.origin}\n{self.record or self.doc_id or ''}"
        return hashlib.sha256(basis.encode("utf-8", "backslashreplace")).hexdigest()


class FailureLog:
    """Writes and reads the ``failures`` table of a store."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def record(self, failures: Iterable[Failure]) -> int:
        """Quarantine the failures (one row per record); returns how many were given."""
        count = 0
        now = _now()
        with self.store.session() as session:
            for failure in failures:
                count += 1
                row = session.scalars(
                    select(FailureRow).where(FailureRow.key == failure.key)
                ).first()
                if row is None:
                    row = FailureRow(key=failure.key, attempts=0, first_failed_at=now)
                    session.add(row)
                row.stage = failure.stage
                row.origin = storable(failure.origin)
                row.doc_id = storable(failure.doc_id)[:80] if failure.doc_id else None
                row.code = failure.code
                row.error = storable(failure.error)
                row.record = failure.record
                row.kind = failure.kind
                row.attempts += 1
                row.status = FAILED
                row.last_failed_at = now
                row.resolved_at = None
                session.flush()
        return count

    def list(
        self, *, status: str | None = FAILED, limit: int = 1000, ids: Iterable[int] | None = None
    ) -> list[FailureRow]:
        """Quarantined records, oldest first (``status=None`` lists resolved ones too)."""
        query = select(FailureRow).order_by(FailureRow.id).limit(limit)
        if status is not None:
            query = query.where(FailureRow.status == status)
        if ids is not None:
            query = query.where(FailureRow.id.in_(list(ids)))
        with self.store.session() as session:
            return list(session.scalars(query))

    def update(self, failure_id: int, failure: Failure) -> None:
        """Record that a quarantined record failed again (at ``failure.stage``)."""
        with self.store.session() as session:
            row = session.get(FailureRow, failure_id)
            if row is None:
                return
            row.stage, row.code, row.error = failure.stage, failure.code, storable(failure.error)
            row.attempts += 1
            row.status = FAILED
            row.last_failed_at = _now()

    def resolve(self, failure_id: int) -> None:
        """Mark a quarantined record as handled (its retry succeeded)."""
        with self.store.session() as session:
            row = session.get(FailureRow, failure_id)
            if row is not None:
                row.status = RESOLVED
                row.resolved_at = _now()

    def count(self) -> int:
        """How many records are quarantined and not resolved."""
        from sqlalchemy import func

        with self.store.session() as session:
            query = select(func.count()).select_from(FailureRow).where(FailureRow.status == FAILED)
            return int(session.scalar(query) or 0)
