"""Who arrests when the text does not say: "a missionary was arrested in Lebanon".

An arrest, detention or charge (CAMEO 173) reported in the passive with no agent was made by
the authorities of the state where it happened: only they can arrest there. The actor becomes
that state's police (``{country}COP``, named "authorities"), marked ``authorities.place`` in
``evidence.actor_rule``, with confidence × 0.85. An arrest abroad by a named party, or one in
the active voice whose subject could not be resolved, is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.events.candidates import Candidate
from tocsin.events.inferred import state_party, with_inferred
from tocsin.models import Location

RULE = "authorities.place"
SECTOR = "COP"
NAME = "authorities"
CONFIDENCE_FACTOR = 0.85
ARREST_CODE = "173"


def with_place_authorities(
    candidate: Candidate, head: Token, location: Location | None
) -> Candidate:
    """``candidate`` with the place's authorities as actor of an agentless arrest."""
    if candidate.actor is not None or not candidate.info.code.startswith(ARREST_CODE):
        return candidate
    if location is None or not location.country or not _agentless_passive(head):
        return candidate
    text = location.text or location.name
    actor = state_party(location.country, SECTOR, text, NAME, "authorities")
    return with_inferred(candidate, "actor", actor, RULE, CONFIDENCE_FACTOR)


def _agentless_passive(head: Token) -> bool:
    deps = {c.dep_ for c in head.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps
