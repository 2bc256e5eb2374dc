"""Parties a war report leaves out, supplied from what is known of its war (its theatre).

Monitors and wires write for readers who know the war: "Aerial bombardment targets Hama
countryside", "Regime forces shell Kafr Nabl", "Clashes in the Eastern Ghouta". An experienced
coder supplies the parties the text leaves out from the war the report comes from; these rules
do the same from ``data/conflicts/theatres.yaml`` (``tocsin.conflicts.theatres``), for acts of
force (ASSAULT) only, and only in a recognised theatre: the one fought, on the document's date,
in the country of the event's place (an event placed in a country with no theatre gets that of
its dateline, or none), else in the country the document is about (its mentions and dateline),
else in that of a party the text names.

* ``theatre.air_power`` (× 0.7): an attack from the air with no attacker ("warplanes",
  "airstrikes", "barrel bombs", "helicopters") is the theatre's air power at that date (the
  state's forces; the Saudi-led coalition in Yemen from 26 March 2015). Not when the target is
  on the side of that air power.
* ``theatre.opponent`` (× 0.7): an attack with one party the text names and none other — the
  attacker, or the attacked ("soldiers killed in Hama") — gets that party's principal opponent
  in the theatre at that date: the state's for the rebels and for foreign forces beside the
  rebels, the rebels' (or the group's) for the state and for foreign forces beside it; for an
  armed group, in fighting only, or as the victim of a killing or a blast ("38 militants
  killed", "a mine kills ten fighters": the enemy of the side it hit, as UCDP counts it). Ground
  taken ("the SDF take control of 20 villages") is taken from the taker's opponent, villages
  or not. It runs
  before the place's population is taken as target (``location.country``): in a war, the
  holders of an attacked place are the attacker's enemies. Never the attacker of an abduction
  or assassination, whose doers hide, nor of a blast that hit no armed side.
* ``theatre.named_enemy`` (× 0.8): before ``theatre.opponent``, an enemy of the one party an
  attack names that the sentence names though the parse did not attach it ("Clashes continue
  between regime forces and IS", the parser reading "IS" as a verb): a party a dyad active at
  that date pairs against it, those of the attack's clause first.
* ``theatre.dyad`` (× 0.4): an attack or clash with no party at all ("Clashes in the Eastern
  Ghouta", "Human losses in Aleppo"), a toll of killing naming none ("40 killed in the
  countryside of Hama") or a blast of the front with no doer (an explosion, a mine, an IED:
  "a landmine explodes near Raqqa": the dyad's second side, the state's or the holder's
  enemy, as the one who planted it; not a car, truck or suicide bomb) is the theatre's
  principal dyad at that date (in the region), unless it names civilians or an act of force in
  its clause has a named attacker; in a sentence naming a party of the war (a country, a
  capital or a statesman named as a place or a modifier is none: "clashes in Hama and
  *Damascus*", "the *Putin – Erdogan* truce"), ``theatre.named_party`` (× 0.5) for fighting:
  that party against an enemy the sentence names, else its principal opponent in the region.
  As UCDP does: an unattributed mine or IED counts in the dyad fighting over its place.
* ``theatre.front_victims`` (× 0.7): a party of the war whose act of war falls only on a
  civilian population (``CVL``: "civilians", "children", a place's people) hit the holders of
  the place, its opponent on the front there: civilians killed by shelling, air strikes, barrel
  bombs, missiles or rockets, or in the fighting for a place, are counted (as UCDP counts them)
  in the fighting between the attacker and those holders, not as one-sided violence. So for
  remote force (CAMEO 194, 195, or words naming it, or the theatre's air power as attacker)
  whatever the target's words, for taking ground (192) when the target is the place's
  population, and for other fighting (190, 196) when it is and the words name no civilians
  or civilian place ("factions attack Hama countryside": its holders). Deliberate
  killing keeps its civilian target: words naming an execution, kidnapping, assassination or
  torture, a killing or massacre naming no remote force, a ground attack on a village or a
  hotel. The recipient keeps the victims' words as its text ("civilians", or the place) and
  its rule shows how they were found (``dobj+theatre.front_victims``), so the record still
  says who died while its code says whose side they were counted on; the killed count is
  unchanged. Only for the civilians of the theatre's countries or an event placed there (by
  its place, a merged word's place, or its dateline), not where a party's nationality alone
  tells the war. It runs last (after ``place_recipient``, whose place population it may take),
  and again once the other triggers of a merged mention completed the record's attacker.

Dyads and air power may hold in a region only: the theatre's area that the event's clause names
("the desert of Palmyra", "east of the Euphrates"), else the first-level region of its place.

An unnamed attacker made by ``unidentified.place`` counts as missing. Each rule is marked in
``evidence.actor_rule`` / ``evidence.recipient_rule`` of the party it supplied. A party given by
code is coded as such ("SYRREB") with ``entry`` ``theatre.<id>``; a named group is its
dictionary entry at that date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Token

from tocsin.actors.entries import Entry, make_code
from tocsin.conflicts.theatres import STATE_SECTORS, Party, Theatre, Theatres
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import with_inferred
from tocsin.models import ActorRef

ARMED_RULE = "theatre.armed_group"
NAME_RULE = "theatre.name"
# parties resolved to a kind of actor (an agent, a country, a theatre's stand-in), which a
# theatre's own name for a party may make precise
GENERIC_ENTRIES = ("agent.", "country.", "theatre.", "place.")
AIR_RULE = "theatre.air_power"
OPPONENT_RULE = "theatre.opponent"
NAMED_RULE = "theatre.named_enemy"
NAMED_FACTOR = 0.8
PARTY_RULE = "theatre.named_party"
PARTY_FACTOR = 0.5
DYAD_RULE = "theatre.dyad"
FRONT_RULE = "theatre.front_victims"
AIR_FACTOR = 0.7
OPPONENT_FACTOR = 0.7
DYAD_FACTOR = 0.4
FRONT_FACTOR = 0.7
CIVILIAN_SECTORS = frozenset({"CVL"})  # a population, not a party to the fighting
PLACE_RULE = "location.country"  # the place's population as target (tocsin.events.place_target)
EVENTS = frozenset({"ASSAULT"})
UNNAMED_RULES = frozenset({"unidentified.place"})  # an inferred stand-in for a missing party
PLACE_COUNTRY_RULE = "+country.place"  # words given only the country of the event's place
# entries naming a country (or its capital), a territory or a statesman: named as a place or a
# modifier ("clashes in Damascus", "the Putin – Erdogan area"), one is no party to the fighting
NAMES_NO_FIGHTER = ("country.", "territory.", "person.")
STATESMEN = ("person.",)
# the positions of a party named as one: subject, object, the doer after "by"
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "npadvmod", "ROOT"})
PARTY_PREPOSITIONS = frozenset({"by", "against", "with", "between"})


def names_a_fighter(party: ActorRef, head: Token) -> bool:
    """Whether a mention (``party``, its head word ``head``) names a party to the fighting: any
    but a statesman, and a country, capital or territory only as subject, object or the doer
    after "by" ("rebels attacked *Azerbaijan*", not "clashes in *Damascus*")."""
    entry = party.entry or ""
    if not entry.startswith(NAMES_NO_FIGHTER):
        return True
    if entry.startswith(STATESMEN):
        return False
    while head.dep_ == "conj" and head.head.i != head.i:  # "Russia and *Turkey* attacked"
        head = head.head
    if head.dep_ in PARTY_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in PARTY_PREPOSITIONS


class ConflictContext:
    """The theatres with what is needed to turn their parties into record parties."""

    def __init__(self, theatres: Theatres, entries: Mapping[str, Entry]) -> None:
        self.theatres = theatres
        self.entries = entries
        self.phrases = tuple(tuple(w.split()) for w in theatres.air_power_words)
        self.civilian = tuple(tuple(w.split()) for w in theatres.civilian_target_words)
        remote = (*theatres.remote_force_words, *theatres.air_power_words)
        self.remote = tuple(tuple(w.split()) for w in dict.fromkeys(remote))
        self.one_sided = tuple(tuple(w.split()) for w in theatres.one_sided_words)

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

    def air_words(self, tokens: Iterable[Token]) -> list[str]:
        """The air-power words among ``tokens`` (their words or lemmas, in order)."""
        return _phrases(self.phrases, tokens)

    def names_civilians(self, tokens: Iterable[Token]) -> bool:
        """Whether ``tokens`` name civilians or a civilian place as the target."""
        return bool(_phrases(self.civilian, tokens))

    def remote_force(self, candidate: Candidate, tokens: Iterable[Token]) -> bool:
        """Whether the act is one of remote force (shelling, air strikes, barrel bombs,
        missiles, rockets): by its code, its words or its attacker's ("*Warplanes* Target A
        School"), or its attacker being the theatre's air power."""
        actor = candidate.actor.text.lower().split() if candidate.actor is not None else []
        return (
            candidate.info.code.startswith(self.theatres.remote_force_codes)
            or AIR_RULE in (candidate.actor_rule or "")
            or bool(_phrases(self.remote, tokens))
            or bool(_phrases_in(self.remote, [(i, w, w) for i, w in enumerate(actor)]))
        )

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
            if _phrases(area.words, words):
                return area.name
        return admin1

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
        party = theatre.air_attacker(words, when, region)
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
                    for phrase in _phrases(name.words, words)
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
            if name.period.active(when) and _phrases(name.words, words):
                return self.ref(name.party, theatre, when, party.text)
        return party

    def fight(self, theatre: Theatre, party: ActorRef, other: ActorRef, when: date) -> bool:
        """Whether the theatre pairs ``party`` and ``other`` as enemies on ``when``; "the
        factions" are the country's rebel factions, none of its other groups."""
        distinct = any(self._factions(p) for p in (party, other))
        return theatre.fight(party, other, when, distinct)

    def _factions(self, party: ActorRef) -> bool:
        words = party.text.lower().split()
        return bool(words) and words[-1] in self.theatres.armed_group_words

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
            words = party.text.lower().split()
            if not words or words[-1] not in self.theatres.armed_group_words:
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
        actor_missing = _missing(candidate.actor, candidate.actor_rule)
        recipient_missing = _missing(candidate.recipient, candidate.recipient_rule)
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
        covert = candidate.info.code.startswith(tuple(self.theatres.covert_codes))
        if actor_missing and covert and not blast:
            return candidate  # who took hostages or shot a leader dead is not guessed
        role = "actor" if actor_missing else "recipient"
        found = next((o for o in others if self.fight(theatre, named, o, when)), None)
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

    def with_front_victims(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        tokens: Iterable[Token],
        region: str | None = None,
        placed: bool = True,
    ) -> Candidate:
        """The attacker's opponent on the front as the target of an act of war by a party of
        the theatre whose target is only a civilian population ("civilians", "children", a
        place's people), kept in the victims' words (``<rule>+theatre.front_victims``): for
        remote force (shelling, air strikes) whatever its words, for taking ground when the
        target is the place's population, for other fighting when it is and the words name no
        civilians or civilian place. Never for deliberate killing (words naming an execution,
        kidnapping or assassination, or a killing or massacre naming no remote force). Only
        for the civilians of the theatre's countries, or for an event ``placed`` there (by its
        place or dateline)."""
        target = candidate.recipient
        if candidate.info.event not in EVENTS or target is None:
            return candidate
        if target.sector not in CIVILIAN_SECTORS:
            return candidate
        if not (placed or target.country in theatre.countries):
            return candidate
        actor = candidate.actor
        if actor is None or _missing(actor, candidate.actor_rule):
            return candidate
        words = list(tokens)
        if not (self._front(candidate, words) or self.remote_force(candidate, words)):
            return candidate
        if _phrases(self.one_sided, words):
            return candidate
        enemy = theatre.opponent(actor, when, region)
        if enemy is None or enemy.matches(actor):
            return candidate
        rule = f"{candidate.recipient_rule or 'party'}+{FRONT_RULE}"
        enemy_ref = self.ref(enemy, theatre, when, target.text)
        return with_inferred(candidate, "recipient", enemy_ref, rule, FRONT_FACTOR)

    def _front(self, candidate: Candidate, words: list[Token]) -> bool:
        """Whether a ground act's civilian target is the holders of its place: taking ground
        from the place's population, or fighting there naming no civilians or civilian place
        (an attack on a town is one on its holders, on its villages or homes one on civilians)."""
        code = candidate.info.code
        if not (candidate.recipient_rule or "").startswith(PLACE_RULE):
            return False
        if code.startswith(self.theatres.ground_codes):
            return True
        return code.startswith(self.theatres.front_codes) and not self.names_civilians(words)

    def with_dyad(
        self,
        candidate: Candidate,
        theatre: Theatre,
        when: date,
        tokens: Iterable[Token],
        named: Sequence[ActorRef] = (),
        region: str | None = None,
        principal: bool = True,
    ) -> Candidate:
        """The theatre's principal dyad for fighting, a toll of killing (``toll_codes``:
        "40 killed in the countryside of Hama") or a blast of the front (``stray_blast_codes``:
        "a mine explodes near Raqqa", its second side as the attacker) that names no party and
        no civilians. When the sentence names a party of the theatre (``named``: its actors,
        those of the attack's clause first) fighting is that party's, against an enemy the
        sentence names or else its principal opponent there ("clashes continue as *the SDF*
        advance": ``theatre.named_party``); the principal dyad only with ``principal``."""
        if candidate.info.event not in EVENTS:
            return candidate
        blast = self.stray_blast(candidate)
        fighting = self.fighting(candidate)
        if not (fighting or self.toll(candidate) or blast):
            return candidate
        if self.names_civilians(tokens):
            return candidate
        if not (
            _missing(candidate.actor, candidate.actor_rule)
            and _missing(candidate.recipient, candidate.recipient_rule)
        ):
            return candidate
        known = [
            a
            for a in named
            if theatre.fights_beside_state(a, when) or theatre.opponent(a, when) is not None
        ]
        if known:
            if not fighting:
                return candidate
            # a country named alone ("Syria's north") is no side of the fighting
            party = next((a for a in known if a.sector is not None), None)
            if party is None:
                return candidate
            enemy: ActorRef | None = next(
                (o for o in named if self.fight(theatre, party, o, when)), None
            )
            if enemy is None:
                side = theatre.opponent(party, when, region)
                enemy = self.ref(side, theatre, when) if side is not None else None
            if enemy is None:
                return candidate
            candidate = with_inferred(candidate, "actor", party, PARTY_RULE, PARTY_FACTOR)
            return with_inferred(candidate, "recipient", enemy, PARTY_RULE, 1.0)
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


def _phrases(phrases: Iterable[tuple[str, ...]], tokens: Iterable[Token]) -> list[str]:
    """The ``phrases`` found among ``tokens`` (contiguous, by word or lemma), in their order."""
    ordered = sorted(set(tokens), key=lambda t: t.i)
    return _phrases_in(phrases, [(t.i, t.lower_, t.lemma_.lower()) for t in ordered])


def _phrases_in(phrases: Iterable[tuple[str, ...]], forms: list[tuple[int, str, str]]) -> list[str]:
    """The ``phrases`` found among ``forms`` (position, word, lemma), contiguous."""
    found = []
    for phrase in phrases:
        n = len(phrase)
        for k in range(len(forms) - n + 1):
            window = forms[k : k + n]
            if window[-1][0] - window[0][0] != n - 1:
                continue
            if all(w in (form, lemma) for w, (_, form, lemma) in zip(phrase, window, strict=True)):
                found.append(" ".join(phrase))
                break
    return found


def clause_tokens(head: Token) -> list[Token]:
    """The words of the clause an event word stands in: from the word up through the nouns,
    phrases and participles that hold it to its verb (or the root of a verbless headline),
    whose words are taken without its coordinated clauses ("Clashes continue *in the desert of
    Homs* and shelling targets Hama": the first clause only)."""
    top = head
    for _ in range(8):
        if top.dep_ in ("ROOT", "conj", "ccomp", "advcl", "parataxis") or top.head.i == top.i:
            break
        top = top.head
    skipped = {
        t.i for c in top.children if c.dep_ in ("conj", "cc", "parataxis") for t in c.subtree
    }
    return [t for t in top.subtree if t.i not in skipped]


def _reduced_passive(head: Token | None, candidate: Candidate) -> bool:
    """A subject before a bare participle ("Ukrainian soldiers *killed* near Luhansk"): a
    headline's reduced passive, whose subject is the victim, not the attacker."""
    if head is None or head.tag_ != "VBN" or not (candidate.actor_rule or "").startswith("nsubj"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children)


def _missing(party: ActorRef | None, rule: str | None) -> bool:
    """No party, only an inferred stand-in for one ("unidentified attackers"), or words no
    dictionary codes (a place name the gazetteer does not know, read as a party), given at
    most the country of its place ("airstrikes target *Tell Sfir*": SYR, no sector)."""
    if party is None or (rule or "") in UNNAMED_RULES or party.code is None:
        return True
    return (
        party.entry is None and party.sector is None and (rule or "").endswith(PLACE_COUNTRY_RULE)
    )
