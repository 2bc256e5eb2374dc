"""Exports of stored or freshly coded events in the formats the field uses.

Text formats write to a stream; Parquet writes a file. GDELT, ICEWS and ACLED hold events
that happened, so by default they leave out events not asserted or alleged (possible,
future, conditional, requested, negated, denied); PLOVER and JSONL keep every event with its
factuality.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from tocsin.export import acled, gdelt, icews, jsonl, plover, table
from tocsin.export.items import HAPPENED, ExportItem
from tocsin.export.tables import ExportTables

TextWriter = Callable[[Iterable[ExportItem], TextIO, ExportTables], int]


@dataclass(frozen=True)
class TextFormat:
    """A text export format: its writer and whether it only holds events that happened."""

    name: str
    write: TextWriter
    happened_only: bool


TEXT_FORMATS = {
    "jsonl": TextFormat("jsonl", jsonl.write, happened_only=False),
    "plover": TextFormat("plover", plover.write, happened_only=False),
    "gdelt": TextFormat("gdelt", gdelt.write, happened_only=True),
    "icews": TextFormat("icews", icews.write, happened_only=True),
    "acled": TextFormat("acled", acled.write, happened_only=True),
    "table": TextFormat("table", table.write, happened_only=False),
}
#: Formats of ``tocsin export`` (``table`` is for the terminal, in ``tocsin code``).
FORMATS = ("plover", "gdelt", "icews", "acled", "parquet", "jsonl")


def selected(
    items: Iterable[ExportItem], fmt: str, include_hypothetical: bool = False
) -> Iterable[ExportItem]:
    """The items a format keeps: events that happened only, unless asked otherwise."""
    spec = TEXT_FORMATS.get(fmt)
    if spec is None or not spec.happened_only or include_hypothetical:
        return items
    return (item for item in items if item.happened)


def export_text(
    items: Iterable[ExportItem],
    fmt: str,
    out: TextIO,
    tables: ExportTables,
    include_hypothetical: bool = False,
) -> int:
    """Write ``items`` as ``fmt`` to ``out``; returns the number of records written."""
    spec = TEXT_FORMATS[fmt]
    return spec.write(selected(items, fmt, include_hypothetical), out, tables)


__all__ = [
    "FORMATS",
    "HAPPENED",
    "TEXT_FORMATS",
    "ExportItem",
    "ExportTables",
    "export_text",
    "selected",
]
