"""The analysis step's own progress (``analysis_queue``) and who holds a run lock (``run_locks``).

Revision ID: 0008_analysis_queue
Revises: 0007_failures

Events stored before this revision that never reached an incident (a run killed between
coding and analysis) are queued, so the next analysis brings them in.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008_analysis_queue"
down_revision = "0007_failures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analysis_queue",
        sa.Column(
            "event_id",
            sa.String(40),
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("queued_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "run_locks",
        sa.Column("name", sa.String(80), primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("since", sa.DateTime, nullable=False),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.get_bind().execute(
        sa.text(
            "INSERT INTO analysis_queue (event_id, queued_at) "
            "SELECT e.id, :now FROM events e WHERE NOT EXISTS ("
            "SELECT 1 FROM incident_mentions m WHERE m.event_id = e.id AND m.active)"
        ),
        {"now": now},
    )


def downgrade() -> None:
    op.drop_table("run_locks")
    op.drop_table("analysis_queue")
