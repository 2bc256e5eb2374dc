"""What the feed watcher remembers between polls, kept in the store's database.

Two small tables, created on first use in the same database as the store (SQLite or
PostgreSQL, through SQLAlchemy Core):

* ``feed_state``: per feed, the ``ETag`` and ``Last-Modified`` validators of the last full
  response, for conditional requests;
* ``feed_entries``: per feed, the keys (entry id or link) of entries already handed on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tocsin.errors import StoreError

METADATA = sa.MetaData()
FEED_STATE = sa.Table(
    "feed_state",
    METADATA,
    sa.Column("feed_url", sa.String(2048), primary_key=True),
    sa.Column("etag", sa.String(512)),
    sa.Column("last_modified", sa.String(128)),
    sa.Column("polled_at", sa.DateTime),
)
FEED_ENTRIES = sa.Table(
    "feed_entries",
    METADATA,
    sa.Column("feed_url", sa.String(2048), primary_key=True),
    sa.Column("entry_key", sa.String(2048), primary_key=True),
    sa.Column("seen_at", sa.DateTime, nullable=False, index=True),
)


@dataclass(frozen=True)
class Validators:
    """HTTP cache validators of a feed's last full response."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class FeedState(Protocol):
    """Seen entries and validators per feed."""

    def validators(self, feed_url: str) -> Validators: ...

    def save_validators(self, feed_url: str, validators: Validators) -> None: ...

    def seen(self, feed_url: str, keys: Iterable[str]) -> set[str]: ...

    def mark_seen(self, feed_url: str, key: str) -> None: ...


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class SqlFeedState:
    """:class:`FeedState` in a SQL database (tables created if missing)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        try:
            METADATA.create_all(engine, checkfirst=True)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare feed state tables: {exc}") from exc

    @classmethod
    def open(cls, url: str) -> SqlFeedState:
        """Feed state in the database at SQLAlchemy ``url``."""
        return cls(sa.create_engine(url))

    def validators(self, feed_url: str) -> Validators:
        query = sa.select(FEED_STATE.c.etag, FEED_STATE.c.last_modified).where(
            FEED_STATE.c.feed_url == feed_url
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        return Validators(row.etag, row.last_modified) if row else Validators()

    def save_validators(self, feed_url: str, validators: Validators) -> None:
        values = {
            "etag": validators.etag,
            "last_modified": validators.last_modified,
            "polled_at": _now(),
        }
        with self.engine.begin() as connection:
            updated = connection.execute(
                FEED_STATE.update().where(FEED_STATE.c.feed_url == feed_url).values(**values)
            )
            if updated.rowcount == 0:
                connection.execute(FEED_STATE.insert().values(feed_url=feed_url, **values))

    def seen(self, feed_url: str, keys: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self.engine.connect() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                query = sa.select(FEED_ENTRIES.c.entry_key).where(
                    FEED_ENTRIES.c.feed_url == feed_url, FEED_ENTRIES.c.entry_key.in_(chunk)
                )
                found.update(connection.execute(query).scalars())
        return found

    def mark_seen(self, feed_url: str, key: str) -> None:
        with self.engine.begin() as connection:
            exists = connection.execute(
                sa.select(FEED_ENTRIES.c.entry_key).where(
                    FEED_ENTRIES.c.feed_url == feed_url, FEED_ENTRIES.c.entry_key == key
                )
            ).first()
            if exists is None:
                connection.execute(
                    FEED_ENTRIES.insert().values(feed_url=feed_url, entry_key=key, seen_at=_now())
                )

    def forget_before(self, days: int) -> int:
        """Drop seen entries older than ``days`` (feeds rotate; the table need not grow forever)."""
        cutoff = _now() - timedelta(days=days)
        with self.engine.begin() as connection:
            result = connection.execute(
                FEED_ENTRIES.delete().where(FEED_ENTRIES.c.seen_at < cutoff)
            )
        return result.rowcount
