"""An unnamed attacker: "a roadside bomb killed three soldiers", "a journalist was shot dead".

Reports of force often name the victims and the place but nobody who struck: the bomb, the
blast or the passive voice stands where the attacker would. CAMEO and PLOVER code such an event
to the *unidentified armed forces* (``UAF``) of the state where it happened, which keeps the
record in that state's dyads instead of dropping it. For an ASSAULT with no actor and a
resolved location, the actor becomes ``{country}UAF`` named "unidentified attackers", marked
``unidentified.place`` in ``evidence.actor_rule``, with confidence × 0.8.

Only a trigger that reports an attack with the attacker left out qualifies: a passive ("two
aid workers were shot dead"), an instrument as subject ("a roadside bomb killed three
soldiers"), or an attack noun as subject or as what the victims died in or by; a participle or
noun inside another predicate does not ("found the regime guilty of murdering …").
The rule stays out when the sentence points at an attacker it could not resolve: a pronoun
subject or possessor ("they ambushed", "its offensive") is a party coreference missed, not an
unnamed one; and when another act of force in the sentence has a named attacker ("bombers
killed 23 people … in the second-worst attack"), the attack is most likely theirs.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tocsin.events.candidates import Candidate
from tocsin.events.inferred import state_party, with_inferred
from tocsin.models import Location

RULE = "unidentified.place"
SECTOR = "UAF"
NAME = "unidentified attackers"
CONFIDENCE_FACTOR = 0.8
EVENTS = frozenset({"ASSAULT"})
AGENT_DEPENDENTS = frozenset({"nsubj", "agent", "poss"})
AGENT_SUFFIXES = ("er", "or", "ist", "man", "ant")  # rustler, invader, extremist, gunman, assailant


def with_unidentified_attacker(
    candidate: Candidate, head: Token, location: Location | None
) -> Candidate:
    """``candidate`` with the place's unidentified armed forces as actor, where it has none."""
    if candidate.actor is not None or candidate.symmetric or candidate.info.event not in EVENTS:
        return candidate
    if location is None or not location.country or _names_an_attacker(head):
        return candidate
    if not reports_an_attack(head):
        return candidate
    text = location.text or location.name
    actor = state_party(location.country, SECTOR, text, NAME, "unidentified")
    return with_inferred(candidate, "actor", actor, RULE, CONFIDENCE_FACTOR)


def named_attacker(candidates: Iterable[Candidate]) -> bool:
    """Whether some act of force among a sentence's ``candidates`` has a named attacker."""
    return any(c.actor is not None and c.info.event in EVENTS for c in candidates)


def named_attacker_heads(candidates: Iterable[Candidate]) -> tuple[int, ...]:
    """The trigger heads of the acts of force among ``candidates`` with a named attacker."""
    return tuple(
        c.trigger_start for c in candidates if c.actor is not None and c.info.event in EVENTS
    )


def reports_an_attack(head: Token) -> bool:
    """Whether the trigger reports an attack that happened with its attacker left out: a
    passive ("was shot dead"), an instrument for subject ("a roadside bomb killed"), or an
    attack noun as subject or as what someone died in or by ("killed *in a car bomb
    explosion*"). Not a participle or noun inside another predicate ("found the regime guilty
    *of murdering*", "*engaged* discussions", "manufacturing *weapons*")."""
    if head.pos_ in ("VERB", "AUX"):
        children = {c.dep_: c for c in head.children}
        if "nsubjpass" in children or "auxpass" in children:
            return True
        subject = children.get("nsubj")
        if subject is not None:
            return subject.pos_ == "NOUN" and not agent_noun(subject)
        # "an attempt *to assassinate* the governor was thwarted": the noun it completes
        return head.dep_ == "acl" and head.head.pos_ == "NOUN" and reports_an_attack(head.head)
    if head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in ("in", "by")


def agent_noun(noun: Token) -> bool:
    """A noun of people no dictionary knows ("cattle *rustlers*", "poachers"): a doer the
    text names, not an instrument ("a roadside *bomb* killed")."""
    return noun.lemma_.lower().endswith(AGENT_SUFFIXES)


def _names_an_attacker(head: Token) -> bool:
    """A pronoun in the attacker's slot: someone is named, only not resolved."""
    for child in head.children:
        if child.dep_ == "agent":
            if any(t.pos_ == "PRON" for t in child.children):
                return True
        elif child.dep_ in AGENT_DEPENDENTS and child.pos_ == "PRON":
            return True
    return False
