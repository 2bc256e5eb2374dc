"""The migrations, applied in order, create exactly the tables every ORM module declares."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import tocsin.alerts.tables
import tocsin.batch.failures
import tocsin.claims.tables
import tocsin.incidents.tables
import tocsin.ingest.feedstate
import tocsin.store.locks
import tocsin.store.version  # noqa: F401 - each import registers its tables on Base
from tocsin.store import Store
from tocsin.store.migrate import head_revision
from tocsin.store.schema import Base


def test_head_migration_matches_every_orm_table(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'm.db'}") as store:
        assert store.revision() == head_revision() == "0013_alert_detected"
        with store.engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diffs == []
