"""The store's version: a number that grows with every committed write (migration ``0006``).

Caches of expensive reads (dyad totals, series) are keyed by it, so they stay valid exactly as
long as nothing was written. Every session of a :class:`~tocsin.store.Store` is watched: a
transaction that inserted, updated or deleted anything bumps the version as it commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Integer, event, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from tocsin.store.schema import Base

_WROTE = "tocsin_wrote"


class StoreVersionRow(Base):
    """One row: the number of write transactions committed so far."""

    __tablename__ = "store_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


def current_version(session: Session) -> int:
    """The store's version now (0 for a store no one wrote to)."""
    return int(session.scalar(select(StoreVersionRow.version).where(StoreVersionRow.id == 1)) or 0)


def _flushed(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        session.info[_WROTE] = True


def _executed(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_WROTE] = True


def _committing(session: Session) -> None:
    if session.info.pop(_WROTE, False):
        table: Any = StoreVersionRow.__table__
        session.connection().execute(
            update(table).where(table.c.id == 1).values(version=table.c.version + 1)
        )


def _rolled_back(session: Session) -> None:
    session.info.pop(_WROTE, None)


def watch_writes(sessions: sessionmaker[Session]) -> None:
    """Bump the version in every transaction of ``sessions`` that writes anything."""
    event.listen(sessions, "before_flush", _flushed)
    event.listen(sessions, "do_orm_execute", _executed)
    event.listen(sessions, "before_commit", _committing)
    event.listen(sessions, "after_rollback", _rolled_back)
