"""An event noun that modifies a frame noun ("a mediation effort") is the event of the phrase."""

from __future__ import annotations

from datetime import date

WHEN = date(2024, 5, 2)


def _pairs(pipeline, text: str, event: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in pipeline.code_text(text, date=WHEN)
        if e.event == event
    }


def test_mediation_effort_between_two_states(pipeline) -> None:
    text = "Norway launched a mediation effort between Sudan and Chad on Monday."
    assert {("NOR", "SDN"), ("NOR", "TCD")} <= _pairs(pipeline, text, "CONSULT")


def test_assassination_attempt_is_an_assault(pipeline) -> None:
    text = "Rebels made an assassination attempt on the Malian president."
    assert _pairs(pipeline, text, "ASSAULT")


def test_a_modifier_of_an_ordinary_noun_is_no_event(pipeline) -> None:
    assert not _pairs(pipeline, "Egypt bought attack helicopters from France.", "ASSAULT")


def test_partitive_object_reaches_the_aid(pipeline) -> None:
    text = "Japan suspended part of its military aid program for Myanmar."
    assert ("JPN", "MMR") in _pairs(pipeline, text, "SANCTION")


def test_contributed_troops_are_peacekeeping_aid(pipeline) -> None:
    text = "Ghana will contribute 800 troops to the force in Mali."
    assert ("GHA", "MLI") in _pairs(pipeline, text, "AID")


def test_an_owner_noun_is_no_event(pipeline) -> None:
    # "the coalition's warplanes": the coalition is a party, not an act of cooperation
    text = "The coalition's warplanes struck a bridge near Mosul."
    events = [e.event for e in pipeline.code_text(text, date=WHEN)]
    assert events.count("ASSAULT") == 1 and "COOPERATE" not in events


def test_a_participle_before_its_noun_is_no_event(pipeline) -> None:
    # "the besieged town" describes the town; the siege is not reported here
    assert not _pairs(pipeline, "An aid convoy reached the besieged town of Madaya.", "ASSAULT")


def test_the_fall_of_shells_is_shelling_not_a_capture(pipeline) -> None:
    text = "Three people were wounded by the fall of mortar shells on a market in Donetsk."
    rules = [e.evidence.rule for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]
    assert rules and not any(r.startswith("nouns.occupation") for r in rules)
    assert any(r.startswith("nouns.shell_fall") for r in rules)


def test_bombs_dropped_on_a_town_are_an_attack(pipeline) -> None:
    text = "Dozens of barrel bombs dropped on the outskirts of Aleppo."
    assert _pairs(pipeline, text, "ASSAULT")
