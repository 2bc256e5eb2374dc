"""Peoples named by where they live are coded to that place; agents keep their nationality."""

from __future__ import annotations

import pytest


def _countries(mentions, text: str) -> dict[str, tuple[str | None, str]]:
    return {span: (f.actor.country, f.rule) for span, f in mentions(text)}


@pytest.mark.parametrize(
    ("text", "people", "country"),
    [
        ("Ethnic Albanians in southern Serbia demanded autonomy.", "Albanians", "SRB"),
        ("Serbs of northern Kosovo blocked the roads.", "Serbs", "XKX"),
    ],
)
def test_people_take_the_country_they_live_in(mentions, text, people, country) -> None:
    assert _countries(mentions, text)[people] == (country, "residence")


def test_an_agent_with_a_nationality_keeps_it(mentions) -> None:
    found = _countries(mentions, "Russian troops in Syria attacked a convoy.")
    assert found["Russian troops"][0] == "RUS"


def test_a_people_without_a_place_keeps_its_country(mentions) -> None:
    assert _countries(mentions, "Albanians protested on Sunday.")["Albanians"][0] == "ALB"


def test_a_demonym_before_the_place_is_not_the_place(mentions) -> None:
    """ "Palestinians of the Israeli-occupied West Bank" live in the West Bank, not in Israel."""
    found = _countries(mentions, "Palestinians of the Israeli-occupied West Bank went on strike.")
    assert found["Palestinians"][0] == "PSE"


@pytest.mark.parametrize(
    ("text", "people", "country"),
    [
        ("Police said ethnic Hungarians marched on Sunday in Romania.", "Hungarians", "ROU"),
        ("Ethnic Uzbeks fled villages near Kyrgyzstan's southern border.", "Uzbeks", "KGZ"),
    ],
)
def test_a_minority_lives_where_the_sentence_puts_it(mentions, text, people, country) -> None:
    assert _countries(mentions, text)[people] == (country, "residence.sentence")


def test_a_people_not_called_ethnic_keeps_its_country(mentions) -> None:
    assert (
        _countries(mentions, "Hungarians marched on Sunday in Romania.")["Hungarians"][0] == "HUN"
    )
