"""ORM tables of incidents and their mention links (migration ``0003_incidents``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.schema import Base


class IncidentRow(Base):
    """One real-world incident: the merged view of its mentions."""

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event: Mapped[str] = mapped_column(String(20), index=True)
    cameo: Mapped[str] = mapped_column(String(8))
    quad_class: Mapped[int] = mapped_column(Integer)
    goldstein: Mapped[float] = mapped_column(Float)
    actor_key: Mapped[str | None] = mapped_column(String(20), index=True)
    actor_sector: Mapped[str | None] = mapped_column(String(20))
    recipient_key: Mapped[str | None] = mapped_column(String(20), index=True)
    recipient_sector: Mapped[str | None] = mapped_column(String(20))
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(12))
    place: Mapped[str | None] = mapped_column(String(200))
    place_country: Mapped[str | None] = mapped_column(String(8))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16))
    contested: Mapped[bool] = mapped_column(Boolean, default=False)
    happened_weight: Mapped[float] = mapped_column(Float)
    risk_weight: Mapped[float] = mapped_column(Float)
    killed: Mapped[int | None] = mapped_column(Integer)
    n_mentions: Mapped[int] = mapped_column(Integer)
    n_documents: Mapped[int] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


Index(
    "ix_incidents_dyad_day",
    IncidentRow.actor_key,
    IncidentRow.recipient_key,
    IncidentRow.date_start,
)
Index("ix_incidents_recipient_day", IncidentRow.recipient_key, IncidentRow.date_start)
Index("ix_incidents_actor_day", IncidentRow.actor_key, IncidentRow.date_start)


class IncidentMentionRow(Base):
    """A link from an event record to its incident, with the reason for the merge.

    Links are never rewritten: a split or an undo marks the old link inactive
    (``superseded_at``) and adds a new one, so every decision can be traced and reversed.
    """

    __tablename__ = "incident_mentions"
    __table_args__ = (Index("ix_incident_mentions_event_active", "event_id", "active"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[str] = mapped_column(String(40))
    doc_id: Mapped[str] = mapped_column(String(80))
    source: Mapped[str | None] = mapped_column(String(200))
    copy_group: Mapped[str | None] = mapped_column(String(80))
    rule: Mapped[str] = mapped_column(String(16))  # anchor, merge, split, unsplit
    reason: Mapped[str] = mapped_column(Text)  # JSON: keys matched, date gap, place match
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)
