"""Feed health: failures in a row, when the feed may be polled again, and the last error.

Revision ID: 0010_feed_backoff
Revises: 0009_alert_levels
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_feed_backoff"
down_revision = "0009_alert_levels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feed_state") as batch:
        batch.add_column(sa.Column("failures", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("retry_after", sa.DateTime))
        batch.add_column(sa.Column("last_error", sa.String(500)))


def downgrade() -> None:
    with op.batch_alter_table("feed_state") as batch:
        batch.drop_column("last_error")
        batch.drop_column("retry_after")
        batch.drop_column("failures")
