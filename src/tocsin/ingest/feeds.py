"""Polling RSS/Atom feeds: new entries are fetched as articles and handed to a callback.

One poll of a feed: a conditional GET (``ETag``/``Last-Modified`` from the last poll), parse
with feedparser (a malformed feed is a warning and its readable entries are kept), skip
entries already seen, fetch each new entry's article with the same :class:`SafeFetcher`, and
call ``on_document``. An entry is marked seen only after its document was handed on, so a
failure (timeout, crash) means it is tried again at the next poll, never lost.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

import feedparser
import httpx

from tocsin.errors import EmptyInputError, FetchError, TocsinError, UnsafeURLError
from tocsin.ingest.feedstate import FeedState, Validators
from tocsin.ingest.fetch import FetchResult, SafeFetcher
from tocsin.ingest.html import extract_html
from tocsin.ingest.problems import Problem, ProblemHandler
from tocsin.ingest.urls import document_from_response
from tocsin.models import Document, content_hash

DocumentHandler = Callable[[Document], None]


@dataclass(frozen=True)
class FeedEntry:
    """The parts of a feed entry the watcher uses."""

    key: str
    link: str | None
    title: str | None
    published: date | None
    content: str  # HTML or text carried in the feed itself (summary or content)
    source: str | None = None  # the feed's title

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key the entry is remembered by: its id and its link (feeds change either)."""
        return tuple(dict.fromkeys(k for k in (self.key, self.link) if k))


@dataclass(frozen=True)
class PollResult:
    """What one poll of one feed did."""

    feed_url: str
    status: str  # "ok", "not-modified", "failed", "backed-off"
    entries: int = 0
    new: int = 0
    error: str | None = None  # why the feed itself failed


def _published(entry: Any) -> date | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _content(entry: Any) -> str:
    for part in entry.get("content") or ():
        if part.get("value"):
            return str(part["value"])
    return str(entry.get("summary") or "")


def _host(link: str | None) -> str | None:
    try:
        return httpx.URL(link).host or None if link else None
    except httpx.InvalidURL:
        return None


def parse_entries(parsed: Any) -> list[FeedEntry]:
    """Entries of a parsed feed, oldest first (feeds list the newest first)."""
    entries = []
    source = parsed.feed.get("title") or None
    for entry in parsed.entries:
        link = entry.get("link") or None
        title = entry.get("title") or None
        content = _content(entry)
        key = entry.get("id") or link or content_hash(f"{title}|{content}")
        if not (link or content.strip()):
            continue
        entries.append(FeedEntry(str(key), link, title, _published(entry), content, source))
    return entries[::-1]


class FeedWatcher:
    """Polls feeds and hands each new article to ``on_document``."""

    def __init__(
        self,
        fetcher: SafeFetcher,
        state: FeedState,
        *,
        on_document: DocumentHandler,
        on_problem: ProblemHandler,
        concurrency: int = 1,
        backoff_seconds: float = 0.0,
    ) -> None:
        self.fetcher = fetcher
        self.state = state
        self.on_document = on_document
        self.on_problem = on_problem
        self.concurrency = max(1, concurrency)
        self.backoff_seconds = backoff_seconds
        self._handing = threading.Lock()  # documents are coded one at a time
        self._reporting = threading.Lock()

    # -- one feed ------------------------------------------------------------------------
    def poll(self, feed_url: str) -> PollResult:
        """Poll ``feed_url`` once (unless it is backed off); problems are reported, never
        raised. A feed that fails is backed off for ``backoff_seconds``, doubled with each
        failure in a row; its state (failures, retry time, last error) is kept in the store."""
        if self.backoff_seconds > 0:
            health = self.state.health(feed_url)
            if health.backed_off():
                return PollResult(feed_url, "backed-off")
        result = self._poll(feed_url)
        if self.backoff_seconds > 0:
            if result.status == "failed" and result.error:
                health = self.state.record_failure(feed_url, result.error, self.backoff_seconds)
                when = health.retry_after.isoformat(" ", "seconds") if health.retry_after else ""
                self._warn(
                    feed_url,
                    f"failed {health.failures} time(s) in a row; not polled before {when} UTC",
                )
            elif result.status in ("ok", "not-modified"):
                self.state.record_success(feed_url)
        return result

    def _poll(self, feed_url: str) -> PollResult:
        validators = self.state.validators(feed_url)
        try:
            result = self.fetcher.fetch(feed_url, headers=validators.request_headers())
        except UnsafeURLError as exc:
            self.on_problem(Problem.from_error(feed_url, exc))
            return PollResult(feed_url, "failed", error=Exception.__str__(exc))
        except FetchError as exc:
            self._warn(feed_url, f"{Exception.__str__(exc)}; will retry at the next poll", exc)
            return PollResult(feed_url, "failed", error=Exception.__str__(exc))
        if result.status == 304:
            return PollResult(feed_url, "not-modified")
        entries = self._entries(feed_url, result)
        if entries is None:
            return PollResult(feed_url, "failed", error="not a readable feed")
        seen = self.state.seen(feed_url, (key for e in entries for key in e.keys))
        new = 0
        deferred = False
        for entry in entries:
            if seen.intersection(entry.keys):
                continue
            document = self._document(feed_url, entry)
            if document is None:
                deferred = True
                continue
            try:
                with self._handing:
                    self.on_document(document)
            except TocsinError as exc:  # e.g. the store is unreachable: retry at the next poll
                self.on_problem(Problem.from_error(document.origin or feed_url, exc))
                return PollResult(feed_url, "failed", len(entries), new)
            for key in entry.keys:
                self.state.mark_seen(feed_url, key)
            new += 1
        if not deferred:  # else the next poll must not get "304 Not Modified" and skip them
            validators = Validators(result.headers.get("etag"), result.headers.get("last-modified"))
            self.state.save_validators(feed_url, validators)
        return PollResult(feed_url, "ok", len(entries), new)

    def _warn(self, origin: str, message: str, error: TocsinError | None = None) -> None:
        with self._reporting:
            self.on_problem(Problem(origin, message, False, error.code if error else None))

    def _entries(self, feed_url: str, result: FetchResult) -> list[FeedEntry] | None:
        # a stream, never bytes or str: feedparser would treat those as a path or URL to open
        parsed = feedparser.parse(
            io.BytesIO(result.content),
            response_headers={
                "content-location": result.url,
                "content-type": result.headers.get("content-type", "application/xml"),
            },
        )
        entries = parse_entries(parsed)
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception") or "malformed feed"
            if not entries:
                self._warn(feed_url, f"not a readable feed ({reason}); will retry at the next poll")
                return None
            self._warn(feed_url, f"malformed feed ({reason}); kept {len(entries)} entries")
        return entries

    def _document(self, feed_url: str, entry: FeedEntry) -> Document | None:
        """The article of ``entry``: fetched from its link, else the feed's own text."""
        origin = entry.link or f"{feed_url}#{entry.key}"
        if entry.link:
            try:
                result = self.fetcher.fetch(entry.link)
                return self._complete(
                    document_from_response(result, origin, self.on_problem, use_hostname=False),
                    entry,
                )
            except TocsinError as exc:
                reason = Exception.__str__(exc)
                if not entry.content.strip():
                    self._warn(origin, f"{reason}; will retry at the next poll", exc)
                    return None
                self._warn(origin, f"{reason}; using the text carried in the feed", exc)
        try:
            page = extract_html(f"<html><body>{entry.content}</body></html>")
        except EmptyInputError:
            self.on_problem(Problem(origin, "entry has no text", True, EmptyInputError.code))
            return None
        document = Document(id=Document.make_id(page.text), text=page.text, origin=origin)
        return self._complete(document, entry)

    @staticmethod
    def _complete(document: Document, entry: FeedEntry) -> Document:
        """Fill what the article lacks from the feed entry (title, date, link)."""
        return Document(
            id=document.id,
            text=document.text,
            date=document.date or entry.published,
            title=document.title or entry.title,
            url=document.url or entry.link,
            source=document.source or entry.source or _host(entry.link),
            origin=document.origin,
        )

    # -- many feeds, repeatedly ----------------------------------------------------------
    def poll_all(self, feeds: Iterable[str]) -> list[PollResult]:
        """Poll every feed, ``concurrency`` at a time, so a slow feed holds up only itself
        (within the fetch deadline); results in the order of ``feeds``."""
        feeds = list(feeds)
        if self.concurrency == 1 or len(feeds) < 2:
            return [self.poll(feed) for feed in feeds]
        workers = min(self.concurrency, len(feeds))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="feed") as pool:
            return list(pool.map(self.poll, feeds))

    def run(
        self,
        feeds: list[str],
        *,
        interval: float,
        once: bool = False,
        stop: threading.Event | None = None,
        on_poll: Callable[[list[PollResult]], None] | None = None,
    ) -> None:
        """Poll every feed, then again every ``interval`` seconds until ``stop`` is set."""
        stop = stop or threading.Event()
        while not stop.is_set():
            results = self.poll_all(feeds)
            if on_poll is not None:
                on_poll(results)
            if once:
                return
            stop.wait(interval)
