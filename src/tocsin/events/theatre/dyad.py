"""``theatre.dyad`` (× 0.4): the theatre's principal dyad for an act of force naming no party.

An attack or clash with no party at all ("Clashes in the Eastern Ghouta", "Human losses in
Aleppo"), a toll of killing naming none ("40 killed in the countryside of Hama") or a blast of
the front with no doer (an explosion, a mine, an IED: "a landmine explodes near Raqqa": the
dyad's second side, the state's or the holder's enemy, as the one who planted it; not a car,
truck or suicide bomb) is the theatre's principal dyad at that date (in the region), unless it
names civilians, tells fighting between peoples, clans or tribes (``communal_words``: "tribal
clashes") or an act of force in its clause has a named attacker. As UCDP does: an
unattributed mine or IED counts in the dyad fighting over its place. In a sentence naming a
party of the war, fighting is that party's (``theatre.named_party``,
:mod:`tocsin.events.theatre.named`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from spacy.tokens import Token

from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.theatre.core import EVENTS
from tocsin.events.theatre.named import NamedParties
from tocsin.events.theatre.parties import missing
from tocsin.events.unidentified import agent_noun
from tocsin.models import ActorRef

DYAD_RULE = "theatre.dyad"
DYAD_FACTOR = 0.4


class Dyad(NamedParties):
    """The rules ``theatre.dyad`` and ``theatre.named_party``."""

    def with_dyad(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        tokens: Iterable[Token],
        named: Sequence[ActorRef] = (),
        region: str | None = None,
        principal: bool = True,
        victims: Sequence[ActorRef] = (),
    ) -> Candidate:
        """The theatre's principal dyad for fighting, a toll of killing (``toll_codes``:
        "40 killed in the countryside of Hama") or a blast of the front (``stray_blast_codes``:
        "a mine explodes near Raqqa", its second side as the attacker) that names no party and
        no civilians. When the sentence names a party of the theatre (``named``: its actors,
        those of the attack's clause first) fighting is that party's, against an enemy the
        sentence names or else its principal opponent there ("clashes continue as *the SDF*
        advance": ``theatre.named_party``; a party of ``victims`` — the killed the sentence names —
        is the target: "*soldier* killed in shelling"); the principal dyad only with
        ``principal``."""
        if candidate.info.event not in EVENTS:
            return candidate
        blast = self.stray_blast(candidate)
        fighting = self.fighting(candidate)
        if not (fighting or self.toll(candidate) or blast):
            return candidate
        words = list(tokens)
        if self.names_civilians(words) or self.names_communal(words):
            return candidate
        if _unknown_doer(candidate, words):
            return candidate
        if not (
            missing(candidate.actor, candidate.actor_rule)
            and missing(candidate.recipient, candidate.recipient_rule)
        ):
            return candidate
        known = self.parties_of(theatre, named, when)
        if known:
            if not fighting:
                return candidate
            return self.with_named_party(candidate, theatre, when, known, named, region, victims)
        if not principal:
            return candidate
        dyad = theatre.principal(when, region)
        if dyad is None:
            return candidate
        # who plants a bomb hides: the side fighting the state (or the holder of the region)
        attacker, target = (dyad.b, dyad.a) if blast else (dyad.a, dyad.b)
        candidate = with_inferred(
            candidate, "actor", self.ref(attacker, theatre, when), DYAD_RULE, DYAD_FACTOR
        )
        return with_inferred(
            candidate, "recipient", self.ref(target, theatre, when), DYAD_RULE, 1.0
        )


def _unknown_doer(candidate: Candidate, tokens: Sequence[Token]) -> bool:
    """The act's verb has a subject of people of its own that no dictionary knows ("Cattle
    *rustlers* kill 18"): a doer the text names, not a missing one for the war to supply (an
    instrument or an act as subject is none: "an *IED* explodes", "an *explosion* targets")."""
    trigger = next((t for t in tokens if t.i == candidate.trigger_start), None)
    if trigger is None or trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ == "VBN":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and agent_noun(c) for c in trigger.children)
