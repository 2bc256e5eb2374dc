"""How names, agent words and people combine into mentions (Composer)."""

from __future__ import annotations


def test_an_organisation_named_after_a_country_is_one_mention(mentions) -> None:
    found = mentions("The Ghanaian Union of Nurses called off its strike.")
    spans = [span for span, _ in found]
    assert "The Ghanaian Union of Nurses" in spans
    (union,) = [f for span, f in found if span == "The Ghanaian Union of Nurses"]
    assert union.actor.country == "GHA" and union.actor.sector == "HLH"
