"""Split an event's sentence into plain and highlighted pieces (trigger, actor, recipient)."""

from __future__ import annotations

from dataclasses import dataclass

from tocsin.models import Event


@dataclass(frozen=True)
class Piece:
    """A run of the sentence; ``role`` is None, "trigger", "actor" or "recipient"."""

    text: str
    role: str | None = None


def _find(
    sentence: str, needle: str | None, taken: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """First case-insensitive occurrence of ``needle`` that overlaps no span already taken."""
    if not needle:
        return None
    lower, target = sentence.lower(), needle.lower()
    start = lower.find(target)
    while start >= 0:
        end = start + len(target)
        if all(end <= a or start >= b for a, b in taken):
            return start, end
        start = lower.find(target, start + 1)
    return None


def pieces(event: Event, sentence_start: int | None) -> list[Piece]:
    """The sentence as pieces; the trigger is placed by its offsets when the sentence's start
    in the document is known, otherwise by its text."""
    sentence = event.sentence
    spans: list[tuple[int, int, str]] = []
    trigger: tuple[int, int] | None = None
    if sentence_start is not None:
        start = event.trigger.start - sentence_start
        end = event.trigger.end - sentence_start
        if 0 <= start < end <= len(sentence) and sentence[start:end] == event.trigger.text:
            trigger = (start, end)
    trigger = trigger or _find(sentence, event.trigger.text, [])
    if trigger:
        spans.append((*trigger, "trigger"))
    for role, ref in (("actor", event.actor), ("recipient", event.recipient)):
        found = _find(sentence, ref.text if ref else None, [(a, b) for a, b, _ in spans])
        if found:
            spans.append((*found, role))
    out: list[Piece] = []
    cursor = 0
    for start, end, role in sorted(spans):
        if start > cursor:
            out.append(Piece(sentence[cursor:start]))
        out.append(Piece(sentence[start:end], role))
        cursor = end
    if cursor < len(sentence):
        out.append(Piece(sentence[cursor:]))
    return out
