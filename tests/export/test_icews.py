"""ICEWS TSV: header of 20 columns, country names, CAMEO names and Goldstein intensity."""

from __future__ import annotations

import csv
import io

from tocsin.export import ExportItem, ExportTables, export_text


def test_icews_columns_and_values(items: list[ExportItem], tables: ExportTables) -> None:
    out = io.StringIO()
    assert export_text(items, "icews", out, tables) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert list(rows[0]) == tables.columns("icews")
    assert len(tables.columns("icews")) == 20
    row = rows[0]
    assert row["Event Date"] == "2023-09-12"
    assert row["Source Name"] == "Azerbaijan"
    assert row["Source Sectors"] == "Military"
    assert row["Source Country"] == "Azerbaijan"
    assert row["Target Country"] == "Armenia"
    assert row["CAMEO Code"] == "195"
    assert row["Event Text"]  # the CAMEO name of 195
    assert float(row["Intensity"]) == -10.0
    assert row["Sentence Number"] == "1"
    assert row["Publisher"] == "Example Wire"
    assert (row["City"], row["Province"], row["Country"]) == ("Sotk", "Gegharkunik", "Armenia")


def test_include_hypothetical(items: list[ExportItem], tables: ExportTables) -> None:
    out = io.StringIO()
    assert export_text(items, "icews", out, tables, include_hypothetical=True) == 3
