"""Headlines the parser reads as one noun phrase (``tocsin.events.headline``)."""

from __future__ import annotations

from datetime import date

import pytest


def _assaults(pipeline, text: str) -> list:
    return [e for e in pipeline.code_text(text, date=date(2023, 12, 1)) if e.event == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Israel strikes Hamas targets in Gaza", "ISR", "PSEREB"),
        ("US strikes Houthi targets in Yemen", "USA", "YEMREB"),
    ],
)
def test_a_verb_before_a_named_party_is_the_verb(pipeline, text, actor, recipient) -> None:
    """ "Israel *strikes* Hamas targets": the verb, not a noun of Israel's, and Hamas is the
    target, not a subject of "targets"."""
    found = _assaults(pipeline, text)
    assert found
    assert (found[0].actor.code, found[0].recipient.code) == (actor, recipient)
    assert found[0].evidence.actor_rule == "nsubj"


def test_a_plural_noun_read_as_the_verb_after_its_actor(pipeline) -> None:
    """ "Regime forces *bombard* Daraa countryside": a verbless headline's verb."""
    found = _assaults(pipeline, "Regime forces bombard Daraa countryside")
    assert found and found[0].actor is not None
    assert found[0].actor.sector == "MIL"


def test_the_first_of_two_parties_before_the_verb_is_the_actor(pipeline) -> None:
    """ "Somali troops and clan militias *retake* towns …": the first party of the pair, which
    the parser does not coordinate in a verbless headline (written for tocsin)."""
    found = _assaults(pipeline, "Somali troops and clan militias retake towns from al-Shabaab")
    assert [(e.actor.code, e.recipient.code) for e in found] == [("SOMMIL", "SOMREB")]


@pytest.mark.parametrize(
    ("text", "reacting"),
    [
        ("Unicef condemns attack on school in Yemen", "IGO"),
        ("Turkey condemns attack on its embassy in Kabul", "TUR"),
        ("Egypt denounces bombing of Coptic church in Cairo", "EGY"),
    ],
)
def test_who_reacts_to_an_attack_did_not_carry_it_out(pipeline, text, reacting) -> None:
    """ "UN *condemns* attack on school": the condemner is no party to the attack, even where
    the tagger takes the verb for a noun (written for tocsin)."""
    found = _assaults(pipeline, text)
    assert found
    actor = found[0].actor
    assert actor is None or reacting not in (actor.code, actor.sector)


def test_who_denies_or_confirms_an_attack_is_its_doer(pipeline) -> None:
    """ "Russia *denies* attack on hospital": the denial is of one's own act."""
    found = _assaults(pipeline, "Pentagon confirms strike on Shabaab camp in Somalia")
    assert found and found[0].actor is not None and found[0].actor.country == "USA"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Jihadist fighters storm army camp near Djibo, security sources say", "BFAREB", "BFAMIL"),
        ("Separatists raid police post in Bamenda, officials say", "CMRREB", "CMRCOP"),
    ],
)
def test_a_headline_closed_by_its_source_is_read_before_the_comma(
    pipeline, text, actor, recipient
) -> None:
    """ "…, officials say": the verb of saying is the source, not the headline's event; the
    act before the comma is read as a verbless headline's, and no statement is coded."""
    events = pipeline.code_text(text, date=date(2022, 9, 12))
    assert [(e.actor.code, e.recipient.code) for e in events if e.event == "ASSAULT"] == [
        (actor, recipient)
    ]
    assert not [e for e in events if e.event == "CONSULT"]


def test_a_place_an_act_fell_on_is_not_the_subject_of_the_verb_after_it(pipeline) -> None:
    """ "Air strikes *on Deir al-Balah* kill 14": the place closes the act's phrase; it is the
    target the act's noun reads, never the attacker and the target at once."""
    found = pipeline.code_text("Air strikes on Gaza City kill 14", date=date(2023, 11, 20))
    assaults = [e for e in found if e.event == "ASSAULT"]
    assert assaults
    for event in assaults:
        assert event.evidence.actor_rule != "headline.subject"
        assert event.actor is None or event.actor.code != event.recipient.code


def test_a_closing_source_after_two_parties_before_the_verb(pipeline) -> None:
    """ "Iraqi troops and Shia militias *retake* Baiji, ministry says": the parser hangs the
    first party on "says" beside its own subject; the words before the comma are still read
    as a headline."""
    found = _assaults(pipeline, "Iraqi troops and Shia militias retake Baiji, ministry says")
    assert found and found[0].actor is not None
    assert (found[0].actor.code, found[0].evidence.actor_rule) == ("IRQMIL", "headline.subject")
