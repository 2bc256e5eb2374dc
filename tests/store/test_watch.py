"""Versions of a SQLite file answered from memory until anything commits to it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from tocsin.store import Store
from tocsin.store.version import touched
from tocsin.store.watch import FileVersions

SCOPES = ("incidents!", "incidents:ARM", "incidents:ARM@2023-05")


def _bump(store: Store, key: str) -> None:
    """One committed write to the incidents group that declares ``key``."""
    from sqlalchemy import update

    from tocsin.incidents.tables import IncidentRow

    with store.session() as session:
        touched(session, "incidents", [key])
        session.execute(update(IncidentRow).where(IncidentRow.id == "none").values(status="x"))


def test_versions_are_read_once_per_change_of_the_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    reader, writer = Store.open(url), Store.open(url)  # two stores: two processes' connections
    statements: list[str] = []
    event.listen(reader.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    assert reader.known_versions(SCOPES) is None  # never read yet
    first = reader.versions(SCOPES)
    assert reader.known_versions(SCOPES) == first == reader.versions(SCOPES)
    assert len(statements) == 1  # read once
    _bump(writer, "ARM@2023-05")
    assert reader.known_versions(SCOPES) is None  # the file changed: read again
    second = reader.versions(SCOPES)
    assert second[:2] == first[:2] and second[2] > first[2]  # only that month moved
    _bump(reader, "AZE")  # a write through the reader's own engine counts too
    third = reader.versions(SCOPES)
    assert third == second and len(statements) == 1 + 1 + 3 + 1  # read, read, write, read
    assert reader.versions(None) == reader.version()
    reader.close()
    writer.close()


def test_only_sqlite_files_are_watched() -> None:
    store = Store.open("sqlite://")
    assert store.known_versions(SCOPES) is None
    assert store.versions(SCOPES) == (0, 0, 0)
    store.close()


def test_a_closed_watch_forgets(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'c.db'}")
    watch = FileVersions(tmp_path / "c.db", store.versions)
    assert watch.versions(("x",)) == (0,)
    watch.close()
    assert watch.known(("x",)) is None
    store.close()
