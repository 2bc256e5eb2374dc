"""Parties of the war the sentence names though the parse did not attach them to the attack:
``theatre.named_enemy`` (× 0.8), an enemy of the one party an attack names ("Clashes continue
between regime forces and IS", the parser reading "IS" as a verb), and ``theatre.named_party``
(× 0.5), fighting naming no party in a sentence naming one of the war ("clashes continue as
*the SDF* advance"): that party against an enemy the sentence names, else its principal
opponent in the region. A country, a capital or a statesman named as a place or a modifier is
no party of the war ("clashes in Hama and *Damascus*", "the *Putin – Erdogan* truce"; see
:func:`tocsin.events.theatre.parties.names_a_fighter`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.theatre.core import TheatreCore
from tocsin.models import ActorRef

NAMED_RULE = "theatre.named_enemy"
NAMED_FACTOR = 0.8
PARTY_RULE = "theatre.named_party"
PARTY_FACTOR = 0.5


class NamedParties(TheatreCore):
    """The parties of the war a sentence names: their enemies, and their fighting."""

    def named_enemy(
        self,
        theatre: Theatre,
        party: ActorRef,
        named: Sequence[ActorRef],
        when: date,
        region: str | None = None,
    ) -> ActorRef | None:
        """The first of ``named`` (a sentence's parties) the theatre pairs against ``party``;
        on a front of its own (a dyad of ``region`` names it), only a side of that front's
        dyads: the region's enemy, not a party named of another front or a kind of party
        ("gunmen loyal to them") taken for the rebels."""
        if theatre.fights_locally(party, when, region):
            named = [o for o in named if theatre.in_region(o, when, region)]
        return next((o for o in named if self.fight(theatre, party, o, when)), None)

    def parties_of(self, theatre: Theatre, named: Sequence[ActorRef], when: date) -> list[ActorRef]:
        """Those of ``named`` that are parties of the theatre's war on ``when``."""
        return [
            a
            for a in named
            if theatre.fights_beside_state(a, when) or theatre.opponent(a, when) is not None
        ]

    def with_named_party(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        known: Sequence[ActorRef],
        named: Sequence[ActorRef],
        region: str | None = None,
        victims: Sequence[ActorRef] = (),
    ) -> Candidate:
        """Fighting naming no party as that of the first of ``known`` (the parties of the war
        a sentence names) with a kind, against an enemy of it among ``named`` or else its
        principal opponent in the region: ``theatre.named_party``. When that party is among
        ``victims`` (the killed: "*soldier* killed in shelling near Avdiivka") the enemy is
        the attacker and the party the target."""
        # a country named alone ("Syria's north") is no side of the fighting
        party = next((a for a in known if a.sector is not None), None)
        if party is None:
            return candidate
        enemy = self.named_enemy(theatre, party, named, when)
        if enemy is None:
            side = theatre.opponent(party, when, region)
            enemy = self.ref(side, theatre, when) if side is not None else None
        if enemy is None:
            return candidate
        attacker, target = (enemy, party) if any(party is v for v in victims) else (party, enemy)
        candidate = with_inferred(candidate, "actor", attacker, PARTY_RULE, PARTY_FACTOR)
        return with_inferred(candidate, "recipient", target, PARTY_RULE, 1.0)
