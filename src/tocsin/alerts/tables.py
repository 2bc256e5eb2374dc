"""ORM tables of alerts and the evidence behind them (migrations ``0003_incidents``,
``0005_alert_delivery``, ``0009_alert_levels`` and ``0013_alert_detected``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.alerts.model import LEVELS
from tocsin.store.schema import Base

DETECTED = {level: f"detected_{level}" for level in LEVELS}
"""The column holding the last day each level was detected."""


class AlertRow(Base):
    """One alert; ``first_seen`` is the day it first fired, ``last_seen`` the latest; ``scope``
    its level of dyad (pair, family, dyad) and ``unit`` the dyad at that level;
    ``detected_<level>`` the last day a detection of that level or above repeated it (empty: not
    recorded, for a level reached before the record was kept)."""

    __tablename__ = "alerts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), index=True)
    level: Mapped[str] = mapped_column(String(10), index=True)
    actor: Mapped[str] = mapped_column(String(20), index=True)
    recipient: Mapped[str] = mapped_column(String(20), index=True)
    window_start: Mapped[date] = mapped_column(Date)
    window_end: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    first_seen: Mapped[date] = mapped_column(Date, index=True)
    last_seen: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    # webhook delivery: failed attempts so far, when the next may be made, the last error
    delivery_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_delivery_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivery_error: Mapped[str | None] = mapped_column(String(300))
    scope: Mapped[str] = mapped_column(String(8), index=True, default="dyad")
    unit: Mapped[str | None] = mapped_column(String(80))
    label: Mapped[str | None] = mapped_column(String(200))
    probability: Mapped[float | None] = mapped_column(Float)
    detected_info: Mapped[date | None] = mapped_column(Date)
    detected_warning: Mapped[date | None] = mapped_column(Date)
    detected_critical: Mapped[date | None] = mapped_column(Date)

    def detected(self) -> dict[str, date]:
        """Level → the last day a detection of that level or above repeated the alert, for the
        levels recorded."""
        found = {level: getattr(self, DETECTED[level]) for level in LEVELS}
        return {level: day for level, day in found.items() if day is not None}

    def mark_detected(self, days: dict[str, date]) -> None:
        """Record detections (level → day); a level keeps its latest day."""
        for level, day in days.items():
            known = getattr(self, DETECTED[level])
            setattr(self, DETECTED[level], day if known is None else max(known, day))


class AlertEvidenceRow(Base):
    """One incident (and event record) cited by an alert."""

    __tablename__ = "alert_evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("alerts.id", ondelete="CASCADE"), index=True
    )
    incident_id: Mapped[str] = mapped_column(String(40), index=True)
    event_id: Mapped[str | None] = mapped_column(String(40))
    doc_id: Mapped[str | None] = mapped_column(String(80))
    sentence: Mapped[str | None] = mapped_column(Text)
