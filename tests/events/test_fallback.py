"""The subtree fallback for a missing recipient: taken only inside the trigger's own phrase."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.events.fallback import RULE


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The Netherlands expelled two Russian diplomats.", "NLD", "RUS"),
        ("Venezuela deployed soldiers to the border with Colombia.", "VEN", "COL"),
    ],
)
def test_recipient_comes_from_the_trigger_phrase(pipeline, text, actor, recipient) -> None:
    events = pipeline.code_text(text, date=date(2024, 3, 1))
    found = [(e.actor.country, e.recipient.country) for e in events if e.actor and e.recipient]
    assert (actor, recipient) in found
    assert any(e.evidence.recipient_rule == RULE for e in events if e.recipient)


def test_no_recipient_from_outside_the_phrase(pipeline) -> None:
    text = "Venezuela deployed soldiers, while Colombia held elections."
    deploys = [e for e in pipeline.code_text(text) if e.trigger.text == "deployed"]
    assert deploys and all(e.recipient is None for e in deploys)


def test_actor_own_country_is_not_taken(pipeline) -> None:
    text = "Russia massed Russian troops near the border."
    masses = [e for e in pipeline.code_text(text) if e.trigger.text == "massed"]
    assert masses and all(e.recipient is None for e in masses)


def test_recipient_from_a_complement_sharing_the_subject(pipeline) -> None:
    """ "threatened *to cut off gas to Moldova*": the complement's object is the target."""
    text = "Romania threatened to cut off gas supplies to Moldova over unpaid bills."
    threats = [e for e in pipeline.code_text(text) if e.trigger.text == "threatened"]
    assert [(e.actor.country, e.recipient.country) for e in threats] == [("ROU", "MDA")]


def test_same_country_in_another_sector_is_another_actor(pipeline) -> None:
    text = "The Peruvian army expelled Peruvian opposition activists from the square."
    expels = [e for e in pipeline.code_text(text) if e.trigger.text == "expelled"]
    assert expels and all(e.recipient.country == "PER" for e in expels)
    assert all(e.recipient.sector != e.actor.sector for e in expels)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        # a purpose clause shares the subject: "… blocked a road *to show anger at* X"
        (
            "Farmers in Lima blocked a highway to show their anger at Chilean trade policy.",
            "blocked",
            "CHL",
        ),
        # a participle on the object: "… a march *calling for the release of* X"
        (
            "Kenyan students rioted after a march calling for the removal of Ugandan troops.",
            "rioted",
            "UGA",
        ),
    ],
)
def test_recipient_from_a_clause_without_its_own_subject(pipeline, text, trigger, recipient):
    events = [e for e in pipeline.code_text(text) if e.trigger.text == trigger]
    assert any(e.recipient and e.recipient.country == recipient for e in events)


def test_clause_with_its_own_subject_stays_out(pipeline) -> None:
    text = "Farmers in Lima blocked a highway while Chilean officials watched."
    events = [e for e in pipeline.code_text(text) if e.trigger.text == "blocked"]
    assert events and all(e.recipient is None for e in events)


def test_a_refusal_reaches_into_what_was_refused(pipeline) -> None:
    text = "Chad rejected an invitation to attend a meeting of Sudanese officials."
    rejected = [e for e in pipeline.code_text(text) if e.trigger.text == "rejected"]
    assert rejected and rejected[0].recipient is not None
    assert rejected[0].recipient.country == "SDN"


def test_a_place_named_after_in_is_where_not_whom(pipeline) -> None:
    text = "Thousands of students blocked streets in Nairobi in defiance of Ugandan officials."
    blocked = [e for e in pipeline.code_text(text) if e.trigger.text == "blocked"]
    assert blocked and blocked[0].event == "PROTEST"
    assert blocked[0].recipient is not None and blocked[0].recipient.country == "UGA"
    assert blocked[0].actor.country == "KEN"  # protesters are of the place


def test_a_state_naming_the_place_is_no_recipient(pipeline) -> None:
    """ "burned homes in *Myanmar's* Rakhine state": where, not whom (its forces)."""
    events = pipeline.code_text("Government troops burned homes in Myanmar's Rakhine state.")
    assert events
    for event in events:
        recipient = event.recipient
        assert recipient is None or recipient.sector is not None, recipient


def test_a_state_naming_the_place_of_a_measure_keeps_it(pipeline) -> None:
    """Not force: "eased emergency measures in *Montenegro* province" eased them on it."""
    events = pipeline.code_text(
        "Serbia eased emergency measures on Wednesday in Montenegro province."
    )
    assert any(e.recipient is not None and e.recipient.country == "MNE" for e in events)
