"""The holders of a place as the target of an attack on it: "*rebel-held* Aleppo", "Donetsk
airport *held by* government troops", "a town *controlled by* the Islamic State".

An act of force whose recipient is missing or only a place, and whose object names who holds
that place, takes the holders as its recipient. The text names them; that they are the target
is an inference, so the record says ``holder.place`` (after the position the place filled) and
its confidence is multiplied by 0.9.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tocsin.context import DocContext
from tocsin.events.candidates import Candidate
from tocsin.models import Mention

RULE_ID = "holder.place"
CONFIDENCE_FACTOR = 0.9
HOLD_LEMMAS = frozenset({"hold", "control", "occupy", "run", "dominate", "besiege"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


def _hold_word(token: Token) -> bool:
    return token.lemma_.lower() in HOLD_LEMMAS or token.lower_.endswith(
        tuple(f"-{w}" for w in ("held", "controlled", "occupied", "run", "dominated"))
    )


def _holder(token: Token, ctx: DocContext) -> Mention | None:
    """Who ``token`` ("held", "rebel-held") says holds the place it describes."""
    for child in token.children:  # "held by X"
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    mention = ctx.mentions.at(obj.i)
                    if mention is not None:
                        return mention
    if "-" in token.text:  # one token "rebel-held"
        return ctx.mentions.at(token.i)
    left = token.i - 1  # "rebel - held" as three tokens
    doc = token.doc
    if left >= 1 and doc[left].text == "-":
        return ctx.mentions.at(left - 1)
    for child in token.children:  # "Kurdish-held" parsed as a modifier of "held"
        if child.i < token.i and child.dep_ in ("npadvmod", "amod", "compound", "advmod"):
            mention = ctx.mentions.at(child.i)
            if mention is not None:
                return mention
    return None


def _objects(trigger: Token) -> list[Token]:
    """The trigger's object phrases: direct, prepositional and passive subjects."""
    found = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def holders_of(trigger: Token, ctx: DocContext) -> tuple[Mention, str] | None:
    """The holders named in the trigger's object phrase, with the object's position."""
    for obj in _objects(trigger):
        for token in obj.subtree:
            if token.i == trigger.i or not _hold_word(token):
                continue
            mention = _holder(token, ctx)
            if mention is not None and (mention.actor.country or mention.actor.sector):
                return mention, obj.dep_
    return None


def with_place_holders(candidate: Candidate, trigger: Token, ctx: DocContext) -> Candidate:
    """``candidate`` with the holders of the attacked place as recipient, when the text says."""
    if candidate.info.event != "ASSAULT":
        return candidate
    recipient = candidate.recipient
    if recipient is not None and not (recipient.entry or "").startswith("place."):
        return candidate
    found = holders_of(trigger, ctx)
    if found is None:
        return candidate
    mention, position = found
    if candidate.actor is not None and mention.actor == candidate.actor:
        return candidate
    return replace(
        candidate,
        recipient=mention.actor,
        recipient_rule=f"{position}.{RULE_ID}",
        confidence=round(candidate.confidence * CONFIDENCE_FACTOR, 3),
    )
