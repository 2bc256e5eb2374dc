"""Dyads at the three levels an analyst reads: country pair, conflict family, fine dyad.

A party (country key and sector, as incidents keep them) is rolled up into a :class:`Side`:
SYR/GOV, SYR/MIL and SYR/UAF are all Syrian state forces (``SYR``); a rebel coalition and its
member groups share a country and sector, so they are one rebel side (``SYR/REB``); a named
group without a country (``IMGSUN``) is an armed group of its own. Two sides then give
:class:`Unit` s: the **pair** of their countries when they differ (``ARM–AZE``), the **family**
of conflict inside the country where it happened (``SYR:state-rebels``) and the **dyad** of the
two sides (``IMGSUN–SYR``; fighting between armed sides is symmetric and counted once, violence
against civilians keeps its direction: ``SYR→SYR/CVL``). The kinds and families are data
(``signals/sides.yaml``).

A named group that has a **branch** in the country where it fights is that branch there: the
actor dictionary's ``org.isis#west-africa-province`` (Nigeria's rebels) makes the Islamic State
in Nigeria ``NGA/REB``, whether a report names "ISWAP" or "the Islamic State", as UCDP's "IS" in
Nigeria is the same fighters (:meth:`Sides.local`). The branches are read from the bundled
actor dictionary (``actors/armed_groups.yaml``: an entry id with "#" is a branch of the entry
before it), each in its own country and in the countries of the wars whose sides name it
(``conflicts/theatres.yaml``). So is a group of one country that a war of another names as
fighting that country's state: JNIM, coded in Mali, is Burkina Faso's rebels in Burkina Faso
(the war there pairs Burkina Faso's forces with it), as UCDP counts its fighting in Burkina
Faso's conflict; without it, its attacks there made a country pair "Burkina Faso – Mali" that
no two states fought. A group a war names as fought by another state (the PKK, Turkey's
rebels, struck by Turkey in Iraq) stays of its own country.

Foreign forces that fight beside a local non-state side count, in the conflict **family**, as
that side (:meth:`Sides.beside`): UCDP makes a state that fights for one side of another
country's conflict a secondary warring party of that side, and counts the fighting in the
side's conflict, so the US-led coalition's air strikes on the Islamic State in Syria fall in
the SDF's fight with it (non-state), and Russia's forces in the Donbas before 2022 in the
separatists' war with Ukraine's (state forces vs rebels). The table (``supporters`` in
``signals/sides.yaml``) names who, where, beside which side, against whom and when; the pair
and the fine dyad keep the foreign forces as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from tocsin.countries import Countries, countries
from tocsin.resources import load_yaml

LOCAL_KINDS = frozenset({"group", "rebels"})  # sides that may fight as another country's own
STATE_SECTORS = frozenset({"MIL", "GOV"})  # a war's state side, as theatres write it (BFAMIL)
REBEL_SECTORS = frozenset({"REB", "RAD", "INS"})

LEVELS = ("pair", "family", "dyad")
"""Dyad levels, from the widest to the finest."""

ARMED = frozenset({"state", "rebels", "group", "criminals"})
FORCES = frozenset({"MIL", "GOV", "COP", "SPY"})  # sectors of an organisation's armed forces


@dataclass(frozen=True)
class Side:
    """One side of a dyad after the roll-up."""

    kind: str | None  # state, rebels, group, civilians, criminals; None for others (IGOs, media …)
    country: str | None  # ISO alpha-3 country, None for a group without one
    code: str  # SYR (its state), SYR/REB, SYR/CVL, IMGSUN, UN …

    @property
    def armed(self) -> bool:
        return self.kind in ARMED


@dataclass(frozen=True)
class Unit:
    """A dyad at one level: what signals, forecasts and alerts are computed for."""

    level: str  # pair, family, dyad
    key: str  # ARM–AZE, SYR:state-rebels, IMGSUN–SYR, SYR→SYR/CVL
    country: str | None = None  # the family's country
    family: str | None = None  # the family (also set on a dyad that belongs to one)
    parent: str | None = None  # a fine dyad's family or pair key, for scoring

    @property
    def id(self) -> str:
        """Unique across levels (a pair and the dyad of two states share their key)."""
        return f"{self.level}:{self.key}"

    @property
    def sides(self) -> tuple[str, str]:
        """The two names the alert record keeps as actor and recipient."""
        if self.level == "family":
            return (self.country or "?", self.family or "?")
        for separator in ("→", "–"):
            if separator in self.key:
                first, second = self.key.split(separator, 1)
                return first, second
        return self.key, ""

    def to_dict(self) -> dict[str, str | None]:
        return {
            "level": self.level,
            "key": self.key,
            "country": self.country,
            "family": self.family,
            "parent": self.parent,
            "label": label(self),
        }


@dataclass(frozen=True)
class Family:
    id: str
    label: str
    sides: frozenset[tuple[str | None, str | None]]
    not_codes: frozenset[str] = frozenset()  # CAMEO prefixes of acts that make no such family


@dataclass(frozen=True)
class Supporter:
    """A state's (or an organisation's) forces counted, in one country's conflict families, as
    the local side they fight beside."""

    who: str  # the state (ISO alpha-3), or the organisation's code (AU)
    country: str  # where it fights beside the side
    sector: str  # the local side's sector in that country (REB: the SDF, the separatists)
    against: frozenset[str]  # side codes of the enemies it fights there as that side
    since: date | None = None
    until: date | None = None

    def applies(self, side: Side, enemy: Side, country: str | None, when: date | None) -> bool:
        key, _, sector = side.code.partition("/")
        # a state's forces, or an organisation's (the African Union's troops: AU/MIL)
        forces = side.kind == "state" or (side.kind is None and sector in FORCES)
        return (
            forces
            and key == self.who
            and country == self.country
            and enemy.code in self.against
            and when is not None  # an undated act keeps its forces as they are
            and (self.since is None or when >= self.since)
            and (self.until is None or when <= self.until)
        )


@dataclass(frozen=True)
class Sides:
    """How sectors roll up into kinds of sides, and which kinds make which conflict family."""

    kinds: dict[str, str]  # sector → kind
    kind_labels: dict[str, str]
    families: tuple[Family, ...]
    table: Countries
    # (a named group's code, a country) → the sector of its branch there
    branches: dict[tuple[str, str], str] = field(default_factory=dict)
    supporters: tuple[Supporter, ...] = ()

    @classmethod
    def load(
        cls,
        path: str = "signals/sides.yaml",
        groups: str | None = "actors/armed_groups.yaml",
        theatres: str = "conflicts/theatres.yaml",
    ) -> Sides:
        data = load_yaml(path)
        table = countries()
        branches = (
            branches_of(load_yaml(groups)["groups"], table, load_yaml(theatres)["theatres"])
            if groups
            else {}
        )
        kinds = {sector: kind for kind, sectors in data["kinds"].items() for sector in sectors}
        families = tuple(
            Family(
                id=row["id"],
                label=row["label"],
                sides=frozenset(
                    pair
                    for a, b in row["sides"]
                    for pair in (((a, b),) if row.get("directed") else ((a, b), (b, a)))
                ),
                not_codes=frozenset(str(code) for code in row.get("not_codes", ())),
            )
            for row in data["families"]
        )
        supporters = tuple(
            Supporter(
                who=row["who"],
                country=row["in"],
                sector=row["as"],
                against=frozenset(row["against"]),
                since=_day(row.get("since")),
                until=_day(row.get("until")),
            )
            for row in data.get("supporters") or ()
        )
        return cls(kinds, dict(data["labels"]), families, table, branches, supporters)

    def side(self, key: str | None, sector: str | None) -> Side | None:
        """The rolled-up side of a party (``None`` when the party is unknown)."""
        if not key:
            return None
        kind = self.kinds.get(sector or "")
        if self.table.is_country(key):
            if sector is None:
                return Side("state", key, key)
            if kind == "state":
                return Side("state", key, key)
            return Side(kind, key, f"{key}/{sector}")
        if kind == "rebels":
            return Side("group", None, key)
        return Side(None, None, key if sector is None else f"{key}/{sector}")

    def local(self, side: Side | None, country: str | None) -> Side | None:
        """``side`` as it fights in ``country``: a named group's branch there when it has one
        (the Islamic State in Nigeria is ``NGA/REB``), or a foreign group's place among that
        country's rebels (JNIM in Burkina Faso is ``BFA/REB``), else ``side`` itself."""
        if side is None or side.kind not in LOCAL_KINDS or not country:
            return side
        sector = self.branches.get((side.code, country))
        return side if sector is None else self.side(country, sector)

    def beside(
        self, side: Side | None, enemy: Side | None, country: str | None, when: date | None
    ) -> Side | None:
        """``side`` as the conflict families count it against ``enemy`` in ``country``: the
        local side it fights beside there (:class:`Supporter`), else ``side`` itself."""
        if side is None or enemy is None:
            return side
        for supporter in self.supporters:
            if supporter.applies(side, enemy, country, when):
                return self.side(supporter.country, supporter.sector)
        return side

    def family(self, a: Side | None, b: Side | None, cameo: str | None = None) -> str | None:
        """The conflict family two sides make, ``a`` acting on ``b`` (``None`` when they make
        none; a directed family counts only its own order: civilians are its victims), for an
        act of CAMEO code ``cameo`` when known (a family may leave some acts out)."""
        pair = (a.kind if a else None, b.kind if b else None)
        for family in self.families:
            if pair in family.sides:
                left_out = cameo and any(cameo.startswith(c) for c in family.not_codes)
                return None if left_out else family.id
        return None

    def family_label(self, family: str) -> str:
        return next((f.label for f in self.families if f.id == family), family)

    def units(
        self,
        actor: Side | None,
        recipient: Side | None,
        place_country: str | None = None,
        conflict: bool = True,
        cameo: str | None = None,
        when: date | None = None,
    ) -> tuple[Unit, ...]:
        """The pair, family and fine-dyad units an incident between two sides counts in.

        ``conflict`` is False for cooperation: it counts in pairs and dyads but not in the
        family of violence against civilians. ``cameo`` is the act's code: shelling and air
        strikes on civilians make no family of violence against civilians (``not_codes``).
        ``when`` is the incident's day, for the foreign forces counted beside a local side.
        """
        found: list[Unit] = []
        where = self._where(actor, recipient, place_country)
        actor, recipient = self.local(actor, where), self.local(recipient, where)
        pair = self._pair(actor, recipient)
        if pair is not None:
            found.append(pair)
        family = self.family(
            self.beside(actor, recipient, where, when),
            self.beside(recipient, actor, where, when),
            cameo,
        )
        if family == "one-sided" and not conflict:
            family = None
        country = self._where(actor, recipient, place_country) if family else None
        if family and country:
            found.append(Unit("family", f"{country}:{family}", country, family))
        if actor is not None and recipient is not None and actor.code != recipient.code:
            if actor.armed and recipient.armed:
                key = "–".join(sorted((actor.code, recipient.code)))
            else:
                key = f"{actor.code}→{recipient.code}"
            parent = f"{country}:{family}" if family and country else (pair.key if pair else None)
            found.append(Unit("dyad", key, country, family, parent))
        return tuple(found)

    def _pair(self, actor: Side | None, recipient: Side | None) -> Unit | None:
        if actor is None or recipient is None or not actor.country or not recipient.country:
            return None
        if actor.country == recipient.country or "state" not in (actor.kind, recipient.kind):
            return None
        first, second = sorted((actor.country, recipient.country))
        return Unit("pair", f"{first}–{second}")

    def _where(self, a: Side | None, b: Side | None, place_country: str | None) -> str | None:
        """The family's country: where it happened, else the non-state side's, else the state's."""
        if self.table.is_country(place_country):
            return place_country
        sides = [s for s in (a, b) if s is not None and s.country]
        for kinds in (("rebels", "criminals", "civilians"), ("state",)):
            for side in sides:
                if side.kind in kinds:
                    return side.country
        return None

    def side_label(self, code: str) -> str:
        """ "Syrian state forces", "Syrian rebels", "IMGSUN" for a side code."""
        key, _, sector = code.partition("/")
        if not self.table.is_country(key):
            return code
        adjective = self.table.adjective(key)
        kind = "state" if not sector else self.kinds.get(sector)
        return f"{adjective} {self.kind_labels[kind]}" if kind else f"{adjective} {sector}"

    def label(self, unit: Unit) -> str:
        """The words an analyst reads for a unit."""
        if unit.level == "pair":
            first, second = unit.key.split("–", 1)
            return f"{self.table.name(first)} – {self.table.name(second)}"
        if unit.level == "family":
            name = self.table.name(unit.country) if unit.country else "?"
            return f"{name}: {self.family_label(unit.family or '')}"
        first, second = unit.sides
        arrow = " → " if "→" in unit.key else " – "
        return self.side_label(first) + arrow + self.side_label(second)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def branches_of(
    groups: list[dict[str, Any]], table: Countries, theatres: Sequence[dict[str, Any]] = ()
) -> dict[tuple[str, str], str]:
    """(group code, country) → branch sector, from actor dictionary entries whose id names a
    branch (``org.isis#west-africa-province``) of an entry coded as no country (``IMGSUN``):
    in the branch's own country, and in every country of a war whose sides name it (the
    Islamic State Sahel Province, coded in Mali, fights Burkina Faso's and Niger's forces)."""
    rows = {str(row["id"]): row for row in groups}
    found: dict[tuple[str, str], str] = {}

    def add(entry: str, country: Any) -> None:
        base, branch, _ = entry.partition("#")
        parent = rows.get(base, {}).get("country")
        row = rows.get(entry)
        if not branch or row is None or not parent or table.is_country(parent):
            return
        if table.is_country(country):
            found.setdefault((str(parent), str(country)), str(row.get("sector") or "REB"))

    for entry, row in rows.items():
        add(entry, row.get("country"))
    for theatre in theatres:
        parties = [d.get(k) for d in theatre.get("dyads") or () for k in ("a", "b")]
        parties += [c.get("party") for c in theatre.get("co_belligerents") or ()]
        for party in parties:
            for country in theatre.get("countries") or ():
                add(str(party), country)
        for dyad in theatre.get("dyads") or ():
            _foreign_rebels(dyad, rows, table, theatre.get("countries") or (), found)
    return found


def _foreign_rebels(
    dyad: dict[str, Any],
    rows: dict[str, dict[str, Any]],
    table: Countries,
    countries_of_war: Sequence[str],
    found: dict[tuple[str, str], str],
) -> None:
    """A dyad pairing a country's own state forces (``BFAMIL``) with a group of another
    country (``org.jnim``, Mali's): that group's side code (``MLI/REB``) is the country's rebels
    there. A branch of a group of no country (``org.isis#sahel-province``) is read as such
    (:func:`branches_of`)."""
    entry = str(dyad.get("b") or "")
    state, group = str(dyad.get("a") or ""), None if "#" in entry else rows.get(entry)
    home = state[:3]
    if group is None or home not in countries_of_war or state[3:] not in STATE_SECTORS:
        return
    country, sector = group.get("country"), str(group.get("sector") or "REB")
    if not table.is_country(country) or country in countries_of_war or sector not in REBEL_SECTORS:
        return
    found.setdefault((f"{country}/{sector}", home), sector)


@cache
def bundled_sides() -> Sides:
    """The bundled roll-up (loaded once; read-only)."""
    return Sides.load()


def label(unit: Unit) -> str:
    return bundled_sides().label(unit)
