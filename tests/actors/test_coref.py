"""Pronouns and definite phrases that refer back to actors named earlier."""

from __future__ import annotations

import pytest


def _it(mentions, text: str) -> str | None:
    found = [f for span, f in mentions(text) if span == "it"]
    return found[0].actor.code if found else None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chile says it is willing to return the islands.", "CHL"),
        ("Ghana's government announced that it is ready to lift the curfew.", "GHAGOV"),
    ],
)
def test_it_said_of_an_agent_refers(mentions, text, code) -> None:
    assert _it(mentions, text) == code


def test_it_in_an_extraposition_refers_to_nothing(mentions) -> None:
    assert _it(mentions, "Chile said it is clear that the talks failed.") is None


def test_his_country_is_the_country_of_the_one_he_is(mentions) -> None:
    found = {span: f for span, f in mentions("Ruto said his country would send police to Haiti.")}
    assert found["his country"].actor.code == "KEN"
    assert found["his country"].kind == "country"


def test_it_refers_to_a_body_without_a_country(mentions) -> None:
    """ "The Umma party … said it will boycott": *it* is the party."""
    found = mentions("The radical Umma party said it will boycott the elections.")
    its = [f for span, f in found if span == "it"]
    assert its and its[0].actor.sector == "PTY"
