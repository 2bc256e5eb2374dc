"""The client side of the Dask engine: read, skip, shard, submit, collect, record progress.

The client reads the input stream, skips documents already stored and near-copies (linked
in the store once their originals are), groups the rest into shards and keeps a bounded
number of shards in flight, so memory stays flat however long the archive. Workers write to
the store (PostgreSQL for a multi-machine cluster) or to partitioned Parquet.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from tocsin.batch.dedup import Copy, CopyFinder
from tocsin.batch.failures import FailureLog
from tocsin.batch.progress import INTERRUPTED, RunLog
from tocsin.batch.runner import BatchStats, Notify
from tocsin.engine.shards import Shard, ShardResult, Target
from tocsin.engine.worker import PLUGIN, Loader, TocsinPlugin, code_shard, done_marker
from tocsin.errors import BadTextError
from tocsin.export.items import ExportItem
from tocsin.ingest.sanitise import clean_document
from tocsin.models import Document
from tocsin.settings import Settings
from tocsin.store import Store


class Cursor:
    """The input position before which every shard has finished (shards finish out of order)."""

    def __init__(self, start: int) -> None:
        self.position = start
        self._pending: dict[int, bool] = {}  # shard end → finished

    def submitted(self, end: int) -> None:
        self._pending[end] = False

    def finished(self, end: int) -> int:
        self._pending[end] = True
        for key in sorted(self._pending):
            if not self._pending[key]:
                break
            self.position = max(self.position, key)
            del self._pending[key]
        return self.position

    def read_up_to(self, end: int) -> None:
        """Documents read but not sent (skipped, copies) advance the cursor when nothing waits."""
        if not self._pending:
            self.position = max(self.position, end)


class DaskEngine:
    """Codes a document stream on a Dask cluster (a local one unless ``scheduler`` is given)."""

    def __init__(
        self,
        settings: Settings,
        *,
        scheduler: str | None = None,
        n_workers: int = 2,
        shard_size: int = 50,
        in_flight_per_worker: int = 2,
        default_date: date | None = None,
        notify: Notify | None = None,
        loader: Loader | None = None,
    ) -> None:
        self.settings = settings
        self.loader = loader
        self.scheduler = scheduler
        self.n_workers = n_workers
        self.shard_size = max(1, shard_size)
        self.in_flight_per_worker = max(1, in_flight_per_worker)
        self.default_date = default_date
        self.notify = notify or (lambda _message: None)
        self.stats = BatchStats()

    def _client(self) -> tuple[Any, Any]:
        from distributed import Client, LocalCluster

        for name in ("distributed", "bokeh", "tornado"):
            logging.getLogger(name).setLevel(logging.ERROR)
        if self.scheduler:
            return Client(self.scheduler), None
        cluster = LocalCluster(
            n_workers=self.n_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: never collide with another cluster
            silence_logs=logging.ERROR,
        )
        return Client(cluster), cluster

    def run(
        self,
        documents: Iterable[Document],
        target: Target,
        *,
        signature: str | None = None,
        inputs: str = "",
        resume: bool = True,
    ) -> Iterator[ExportItem]:
        """Code ``documents`` on the cluster; yields events as shards finish."""
        from distributed import as_completed

        store = Store(target.db_url) if target.db_url and not target.parquet_dir else None
        log = RunLog(store) if store is not None and signature else None
        state = log.start(signature, inputs, resume=resume) if log and signature else None
        stream = iter(documents)
        start = 0
        if state is not None and state.position:
            start = sum(1 for _ in islice(stream, state.position))
            for name, value in state.counts.items():
                setattr(self.stats, name, value)
            self.stats.resumed_from = start
            self.notify(f"resuming an interrupted run after {start:,} document(s)")
        quarantine = FailureLog(store) if store is not None else None
        client, cluster = self._client()
        try:
            client.register_plugin(TocsinPlugin(self.settings, target, self.loader), name=PLUGIN)
            workers = max(1, len(client.scheduler_info()["workers"]))
            limit = workers * self.in_flight_per_worker
            cursor = Cursor(start)
            copies = CopyFinder.from_prints(store.fingerprints()) if store else CopyFinder()
            pending_copies: list[tuple[int, Document, Copy]] = []
            shards = self._shards(stream, start, store, target, copies, pending_copies, cursor)
            futures = as_completed()
            for shard in islice(shards, limit):
                cursor.submitted(shard.end)
                futures.add(client.submit(code_shard, shard, pure=False))
            for future in futures:
                result: ShardResult = future.result()
                self._count(result, quarantine)
                yield from result.items
                position = cursor.finished(result.end)
                for shard in islice(shards, 1):
                    cursor.submitted(shard.end)
                    futures.add(client.submit(code_shard, shard, pure=False))
                self._link(store, pending_copies, cursor.position)
                if log and state:
                    log.advance(state.id, position, self.stats.counts())
            self._link(store, pending_copies, None)
            if log and state:
                log.advance(state.id, cursor.position, self.stats.counts())
                log.finish(state.id, counts=self.stats.counts())
        except BaseException:
            if log and state:
                log.finish(state.id, INTERRUPTED, self.stats.counts())
            raise
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
            if store is not None:
                store.close()

    def _shards(
        self,
        stream: Iterator[Document],
        start: int,
        store: Store | None,
        target: Target,
        copies: CopyFinder,
        pending_copies: list[tuple[int, Document, Copy]],
        cursor: Cursor,
    ) -> Iterator[Shard]:
        """Shards of documents to code, after skipping stored documents and near-copies."""
        position = start
        while chunk := list(islice(stream, self.shard_size)):
            chunk = [self._dated(d) for d in chunk]
            self.stats.read += len(chunk)
            known = store.known_ids(d.id for d in chunk) if store is not None else set()
            fresh: list[Document] = []
            seen: set[str] = set()
            for document in chunk:
                position += 1
                if document.id in known or document.id in seen:
                    self.stats.skipped += 1
                    continue
                seen.add(document.id)
                copy = copies.check(document.id, document.text)
                if copy is not None:
                    pending_copies.append((position, document, copy))
                    continue
                fresh.append(document)
            shard = Shard(tuple(fresh), position)
            if not fresh or (
                target.parquet_dir and done_marker(target.parquet_dir, shard.key).exists()
            ):
                self.stats.skipped += len(fresh)
                cursor.read_up_to(position)
                continue
            yield shard

    def _count(self, result: ShardResult, failures: FailureLog | None) -> None:
        self.stats.documents += result.documents
        self.stats.events += result.events
        self.stats.failed += len(result.failures)
        for failure in result.failures:
            code = f"[{failure.code}] " if failure.code else ""
            self.notify(f"error: {failure.origin}: {code}{failure.error}")
        if failures is not None and result.failures:
            failures.record(result.failures)

    def _link(
        self,
        store: Store | None,
        pending: list[tuple[int, Document, Copy]],
        upto: int | None,
    ) -> None:
        """Link near-copies whose originals are now stored (every original comes first)."""
        while pending and (upto is None or pending[0][0] <= upto):
            _, document, copy = pending.pop(0)
            name = document.origin or document.id
            if store is not None and not (
                store.mark_duplicate(document, copy.original, copy.fingerprint)
                or store.has_document(document.id)
            ):
                self.notify(f"warning: {name}: near-copy of {copy.original}, not stored; skipped")
                continue
            self.stats.duplicates += 1
            self.notify(
                f"notice: {name}: near-duplicate of {copy.original} "
                f"({copy.distance} bit(s) apart); not coded again"
            )

    def _dated(self, document: Document) -> Document:
        """The document dated and made storable (damaged text is refused by the worker)."""
        if document.date is None and self.default_date is not None:
            document = replace(document, date=self.default_date)
        try:
            return clean_document(document, repair=self.settings.bad_text == "repair")
        except BadTextError:
            return document  # the worker's pipeline refuses it, and it is quarantined


def parquet_files(directory: str | Path) -> list[Path]:
    """The Parquet files a run wrote under ``directory``."""
    return sorted(Path(directory).glob("month=*/*.parquet"))
