"""Saving and analysing posted documents in a process of their own, at a lower priority.

The analysis of a new article (the incidents of its dyads, claims, alerts) is Python work of
up to a second or more on a large store. Run by the server's own process, it holds the
interpreter lock against every read being answered, so reads wait for writes. Run by a write
process with a higher nice value (``api_write_nice``), reads only share the CPUs with it and
the operating system serves them first. The process is started on the first write and
handles one write at a time; the documents are still parsed by the server (a few tens of
milliseconds), so the write process needs no language model.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from tocsin.api.coding import Saved, save_and_analyse
from tocsin.errors import StoreError
from tocsin.settings import Settings

#: what a write process holds: its settings and its store (one write process per pool)
_OPENED: dict[str, Any] = {}


def _start(settings: Settings, nice: int) -> None:
    with contextlib.suppress(OSError):  # not allowed here: run at the server's priority
        os.nice(nice)
    from tocsin.store import Store

    _OPENED["settings"] = settings
    _OPENED["store"] = Store.open(settings.db_url)


def _save_and_analyse(coded: list[Any]) -> Saved:
    return save_and_analyse(_OPENED["store"], coded, _OPENED["settings"])


class WriteProcess:
    """One process that saves and analyses coded documents for the API, one batch at a time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start,
                    initargs=(self.settings, self.settings.api_write_nice),
                )
            return self._pool

    def __call__(self, coded: Sequence[Any]) -> Saved:
        """Save and analyse ``coded`` in the write process; what it did."""
        try:
            return self._executor().submit(_save_and_analyse, list(coded)).result()
        except BrokenProcessPool as exc:  # the process died: the next write starts another
            self.close()
            raise StoreError(f"the write process stopped ({exc}); try again") from exc

    def pid(self) -> int:
        """The id of the write process (started if it was not)."""
        return int(self._executor().submit(os.getpid).result())

    def close(self) -> None:
        """Stop the process (after the write it is doing, if any)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
