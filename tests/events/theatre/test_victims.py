"""Remote force naming only civilian victims: the first side of the front's principal dyad
fired (``tocsin.events.theatre.victims``)."""

from __future__ import annotations

from datetime import date

from tocsin.events.theatre.victims import VICTIMS_RULE
from tocsin.models import Dateline, Document, Event

WAR = date(2015, 2, 3)  # the Donbas war


def assaults(pipeline, text: str, when: date = WAR, dateline: str | None = None) -> list[Event]:
    document = Document(
        id=Document.make_id(text),
        text=text,
        date=when,
        dateline=Dateline(place=dateline) if dateline else None,
    )
    return [e for e in pipeline.code(document).events if e.event == "ASSAULT"]


def test_shelling_that_kills_civilians_was_fired_by_a_side_of_the_front(pipeline) -> None:
    (event,) = assaults(pipeline, "Shelling kills three civilians in Avdiivka")
    assert event.actor.code == "UKRMIL"
    assert event.evidence.actor_rule == VICTIMS_RULE
    # the victims stay what the text says they were
    assert (event.recipient.code, event.recipient.text) == ("UKRCVL", "civilians")


def test_a_toll_of_civilians_is_counted_in_the_fighting(pipeline) -> None:
    (event,) = assaults(pipeline, "Three more civilians killed in Avdiivka")
    assert (event.actor.code, event.evidence.actor_rule) == ("UKRMIL", VICTIMS_RULE)
    assert event.recipient.sector == "CVL"


def test_a_mine_that_kills_civilians_was_planted_by_the_states_enemy(pipeline) -> None:
    (event,) = assaults(pipeline, "A landmine explosion kills three civilians near Avdiivka")
    assert (event.actor.code, event.evidence.actor_rule) == ("UKRREB", VICTIMS_RULE)
    assert event.recipient.sector == "CVL"


def test_no_attacker_for_a_killing_of_its_own(pipeline) -> None:
    events = assaults(pipeline, "Gunmen executed three civilians in Avdiivka")
    assert all(VICTIMS_RULE not in (e.evidence.actor_rule or "") for e in events)


def test_the_side_the_sentence_names_fired(pipeline) -> None:
    (event,) = assaults(pipeline, "Rockets kill two civilians in Avdiivka as separatists advance")
    assert (event.actor.code, event.evidence.actor_rule) == ("UKRREB", VICTIMS_RULE)
    assert event.recipient.sector == "CVL"


def test_no_attacker_outside_a_war(pipeline) -> None:
    events = assaults(pipeline, "Shelling kills three civilians in Avdiivka", date(2012, 5, 1))
    assert all(VICTIMS_RULE not in (e.evidence.actor_rule or "") for e in events)


def test_across_a_border_the_victims_enemy_fired(pipeline) -> None:
    """In a war of two states, shells that kill one state's civilians came from the other's
    side, not from the first side of the dyad (written for tocsin)."""
    (event,) = assaults(
        pipeline, "Shelling kills four civilians in Tartar", date(2020, 10, 5), "Azerbaijan"
    )
    assert (event.actor.country, event.evidence.actor_rule) == ("ARM", VICTIMS_RULE)
    assert event.recipient.code == "AZECVL"
