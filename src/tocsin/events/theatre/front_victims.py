"""``theatre.front_victims`` (× 0.7): civilians of the front counted in its fighting.

A party of the war whose act of war falls only on a civilian population (``CVL``:
"civilians", "children", a place's people) hit the holders of the place, its opponent on the
front there: civilians killed by shelling, air strikes, barrel bombs, missiles or rockets, or
in the fighting for a place, are counted (as UCDP counts them) in the fighting between the
attacker and those holders, not as one-sided violence. So for remote force (CAMEO 194, 195,
or words naming it, or the theatre's air power as attacker) whatever the target's words, for
taking ground (192) when the target is the place's population, and for other fighting (190,
196) when it is and the words name no civilians or civilian place ("factions attack Hama
countryside": its holders). Deliberate killing keeps its civilian target: words naming an
execution, kidnapping, assassination or torture, a killing or massacre naming no remote
force, a ground attack on a village or a hotel. The recipient keeps the victims' words as its
text ("civilians", or the place) and its rule shows how they were found
(``dobj+theatre.front_victims``), so the record still says who died while its code says whose
side they were counted on; the killed count is unchanged. Only for the civilians of the
theatre's countries or an event placed there (by its place, a merged word's place, or its
dateline), not where a party's nationality alone tells the war. It runs last (after
``place_recipient``, whose place population it may take), and again once the other triggers
of a merged mention completed the record's attacker.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Token

from tocsin.conflicts.theatres import Theatre
from tocsin.events.candidates import Candidate
from tocsin.events.place_target import RULE as PLACE_RULE  # the place's population as target
from tocsin.events.theatre.air_power import AIR_RULE
from tocsin.events.theatre.core import EVENTS, TheatreCore
from tocsin.events.theatre.parties import missing
from tocsin.events.theatre.words import phrases, phrases_in
from tocsin.models import ActorRef

FRONT_RULE = "theatre.front_victims"
FRONT_FACTOR = 0.7
# a population, not a party to the fighting: civilians, and the displaced, the sick, pupils and
# worshippers a strike hits where they shelter ("strike on a refugee camp", "shells a hospital")
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "HLH", "MED", "EDU", "REL"})
# entries of a place or a state's land (Phoenix's "groups" of a territory: Gaza)
COUNTRY_ENTRY = "country."
LAND_ENTRIES = (COUNTRY_ENTRY, "place.", "territory.", "phoenix.groups.")
NON_STATE_SECTORS = frozenset({"REB", "RAD", "INS", "CRM"})  # their raids are on the ground


class FrontVictims(TheatreCore):
    """The rule ``theatre.front_victims``."""

    def remote_force(self, candidate: Candidate, tokens: Iterable[Token]) -> bool:
        """Whether the act is one of remote force (shelling, air strikes, barrel bombs,
        missiles, rockets): by its code, its words or its attacker's ("*Warplanes* Target A
        School"), or its attacker being the theatre's air power. A non-state attacker's "raid"
        or "strike" is made on the ground (``state_remote_words``)."""
        party = candidate.actor
        actor = party.text.lower().split() if party is not None else []
        table = self.remote
        if party is not None and party.sector in NON_STATE_SECTORS:
            table = self.remote_by_any
        return (
            candidate.info.code.startswith(self.theatres.remote_force_codes)
            or AIR_RULE in (candidate.actor_rule or "")
            or bool(phrases(table, tokens))
            or bool(phrases_in(table, [(i, w, w) for i, w in enumerate(actor)]))
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
        land = _bare_land(target) and target.country in theatre.countries
        if target.sector not in CIVILIAN_SECTORS and not land:
            return candidate
        if not (placed or target.country in theatre.countries):
            return candidate
        actor = candidate.actor
        if actor is None or missing(actor, candidate.actor_rule):
            return candidate
        words = list(tokens)
        remote = self.remote_force(candidate, words)
        if not (remote or (not land and self._front(candidate, words))):
            return candidate
        if phrases(self.one_sided, words):
            return candidate
        return self.opponent_as_target(candidate, theatre, when, region, FRONT_RULE, FRONT_FACTOR)

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


def _bare_land(party: ActorRef) -> bool:
    """A place or a state's land named as the target, with no sector ("air strikes *on Rafah*",
    "Israeli strikes kill 10 *in south Lebanon*"): under remote force, the people of the place
    hit, counted as its holders'."""
    entry = party.entry or ""
    if party.sector is not None or party.country is None or not entry.startswith(LAND_ENTRIES):
        return False
    # a state by its name is its land ("in south *Lebanon*"), by its adjective its forces or
    # its property ("missiles at a *Syrian* air base")
    return not entry.startswith(COUNTRY_ENTRY) or party.text.lower() == (party.name or "").lower()
