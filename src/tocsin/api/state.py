"""What one running app holds: settings, the store and a pipeline loaded on first use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from tocsin.api.cache import VersionCache
from tocsin.settings import Settings

PipelineFactory = Callable[[], Any]


class AppState:
    """Settings, the store (opened on first use) and the lazily loaded pipeline."""

    def __init__(
        self,
        settings: Settings,
        pipeline_factory: PipelineFactory | None = None,
        store: Any | None = None,
    ) -> None:
        self.settings = settings
        self._factory = pipeline_factory or self._default_factory
        self._pipeline: Any | None = None
        self._store = store
        self._lock = threading.Lock()
        self.coding_lock = threading.Lock()  # one write (store → incidents) at a time
        self.parsing_lock = threading.Lock()  # one document parsed and coded at a time
        self.cache = VersionCache()

    def cached(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered until the store's next committed write."""
        return self.cache.get(key, self.store.version(), compute)

    def _default_factory(self) -> Any:
        from tocsin.pipeline import Pipeline

        return Pipeline.load(self.settings)

    @property
    def store(self) -> Any:
        """The store, opened (and migrated) the first time it is needed."""
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from tocsin.store import Store

                    self._store = Store.open(self.settings.db_url)
        return self._store

    @property
    def pipeline(self) -> Any:
        """The pipeline, loaded once per app the first time a document is coded."""
        if self._pipeline is None:
            with self._lock:
                if self._pipeline is None:
                    self._pipeline = self._factory()
        return self._pipeline

    @property
    def pipeline_loaded(self) -> bool:
        return self._pipeline is not None
