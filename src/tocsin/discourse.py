"""Filling a missing recipient from the sentence before (discourse continuity).

"Aliyev has called on Armenia to open a corridor … Aliyev has threatened to solve the issue by
force." The threat names no recipient, but the paragraph is about Armenia. When an event has an
actor and no recipient, and an event of the previous ``window`` sentences has the same actor
country and a recipient, the recipient is carried over — marked ``discourse.previous_event`` in
``evidence.recipient_rule`` and with lower confidence, so the inference is never hidden.
"""

from __future__ import annotations

from dataclasses import replace

from tocsin.models import Event

# Event types whose meaning needs a target; others (e.g. MOBILIZE, PROTEST) may stand alone.
DIRECTED_EVENTS = frozenset(
    {"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "COERCE", "ASSAULT"}
)
RULE = "discourse.previous_event"
CONFIDENCE_FACTOR = 0.8


class DiscourseLinker:
    """Carries a recipient over to a later event of the same actor in nearby sentences."""

    def __init__(self, window: int = 2) -> None:
        self.window = window

    def link(self, events: list[Event]) -> list[Event]:
        linked: list[Event] = []
        for event in events:
            linked.append(self._with_recipient(event, linked))
        return linked

    def _with_recipient(self, event: Event, earlier: list[Event]) -> Event:
        actor = event.actor
        if event.recipient is not None or actor is None or actor.country is None:
            return event
        if event.event not in DIRECTED_EVENTS:
            return event
        for previous in reversed(earlier):
            distance = event.sentence_index - previous.sentence_index
            if distance > self.window:
                break
            if distance < 1 or previous.actor is None or previous.recipient is None:
                continue
            if previous.actor.country == actor.country and previous.recipient.country not in (
                None,
                actor.country,
            ):
                return replace(
                    event,
                    recipient=previous.recipient,
                    confidence=round(event.confidence * CONFIDENCE_FACTOR, 3),
                    evidence=replace(event.evidence, recipient_rule=RULE),
                )
        return event
