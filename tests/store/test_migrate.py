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


def test_alerts_stored_before_0013_keep_their_last_day_as_an_info(db_url: str) -> None:
    """An alert stored before the levels' last days were kept was detected, at some level, on
    the last day it was seen; its higher levels are not recorded until detected again."""
    from datetime import date

    from sqlalchemy import text

    from tocsin.alerts.model import Alert
    from tocsin.alerts.service import list_alerts, save_alerts

    with Store(db_url) as store:
        downgrade(store.engine, "0012_read_scopes")
        columns = inspect(store.engine).get_columns("alerts")
        assert "detected_info" not in {c["name"] for c in columns}
        with store.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO alerts (id, kind, level, actor, recipient, window_start, "
                    "window_end, reason, score, first_seen, last_seen, created_at, scope, unit) "
                    "VALUES ('al-00000000000000aa', 'onset', 'warning', 'TCD', 'state-rebels', "
                    ":monday, :friday, 'deaths reported', 0.6, :monday, :friday, :monday, "
                    "'family', 'TCD:state-rebels')"
                ),
                {"monday": date(2025, 6, 2), "friday": date(2025, 6, 6)},
            )
        upgrade(store.engine)
        assert store.revision() == head_revision()
        with store.session() as session:
            (old,) = list_alerts(session)
        assert old["level"] == "warning" and old["detected"] == {"info": "2025-06-06"}
        repeat = Alert(
            kind="onset",
            level="warning",
            actor="TCD",
            recipient="state-rebels",
            window_start=date(2025, 6, 2),
            window_end=date(2025, 6, 8),
            reason="deaths reported",
            score=0.7,
            key="week:2025-06-02",
            as_of=date(2025, 6, 8),
            scope="family",
            unit="TCD:state-rebels",
            episode=old["id"],
        )
        with store.session() as session:
            save_alerts(session, [repeat])
            (again,) = list_alerts(session)
        assert again["detected"] == {"info": "2025-06-08", "warning": "2025-06-08"}
