"""The theatre's air power as attacker (``tocsin.events.theatre.air_power``)."""

from __future__ import annotations

from datetime import date


def test_unnamed_air_power_is_the_theatres(pipeline, only) -> None:
    event = only(pipeline, "Aerial bombardment targets the countryside of Idlib", date(2016, 5, 2))
    assert (event.actor.code, event.evidence.actor_rule) == ("SYRMIL", "theatre.air_power")
    assert event.actor.entry == "theatre.syria"
    # the target: the state's principal opponent, not the place's population
    assert (event.recipient.code, event.evidence.recipient_rule) == ("SYRREB", "theatre.opponent")
    assert event.confidence < 0.5


def test_air_power_of_a_coalition_after_its_intervention(pipeline, only) -> None:
    text = "Air strikes hit Houthi positions in Sanaa"
    before = only(pipeline, text, date(2015, 3, 20))
    after = only(pipeline, text, date(2015, 4, 20))
    assert before.actor.code == "YEMMIL"
    assert (after.actor.code, after.actor.entry) == ("SAUMIL", "org.saudi-led-coalition")
    assert after.recipient.entry == "org.houthis"


def test_aircraft_of_no_nationality_take_the_theatres(pipeline, only) -> None:
    event = only(pipeline, "Warplanes pound Houthi-held areas of Saada province", date(2016, 1, 5))
    assert event.actor.code == "SAUMIL"
    assert event.actor.text == "Warplanes"
    assert event.evidence.actor_rule.endswith("+theatre.air_power")


def test_a_nationality_in_the_text_wins(pipeline, only) -> None:
    event = only(pipeline, "Russian jets strike targets in Homs province", date(2015, 10, 5))
    assert event.actor.code == "RUSMIL"
    assert "theatre" not in (event.evidence.actor_rule or "")
    # Russia fights beside the Syrian state: its enemy is the state's
    assert (event.recipient.code, event.evidence.recipient_rule) == ("SYRREB", "theatre.opponent")


def test_the_air_power_of_a_region_and_its_enemy(pipeline, only) -> None:
    # over Hasakah the US-led coalition struck the Islamic State, beside the SDF
    event = only(pipeline, "Warplanes target areas in the south of Al-Hasakah", date(2017, 8, 13))
    assert event.actor.entry == "org.us-led-coalition"
    assert event.recipient.entry.startswith("org.isis")
    assert event.evidence.recipient_rule == "theatre.opponent"


def test_the_coalition_of_a_theatre(pipeline, only) -> None:
    text = "DAMASCUS, Syria (Reuters) - Coalition jets pound positions near Hajin."
    event = only(pipeline, text, date(2018, 10, 20))
    assert event.actor.entry == "org.us-led-coalition"
    assert event.recipient.entry.startswith("org.isis")


def test_explosive_barrels_are_the_air_power(pipeline, only) -> None:
    text = "DAMASCUS, Syria (Reuters) - Some thirty explosive barrels hit Kafr Zita."
    event = only(pipeline, text, date(2016, 2, 4))
    assert (event.actor.code, event.evidence.actor_rule) == ("SYRMIL", "theatre.air_power")
    assert event.recipient.code == "SYRREB"
