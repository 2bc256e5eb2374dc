"""Building an implied party and entering it into a candidate."""

from __future__ import annotations

from tocsin.events.candidates import CameoInfo, Candidate
from tocsin.events.inferred import state_party, with_inferred


def _candidate() -> Candidate:
    info = CameoInfo("190", "attack", "ASSAULT", None, (), 4, -10.0, None)
    return Candidate(0, 1, info, "verbs.attack.v1", confidence=0.8)


def test_state_party_codes_country_and_sector() -> None:
    party = state_party("IRQ", "UAF", "near Samarra", "unidentified attackers", "unidentified")
    assert (party.code, party.entry, party.text) == ("IRQUAF", "unidentified.IRQ", "near Samarra")


def test_inferred_parties_are_marked_and_cost_confidence() -> None:
    party = state_party("IRQ", "CVL", "Samarra", None, "place")
    with_actor = with_inferred(_candidate(), "actor", party, "rule.a", 0.5)
    assert (with_actor.actor, with_actor.actor_rule, with_actor.confidence) == (
        party,
        "rule.a",
        0.4,
    )
    with_recipient = with_inferred(_candidate(), "recipient", party, "rule.r", 0.85)
    assert with_recipient.recipient_rule == "rule.r" and with_recipient.confidence == 0.68
