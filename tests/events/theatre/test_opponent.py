"""The principal opponent of the one party an attack names (``tocsin.events.theatre.opponent``)."""

from __future__ import annotations

from datetime import date


def test_the_attacker_of_named_victims(pipeline, only) -> None:
    event = only(
        pipeline,
        "Nine Ukrainian soldiers killed in attack on Donetsk airport",
        date(2014, 9, 28),
    )
    assert event.recipient.code == "UKRMIL"
    assert (event.actor.code, event.evidence.actor_rule) == ("UKRREB", "theatre.opponent")


def test_foreign_forces_beside_the_rebels_fight_the_state(pipeline, only) -> None:
    event = only(pipeline, "Russian artillery shells positions near Donetsk", date(2014, 8, 27))
    assert (event.actor.code, event.recipient.code) == ("RUSMIL", "UKRMIL")
    assert event.evidence.recipient_rule == "theatre.opponent"


def test_civilian_targets_of_a_ground_attack_stay_the_places_population(pipeline, only) -> None:
    event = only(pipeline, "Army troops storm villages in Hama countryside", date(2016, 2, 1))
    assert event.actor.code == "SYRMIL"
    assert event.recipient.code == "SYRCVL"
    assert event.evidence.recipient_rule == "location.country"


def test_an_armed_groups_target_is_not_guessed_outside_a_clash(pipeline, assaults) -> None:
    found = assaults(pipeline, "Houthi fighters storm houses in Aden", date(2015, 7, 19))
    assert any(e.actor is not None and e.actor.entry == "org.houthis" for e in found)
    for event in found:  # nor a dyad for a trigger beside it: the sentence names a party
        rules = (event.evidence.actor_rule or "") + (event.evidence.recipient_rule or "")
        assert "theatre" not in rules


def test_a_foreign_air_force_under_a_dateline(pipeline, assaults) -> None:
    text = "DAMASCUS, Syria (Reuters) - Tens of Russian raids target Salma."
    found = assaults(pipeline, text, date(2016, 1, 9))  # the raids and the targeting
    assert found and all(e.actor.country == "RUS" for e in found)
    for event in found:
        assert event.recipient.code == "SYRREB"
        assert event.evidence.recipient_rule == "theatre.opponent"


def test_the_holder_of_a_region_at_a_date(pipeline, only) -> None:
    text = "Regime forces shell Deir Ezzor"
    held = only(pipeline, text, date(2016, 3, 1))  # by the Islamic State around the enclave
    assert held.recipient.entry.startswith("org.isis")
    after = only(pipeline, text, date(2011, 9, 1))  # before it: the rebels
    assert after.recipient.code == "SYRREB"


def test_the_target_of_a_group_on_its_own_front(pipeline, only) -> None:
    # the SDF besieging Raqqa: the shelled quarter's holders are the Islamic State's
    event = only(pipeline, "The SDF shell the old city of Raqqa", date(2017, 7, 20))
    assert event.actor.entry.startswith("org.sdf")
    assert event.recipient.entry.startswith("org.isis")
    assert event.evidence.recipient_rule == "theatre.opponent"


def test_a_groups_members_killed_fell_to_its_enemy(pipeline, assaults) -> None:
    text = "Forty Taliban militants killed in Kunduz province"
    event = next(
        e
        for e in assaults(pipeline, text, date(2017, 5, 3))
        if e.recipient is not None and e.recipient.entry.startswith("org.taliban")
    )
    assert (event.actor.code, event.evidence.actor_rule) == ("AFGMIL", "theatre.opponent")


def test_a_blast_that_hits_an_armed_side_is_its_enemys(pipeline, assaults) -> None:
    text = "DAMASCUS, Syria (Reuters) - A roadside bomb killed three soldiers near Daraa."
    event = next(e for e in assaults(pipeline, text, date(2017, 3, 9)) if e.actor is not None)
    assert (event.actor.code, event.evidence.actor_rule) == ("SYRREB", "theatre.opponent")
    assert event.recipient.code == "SYRMIL"
    # a blast among civilians keeps its unnamed attacker
    text = "DAMASCUS, Syria (Reuters) - A car bomb killed nine shoppers in Azaz."
    for event in assaults(pipeline, text, date(2017, 3, 9)):
        assert "theatre" not in (event.evidence.actor_rule or "")


def test_ground_taken_is_taken_from_the_enemy(pipeline, assaults) -> None:
    # villages name no civilian target when they are captured: their holders lost them
    text = "KABUL (Reuters) - The Taliban took control of three villages in Helmand."
    event = next(
        e
        for e in assaults(pipeline, text, date(2016, 8, 20))
        if e.actor is not None and e.actor.entry.startswith("org.taliban")
    )
    assert (event.recipient.code, event.evidence.recipient_rule) == ("AFGMIL", "theatre.opponent")


def test_a_party_with_no_front_of_its_own_in_a_region_fights_the_regions_sides(
    pipeline, only
) -> None:
    # east of the Euphrates late in 2018 the SDF fought the Islamic State, and the army, with
    # no front of its own there, is known to fight the latter, not the rebels
    text = "DAMASCUS, Syria (Reuters) - Syrian army artillery shells Hajin."
    event = only(pipeline, text, date(2018, 10, 1))
    assert event.actor.code == "SYRMIL"
    assert event.recipient.entry.startswith("org.isis")
    assert event.evidence.recipient_rule == "theatre.opponent"
    # Turkey's and the factions' front with IS north of Aleppo in Euphrates Shield
    event = only(
        pipeline, "DAMASCUS, Syria (Reuters) - Rebel factions shell al-Bab.", date(2017, 1, 12)
    )
    assert event.actor.code == "SYRREB"
    assert event.recipient.entry.startswith("org.isis")
    # where the army holds a front of its own, or a region has none, its principal enemy
    event = only(
        pipeline,
        "DAMASCUS, Syria (Reuters) - Syrian army artillery shells Idlib.",
        date(2018, 10, 1),
    )
    assert event.recipient.code == "SYRREB"
