"""A user's GeoNames dump: parsed, stored in SQLite, consulted by the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tocsin.cli import gazetteer as gazetteer_cli
from tocsin.errors import DataFileError
from tocsin.places.gazetteer import Gazetteer
from tocsin.places.geonames import GeoNamesStore, read_dump

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "wherewhen" / "geonames_sample.txt"


def app() -> typer.Typer:
    application = typer.Typer()
    gazetteer_cli.register(application)
    return application


def test_read_dump_keeps_towns_regions_and_countries() -> None:
    places = {p.id: p for p, _ in read_dump(SAMPLE)}
    assert "g:900003" not in places  # a mountain pass is not a populated place
    assert places["c:ARM"].kind == "country" and places["c:ARM"].lat is None
    assert places["g:409313"].kind == "admin1"
    tegh = places["g:900001"]
    assert (tegh.kind, tegh.country, tegh.admin1) == ("city", "ARM", "Syunik Province")
    assert places["g:616052"].capital


def test_store_lookup_by_name_and_alternate_name(tmp_path: Path) -> None:
    store = GeoNamesStore(tmp_path / "g.sqlite")
    assert store.load(SAMPLE) == 7
    assert [p.country for p in store.lookup("Tegh")] == ["ARM", "IRQ"]  # most populous first
    assert store.lookup("Kornidsor")[0].name == "Kornidzor"
    assert store.lookup("nowhere") == []
    store.close()


def test_gazetteer_consults_the_user_table(tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    GeoNamesStore(db).load(SAMPLE)
    assert Gazetteer.load().lookup("Kornidzor") == []
    with_user = Gazetteer.load(db)
    (kornidzor,) = with_user.lookup("Kornidzor")
    assert (kornidzor.lat, kornidzor.lon) == (39.472, 46.35)
    # bundled rows and curated aliases still come first; duplicates by id are dropped
    ids = [p.id for p in with_user.lookup("Yerevan")]
    assert ids == [p.id for p in Gazetteer.load().lookup("Yerevan")]
    assert ids.count("g:616052") == 1


def test_cli_load_and_lookup(tmp_path: Path) -> None:
    db = tmp_path / "user" / "gazetteer.sqlite"
    result = CliRunner().invoke(app(), ["gazetteer", "load", str(SAMPLE), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "loaded 7 places" in result.output
    assert db.exists()
    found = CliRunner().invoke(app(), ["gazetteer", "lookup", "Vorotan", "--db", str(db)])
    assert found.exit_code == 0
    assert "g:900002" in found.output


def test_cli_refuses_a_file_in_another_format(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("name,lat,lon\nTegh,39.5,46.4\n", encoding="utf-8")
    result = CliRunner().invoke(
        app(), ["gazetteer", "load", str(bad), "--db", str(tmp_path / "g.sqlite")]
    )
    assert result.exit_code == 2
    with pytest.raises(DataFileError):
        read_dump(bad)
