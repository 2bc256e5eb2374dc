"""``tocsin watch``: poll RSS/Atom feeds, code each new article and store its events."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tocsin.settings import Settings

if TYPE_CHECKING:  # the feed and fetch libraries load only when the command runs
    from tocsin.batch.dedup import CopyFinder
    from tocsin.ingest.feeds import DocumentHandler, PollResult
    from tocsin.models import Document

Echo = Callable[[str], None]
SEEN_RETENTION_DAYS = 90  # entries seen longer ago are forgotten; feeds rotate long before


def code_and_store(
    pipeline: Any,
    store: Any,
    echo: Echo,
    copies: CopyFinder | None = None,
    settings: Settings | None = None,
) -> DocumentHandler:
    """A document handler that codes with ``pipeline`` and saves to ``store``.

    A document already stored is skipped; with ``copies``, a near-copy of a stored document
    (wire copy, updated version) is stored uncoded and linked to its original. A document the
    pipeline or the store refuses (damaged text, too long, no text after cleaning, a crash) is
    reported and quarantined in the failures table. With ``settings``, incidents, claims and
    alerts are brought up to date after each save.
    """
    from tocsin.batch.failures import CODE, READ, STORE, Failure, FailureLog
    from tocsin.errors import BadTextError, InputError
    from tocsin.ingest.sanitise import clean_document
    from tocsin.isolate import crash_failure

    repair = settings is not None and settings.bad_text == "repair"

    def quarantine(failure: Failure) -> None:
        code = f"[{failure.code}] " if failure.code else ""
        echo(f"error: {failure.origin}: {code}{failure.error} (quarantined)")
        if hasattr(store, "session"):
            FailureLog(store).record([failure])

    def handle(document: Document) -> None:
        name = document.origin or document.id
        try:
            document = clean_document(document, repair=repair)
        except BadTextError as exc:
            quarantine(Failure.of_document(READ, document, exc))
            return
        if store.has_document(document.id):
            echo(f"{name}: already stored")
            return
        copy = copies.check(document.id, document.text) if copies is not None else None
        if copy is not None and store.has_document(copy.original):
            store.mark_duplicate(document, copy.original, copy.fingerprint)
            echo(f"{name}: near-duplicate of {copy.original} (distance {copy.distance}); linked")
            return
        try:
            coded = pipeline.code(document)
        except InputError as exc:
            quarantine(Failure.of_document(CODE, document, exc))
            return
        except Exception as exc:  # a crash in one document must not stop the watcher
            quarantine(Failure.of_document(CODE, document, crash_failure(document, exc).error))
            return
        refused: list[Failure] = []
        if hasattr(store, "save_many"):
            store.save_many(
                [coded],
                on_failure=lambda item, error: refused.append(
                    Failure.of_document(STORE, item.document, error)
                ),
            )
        else:  # a store that saves one document at a time
            store.save(coded)
        if refused:
            quarantine(refused[0])
            return
        echo(f"{name}: {len(coded.events)} event(s)")
        if settings is not None:
            from tocsin.analysis import analyse_stored

            analyse_stored(store, [event.id for event in coded.events], settings)

    return handle


def watch(
    feeds: list[str],
    settings: Settings,
    *,
    on_document: DocumentHandler,
    interval: float,
    once: bool,
    allow_private: bool,
    echo: Echo,
    stop: threading.Event | None = None,
) -> None:
    """Poll ``feeds`` until stopped (or once), handing new articles to ``on_document``."""
    from tocsin.ingest.feeds import FeedWatcher
    from tocsin.ingest.feedstate import SqlFeedState
    from tocsin.ingest.fetch import FetchLimits, SafeFetcher

    def summary(results: list[PollResult]) -> None:
        for result in results:
            echo(f"{result.feed_url}: {result.status}, {result.new} new of {result.entries}")

    state = SqlFeedState.open(settings.db_url)
    state.forget_before(days=SEEN_RETENTION_DAYS)
    limits = FetchLimits(
        max_bytes=settings.max_input_bytes,
        timeout=settings.fetch_timeout,
        deadline=settings.fetch_deadline,
    )
    with SafeFetcher(allow_private=allow_private, limits=limits) as fetcher:
        watcher = FeedWatcher(
            fetcher,
            state,
            on_document=on_document,
            on_problem=lambda p: echo(str(p)),
            concurrency=settings.feed_concurrency,
            backoff_seconds=settings.feed_backoff_seconds,
        )
        watcher.run(feeds, interval=interval, once=once, stop=stop, on_poll=summary)


def watch_command(
    feeds: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs (http or https).")],
    interval: Annotated[
        float, typer.Option("--interval", min=1.0, help="Seconds between polls of every feed.")
    ] = 900.0,
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once, then exit.")] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: the db_url setting).")
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow feeds and articles on private, loopback or link-local addresses.",
        ),
    ] = False,
) -> None:
    """Watch feeds: fetch new articles safely, code them and save their events to the store."""
    from tocsin.batch.dedup import CopyFinder
    from tocsin.pipeline import Pipeline
    from tocsin.store import Store

    def echo(message: str) -> None:
        typer.echo(message, err=True)

    settings = Settings.from_env(db_url=db)
    pipeline = Pipeline.load(settings)
    store = Store.open(settings.db_url)
    copies = CopyFinder.from_prints(store.fingerprints())
    handler = code_and_store(pipeline, store, echo, copies, settings)
    try:
        watch(
            feeds,
            settings,
            on_document=handler,
            interval=interval,
            once=once,
            allow_private=allow_private,
            echo=echo,
        )
    except KeyboardInterrupt:
        echo("stopped")
    finally:
        close = getattr(store, "close", None)
        if callable(close):
            close()


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_command)
