"""Which entry a place name takes (PlaceResolver)."""

from __future__ import annotations


def test_a_country_name_wins_over_a_town_abroad_of_that_name(pipeline) -> None:
    """ "Trinidad" is a town in Bolivia, but the dictionary's Trinidad is Trinidad and Tobago."""
    events = pipeline.code_text("Gunmen based in Trinidad attacked a police station.")
    located = [e.location for e in events if e.location is not None]
    assert located and located[0].country == "TTO" and located[0].precision == "country"
