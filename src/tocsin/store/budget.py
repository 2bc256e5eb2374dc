"""A time budget for the queries of one request: past its deadline, or once cancelled, stop.

The web app opens a :class:`QueryBudget` per read request (:func:`budget_scope`). Every
connection the store makes checks the budget of the code running on it:

* SQLite: a progress handler, called every few thousand virtual-machine steps, aborts the
  statement (``sqlite3.OperationalError: interrupted``) once the budget is spent;
* PostgreSQL: :meth:`QueryBudget.cancel` cancels the statement running on the connection the
  budget was last seen on (psycopg's ``cancel()`` may be called from any thread).

A budget is spent when its deadline passes or when :meth:`cancel` is called (the client went
away). Outside a budget scope nothing is checked.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

SQLITE_CHECK_STEPS = 20_000  # virtual-machine steps between two checks of the budget

_CURRENT: ContextVar[QueryBudget | None] = ContextVar("tocsin_query_budget", default=None)


class BudgetSpent(Exception):
    """Raised between statements when the request's budget is spent."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class QueryBudget:
    """A deadline plus a cancel flag, shared by the request's event loop and its worker thread."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds if seconds else None
        self.reason: str | None = None
        self._lock = threading.Lock()
        self._connection: Any = None  # the DB-API connection running a statement, if any

    def spent(self) -> bool:
        """True once cancelled or past the deadline."""
        if self.reason is None and self.deadline is not None and time.monotonic() > self.deadline:
            self.reason = f"took longer than {self.seconds:g} s"
        return self.reason is not None

    def check(self) -> None:
        """Raise :class:`BudgetSpent` when the budget is spent."""
        if self.spent():
            raise BudgetSpent(self.reason or "cancelled")

    def cancel(self, reason: str) -> None:
        """Spend the budget now and stop the statement running on a PostgreSQL connection."""
        with self._lock:
            if self.reason is None:
                self.reason = reason
            connection = self._connection
        cancel = getattr(connection, "cancel", None)  # psycopg; SQLite polls instead
        if callable(cancel):
            with contextlib.suppress(Exception):  # the statement may have finished meanwhile
                cancel()

    def attach(self, connection: Any) -> None:
        with self._lock:
            self._connection = connection

    def detach(self) -> None:
        with self._lock:
            self._connection = None


def current_budget() -> QueryBudget | None:
    """The budget of the code running now, if any."""
    return _CURRENT.get()


@contextmanager
def budget_scope(budget: QueryBudget) -> Iterator[QueryBudget]:
    """Run the block (and the threads it starts with a copied context) under ``budget``."""
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


def sqlite_progress() -> int:
    """SQLite progress handler: non-zero aborts the running statement."""
    budget = _CURRENT.get()
    return 1 if budget is not None and budget.spent() else 0


def before_execute(conn: Any, *_args: Any) -> None:
    """Engine hook: refuse to start a statement on a spent budget, remember the connection."""
    budget = _CURRENT.get()
    if budget is None:
        return
    budget.check()
    budget.attach(conn.connection.dbapi_connection)


def after_execute(conn: Any, *_args: Any) -> None:
    budget = _CURRENT.get()
    if budget is not None:
        budget.detach()
