"""Open a transactional session on whatever the caller holds: a store, an engine, a session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session


@contextmanager
def session_scope(store: Any) -> Iterator[Session]:
    """A session that commits on success and rolls back on error.

    ``store`` may be a :class:`Session` (used as is; the caller commits), an :class:`Engine`,
    or an object with a ``session()`` context manager or an ``engine`` attribute.
    """
    if isinstance(store, Session):
        yield store
        store.flush()
        return
    if hasattr(store, "session") and callable(store.session):
        with store.session() as session:
            yield session
            session.commit()
        return
    engine = store if isinstance(store, Engine) else store.engine
    with Session(engine) as session, session.begin():
        yield session
