"""A party named through another: "a mission of observers from the OSCE", "doctors from two
American aid groups".

* A collective agent noun ("mission", "delegation", "contingent") followed by "of" and another
  mention is that mention's party: the mission takes the country (or organisation) of what it is
  made of, and that party's sector when it has one (rule ``group-of``).
* An agent without a country followed by "from" and a mention with one comes from there: it
  takes that country and keeps its own sector (rule ``agent-from``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from tocsin.actors.entries import make_code
from tocsin.actors.found import Found

RULE = "group-of"
FROM_RULE = "agent-from"


def by_membership(doc: Doc, found: list[Found], groups: frozenset[str]) -> list[Found]:
    """``found`` with country-less groups and agents re-coded to their members or origin."""
    starts = {f.start: f for f in found}
    result = []
    for f in found:
        members = _members(doc, f, starts, groups)
        origin = _origin(doc, f, starts) if members is None else None
        if members is not None:
            sector = members.actor.sector or f.actor.sector
            f = _recoded(f, members.actor.country, sector, RULE)
        elif origin is not None:
            f = _recoded(f, origin.actor.country, f.actor.sector, FROM_RULE)
        result.append(f)
    return result


def _recoded(f: Found, country: str | None, sector: str | None, rule: str) -> Found:
    actor = replace(f.actor, country=country, sector=sector, code=make_code(country, sector))
    return replace(f, actor=actor, rule=rule)


def _origin(doc: Doc, f: Found, starts: dict[int, Found]) -> Found | None:
    if f.actor.country or f.kind != "agent":
        return None
    if f.end + 1 >= len(doc) or doc[f.end].lower_ != "from":
        return None
    origin = starts.get(f.end + 1)
    if origin is None:  # "from *two* American aid groups": a number or article first
        origin = starts.get(f.end + 2) if doc[f.end + 1].pos_ in ("NUM", "DET") else None
    return origin if origin is not None and origin.actor.country else None


def _members(doc: Doc, f: Found, starts: dict[int, Found], groups: frozenset[str]) -> Found | None:
    if f.actor.country or f.kind != "agent" or doc[f.end - 1].lower_ not in groups:
        return None
    if f.end + 1 >= len(doc) or doc[f.end].lower_ != "of":
        return None
    members = starts.get(f.end + 1)
    return members if members is not None and members.actor.country else None
