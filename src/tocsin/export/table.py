"""A readable, streaming text table of events (one line each) for a terminal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from tocsin.export.items import ExportItem
from tocsin.export.tables import ExportTables
from tocsin.models import ActorRef

COLUMNS = (
    ("date", 10),
    ("actor", 14),
    ("event", 9),
    ("cameo", 5),
    ("recipient", 14),
    ("status", 11),
    ("sentence", 60),
)


def _actor(actor: ActorRef | None) -> str:
    if actor is None:
        return "-"
    return actor.code or actor.country or actor.name or actor.text


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table_line(item: ExportItem) -> str:
    """One aligned line describing an event."""
    event = item.event
    day = (
        event.date.value if event.date else (item.published.isoformat() if item.published else "-")
    )
    values = (
        day,
        _actor(event.actor),
        event.event,
        event.cameo,
        _actor(event.recipient),
        event.factuality.status,
        event.sentence,
    )
    return "  ".join(
        _fit(value, width).ljust(width) for value, (_, width) in zip(values, COLUMNS, strict=True)
    ).rstrip()


def write(items: Iterable[ExportItem], out: TextIO, tables: ExportTables) -> int:
    """Write a header and one line per event, flushing as it goes; returns the row count."""
    out.write("  ".join(name.upper().ljust(width) for name, width in COLUMNS).rstrip() + "\n")
    count = 0
    for item in items:
        out.write(table_line(item) + "\n")
        out.flush()
        count += 1
    return count
