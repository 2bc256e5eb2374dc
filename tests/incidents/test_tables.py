"""Migration 0003_incidents creates exactly the tables the ORM declares."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import tocsin.alerts.tables
import tocsin.incidents.tables  # noqa: F401 - registers the tables on Base
from tocsin.store import Store
from tocsin.store.schema import Base

OURS = {"incidents", "incident_mentions", "alerts", "alert_evidence"}


def _table(diff: object) -> str | None:
    item = diff[0] if isinstance(diff, list) else diff
    for part in item[1:] if isinstance(item, tuple) else ():
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None and getattr(table, "name", None):
            return table.name
        if isinstance(part, str) and part in OURS:
            return part
        if name in OURS:
            return name
    return None


def test_migration_matches_orm(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'm.db'}") as store:
        assert store.revision() is not None
        with store.engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    ours = [d for d in diffs if _table(d) in OURS]
    assert ours == []
