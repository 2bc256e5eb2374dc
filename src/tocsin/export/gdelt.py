"""GDELT 2.0 event TSV: the 61 columns of the GDELT 2.0 Event codebook, in order.

Actor country codes stay CAMEO/ISO3 (as GDELT's ``Actor1CountryCode``); geography uses FIPS
10-4 country codes, converted from ISO3. Each tocsin record is one report, so NumMentions,
NumSources and NumArticles are 1; AvgTone is left empty (tocsin measures no tone).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from tocsin.export.items import ExportItem
from tocsin.export.tables import ExportTables
from tocsin.export.tsv import write_row
from tocsin.models import ActorRef, Location

NO_GEO = ("0", "", "", "", "", "", "", "")


def fraction_date(day: date) -> float:
    """GDELT's FractionDate: the year plus the fraction of it elapsed (4 decimals)."""
    days = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    return round(day.year + day.timetuple().tm_yday / days, 4)


def _actor(actor: ActorRef | None) -> list[Any]:
    if actor is None:
        return [""] * 10
    return [
        actor.code,
        actor.name or actor.text,
        actor.country,
        "",
        "",
        "",
        "",
        actor.sector,
        "",
        "",
    ]


def _geo(place: Location | None, tables: ExportTables) -> list[Any]:
    if place is None:
        return list(NO_GEO)
    fips = tables.fips(place.country)
    spec = tables.formats["gdelt"]
    types = spec["geo_type_us"] if place.country == "USA" else spec["geo_type"]
    full = ", ".join(
        dict.fromkeys(
            x for x in (place.name, place.admin1, tables.country_name(place.country)) if x
        )
    )
    return [types.get(place.precision, 4), full, fips, fips, "", place.lat, place.lon, ""]


def gdelt_row(item: ExportItem, tables: ExportTables) -> list[Any]:
    """The 61 values of one event."""
    event = item.event
    day = item.day
    cameo = event.cameo
    added = (
        item.added.strftime("%Y%m%d%H%M%S")
        if item.added
        else (day.strftime("%Y%m%d000000") if day else "")
    )
    row = [
        item.numeric_id,
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        fraction_date(day) if day else "",
        *_actor(event.actor),
        *_actor(event.recipient),
        1 if event.sentence_index == 0 else 0,
        cameo,
        cameo[:3],
        cameo[:2],
        event.quad_class,
        float(event.goldstein),
        1,
        1,
        1,
        "",
        *NO_GEO,  # actor geography is not resolved apart from the event's place
        *NO_GEO,
        *_geo(event.location, tables),
        added,
        item.url or "",
    ]
    return row


def write(items: Iterable[ExportItem], out: TextIO, tables: ExportTables) -> int:
    """Write GDELT rows (no header line, as GDELT's own files); returns the row count."""
    count = 0
    for item in items:
        write_row(out, gdelt_row(item, tables))
        count += 1
    return count
