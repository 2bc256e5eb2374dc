"""The bundled Phoenix layer: code mapping, layers, priority below tocsin's own entries."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tocsin.actors import ActorResolver
from tocsin.actors.bundled import load_bundled
from tocsin.actors.phoenix import LAYERS, CodeMap, parse_layers
from tocsin.errors import DataFileError
from tocsin.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
PHOENIX = ROOT.parent / "shared" / "data" / "dictionaries"


@pytest.fixture(scope="module")
def codes():
    return CodeMap.load(load_bundled().states())


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("EGYGOVLEG", ("EGY", "GOV")),
        ("SYRREBMUS", ("SYR", "REB")),
        ("SYRINSMUS", ("SYR", "REB")),
        ("IGOUNOREFHCR", ("UN", "IGO")),
        ("IGOWSTNAT", ("NATO", "IGO")),
        ("IGOXYZ", (None, "IGO")),
        ("NGOCHRPRO214", (None, "NGO")),
        ("MNCUSA", ("USA", "BUS")),
        ("IMGMUSISI", ("IMGMUS", "REB")),
        ("MEAREB", (None, "REB")),
        ("ELI", (None, "ELI")),
        ("TMPGOV", ("TLS", "GOV")),
        ("KNT", None),
    ],
)
def test_cameo_codes_become_tocsin_codes(codes, code, expected):
    assert codes.convert(code) == expected


def test_layers_are_parsed_and_checked():
    assert parse_layers("people, milnonstate") == {"people", "milnonstate"}
    assert parse_layers("none") == frozenset() and parse_layers("") == frozenset()
    assert parse_layers("all") == frozenset(LAYERS)
    with pytest.raises(DataFileError, match="unknown Phoenix layer"):
        parse_layers("people,weather")


def test_every_layer_file_ships_with_the_licence():
    folder = data_path("actors/phoenix")
    assert (folder / "LICENSE-petrarch2.txt").read_text().startswith("The MIT License")
    for layer in LAYERS:
        path = folder / f"{layer}.tsv"
        assert path.stat().st_size < 5_000_000
        assert "MIT licence" in path.read_text(encoding="utf-8")[:600]


@pytest.fixture(scope="module")
def layered(pipeline):
    dictionary = load_bundled(frozenset({"people", "milnonstate", "groups"}))
    return ActorResolver(pipeline.nlp, dictionary)


def test_a_phoenix_person_resolves_by_date(layered):
    before = layered.lookup("Yarob Sulayman Badr", date(2004, 1, 1))
    during = layered.lookup("Yarob Sulayman Badr", date(2008, 3, 1))
    assert during.code == "SYRGOV" and during.entry.startswith("phoenix.people.")
    assert before.code == "SYR"


def test_tocsin_entries_win_a_clash_with_phoenix(layered):
    assert layered.lookup("the Taliban", date(2010, 1, 1)).entry == "org.taliban#insurgency"
    assert layered.lookup("Hamas").entry == "org.hamas"


def test_a_milnonstate_group_is_found(layered):
    actor = layered.lookup("the Abu Nidal Organization")
    assert actor.entry.startswith("phoenix.milnonstate.") and actor.sector == "REB"


def test_without_layers_nothing_of_phoenix_is_loaded():
    dictionary = load_bundled()
    assert not any(e.startswith("phoenix.") for e in dictionary.entries)


@pytest.mark.slow
def test_the_build_reproduces_the_bundled_files(tmp_path):
    if not PHOENIX.exists():
        pytest.skip(f"{PHOENIX} not present")
    script = ROOT / "scripts" / "build_phoenix.py"
    subprocess.run([sys.executable, str(script), str(PHOENIX), str(tmp_path)], check=True)
    for built in sorted(tmp_path.glob("*.tsv")):
        assert built.read_bytes() == (data_path("actors/phoenix") / built.name).read_bytes()
