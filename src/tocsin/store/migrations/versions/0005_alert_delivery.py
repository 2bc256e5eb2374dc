"""Webhook delivery of alerts: attempts so far, when to try again, and the last error.

Revision ID: 0005_alert_delivery
Revises: 0004_feeds
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_alert_delivery"
down_revision = "0004_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(
            sa.Column("delivery_attempts", sa.Integer, nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("next_delivery_at", sa.DateTime))
        batch.add_column(sa.Column("delivery_error", sa.String(300)))


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("delivery_error")
        batch.drop_column("next_delivery_at")
        batch.drop_column("delivery_attempts")
