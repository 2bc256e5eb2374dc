"""ACLED-style CSV: ACLED's export columns, for events that carry an ACLED category.

Only events with an ACLED event type are written. Actor names follow ACLED's conventions
("Military Forces of Azerbaijan"), interaction codes come from the actors' sectors, and
``fatalities`` is 0 when the text gives no count, as in ACLED.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import UTC
from typing import Any, TextIO

from tocsin.export.items import ExportItem
from tocsin.export.tables import ExportTables
from tocsin.models import ActorRef

CIVILIANS = 7


def acled_actor(actor: ActorRef | None, tables: ExportTables) -> tuple[str, int | None]:
    """ACLED-style actor name and interaction code (None when the actor is unknown)."""
    if actor is None:
        return "", None
    country = tables.country_name(actor.country)
    sector = tables.sector(actor.sector)
    if sector is None:
        if actor.country and actor.country in tables.countries and not actor.sector:
            return f"Government of {country}", 1
        return actor.name or actor.text, 8
    name = sector.acled.format(country=country or "International", name=actor.name or actor.text)
    return name, sector.inter


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction: the two codes, lower first; one code alone is followed by 0."""
    if inter1 is None and inter2 is None:
        return ""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    return f"{codes[0]}{codes[1] if len(codes) > 1 else 0}"


def acled_row(item: ExportItem, tables: ExportTables) -> dict[str, Any] | None:
    """The ACLED columns of one event, or None when it has no ACLED category."""
    event = item.event
    if event.acled is None:
        return None
    spec = tables.formats["acled"]
    place = event.location
    iso3 = (
        (place.country if place else None)
        or (event.actor.country if event.actor else None)
        or (event.recipient.country if event.recipient else None)
    )
    country = tables.countries.get(iso3 or "")
    actor1, inter1 = acled_actor(event.actor, tables)
    actor2, inter2 = acled_actor(event.recipient, tables)
    day = item.day
    size = event.size
    civilian = event.acled.event_type == "Violence against civilians" or inter2 == CIVILIANS
    tags = []
    if size is not None and size.participants is not None:
        tags.append(f"crowd size={'around ' if size.approximate else ''}{size.participants}")
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{item.numeric_id}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": spec["time_precision"].get(item.precision, 3) if day else "",
        "disorder_type": spec["disorder_type"].get(event.acled.event_type, ""),
        "event_type": event.acled.event_type,
        "sub_event_type": event.acled.sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": "",
        "inter1": "" if inter1 is None else inter1,
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": "" if inter2 is None else inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": int(country.numeric) if country else "",
        "region": country.region if country else "",
        "country": country.name if country else (iso3 or ""),
        "admin1": (place.admin1 or "") if place else "",
        "admin2": "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": "" if place is None or place.lat is None else place.lat,
        "longitude": "" if place is None or place.lon is None else place.lon,
        "geo_precision": spec["geo_precision"].get(place.precision, 3) if place else "",
        "source": item.source or "",
        "source_scale": "",
        "notes": " ".join(event.sentence.split()),
        "fatalities": size.killed if size is not None and size.killed is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": int(item.added.replace(tzinfo=UTC).timestamp()) if item.added else "",
    }


def write(items: Iterable[ExportItem], out: TextIO, tables: ExportTables) -> int:
    """Write the header and the events that have an ACLED category; returns the row count."""
    writer = csv.DictWriter(out, fieldnames=tables.columns("acled"), lineterminator="\n")
    writer.writeheader()
    count = 0
    for item in items:
        row = acled_row(item, tables)
        if row is not None:
            writer.writerow(row)
            count += 1
    return count
