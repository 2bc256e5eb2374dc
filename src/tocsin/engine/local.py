"""The single-process engine: one Pipeline, the batch runner, and the chosen target."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from tocsin.batch.runner import BatchRunner, BatchStats, Notify
from tocsin.engine.shards import Target
from tocsin.export.items import ExportItem
from tocsin.models import Document
from tocsin.settings import Settings


def chunk_name(coded: list[Any]) -> str:
    """Stable file name of a chunk's Parquet part: a hash of its document ids."""
    ids = "\n".join(item.document.id for item in coded)
    return "chunk-" + hashlib.sha256(ids.encode("utf-8")).hexdigest()[:16]


class LocalEngine:
    """Codes a document stream in this process, into the store or a Parquet directory."""

    def __init__(
        self,
        settings: Settings,
        *,
        commit_every: int = 50,
        default_date: date | None = None,
        notify: Notify | None = None,
        pipeline: Any = None,
    ) -> None:
        self.settings = settings
        self.commit_every = commit_every
        self.default_date = default_date
        self.notify = notify
        self.pipeline = pipeline
        self.stats = BatchStats()

    def run(
        self,
        documents: Iterable[Document],
        target: Target,
        *,
        signature: str | None = None,
        inputs: str = "",
        resume: bool = True,
    ) -> Iterator[ExportItem]:
        """Code ``documents``; yields events once their chunk is committed."""
        from tocsin.store import Store

        pipeline = self.pipeline
        if pipeline is None:
            from tocsin.pipeline import Pipeline

            pipeline = Pipeline.load(self.settings)
        store = Store(target.db_url) if target.db_url and not target.parquet_dir else None
        parquet_dir = target.parquet_dir

        def write_parquet(coded: list[Any]) -> None:
            from tocsin.export.parquet import write_partitioned

            items = [ExportItem.of(e, c.document) for c in coded for e in c.events]
            write_partitioned(items, parquet_dir, chunk_name(coded))  # type: ignore[arg-type]

        runner = BatchRunner(
            pipeline,
            store,
            commit_every=self.commit_every,
            default_date=self.default_date,
            notify=self.notify,
            on_chunk=write_parquet if parquet_dir else None,
        )
        self.stats = runner.stats
        try:
            yield from runner.run(documents, signature=signature, inputs=inputs, resume=resume)
        finally:
            if store is not None:
                store.close()
