"""PETRARCH/Phoenix dictionaries: parsing, and importing them changes the coding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tocsin.actors import ActorResolver
from tocsin.actors.bundled import load_bundled
from tocsin.actors.petrarch import parse_actors, parse_agents, parse_day, split_code, words
from tocsin.actors.userfile import load_user_file
from tocsin.errors import DataFileError

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"


def test_words_and_codes():
    assert words("ZORAN_VELKOV_") == "Zoran Velkov"
    assert split_code("AFGGOV") == ("AFG", "GOV")
    assert split_code("USA") == ("USA", None)
    assert split_code("IGOUNO") == ("UNO", "IGO")


def test_two_digit_years_pivot():
    assert parse_day("331108") == date(1933, 11, 8)
    assert parse_day("070723") == date(2007, 7, 23)
    assert parse_day("20240131") == date(2024, 1, 31)


def test_parse_actor_blocks():
    records = parse_actors((DATA / "petrarch_actors.txt").read_text().splitlines(), "t")
    person, group, council = records
    assert person["name"] == "Zoran Velkov"
    assert person["names"] == ["Velkov", "Z. Velkov"]
    assert [(r["country"], r["sector"]) for r in person["roles"]] == [
        ("MKD", "OPP"),
        ("MKD", "GOV"),
    ]
    assert person["roles"][1]["start"] == date(2017, 1, 1)
    assert (group["country"], group["sector"]) == ("MKD", "REB")
    assert group["names"] == ["Blue Dawn"]
    assert council["kind"] == "org"


def test_parse_agents_skips_wildcards():
    sectors = parse_agents((DATA / "petrarch_agents.txt").read_text().splitlines())
    assert sectors == {
        "OPP": {"group": ["firebrand|firebrands"]},
        "ELI": {"group": ["hill elder|hill elder"]},
    }


def test_code_outside_a_block_is_an_error():
    with pytest.raises(DataFileError):
        parse_actors(["[AFGGOV 010101-020202]"])


@pytest.fixture(scope="module")
def imported(pipeline):
    dictionary = load_bundled()
    load_user_file(dictionary, DATA / "petrarch_actors.txt")
    load_user_file(dictionary, DATA / "petrarch_agents.txt")
    return ActorResolver(pipeline.nlp, dictionary)


def test_import_changes_coding(pipeline, imported):
    text = "Zoran Velkov met the Blue Dawn Movement. Firebrands gathered."
    doc = pipeline.nlp(text)
    before = {m.actor.text: m.actor.code for m in pipeline.actors.resolve(doc, None).mentions}
    after = {m.actor.text: m.actor.code for m in imported.resolve(doc, date(2019, 3, 1)).mentions}
    assert before.get("Zoran Velkov") is None
    assert "Firebrands" not in before
    assert after["Zoran Velkov"] == "MKDGOV"
    assert after["Blue Dawn Movement"] == "MKDREB"
    assert after["Firebrands"] == "OPP"


def test_imported_roles_are_dated(imported):
    assert imported.lookup("Velkov", date(2012, 6, 1)).code == "MKDOPP"
    assert imported.lookup("Velkov", date(2019, 6, 1)).code == "MKDGOV"
    assert imported.lookup("Velkov", date(2023, 6, 1)).code == "MKD"
