"""Incidents, their mention links, alerts and alert evidence.

Revision ID: 0003_incidents
Revises: 0002_claims
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_incidents"
down_revision = "0002_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("event", sa.String(20), nullable=False, index=True),
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("actor_key", sa.String(20), index=True),
        sa.Column("actor_sector", sa.String(20)),
        sa.Column("recipient_key", sa.String(20), index=True),
        sa.Column("recipient_sector", sa.String(20)),
        sa.Column("date_start", sa.Date, index=True),
        sa.Column("date_end", sa.Date),
        sa.Column("date_precision", sa.String(12)),
        sa.Column("place", sa.String(200)),
        sa.Column("place_country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("contested", sa.Boolean, nullable=False),
        sa.Column("happened_weight", sa.Float, nullable=False),
        sa.Column("risk_weight", sa.Float, nullable=False),
        sa.Column("killed", sa.Integer),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("n_documents", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("pinned", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "incident_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "incident_id",
            sa.String(40),
            sa.ForeignKey("incidents.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("doc_id", sa.String(80), nullable=False),
        sa.Column("source", sa.String(200)),
        sa.Column("copy_group", sa.String(80)),
        sa.Column("rule", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("superseded_at", sa.DateTime),
    )
    op.create_index(
        "ix_incident_mentions_event_active", "incident_mentions", ["event_id", "active"]
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False, index=True),
        sa.Column("level", sa.String(10), nullable=False, index=True),
        sa.Column("actor", sa.String(20), nullable=False, index=True),
        sa.Column("recipient", sa.String(20), nullable=False, index=True),
        sa.Column("window_start", sa.Date, nullable=False),
        sa.Column("window_end", sa.Date, nullable=False, index=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("first_seen", sa.Date, nullable=False, index=True),
        sa.Column("last_seen", sa.Date, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("delivered_at", sa.DateTime),
    )
    op.create_table(
        "alert_evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "alert_id",
            sa.String(40),
            sa.ForeignKey("alerts.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("incident_id", sa.String(40), nullable=False, index=True),
        sa.Column("event_id", sa.String(40)),
        sa.Column("doc_id", sa.String(80)),
        sa.Column("sentence", sa.Text),
    )


def downgrade() -> None:
    op.drop_table("alert_evidence")
    op.drop_table("alerts")
    op.drop_index("ix_incident_mentions_event_active", table_name="incident_mentions")
    op.drop_table("incident_mentions")
    op.drop_table("incidents")
