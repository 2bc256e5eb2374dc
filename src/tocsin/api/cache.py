"""Expensive read results cached per store version: valid until the next committed write.

One computation per key and version: requests that miss at the same time wait for the first
one's result instead of all computing it (a write invalidates every key at once).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

DEFAULT_SIZE = 512


class VersionCache:
    """A bounded LRU map ``key → (store version, value)``."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = size
        self._values: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}
        self.hits = 0
        self.misses = 0

    def _lookup(self, key: Hashable, version: Hashable) -> tuple[bool, Any]:
        with self._lock:
            found = self._values.get(key)
            if found is not None and found[0] == version:
                self._values.move_to_end(key)
                self.hits += 1
                return True, found[1]
            return False, None

    def get(self, key: Hashable, version: Hashable, compute: Callable[[], Any]) -> Any:
        """The value of ``key`` at ``version``, computed once when missing."""
        hit, value = self._lookup(key, version)
        if hit:
            return value
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            hit, value = self._lookup(key, version)
            if hit:
                return value
            value = compute()
            with self._lock:
                self.misses += 1
                self._values[key] = (version, value)
                self._values.move_to_end(key)
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
                self._computing.pop(key, None)
            return value
