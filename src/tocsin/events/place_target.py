"""A recipient from the event's place, when the text names no party it was done to.

"Rebels shelled Juba", "Israeli tanks fired at targets in Jericho", "Saddam Hussein arrived in
Amman": the place stands for its state (its population, or its government receiving a visit),
as CAMEO and PLOVER code it. When an event has an actor but no recipient, the state of its
resolved location becomes the recipient, marked ``location.country`` in
``evidence.recipient_rule`` with confidence × 0.85:

* force and coercion (ASSAULT, COERCE) — also inside the actor's own country, where the
  recipient is the place's civilians (``CVL``): a curfew imposed on Algiers is imposed on
  Algerians. A group with no country of its own (the Islamic State) is at home wherever it
  strikes: "IS suicide bomber kills 20 in Damascus suburb" kills Syrians, not Syria's forces;
* force whose doer the text leaves out and that names no victim ("Shelling of Omdurman market
  kills 54", "Death toll from Mogadishu truck bombing rises to 276") — the place's civilians
  (``CVL``), the people who were there, marked ``location.people``: a stand-in the war's
  inference replaces where it finds the act's parties; no attacker is inferred for it;
* visits, deployments, aid and cooperation (CONSULT, MOBILIZE, AID, SUPPORT, COOPERATE) — only
  in another country: a minister touring her own provinces has no counterpart, an embassy
  opened in Tehran has Iran as its host.

A protest whose text names no protesters ("Hundreds protest in Goma against UN peacekeepers",
"Tens of thousands protest in Yangon") is made by the people of its place: its actor is the
place's civilians (``CVL``), marked ``location.people`` (:func:`with_place_protesters`).

Measures that fall on a whole population — curfews, states of emergency, martial law,
restrictions on political freedoms, and their lifting (CAMEO 1721, 1723, 1724, 0811, 0813,
0814) — are done to the civilians of the place, or, where the sentence names no place, to those
of the actor's own country (``population.country``): "Iraq's government is prepared to impose
martial law" is done to Iraqis.
"""

from __future__ import annotations

from tocsin.countries import countries
from tocsin.events.candidates import Candidate
from tocsin.events.inferred import state_party, with_inferred
from tocsin.events.theatre.parties import PEOPLE_RULE
from tocsin.models import ActorRef, Location

RULE = "location.country"
POPULATION_RULE = "population.country"
POPULATION_MEASURES = frozenset({"1721", "1723", "1724", "0811", "0813", "0814"})
CONFIDENCE_FACTOR = 0.85
ANY_COUNTRY = frozenset({"ASSAULT", "COERCE"})
ABROAD_ONLY = frozenset({"CONSULT", "MOBILIZE", "AID", "SUPPORT", "COOPERATE"})


def with_place_recipient(candidate: Candidate, location: Location | None) -> Candidate:
    """``candidate`` with its location's state as recipient, where the rules above allow."""
    actor = candidate.actor
    if candidate.recipient is not None or candidate.symmetric:
        return candidate
    if actor is None:
        return _people_of_place(candidate, location)
    if candidate.info.code in POPULATION_MEASURES:
        return _population(candidate, actor, location)
    if location is None or not location.country:
        return candidate
    kind = candidate.info.event
    abroad = countries().is_country(actor.country) and location.country != actor.country
    if not (kind in ANY_COUNTRY or (kind in ABROAD_ONLY and abroad)):
        return candidate
    sector = None if abroad else "CVL"  # at home, force falls on the people of the place
    text = location.text or location.name
    recipient = state_party(location.country, sector, text, location.name, "place")
    return with_inferred(candidate, "recipient", recipient, RULE, CONFIDENCE_FACTOR)


def with_place_protesters(candidate: Candidate, location: Location | None) -> Candidate:
    """``candidate`` with its place's people as the protesters of a protest naming none."""
    if candidate.actor is not None or candidate.info.event != "PROTEST":
        return candidate
    if location is None or not location.country:
        return candidate
    text = location.text or location.name
    actor = state_party(location.country, "CVL", text, location.name, "place")
    return with_inferred(candidate, "actor", actor, PEOPLE_RULE, CONFIDENCE_FACTOR)


def _people_of_place(candidate: Candidate, location: Location | None) -> Candidate:
    """The civilians of the place as the target of force with neither party named."""
    if candidate.info.event != "ASSAULT" or location is None or not location.country:
        return candidate
    text = location.text or location.name
    recipient = state_party(location.country, "CVL", text, location.name, "place")
    return with_inferred(candidate, "recipient", recipient, PEOPLE_RULE, CONFIDENCE_FACTOR)


def _population(candidate: Candidate, actor: ActorRef, location: Location | None) -> Candidate:
    """The civilians of the place, or of the actor's country, as recipient of a measure."""
    placed = location is not None and bool(location.country)
    if location is not None and placed:
        country, text, rule = location.country, location.text or location.name, RULE
    else:
        country, text, rule = actor.country, actor.text, POPULATION_RULE
    if country is None:
        return candidate
    recipient = state_party(country, "CVL", text, None, "population")
    return with_inferred(candidate, "recipient", recipient, rule, CONFIDENCE_FACTOR)
