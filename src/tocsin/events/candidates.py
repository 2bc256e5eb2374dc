"""What the event extractor hands to the pipeline before factuality, dates and places."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.models import Acled, ActorRef


@dataclass(frozen=True)
class CameoInfo:
    """Everything the ontology knows about one CAMEO code."""

    code: str  # "0874", always a string
    name: str
    event: str  # PLOVER 2.0 event type
    mode: str | None
    context: tuple[str, ...]
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    acled: Acled | None


@dataclass(frozen=True)
class Candidate:
    """One event found in a sentence: trigger tokens, CAMEO info, the two parties."""

    trigger_start: int  # spaCy token index of the trigger head
    trigger_end: int  # exclusive token index (multi-word triggers: "called on")
    info: CameoInfo
    rule: str  # id of the pattern that fired, e.g. "verbs.invade.v1"
    actor: ActorRef | None = None
    recipient: ActorRef | None = None
    actor_rule: str | None = None  # how the actor was found: "nsubj", "poss", "agent", ...
    recipient_rule: str | None = None
    confidence: float = 0.5
    symmetric: bool = False
    model: str | None = None  # a learned model that decided or confirmed, if any
    pair_key: str = ""  # separates records of compound actors at one trigger
    merged: tuple[str, ...] = ()  # other triggers of the same mention ("word@offset:rule")
    merged_heads: tuple[int, ...] = ()  # their head token indices
    joined_heads: tuple[int, ...] = ()  # those of them joined by word order only
    parts: tuple[Candidate, ...] = ()  # the other triggers' candidates, before the merge
