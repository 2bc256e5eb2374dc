"""Parties of a war report as the theatre rules read them: missing, or named as a fighter."""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.events.mention_words import mention_words
from tocsin.models import ActorRef

# inferred stand-ins for a missing party: an unnamed attacker at the place, and the attacker
# guessed from the front alone (``theatre.victims``), which any party found later replaces
VICTIMS_RULE = "theatre.victims"
# the people of the place as target of force with neither party (``tocsin.events.place_target``)
PEOPLE_RULE = "location.people"
UNNAMED_RULES = frozenset({"unidentified.place", VICTIMS_RULE, PEOPLE_RULE})
PLACE_COUNTRY_RULE = "+country.place"  # words given only the country of the event's place
# entries naming a country (or its capital), a territory or a statesman: named as a place or a
# modifier ("clashes in Damascus", "the Putin – Erdogan area"), one is no party to the fighting
NAMES_NO_FIGHTER = ("country.", "territory.", "person.")
STATESMEN = ("person.",)
# the positions of a party named as one: subject, object, the doer after "by"
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "npadvmod", "ROOT"})
PARTY_PREPOSITIONS = frozenset({"by", "against", "with", "between"})
# verbs whose subject is the source of a report, not a party to what it reports
REPORTING_VERBS = frozenset({"say", "tell", "report", "claim", "announce", "state", "confirm"})


def names_a_fighter(party: ActorRef, head: Token) -> bool:
    """Whether a mention (``party``, its head word ``head``) names a party to the fighting: any
    but a statesman and the speaker of a report ("shelling kills 5, *officials* say"), and a
    country, capital or territory only as subject, object or the doer after "by" ("rebels
    attacked *Azerbaijan*", not "clashes in *Damascus*"); a weapon named as the act's means is
    none ("shell Nikopol *with artillery*")."""
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS:
        return False
    if _instrument(head):
        return False
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


def _instrument(head: Token) -> bool:
    """A weapon after "with" or as the object of "use": the means of the act."""
    if head.lemma_.lower() not in mention_words().instruments:
        return False
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "with":
        return True
    return head.dep_ == "dobj" and governor.lemma_.lower() == "use"


def missing(party: ActorRef | None, rule: str | None) -> bool:
    """No party, only an inferred stand-in for one ("unidentified attackers"), or words no
    dictionary codes (a place name the gazetteer does not know, read as a party), given at
    most the country of its place ("airstrikes target *Tell Sfir*": SYR, no sector)."""
    if party is None or (rule or "") in UNNAMED_RULES or party.code is None:
        return True
    return (
        party.entry is None and party.sector is None and (rule or "").endswith(PLACE_COUNTRY_RULE)
    )
