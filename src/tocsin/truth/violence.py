"""Deadly events of a truth file (UCDP GED or ACLED) in one form: when, where, which family.

Each event is placed in the units tocsin warns about (:mod:`tocsin.signals.levels`): the conflict
family inside the country where it happened (state forces vs rebels, state forces vs named
groups, violence against civilians, armed groups against each other) and, for fighting between
two states, their country pair. Sides are read as UCDP and ACLED name them: "Government of X" /
"Military Forces of X" are X's state forces, "X insurgents" / rebel groups are X's rebels,
"Civilians" are civilians, any other name is a named armed group — unless tocsin's own actor
dictionary reads it as a country's rebels (the Taliban, the PKK: :mod:`tocsin.truth.named`), as
tocsin reads them in its records.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tocsin.countries import countries
from tocsin.errors import InputError
from tocsin.signals.levels import Side, Sides, Unit, bundled_sides
from tocsin.truth.acled import AcledEvent, is_acled_header, read_acled
from tocsin.truth.named import NamedSides
from tocsin.truth.ucdp import GedEvent, is_ged_header, read_ged

_GOVERNMENT = re.compile(r"^Government of (?P<country>.+)$")
_INSURGENTS = re.compile(r"^(?P<country>.+?) insurgents$")
_STATE_FORCES = re.compile(r"^(?:Military|Police) Forces of (?P<country>[^(]+)")
_UNIDENTIFIED = "unidentified"  # ACLED's "Unidentified Armed Group (Nigeria)"


@dataclass(frozen=True)
class DeadlyEvent:
    """One event of a truth file, reduced to what onsets need."""

    id: str
    day: date
    deaths: int
    dated_to_day: bool  # False: the deaths span weeks or months (left out of weekly counts)
    country: str | None  # ISO alpha-3 of where it happened
    family: str | None
    pair: str | None  # "ISR–SYR" for fighting between two states

    def units(self) -> list[Unit]:
        """The units this event's deaths count in (country, family, pair)."""
        found = []
        if self.country:
            found.append(Unit("country", self.country, self.country))
            if self.family:
                found.append(
                    Unit("family", f"{self.country}:{self.family}", self.country, self.family)
                )
        if self.pair:
            found.append(Unit("pair", self.pair))
        return found


@dataclass(frozen=True)
class Truth:
    """The deadly events of a truth file and what kind of file it was."""

    source: str  # "UCDP GED" or "ACLED"
    path: str
    events: tuple[DeadlyEvent, ...]

    @property
    def first_day(self) -> date:
        return min(e.day for e in self.events)

    @property
    def last_day(self) -> date:
        return max(e.day for e in self.events)


def _ged_side(name: str, country: str | None, when: date, named: NamedSides | None) -> Side:
    member = name.split(",")[0].strip()
    table = countries()
    if match := _GOVERNMENT.match(member):
        code = table.code(match["country"])
        if code:
            return Side("state", code, code)
    if match := _INSURGENTS.match(member):
        code = table.code(match["country"]) or country
        if code:
            return Side("rebels", code, f"{code}/REB")
    if member.casefold() == "civilians" and country:
        return Side("civilians", country, f"{country}/CVL")
    if named is not None and (side := named.side(member, when)) is not None:
        return side
    if named is not None and country and not named.knows(member, when):
        # a group the dictionary does not know: its country's rebels, as tocsin codes the
        # fighters of a group it cannot name, not a named group of its own
        return Side("rebels", country, f"{country}/REB")
    return Side("group", None, member)


def _family(
    a: Side | None, b: Side | None, sides: Sides, where: str | None, when: date, pair: str | None
) -> str | None:
    """The conflict family of an ACLED row, its sides read as tocsin's records are: foreign
    forces fighting beside a local side count as that side (:meth:`Sides.beside`), even where
    the row, naming two states, is also a pair. (GED names the primary parties of each
    conflict, the supporters folded into them, so its rows need no such reading.)"""
    local_a, local_b = sides.beside(a, b, where, when), sides.beside(b, a, where, when)
    if pair and (local_a, local_b) == (a, b):
        return None
    return sides.family(local_a, local_b)


def _pair(a: Side, b: Side, sides: Sides) -> str | None:
    pair = sides.units(a, b)
    found = [u for u in pair if u.level == "pair"]
    if found and a.kind == "state" and b.kind == "state":
        return found[0].key
    return None


def from_ged(
    events: Iterable[GedEvent], country: str | None = None, named: NamedSides | None = None
) -> list[DeadlyEvent]:
    """GED events as deadly events; ``country`` is where they happened when rows do not say;
    ``named`` reads named groups as tocsin's dictionary does (else each is a group of its own)."""
    sides = bundled_sides()
    table = countries()
    out = []
    for event in events:
        where = country or table.code(event.country)
        a = sides.local(_ged_side(event.side_a, where, event.date_start, named), where)
        b = sides.local(_ged_side(event.side_b, where, event.date_start, named), where)
        if event.type_of_violence == 3:
            b = Side("civilians", where, f"{where}/CVL")
        pair = _pair(a, b, sides)
        out.append(
            DeadlyEvent(
                id=f"ged-{event.id}",
                day=event.date_start,
                deaths=event.best,
                dated_to_day=event.dated_to_day,
                country=where,
                # GED names the primary parties: a foreign state it names fought for itself
                family=None if pair else sides.family(a, b),
                pair=pair,
            )
        )
    return out


def _acled_side(
    name: str, inter: int | None, country: str | None, when: date, named: NamedSides | None
) -> Side | None:
    table = countries()
    if match := _STATE_FORCES.match(name):
        code = table.code(match["country"].strip())
        if code:
            return Side("state", code, code)
    if name.casefold().startswith(_UNIDENTIFIED) and country:
        # "Unidentified Armed Group (Nigeria)": an attacker nobody named, as tocsin keeps the
        # attackers it infers (no conflict family; tocsin.signals.levels)
        return Side("unidentified", country, f"{country}/UNID")
    if inter in (2, 3, 4, 8) and named is not None and (side := named.side(name, when)):
        return side
    if inter == 1 and country:
        return Side("state", country, country)
    if inter == 2 and country:
        return Side("rebels", country, f"{country}/REB")
    if inter in (3, 4, 8):
        return Side("group", None, name)
    if inter == 7 and country:
        return Side("civilians", country, f"{country}/CVL")
    return None


def from_acled(events: Iterable[AcledEvent], named: NamedSides | None = None) -> list[DeadlyEvent]:
    """ACLED's organised violence (battles, remote violence, violence against civilians);
    ``named`` reads named groups as tocsin's dictionary does (else by ACLED's actor type)."""
    sides = bundled_sides()
    table = countries()
    out = []
    for event in events:
        if not event.violent:
            continue
        where = table.code(event.country)
        a = sides.local(_acled_side(event.actor1, event.inter1, where, event.date, named), where)
        b = sides.local(_acled_side(event.actor2, event.inter2, where, event.date, named), where)
        if event.event_type == "Violence against civilians":
            b = Side("civilians", where, f"{where}/CVL")
        pair = _pair(a, b, sides) if a and b else None
        out.append(
            DeadlyEvent(
                id=f"acled-{event.id}",
                day=event.date,
                deaths=event.fatalities,
                dated_to_day=event.dated_to_day,
                country=where,
                family=_family(a, b, sides, where, event.date, pair),
                pair=pair,
            )
        )
    return out


def export_country(events: Iterable[GedEvent]) -> str | None:
    """The country most of a GED export's conflicts name (for exports without a country column)."""
    table = countries()
    counts = Counter(code for e in events if (code := table.code(e.country)))
    return counts.most_common(1)[0][0] if counts else None


def read_truth(path: str | Path, named: NamedSides | None = None) -> Truth:
    """Read a UCDP GED or ACLED CSV export (told apart by their columns); ``named`` reads its
    named armed groups as tocsin's dictionary does (:mod:`tocsin.truth.named`)."""
    file = Path(path)
    try:
        with file.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except OSError as exc:
        raise InputError(f"{file}: cannot read the truth file: {exc}") from exc
    if is_ged_header(header):
        ged = list(read_ged(file))
        has_country = "country" in {c.strip().lower() for c in header}
        country = None if has_country else export_country(ged)
        events = from_ged(ged, country, named)
        source = "UCDP GED"
    elif is_acled_header(header):
        events = from_acled(read_acled(file), named)
        source = "ACLED"
    else:
        raise InputError(
            f"{file}: not a UCDP GED or ACLED CSV export (see docs/warning.md for the columns)"
        )
    if not events:
        raise InputError(f"{file}: no events of organised violence")
    return Truth(source=source, path=str(file), events=tuple(events))
