"""A body made of another party takes that party: "a mission of observers from the OSCE"."""

from __future__ import annotations

import pytest

from tocsin.actors.groups import FROM_RULE, RULE


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Kenya welcomed a delegation of lawmakers from Uganda.", "a delegation", "UGA", "LEG"),
        (
            "A contingent of peacekeepers from the African Union landed.",
            "A contingent",
            "AU",
            "MIL",
        ),
    ],
)
def test_group_takes_its_members_party(mentions, text, span, country, sector) -> None:
    found = dict(mentions(text))[span]
    assert (found.actor.country, found.rule) == (country, RULE)
    if sector:
        assert found.actor.sector == sector


def test_group_with_its_own_country_keeps_it(mentions) -> None:
    found = dict(mentions("A Turkish delegation of observers from the OSCE arrived."))
    delegations = [f for span, f in found.items() if "delegation" in span]
    assert delegations, found
    assert all(f.actor.country == "TUR" for f in delegations)


def test_group_without_members_is_left_alone(mentions) -> None:
    found = dict(mentions("The delegation arrived on Monday."))
    assert found, "the delegation is still read as a party"
    assert all(f.rule != RULE for f in found.values())


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Doctors from two Cuban aid groups treated the wounded.", "Doctors", "CUB", "HLH"),
        ("Reporters from three Kenyan newspapers were detained.", "Reporters", "KEN", "MED"),
    ],
)
def test_agent_from_a_party_takes_its_country(mentions, text, span, country, sector) -> None:
    found = dict(mentions(text))[span]
    assert (found.actor.country, found.rule) == (country, FROM_RULE)
    if sector:
        assert found.actor.sector == sector
