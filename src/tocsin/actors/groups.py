"""A body made of another party: "a mission of observers from the OSCE", "a delegation of
Chinese officials".

A collective agent noun ("mission", "delegation", "contingent") followed by "of" and another
mention is that mention's party: the mission takes the country (or organisation) of what it is
made of, and that party's sector when it has one. The rule is ``group-of``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from tocsin.actors.entries import make_code
from tocsin.actors.found import Found

RULE = "group-of"


def by_membership(doc: Doc, found: list[Found], groups: frozenset[str]) -> list[Found]:
    """``found`` with group nouns that have no country of their own re-coded to their members."""
    starts = {f.start: f for f in found}
    result = []
    for f in found:
        members = _members(doc, f, starts, groups)
        if members is not None:
            sector = members.actor.sector or f.actor.sector
            country = members.actor.country
            actor = replace(
                f.actor, country=country, sector=sector, code=make_code(country, sector)
            )
            f = replace(f, actor=actor, rule=RULE)
        result.append(f)
    return result


def _members(doc: Doc, f: Found, starts: dict[int, Found], groups: frozenset[str]) -> Found | None:
    if f.actor.country or f.kind != "agent" or doc[f.end - 1].lower_ not in groups:
        return None
    if f.end + 1 >= len(doc) or doc[f.end].lower_ != "of":
        return None
    members = starts.get(f.end + 1)
    return members if members is not None and members.actor.country else None
