"""Parquet: flat columns plus the full record, which round-trips to the same events."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from tocsin.export import ExportItem
from tocsin.export.parquet import SCHEMA, write_file
from tocsin.models import Event


def test_parquet_round_trip(items: list[ExportItem], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert write_file(items, path, row_group=2) == 3
    table = pq.read_table(path)
    assert table.schema.equals(SCHEMA)
    assert table.num_rows == 3
    assert pq.ParquetFile(path).num_row_groups == 2
    rows = table.to_pylist()
    assert rows[0]["cameo"] == "195" and rows[0]["killed"] == 2
    assert rows[0]["month"] == "2023-09"
    rebuilt = [Event.from_dict(json.loads(row["record"])) for row in rows]
    assert rebuilt == [item.event for item in items]
