"""What one running app holds: settings, the store and a pipeline loaded on first use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from tocsin.api.cache import VersionCache
from tocsin.settings import Settings

PipelineFactory = Callable[[], Any]
INCIDENT_MONTHS = 48  # months of incident records kept (see tocsin.api.incident_months)


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
        self._own_store = store is None  # opened here from settings.db_url
        self._writer: Any | None = None
        self._lock = threading.Lock()
        self.coding_lock = threading.Lock()  # one write (store → incidents) at a time
        self.parsing_lock = threading.Lock()  # one document parsed and coded at a time
        self.cache = VersionCache()
        #: months of one key's incident records (up to MONTH_INCIDENTS each): few, they are large
        self.incident_months = VersionCache(size=INCIDENT_MONTHS)

    def cached(
        self, key: Any, compute: Callable[[], Any], scopes: tuple[str, ...] | None = None
    ) -> Any:
        """``compute()``, remembered until the store's next committed write (with ``scopes``:
        until the next write to one of them, see :mod:`tocsin.store.version`)."""
        return self.cache.get(key, self.store.versions(scopes), compute)

    def known_versions(self, scopes: tuple[str, ...] | None) -> Any | None:
        """The versions of ``scopes`` when the store can answer them from memory at once (see
        :meth:`tocsin.store.Store.known_versions`); None when they must be read (or the store
        is not open yet)."""
        known = getattr(self._store, "known_versions", None)
        return None if known is None else known(scopes)

    @property
    def write(self) -> Any | None:
        """Where posted documents are saved and analysed: a write process (see
        :mod:`tocsin.api.writer`) when the store is a file or a server this app opened itself
        and ``api_write_process`` is on; None to do it in this process."""
        if not (self.settings.api_write_process and self._own_store):
            return None
        if not _shareable(self.settings.db_url):
            return None
        if self._writer is None:
            with self._lock:
                if self._writer is None:
                    from tocsin.api.writer import WriteProcess

                    self._writer = WriteProcess(self.settings)
        return self._writer

    def close(self) -> None:
        """Stop the write process, if one was started."""
        if self._writer is not None:
            self._writer.close()

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


def _shareable(url: str) -> bool:
    """Whether another process can open the store at ``url`` (not an in-memory SQLite)."""
    from tocsin.store.engine import normalise_url, sqlite_path

    try:
        parsed = normalise_url(url)
        return parsed.get_backend_name() != "sqlite" or sqlite_path(url) is not None
    except Exception:
        return False
