"""The batch runner: stream documents, skip stored ones and near-copies, code, commit, record.

Documents are handled in chunks of ``commit_every``: each chunk's new documents are coded,
saved in one transaction, and then the run's cursor moves past the chunk. After a crash the
next run skips the first ``cursor`` documents without reading them twice into the pipeline,
and any document stored after the last cursor move is recognised by its id and skipped, so
nothing is lost or stored twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date
from itertools import islice
from typing import Any, Protocol

from tocsin.batch.dedup import Copy, CopyFinder
from tocsin.batch.failures import CODE, READ, STORE, Failure, FailureLog
from tocsin.batch.progress import INTERRUPTED, RunLog, RunState
from tocsin.errors import BadTextError
from tocsin.export.items import ExportItem
from tocsin.ingest.sanitise import clean_document
from tocsin.isolate import code_isolated
from tocsin.models import Document
from tocsin.store import Store

Notify = Callable[[str], None]
Quarantine = Callable[[list[Failure]], object]


class Coder(Protocol):
    """What the runner needs of a pipeline (``tocsin.pipeline.Pipeline`` fits)."""

    def code_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[object]:
        """Coded documents or failures, in order."""
        ...


@dataclass
class BatchStats:
    """Counts of one run (cumulative over resumed runs of the same input)."""

    read: int = 0
    documents: int = 0  # newly coded and stored (or coded, without a store)
    skipped: int = 0  # already stored
    duplicates: int = 0  # near-copies linked, not coded
    failed: int = 0
    events: int = 0
    resumed_from: int = 0

    @property
    def processed(self) -> int:
        """Documents handled successfully in any way."""
        return self.documents + self.skipped + self.duplicates

    def counts(self) -> dict[str, int]:
        data = asdict(self)
        return {k: data[k] for k in ("documents", "skipped", "duplicates", "failed", "events")}


class BatchRunner:
    """Codes a document stream into a store (or not), yielding events as they are committed."""

    def __init__(
        self,
        pipeline: Coder,
        store: Store | None,
        *,
        commit_every: int = 50,
        default_date: date | None = None,
        notify: Notify | None = None,
        find_copies: bool = True,
        on_chunk: Callable[[list[Any]], None] | None = None,
        quarantine: Quarantine | None = None,
        repair_text: bool = False,
    ) -> None:
        self.pipeline = pipeline
        self.store = store
        self.commit_every = max(1, commit_every)
        self.default_date = default_date
        self.notify = notify or (lambda _message: None)
        self.find_copies = find_copies
        self.on_chunk = on_chunk  # receives each chunk's coded documents after saving
        self.repair_text = repair_text
        if quarantine is None and store is not None:
            quarantine = FailureLog(store).record
        self.quarantine = quarantine
        self.stats = BatchStats()

    # -- public --------------------------------------------------------------------------
    def run(
        self,
        documents: Iterable[Document],
        *,
        signature: str | None = None,
        inputs: str = "",
        resume: bool = True,
    ) -> Iterator[ExportItem]:
        """Code ``documents``; yields each committed event with its document's metadata."""
        log = RunLog(self.store) if self.store is not None and signature else None
        state = log.start(signature, inputs, resume=resume) if log and signature else None
        stream = iter(documents)
        if state is not None and state.position:
            self._resume(state, stream)
        copies = self._copy_finder()
        position = state.position if state else 0
        try:
            while chunk := list(islice(stream, self.commit_every)):
                yield from self._chunk(chunk, copies)
                position += len(chunk)
                if log and state:
                    log.advance(state.id, position, self.stats.counts())
        except BaseException:
            if log and state:
                log.finish(state.id, INTERRUPTED, self.stats.counts())
            raise
        if log and state:
            log.finish(state.id, counts=self.stats.counts())

    # -- steps ---------------------------------------------------------------------------
    def _resume(self, state: RunState, stream: Iterator[Document]) -> None:
        skipped = sum(1 for _ in islice(stream, state.position))
        for name, value in state.counts.items():
            setattr(self.stats, name, value)
        self.stats.resumed_from = skipped
        self.notify(f"resuming an interrupted run after {skipped:,} document(s)")

    def _copy_finder(self) -> CopyFinder | None:
        if not self.find_copies:
            return None
        if self.store is None:
            return CopyFinder()
        return CopyFinder.from_prints(self.store.fingerprints())

    def _fail(self, failures: list[Failure]) -> None:
        """Count, report and quarantine failed records; the batch goes on."""
        if not failures:
            return
        self.stats.failed += len(failures)
        for failure in failures:
            code = f"[{failure.code}] " if failure.code else ""
            self.notify(f"error: {failure.origin}: {code}{failure.error}")
        if self.quarantine is not None:
            self.quarantine(failures)

    def _cleaned(self, chunk: list[Document]) -> list[Document]:
        """The chunk's documents dated and made storable; damaged ones are quarantined."""
        kept, failures = [], []
        for document in chunk:
            try:
                kept.append(clean_document(self._dated(document), repair=self.repair_text))
            except BadTextError as exc:
                failures.append(Failure.of_document(READ, document, exc))
        self._fail(failures)
        return kept

    def _code(self, fresh: list[Document]) -> list[Any]:
        """Coded documents, saved; those the pipeline or the store refused are quarantined."""
        coded, failures = [], []
        for result in code_isolated(self.pipeline, fresh):
            if hasattr(result, "error"):
                failures.append(Failure.of_document(CODE, result.document, result.error))
            else:
                coded.append(result)
        if self.store is not None and coded:
            refused: set[str] = set()

            def on_failure(item: Any, error: Exception) -> None:
                refused.add(item.document.id)
                failures.append(Failure.of_document(STORE, item.document, error))

            self.store.save_many(coded, on_failure=on_failure)
            coded = [item for item in coded if item.document.id not in refused]
        self._fail(failures)
        return coded

    def _chunk(self, chunk: list[Document], copies: CopyFinder | None) -> Iterator[ExportItem]:
        self.stats.read += len(chunk)
        chunk = self._cleaned(chunk)
        known = self.store.known_ids(d.id for d in chunk) if self.store is not None else set()
        fresh: list[Document] = []
        copied: list[tuple[Document, Copy]] = []
        stored_again: list[Document] = []
        seen: set[str] = set()
        for document in chunk:
            if document.id in known or document.id in seen:
                self.stats.skipped += 1
                if document.id in known and document.id not in seen:
                    stored_again.append(document)
                seen.add(document.id)
                continue
            seen.add(document.id)
            copy = copies.check(document.id, document.text) if copies else None
            if copy is not None:
                copied.append((document, copy))
                continue
            fresh.append(document)
        coded = self._code(fresh)
        if self.on_chunk is not None and coded:
            self.on_chunk(coded)
        self.stats.documents += len(coded)
        self._link_copies(copied)
        for document in stored_again:
            yield from self._stored_items(document)
        for item in coded:
            self.stats.events += len(item.events)
            for event in item.events:
                yield ExportItem.of(event, item.document)

    def _link_copies(self, copied: list[tuple[Document, Copy]]) -> None:
        for document, copy in copied:
            name = document.origin or document.id
            linked = (
                self.store is None
                or self.store.mark_duplicate(document, copy.original, copy.fingerprint)
                or self.store.has_document(document.id)
            )
            if not linked:
                self.notify(
                    f"warning: {name}: near-copy of {copy.original}, which is not stored; skipped"
                )
                continue
            self.stats.duplicates += 1
            self.notify(
                f"notice: {name}: near-duplicate of {copy.original} "
                f"({copy.distance} bit(s) apart); stored as a copy, not coded again"
            )

    def _stored_items(self, document: Document) -> Iterator[ExportItem]:
        assert self.store is not None
        stored = self.store.document(document.id) or document
        events = self.store.events(doc_id=document.id)
        for event in sorted(events, key=lambda e: (e.sentence_index, e.trigger.start, e.id)):
            yield ExportItem.of(event, stored)

    def _dated(self, document: Document) -> Document:
        if document.date is None and self.default_date is not None:
            return replace(document, date=self.default_date)
        return document
