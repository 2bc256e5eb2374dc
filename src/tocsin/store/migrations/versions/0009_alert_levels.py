"""Alerts name their level of dyad (pair, family, dyad), the dyad in words and, for forecast
alerts, the probability that raised them.

Revision ID: 0009_alert_levels
Revises: 0008_analysis_queue
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_alert_levels"
down_revision = "0008_analysis_queue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("scope", sa.String(8), nullable=False, server_default="dyad"))
        batch.add_column(sa.Column("unit", sa.String(80)))
        batch.add_column(sa.Column("label", sa.String(200)))
        batch.add_column(sa.Column("probability", sa.Float))
        batch.create_index("ix_alerts_scope", ["scope"])


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_index("ix_alerts_scope")
        batch.drop_column("probability")
        batch.drop_column("label")
        batch.drop_column("unit")
        batch.drop_column("scope")
