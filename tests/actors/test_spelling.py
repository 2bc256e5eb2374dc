"""Misspelt country names and surnames are read as the name they are one edit away from."""

from __future__ import annotations

from datetime import date

import pytest


def _codes(mentions, text: str, when: date | None = None) -> dict[str, str | None]:
    return {span: f.actor.code for span, f in mentions(text, when)}


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Kazakstan denied the report.", "Kazakstan", "KAZ"),
        ("Venezula recalled its ambassador.", "Venezula", "VEN"),
        ("Officials in Kazakstan denied the report.", "Officials in Kazakstan", "KAZGOV"),
    ],
)
def test_misspelt_country(mentions, text, word, code) -> None:
    assert _codes(mentions, text)[word] == code


def test_misspelt_surname_after_a_title(mentions) -> None:
    codes = _codes(mentions, "President Yoweri Musevini spoke in Kampala.", date(2020, 1, 1))
    assert codes["President Yoweri Musevini"] == "UGAGOV"


@pytest.mark.parametrize(
    "text",
    [
        "Dr Jordana Lewis led the study.",  # a person, not Jordan
        "The governor of New Jersey spoke.",  # part of a longer name, matched as a region
        "Talks in Germanyville ended.",  # too far from any name
    ],
)
def test_no_false_matches(mentions, text) -> None:
    codes = _codes(mentions, text)
    assert "JOR" not in codes.values() and "JEY" not in codes.values()
    assert "DEU" not in codes.values()


def test_a_different_given_name_is_another_person(mentions) -> None:
    """A surname two edits from a known one, after another given name, is someone else."""
    codes = _codes(mentions, "The decree was signed by Serbian Labour Minister Dragan Milovanovic.")
    assert "HRVGOV" not in codes.values()
    assert codes["Serbian Labour Minister Dragan Milovanovic"] == "SRBGOV"


def test_a_place_name_is_no_misspelt_country(mentions) -> None:
    """A word one edit from a country that the gazetteer knows as a place stays a place."""
    codes = _codes(mentions, "Militants seized parts of Marawi city.")
    assert "MWI" not in codes.values()
