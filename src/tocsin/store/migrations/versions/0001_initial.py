"""Documents, sentences, events and batch runs.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

JSON_TYPE = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(200), index=True),
        sa.Column("origin", sa.Text),
        sa.Column("date", sa.Date, index=True),
        sa.Column("date_inferred", sa.Boolean, nullable=False),
        sa.Column("dateline_place", sa.String(200)),
        sa.Column("dateline_agencies", sa.String(400)),
        sa.Column("language", sa.String(12)),
        sa.Column("fingerprint", sa.BigInteger, index=True),
        sa.Column(
            "duplicate_of",
            sa.String(80),
            sa.ForeignKey("documents.id", ondelete="SET NULL"),
            index=True,
        ),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("coded_at", sa.DateTime),
    )
    op.create_table(
        "sentences",
        sa.Column(
            "doc_id",
            sa.String(80),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("index", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column(
            "doc_id",
            sa.String(80),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("event", sa.String(20), nullable=False, index=True),
        sa.Column("cameo", sa.String(8), nullable=False, index=True),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("actor_code", sa.String(40), index=True),
        sa.Column("actor_country", sa.String(8), index=True),
        sa.Column("actor_sector", sa.String(20)),
        sa.Column("recipient_code", sa.String(40), index=True),
        sa.Column("recipient_country", sa.String(8), index=True),
        sa.Column("recipient_sector", sa.String(20)),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("date_value", sa.String(10)),
        sa.Column("date_day", sa.Date, index=True),
        sa.Column("location_country", sa.String(8), index=True),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("record", JSON_TYPE, nullable=False),
    )
    op.create_index("ix_events_dyad", "events", ["actor_country", "recipient_country"])
    op.create_table(
        "batch_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("signature", sa.String(64), nullable=False, index=True),
        sa.Column("inputs", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("duplicates", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("batch_runs")
    op.drop_index("ix_events_dyad", table_name="events")
    op.drop_table("events")
    op.drop_table("sentences")
    op.drop_table("documents")
