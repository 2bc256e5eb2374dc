"""Parties the sentence implies but does not name, and how they enter a candidate.

Each inference (the place as target, the population of a measure, an unnamed attacker, the
authorities behind an arrest) builds a party standing for a state, marks the rule that made it
in ``evidence.*_rule`` and lowers the record's confidence by its own factor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from tocsin.actors.entries import make_code
from tocsin.events.candidates import Candidate
from tocsin.models import ActorRef


def state_party(
    country: str, sector: str | None, text: str, name: str | None, entry: str
) -> ActorRef:
    """A party standing for ``country`` (or one of its sectors), found in the words ``text``."""
    return ActorRef(
        text=text,
        name=name,
        code=make_code(country, sector),
        country=country,
        sector=sector,
        entry=f"{entry}.{country}",
    )


def with_inferred(
    candidate: Candidate,
    role: Literal["actor", "recipient"],
    party: ActorRef,
    rule: str,
    factor: float,
) -> Candidate:
    """``candidate`` with ``party`` as its ``role``, marked ``rule``, confidence × ``factor``."""
    changes: dict[str, Any] = {role: party, f"{role}_rule": rule}
    return replace(candidate, **changes, confidence=round(candidate.confidence * factor, 3))
