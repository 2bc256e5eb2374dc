"""``theatre.armed_group``: a word that names armed factions in a war ("the factions shell
…") makes a party of an act of force the rebels of its country (the theatre state's when it
has none), confidence unchanged (the words name the party; the war tells its kind)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from tocsin.actors.entries import make_code
from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.theatre.core import EVENTS, TheatreCore
from tocsin.models import ActorRef

ARMED_RULE = "theatre.armed_group"


class ArmedGroups(TheatreCore):
    """The rule ``theatre.armed_group``, and parties of no country read as the theatre's."""

    def of_theatre(self, party: ActorRef, theatre: Theatre) -> ActorRef:
        """A kind of party of no country ("regime forces") as one of the theatre's state's
        country, as the document's country would make it; "the factions" as its rebels (as
        ``with_armed_groups`` reads them in an act of force)."""
        country = party.country or theatre.state.country
        if party.sector is None or country is None:
            return party
        sector = party.sector
        if sector == "PTY" and self._factions(party):
            sector = "REB"
        if (party.country, party.sector) == (country, sector):
            return party
        return replace(party, country=country, sector=sector, code=make_code(country, sector))

    def with_armed_groups(self, candidate: Candidate, theatre: Theatre, when: date) -> Candidate:
        """A party of an act of force coded as a political faction by a word that names armed
        factions in a war ("the factions shell …") as the rebels of its country (the theatre
        state's when it has none): ``<rule>+theatre.armed_group``, confidence unchanged (the
        words name the party; the war tells its kind)."""
        if candidate.info.event not in EVENTS:
            return candidate
        changes: dict[str, Any] = {}
        for role in ("actor", "recipient"):
            party = getattr(candidate, role)
            if party is None or party.sector != "PTY" or party.entry is None:
                continue
            if not self._factions(party):
                continue
            country = party.country or theatre.state.country
            if country is None:
                continue
            changes[role] = replace(
                party, country=country, sector="REB", code=make_code(country, "REB")
            )
            rule = getattr(candidate, f"{role}_rule") or "party"
            changes[f"{role}_rule"] = f"{rule}+{ARMED_RULE}"
        return replace(candidate, **changes) if changes else candidate
