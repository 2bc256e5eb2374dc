"""JSONL of the tocsin record contract: exactly ``Event.to_dict()`` per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from tocsin.export.items import ExportItem
from tocsin.export.tables import ExportTables


def write(items: Iterable[ExportItem], out: TextIO, tables: ExportTables) -> int:
    count = 0
    for item in items:
        out.write(json.dumps(item.event.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count
