"""A recipient from the event's place, when the text names no party it was done to.

"Rebels shelled Juba", "Israeli tanks fired at targets in Jericho", "Saddam Hussein arrived in
Amman": the place stands for its state (its population, or its government receiving a visit),
as CAMEO and PLOVER code it. When an event has an actor but no recipient, the state of its
resolved location becomes the recipient, marked ``location.country`` in
``evidence.recipient_rule`` with confidence × 0.85:

* force and coercion (ASSAULT, COERCE) — also inside the actor's own country, where the
  recipient is the place's civilians (``CVL``): a curfew imposed on Algiers is imposed on
  Algerians;
* visits, deployments and aid (CONSULT, MOBILIZE, AID) — only in another country: a minister
  touring her own provinces has no counterpart.
"""

from __future__ import annotations

from dataclasses import replace

from tocsin.actors.entries import make_code
from tocsin.events.candidates import Candidate
from tocsin.models import ActorRef, Location

RULE = "location.country"
CONFIDENCE_FACTOR = 0.85
ANY_COUNTRY = frozenset({"ASSAULT", "COERCE"})
ABROAD_ONLY = frozenset({"CONSULT", "MOBILIZE", "AID"})


def with_place_recipient(candidate: Candidate, location: Location | None) -> Candidate:
    """``candidate`` with its location's state as recipient, where the rules above allow."""
    actor = candidate.actor
    if candidate.recipient is not None or actor is None or candidate.symmetric:
        return candidate
    if location is None or not location.country:
        return candidate
    kind = candidate.info.event
    abroad = actor.country is not None and location.country != actor.country
    if not (kind in ANY_COUNTRY or (kind in ABROAD_ONLY and abroad)):
        return candidate
    sector = None if abroad else "CVL"  # at home, force falls on the people of the place
    recipient = ActorRef(
        text=location.text or location.name,
        name=location.name,
        code=make_code(location.country, sector),
        country=location.country,
        sector=sector,
        entry=f"place.{location.country}",
    )
    return replace(
        candidate,
        recipient=recipient,
        recipient_rule=RULE,
        confidence=round(candidate.confidence * CONFIDENCE_FACTOR, 3),
    )
