"""A small UCDP GED export for tests: the columns tocsin reads, empty where a row says nothing."""

from __future__ import annotations

import csv
from pathlib import Path

COLUMNS = [
    "id",
    "date_start",
    "date_end",
    "type_of_violence",
    "conflict_name",
    "dyad_name",
    "side_a",
    "side_b",
    "source_article",
    "where_coordinates",
    "adm_1",
    "latitude",
    "longitude",
    "where_prec",
    "date_prec",
    "deaths_civilians",
    "low",
    "best",
    "high",
]


def write_ged(
    path: Path, rows: list[dict[str, str]], defaults: dict[str, str] | None = None
) -> Path:
    """Write ``rows`` (each over ``defaults``) as a GED CSV export at ``path``."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            full = {**(defaults or {}), **row}
            writer.writerow({c: full.get(c, "") for c in COLUMNS})
    return path
