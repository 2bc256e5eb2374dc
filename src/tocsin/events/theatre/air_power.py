"""``theatre.air_power`` (× 0.7): the theatre's air power as the attacker of an attack from
the air.

An attack from the air with no attacker ("warplanes", "airstrikes", "barrel bombs",
"helicopters") is the theatre's air power at that date (the state's forces; the Saudi-led
coalition in Yemen from 26 March 2015). Not when the target is on the side of that air power.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Token

from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.theatre.core import EVENTS, TheatreCore
from tocsin.events.theatre.parties import missing as _missing
from tocsin.events.theatre.words import phrases

AIR_RULE = "theatre.air_power"
AIR_FACTOR = 0.7


class AirPower(TheatreCore):
    """The rule ``theatre.air_power``."""

    def air_words(self, tokens: Iterable[Token]) -> list[str]:
        """The air-power words among ``tokens`` (their words or lemmas, in order)."""
        return phrases(self.phrases, tokens)

    def with_air_power(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        tokens: Iterable[Token],
        region: str | None = None,
    ) -> Candidate:
        """The theatre's air power as the attacker of an attack from the air naming none, or
        naming aircraft of no nationality ("warplanes pound …": ``<rule>+theatre.air_power``)."""
        if candidate.info.event not in EVENTS:
            return candidate
        actor = candidate.actor
        missing = _missing(actor, candidate.actor_rule)
        if missing:
            words = self.air_words(tokens)
        elif actor is not None and actor.country is None and actor.sector in (None, "MIL"):
            words = self.air_words(t for t in tokens if t.text in actor.text.split())
        else:
            return candidate
        if not words:
            return candidate
        party = theatre.air_attacker(words, when, region, self.theatres.air_power_words)
        if party is None:
            return candidate
        text = words[0] if missing or actor is None else actor.text
        attacker = self.ref(party, theatre, when, text)
        target = candidate.recipient
        if target is not None and (
            party.matches(target)
            or (
                theatre.fights_beside_state(target, when)
                and theatre.fights_beside_state(attacker, when)
            )
        ):
            return candidate
        rule = AIR_RULE if missing else f"{candidate.actor_rule or 'party'}+{AIR_RULE}"
        return with_inferred(candidate, "actor", attacker, rule, AIR_FACTOR)
