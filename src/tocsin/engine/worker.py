"""The worker side: each Dask worker process loads its Pipeline once and codes shards.

:class:`TocsinPlugin` is registered on every worker; its ``setup`` loads the pipeline (and
opens the store) once per process, and :func:`code_shard` tasks reuse them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tocsin.extras import require

require("distributed", "scale")

from distributed import WorkerPlugin, get_worker  # noqa: E402

from tocsin.batch.failures import CODE, STORE, Failure  # noqa: E402
from tocsin.engine.shards import Shard, ShardResult, Target  # noqa: E402
from tocsin.export.items import ExportItem  # noqa: E402
from tocsin.isolate import code_isolated  # noqa: E402
from tocsin.settings import Settings  # noqa: E402

PLUGIN = "tocsin-pipeline"

#: Builds a worker's pipeline from the settings (default: ``Pipeline.load``).
Loader = Callable[[Settings], Any]


def done_marker(directory: str, key: str) -> Path:
    """File that records a shard as fully written to a Parquet directory (for resuming)."""
    folder = Path(directory) / "_shards"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{key}.done"


class TocsinPlugin(WorkerPlugin):
    """Holds one loaded Pipeline (and one open Store) per worker process."""

    name = PLUGIN

    def __init__(self, settings: Settings, target: Target, loader: Loader | None = None) -> None:
        self.settings = settings
        self.target = target
        self.loader = loader
        self.pipeline: Any = None
        self.store: Any = None

    def setup(self, worker: Any) -> None:
        from tocsin.store import Store

        if self.loader is not None:
            self.pipeline = self.loader(self.settings)
        else:
            from tocsin.pipeline import Pipeline

            self.pipeline = Pipeline.load(self.settings)
        if self.target.db_url and not self.target.parquet_dir:
            self.store = Store(self.target.db_url, migrate=False)

    def teardown(self, worker: Any) -> None:
        if self.store is not None:
            self.store.close()


def code_shard(shard: Shard) -> ShardResult:
    """Code one shard on this worker and write it to the plugin's target."""
    plugin: TocsinPlugin = get_worker().plugins[PLUGIN]  # type: ignore[assignment]
    coded, failures = [], []
    for result in code_isolated(plugin.pipeline, list(shard.documents)):
        if hasattr(result, "error"):
            failures.append(Failure.of_document(CODE, result.document, result.error))
        else:
            coded.append(result)
    target = plugin.target
    if not target.parquet_dir and plugin.store is not None and coded:
        refused: set[str] = set()

        def on_failure(item: Any, error: Exception) -> None:
            refused.add(item.document.id)
            failures.append(Failure.of_document(STORE, item.document, error))

        plugin.store.save_many(coded, on_failure=on_failure)
        coded = [item for item in coded if item.document.id not in refused]
    items = [ExportItem.of(event, c.document) for c in coded for event in c.events]
    if target.parquet_dir:
        from tocsin.export.parquet import write_partitioned

        write_partitioned(items, target.parquet_dir, shard.key)
        done_marker(target.parquet_dir, shard.key).touch()
    return ShardResult(
        key=shard.key,
        end=shard.end,
        documents=len(coded),
        events=len(items),
        failures=tuple(failures),
        items=tuple(items) if target.return_items else (),
    )
