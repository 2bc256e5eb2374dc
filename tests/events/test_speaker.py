"""A state that reports its own dead gives them its country (tocsin.events.speaker)."""

from __future__ import annotations

from datetime import date

from tocsin.events.candidates import CameoInfo, Candidate
from tocsin.events.speaker import with_speaker_victims
from tocsin.models import ActorRef

WHEN = date(2022, 9, 14)


def _assaults(pipeline, text: str) -> list:
    return [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]


def test_the_reporting_state_s_victims_are_its_own(pipeline) -> None:
    """ "Tajikistan says 12 border guards killed as Kyrgyz forces shell villages"."""
    events = _assaults(
        pipeline, "Tajikistan says 12 border guards killed as Kyrgyz forces shell villages"
    )
    assert events
    victims = [e.recipient for e in events if e.recipient is not None]
    assert victims and {v.country for v in victims} == {"TJK"}
    assert any("country.speaker" in (e.evidence.recipient_rule or "") for e in events)


def _candidate(actor: ActorRef | None, victims: ActorRef, rule: str) -> Candidate:
    info = CameoInfo("190", "Use conventional military force", "ASSAULT", None, (), 4, -10.0, None)
    return Candidate(0, 1, info, "verbs.kill.v1", actor, victims, "nsubj", rule)


def test_victims_of_the_speaker_s_own_forces_keep_no_country() -> None:
    """ "Russia says 40 killed as its jets struck …": the attacker is the speaker's, so its
    victims are not taken to be the speaker's people."""
    victims = ActorRef("civilians", None, "CVL", None, "CVL", "agent.civilians")
    jets = ActorRef("Russian jets", None, "RUSMIL", "RUS", "MIL", "agent.jets")
    kept = with_speaker_victims(_candidate(jets, victims, "nsubj.passive"), "RUS")
    assert kept.recipient.country is None
    given = with_speaker_victims(_candidate(None, victims, "nsubj.passive"), "UKR")
    assert given.recipient.code == "UKRCVL"
    assert given.recipient_rule == "nsubj.passive+country.speaker"


def test_only_victims_named_as_the_act_s_subject_take_the_speaker_s_country() -> None:
    """A direct object ("Turkey says it killed 15 militants") is whom the speaker's side hit."""
    soldiers = ActorRef("soldiers", None, "MIL", None, "MIL", "agent.soldiers")
    assert with_speaker_victims(_candidate(None, soldiers, "dobj"), "TUR").recipient.country is None
