"""ORM tables of claims and the links between them (migration ``0002_claims``)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.store.schema import Base


class ClaimRow(Base):
    """What a source says: a sourced event, a denied event, or a denial statement."""

    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[str | None] = mapped_column(String(40), index=True)
    doc_id: Mapped[str] = mapped_column(String(80), index=True)
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12))  # claim, denial, confirmation
    event: Mapped[str | None] = mapped_column(String(20))
    cameo: Mapped[str | None] = mapped_column(String(8))
    trigger: Mapped[str | None] = mapped_column(String(200))
    actor_country: Mapped[str | None] = mapped_column(String(8), index=True)
    recipient_country: Mapped[str | None] = mapped_column(String(8), index=True)
    status: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    speaker: Mapped[str | None] = mapped_column(String(300))
    speaker_country: Mapped[str | None] = mapped_column(String(8))
    speaker_sector: Mapped[str | None] = mapped_column(String(20))
    attribution_cue: Mapped[str | None] = mapped_column(String(80))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    contested: Mapped[bool] = mapped_column(Boolean, default=False)
    claim_date: Mapped[str | None] = mapped_column(String(10))


Index("ix_claims_order", ClaimRow.claim_date, ClaimRow.doc_id, ClaimRow.sentence_index, ClaimRow.id)


class ClaimLinkRow(Base):
    """A response (denial or confirmation) linked to the claim it answers."""

    __tablename__ = "claim_links"
    __table_args__ = (
        UniqueConstraint("claim_id", "response_id", "relation", name="uq_claim_links"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    response_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(String(12))  # denies, confirms
    rule: Mapped[str] = mapped_column(String(60))
    score: Mapped[float] = mapped_column(Float)
