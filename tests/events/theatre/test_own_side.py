"""The state's own places as the target of its side's act of force
(``tocsin.events.theatre.own_side``)."""

from __future__ import annotations

from datetime import date

from tocsin.events.theatre.own_side import OWN_SIDE_RULE
from tocsin.models import Event

WAR = date(2012, 5, 3)


def assaults(pipeline, text: str, when: date) -> list[Event]:
    return [e for e in pipeline.code_text(text, date=when) if e.event == "ASSAULT"]


def test_the_states_own_city_as_target_is_its_holders(pipeline) -> None:
    events = assaults(pipeline, "Government troops shelled the outskirts of Mogadishu", WAR)
    assert events
    event = events[0]
    assert event.actor.code == "SOMMIL"
    assert event.recipient.code != "SOMGOV"
    assert (event.evidence.recipient_rule or "").endswith(OWN_SIDE_RULE)
    assert event.recipient.text == "Mogadishu"


def test_a_foreign_capital_is_kept(pipeline) -> None:
    events = assaults(pipeline, "Russian forces shelled the outskirts of Kyiv", date(2022, 3, 3))
    assert events
    assert all(OWN_SIDE_RULE not in (e.evidence.recipient_rule or "") for e in events)
