"""An agentless arrest was made by the authorities of the place."""

from __future__ import annotations

from datetime import date

from tocsin.events.authorities import RULE

WHEN = date(2024, 5, 2)


def test_an_agentless_arrest_is_by_the_place_authorities(pipeline) -> None:
    events = pipeline.code_text("Three journalists were detained in Cairo on Monday.", WHEN)
    detained = [e for e in events if e.trigger.text == "detained"]
    assert detained and detained[0].actor.code == "EGYCOP"
    assert detained[0].evidence.actor_rule == RULE


def test_a_named_arrester_is_kept(pipeline) -> None:
    text = "Three journalists were detained by Hamas gunmen in Gaza on Monday."
    detained = [e for e in pipeline.code_text(text, WHEN) if e.trigger.text == "detained"]
    assert detained and all(e.evidence.actor_rule != RULE for e in detained)


def test_no_place_no_authorities(pipeline) -> None:
    events = pipeline.code_text("Three journalists were detained on Monday.", WHEN)
    assert [e.trigger.text for e in events] == ["detained"]
    assert all(e.evidence.actor_rule != RULE for e in events)


def test_switched_off_with_infer_parties(strict_pipeline) -> None:
    events = strict_pipeline.code_text("Three journalists were detained in Cairo on Monday.", WHEN)
    assert [e.trigger.text for e in events] == ["detained"]
    assert all(e.evidence.actor_rule != RULE for e in events)
