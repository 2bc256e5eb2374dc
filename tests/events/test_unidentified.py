"""An attack with no named attacker is coded to the unidentified armed forces of its place."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.events.unidentified import RULE

WHEN = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # one record for the bomb and the killing ("killed" is in evidence.merged); police
        # officers would fall to the insurgents of the war (theatre.opponent)
        ("A car bomb killed four shoppers in Peshawar on Monday.", "bomb", "PAK"),
        ("Two aid workers were shot dead outside the Somali town of Baidoa.", "shot", "SOM"),
    ],
)
def test_attack_without_attacker_takes_the_place(pipeline, text, trigger, country) -> None:
    events = [e for e in pipeline.code_text(text, date=WHEN) if e.trigger.text == trigger]
    assert events
    actor = events[0].actor
    assert actor is not None and (actor.country, actor.sector) == (country, "UAF")
    assert events[0].evidence.actor_rule == RULE


def test_named_attacker_is_kept(pipeline) -> None:
    events = pipeline.code_text("Taliban fighters killed four police officers in Peshawar.", WHEN)
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and all(e.evidence.actor_rule != RULE for e in killed)


def test_unresolved_pronoun_is_not_an_unnamed_attacker(pipeline) -> None:
    events = pipeline.code_text("They killed four police officers in Peshawar.", WHEN)
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and all(e.evidence.actor_rule != RULE for e in killed)


def test_no_place_no_attacker(pipeline) -> None:
    events = pipeline.code_text("Four police officers were killed on Monday.", WHEN)
    assert [e.trigger.text for e in events] == ["killed"]
    assert all(e.evidence.actor_rule != RULE for e in events)


def test_switched_off_with_infer_parties(strict_pipeline) -> None:
    events = strict_pipeline.code_text(
        "A car bomb killed four shoppers in Peshawar on Monday.", WHEN
    )
    assert "bomb" in [e.trigger.text for e in events]  # the killing merged into it
    assert all(e.evidence.actor_rule != RULE for e in events)


def test_an_attack_beside_a_named_attacker_is_not_unnamed(pipeline) -> None:
    text = "Two gunmen killed four people in Peshawar in the worst attack this year."
    events = pipeline.code_text(text, WHEN)
    # the attack and the killing are one mention: one record, its actor the gunmen
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].evidence.actor_rule != RULE
    assert {attacks[0].trigger.text, *(m.split("@")[0] for m in attacks[0].evidence.merged)} == {
        "attack",
        "killed",
    }


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a participle inside another predicate: the attacker is named elsewhere
        ("A court in Paris found the militia guilty of murdering two monks.", "murdering"),
        # a false friend: "engaged" discussions
        ("The Kenyan government supports engaged discussions in Nairobi.", "engaged"),
    ],
)
def test_no_unnamed_attacker_outside_a_reported_attack(pipeline, text, trigger) -> None:
    events = [e for e in pipeline.code_text(text, WHEN) if trigger in e.trigger.text]
    assert events, f"no event at {trigger!r}"
    assert all(e.evidence.actor_rule != RULE for e in events)


def test_an_attempt_on_a_life_is_reported_through_its_noun(pipeline) -> None:
    text = "An attempt to assassinate the governor of Kandahar was thwarted on Monday."
    events = [e for e in pipeline.code_text(text, WHEN) if e.trigger.text == "assassinate"]
    assert events and events[0].evidence.actor_rule == RULE
    assert events[0].actor.country == "AFG"


def test_a_noun_of_people_as_subject_is_no_instrument(nlp) -> None:
    """ "Cattle rustlers killed …": a doer the dictionary does not know, not an unnamed attacker
    (the place's unidentified forces); "a car bomb killed …" is an instrument."""
    from tocsin.events.unidentified import reports_an_attack

    for text, unnamed in (
        ("Cattle rustlers killed four herders.", False),
        ("A car bomb killed four shoppers.", True),
    ):
        doc = nlp(text)
        assert reports_an_attack(next(t for t in doc if t.text == "killed")) is unnamed, text
