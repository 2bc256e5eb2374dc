"""Peoples named by where they live: "ethnic Albanians in southern Serbia" are Serbia's.

A plural demonym used as a people ("Albanians", "Kurds", "Serbs") followed by "in" or "of" and a
country or territory ("… in south Serbia", "… of the West Bank") is coded as civilians of that
place, the way event datasets code minorities by residence. A demonym that modifies an agent
("Russian troops in Syria") is not a people and keeps its country.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from tocsin.actors.entries import make_code
from tocsin.actors.found import Found

PLACE_KINDS = frozenset({"country", "territory"})
LINKS = frozenset({"in", "of"})
RULE = "residence"


def by_residence(doc: Doc, found: list[Found], skippable: frozenset[str]) -> list[Found]:
    """``found`` with peoples re-coded to the country they are said to live in.

    ``skippable`` holds the words allowed between the link and the place ("the", "southern").
    """
    starts = {f.start: f for f in found}
    result = []
    for f in found:
        place = _place_after(doc, f, starts, skippable) if _is_people(doc, f) else None
        if place is not None and place.actor.country != f.actor.country:
            country = place.actor.country
            actor = replace(f.actor, country=country, code=make_code(country, f.actor.sector))
            f = replace(f, actor=actor, rule=RULE)
        result.append(f)
    return result


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
