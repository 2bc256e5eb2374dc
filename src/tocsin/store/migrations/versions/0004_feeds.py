"""Feed watcher state: cache validators per feed and the entries already handed on.

Revision ID: 0004_feeds
Revises: 0003_incidents

Databases where an earlier ``tocsin watch`` created these tables itself are left as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_feeds"
down_revision = "0003_incidents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "feed_state" not in existing:
        op.create_table(
            "feed_state",
            sa.Column("feed_url", sa.String(2048), primary_key=True),
            sa.Column("etag", sa.String(512)),
            sa.Column("last_modified", sa.String(128)),
            sa.Column("polled_at", sa.DateTime),
        )
    if "feed_entries" not in existing:
        op.create_table(
            "feed_entries",
            sa.Column("feed_url", sa.String(2048), primary_key=True),
            sa.Column("entry_key", sa.String(2048), primary_key=True),
            sa.Column("seen_at", sa.DateTime, nullable=False),
        )
        op.create_index("ix_feed_entries_seen_at", "feed_entries", ["seen_at"])


def downgrade() -> None:
    op.drop_index("ix_feed_entries_seen_at", table_name="feed_entries")
    op.drop_table("feed_entries")
    op.drop_table("feed_state")
