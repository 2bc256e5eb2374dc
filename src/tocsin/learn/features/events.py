"""Features of one coded record for the learned event-type layer (feature set ``events.v1``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tocsin.learn.features.parse import add, tense_features, word_features
from tocsin.models import ActorRef, Event

FEATURE_SET = "events.v1"
INFERRED_MARKS = (
    "subtree",
    "unidentified",
    "authorities",
    "location",
    "population",
    "country.",
    "discourse",
    "complement",
)
OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "attr", "pobj", "nsubjpass"})


def inferred(rule: str | None) -> bool:
    """Whether a party rule says the party was inferred rather than read from the text."""
    return rule is not None and any(mark in rule for mark in INFERRED_MARKS)


def _party(features: dict[str, float], role: str, party: ActorRef | None, rule: str | None) -> None:
    if party is None:
        add(features, f"{role}.none")
        return
    add(features, f"{role}.sector={party.sector or '-'}")
    add(features, f"{role}.rule={(rule or '-').split('+')[0]}")
    if inferred(rule):
        add(features, f"{role}.inferred")
    if party.country and not party.sector:
        add(features, f"{role}.state")


def _trigger(features: dict[str, float], head: Token) -> None:
    word_features(features, "trig", head)
    tense_features(features, head)
    if head.head.i != head.i:
        add(features, f"trig.gov={head.head.lemma_.lower()}")
        add(features, f"trig.gov.rel={head.dep_}")
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            add(features, f"trig.{child.dep_}={child.lemma_.lower()}")
        elif child.dep_ in ("prep", "agent", "dative"):
            add(features, f"trig.prep={child.lower_}")


def event_features(
    event: Event, head: Token, sentence_events: Sequence[Event], position: int
) -> dict[str, float]:
    """The rule's answer for the record, its parties, its trigger's parse and its neighbours."""
    features: dict[str, float] = {"bias": 1.0}
    rule_type = event.event
    add(features, f"rule.event={rule_type}")
    add(features, f"rule.cameo={event.cameo}")
    add(features, f"rule.root={event.cameo[:2]}")
    add(features, f"rule.quad={event.quad_class}")
    add(features, f"rule.acled={event.acled.sub_event_type if event.acled else '-'}")
    parts = (event.evidence.rule or "-").split("+")
    add(features, f"rule.id={parts[0]}")
    for part in parts[1:]:
        add(features, f"rule.refined={part}")
    add(features, f"rule.confidence={round(event.confidence * 10)}")
    if event.symmetric:
        add(features, "rule.symmetric")
    add(features, f"fact.status={event.factuality.status}")
    add(features, f"fact.cue={(event.factuality.cue or '-').lower()}")
    add(features, f"fact.status|event={event.factuality.status}|{rule_type}")
    _party(features, "actor", event.actor, event.evidence.actor_rule)
    _party(features, "recipient", event.recipient, event.evidence.recipient_rule)
    _trigger(features, head)
    add(features, f"trig.lemma|event={head.lemma_.lower()}|{rule_type}")
    others = [e for i, e in enumerate(sentence_events) if i != position]
    add(features, f"sent.records={min(len(sentence_events), 4)}")
    rank = sum(1 for e in others if e.confidence > event.confidence)
    add(features, f"sent.rank={min(rank, 3)}")
    for other in sorted({e.event for e in others}):
        add(features, f"sent.other={other}")
    return features
