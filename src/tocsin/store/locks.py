"""Named locks held in the store for the length of a run: one batch per input, one analysis.

* PostgreSQL: a session advisory lock on a connection kept open while the lock is held;
* SQLite: an exclusive ``flock`` on a file in ``<database>-locks/`` beside the database file.

Either way the operating system or the server releases the lock when its process dies, even
by ``kill -9``, so a crashed run never blocks the next one. Who holds a lock (host, pid, since
when, what for) is written to the ``run_locks`` table so a run that finds it taken can say so.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import DateTime, String, Text, delete, select, text
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.errors import StoreBusyError
from tocsin.store.schema import Base

POLL_SECONDS = 0.2


class RunLockRow(Base):
    """Who holds a named lock (informative: the lock itself is the OS or server lock)."""

    __tablename__ = "run_locks"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text)
    since: Mapped[datetime] = mapped_column(DateTime)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _key(name: str) -> int:
    """A signed 64-bit advisory lock key for ``name``."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class StoreLock:
    """``with StoreLock(store, "analysis", wait=30): ...`` — held for the block."""

    def __init__(self, store: Any, name: str, *, wait: float = 0.0, purpose: str = "") -> None:
        self.store = store
        self.name = name
        self.wait = max(0.0, wait)
        self.purpose = purpose or name
        self._handle: Any = None  # an open lock file, or a PostgreSQL connection
        self._noop = False

    # -- acquiring -----------------------------------------------------------------------
    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock, waiting up to ``wait`` seconds; :class:`StoreBusyError` if taken."""
        deadline = time.monotonic() + self.wait
        while True:
            if self._try():
                self._note_holder()
                return
            if time.monotonic() >= deadline:
                raise StoreBusyError(self._busy_message())
            time.sleep(POLL_SECONDS)

    def _try(self) -> bool:
        engine = self.store.engine
        if engine.dialect.name == "postgresql":
            connection = engine.connect()
            got = connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": _key(self.name)}
            ).scalar()
            connection.commit()
            if got:
                self._handle = connection
                return True
            connection.close()
            return False
        path = self._lock_path()
        if path is None:  # an in-memory database lives in one process: nothing to share
            self._noop = True
            return True
        import fcntl

        handle = open(path, "a+")  # noqa: SIM115 - held open while the lock is held
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def _lock_path(self) -> Path | None:
        database = self.store.engine.url.database
        if not database or database == ":memory:":
            return None
        folder = Path(f"{database}-locks")
        folder.mkdir(parents=True, exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in self.name)
        return folder / f"{safe}.lock"

    # -- who holds it --------------------------------------------------------------------
    def _note_holder(self) -> None:
        if self._noop:
            return
        holder = f"pid {os.getpid()} on {socket.gethostname()}"
        with self.store.session() as session:
            row = session.get(RunLockRow, self.name)
            if row is None:
                row = RunLockRow(name=self.name)
                session.add(row)
            row.holder, row.purpose, row.since = holder, self.purpose, _now()

    def _busy_message(self) -> str:
        with self.store.session() as session:
            row = session.scalars(select(RunLockRow).where(RunLockRow.name == self.name)).first()
        who = (
            f"{row.purpose} ({row.holder}, since {row.since:%Y-%m-%d %H:%M:%S} UTC)"
            if row is not None
            else "another run"
        )
        waited = f" after waiting {self.wait:g} s" if self.wait else ""
        return f"{who} holds the {self.name!r} lock of this store{waited}"

    # -- releasing -----------------------------------------------------------------------
    def release(self) -> None:
        """Let the lock go (also done by the OS or the server if the process dies)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            with self.store.session() as session:
                session.execute(delete(RunLockRow).where(RunLockRow.name == self.name))
        finally:
            if hasattr(handle, "execute"):
                handle.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _key(self.name)})
                handle.commit()
                handle.close()
            else:
                handle.close()  # closing the file drops the flock
