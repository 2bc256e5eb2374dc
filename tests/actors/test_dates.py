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
