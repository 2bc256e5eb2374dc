"""A country for a party the sentence gives no nationality: "demonstrators", "President Avril".

News names an agent's nationality once, if at all: in "Egyptian police opened fire to disperse
demonstrators" the demonstrators are Egyptian. A party with no country takes, in this order:

1. ``country.other_party``: the other party's state, when that party is itself a national
   agent other than one who works abroad (police, a government, a court, rebels quarrel mostly
   at home; troops, refugees, embassies and diplomats are abroad as often as not), unless an
   act of force or a protest happened in another state ("Rwandan rebels killed villagers *in
   Burundi*"):
   "lawmakers pressed Blinken";
2. ``country.place``: the state where the event happened (its resolved location, which is
   less sure: the place a sentence names is not always where its event happened);
3. ``country.opponent_state``: for rebels or radicals in an act of force against a state's
   forces or government, with no place in another state, that state ("Ukrainian troops attack
   *separatist* checkpoints"), unless the document is about another state (separatists in a
   report from Mali who kill Russian mercenaries are not Russia's);
4. ``country.sentence``: the only state the sentence names outside the other party (for
   civilians, outside forces too, who act abroad: the *Russian* mercenaries beside Malian troops
   do not make their victims Russian) and outside a border it names ("near the border with
   *Mali*", "near *Libya*": the other side of it; the step leaves those mentions out);
5. ``country.document``: for fighters and forces (``REB``, ``MIL``, ``UAF``, ``RAD``) in an
   act of force or a protest, the state the document (and its dateline) names most often, one
   state ahead of every other: the country the text is about, for "regime forces" and
   "separatists" in a report that names its war's country elsewhere. In an act of force, when
   that state is also the dateline's (a report from the country), also for the state's own
   organs (``GOV``, ``COP``, ``SPY``: "*the regime*'s shells") and for its victims among the
   population (``CVL`` and the other civilian sectors, protesters too: "shelling kills
   *civilians*", "police fire on *protesters*"), who are of
   the place the force hit and, with no place, of the country the report comes from ("Malian
   troops shelled civilians" with no dateline tells no country: armies act abroad). When states
   are named as often as each other, the dateline's state among them is the one the text is
   about ("Shelling kills two in the *Putin – Erdogan* zone" under a Syrian dateline).

The rule is appended to ``evidence.actor_rule`` / ``evidence.recipient_rule`` (for example
``dobj+country.other_party``) and the record's confidence is multiplied by 0.9.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from tocsin.actors.entries import make_code
from tocsin.events.candidates import Candidate
from tocsin.models import ActorRef, Location, Mention

CONFIDENCE_FACTOR = 0.9
# national agents whose events are often abroad: armies act abroad, refugees and migrants live
# abroad, so neither passes its country to the other party
ABROAD_SECTORS = frozenset({"MIL", "REF"})
# protesters, though, are of the country whose troops fire on them ("Myanmar troops kill
# protesters"): an army abroad fights, it does not police demonstrations
PROTESTER_SECTORS = frozenset({"OPP"})
# acts whose parties are of the place where they happened: the victims of force, protesters
PLACE_FIRST = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# rebels fighting a state's forces with no place named are that state's rebels ("troops shelled
# separatist positions"); insurgents are by definition armed against their own state
INSURGENT_SECTORS = frozenset({"REB", "RAD"})
STATE_FORCES = frozenset({"GOV", "MIL", "COP", "SPY", "-"})
CIVILIAN_SECTORS = frozenset(
    {"CVL", "REF", "MED", "HLH", "EDU", "REL", "LAB", "BUS", "AGR", "NGO", "OPP"}
)
# fighters and forces of an act of force with no other clue take the country the text is about
ARMED_SECTORS = frozenset({"REB", "MIL", "UAF", "RAD"})
# the state's organs and the population an act of force hits: of the country the text is about
# too, in acts of force reported from it only ("*the regime*'s shells kill *civilians*")
FORCE_SECTORS = frozenset(
    {"GOV", "COP", "SPY", "CVL", "MED", "HLH", "EDU", "REL", "LAB", "BUS", "AGR", "OPP"}
)
FORCE_EVENTS = frozenset({"ASSAULT"})


class DomesticCountries:
    """Fills in the country of parties without one from the event's setting."""

    def __init__(self, states: Iterable[str], abroad_agents: Iterable[str] = ()) -> None:
        self.states = frozenset(states)
        self.abroad_entries = frozenset(f"agent.{word}" for word in abroad_agents)

    def apply(
        self,
        candidate: Candidate,
        location: Location | None,
        mentions: Iterable[Mention],
        document: Iterable[Mention] = (),
    ) -> Candidate:
        """``candidate`` with countries for its country-less parties, where the setting tells;
        ``document`` holds the mentions of the whole document and its dateline."""
        return self.apply_about(candidate, location, mentions, self.about(document))

    def apply_about(
        self,
        candidate: Candidate,
        location: Location | None,
        mentions: Iterable[Mention],
        about: str | None,
        dateline: str | None = None,
    ) -> Candidate:
        """:meth:`apply` with the document's state (:meth:`about`) already known;
        ``dateline``: the state of the document's dateline."""
        named = [m for m in mentions if m.actor.country in self.states]
        local = candidate.info.event in PLACE_FIRST
        reported = about is not None and about == dateline
        force = candidate.info.event in FORCE_EVENTS and reported
        sectors = ARMED_SECTORS | FORCE_SECTORS if force else None
        actor, actor_rule = self._party(
            candidate.actor,
            candidate.recipient,
            candidate.actor_rule,
            location,
            named,
            local,
            about,
            sectors,
        )
        recipient, recipient_rule = self._party(
            candidate.recipient,
            candidate.actor,
            candidate.recipient_rule,
            location,
            named,
            local,
            about,
            sectors,
        )
        if actor is candidate.actor and recipient is candidate.recipient:
            return candidate
        return replace(
            candidate,
            actor=actor,
            recipient=recipient,
            actor_rule=actor_rule,
            recipient_rule=recipient_rule,
            confidence=round(candidate.confidence * CONFIDENCE_FACTOR, 3),
        )

    def _party(
        self,
        party: ActorRef | None,
        other: ActorRef | None,
        rule: str | None,
        location: Location | None,
        named: list[Mention],
        local: bool,
        about: str | None = None,
        sectors: frozenset[str] | None = None,
    ) -> tuple[ActorRef | None, str | None]:
        """``sectors``: those that take the document's state (``ARMED_SECTORS`` by default)."""
        if party is None or party.country is not None:
            return party, rule
        insurgent = local and party.sector in INSURGENT_SECTORS
        protesters = party.sector in PROTESTER_SECTORS
        if party.sector in CIVILIAN_SECTORS:  # "troops and *Russian* mercenaries executed
            # civilians": forces act abroad, their nationality is not their victims'
            named = [m for m in named if m.actor.sector not in ABROAD_SECTORS]
        found = self._country(
            other, location if local else None, named, location, insurgent, protesters, about
        )
        if (
            about is not None
            and found is not None
            and found[1] == "other_party"
            and _foreign_raiders(party, other, location, about, local)
        ):
            found = about, "document"
        if (
            found is None
            and about is not None
            and local
            and party.sector in (sectors or ARMED_SECTORS)
        ):
            found = about, "document"
        if found is None:
            return party, rule
        country, source = found
        ref = replace(party, country=country, code=make_code(country, party.sector))
        return ref, f"{rule or 'party'}+country.{source}"

    def _country(
        self,
        other: ActorRef | None,
        scene: Location | None,
        named: list[Mention],
        location: Location | None,
        insurgent: bool = False,
        protesters: bool = False,
        about: str | None = None,
    ) -> tuple[str, str] | None:
        """``scene`` is the location of an act of force or a protest, where the place outranks
        the other party: victims and protesters are the place's people ("Rwandan rebels killed
        villagers *in Burundi*"); ``protesters`` take even an army's country."""
        abroad = scene is not None and other is not None and scene.country != other.country
        if (
            other is not None
            and other.country in self.states
            and other.sector is not None
            and (other.sector not in ABROAD_SECTORS or protesters)
            and other.entry not in self.abroad_entries
            and not (abroad and scene is not None and scene.country in self.states)
        ):
            return other.country, "other_party"
        if location is not None and location.country in self.states:
            return location.country, "place"
        if (
            insurgent
            and other is not None
            and other.country in self.states
            and (other.sector or "-") in STATE_FORCES
            and other.entry not in self.abroad_entries
            and not (location is not None and location.country != other.country)
            and not (about is not None and about != other.country)
        ):
            return other.country, "opponent_state"
        others = {
            m.actor.country
            for m in named
            if other is None or (m.actor.text != other.text and m.actor.entry != other.entry)
        }
        if len(others) == 1:
            return next(iter(others)), "sentence"
        return None

    def about(self, document: Iterable[Mention], dateline: str | None = None) -> str | None:
        """The state the document names most often, when one is ahead of all others; among
        states named as often, the ``dateline``'s state when it is one of them."""
        counts = Counter(
            m.actor.country
            for m in document
            if m.actor.country in self.states and m.actor.entry not in self.abroad_entries
        )
        ranked = counts.most_common()
        if not ranked:
            return None
        top = [country for country, n in ranked if n == ranked[0][1]]
        if len(top) == 1:
            return top[0]
        return dateline if dateline in top else None


def _foreign_raiders(
    party: ActorRef,
    other: ActorRef | None,
    location: Location | None,
    about: str,
    local: bool,
) -> bool:
    """Forces hit by rebels of another state in a report about their own ("Boko Haram raid on
    a Cameroonian island kills 16 soldiers" from Cameroon): the soldiers are of the country the
    report is about, not the raiders', unless the act is placed in the raiders' state."""
    return (
        local
        and other is not None
        and party.sector in STATE_FORCES
        and other.sector in INSURGENT_SECTORS
        and other.country != about
        and (location is None or location.country == about)
    )
