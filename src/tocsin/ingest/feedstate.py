"""What the feed watcher remembers between polls, kept in the store's database.

Two tables declared on the store's declarative ``Base``:

* ``feed_state``: per feed, the ``ETag`` and ``Last-Modified`` validators of the last full
  response, for conditional requests;
* ``feed_entries``: per feed, the keys (entry id and link) of entries already handed on.

The store's migration ``0004_feeds`` creates them; :class:`SqlFeedState` brings the database
up to the latest migration when it opens it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, mapped_column

from tocsin.errors import StoreError
from tocsin.store.chunks import id_chunks
from tocsin.store.schema import Base


class FeedStateRow(Base):
    """Cache validators of one feed's last full response."""

    __tablename__ = "feed_state"

    feed_url: Mapped[str] = mapped_column(sa.String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(sa.String(512))
    last_modified: Mapped[str | None] = mapped_column(sa.String(128))
    polled_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    failures: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    retry_after: Mapped[datetime | None] = mapped_column(sa.DateTime)  # backed off until then
    last_error: Mapped[str | None] = mapped_column(sa.String(500))


class FeedEntryRow(Base):
    """One feed entry already handed on, by id or link."""

    __tablename__ = "feed_entries"

    feed_url: Mapped[str] = mapped_column(sa.String(2048), primary_key=True)
    entry_key: Mapped[str] = mapped_column(sa.String(2048), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(sa.DateTime, index=True)


TABLES = (FeedStateRow.__table__, FeedEntryRow.__table__)
_STATE: Any = FeedStateRow.__table__
_ENTRIES: Any = FeedEntryRow.__table__


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


@dataclass(frozen=True)
class FeedHealth:
    """How a feed has answered lately: failures in a row, and the time before which it is not
    polled again (backed off)."""

    failures: int = 0
    retry_after: datetime | None = None
    last_error: str | None = None

    def backed_off(self, now: datetime | None = None) -> bool:
        return self.retry_after is not None and (now or _now()) < self.retry_after


MAX_BACKOFF_SECONDS = 86_400.0


class FeedState(Protocol):
    """Seen entries, validators and health per feed."""

    def validators(self, feed_url: str) -> Validators: ...

    def save_validators(self, feed_url: str, validators: Validators) -> None: ...

    def seen(self, feed_url: str, keys: Iterable[str]) -> set[str]: ...

    def mark_seen(self, feed_url: str, key: str) -> None: ...

    def health(self, feed_url: str) -> FeedHealth: ...

    def record_failure(self, feed_url: str, error: str, base_seconds: float) -> FeedHealth: ...

    def record_success(self, feed_url: str) -> None: ...


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class SqlFeedState:
    """:class:`FeedState` in the store's SQL database (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        from tocsin.store.migrate import upgrade

        try:
            upgrade(engine)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare the feed state tables: {exc}") from exc

    @classmethod
    def open(cls, url: str) -> SqlFeedState:
        """Feed state in the database at store URL ``url``."""
        from tocsin.store.engine import make_engine, without_secrets

        try:
            return cls(make_engine(url))
        except sa.exc.ArgumentError as exc:
            raise StoreError(without_secrets(f"{url}: cannot open the store: {exc}", url)) from exc

    def validators(self, feed_url: str) -> Validators:
        query = sa.select(_STATE.c.etag, _STATE.c.last_modified).where(
            _STATE.c.feed_url == feed_url
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
                _STATE.update().where(_STATE.c.feed_url == feed_url).values(**values)
            )
            if updated.rowcount == 0:
                connection.execute(_STATE.insert().values(feed_url=feed_url, **values))

    def health(self, feed_url: str) -> FeedHealth:
        query = sa.select(_STATE.c.failures, _STATE.c.retry_after, _STATE.c.last_error).where(
            _STATE.c.feed_url == feed_url
        )
        with self.engine.connect() as connection:
            row = connection.execute(query).first()
        if row is None:
            return FeedHealth()
        return FeedHealth(row.failures or 0, row.retry_after, row.last_error)

    def record_failure(self, feed_url: str, error: str, base_seconds: float) -> FeedHealth:
        """One more failure in a row: the feed is backed off for ``base_seconds`` doubled for
        each earlier failure in the row (at most a day)."""
        failures = self.health(feed_url).failures + 1
        wait = min(base_seconds * 2 ** min(failures - 1, 30), MAX_BACKOFF_SECONDS)
        health = FeedHealth(failures, _now() + timedelta(seconds=wait), error[:500])
        self._write(
            feed_url,
            failures=health.failures,
            retry_after=health.retry_after,
            last_error=health.last_error,
        )
        return health

    def record_success(self, feed_url: str) -> None:
        if self.health(feed_url).failures:
            self._write(feed_url, failures=0, retry_after=None, last_error=None)

    def _write(self, feed_url: str, **values: Any) -> None:
        with self.engine.begin() as connection:
            updated = connection.execute(
                _STATE.update().where(_STATE.c.feed_url == feed_url).values(**values)
            )
            if updated.rowcount == 0:
                connection.execute(_STATE.insert().values(feed_url=feed_url, **values))

    def seen(self, feed_url: str, keys: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self.engine.connect() as connection:
            for chunk in id_chunks(wanted):
                query = sa.select(_ENTRIES.c.entry_key).where(
                    _ENTRIES.c.feed_url == feed_url, _ENTRIES.c.entry_key.in_(chunk)
                )
                found.update(connection.execute(query).scalars())
        return found

    def mark_seen(self, feed_url: str, key: str) -> None:
        with self.engine.begin() as connection:
            exists = connection.execute(
                sa.select(_ENTRIES.c.entry_key).where(
                    _ENTRIES.c.feed_url == feed_url, _ENTRIES.c.entry_key == key
                )
            ).first()
            if exists is None:
                connection.execute(
                    _ENTRIES.insert().values(feed_url=feed_url, entry_key=key, seen_at=_now())
                )

    def forget_before(self, days: int) -> int:
        """Drop seen entries older than ``days`` (feeds rotate; the table need not grow forever)."""
        cutoff = _now() - timedelta(days=days)
        with self.engine.begin() as connection:
            result = connection.execute(_ENTRIES.delete().where(_ENTRIES.c.seen_at < cutoff))
        return result.rowcount
