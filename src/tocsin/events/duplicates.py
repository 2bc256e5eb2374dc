"""One record per trigger and coded pair: coordinated parties of one code give one record.

An event is coded once per pair of actor and recipient mentions ("*the army and the police*
attacked …"). When coordinated mentions resolve to the same code — "the regime forces and
their helicopters shell …", "killing *children and women*" — the records differ only in the
words of a party and report one event twice. Records of one trigger with the same event,
CAMEO code, factuality and coded actor and recipient are kept once (the first); parties
without a code are compared by their words.
"""

from __future__ import annotations

from tocsin.models import ActorRef, Event

RULE_ID = "records.distinct_codes.v1"


def _party(party: ActorRef | None) -> str | None:
    if party is None:
        return None
    return party.code or party.text.lower()


def _key(event: Event) -> tuple[object, ...]:
    return (
        event.sentence_index,
        event.trigger.start,
        event.trigger.end,
        event.event,
        event.cameo,
        event.factuality.status,
        _party(event.actor),
        _party(event.recipient),
    )


def distinct_records(events: list[Event]) -> list[Event]:
    """``events`` without the repeats of a record of the same trigger and coded pair."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for event in events:
        key = _key(event)
        if key in seen:
            continue
        seen.add(key)
        out.append(event)
    return out
