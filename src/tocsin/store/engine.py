"""Engines for the store's URLs: SQLite gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url

from tocsin.extras import require
from tocsin.store import budget

SQLITE_BUSY_MS = 30_000
NO_FILE = (
    "the URL names no database file: write sqlite:///path/to/store.db "
    "(or sqlite:// for a store in memory)"
)


def normalise_url(url: str) -> URL:
    """A SQLAlchemy URL; bare ``postgresql://`` uses psycopg 3 (the installed driver)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def masked(url: str) -> str:
    """``url`` with its password replaced by ``***``, fit to print or log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: hide anything between : and @
        return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def without_secrets(text: str, url: str) -> str:
    """``text`` (an error message) with the password of ``url`` and ``url`` itself masked."""
    text = text.replace(url, masked(url))
    try:
        password = make_url(url).password
    except Exception:
        password = None
    if password:
        for form in {str(password), quote(str(password), safe="")}:
            text = text.replace(form, "***")
    return re.sub(r"(://[^:/@\s]*:)[^@/\s]*@", r"\1***@", text)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, ":memory:"):
        return None
    if parsed.database == "":
        raise ValueError(NO_FILE)
    return Path(parsed.database).expanduser()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()
    dbapi_connection.set_progress_handler(budget.sqlite_progress, budget.SQLITE_CHECK_STEPS)


def _watch_budgets(engine: Engine) -> Engine:
    """Statements stop when the request's query budget is spent (see ``tocsin.store.budget``)."""
    event.listen(engine, "before_cursor_execute", budget.before_execute)
    event.listen(engine, "after_cursor_execute", budget.after_execute)
    return engine


def make_engine(url: str) -> Engine:
    """Create the engine for ``url``, creating a SQLite file's directory when needed."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database == "":
            raise ValueError(NO_FILE)
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return _watch_budgets(engine)
    if parsed.drivername == "postgresql+psycopg":
        require("psycopg", "postgres")
    return _watch_budgets(create_engine(parsed, pool_pre_ping=True))
