"""The day alerts were last detected over the whole store (``alert_scan``).

Revision ID: 0011_alert_scan
Revises: 0010_feed_backoff

Empty after the upgrade: the next analysis detects over the whole store and records its day.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_alert_scan"
down_revision = "0010_feed_backoff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_scan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("day", sa.Date),
    )


def downgrade() -> None:
    op.drop_table("alert_scan")
