"""Sentence pieces: the trigger by its offsets, actor and recipient by their words."""

from __future__ import annotations

from tocsin.api.highlight import Piece, pieces
from tocsin.models import ActorRef, Event, Trigger

SENTENCE = "Officials said Chile shelled Peru, and Chile shelled it again."


def event(trigger_start: int, actor: str | None = "Chile", recipient: str | None = "Peru"):
    return Event(
        id="ev-1",
        doc_id="doc-1",
        sentence_index=0,
        sentence=SENTENCE,
        trigger=Trigger("shelled", trigger_start, trigger_start + 7),
        event="ASSAULT",
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        actor=ActorRef(actor) if actor else None,
        recipient=ActorRef(recipient) if recipient else None,
    )


def roles(found: list[Piece]) -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in found if p.role]


def test_pieces_rebuild_the_sentence() -> None:
    found = pieces(event(100 + 21), sentence_start=100)
    assert "".join(p.text for p in found) == SENTENCE


def test_trigger_is_placed_by_offset_not_first_occurrence() -> None:
    second = SENTENCE.index("shelled", 30)
    found = pieces(event(500 + second), sentence_start=500)
    (trigger,) = [i for i, p in enumerate(found) if p.role == "trigger"]
    assert sum(len(p.text) for p in found[:trigger]) == second


def test_actor_and_recipient_marked() -> None:
    found = pieces(event(21), sentence_start=0)
    assert roles(found) == [("Chile", "actor"), ("shelled", "trigger"), ("Peru", "recipient")]


def test_unknown_offsets_fall_back_to_the_trigger_text() -> None:
    found = pieces(event(9999), sentence_start=None)
    assert ("shelled", "trigger") in roles(found)


def test_missing_actor_words_are_not_marked() -> None:
    found = pieces(event(21, actor="Bolivia", recipient=None), sentence_start=0)
    assert roles(found) == [("shelled", "trigger")]
