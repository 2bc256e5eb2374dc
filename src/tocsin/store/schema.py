"""Declarative tables of the store (migration ``0001_initial``).

Other parts of tocsin declare their own tables on the same :data:`Base` (claims, incidents,
alerts); every table is created by a versioned Alembic migration, never by ``create_all``
in production code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: JSON on SQLite, JSONB on PostgreSQL.
JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    """The declarative base every stored table derives from."""


class DocumentRow(Base):
    """One ingested document (its cleaned text and where it came from)."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date, index=True)
    date_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    dateline_place: Mapped[str | None] = mapped_column(String(200))
    dateline_agencies: Mapped[str | None] = mapped_column(String(400))  # "/"-joined
    language: Mapped[str | None] = mapped_column(String(12))
    fingerprint: Mapped[int | None] = mapped_column(BigInteger, index=True)  # signed 64-bit
    duplicate_of: Mapped[str | None] = mapped_column(
        String(80), ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    coded_at: Mapped[datetime | None] = mapped_column(DateTime)
    sanitised: Mapped[str | None] = mapped_column(Text)  # changes made at ingest, "; "-joined


class SentenceRow(Base):
    """One sentence of a stored document, with its character offsets."""

    __tablename__ = "sentences"

    doc_id: Mapped[str] = mapped_column(
        String(80), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    """One coded event: query columns plus the full record (``Event.to_dict()``)."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    doc_id: Mapped[str] = mapped_column(
        String(80), ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    sentence_index: Mapped[int] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(20), index=True)
    cameo: Mapped[str] = mapped_column(String(8), index=True)
    quad_class: Mapped[int] = mapped_column(Integer)
    goldstein: Mapped[float] = mapped_column(Float)
    actor_code: Mapped[str | None] = mapped_column(String(40), index=True)
    actor_country: Mapped[str | None] = mapped_column(String(8), index=True)
    actor_sector: Mapped[str | None] = mapped_column(String(20))
    recipient_code: Mapped[str | None] = mapped_column(String(40), index=True)
    recipient_country: Mapped[str | None] = mapped_column(String(8), index=True)
    recipient_sector: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16), index=True)
    score: Mapped[float] = mapped_column(Float)
    date_value: Mapped[str | None] = mapped_column(String(10))
    date_day: Mapped[date | None] = mapped_column(Date, index=True)
    location_country: Mapped[str | None] = mapped_column(String(8), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)


Index("ix_events_dyad", EventRow.actor_country, EventRow.recipient_country)
Index("ix_events_actor_codes", EventRow.actor_country, EventRow.actor_code)
Index("ix_events_recipient_codes", EventRow.recipient_country, EventRow.recipient_code)
Index("ix_events_order", EventRow.date_day, EventRow.doc_id, EventRow.sentence_index, EventRow.id)
Index("ix_documents_ingested", DocumentRow.ingested_at, DocumentRow.id)


class AnalysisQueueRow(Base):
    """A stored event not yet merged into incidents, claims and alerts (the analysis step)."""

    __tablename__ = "analysis_queue"

    event_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    queued_at: Mapped[datetime] = mapped_column(DateTime)


class AlertScanRow(Base):
    """One row: the day of the latest incident when a detection last brought every dyad's alerts
    up to date with the incidents (none after incidents were changed outside the analysis)."""

    __tablename__ = "alert_scan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date | None] = mapped_column(Date)


class BatchRunRow(Base):
    """Progress of one resumable batch over an input (its signature identifies it)."""

    __tablename__ = "batch_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    signature: Mapped[str] = mapped_column(String(64), index=True)
    inputs: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)  # documents read and committed
    documents: Mapped[int] = mapped_column(Integer, default=0)  # newly stored
    skipped: Mapped[int] = mapped_column(Integer, default=0)  # already stored
    duplicates: Mapped[int] = mapped_column(Integer, default=0)  # near-duplicates linked
    failed: Mapped[int] = mapped_column(Integer, default=0)
    events: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default="running")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
