"""Split long id lists for ``IN (...)`` queries (SQLite allows at most 32,766 parameters)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

IN_BATCH = 500  # ids per IN (...) list


def id_chunks(ids: Sequence[str], size: int = IN_BATCH) -> Iterator[list[str]]:
    """Consecutive slices of ``ids`` of at most ``size`` items."""
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
