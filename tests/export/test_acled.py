"""ACLED-style CSV: only events with an ACLED category that happened; ACLED conventions."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from tocsin.export import ExportItem, ExportTables, export_text
from tocsin.export.acled import acled_actor, interaction
from tocsin.models import ActorRef, Factuality


def _rows(items: list[ExportItem], tables: ExportTables, **kwargs: bool) -> list[dict]:
    out = io.StringIO()
    export_text(items, "acled", out, tables, **kwargs)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert reader.fieldnames == tables.columns("acled")
    return list(reader)


def test_acled_row(items: list[ExportItem], tables: ExportTables) -> None:
    rows = _rows(items, tables)
    assert len(rows) == 1  # the denial has no ACLED category, the request did not happen
    row = rows[0]
    assert row["event_id_cnty"].startswith("ARM")
    assert row["event_date"] == "2023-09-12" and row["year"] == "2023"
    assert row["time_precision"] == "1"
    assert row["disorder_type"] == "Political violence"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["actor1"] == "Military Forces of Azerbaijan" and row["inter1"] == "1"
    assert row["actor2"] == "Military Forces of Armenia" and row["inter2"] == "1"
    assert row["interaction"] == "11"
    assert row["iso"] == "51" and row["region"] == "Caucasus and Central Asia"
    assert row["country"] == "Armenia" and row["location"] == "Sotk"
    assert row["geo_precision"] == "1"
    assert row["fatalities"] == "2"
    assert row["notes"].startswith("YEREVAN")


def test_possible_event_with_acled_category_needs_the_flag(
    items: list[ExportItem], tables: ExportTables
) -> None:
    possible = replace(items[0].event, factuality=Factuality("possible", 1.0, "could"))
    hypothetical = [replace(items[0], event=possible)]
    assert _rows(hypothetical, tables) == []
    assert len(_rows(hypothetical, tables, include_hypothetical=True)) == 1


def test_actor_names_and_interaction(tables: ExportTables) -> None:
    assert acled_actor(ActorRef("Armenia", country="ARM"), tables) == ("Government of Armenia", 1)
    protesters = ActorRef("protesters", country="GEO", sector="PRO")
    assert acled_actor(protesters, tables) == ("Protesters (Georgia)", 6)
    assert acled_actor(None, tables) == ("", None)
    assert interaction(7, 1) == "17"
    assert interaction(6, None) == "60"
    assert interaction(None, None) == ""
