"""What the theatre rules share: the theatre of an event, its region, a theatre's party as a
record party, and the kinds of act the rules tell apart.

The theatre of an event is the one fought, on the document's date, in the country of the
event's place (an event placed in a country with no theatre gets that of its dateline, or
none), else in the country the document is about (its mentions and dateline), else in that of
a party the text names. Dyads and air power may hold in a region only: the theatre's area that
the event's clause names ("the desert of Palmyra", "east of the Euphrates"), else the
first-level region of its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from spacy.tokens import Token

from tocsin.actors.entries import Entry
from tocsin.conflicts.theatres import Party, Theatre, Theatres
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.events.theatre.words import phrase_table, phrases
from tocsin.models import ActorRef

EVENTS = frozenset({"ASSAULT"})  # the events the rules supply parties for
# clauses that tell another act when they have a subject of their own
OTHER_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "relcl"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class TheatreCore:
    """The theatres with what is needed to turn their parties into record parties."""

    def __init__(self, theatres: Theatres, entries: Mapping[str, Entry]) -> None:
        self.theatres = theatres
        self.entries = entries
        # the air-power words, and the weapons a theatre's own air-power lines name ("missile"
        # in Ukraine from 2022): those count for those lines only (Theatre.air_attacker)
        lines = (w for t in theatres.theatres for a in t.air_power for w in a.words)
        self.phrases = phrase_table(dict.fromkeys((*theatres.air_power_words, *lines)))
        self.civilian = phrase_table(theatres.civilian_target_words)
        self.communal = phrase_table(theatres.communal_words)
        remote = (*theatres.remote_force_words, *theatres.air_power_words)
        self.remote_by_any = phrase_table(dict.fromkeys(remote))
        self.remote = phrase_table(dict.fromkeys((*remote, *theatres.state_remote_words)))
        self.one_sided = phrase_table(theatres.one_sided_words)

    def theatre(
        self,
        place_country: str | None,
        about: str | None,
        parties: Iterable[ActorRef | None],
        when: date | None,
        dateline: str | None = None,
        town: bool = False,
    ) -> Theatre | None:
        """The theatre of an event: that of its place's country; else, when the place is in a
        country with no theatre, that of the dateline's country (a place abroad under a war's
        dateline is more often a namesake the gazetteer chose: "Palma", "Bor"), or none; so
        too for a town (``town``) abroad in another war's country under the dateline of a
        country at war on that date, when the document is about no other war's country
        ("Madaya" under a Syrian dateline is the besieged Syrian town, not Madaya in
        Myanmar); with
        no place, that of the country the document is about, else of its dateline's, else of
        the country of a party it names."""
        if place_country:
            home = self.theatres.at(dateline, when)
            if (
                town
                and home is not None
                and place_country not in (dateline, about)
                and self.theatres.at(about, when) in (None, home)
            ):
                return home
            found = self.theatres.at(place_country, when)
            return found if found is not None else home
        countries = [about, dateline, *(p.country for p in parties if p is not None)]
        for country in countries:
            found = self.theatres.at(country, when)
            if found is not None:
                return found
        return None

    def ref(self, party: Party, theatre: Theatre, when: date, text: str | None = None) -> ActorRef:
        """``party`` as a record party, found in the words ``text`` (else the theatre's name)."""
        words = text or theatre.name
        if party.entry is not None:
            return self.entries[party.entry].ref(words, when)
        sector = self.theatres.sector_names.get(party.sector or "", party.sector or "")
        return ActorRef(
            text=words,
            name=f"{sector}, {theatre.name}",
            code=party.code,
            country=party.country,
            sector=party.sector,
            entry=f"theatre.{theatre.id}",
        )

    def opponent_as_target(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        region: str | None,
        rule: str,
        factor: float,
    ) -> Candidate:
        """``candidate`` with its actor's principal opponent (in ``region``) as the target, in
        the target's words (``<recipient rule>+rule``, × ``factor``); unchanged when the
        theatre gives the actor no opponent there."""
        actor, target = candidate.actor, candidate.recipient
        if actor is None or target is None:
            return candidate
        enemy = theatre.opponent(actor, when, region)
        if enemy is None or enemy.matches(actor):
            return candidate
        inferred = f"{candidate.recipient_rule or 'party'}+{rule}"
        side = self.ref(enemy, theatre, when, target.text)
        return with_inferred(candidate, "recipient", side, inferred, factor)

    def region(
        self, theatre: Theatre, when: date, admin1: str | None, tokens: Iterable[Token]
    ) -> str | None:
        """The region of an event for the theatre's dyads and air power: the first of the
        theatre's areas that ``tokens`` (the words of its clause) name, while it holds and when
        the event's place (``admin1``, its first-level region) is within it; else ``admin1``."""
        words = list(tokens)
        for area in theatre.areas:
            if not area.period.active(when):
                continue
            if admin1 is not None and area.within and admin1 not in area.within:
                continue
            if phrases(area.words, words):
                return area.name
        return admin1

    def names_civilians(self, tokens: Iterable[Token]) -> bool:
        """Whether ``tokens`` name civilians or a civilian place as the target, outside a
        clause of another subject ("troops advance in Mosul *as civilians flee*")."""
        return bool(phrases(self.civilian, _own_clause(list(tokens))))

    def names_communal(self, tokens: Iterable[Token]) -> bool:
        """Whether ``tokens`` tell fighting between peoples, clans or tribes ("*tribal*
        clashes", "*clan* militias"), outside a clause of another subject."""
        return bool(phrases(self.communal, _own_clause(list(tokens))))

    def toll(self, candidate: Candidate) -> bool:
        """Whether the act is a killing a war's reports give as a toll ("40 killed in …")."""
        return candidate.info.code in self.theatres.toll_codes

    def capture(self, candidate: Candidate) -> bool:
        """Whether the act takes ground (``capture_codes``: "take control of 20 villages")."""
        return candidate.info.code.startswith(tuple(self.theatres.capture_codes))

    def blast(self, candidate: Candidate) -> bool:
        """Whether the act is a bombing, mine or blast (its doer unknown)."""
        return candidate.info.code.startswith(tuple(self.theatres.blast_codes))

    def stray_blast(self, candidate: Candidate) -> bool:
        """Whether the act is a blast of the front (``stray_blast_codes``, exact: an explosion,
        a mine, an IED), not a car, truck or suicide bomb, which strike crowds."""
        return candidate.info.code in self.theatres.stray_blast_codes

    def fighting(self, candidate: Candidate) -> bool:
        """Whether the act is conventional fighting (clashes, shelling, air strikes)."""
        return candidate.info.code.startswith(tuple(self.theatres.fighting_codes))

    def fight(self, theatre: Theatre, party: ActorRef, other: ActorRef, when: date) -> bool:
        """Whether the theatre pairs ``party`` and ``other`` as enemies on ``when``; "the
        factions" are the country's rebel factions, none of its other groups."""
        distinct = any(self._factions(p) for p in (party, other))
        return theatre.fight(party, other, when, distinct)

    def _factions(self, party: ActorRef) -> bool:
        """Whether ``party``'s words end in one naming armed factions ("the factions")."""
        words = party.text.lower().split()
        return bool(words) and words[-1] in self.theatres.armed_group_words


def _own_clause(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the clauses of another subject hanging below their root(s)."""
    indices = {t.i for t in tokens}
    apart: set[int] = set()
    for token in tokens:
        if token.head.i not in indices or token.head.i == token.i:
            continue  # a root of the words: the act's own clause
        if token.dep_ in OTHER_CLAUSES and any(c.dep_ in SUBJECTS for c in token.children):
            apart.update(t.i for t in token.subtree)
    return [t for t in tokens if t.i not in apart]
