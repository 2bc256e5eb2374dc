"""The side the words say holds the place an act of war hit, as its target
(``tocsin.events.theatre.holders``)."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.events.theatre.holders import HOLDERS_RULE
from tocsin.models import Document, Event

WAR = date(2015, 2, 3)  # the Donbas war


def assaults(pipeline, text: str, when: date = WAR) -> list[Event]:
    return [e for e in pipeline.code_text(text, date=when) if e.event == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Rockets kill two children in a separatist-held district of Donetsk", "UKRREB"),
        ("Shells kill four people in government-held Avdiivka", "UKRMIL"),
        ("A mine kills three people in Horlivka, a town controlled by the separatists", "UKRREB"),
        ("Shelling kills a woman in Horlivka, under the control of the separatists", "UKRREB"),
    ],
)
def test_the_holders_of_the_place_hit_are_the_target(pipeline, text, holders) -> None:
    (event,) = assaults(pipeline, text)
    assert event.recipient.code[:3] == holders[:3]
    assert event.recipient.sector in (("MIL", "GOV") if holders.endswith("MIL") else ("REB",))
    assert HOLDERS_RULE in (event.evidence.recipient_rule or "")
    # the attacker, named nowhere, is the holders' enemy
    assert event.actor is not None and event.actor.sector != event.recipient.sector


def test_an_armed_target_the_text_names_is_kept(pipeline) -> None:
    (event,) = assaults(
        pipeline, "Separatists shelled army positions near government-held Avdiivka"
    )
    assert event.recipient.sector == "MIL"
    assert HOLDERS_RULE not in (event.evidence.recipient_rule or "")


def test_a_deliberate_killing_keeps_its_victims(pipeline) -> None:
    events = assaults(pipeline, "Gunmen executed two teachers in a separatist-held village")
    assert all(HOLDERS_RULE not in (e.evidence.recipient_rule or "") for e in events)


def test_a_battle_for_control_names_no_holders(pipeline) -> None:
    events = assaults(pipeline, "Fighting for control of the separatists' airport kills five")
    assert all(HOLDERS_RULE not in (e.evidence.recipient_rule or "") for e in events)


def test_no_holders_outside_a_war(pipeline) -> None:
    text = "A bomb kills two in a government-held district"
    document = Document(id="holders-peace", text=text, date=date(2019, 6, 1))
    events = [e for e in pipeline.code(document).events if e.event == "ASSAULT"]
    assert all(HOLDERS_RULE not in (e.evidence.recipient_rule or "") for e in events)
