"""Civilians of the front counted in its fighting (``tocsin.events.theatre.front_victims``)."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.models import Event

CIVILIANS = frozenset({"CVL", "EDU", "BUS", "AGR", "LAB", "MED", "HLH", "REL", "REF"})


def front(event: Event) -> bool:
    return (event.evidence.recipient_rule or "").endswith("+theatre.front_victims")


def test_civilians_of_an_air_strike_are_counted_in_the_fighting(pipeline, only) -> None:
    event = only(pipeline, "Aerial bombardment kills seven civilians in Saraqib", date(2017, 4, 9))
    assert (event.actor.code, event.evidence.actor_rule) == ("SYRMIL", "theatre.air_power")
    # the holders of the place hit, in the victims' words, the count kept
    assert (event.recipient.code, event.recipient.text) == ("SYRREB", "civilians")
    assert event.recipient.entry == "theatre.syria"
    assert event.evidence.recipient_rule == "dobj+country.place+theatre.front_victims"
    assert event.size.killed == 7
    assert event.confidence < 0.5


def test_a_places_population_under_shelling_is_its_holders(pipeline, only) -> None:
    event = only(
        pipeline, "Helicopter gunships target villages in Hama countryside", date(2016, 2, 1)
    )
    assert (event.actor.code, event.recipient.code) == ("SYRMIL", "SYRREB")
    assert event.evidence.recipient_rule == "location.country+theatre.front_victims"


@pytest.mark.parametrize(
    ("text", "when", "actor", "recipient"),
    [
        # rebels' rockets on a city the state holds
        (
            "Rebel rockets kill two women in a government-held quarter of Aleppo",
            date(2016, 10, 3),
            "SYRREB",
            "SYRMIL",
        ),
        # a rebel group's shelling in Yemen falls on the state's side
        ("Houthi shelling kills dozens in Aden", date(2015, 7, 19), "YEMREB", "YEMMIL"),
        # the state's guns on a separatist-held city
        ("Army artillery kills three residents of Horlivka", date(2015, 2, 4), "UKRMIL", "UKRREB"),
    ],
)
def test_remote_force_of_either_side(pipeline, text, when, actor, recipient, assaults) -> None:
    found = [e for e in assaults(pipeline, text, when) if front(e)]
    assert found, assaults(pipeline, text, when)
    assert {(e.actor.code, e.recipient.code) for e in found} == {(actor, recipient)}


def test_the_front_of_the_region_tells_the_victims_side(pipeline, only) -> None:
    # air strikes on a town the Islamic State held in Deir ez-Zor
    event = only(
        pipeline, "Warplanes kill six civilians in the town of al-Mayadin", date(2016, 12, 20)
    )
    assert event.recipient.entry.startswith("org.isis")
    assert front(event)


def test_the_parts_of_an_attack_complete_its_attacker_first(pipeline, only) -> None:
    # "shelling" names no one, the theatre's dyad comes from "targeted": its attacker's enemy
    event = only(
        pipeline, "Three children killed by shells that targeted Idlib city", date(2017, 6, 2)
    )
    assert event.evidence.actor_rule.endswith("+mention.part")
    assert (event.actor.code, event.recipient.code) == ("SYRMIL", "SYRREB")
    assert front(event)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The Islamic State executes four men in a square of al-Bab", date(2016, 9, 1)),
        ("Gunmen assassinate a teacher in the countryside of Daraa", date(2019, 5, 3)),
        ("Al Shabaab fighters kidnap and kill five traders near Kismayo", date(2018, 2, 2)),
        ("Boko Haram fighters raid a village in Borno and kill nine farmers", date(2018, 4, 2)),
        ("Taliban attack in Kabul kills 30 people", date(2017, 5, 31)),
    ],
)
def test_deliberate_killing_stays_one_on_civilians(pipeline, text, when, assaults) -> None:
    found = assaults(pipeline, text, when)
    assert any(e.recipient is not None and e.recipient.sector in CIVILIANS for e in found), found
    assert not any(front(e) for e in found)


def test_no_front_outside_a_war(pipeline, assaults) -> None:
    for text, when in (
        ("Police shelling kills four civilians in the suburbs of Lyon", date(2016, 3, 1)),
        ("Warplanes kill five civilians in Idlib", date(2005, 5, 2)),
    ):
        assert not any(front(e) for e in assaults(pipeline, text, when)), text


def test_no_front_where_only_a_nationality_tells_the_war(pipeline, assaults) -> None:
    # no place and no dateline: the shelled civilians may be across the border
    text = "Nigerian troops shelled civilians near the frontier, officials said."
    found = assaults(pipeline, text, date(2019, 4, 2))
    assert found and not any(front(e) for e in found)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Israeli air strikes kill 12 in Khan Younis", "org.hamas"),
        # Hamas holds Gaza, not the West Bank: there the Palestinian armed groups at large
        ("Israeli troops kill two Palestinians in a raid on Jenin", "theatre.israel-palestine"),
    ],
)
def test_a_front_held_by_a_group_only_in_its_region(pipeline, assaults, text, entry) -> None:
    found = [e for e in assaults(pipeline, text, date(2019, 6, 1)) if e.recipient]
    assert found and {(e.recipient.code, e.recipient.entry) for e in found} == {
        ("PSEREB", entry)
    }, found


def test_a_suicide_bomber_is_no_aircraft(pipeline, assaults) -> None:
    """A bare "bomber" is a suicide bomber: his victims are no front's, as those of the
    bombers of an air force would be."""
    found = assaults(
        pipeline, "Islamic State suicide bomber kills 20 in a Damascus suburb", date(2016, 6, 11)
    )
    assert found and not any(front(e) for e in found)
    assert (found[0].recipient.country, found[0].recipient.sector) == ("SYR", "CVL")


def test_a_rebel_raid_on_villagers_is_made_on_the_ground(pipeline, only) -> None:
    """A state's "raids" come from the air; a rebel group's are made on the ground, and the
    villagers it kills stay civilians (written for tocsin)."""
    event = only(pipeline, "Boko Haram kills 30 villagers in Borno raid", date(2020, 6, 1))
    assert (event.actor.code, event.recipient.code) == ("NGAREB", "NGACVL")
    assert not front(event)


def test_the_doers_own_word_of_remote_force_counts(pipeline, only) -> None:
    """ "Coalition airstrikes kill …": the tagger reads "airstrikes" as the verb whose subject
    is the coalition and "kill" as its complement; the air strikes still tell remote force."""
    event = only(pipeline, "Coalition airstrikes kill 15 civilians in Raqqa", date(2017, 6, 15))
    assert event.actor.code == "USAMIL"
    assert front(event), event.evidence
    assert event.recipient.code == "IMGSUNREB"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the displaced, the sick and pupils where they shelter are civilians of the front too
        ("Regime warplanes bomb a camp for displaced families in Saraqib", date(2017, 3, 4)),
        ("Warplanes strike a hospital in Idlib", date(2016, 5, 2)),
        ("Government jets hit a school in Saraqib", date(2016, 10, 26)),
    ],
)
def test_sheltering_civilians_hit_from_afar_are_counted_in_the_fighting(
    pipeline, assaults, text, when
) -> None:
    found = [e for e in assaults(pipeline, text, when) if front(e)]
    assert found, assaults(pipeline, text, when)
    assert {(e.actor.code, e.recipient.code) for e in found} == {("SYRMIL", "SYRREB")}


@pytest.mark.parametrize(
    ("text", "when", "entry"),
    [
        # the land hit, named as a place of the front: its holders
        ("Israeli air strikes hit Rafah", date(2023, 11, 3), "org.hamas"),
        ("Israeli strikes kill 11 in south Lebanon", date(2024, 9, 30), "org.hezbollah"),
    ],
)
def test_a_place_hit_from_afar_is_its_holders(pipeline, assaults, text, when, entry) -> None:
    found = [e for e in assaults(pipeline, text, when) if front(e)]
    assert found, assaults(pipeline, text, when)
    assert {(e.actor.country, e.recipient.entry) for e in found} == {("ISR", entry)}


def test_a_ground_attack_on_a_bare_state_is_not_on_its_holders(pipeline, assaults) -> None:
    # only remote force falls on the holders of the land it hits
    found = assaults(pipeline, "Israeli troops raid Lebanon", date(2024, 10, 2))
    assert not any(front(e) for e in found)
