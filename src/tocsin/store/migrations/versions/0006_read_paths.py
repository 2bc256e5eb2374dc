"""The store's version (for caches of reads) and indexes that match the API's filters and orders.

Revision ID: 0006_read_paths
Revises: 0005_alert_delivery
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_read_paths"
down_revision = "0005_alert_delivery"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_documents_ingested", "documents", ["ingested_at", "id"]),
    ("ix_events_order", "events", ["date_day", "doc_id", "sentence_index", "id"]),
    ("ix_incidents_dyad_day", "incidents", ["actor_key", "recipient_key", "date_start"]),
    ("ix_incidents_recipient_day", "incidents", ["recipient_key", "date_start"]),
    ("ix_incidents_actor_day", "incidents", ["actor_key", "date_start"]),
    ("ix_claims_order", "claims", ["claim_date", "doc_id", "sentence_index", "id"]),
)


def upgrade() -> None:
    version = op.create_table(
        "store_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(version, [{"id": 1, "version": 0}])
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_table("store_version")
