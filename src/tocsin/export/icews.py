"""ICEWS coded-event TSV: the 20 columns of the ICEWS event files, with a header line.

Countries are English names, sectors ICEWS-style names, ``Event Text`` the CAMEO name of
the code and ``Intensity`` its Goldstein weight.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from tocsin.export.items import ExportItem
from tocsin.export.tables import ExportTables
from tocsin.export.tsv import write_row
from tocsin.models import ActorRef


def _actor(actor: ActorRef | None, tables: ExportTables) -> list[str]:
    if actor is None:
        return ["", "", ""]
    sector = tables.sector(actor.sector)
    return [
        actor.name or actor.text,
        sector.name if sector else (actor.sector or ""),
        tables.country_name(actor.country),
    ]


def icews_row(item: ExportItem, tables: ExportTables) -> list[Any]:
    """The 20 values of one event."""
    event = item.event
    day = item.day
    place = event.location
    source_name, source_sectors, source_country = _actor(event.actor, tables)
    target_name, target_sectors, target_country = _actor(event.recipient, tables)
    is_city = place is not None and place.precision in ("city", "point")
    return [
        item.numeric_id,
        day.isoformat() if day else "",
        source_name,
        source_sectors,
        source_country,
        tables.cameo_names.get(event.cameo, ""),
        event.cameo,
        float(event.goldstein),
        target_name,
        target_sectors,
        target_country,
        event.doc_id,
        event.sentence_index + 1,  # ICEWS numbers sentences from 1
        item.source or "",
        place.name if is_city and place else "",
        "",
        place.admin1 or (place.name if place.precision == "admin1" else "") if place else "",
        tables.country_name(place.country) if place else "",
        place.lat if place else "",
        place.lon if place else "",
    ]


def write(items: Iterable[ExportItem], out: TextIO, tables: ExportTables) -> int:
    """Write the header and one row per event; returns the row count."""
    write_row(out, tables.columns("icews"))
    count = 0
    for item in items:
        write_row(out, icews_row(item, tables))
        count += 1
    return count
