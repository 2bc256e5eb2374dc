"""War theatres (``data/conflicts/theatres.yaml``): who fights whom where, and when.

A theatre is a war as an experienced coder knows it: the countries it is fought in, its dates,
the state's forces, its dyads by period (the principal one first), the foreign forces fighting
beside a side, who strikes from the air when a report names no one, and the areas its reports
name by words rather than by a province (a desert, a river's bank) where one front was fought.
Parties are codes ("SYRMIL", "SYRREB": a state's forces, a country's rebels) or entry ids of
the actor dictionary ("org.isis"). :func:`load_theatres` reads and checks the file; every
error names the file and the field. The inference rules that use it are in
``tocsin.events.theatre`` (one module a rule), brought together in
``tocsin.events.conflict_context``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from tocsin.errors import DataFileError
from tocsin.models import ActorRef
from tocsin.resources import load_yaml

THEATRES_FILE = "conflicts/theatres.yaml"
CODE = re.compile(r"^(?P<country>[A-Z]{3})(?P<sector>[A-Z]{3})$")
ENTRY = re.compile(r"^[a-z]+\.[a-z0-9.-]+(#[a-z0-9-]+)?$")
# a code with a state sector stands for any of the state's forces (a country named alone, "Syria
# shells …", included); one with REB for the country's rebels and radicals
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
REBEL_SECTORS = frozenset({"REB", "RAD"})
# entries that stand for a place or a population, not a party to the fighting
NOT_PARTIES = ("place.", "population.", "unidentified.")
# entries that name a kind of party rather than one group
GENERIC_ENTRIES = ("agent.", "country.", "theatre.", "place.")


@dataclass(frozen=True)
class Party:
    """A party of a theatre: a ``code`` (country + sector) or a dictionary ``entry`` id."""

    code: str | None = None
    entry: str | None = None

    @property
    def country(self) -> str | None:
        return self.code[:3] if self.code else None

    @property
    def sector(self) -> str | None:
        return self.code[3:] if self.code else None

    def matches(self, actor: ActorRef | None) -> bool:
        """Whether ``actor`` is this party: the same entry (or one of its dated roles), or, for
        a code, an actor of its country whose sector falls in the code's group."""
        if actor is None or (actor.entry or "").startswith(NOT_PARTIES):
            return False
        if self.entry is not None:
            found = actor.entry or ""
            return found == self.entry or found.startswith(self.entry + "#")
        if actor.country != self.country:
            return False
        if self.sector in STATE_SECTORS:
            return actor.sector is None or actor.sector in STATE_SECTORS
        if self.sector in REBEL_SECTORS:
            return actor.sector in REBEL_SECTORS
        return actor.sector == self.sector

    def __str__(self) -> str:
        return self.code or self.entry or "?"


@dataclass(frozen=True)
class Period:
    """Dates a line holds (inclusive; ``None`` is open)."""

    start: date | None = None
    end: date | None = None

    def active(self, when: date) -> bool:
        return (self.start is None or when >= self.start) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Dyad:
    """Two sides fighting in a period; only in the first-level regions ``regions`` (the
    gazetteer's admin-1 names) when they are given."""

    a: Party
    b: Party
    period: Period
    regions: tuple[str, ...] = ()

    def other(self, party: Party) -> Party:
        return self.b if party == self.a else self.a


@dataclass(frozen=True)
class CoBelligerent:
    """Foreign forces fighting beside a side (``beside``), against all its enemies or only
    ``against``."""

    party: Party
    beside: Party
    against: tuple[Party, ...]
    period: Period


@dataclass(frozen=True)
class AirPower:
    """Who strikes from the air in reports naming no one (only those naming ``words``, if any;
    only in the regions ``regions``, if any, where it comes before the lines of no region)."""

    party: Party
    words: tuple[str, ...]
    period: Period
    regions: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalName:
    """Words that in this theatre's reports name one of its parties ("the Kurdish units" in
    Syria: the YPG/SDF), while ``period`` holds."""

    words: tuple[tuple[str, ...], ...]
    party: Party
    period: Period


@dataclass(frozen=True)
class Area:
    """A part of the theatre its reports name by words ("the desert", "east of the Euphrates")
    rather than by a first-level region; while ``period`` holds, a report naming one of its
    ``words`` is in the region ``name`` (for dyads and air power listing it), when its place is
    in one of the first-level regions ``within`` (any, when empty) or it has no place."""

    name: str
    words: tuple[tuple[str, ...], ...]
    period: Period
    within: tuple[str, ...] = ()


@dataclass(frozen=True)
class Theatre:
    id: str
    name: str
    countries: tuple[str, ...]
    period: Period
    state: Party
    dyads: tuple[Dyad, ...]
    co_belligerents: tuple[CoBelligerent, ...] = ()
    air_power: tuple[AirPower, ...] = ()
    areas: tuple[Area, ...] = ()
    names: tuple[LocalName, ...] = ()

    def active(self, when: date, region: str | None = None) -> list[Dyad]:
        """The dyads active on ``when``: those of ``region`` first, then those of no region."""
        dated = [d for d in self.dyads if d.period.active(when)]
        local = [d for d in dated if region is not None and region in d.regions]
        return local + [d for d in dated if not d.regions]

    def principal(self, when: date, region: str | None = None) -> Dyad | None:
        """The principal dyad on ``when`` (in ``region``): the first one active."""
        return next(iter(self.active(when, region)), None)

    def opponent(self, actor: ActorRef, when: date, region: str | None = None) -> Party | None:
        """The principal opponent of ``actor`` on ``when`` (in ``region``): the other side of
        the first active dyad naming its entry, else of the first whose code covers it, else —
        for foreign forces fighting beside a side — the enemy of that side. In a region whose
        own dyads do not name ``actor``, an enemy of it that is a side there comes first
        (:meth:`_regional_enemy`)."""
        active = self.active(when, region)
        held = self._regional_enemy(actor, when, active)
        if held is not None:
            return held
        for by_entry in (True, False):
            for dyad in active:
                for side in (dyad.a, dyad.b):
                    if (side.entry is not None) == by_entry and side.matches(actor):
                        return dyad.other(side)
        for ally in self.co_belligerents:
            if not (ally.period.active(when) and ally.party.matches(actor)):
                continue
            for dyad in active:
                if ally.beside in (dyad.a, dyad.b):
                    enemy = dyad.other(ally.beside)
                    if not ally.against or enemy in ally.against:
                        return enemy
        return None

    def _regional_enemy(self, actor: ActorRef, when: date, active: list[Dyad]) -> Party | None:
        """In a region with dyads of its own none of which names ``actor`` (directly or as
        foreign forces beside a side), the region's side that ``actor`` fights elsewhere: the
        other side of the first dyad of no region naming it (its entry first, then its code)
        whose other side is a side of the region's dyads ("regime forces shell Hajin" east of
        the Euphrates, where the SDF and the Islamic State fight: the Islamic State, not the
        rebels); None when the region has no dyad of its own, names ``actor``, or holds none of
        its enemies."""
        local = [d for d in active if d.regions]
        if not local:
            return None
        sides = [side for d in local for side in (d.a, d.b)]
        allies = [
            a for a in self.co_belligerents if a.period.active(when) and a.party.matches(actor)
        ]
        if any(side.matches(actor) for side in sides) or any(a.beside in sides for a in allies):
            return None
        wider = [d for d in active if not d.regions]
        for by_entry in (True, False):
            for dyad in wider:
                for side in (dyad.a, dyad.b):
                    if (side.entry is not None) == by_entry and side.matches(actor):
                        enemy = dyad.other(side)
                        if enemy in sides:
                            return enemy
        for ally in allies:
            for dyad in wider:
                if ally.beside in (dyad.a, dyad.b):
                    enemy = dyad.other(ally.beside)
                    if enemy in sides and (not ally.against or enemy in ally.against):
                        return enemy
        return None

    def fight(self, actor: ActorRef, other: ActorRef, when: date, distinct: bool = False) -> bool:
        """Whether ``actor`` and ``other`` are the two sides of a dyad active on ``when`` (in any
        region), each directly or as foreign forces fighting beside a side; never one party. A
        kind of party ("gunmen") is taken for any group of its code, unless ``distinct`` (words
        that name the country's rebel factions, never one of its other groups)."""
        if _same(actor, other, distinct):
            return False
        mine, theirs = self._sides(actor, when), self._sides(other, when)
        for dyad in self.dyads:
            if not dyad.period.active(when):
                continue
            for one, two in ((dyad.a, dyad.b), (dyad.b, dyad.a)):
                if any(
                    side == one and (not against or two in against) for side, against in mine
                ) and any(
                    side == two and (not against or one in against) for side, against in theirs
                ):
                    return True
        return False

    def _sides(self, actor: ActorRef, when: date) -> list[tuple[Party, tuple[Party, ...]]]:
        """The dyad sides ``actor`` is, or fights beside (against only some of their enemies,
        for foreign forces so listed), on ``when``."""
        sides: list[tuple[Party, tuple[Party, ...]]] = [
            (side, ())
            for dyad in self.dyads
            if dyad.period.active(when)
            for side in (dyad.a, dyad.b)
            if side.matches(actor)
        ]
        sides.extend(
            (a.beside, a.against)
            for a in self.co_belligerents
            if a.period.active(when) and a.party.matches(actor)
        )
        return sides

    def fights_locally(self, actor: ActorRef, when: date, region: str | None) -> bool:
        """Whether ``actor`` is a side of a dyad of ``region`` active on ``when``: the group
        that held or besieged that front then, whose enemy there is known."""
        if region is None:
            return False
        return any(
            region in d.regions and (d.a.matches(actor) or d.b.matches(actor))
            for d in self.dyads
            if d.period.active(when)
        )

    def in_region(self, actor: ActorRef, when: date, region: str | None) -> bool:
        """Whether ``actor`` is a side of a dyad of ``region`` active on ``when``, or foreign
        forces fighting beside one."""
        if region is None:
            return False
        sides = [
            side
            for d in self.dyads
            if region in d.regions and d.period.active(when)
            for side in (d.a, d.b)
        ]
        if any(side.matches(actor) for side in sides):
            return True
        return any(
            a.period.active(when) and a.party.matches(actor) and a.beside in sides
            for a in self.co_belligerents
        )

    def fights_beside_state(self, actor: ActorRef, when: date) -> bool:
        """Whether ``actor`` is the state's forces or foreign forces fighting beside them."""
        if self.state.matches(actor):
            return True
        return any(
            a.period.active(when) and a.beside == self.state and a.party.matches(actor)
            for a in self.co_belligerents
        )

    def air_attacker(
        self,
        words: Iterable[str],
        when: date,
        region: str | None = None,
        air_words: Iterable[str] | None = None,
    ) -> Party | None:
        """Who strikes from the air on ``when`` in a report naming ``words`` (in ``region``:
        its own lines first). A line with no words of its own takes any of ``air_words`` (all of
        ``words`` when not given); a line with words, only those ("missile" in Ukraine)."""
        named = set(words)
        general = named if air_words is None else named & set(air_words)
        lines = [a for a in self.air_power if region is not None and region in a.regions]
        lines += [a for a in self.air_power if not a.regions]
        for line in lines:
            if line.period.active(when) and (named & set(line.words) if line.words else general):
                return line.party
        return None


@dataclass(frozen=True)
class Theatres:
    """Every theatre, the words that name attacks from the air, and the names of sectors; the
    codes and words that tell fighting, remote force and one-sided killing apart."""

    theatres: tuple[Theatre, ...]
    air_power_words: tuple[str, ...]
    sector_names: Mapping[str, str]
    civilian_target_words: tuple[str, ...] = ()
    fighting_codes: tuple[str, ...] = ()
    covert_codes: tuple[str, ...] = ()
    armed_group_words: tuple[str, ...] = ()
    remote_force_codes: tuple[str, ...] = ()
    remote_force_words: tuple[str, ...] = ()
    ground_codes: tuple[str, ...] = ()
    front_codes: tuple[str, ...] = ()
    one_sided_words: tuple[str, ...] = ()
    toll_codes: tuple[str, ...] = ()
    blast_codes: tuple[str, ...] = ()
    stray_blast_codes: tuple[str, ...] = ()
    capture_codes: tuple[str, ...] = ()
    holder_words: tuple[str, ...] = ()
    holder_nouns: tuple[str, ...] = ()
    state_remote_words: tuple[str, ...] = ()
    communal_words: tuple[str, ...] = ()

    def at(self, country: str | None, when: date | None) -> Theatre | None:
        """The theatre fought in ``country`` on ``when``, if any."""
        if not country or when is None:
            return None
        return next(
            (t for t in self.theatres if country in t.countries and t.period.active(when)), None
        )

    def countries_at_war(self, when: date) -> frozenset[str]:
        """The countries of every theatre fought on ``when``."""
        return frozenset(c for t in self.theatres if t.period.active(when) for c in t.countries)

    def parties(self) -> Iterable[tuple[str, Party]]:
        """Every party with the field it is written in (for checks against the dictionary)."""
        for i, t in enumerate(self.theatres):
            yield f"theatres[{i}] ({t.id}).state", t.state
            for j, d in enumerate(t.dyads):
                yield f"theatres[{i}] ({t.id}).dyads[{j}].a", d.a
                yield f"theatres[{i}] ({t.id}).dyads[{j}].b", d.b
            for j, c in enumerate(t.co_belligerents):
                where = f"theatres[{i}] ({t.id}).co_belligerents[{j}]"
                yield f"{where}.party", c.party
                yield f"{where}.beside", c.beside
                for k, p in enumerate(c.against):
                    yield f"{where}.against[{k}]", p
            for j, a in enumerate(t.air_power):
                yield f"theatres[{i}] ({t.id}).air_power[{j}].party", a.party
            for j, n in enumerate(t.names):
                yield f"theatres[{i}] ({t.id}).names[{j}].party", n.party

    def check(self, entries: Iterable[str], states: Iterable[str]) -> None:
        """Refuse a party whose entry the actor dictionary lacks or whose country is no state."""
        known, countries = set(entries), set(states)
        for where, party in self.parties():
            if party.entry is not None and party.entry not in known:
                raise DataFileError(
                    f"{THEATRES_FILE}: {where}: {party.entry!r} is not an actor dictionary entry"
                )
            if party.country is not None and party.country not in countries:
                raise DataFileError(f"{THEATRES_FILE}: {where}: {party.code!r} names no state")
        for i, t in enumerate(self.theatres):
            for country in t.countries:
                if country not in countries:
                    raise DataFileError(
                        f"{THEATRES_FILE}: theatres[{i}] ({t.id}).countries: "
                        f"{country!r} is no state"
                    )


def _same(a: ActorRef, b: ActorRef, distinct: bool = False) -> bool:
    """Whether two actors are one party: the same named entry (a dated role included), else the
    same code (for a named group and a kind of party only when not ``distinct``)."""
    named = [(x.entry or "").split("#")[0] for x in (a, b) if not _generic(x)]
    if len(named) == 2:
        return named[0] == named[1]
    if named and distinct:
        return False
    return a.code is not None and a.code == b.code


def _generic(actor: ActorRef) -> bool:
    """An actor resolved to a kind of party (an agent, a country, a theatre's stand-in)."""
    return actor.entry is None or actor.entry.startswith(GENERIC_ENTRIES)


def load_theatres(data: dict[str, Any] | None = None) -> Theatres:
    """The bundled theatres (or those of ``data``, a parsed file of the same form), checked."""
    data = load_yaml(THEATRES_FILE) if data is None else data
    reader = _Reader()
    words = reader.words(data.get("air_power_words"), "air_power_words")
    names = data.get("sector_names") or {}
    if not isinstance(names, dict):
        raise DataFileError(f"{THEATRES_FILE}: sector_names: expected a mapping")
    items = data.get("theatres")
    if not isinstance(items, list) or not items:
        raise DataFileError(f"{THEATRES_FILE}: theatres: expected a non-empty list")
    theatres = tuple(reader.theatre(item, f"theatres[{i}]") for i, item in enumerate(items))
    seen: set[str] = set()
    for theatre in theatres:
        if theatre.id in seen:
            raise DataFileError(f"{THEATRES_FILE}: theatres: duplicate id {theatre.id!r}")
        seen.add(theatre.id)
    return Theatres(
        theatres,
        words,
        {str(k): str(v) for k, v in names.items()},
        reader.words(data.get("civilian_target_words"), "civilian_target_words"),
        tuple(str(c) for c in reader.listed(data.get("fighting_codes"), "fighting_codes")),
        tuple(str(c) for c in reader.listed(data.get("covert_codes"), "covert_codes")),
        reader.words(data.get("armed_group_words"), "armed_group_words"),
        reader.codes(data.get("remote_force_codes"), "remote_force_codes"),
        reader.words(data.get("remote_force_words"), "remote_force_words"),
        reader.codes(data.get("ground_codes"), "ground_codes"),
        reader.codes(data.get("front_codes"), "front_codes"),
        reader.words(data.get("one_sided_words"), "one_sided_words"),
        tuple(str(c) for c in reader.listed(data.get("toll_codes"), "toll_codes")),
        tuple(str(c) for c in reader.listed(data.get("blast_codes"), "blast_codes")),
        tuple(str(c) for c in reader.listed(data.get("stray_blast_codes"), "stray_blast_codes")),
        tuple(str(c) for c in reader.listed(data.get("capture_codes"), "capture_codes")),
        reader.words(data.get("holder_words"), "holder_words"),
        reader.words(data.get("holder_nouns"), "holder_nouns"),
        reader.words(data.get("state_remote_words"), "state_remote_words"),
        reader.words(data.get("communal_words"), "communal_words"),
    )


class _Reader:
    """Builds the file's objects, raising :class:`DataFileError` naming the field."""

    def theatre(self, item: Any, where: str) -> Theatre:
        if not isinstance(item, dict):
            raise DataFileError(f"{THEATRES_FILE}: {where}: expected a mapping")
        for key in ("id", "name", "countries", "start", "state", "dyads"):
            if key not in item:
                raise DataFileError(f"{THEATRES_FILE}: {where}: missing field {key!r}")
        where = f"{where} ({item['id']})"
        countries = item["countries"]
        if not isinstance(countries, list) or not countries:
            raise DataFileError(f"{THEATRES_FILE}: {where}.countries: expected a list of codes")
        for country in countries:
            if not (isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)):
                raise DataFileError(
                    f"{THEATRES_FILE}: {where}.countries: {country!r} is no ISO 3166-1 alpha-3 code"
                )
        state = self.party(item["state"], f"{where}.state")
        dyads = tuple(
            Dyad(
                self.party(d.get("a"), f"{where}.dyads[{j}].a"),
                self.party(d.get("b"), f"{where}.dyads[{j}].b"),
                self.period(d, f"{where}.dyads[{j}]"),
                self.names(d.get("regions"), f"{where}.dyads[{j}].regions"),
            )
            for j, d in enumerate(self.mappings(item["dyads"], f"{where}.dyads", required=True))
        )
        allies = tuple(
            CoBelligerent(
                self.party(c.get("party"), f"{where}.co_belligerents[{j}].party"),
                self.party(c.get("beside", item["state"]), f"{where}.co_belligerents[{j}].beside"),
                tuple(
                    self.party(p, f"{where}.co_belligerents[{j}].against")
                    for p in self.listed(c.get("against"), f"{where}.co_belligerents[{j}].against")
                ),
                self.period(c, f"{where}.co_belligerents[{j}]"),
            )
            for j, c in enumerate(
                self.mappings(item.get("co_belligerents"), f"{where}.co_belligerents")
            )
        )
        air = tuple(
            AirPower(
                self.party(a.get("party"), f"{where}.air_power[{j}].party"),
                self.words(a.get("words"), f"{where}.air_power[{j}].words"),
                self.period(a, f"{where}.air_power[{j}]"),
                self.names(a.get("regions"), f"{where}.air_power[{j}].regions"),
            )
            for j, a in enumerate(self.mappings(item.get("air_power"), f"{where}.air_power"))
        )
        areas = tuple(
            Area(
                self.names([a.get("name")], f"{where}.areas[{j}].name")[0],
                tuple(
                    tuple(w.split())
                    for w in self.words(a.get("words"), f"{where}.areas[{j}].words")
                ),
                self.period(a, f"{where}.areas[{j}]"),
                self.names(a.get("within"), f"{where}.areas[{j}].within"),
            )
            for j, a in enumerate(self.mappings(item.get("areas"), f"{where}.areas"))
        )
        names = tuple(
            LocalName(
                tuple(
                    tuple(w.split())
                    for w in self.words(n.get("words"), f"{where}.names[{j}].words")
                ),
                self.party(n.get("party"), f"{where}.names[{j}].party"),
                self.period(n, f"{where}.names[{j}]"),
            )
            for j, n in enumerate(self.mappings(item.get("names"), f"{where}.names"))
        )
        for j, area in enumerate(areas):
            if not area.words:
                raise DataFileError(f"{THEATRES_FILE}: {where}.areas[{j}].words: expected words")
        return Theatre(
            id=str(item["id"]),
            name=str(item["name"]),
            countries=tuple(countries),
            period=self.period(item, where),
            state=state,
            dyads=dyads,
            co_belligerents=allies,
            air_power=air,
            areas=areas,
            names=names,
        )

    @staticmethod
    def party(value: Any, where: str) -> Party:
        if isinstance(value, str) and CODE.match(value):
            return Party(code=value)
        if isinstance(value, str) and ENTRY.match(value):
            return Party(entry=value)
        raise DataFileError(
            f"{THEATRES_FILE}: {where}: {value!r} is neither a code (SYRMIL) "
            "nor an entry id (org.isis)"
        )

    @staticmethod
    def period(item: dict[str, Any], where: str) -> Period:
        bounds = []
        for key in ("start", "end"):
            value = item.get(key)
            if value is None or isinstance(value, date):
                bounds.append(value)
                continue
            try:
                bounds.append(date.fromisoformat(str(value)))
            except ValueError as exc:
                raise DataFileError(
                    f"{THEATRES_FILE}: {where}.{key}: {value!r} is no ISO date"
                ) from exc
        start, end = bounds
        if start is not None and end is not None and end < start:
            raise DataFileError(f"{THEATRES_FILE}: {where}: end {end} is before start {start}")
        return Period(start, end)

    @staticmethod
    def mappings(value: Any, where: str, required: bool = False) -> list[dict[str, Any]]:
        if value is None and not required:
            return []
        if not isinstance(value, list) or (required and not value):
            raise DataFileError(f"{THEATRES_FILE}: {where}: expected a non-empty list")
        for item in value:
            if not isinstance(item, dict):
                raise DataFileError(f"{THEATRES_FILE}: {where}: {item!r} is not a mapping")
        return value

    @staticmethod
    def listed(value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise DataFileError(f"{THEATRES_FILE}: {where}: expected a list")
        return value

    def codes(self, value: Any, where: str) -> tuple[str, ...]:
        return tuple(str(c) for c in self.listed(value, where))

    def names(self, value: Any, where: str) -> tuple[str, ...]:
        items = self.listed(value, where)
        if any(not isinstance(w, str) or not w.strip() for w in items):
            raise DataFileError(f"{THEATRES_FILE}: {where}: names must be non-empty strings")
        return tuple(w.strip() for w in items)

    def words(self, value: Any, where: str) -> tuple[str, ...]:
        items = self.listed(value, where)
        if any(not isinstance(w, str) or not w.strip() for w in items):
            raise DataFileError(f"{THEATRES_FILE}: {where}: words must be non-empty strings")
        return tuple(" ".join(w.lower().split()) for w in items)
