"""Migrations ship inside the package and run programmatically, up and down."""

from __future__ import annotations

from sqlalchemy import inspect

from tocsin.store import Store
from tocsin.store.migrate import downgrade, head_revision, upgrade

OWN_TABLES = {"documents", "sentences", "events", "batch_runs"}


def test_open_migrates_to_head(db_url: str) -> None:
    with Store(db_url) as store:
        assert store.revision() == head_revision()
        assert set(inspect(store.engine).get_table_names()) >= OWN_TABLES


def test_downgrade_to_base_and_upgrade_again(db_url: str) -> None:
    with Store(db_url) as store:
        downgrade(store.engine, "base")
        assert store.revision() is None
        assert not OWN_TABLES & set(inspect(store.engine).get_table_names())
        upgrade(store.engine)
        assert store.revision() == head_revision()
        store.migrate()  # already current: a no-op
        assert set(inspect(store.engine).get_table_names()) >= OWN_TABLES


def test_chain_starts_with_the_initial_revision() -> None:
    from alembic.script import ScriptDirectory

    from tocsin.store.migrate import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in scripts.walk_revisions("base", "heads")]
    assert revisions[-1] == "0001_initial"
    assert len(scripts.get_heads()) == 1
