"""Claims (what a source says happened) and the links between them.

Revision ID: 0002_claims
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_claims"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(40), nullable=True, index=True),
        sa.Column("doc_id", sa.String(80), nullable=False, index=True),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("event", sa.String(20), nullable=True),
        sa.Column("cameo", sa.String(8), nullable=True),
        sa.Column("trigger", sa.String(200), nullable=True),
        sa.Column("actor_country", sa.String(8), nullable=True, index=True),
        sa.Column("recipient_country", sa.String(8), nullable=True, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("speaker", sa.String(300), nullable=True),
        sa.Column("speaker_country", sa.String(8), nullable=True),
        sa.Column("speaker_sector", sa.String(20), nullable=True),
        sa.Column("attribution_cue", sa.String(80), nullable=True),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("contested", sa.Boolean, nullable=False),
        sa.Column("claim_date", sa.String(10), nullable=True),
    )
    op.create_table(
        "claim_links",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "claim_id",
            sa.String(40),
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "response_id",
            sa.String(40),
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("relation", sa.String(12), nullable=False),
        sa.Column("rule", sa.String(60), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.UniqueConstraint("claim_id", "response_id", "relation", name="uq_claim_links"),
    )


def downgrade() -> None:
    op.drop_table("claim_links")
    op.drop_table("claims")
