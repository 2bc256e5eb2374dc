"""``theatre.own_side`` (× 0.7): the state's own places as target are its front opponent.

An act of force by the state's side (its forces, or foreign forces beside them against all their
enemies) whose target is
only the state's own country, capital or a place of it ("regime forces shell *Damascus*
countryside", "warplanes raid the mountains of the *Syrian* coast", an unresolved place read as
the country), or the state's kind of party again given its country only by the place or the
document (a conjunct subject taken for the object: "warplanes and *helicopters* bomb …"), hit
the holders of the place: the attacker's principal opponent there (in the event's region), in
the target's words (``<rule>+theatre.own_side``). A group of the state's side that the actor
dictionary names stays.
"""

from __future__ import annotations

from datetime import date

from tocsin.conflicts.theatres import STATE_SECTORS, Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.theatre.core import EVENTS, TheatreCore
from tocsin.models import ActorRef

OWN_SIDE_RULE = "theatre.own_side"
OWN_SIDE_FACTOR = 0.7
# entries that stand for a country, its capital or a place (never a named group); a kind of party
# (``KINDS``) only when its country came from the event's place or the document alone
PLACES = ("country.", "org-name.", "place.", "territory.")
KINDS = ("agent.", "theatre.")
PLACED_RULES = ("+country.place", "+country.document")


class OwnSide(TheatreCore):
    """The rule ``theatre.own_side``."""

    def with_own_side_target(
        self, candidate: Candidate, theatre: Theatre, when: date, region: str | None = None
    ) -> Candidate:
        """The attacker's principal opponent (in ``region``) as the target of an act of force
        by the state's side that names only the state's own country, capital or places, or its
        kind of party again: ``<rule>+theatre.own_side``."""
        actor, target = candidate.actor, candidate.recipient
        if candidate.info.event not in EVENTS or actor is None or target is None:
            return candidate
        if candidate.symmetric or not _states_side(theatre, actor, when):
            return candidate
        entry = target.entry or ""
        if not entry.startswith(PLACES) and not (
            entry.startswith(KINDS) and (candidate.recipient_rule or "").endswith(PLACED_RULES)
        ):
            return candidate
        if target.country != theatre.state.country:
            return candidate
        if not (target.sector is None or target.sector in STATE_SECTORS):
            return candidate
        return self.opponent_as_target(
            candidate, theatre, when, region, OWN_SIDE_RULE, OWN_SIDE_FACTOR
        )


def _states_side(theatre: Theatre, actor: ActorRef, when: date) -> bool:
    """Whether ``actor`` is the state's forces or foreign forces beside them against all their
    enemies (Russia in Syria; not the US-led coalition, which fights the Islamic State only and
    may strike the state itself)."""
    if theatre.state.matches(actor):
        return True
    return any(
        ally.period.active(when)
        and ally.beside == theatre.state
        and not ally.against
        and ally.party.matches(actor)
        for ally in theatre.co_belligerents
    )
