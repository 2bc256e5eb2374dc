"""A claim of responsibility names the attacker: "Suicide bomber kills 63 at Kabul wedding;
Islamic State claims responsibility".

Headlines often report the attack first and the claim after it, as a clause of its own: the
attack names no one, or only the kind of man who struck ("a suicide bomber", "gunmen"), and the
claim names the group. Within one sentence, an act of force whose attacker is unnamed or only
such a kind takes the group that claims responsibility for it — a named armed group (a rebel
or radical sector) that is the subject of a claim of responsibility (``verbs.claim_responsibility``)
with no "for" object of its own; a sentence that is only the claim ("…; Islamic State claims
responsibility", split at the semicolon) gives it to the acts of force of the sentence before.
A claim with a "for" object is read where it stands
(:meth:`tocsin.events.arguments.ArgumentConfig.claimer_verb`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from tocsin.context import MentionIndex
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.models import ActorRef, Event

RULE = "claimed.responsibility"
CLAIM_RULE = "verbs.claim_responsibility"
CONFIDENCE_FACTOR = 0.9
EVENTS = frozenset({"ASSAULT"})
ARMED_SECTORS = frozenset({"REB", "RAD", "INS"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
NAMED_ENTRY = "org."
CLAIMING = frozenset({"claims", "claimed", "claim"})
CLAIMED = frozenset({"responsibility", "credit"})
NO_ONE = frozenset({"nobody", "none", "noone"})
UNNAMED_ENTRIES = ("agent.", "theatre.", "unidentified.")


def with_claimed_attackers(
    candidates: Sequence[Candidate], claimer: ActorRef | None
) -> list[Candidate]:
    """``candidates`` with ``claimer`` as the attacker of the sentence's acts of force that
    name none (or only a kind of attacker)."""
    if claimer is None:
        return list(candidates)
    return [
        with_inferred(c, "actor", claimer, RULE, CONFIDENCE_FACTOR)
        if c.info.event in EVENTS and not c.symmetric and _unnamed(c.actor)
        else c
        for c in candidates
    ]


def claims_alone(candidates: Sequence[Candidate]) -> bool:
    """Whether a sentence with a claimer reports no act of force of its own: its claim is of
    the attack the sentence before reported ("…; Islamic State claims responsibility")."""
    return not any(c.info.event in EVENTS for c in candidates)


def with_claimed_earlier(events: Sequence[Event], sentence: int, claimer: ActorRef) -> list[Event]:
    """``events`` with ``claimer`` as the attacker of sentence ``sentence``'s acts of force that
    name none (or only a kind of attacker)."""
    return [
        replace(
            e,
            actor=claimer,
            evidence=replace(e.evidence, actor_rule=RULE),
            confidence=round(e.confidence * CONFIDENCE_FACTOR, 3),
        )
        if e.sentence_index == sentence
        and e.event in EVENTS
        and not e.symmetric
        and _unnamed(e.actor)
        else e
        for e in events
    ]


def claimer(candidates: Sequence[Candidate], sent: Span, mentions: MentionIndex) -> ActorRef | None:
    """The one named armed group claiming responsibility in the sentence with no "for" object
    (also where the parser read "claims" as a noun: "…; Islamic State claims responsibility")."""
    found = {
        c.actor.entry: c.actor
        for c in candidates
        if c.rule.startswith(CLAIM_RULE)
        and c.actor is not None
        and _armed_group(c.actor)
        and not _claims_something(sent.doc[c.trigger_start])
    }
    if not found:
        found = {a.entry: a for a in _misparsed_claims(sent, mentions)}
    return next(iter(found.values())) if len(found) == 1 else None


def _misparsed_claims(sent: Span, mentions: MentionIndex) -> list[ActorRef]:
    """Named armed groups right before "claims responsibility" or a bare "claims" that closes
    the sentence ("Car bomb kills 15, al Shabaab *claims*")."""
    words = [t for t in sent if not t.is_punct]
    if len(words) >= 3 and words[-1].lower_ in CLAIMED and words[-2].lower_ in CLAIMING:
        group = words[-3]
    elif len(words) >= 3 and words[-1].lower_ in CLAIMING:
        group = words[-2]
    else:
        return []
    mention = mentions.at(group.i)
    if mention is None or not _armed_group(mention.actor):
        return []
    return [mention.actor]


def _armed_group(actor: ActorRef) -> bool:
    return (actor.entry or "").startswith(NAMED_ENTRY) and actor.sector in ARMED_SECTORS


def _claims_something(verb: Token) -> bool:
    """Whether the claim names what it claims ("responsibility *for* the blast", on the verb or
    on what it claims) or is negated ("*no* group has claimed", "did *not* claim")."""
    claimed = [c for c in verb.children if c.dep_ == "dobj"]
    for head in (verb, *claimed):
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
            return True
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
        for s in subjects
    )


def _unnamed(actor: ActorRef | None) -> bool:
    """No attacker, or only a kind of armed man ("a suicide bomber", "gunmen"), not a state's
    forces ("the army")."""
    if actor is None:
        return True
    return (actor.entry or "").startswith(UNNAMED_ENTRIES) and actor.sector not in STATE_SECTORS
