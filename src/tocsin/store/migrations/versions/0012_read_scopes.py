"""Versions per group of tables and per key (``store_scopes``), and indexes the actor counts
read alone.

Revision ID: 0012_read_scopes
Revises: 0011_alert_scan

Cached reads keep the versions of the scopes they read (see ``tocsin.store.version``), so a
write about one country no longer empties the answers about the others. The counts of
``/api/actors`` are read from two covering indexes instead of the whole events table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_read_scopes"
down_revision = "0011_alert_scan"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_events_actor_codes", "events", ["actor_country", "actor_code"]),
    ("ix_events_recipient_codes", "events", ["recipient_country", "recipient_code"]),
)


def upgrade() -> None:
    op.create_table(
        "store_scopes",
        sa.Column("scope", sa.String(100), primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_table("store_scopes")
