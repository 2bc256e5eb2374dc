"""The terminal table: a header, then one aligned line per event."""

from __future__ import annotations

import io

from tocsin.export import ExportItem, ExportTables, export_text


def test_table(items: list[ExportItem], tables: ExportTables) -> None:
    out = io.StringIO()
    assert export_text(items, "table", out, tables) == 3
    header, *lines = out.getvalue().splitlines()
    assert header.split()[:3] == ["DATE", "ACTOR", "EVENT"]
    assert lines[0].split()[:5] == ["2023-09-12", "AZEMIL", "ASSAULT", "195", "ARMMIL"]
    assert "possible" in lines[2]
    assert all(len(line) <= len(header) + 60 for line in lines)
