"""Exports of stored or freshly coded events in the formats the field uses.

The formats are entries of the registry (:mod:`tocsin.export.formats` has the package's own;
plugins may add more). Text formats write to a stream; Parquet writes a file. GDELT, ICEWS and
ACLED hold events that happened, so by default they leave out events not asserted or alleged
(possible, future, conditional, requested, negated, denied); PLOVER and JSONL keep every event
with its factuality.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from tocsin.export.formats import ExportFormat
from tocsin.export.items import HAPPENED, ExportItem
from tocsin.export.tables import ExportTables

if TYPE_CHECKING:
    from tocsin.plugins import Registry


def formats(registry: Registry | None = None) -> dict[str, ExportFormat]:
    """Every registered export format by name (the package's and the plugins')."""
    from tocsin.plugins import Registry

    return (registry or Registry.load()).exports


def export_text(
    items: Iterable[ExportItem],
    fmt: str | ExportFormat,
    out: TextIO,
    tables: ExportTables,
    include_hypothetical: bool = False,
) -> int:
    """Write ``items`` as ``fmt`` to ``out``; returns the number of records written."""
    spec = fmt if isinstance(fmt, ExportFormat) else formats()[fmt]
    if spec.write is None:
        raise ValueError(f"{spec.name} writes a file, not a stream")
    return spec.write(spec.selected(items, include_hypothetical), out, tables)


__all__ = [
    "HAPPENED",
    "ExportFormat",
    "ExportItem",
    "ExportTables",
    "export_text",
    "formats",
]
