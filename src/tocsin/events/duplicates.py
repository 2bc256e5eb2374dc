"""One record per trigger and side: coordinated parties of one side give one record.

An event is coded once per pair of actor and recipient mentions ("*the army and the police*
attacked …"). When coordinated mentions resolve to the same code — "the regime forces and
their helicopters shell …", "killing *children and women*" — or to the same side of a war —
"killing *a doctor and two farmers*" (health workers and civilians), "*the regime forces*"
read as the government and its army — the records report one event twice. Records of one
trigger with the same event, CAMEO code and factuality whose actors are of one side and whose
recipients are of one side are kept once (the first). A side is a country with one ACLED
interaction group of its sector (``export/sectors.yaml``: 1 state forces, a country without a
sector among them; 2 rebels; 7 civilians); a party of another group, of no country or without
a code is only itself (compared by its words). Two countries ("Russian and Syrian jets") or
state forces and rebels stay two records.
"""

from __future__ import annotations

from functools import cache

from tocsin.models import ActorRef, Event
from tocsin.resources import load_yaml

RULE_ID = "records.distinct_sides.v1"
SIDE_GROUPS = frozenset({1, 2, 7})
STATE_GROUP = 1


@cache
def _groups() -> dict[str, int]:
    sectors = load_yaml("export/sectors.yaml")["sectors"]
    return {code: int(entry["inter"]) for code, entry in sectors.items()}


def _party(party: ActorRef | None) -> str | None:
    if party is None:
        return None
    if party.code and party.country:
        group = _groups().get(party.sector, 0) if party.sector else STATE_GROUP
        if group in SIDE_GROUPS:
            return f"{party.country}:{group}"
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
    """``events`` without the repeats of a record of the same trigger and sides."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for event in events:
        key = _key(event)
        if key in seen:
            continue
        seen.add(key)
        out.append(event)
    return out
