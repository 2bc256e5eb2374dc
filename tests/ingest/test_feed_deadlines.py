"""Feeds that cannot stall each other: a total deadline per fetch even when a server trickles
its answer, feeds polled concurrently, and a failing feed backed off with its state kept."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from tocsin.errors import FetchError, FetchTimeoutError
from tocsin.ingest import ProblemLog
from tocsin.ingest.feeds import FeedWatcher
from tocsin.ingest.feedstate import SqlFeedState
from tocsin.ingest.fetch import FetchLimits, SafeFetcher
from tocsin.models import Document

FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Slow Wire</title>'
    "<item><title>{title}</title><guid>{guid}</guid>"
    "<description>Rebels shelled the market of {title} on Monday.</description></item>"
    "</channel></rss>"
)


class Trickler:
    """A raw TCP server that answers a status line, then one byte every ``gap`` seconds for
    as long as the client listens: in the headers, or in the body."""

    def __init__(self, where: str, gap: float = 0.1) -> None:
        self.where = where
        self.gap = gap
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/feed"

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            head = b"HTTP/1.1 200 OK\r\n"
            if self.where == "body":
                head += b"Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
            try:
                connection.sendall(head)
                while not self.stopped.is_set():
                    connection.sendall(b"X" if self.where == "headers" else b"x")
                    time.sleep(self.gap)
            except OSError:
                return

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()
        self.thread.join(timeout=2)


@pytest.fixture(params=["headers", "body"])
def trickler(request: pytest.FixtureRequest) -> Iterator[Trickler]:
    server = Trickler(request.param)
    yield server
    server.close()


def test_a_trickling_answer_is_cut_at_the_deadline(trickler: Trickler) -> None:
    limits = FetchLimits(timeout=0.5, deadline=1.0)  # each byte comes well within the timeout
    with SafeFetcher(allow_private=True, limits=limits) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchTimeoutError, match="took more than 1 s"):
            fetcher.fetch(trickler.url)
        took = time.monotonic() - started
    assert 0.9 < took < 5.0, took  # without the deadline the trickle lasts for hours


def test_the_deadline_bounds_the_connect_step_too() -> None:
    limits = FetchLimits(timeout=30.0, deadline=0.5)
    blackhole = "http://10.255.255.1/feed"  # routed nowhere: the connect hangs
    with SafeFetcher(allow_private=True, limits=limits) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError):  # timed out (or refused at once where nothing routes)
            fetcher.fetch(blackhole)
    assert time.monotonic() - started < 10.0  # the timeout alone would wait 30 s


def watcher_over(
    tmp_path: Path, fetcher: SafeFetcher, **options: object
) -> tuple[FeedWatcher, list[Document], ProblemLog]:
    documents: list[Document] = []
    log = ProblemLog()
    state = SqlFeedState(sa.create_engine(f"sqlite:///{tmp_path / 'feeds.db'}"))
    watcher = FeedWatcher(fetcher, state, on_document=documents.append, on_problem=log, **options)
    return watcher, documents, log


def test_feeds_are_polled_concurrently_so_a_slow_one_stalls_only_itself(
    tmp_path: Path, web
) -> None:
    feeds = [
        web.add(f"/slow{n}", FEED.format(title=f"Town{n}", guid=f"g{n}"), delay=2.0)
        for n in range(3)
    ]
    fast = web.add("/fast", FEED.format(title="Kidal", guid="fast"))
    with SafeFetcher(allow_private=True, limits=FetchLimits(timeout=5.0)) as fetcher:
        watcher, documents, _ = watcher_over(tmp_path, fetcher, concurrency=4)
        started = time.monotonic()
        results = watcher.poll_all([*feeds, fast])
        took = time.monotonic() - started
    assert [r.status for r in results] == ["ok"] * 4  # in the order of the feeds
    assert len(documents) == 4
    assert took < 5.0, took  # one after another would take 6 s and more


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def seconds_left(watcher: FeedWatcher, url: str) -> float:
    retry_after = watcher.state.health(url).retry_after
    assert retry_after is not None
    return (retry_after - utc_now()).total_seconds()


def test_a_failing_feed_is_backed_off_and_its_state_kept(tmp_path: Path, web) -> None:
    dead = web.add("/dead", "gone", status=503)
    with SafeFetcher(allow_private=True, limits=FetchLimits(timeout=1.0)) as fetcher:
        watcher, documents, log = watcher_over(tmp_path, fetcher, backoff_seconds=60.0)
        first = watcher.poll(dead)
        assert first.status == "failed" and "HTTP 503" in (first.error or "")
        health = watcher.state.health(dead)
        assert health.failures == 1 and "HTTP 503" in (health.last_error or "")
        assert 50 < seconds_left(watcher, dead) <= 60
        asked = len(web.requests)
        assert watcher.poll(dead).status == "backed-off"
        assert len(web.requests) == asked  # no request while backed off
        assert any("not polled before" in p.message for p in log.problems)
        # when the wait is over it is tried again, and a second failure doubles the wait
        with watcher.state.engine.begin() as connection:
            connection.execute(sa.text("UPDATE feed_state SET retry_after = '2000-01-01'"))
        assert watcher.poll(dead).status == "failed"
        assert watcher.state.health(dead).failures == 2
        assert 110 < seconds_left(watcher, dead) <= 120
        # a feed that answers again is polled as usual from then on
        web.add("/dead", FEED.format(title="Gao", guid="back"))
        with watcher.state.engine.begin() as connection:
            connection.execute(sa.text("UPDATE feed_state SET retry_after = '2000-01-01'"))
        assert watcher.poll(dead).status == "ok"
        assert watcher.state.health(dead).failures == 0 and len(documents) == 1
        assert watcher.poll(dead).status in ("ok", "not-modified")


def test_without_backoff_a_failing_feed_is_tried_at_every_poll(tmp_path: Path, web) -> None:
    dead = web.add("/dead", "gone", status=503)
    with SafeFetcher(allow_private=True, limits=FetchLimits(timeout=1.0)) as fetcher:
        watcher, _, _ = watcher_over(tmp_path, fetcher)
        assert [watcher.poll(dead).status for _ in range(2)] == ["failed", "failed"]
    assert len(web.requests) == 2
