"""PLOVER JSONL: PLOVER field names, and hypothetical events kept with their factuality."""

from __future__ import annotations

import io
import json

from tocsin.export import ExportItem, ExportTables, export_text


def test_plover_records(items: list[ExportItem], tables: ExportTables) -> None:
    out = io.StringIO()
    assert export_text(items, "plover", out, tables) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    shelling, _, request = records
    assert shelling["event"] == "ASSAULT" and shelling["mode"] == "aerial"
    assert shelling["context"] == ["military"]
    assert (shelling["src_actor"], shelling["src_agent"]) == ("AZE", "MIL")
    assert (shelling["tgt_actor"], shelling["tgt_agent"]) == ("ARM", "MIL")
    assert shelling["date"] == "2023-09-12"
    assert shelling["event_loc"] == {
        "name": "Sotk",
        "lat": 40.2,
        "lon": 45.9,
        "admin1": "Gegharkunik",
        "country": "ARM",
        "precision": "city",
    }
    assert shelling["event_text"].startswith("YEREVAN")
    assert request["factuality"]["status"] == "possible"
    assert request["date"] == "2023-09-12"  # undated: the publication date
    assert request["cameo"] == "020"


def test_jsonl_is_the_record_contract(items: list[ExportItem], tables: ExportTables) -> None:
    out = io.StringIO()
    export_text(items, "jsonl", out, tables)
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [i.event.to_dict() for i in items]
