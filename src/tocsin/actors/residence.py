"""Peoples named by where they live: "ethnic Albanians in southern Serbia" are Serbia's.

A plural demonym used as a people ("Albanians", "Kurds", "Serbs") followed by "in" or "of" and a
country or territory ("… in south Serbia", "… of the West Bank") is coded as civilians of that
place, the way event datasets code minorities by residence. A demonym that modifies an agent
("Russian troops in Syria") is not a people and keeps its country.

A people called *ethnic* ("ethnic Albanians", "ethnic Turks") is named as a minority: where no
place follows it, the first country the sentence puts it in ("… demonstrated *in Serbia*",
"… villages *near Macedonia's* border") is where it lives (rule ``residence.sentence``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from tocsin.actors.entries import make_code
from tocsin.actors.found import Found

PLACE_KINDS = frozenset({"country", "territory"})
LINKS = frozenset({"in", "of"})
RULE = "residence"
SENTENCE_RULE = "residence.sentence"
MINORITY_MARK = "ethnic"


def by_residence(
    doc: Doc, found: list[Found], skippable: frozenset[str], locative: frozenset[str] = frozenset()
) -> list[Found]:
    """``found`` with peoples re-coded to the country they are said to live in.

    ``skippable`` holds the words allowed between the link and the place ("the", "southern");
    ``locative`` the prepositions that put a minority in a country ("in", "near").
    """
    starts = {f.start: f for f in found}
    result = []
    for f in found:
        place, rule = None, RULE
        if _is_people(doc, f):
            place = _place_after(doc, f, starts, skippable)
            if place is None and _is_minority(doc, f):
                place, rule = _place_in_sentence(doc, f, found, skippable, locative), SENTENCE_RULE
        if place is not None and place.actor.country != f.actor.country:
            country = place.actor.country
            actor = replace(f.actor, country=country, code=make_code(country, f.actor.sector))
            f = replace(f, actor=actor, rule=rule)
        result.append(f)
    return result


def _is_minority(doc: Doc, f: Found) -> bool:
    return f.start > 0 and doc[f.start - 1].lower_ == MINORITY_MARK


def _place_in_sentence(
    doc: Doc, f: Found, found: list[Found], skippable: frozenset[str], locative: frozenset[str]
) -> Found | None:
    """The first country of ``f``'s sentence introduced by a locative preposition."""
    sentence = doc[f.start].sent
    for place in found:
        if place is f or not (sentence.start <= place.start < sentence.end):
            continue
        if place.kind not in PLACE_KINDS or place.rule != "dict" or place.actor.sector:
            continue
        k = place.start - 1
        while k >= sentence.start and doc[k].lower_ in skippable:
            k -= 1
        if k >= sentence.start and doc[k].lower_ in locative:
            return place
    return None


def _is_people(doc: Doc, f: Found) -> bool:
    """A bare plural demonym ("Albanians"), not a demonym modifying a noun ("Albanian troops")."""
    last = doc[f.end - 1]
    return (
        f.kind in PLACE_KINDS
        and f.actor.sector == "CVL"
        and last.tag_ in ("NNPS", "NNS")
        and last.dep_ not in ("compound", "amod")
    )


def _place_after(
    doc: Doc, f: Found, starts: dict[int, Found], skippable: frozenset[str]
) -> Found | None:
    k = f.end
    if k >= len(doc) or doc[k].lower_ not in LINKS:
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in skippable:
        k += 1
    place = starts.get(k)
    if place is None or place.kind not in PLACE_KINDS or place.rule != "dict":
        return None  # a name ("Serbia"), not a demonym ("Israeli-occupied") or a seat
    if place.actor.sector is not None:
        return None
    return place
