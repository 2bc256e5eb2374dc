"""Quarantined records (``failures``) and what ingest changed in a document's text.

Revision ID: 0007_failures
Revises: 0006_read_paths
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_failures"
down_revision = "0006_read_paths"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("stage", sa.String(8), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("doc_id", sa.String(80)),
        sa.Column("code", sa.String(8)),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("record", sa.Text),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("status", sa.String(10), nullable=False, index=True),
        sa.Column("first_failed_at", sa.DateTime, nullable=False),
        sa.Column("last_failed_at", sa.DateTime, nullable=False),
        sa.Column("resolved_at", sa.DateTime),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("sanitised", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("sanitised")
    op.drop_table("failures")
