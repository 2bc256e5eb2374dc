"""``theatre.name``: a theatre's own names for its parties ("the Kurdish units": the YPG in
Syria; "the organization": the Islamic State in the Syrian monitors' bulletins), for parties
no dictionary resolved to a named group and for words no dictionary read as a party."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Token

from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.theatre.core import EVENTS, TheatreCore
from tocsin.events.theatre.words import phrases
from tocsin.models import ActorRef

NAME_RULE = "theatre.name"
# parties resolved to a kind of actor (an agent, a country, a theatre's stand-in), which a
# theatre's own name for a party may make precise
GENERIC_ENTRIES = ("agent.", "country.", "theatre.", "place.")


class LocalNames(TheatreCore):
    """The rule ``theatre.name``."""

    def with_local_names(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        words_of: Callable[[ActorRef], list[Token]],
    ) -> Candidate:
        """A party of an act of force whose words (``words_of``: its mention with the words
        just before it, "the *Kurdish* units") are the theatre's name for one of its parties
        and that no dictionary resolved to a named group, as that party:
        ``<rule>+theatre.name``."""
        if candidate.info.event not in EVENTS or not theatre.names:
            return candidate
        changes: dict[str, Any] = {}
        for role in ("actor", "recipient"):
            party = getattr(candidate, role)
            if party is None:
                continue
            named = self.local_name(party, theatre, when, words_of(party))
            if named is not party:
                changes[role] = named
                rule = getattr(candidate, f"{role}_rule") or "party"
                changes[f"{role}_rule"] = f"{rule}+{NAME_RULE}"
        return replace(candidate, **changes) if changes else candidate

    def names_in(self, theatre: Theatre, when: date, tokens: Iterable[Token]) -> list[ActorRef]:
        """The theatre's parties that its own names among ``tokens`` name, whether or not a
        dictionary read them as a party ("the organization": the Islamic State in the Syrian
        monitors' bulletins)."""
        words = list(tokens)
        found = []
        for name in theatre.names:
            if name.period.active(when):
                found.extend(
                    self.ref(name.party, theatre, when, phrase)
                    for phrase in phrases(name.words, words)
                )
        return found

    def local_name(
        self, party: ActorRef, theatre: Theatre, when: date, words: list[Token]
    ) -> ActorRef:
        """``party`` as the theatre's party its ``words`` name, when no dictionary resolved it
        to a named group; else ``party`` itself."""
        if not (party.entry or "").startswith(GENERIC_ENTRIES):
            return party
        for name in theatre.names:
            if name.period.active(when) and phrases(name.words, words):
                return self.ref(name.party, theatre, when, party.text)
        return party
