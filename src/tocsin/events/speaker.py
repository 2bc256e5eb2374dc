"""A state that reports its own losses: "*Armenia* says 49 soldiers killed as Azerbaijan shells
border towns", "*Kyiv* says five civilians killed in shelling".

A state (its name, capital or an organ of it) that says an act of force killed people reports
its own dead: the victims, named as the subject of the act's passive ("49 soldiers killed") and
given no nationality by the text, take the speaker's country (``…+country.speaker``) before any
other inference — the document names the attacker's state as often as the speaker's. Not when
the act's named attacker is of the speaker's state ("Russia says it killed 30 militants": its
enemies), nor for rebels and radicals, whom a state reports as enemies killed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tocsin.actors.entries import make_code
from tocsin.context import MentionIndex
from tocsin.events.candidates import Candidate

RULE = "country.speaker"
CONFIDENCE_FACTOR = 0.9
SAYING = frozenset({"say", "report", "announce", "confirm"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
# the victims of a state's own report: its forces, its officials and its people
VICTIM_SECTORS = frozenset(
    {"MIL", "COP", "GOV", "CVL", "REF", "MED", "HLH", "EDU", "REL", "LAB", "BUS", "AGR", "OPP"}
)
# the victims named as the subject of the act's passive or of its casualty word
VICTIM_RULES = ("nsubj.passive", "nsubjpass", "acl.head", "killed.", "died.")
FORCE_EVENTS = frozenset({"ASSAULT"})


def reporting_state(trigger: Token, mentions: MentionIndex) -> str | None:
    """The state whose verb of saying governs ``trigger``; None when no such verb, or its
    subject is no state."""
    for verb in trigger.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in SAYING:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        mention = mentions.at(subject.i) if subject is not None else None
        if mention is None or mention.actor.country is None:
            return None
        entry = mention.actor.entry or ""
        state = entry.startswith("country.") or mention.actor.sector in STATE_SECTORS
        return mention.actor.country if state else None
    return None


def with_speaker_victims(candidate: Candidate, state: str | None) -> Candidate:
    """``candidate`` with the reporting ``state`` as its victims' country, where they have none."""
    victims = candidate.recipient
    if state is None or candidate.info.event not in FORCE_EVENTS or victims is None:
        return candidate
    if victims.country is not None or victims.sector not in VICTIM_SECTORS:
        return candidate
    if not (candidate.recipient_rule or "").startswith(VICTIM_RULES):
        return candidate
    if candidate.actor is not None and candidate.actor.country == state:
        return candidate
    return replace(
        candidate,
        recipient=replace(victims, country=state, code=make_code(state, victims.sector)),
        recipient_rule=f"{candidate.recipient_rule}+{RULE}",
        confidence=round(candidate.confidence * CONFIDENCE_FACTOR, 3),
    )
