"""The theatre and region of an event (``tocsin.events.theatre.core``)."""

from __future__ import annotations

from datetime import date


def test_the_dateline_tells_the_theatre(pipeline, only) -> None:
    text = "DAMASCUS, Syria (Reuters) - Fierce clashes raged overnight."
    event = only(pipeline, text, date(2016, 3, 1))
    assert {event.actor.code, event.recipient.code} == {"SYRMIL", "SYRREB"}


def test_a_namesake_abroad_under_a_wars_dateline(pipeline, only) -> None:
    text = "PEMBA, Mozambique (Reuters) - Clashes in Palma."  # not Palma de Mallorca
    event = only(pipeline, text, date(2021, 3, 25))
    assert {event.actor.code, event.recipient.code} == {"MOZMIL", "MOZREB"}
    assert event.evidence.actor_rule == "theatre.dyad"


def test_a_town_abroad_under_a_wars_dateline_is_a_namesake(pipeline, only) -> None:
    # "Marj" is a town in Libya too; under a Syrian dateline it is the Ghouta's
    text = "DAMASCUS, Syria (Reuters) - Clashes in al-Marj."
    event = only(pipeline, text, date(2018, 3, 1))
    assert {event.actor.code, event.recipient.code} == {"SYRMIL", "SYRREB"}
    assert event.evidence.actor_rule == "theatre.dyad"


def test_an_area_named_by_words_has_its_own_front(pipeline, only) -> None:
    # the desert east of Homs was the army's front with the Islamic State
    text = "DAMASCUS, Syria (Reuters) - Violent clashes continue in the eastern desert of Homs."
    desert = only(pipeline, text, date(2016, 7, 8))
    assert desert.evidence.actor_rule == "theatre.dyad"
    assert desert.actor.code == "SYRMIL" and desert.recipient.entry.startswith("org.isis")
    # the province's other fronts keep the principal dyad
    text = "DAMASCUS, Syria (Reuters) - Heavy clashes continue in the north of Homs province."
    north = only(pipeline, text, date(2016, 7, 8))
    assert {north.actor.code, north.recipient.code} == {"SYRMIL", "SYRREB"}


def test_an_area_holds_only_for_its_own_clause(pipeline, assaults) -> None:
    found = assaults(
        pipeline,
        "DAMASCUS, Syria (Reuters) - Clashes continue in the desert of Palmyra and shelling "
        "targets the countryside of Daraa.",
        date(2017, 6, 7),
    )
    by_trigger = {e.trigger.text: e for e in found}
    assert by_trigger["Clashes"].recipient.entry.startswith("org.isis")
    assert by_trigger["shelling"].recipient.code == "SYRREB"


def test_the_fronts_of_areas_at_their_dates(pipeline, only) -> None:
    # the Yarmouk Basin: the southern factions against IS's affiliate, then the army
    text = "DAMASCUS, Syria (Reuters) - Violent clashes continue in the Yarmouk Basin."
    before = only(pipeline, text, date(2017, 3, 2))
    assert before.actor.code == "SYRREB" and before.recipient.entry.startswith("org.isis")
    after = only(pipeline, text, date(2018, 7, 25))
    assert after.actor.code == "SYRMIL" and after.recipient.entry.startswith("org.isis")
    # Afrin after Olive Branch: Turkey against the Kurdish-led forces
    text = "DAMASCUS, Syria (Reuters) - Clashes erupt near Afrin."
    event = only(pipeline, text, date(2018, 2, 14))
    assert event.actor.code == "TURMIL" and event.recipient.entry.startswith("org.sdf")
