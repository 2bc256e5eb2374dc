"""The parties of one attack told through several triggers, completed from each of them.

A merged record (:mod:`tocsin.events.mentions`) is coded once, from its main trigger; the steps
that supply parties the text leaves out (context inference, places) read the words around that
trigger. When they leave a party missing that the same steps give for another trigger of the
mention — "in shelling *targeted* Qah camp": the steps find nothing for "shelling" but the
theatre's dyad for "targeted" — the record takes it from that trigger, as it would have had
from that trigger's own record before the merge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from tocsin.events.candidates import Candidate
from tocsin.events.theatre.parties import UNNAMED_RULES

RULE_SUFFIX = "+mention.part"
ROLES = ("actor", "recipient")


def missing(candidate: Candidate, role: str) -> bool:
    """No party in ``role``, an unnamed stand-in or words no dictionary codes."""
    party = getattr(candidate, role)
    rule = getattr(candidate, f"{role}_rule") or ""
    return party is None or rule in UNNAMED_RULES or party.code is None


def needs_parts(candidate: Candidate) -> bool:
    """Whether ``candidate`` has other triggers and a party missing."""
    return bool(candidate.parts) and any(missing(candidate, role) for role in ROLES)


def completed(candidate: Candidate, build: Callable[[Candidate], Candidate]) -> Candidate:
    """``candidate`` with each missing party taken from the first of its parts that has one
    once ``build`` (the steps, run on that part's own trigger) has run on it."""
    return _complete(candidate, (build(part) for part in candidate.parts))


def _complete(candidate: Candidate, built: Iterable[Candidate]) -> Candidate:
    for part in built:
        for role in ROLES:
            if not missing(candidate, role) or missing(part, role):
                continue
            party = getattr(part, role)
            other = candidate.recipient if role == "actor" else candidate.actor
            if other is not None and other.code == party.code:
                continue  # an actor is not its own recipient
            rule = f"{getattr(part, f'{role}_rule')}{RULE_SUFFIX}"
            candidate = replace(candidate, **{role: party, f"{role}_rule": rule})
        if not any(missing(candidate, role) for role in ROLES):
            break
    return candidate
