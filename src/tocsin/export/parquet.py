"""Parquet: one flat row per event (query columns) plus the full record as JSON.

Rows are written in row groups, so an export of any size runs in bounded memory. The
``record`` column holds ``Event.to_dict()`` as JSON, so nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from tocsin.extras import require

pa = require("pyarrow", "parquet")
pq = require("pyarrow.parquet", "parquet")

from tocsin.export.items import ExportItem  # noqa: E402

ROW_GROUP = 5000

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("doc_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("context", pa.list_(pa.string())),
        ("cameo", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        ("acled_event_type", pa.string()),
        ("acled_sub_event_type", pa.string()),
        ("actor_code", pa.string()),
        ("actor_country", pa.string()),
        ("actor_sector", pa.string()),
        ("recipient_code", pa.string()),
        ("recipient_country", pa.string()),
        ("recipient_sector", pa.string()),
        ("status", pa.string()),
        ("score", pa.float64()),
        ("date", pa.date32()),
        ("date_value", pa.string()),
        ("date_precision", pa.string()),
        ("location_name", pa.string()),
        ("location_country", pa.string()),
        ("location_admin1", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("killed", pa.int64()),
        ("displaced", pa.int64()),
        ("confidence", pa.float64()),
        ("rule", pa.string()),
        ("published", pa.date32()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("month", pa.string()),
        ("record", pa.string()),
    ]
)


def flat_row(item: ExportItem) -> dict[str, Any]:
    """The flat Parquet row of one event."""
    event = item.event
    actor, recipient, place, size = event.actor, event.recipient, event.location, event.size
    day = item.day
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": float(event.goldstein),
        "acled_event_type": event.acled.event_type if event.acled else None,
        "acled_sub_event_type": event.acled.sub_event_type if event.acled else None,
        "actor_code": actor.code if actor else None,
        "actor_country": actor.country if actor else None,
        "actor_sector": actor.sector if actor else None,
        "recipient_code": recipient.code if recipient else None,
        "recipient_country": recipient.country if recipient else None,
        "recipient_sector": recipient.sector if recipient else None,
        "status": event.factuality.status,
        "score": float(event.factuality.score),
        "date": day,
        "date_value": event.date.value if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "location_admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "killed": size.killed if size else None,
        "displaced": size.displaced if size else None,
        "confidence": float(event.confidence),
        "rule": event.evidence.rule,
        "published": item.published,
        "source": item.source,
        "url": item.url,
        "month": day.strftime("%Y-%m") if day else "unknown",
        "record": json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True),
    }


def to_table(items: Iterable[ExportItem]) -> pa.Table:
    """A Parquet-ready table of the given events."""
    return pa.Table.from_pylist([flat_row(i) for i in items], schema=SCHEMA)


def _groups(items: Iterable[ExportItem], size: int) -> Iterator[list[ExportItem]]:
    iterator = iter(items)
    while group := list(islice(iterator, size)):
        yield group


def write_file(items: Iterable[ExportItem], path: str | Path, row_group: int = ROW_GROUP) -> int:
    """Write one Parquet file in row groups; returns the number of rows."""
    count = 0
    with pq.ParquetWriter(str(path), SCHEMA) as writer:
        for group in _groups(items, row_group):
            writer.write_table(to_table(group))
            count += len(group)
    return count


def write_partitioned(items: Iterable[ExportItem], directory: str | Path, name: str) -> int:
    """Write ``directory/month=YYYY-MM/<name>.parquet`` files (Hive-style partitions).

    A file's name comes from the caller (a shard's key), so writing the same shard again
    replaces its files instead of adding rows.
    """
    by_month: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        row = flat_row(item)
        by_month.setdefault(row["month"], []).append(row)
    for month, rows in by_month.items():
        folder = Path(directory) / f"month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{name}.parquet.partial"
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), str(partial))
        partial.replace(folder / f"{name}.parquet")
    return sum(len(rows) for rows in by_month.values())


def read_dataset(directory: str | Path) -> pa.Table:
    """Every row written by :func:`write_partitioned` under ``directory``."""
    files = sorted(Path(directory).glob("month=*/*.parquet"))
    if not files:
        return SCHEMA.empty_table()
    return pa.concat_tables(pq.read_table(str(f), schema=SCHEMA) for f in files)
