"""Alerts keep the last day a detection of each level (or above) repeated them.

Revision ID: 0013_alert_detected
Revises: 0012_read_scopes

A warning repeated only by infos stops being detected as a warning on the last day a warning
repeated it (``detected_warning``). Alerts stored before this revision are known to have been
detected, at some level, on the last day they were seen: that day fills ``detected_info``; their
higher levels stay empty (not recorded) until a detection at that level repeats them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_alert_detected"
down_revision = "0012_read_scopes"
branch_labels = None
depends_on = None

COLUMNS = ("detected_info", "detected_warning", "detected_critical")


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Date))
    op.get_bind().execute(sa.text("UPDATE alerts SET detected_info = last_seen"))


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
