"""Picking, among the records coded from a sentence, the one a gold label talks about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tocsin.models import ActorRef, Event

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"the", "a", "an", "of", "and", "s", "in", "on", "for", "to"})


def words(text: str | None) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _STOP}


def overlaps(actor: ActorRef | None, gold_text: str | None, gold_codes: Sequence[str] = ()) -> bool:
    """Whether a coded party names the gold party (shared words, or the same country code)."""
    if actor is None:
        return False
    if gold_codes and actor.country and actor.country in gold_codes:
        return True
    if not gold_text:
        return False
    # a pronoun ("it said") names its antecedent: the resolved name counts too
    return bool((words(actor.text) | words(actor.name)) & words(gold_text))


def pick(
    events: Sequence[Event],
    source: str | None = None,
    target: str | None = None,
    *,
    source_codes: Sequence[str] = (),
    target_codes: Sequence[str] = (),
    span: tuple[int, int] | None = None,
) -> Event | None:
    """The record whose actor and recipient best match the gold source and target.

    Ties go to a trigger inside ``span`` (the stretch of text between the marked parties),
    then to the more confident record, then to the earlier one.
    """
    best: tuple[float, ...] | None = None
    chosen: Event | None = None
    for position, event in enumerate(events):
        match = 2 * overlaps(event.actor, source, source_codes)
        match += 2 * overlaps(event.recipient, target, target_codes)
        inside = span is not None and span[0] <= event.trigger.start <= span[1]
        key = (match, float(inside), event.confidence, -position)
        if best is None or key > best:
            best, chosen = key, event
    return chosen
