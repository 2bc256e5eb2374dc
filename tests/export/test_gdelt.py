"""GDELT 2.0: 61 columns in codebook order, FIPS geography, CAMEO codes kept as strings."""

from __future__ import annotations

import io
from datetime import date

from tocsin.export import ExportItem, ExportTables, export_text
from tocsin.export.gdelt import fraction_date, gdelt_row


def test_row_has_the_61_columns_in_order(items: list[ExportItem], tables: ExportTables) -> None:
    columns = tables.columns("gdelt")
    assert len(columns) == 61
    assert columns[0] == "GlobalEventID" and columns[-1] == "SOURCEURL"
    row = dict(zip(columns, gdelt_row(items[0], tables), strict=True))
    assert row["Day"] == "20230912" and row["MonthYear"] == "202309" and row["Year"] == 2023
    assert row["Actor1Code"] == "AZEMIL" and row["Actor1CountryCode"] == "AZE"
    assert row["Actor1Type1Code"] == "MIL" and row["Actor2CountryCode"] == "ARM"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("195", "195", "19")
    assert row["QuadClass"] == 4 and row["GoldsteinScale"] == -10.0
    assert row["IsRootEvent"] == 1
    assert row["ActionGeo_CountryCode"] == "AM"  # FIPS for Armenia (ISO3 ARM)
    assert row["ActionGeo_Type"] == 4 and row["ActionGeo_Lat"] == 40.2
    assert row["DATEADDED"] == "20230912183005"
    assert row["SOURCEURL"] == "https://news.example.org/a/1"


def test_cameo_code_with_leading_zero_stays_a_string(
    items: list[ExportItem], tables: ExportTables
) -> None:
    out = io.StringIO()
    export_text(items, "gdelt", out, tables, include_hypothetical=True)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert lines[2].split("\t")[26] == "020"


def test_hypothetical_and_denied_events_are_left_out_by_default(
    items: list[ExportItem], tables: ExportTables
) -> None:
    out = io.StringIO()
    assert export_text(items, "gdelt", out, tables) == 1
    assert out.getvalue().split("\t")[0] == str(items[0].numeric_id)


def test_fips_differs_from_iso(tables: ExportTables) -> None:
    assert tables.fips("AZE") == "AJ"
    assert tables.fips("GBR") == "UK"
    assert tables.fips("DEU") == "GM"
    assert tables.fips("EU") == ""


def test_fraction_date() -> None:
    assert fraction_date(date(2023, 12, 31)) == 2024.0
    assert 2023.69 < fraction_date(date(2023, 9, 12)) < 2023.7
