"""``theatre.victims`` (× 0.4): the fighting side that fires on a front where only victims are
named, for remote force, tolls and blasts of the front.

"Shells kill four children in Jisr al-Shughur", "Rocket fire on the town kills two
civilians", "More civilians killed in Idlib": a war's monitors count the civilians killed by
shelling, rockets and missiles day by day without naming who fired; UCDP counts them in the
fighting over the place, between the sides of the front's principal dyad. When an act of remote
force (shelling, rockets, missiles, strikes: ``remote_force_codes`` or ``remote_force_words``)
or a toll of killing (``toll_codes``), or a blast of the front (``stray_blast_codes``: an
explosion, a mine, an IED; not a car or suicide bomb), as for ``theatre.dyad``, names no
attacker and only a
civilian population as its target, and no attack in its clause has a named attacker, the
attacker is the first party of the war the sentence names, though the parse did not make it
the attacker ("*IS* shells kill 7 civilians"), else the first side of the principal dyad of the
event's region at that date (the state, or the side holding the region; for a blast its
second side, as ``theatre.dyad`` has it: who plants a mine hides) — in a war of two
countries, the side of the other country than the victims' ("a missile strike on an apartment
block in *Ganja*": Armenia's side, not Azerbaijan's). The target stays the
civilians the text names (``theatre.front_victims`` does not make them a side: the text says
who died, not on whose side). The attacker is a stand-in (``UNNAMED_RULES``): a party another
word of the attack gives replaces it. Never for deliberate killing (``one_sided_words``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from spacy.tokens import Token

from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.theatre.core import EVENTS, TheatreCore
from tocsin.events.theatre.parties import VICTIMS_RULE, missing
from tocsin.events.theatre.words import phrases
from tocsin.models import ActorRef

VICTIMS_FACTOR = 0.4
VICTIM_SECTORS = frozenset({"CVL"})


class RemoteVictims(TheatreCore):
    """The rule ``theatre.victims``."""

    def with_victims_attacker(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        tokens: Iterable[Token],
        known: Sequence[ActorRef] = (),
        region: str | None = None,
        principal: bool = True,
    ) -> Candidate:
        """The first side of the region's principal dyad as the attacker of remote force that
        names only civilian victims: ``theatre.victims``; the first party of the war the
        sentence names (``known``, those of the attack's clause first), when it names one ("*IS*
        shells kill 7 civilians", where the parse did not make it the attacker). Not when,
        without ``principal``, an attack in the clause has a named attacker."""
        if candidate.info.event not in EVENTS or not principal:
            return candidate
        target = candidate.recipient
        if target is None or target.sector not in VICTIM_SECTORS:
            return candidate
        if target.country is not None and target.country not in theatre.countries:
            return candidate
        if not missing(candidate.actor, candidate.actor_rule):
            return candidate
        words = list(tokens)
        remote = candidate.info.code.startswith(self.theatres.remote_force_codes) or bool(
            phrases(self.remote, words)
        )
        # a toll of the war's dead ("civilians killed in Idlib") is counted in its fighting, and
        # so is a blast of the front ("a mine kills three citizens"), planted by the dyad's b side
        blast = self.stray_blast(candidate) and not remote
        if not (remote or blast or self.toll(candidate)) or phrases(self.one_sided, words):
            return candidate
        if known:  # "*IS* shells kill 7 civilians": the one party of the war named fired
            attacker = known[0]
        else:
            dyad = theatre.principal(when, region)
            if dyad is None:
                return candidate
            first, second = (dyad.b, dyad.a) if blast else (dyad.a, dyad.b)
            attacker = self.ref(first, theatre, when)
            other = self.ref(second, theatre, when)
            if attacker.country == target.country != other.country:
                attacker = other  # a war across a border: the victims' enemy fired on them
        return with_inferred(candidate, "actor", attacker, VICTIMS_RULE, VICTIMS_FACTOR)
