"""Code inputs into the store, the way ``tocsin code`` does, from Python.

>>> job = CodeJob(["archive.jsonl"], Settings.from_env(db_url="sqlite:///news.db"))
>>> for item in job.run():          # each committed event with its document
...     print(item.event.event)
>>> job.summary.exit_code           # 0, or EXIT_SOME_FAILED, or EXIT_NOTHING_DONE

Reading, cleaning, coding and storing go through the same engine as the command line; records
that fail are quarantined in the store's ``failures`` table (``tocsin failures``), problems
with the inputs are handed to ``notify``, and once every document is read the analysis step
(incidents, claims, alerts) runs over what was stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tocsin.batch.failures import READ, Failure, FailureLog
from tocsin.batch.runner import BatchStats
from tocsin.export.items import ExportItem
from tocsin.ingest.problems import Problem
from tocsin.settings import Settings

EXIT_OK = 0
EXIT_NOTHING_DONE = 1  # no document could be processed, or the store failed
EXIT_SOME_FAILED = 3  # some records failed and were quarantined; the others are stored
ENGINES = ("local", "dask")

Notify = Callable[[str], None]


@dataclass(frozen=True)
class CodeOptions:
    """How to run a batch (the options of ``tocsin code``)."""

    default_date: date | None = None
    store: bool = True  # write to the store at ``settings.db_url`` (and resume)
    parquet: str | None = None  # write Parquet here instead of the store
    engine: str = "local"
    scheduler: str | None = None
    resume: bool = True
    commit_every: int = 50
    allow_private: bool = False
    analyse: bool = True  # bring incidents, claims and alerts up to date afterwards
    wait: float = 0.0  # seconds to wait for another run over the same input to finish


@dataclass
class CodeSummary:
    """What a batch did."""

    stats: BatchStats = field(default_factory=BatchStats)
    input_errors: int = 0  # inputs or records that could not be read
    quarantined: int = 0  # records written to the failures table
    analysed_events: int = 0
    incidents: int = 0  # incidents touched by the analysis
    alerts: int = 0  # alerts active after it

    @property
    def failed(self) -> int:
        return self.stats.failed + self.input_errors

    @property
    def exit_code(self) -> int:
        """0 when all went well; 3 when some records failed; 1 when nothing could be done."""
        if self.stats.processed == 0 and self.stats.resumed_from == 0:
            return EXIT_NOTHING_DONE
        return EXIT_SOME_FAILED if self.failed else EXIT_OK

    def line(self) -> str:
        stats = self.stats
        return (
            f"coded {stats.documents:,} document(s), {stats.events:,} event(s); "
            f"{stats.skipped:,} already stored, {stats.duplicates:,} near-duplicate(s), "
            f"{self.failed:,} failed"
        ) + (f" ({self.quarantined:,} quarantined: `tocsin failures`)" if self.quarantined else "")


class CodeJob:
    """One batch over ``inputs``: iterate :meth:`run`, then read :attr:`summary`."""

    def __init__(
        self,
        inputs: Sequence[str],
        settings: Settings | None = None,
        options: CodeOptions | None = None,
        *,
        notify: Notify | None = None,
        documents: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
        pipeline: Any = None,
    ) -> None:
        if not inputs:
            raise ValueError("give at least one input (a file, directory, URL or -)")
        self.inputs = list(inputs)
        self.settings = settings or Settings.from_env()
        self.options = options or CodeOptions()
        if self.options.engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
        self.notify = notify or (lambda _message: None)
        self.wrap = documents or (lambda stream: stream)  # e.g. a progress display
        self.pipeline = pipeline
        self.summary = CodeSummary()
        self._quarantine: list[Failure] = []
        self._read_failures = 0  # records quarantined because they could not be read

    @property
    def uses_store(self) -> bool:
        return self.options.store and self.options.parquet is None

    def _on_problem(self, problem: Problem) -> None:
        self.notify(str(problem))
        if problem.fatal:
            self.summary.input_errors += 1
            if problem.record is not None and self.uses_store:
                self._read_failures += 1
                self._quarantine.append(
                    Failure(
                        stage=READ,
                        origin=problem.origin,
                        error=problem.message,
                        code=problem.code,
                        record=problem.record,
                    )
                )

    def _engine(self) -> Any:
        options = self.options
        if options.engine == "dask":
            from tocsin.engine.cluster import DaskEngine

            return DaskEngine(
                self.settings,
                scheduler=options.scheduler,
                shard_size=options.commit_every,
                default_date=options.default_date,
                notify=self.notify,
            )
        from tocsin.engine.local import LocalEngine

        return LocalEngine(
            self.settings,
            commit_every=options.commit_every,
            default_date=options.default_date,
            notify=self.notify,
            pipeline=self.pipeline,
        )

    def _flush_quarantine(self) -> None:
        if not self._quarantine:
            return
        from tocsin.store import Store

        with Store.open(self.settings.db_url) as store:
            FailureLog(store).record(self._quarantine)
        self._quarantine.clear()

    def run(self) -> Iterator[ExportItem]:
        """Code every input; yields each event once its document is committed.

        With a store, the run holds the store's lock for its input (a second run over the
        same input waits ``options.wait`` seconds, then refuses with
        :class:`~tocsin.errors.StoreBusyError`), and ends with the analysis step over every
        queued event — its own and any a crashed run left behind.
        """
        from tocsin.batch.signature import input_signature

        signature = input_signature(self.inputs)
        if not self.uses_store:
            yield from self._code(signature)
            return
        from tocsin.store import Store
        from tocsin.store.locks import StoreLock

        with Store.open(self.settings.db_url) as store:
            name = f"batch-{signature[:32]}" if signature else None
            if name is not None:
                purpose = f"tocsin code {' '.join(self.inputs)}"[:500]
                with StoreLock(store, name, wait=self.options.wait, purpose=purpose):
                    yield from self._code(signature)
            else:
                yield from self._code(signature)
            if self.options.analyse:
                self.analyse(store)

    def _code(self, signature: str | None) -> Iterator[ExportItem]:
        from tocsin.engine.shards import Target
        from tocsin.ingest import iter_documents

        options = self.options
        documents = iter_documents(
            self.inputs,
            self.settings,
            on_problem=self._on_problem,
            allow_private=options.allow_private,
        )
        target = Target(
            db_url=self.settings.db_url if self.uses_store else None,
            parquet_dir=options.parquet,
        )
        engine = self._engine()
        self.summary.stats = engine.stats
        try:
            for item in engine.run(
                self.wrap(documents),
                target,
                signature=signature,
                inputs=" ".join(self.inputs),
                resume=options.resume,
            ):
                self.summary.stats = engine.stats
                yield item
                if len(self._quarantine) >= 100:
                    self._flush_quarantine()
        finally:
            self.summary.stats = engine.stats
            stored_failures = engine.stats.failed if self.uses_store else 0
            self.summary.quarantined = stored_failures + self._read_failures
            self._flush_quarantine()

    def analyse(self, store: Any) -> None:
        """The analysis step: incidents, claims and alerts for every queued event."""
        from tocsin.analysis import analyse_pending, pending_count

        waiting = pending_count(store)
        if not waiting:
            return
        self.notify(f"analysing {waiting:,} stored event(s): incidents, claims, alerts")
        analysis = analyse_pending(store, self.settings)
        self.summary.analysed_events = analysis.events
        self.summary.incidents = len(analysis.incidents)
        self.summary.alerts = analysis.alerts
        self.notify(
            f"incidents touched: {len(analysis.incidents):,}; alerts active: {analysis.alerts:,}"
        )
