"""A recipient from the event's place when the text names no party it was done to."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.events.candidates import CameoInfo, Candidate
from tocsin.events.place_target import RULE, with_place_recipient
from tocsin.models import ActorRef, Location

WHEN = date(2024, 2, 12)
KENYA = ActorRef("Kenyan police", code="KENCOP", country="KEN", sector="COP")


def candidate(event: str, actor: ActorRef | None = KENYA, **extra) -> Candidate:
    info = CameoInfo("190", "test", event, None, (), 4, -5.0, None)
    return Candidate(0, 1, info, "test.v1", actor, None, "nsubj", None, **extra)


def test_force_at_home_targets_the_country() -> None:
    made = with_place_recipient(candidate("COERCE"), Location("Mombasa", country="KEN"))
    assert (made.recipient.country, made.recipient.code) == ("KEN", "KENCVL")
    assert made.recipient_rule == RULE
    assert made.confidence < candidate("COERCE").confidence


def test_a_visit_at_home_has_no_counterpart() -> None:
    made = with_place_recipient(candidate("CONSULT"), Location("Mombasa", country="KEN"))
    assert made.recipient is None


def test_a_visit_abroad_is_to_the_host() -> None:
    made = with_place_recipient(candidate("CONSULT"), Location("Kampala", country="UGA"))
    assert (made.recipient.country, made.recipient.sector) == ("UGA", None)


@pytest.mark.parametrize("event", ["ACCUSE", "AGREE", "PROTEST"])
def test_statements_and_protests_are_not_aimed_at_places(event: str) -> None:
    assert (
        with_place_recipient(candidate(event), Location("Kampala", country="UGA")).recipient is None
    )


def test_needs_no_recipient_and_a_direction() -> None:
    there = Location("Kampala", country="UGA")
    assert with_place_recipient(candidate("ASSAULT", symmetric=True), there).recipient is None


def test_force_with_neither_party_falls_on_the_people_of_the_place() -> None:
    there = Location("Kampala", country="UGA")
    found = with_place_recipient(candidate("ASSAULT", actor=None), there)
    assert found.recipient is not None and found.recipient.code == "UGACVL"
    assert found.recipient_rule == "location.people"
    assert found.actor is None
    assert with_place_recipient(candidate("ASSAULT", actor=None), None).recipient is None
    assert with_place_recipient(candidate("CONSULT", actor=None), there).recipient is None


def test_in_the_pipeline(pipeline) -> None:
    text = "Rebel fighters shelled positions outside Goma on Sunday, residents said."
    (event,) = [e for e in pipeline.code_text(text, date=WHEN) if e.trigger.text == "shelled"]
    assert event.recipient is not None and event.recipient.country == "COD"
    # the place's population, which in a war's theatre the front's holders then replace
    assert event.evidence.recipient_rule.split("+")[0] == RULE


@pytest.mark.parametrize(
    ("text", "trigger", "country", "rule"),
    [
        (
            "Kenya's cabinet is ready to impose a state of emergency.",
            "impose",
            "KEN",
            "population.country",
        ),
        (
            "The Thai army lifted the curfew in Bangkok on Monday.",
            "lifted",
            "THA",
            "location.country",
        ),
        (
            "President Ruto threatened to institute a curfew in Mombasa.",
            "institute a curfew",
            "KEN",
            "location.country",
        ),
    ],
)
def test_population_measures_fall_on_civilians(pipeline, text, trigger, country, rule) -> None:
    events = [
        e for e in pipeline.code_text(text, date=date(2024, 5, 2)) if e.trigger.text == trigger
    ]
    assert events and events[0].recipient is not None
    assert (events[0].recipient.country, events[0].recipient.sector) == (country, "CVL")
    assert events[0].evidence.recipient_rule == rule


def test_an_embassy_opened_abroad_has_its_host_as_recipient(pipeline) -> None:
    events = pipeline.code_text(
        "Oman reopened its embassy in Damascus on Sunday.", date=date(2024, 5, 2)
    )
    opened = [e for e in events if e.trigger.text == "reopened"]
    assert opened and (opened[0].actor.country, opened[0].recipient.country) == ("OMN", "SYR")
    assert opened[0].evidence.recipient_rule == RULE


def test_a_group_without_a_country_strikes_a_places_people(pipeline) -> None:
    """The Islamic State is no foreign state where it strikes: the place's people, not its
    state, were hit."""
    events = pipeline.code_text(
        "Islamic State fighters kill 20 in a Damascus suburb.", date=date(2016, 6, 11)
    )
    hit = [e for e in events if e.event == "ASSAULT" and e.recipient is not None]
    assert hit and (hit[0].recipient.country, hit[0].recipient.sector) == ("SYR", "CVL")
    assert hit[0].evidence.recipient_rule == RULE
