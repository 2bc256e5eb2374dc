"""The versions of a SQLite store answered from memory while its file has not changed.

Every cached read of the API first asks for the versions it depends on
(:mod:`tocsin.store.version`): a statement per request. For a SQLite file, ``PRAGMA
data_version`` on a connection of its own says, in microseconds, whether any other connection
(of this process or another) committed since it was last asked; while none did, the versions
read then are still the store's, and are answered from memory.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

Scopes = Sequence[str] | None
Version = int | tuple[int, ...]


class FileVersions:
    """Versions of the SQLite store at ``path``, read with ``read`` once per change of the file."""

    def __init__(self, path: Path, read: Callable[[Scopes], Version]) -> None:
        self._path = path
        self._read = read
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._seen: int | None = None
        self._known: dict[str | None, int] = {}  # scope (None: the store's) → version

    def _check(self) -> None:
        """Forget what was read if the file changed since the last check (lock held)."""
        if self._connection is None:
            self._connection = sqlite3.connect(
                self._path, check_same_thread=False, isolation_level=None, timeout=10
            )
        (value,) = self._connection.execute("PRAGMA data_version").fetchone()
        if value != self._seen:
            self._seen = value
            self._known.clear()

    def _remembered(self, scopes: Scopes) -> Version | None:
        if scopes is None:
            return self._known.get(None)
        found = [self._known.get(scope) for scope in scopes]
        if any(version is None for version in found):
            return None
        return tuple(version for version in found if version is not None)

    def known(self, scopes: Scopes) -> Version | None:
        """The versions of ``scopes`` if they can be answered from memory at once (None: they
        must be read, or another thread is reading)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            self._check()
            return self._remembered(scopes)
        finally:
            self._lock.release()

    def versions(self, scopes: Scopes) -> Version:
        """The versions of ``scopes`` (the store's version for None), read when not known."""
        with self._lock:
            self._check()
            found = self._remembered(scopes)
            if found is not None:
                return found
            value = self._read(scopes)  # read after the check: never older than what it saw
            if scopes is None:
                self._known[None] = int(value)  # type: ignore[arg-type]
            else:
                self._known.update(zip(scopes, value, strict=True))  # type: ignore[arg-type]
            return value

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            self._seen = None
            self._known.clear()
