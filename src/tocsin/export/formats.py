"""Export formats as registry entries: the package's own, and any a plugin adds.

A text format writes to a stream (``write(items, out, tables) -> count``); a file format such as
Parquet writes a file (``write_file(items, path) -> count``). Formats that hold only events that
happened (GDELT, ICEWS, ACLED) leave out the others unless asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from tocsin.export.items import ExportItem
from tocsin.export.tables import ExportTables

if TYPE_CHECKING:
    from tocsin.plugins import Registry

TextWriter = Callable[[Iterable[ExportItem], TextIO, ExportTables], int]
FileWriter = Callable[[Iterable[ExportItem], Path], int]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: a stream writer or a file writer, and what it keeps."""

    name: str
    help: str
    write: TextWriter | None = None
    write_file: FileWriter | None = None
    happened_only: bool = False
    stored: bool = True  # offered by ``tocsin export`` (``table`` is for the terminal only)

    def __post_init__(self) -> None:
        if (self.write is None) == (self.write_file is None):
            raise ValueError(f"export format {self.name!r} needs one of write or write_file")

    @property
    def text(self) -> bool:
        return self.write is not None

    def selected(
        self, items: Iterable[ExportItem], include_hypothetical: bool = False
    ) -> Iterable[ExportItem]:
        """The items this format keeps: events that happened only, unless asked otherwise."""
        if not self.happened_only or include_hypothetical:
            return items
        return (item for item in items if item.happened)


def _parquet_file(items: Iterable[ExportItem], path: Path) -> int:
    from tocsin.export.parquet import write_file

    return write_file(items, path)


def register(registry: Registry) -> None:
    """Register the package's own formats."""
    from tocsin.export import acled, gdelt, icews, jsonl, plover, table

    for export in (
        ExportFormat("plover", "PLOVER 2.0 JSONL", plover.write),
        ExportFormat("gdelt", "GDELT 2.0 event TSV, 61 columns", gdelt.write, happened_only=True),
        ExportFormat("icews", "ICEWS TSV", icews.write, happened_only=True),
        ExportFormat(
            "acled",
            "ACLED-style CSV, events with an ACLED category only",
            acled.write,
            happened_only=True,
        ),
        ExportFormat("parquet", "Parquet file, needs --out", write_file=_parquet_file),
        ExportFormat("jsonl", "the record contract", jsonl.write),
        ExportFormat("table", "a table for the terminal", table.write, stored=False),
    ):
        registry.add_export(export)
