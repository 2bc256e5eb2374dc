"""Parties of the war a sentence names (``tocsin.events.theatre.named``)."""

from __future__ import annotations

from datetime import date


def test_an_enemy_the_sentence_names_comes_before_the_principal_one(
    pipeline, assaults, only
) -> None:
    # the killing has no doer; the sentence still names the army's enemy (with "as IS
    # fighters advanced" they are the doer: ``advcl.as``)
    text = (
        "DAMASCUS, Syria (Reuters) - Nine regime soldiers were killed near the airbase while IS "
        "fighters advanced."
    )
    event = only(pipeline, text, date(2016, 10, 4))
    assert event.recipient.code == "SYRMIL"
    assert event.actor.entry.startswith("org.isis")
    assert event.evidence.actor_rule == "theatre.named_enemy"
    # a party the sentence names that is no enemy of the other is not taken
    text = "Gunmen of the Sudan Liberation Army ambush an army convoy near Nyala"
    for event in assaults(pipeline, text, date(2016, 10, 4)):
        assert event.evidence.actor_rule != "theatre.named_enemy"


def test_fighting_of_the_one_party_a_sentence_names(pipeline, only) -> None:
    # the clash names no party; the sentence names the SDF, whose enemy in Hasakah is IS
    text = (
        "DAMASCUS, Syria (Reuters) - Clashes go on in the south of Hasakah as the SDF bring "
        "reinforcements."
    )
    event = only(pipeline, text, date(2017, 6, 10))
    assert event.actor.entry.startswith("org.sdf")
    assert event.recipient.entry.startswith("org.isis")
    assert event.evidence.actor_rule == "theatre.named_party"


def test_the_factions_and_a_group_of_their_country_may_be_enemies(pipeline, assaults) -> None:
    # north of Aleppo after Olive Branch: the factions Turkey backs against the Kurdish forces
    text = (
        "DAMASCUS, Syria (Reuters) - Heavy clashes erupt between the Turkey-loyal factions and "
        "the Kurdish forces north of Aleppo."
    )
    found = assaults(pipeline, text, date(2019, 5, 4))
    assert any(
        e.recipient is not None
        and (e.recipient.entry or "").startswith("org.sdf")
        and e.actor is not None
        and e.actor.code == "SYRREB"
        for e in found
    ), found


def test_a_clash_whose_clause_names_one_side_is_that_side_against_its_enemy(
    pipeline, assaults
) -> None:
    text = "KABUL (Reuters) - Heavy Taliban losses in battles around Lashkar Gah."
    found = [e for e in assaults(pipeline, text, date(2016, 8, 20)) if e.trigger.text == "battles"]
    assert found, assaults(pipeline, text, date(2016, 8, 20))
    event = found[0]
    assert event.evidence.actor_rule == "theatre.named_party"
    assert event.actor.entry.startswith("org.taliban")
    assert event.recipient.code == "AFGMIL"


def test_on_a_front_of_its_own_a_partys_named_enemy_is_a_side_of_that_front(pipeline, only) -> None:
    # the army's front with the Islamic State in the desert: the gunmen fighting beside it,
    # which the dictionary reads as rebels, are no enemy there
    text = (
        "DAMASCUS, Syria (Reuters) - Six soldiers and gunmen loyal to them were killed in an "
        "attack in the desert of Palmyra."
    )
    event = only(pipeline, text, date(2019, 5, 1))
    assert event.recipient.code == "SYRMIL"
    assert event.actor.entry.startswith("org.isis")
    assert event.evidence.actor_rule == "theatre.opponent"
    # off a front of its own (Idlib), the enemy the sentence names is taken as before
    text = text.replace("in the desert of Palmyra", "near Idlib")
    event = only(pipeline, text, date(2019, 5, 1))
    assert (event.actor.code, event.evidence.actor_rule) == ("SYRREB", "theatre.named_enemy")


def test_a_weapon_named_as_the_means_is_no_party(pipeline, only) -> None:
    """ "shell Nikopol *with heavy artillery*": the artillery is the attacker's means, not the
    enemy the sentence names (written for tocsin)."""
    event = only(pipeline, "Russian forces shell Nikopol with heavy artillery", date(2022, 9, 1))
    assert event.actor.country == "RUS"
    assert event.recipient.country == "UKR" and event.recipient.text != "heavy artillery"
    assert event.evidence.recipient_rule != "theatre.named_enemy"
