"""``theatre.opponent`` (× 0.7): the other party of an attack naming one only.

An attack with one party the text names and none other — the attacker, or the attacked
("soldiers killed in Hama") — gets that party's principal opponent in the theatre at that
date: the state's for the rebels and for foreign forces beside the rebels, the rebels' (or the
group's) for the state and for foreign forces beside it; for an armed group, in fighting only,
or as the victim of a killing or a blast ("38 militants killed", "a mine kills ten fighters":
the enemy of the side it hit, as UCDP counts it). Ground taken ("the SDF take control of 20
villages") is taken from the taker's opponent, villages or not. It runs before the place's
population is taken as target (``location.country``): in a war, the holders of an attacked
place are the attacker's enemies. Never the attacker of an abduction or assassination, whose
doers hide, nor of a blast that hit no armed side. An enemy the sentence names comes first
(``theatre.named_enemy``, :mod:`tocsin.events.theatre.named`); on a front of the party's own
(a dyad of the event's region names it) only a side of that front counts as one. In a region
whose fronts do not name the party ("regime forces shell Hajin" east of the Euphrates, the SDF's
front with the Islamic State), its opponent is its enemy among the region's sides
(:meth:`tocsin.conflicts.theatres.Theatre.opponent`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from spacy.tokens import Token

from tocsin.conflicts.theatres import STATE_SECTORS, Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.theatre.core import EVENTS
from tocsin.events.theatre.named import NAMED_FACTOR, NAMED_RULE, NamedParties
from tocsin.events.theatre.parties import missing
from tocsin.models import ActorRef

OPPONENT_RULE = "theatre.opponent"
OPPONENT_FACTOR = 0.7


class Opponent(NamedParties):
    """The rules ``theatre.opponent`` and ``theatre.named_enemy``."""

    def with_opponent(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        tokens: Iterable[Token],
        head: Token | None = None,
        region: str | None = None,
        others: Sequence[ActorRef] = (),
    ) -> Candidate:
        """The principal opponent of the one party an attack names, as the other party: for
        the state's side in any act of force, for the others in fighting only; not as the
        target of an attack on civilians or a civilian place. An enemy of that party the
        sentence names (``others``, its actors, those of the attack's clause first) comes
        before the principal one ("clashes between regime forces and IS", where the parse took
        IS for a verb): ``theatre.named_enemy``."""
        if candidate.info.event not in EVENTS:
            return candidate
        actor_missing = missing(candidate.actor, candidate.actor_rule)
        recipient_missing = missing(candidate.recipient, candidate.recipient_rule)
        if actor_missing == recipient_missing:
            return candidate
        named = candidate.recipient if actor_missing else candidate.actor
        if named is None or (recipient_missing and _reduced_passive(head, candidate)):
            return candidate
        # armed groups attack civilians as often as their enemies' forces: their target is
        # inferred only in a clash, or in fighting on a front the group held or besieged then
        # (a dyad of the region: its enemy there is known), their attacker only in fighting
        # a group's members blown up ("a mine kills ten fighters") fell to its enemy; ground
        # taken ("the SDF take control of 20 villages") is taken from the side that held it
        blast = actor_missing and self.blast(candidate)
        taken = recipient_missing and self.capture(candidate)
        if recipient_missing and not taken and self.names_civilians(tokens):
            return candidate
        if self.names_communal(tokens):
            return candidate  # "*clan* militias clash": no enemy of the theatre's war
        covert = candidate.info.code.startswith(tuple(self.theatres.covert_codes))
        if actor_missing and covert and not blast:
            return candidate  # who took hostages or shot a leader dead is not guessed
        role = "actor" if actor_missing else "recipient"
        found = self.named_enemy(theatre, named, others, when, region)
        if found is not None:
            return with_inferred(candidate, role, found, NAMED_RULE, NAMED_FACTOR)
        group = not (theatre.fights_beside_state(named, when) or named.sector in STATE_SECTORS)
        local = theatre.fights_locally(named, when, region)
        # a group's members killed ("38 Islamic State militants killed") fell to its enemy
        fought = self.fighting(candidate) or (actor_missing and self.toll(candidate)) or blast
        unknown_target = recipient_missing and not (candidate.symmetric or local or taken)
        if group and (not fought or unknown_target):
            return candidate
        enemy = theatre.opponent(named, when, region)
        if enemy is None or enemy.matches(named):
            return candidate
        return with_inferred(
            candidate, role, self.ref(enemy, theatre, when), OPPONENT_RULE, OPPONENT_FACTOR
        )


def _reduced_passive(head: Token | None, candidate: Candidate) -> bool:
    """A subject before a bare participle ("Ukrainian soldiers *killed* near Luhansk"): a
    headline's reduced passive, whose subject is the victim, not the attacker."""
    if head is None or head.tag_ != "VBN" or not (candidate.actor_rule or "").startswith("nsubj"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children)
