"""The store's versions: numbers that grow with committed writes (migrations ``0006``, ``0012``).

Caches of expensive reads (dyad totals, series, whole API answers) are keyed by them, so they
stay valid exactly as long as nothing they read was written. Every session of a
:class:`~tocsin.store.Store` is watched: a transaction that inserted, updated or deleted
anything bumps, as it commits,

- the store's version (``store_version``), which every write moves on;
- the version of each *group* of tables it wrote (``store_scopes``, :data:`GROUPS`), e.g.
  ``incidents`` for ``incidents`` and ``incident_mentions``;
- within a group, the version of each *key* the writer declared with :func:`touched` (e.g.
  ``incidents:ARM`` for the incidents whose actor or recipient key is ``ARM``). A transaction
  that wrote to a group without declaring its keys bumps ``<group>!`` instead, which every
  read of that group by key also depends on (see :func:`read_scopes`).

So a read of one country's incidents depends on ``incidents!`` and ``incidents:ARM`` and stays
valid across writes about other countries; a read of all incidents depends on ``incidents``.
A writer may also declare a key with the month of the rows it writes (:func:`month_key`,
``incidents:ARM@2023-05``): a read of one key over a bounded range of days then depends only on
the months it spans (:func:`month_keys`), and stays valid across writes about other months.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Integer, String, event, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from tocsin.store.schema import Base

_WROTE = "tocsin_wrote"
_TABLES = "tocsin_tables"
_KEYS = "tocsin_keys"
UNDECLARED = "!"  # suffix of a group's scope bumped by writes that declared no keys

#: tables whose writes share one version (a table not listed is a group of its own)
GROUPS = {
    "documents": "events",
    "sentences": "events",
    "events": "events",
    "incidents": "incidents",
    "incident_mentions": "incidents",
    "claims": "claims",
    "claim_links": "claims",
    "alerts": "alerts",
    "alert_evidence": "alerts",
}


class StoreVersionRow(Base):
    """One row: the number of write transactions committed so far."""

    __tablename__ = "store_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class StoreScopeRow(Base):
    """The number of committed write transactions that touched one scope (group or key)."""

    __tablename__ = "store_scopes"

    scope: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


def current_version(session: Session) -> int:
    """The store's version now (0 for a store no one wrote to)."""
    return int(session.scalar(select(StoreVersionRow.version).where(StoreVersionRow.id == 1)) or 0)


def scope_versions(session: Session, scopes: Sequence[str]) -> tuple[int, ...]:
    """The version of each scope, in order (0 for a scope no write touched yet)."""
    column = StoreScopeRow.scope
    found = dict(
        session.execute(select(column, StoreScopeRow.version).where(column.in_(list(scopes))))
        .tuples()
        .all()
    )
    return tuple(int(found.get(scope, 0)) for scope in scopes)


def touched(session: Session, group: str, keys: Iterable[str | None]) -> None:
    """Declare that this transaction's writes to ``group`` concern only rows of ``keys``.

    Every writer of the group in the same transaction must declare the keys of the rows it
    writes; the keys of all declarations add up.
    """
    found = session.info.setdefault(_KEYS, {}).setdefault(group, set())
    found.update(key for key in keys if key)


#: longest key declared with its months (the scope column holds 100 characters; reads by
#: month ask for keys of at most 40)
MONTH_KEY_CHARS = 80


def month_key(key: str, day: date) -> str:
    """The key of ``key``'s rows dated in the month of ``day`` (``ARM@2023-05``)."""
    return f"{key}@{day.year:04d}-{day.month:02d}"


def month_count(start: date, end: date) -> int:
    """How many months ``start``…``end`` spans (0 when start > end)."""
    if start > end:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def month_starts(start: date, end: date) -> list[date]:
    """The first day of every month from ``start``'s to ``end``'s (none when start > end)."""
    first = start.year * 12 + start.month - 1
    return [
        date((first + n) // 12, (first + n) % 12 + 1, 1) for n in range(month_count(start, end))
    ]


def month_keys(key: str, start: date, end: date) -> list[str]:
    """The month keys (:func:`month_key`) of ``key`` for every month ``start``…``end`` spans."""
    return [month_key(key, month) for month in month_starts(start, end)]


def scopes_written(tables: Iterable[str], keys: dict[str, set[str]]) -> set[str]:
    """The scopes a transaction that wrote ``tables`` and declared ``keys`` moves on."""
    scopes: set[str] = set()
    for table in tables:
        group = GROUPS.get(table, table)
        scopes.add(group)
        declared = keys.get(group)
        if declared is None:
            scopes.add(group + UNDECLARED)
        else:
            scopes.update(f"{group}:{key}" for key in declared)
    return scopes


def _note_table(session: Session, table: Any) -> None:
    name = getattr(table, "name", None)
    session.info.setdefault(_TABLES, set()).add(str(name) if name else "*")


def _flushed(session: Session, _context: Any, _instances: Any) -> None:
    changed = [*session.new, *session.dirty, *session.deleted]
    if changed:
        session.info[_WROTE] = True
        for instance in changed:
            _note_table(session, getattr(type(instance), "__table__", None))


def _executed(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True
        _note_table(state.session, getattr(state.statement, "table", None))


def _committing(session: Session) -> None:
    tables = session.info.pop(_TABLES, set())
    keys = session.info.pop(_KEYS, {})
    if not session.info.pop(_WROTE, False):
        return
    connection = session.connection()
    table: Any = StoreVersionRow.__table__
    connection.execute(update(table).where(table.c.id == 1).values(version=table.c.version + 1))
    if "*" in tables:  # a statement without one table: every group may have changed
        tables = set(GROUPS) | (tables - {"*"})
    scopes = scopes_written(tables, keys)
    if not scopes:
        return
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    rows: Any = StoreScopeRow.__table__
    statement = insert(rows).values([{"scope": scope, "version": 1} for scope in sorted(scopes)])
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[rows.c.scope], set_={"version": rows.c.version + 1}
        )
    )


def _rolled_back(session: Session) -> None:
    for name in (_WROTE, _TABLES, _KEYS):
        session.info.pop(name, None)


def watch_writes(sessions: sessionmaker[Session]) -> None:
    """Bump the versions in every transaction of ``sessions`` that writes anything."""
    event.listen(sessions, "before_flush", _flushed)
    event.listen(sessions, "do_orm_execute", _executed)
    event.listen(sessions, "before_commit", _committing)
    event.listen(sessions, "after_rollback", _rolled_back)
