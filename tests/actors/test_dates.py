"""Roles are dated: the same words code differently by article date."""

from __future__ import annotations

from datetime import date

SENTENCE = "US Secretary of State Antony Blinken met Armenian officials in Yerevan."


def blinken(mentions, when):
    return next(f.actor for text, f in mentions(SENTENCE, when) if "Blinken" in text)


def test_blinken_is_secretary_of_state_in_2023(mentions):
    actor = blinken(mentions, date(2023, 5, 4))
    assert actor.code == "USAGOV"
    assert actor.entry == "person.blinken#secretary-of-state"


def test_blinken_is_not_secretary_of_state_in_2015(mentions):
    actor = blinken(mentions, date(2015, 5, 4))
    assert actor.entry != "person.blinken#secretary-of-state"
    assert actor.entry == "person.blinken#deputy-secretary-of-state"


def test_outside_every_role_the_title_in_the_text_decides(mentions):
    actor = blinken(mentions, date(1995, 5, 4))
    assert actor.entry == "person.blinken"
    assert actor.code == "USAGOV"


def test_bare_name_outside_roles_keeps_country_only(resolver):
    actor = resolver.lookup("Blinken", date(1995, 5, 4))
    assert actor.code == "USA"
    assert actor.sector is None


def test_title_without_name_finds_the_office_holder(resolver):
    assert resolver.lookup("the US Secretary of State", date(2023, 5, 4)).name == "Antony Blinken"
    assert resolver.lookup("the US Secretary of State", date(2015, 5, 4)).name == "John Kerry"


def test_title_and_surname_find_the_holder_of_that_date(resolver):
    """ "President Bush" ("Bush" alone is no alias): someone who held the title then."""
    actor = resolver.lookup("President Bush", date(2005, 5, 4))
    assert (actor.name, actor.code) == ("George W. Bush", "USAGOV")
    assert actor.entry == "person.bush-gw#president"


def test_title_and_surname_without_the_role_then_is_not_the_holder(resolver):
    actor = resolver.lookup("President Bush", date(2015, 5, 4))
    assert actor.entry == "agent.president"
    assert actor.country is None


def test_title_and_surname_against_the_named_nationality(resolver):
    """A surname shared with a dictionary person does not override the text's nationality."""
    actor = resolver.lookup("Kenyan President Bush", date(2005, 5, 4))
    assert actor.country == "KEN"


def test_title_and_surname_of_several_holders_of_one_country(resolver):
    """Two Presidents Bush: without a date the person is open, the country is not."""
    actor = resolver.lookup("President Bush", None)
    assert (actor.country, actor.sector) == ("USA", "GOV")
    assert actor.entry == "agent.president"
