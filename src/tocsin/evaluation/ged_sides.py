"""UCDP GED side names as tocsin codes (``data/evaluation/ged_sides.yaml``).

A side name ("Government of Syria", "Syrian insurgents", "Ahrar al-Sham, HTS, Southern Front",
"Civilians") is split at ", " into members. Each member becomes one or more
:class:`PartySpec`: by a generic pattern ("Government of X" → X's state sectors), else through
tocsin's own actor dictionary (so new dictionary entries change the mapping with no edit here),
else as the rebels of the event's country. A group that fights in the event's country as its
rebels, as the signals read it (the Islamic State in Nigeria or Niger, where it has a branch;
JNIM in Burkina Faso, which a war there names), is matched there by the country's generic
fighters ("jihadists" in Niger); UCDP's "Civilians" are civilians of any country. Supporters
folded into a side by UCDP (Russia for the Government of Syria from 2015-09-30 …) are kept
apart, so that a strict figure can leave them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tocsin.actors.entries import PEOPLE_PREFIX
from tocsin.countries import countries, without_former_name
from tocsin.errors import DataFileError
from tocsin.models import ActorRef
from tocsin.resources import load_yaml
from tocsin.signals.levels import bundled_sides

SIDES_FILE = "evaluation/ged_sides.yaml"
ANY_COUNTRY = "any"
NO_SECTOR = "-"
GENERIC_ENTRY_PREFIXES = (
    "agent.",
    "country.",
    "place.",
    "population.",
    "unidentified.",
    "theatre.",
)
"""Entries that name a kind of actor, not one organisation: they match a named group by code."""
GENERIC_SECTORS = {"CRM": frozenset({"CRM", "REB"})}
"""The kinds of actor a named group's fighters are reported as, beside its own sector: a
cartel's "gunmen" (``REB`` in tocsin's agent words) as well as its "gang members"."""
FOREIGN_ORGANS = frozenset({"GOV", "PTY"})
"""Sectors of a state's organs that are no armed group of another state's war."""

Lookup = Callable[..., ActorRef | None]
"""How a bare phrase resolves: ``lookup(words)`` or, for a dated role, ``lookup(words, when)``."""


@dataclass(frozen=True)
class PartySpec:
    """One way a coded actor can be (part of) a side."""

    rule: str
    country: str | None
    sectors: frozenset[str] | None = None  # None: the entry decides, any sector
    entry: str | None = None  # a named organisation's dictionary entry
    sector: str | None = None  # that entry's own sector (for a match by code)
    since: date | None = None
    until: date | None = None

    def active(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.since is None or when >= self.since) and (
            self.until is None or when <= self.until
        )

    def matches(self, actor: ActorRef | None) -> bool:
        """True when ``actor`` is this party: the same named entry (a dated role or branch
        after "#" is the same entry: ``org.hts#jabhat-fateh-al-sham`` is ``org.hts``), or the
        same code for an actor resolved to a kind or a people rather than to another
        organisation (not for a people's side: any villagers of the country are not the
        Murle)."""
        if actor is None:
            return False
        if self.entry is not None:
            if _base(actor.entry) == _base(self.entry):
                return True
            # a people's fighters may be any group's ("Tuareg rebels" of the MSA)
            generic = actor.entry is None or actor.entry.startswith(
                (*GENERIC_ENTRY_PREFIXES, PEOPLE_PREFIX)
            )
            return (
                generic
                and not self.entry.startswith(PEOPLE_PREFIX)  # any villagers are no Murle
                and self.country is not None
                and actor.country == self.country
                and actor.sector in GENERIC_SECTORS.get(self.sector or "", {self.sector})
            )
        if self.country is not None and actor.country != self.country:
            return False
        if self.sectors is None:
            return True
        return (actor.sector or NO_SECTOR) in self.sectors


@dataclass(frozen=True)
class Side:
    """A GED side: its own parties and, apart, its supporters."""

    name: str
    parties: tuple[PartySpec, ...]
    supporters: tuple[PartySpec, ...] = ()

    def matches(self, actor: ActorRef | None, when: date | None, strict: bool = False) -> bool:
        if any(p.matches(actor) for p in self.parties):
            return True
        if strict:
            return False
        return any(p.active(when) and p.matches(actor) for p in self.supporters)


class SideMapper:
    """Maps GED side names to :class:`Side` objects, caching each name per country."""

    def __init__(
        self,
        data: dict[str, Any],
        lookup: Lookup,
        branches: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        self.lookup = lookup
        # (a group's side code, a country) where the group fights as that country's rebels
        self.branches = dict(branches or {})
        self.sector_sets = {
            str(k): frozenset(str(s) for s in v) for k, v in data["sector_sets"].items()
        }
        self.patterns = [
            (str(p["id"]), re.compile(str(p["match"])), p.get("country"), str(p["sectors"]))
            for p in data["patterns"]
        ]
        self.abbreviations = {str(k): str(v) for k, v in (data.get("abbreviations") or {}).items()}
        fallback = data["fallback"]
        self.fallback = (str(fallback["id"]), str(fallback["sectors"]))
        self.supporters = [dict(s) for s in data.get("supporters") or ()]
        for item in self.supporters:
            if "side" not in item or "who" not in item:
                raise DataFileError(f"{SIDES_FILE}: a supporter needs side and who: {item}")
        self._cache: dict[tuple[str, str | None, tuple[str | None, ...]], Side] = {}
        self._names: dict[tuple[str, date | None], ActorRef | None] = {}
        self._countries: dict[str, str | None] = {}

    @classmethod
    def load(cls, lookup: Lookup) -> SideMapper:
        return cls(load_yaml(SIDES_FILE), lookup, bundled_sides().branches)

    def side(self, name: str, country: str | None, when: date | None = None) -> Side:
        """The side called ``name`` in an event of ``country`` (ISO code of the GED row) on
        ``when``: a group with dated roles is read in the role it had then (the Taliban are
        Afghanistan's insurgents until August 2021, its government after)."""
        members = [m.strip() for m in name.split(", ") if m.strip()]
        day = when if any(self._dated(m) for m in members) else None
        roles = tuple((a.entry if (a := self._named(m, day)) else None) for m in members)
        key = (name, country, roles)
        if key not in self._cache:
            parties = tuple(p for m in members for p in self.member(m, country, day))
            supporters = tuple(
                p
                for m in members
                for s in self.supporters
                if s["side"] == without_former_name(m)  # "Government of Yemen (North Yemen)"
                for p in self._supporter(s)
            )
            self._cache[key] = Side(name, parties, supporters)
        return self._cache[key]

    def _dated(self, name: str) -> bool:
        """Whether the group called ``name`` is read in a role or branch of its entry
        (``org.taliban#insurgency``), which may change with the day."""
        actor = self._named(name)
        return actor is not None and "#" in (actor.entry or "")

    def member(
        self, name: str, event_country: str | None, when: date | None = None
    ) -> tuple[PartySpec, ...]:
        """One member of a side as party specs (see the module docstring for the order)."""
        for rule, pattern, fixed_country, sectors in self.patterns:
            found = pattern.match(name)
            if not found:
                continue
            if fixed_country == ANY_COUNTRY:  # civilians of any country killed there
                return (PartySpec(rule, None, self.sector_sets[sectors]),)
            if fixed_country == "event":
                country = event_country
            else:
                country = self.country_of(found.group("country"))
            if country is None:
                continue
            return (PartySpec(rule, country, self.sector_sets[sectors]),)
        actor = self._named(name, when)
        if actor is not None and not _elsewhere(actor, event_country):
            if actor.country is None or self._local(actor, event_country):
                # a group of several states (MS-13), or one fighting as the event country's
                # rebels (the Islamic State in Nigeria, JNIM in Burkina Faso): the event's
                actor = replace(actor, country=event_country)
            return (self._entry_spec(actor, "dictionary"),)
        rule, sectors = self.fallback
        return (PartySpec(rule, event_country, self.sector_sets[sectors]),)

    def _local(self, actor: ActorRef, event_country: str | None) -> bool:
        """Whether the group ``actor`` fights in ``event_country`` as its rebels, as the signals
        read it (:func:`tocsin.signals.levels.branches_of`): a branch of a group of no country,
        or a group of another country that a war there names."""
        if event_country is None or actor.country is None or actor.country == event_country:
            return False
        home = countries().is_country(actor.country)
        code = f"{actor.country}/{actor.sector}" if home else actor.country
        return (code, event_country) in self.branches

    def country_of(self, words: str) -> str | None:
        """A country name or demonym through the actor dictionary ("Syria", "Syrian")."""
        if words not in self._countries:
            actor = self.lookup(words)
            self._countries[words] = actor.country if actor is not None else None
        return self._countries[words]

    def organisation(self, name: str, when: date | None = None) -> ActorRef | None:
        """The organisation a side name names, as the dictionary reads it on ``when`` (a dated
        role: the Taliban as insurgents, then as a government); ``None`` for a name the
        dictionary does not know whole or knows only as a kind of actor ("armed group")."""
        actor = self._named(name, when)
        if actor is None or (actor.entry or "").startswith(GENERIC_ENTRY_PREFIXES):
            return None
        return actor

    def _named(self, name: str, when: date | None = None) -> ActorRef | None:
        """A named organisation the dictionary knows (its full name, else the abbreviation)."""
        key = (name, when)
        if key not in self._names:
            self._names[key] = self._find_named(name, when)
        return self._names[key]

    def _find_named(self, name: str, when: date | None) -> ActorRef | None:
        for words in (self.abbreviations.get(name), name):
            if not words:
                continue
            actor = self.lookup(words) if when is None else self.lookup(words, when)
            if (
                actor is not None
                and actor.entry
                and not actor.entry.startswith("agent.")
                and _same_words(actor.text, words)
            ):
                return actor
        return None

    @staticmethod
    def _entry_spec(actor: ActorRef, rule: str, **dates: date | None) -> PartySpec:
        return PartySpec(
            f"{rule}:{actor.entry}",
            actor.country,
            entry=actor.entry,
            sector=actor.sector,
            **dates,
        )

    def _supporter(self, item: dict[str, Any]) -> tuple[PartySpec, ...]:
        dates = {"since": _date(item.get("since")), "until": _date(item.get("until"))}
        who = str(item["who"])
        if item.get("sectors"):
            country = self.country_of(who)
            if country is None:
                return ()
            sectors = self.sector_sets[str(item["sectors"])]
            return (PartySpec(f"supporter:{who}", country, sectors, **dates),)
        actor = self._named(who)
        if actor is None:
            return ()
        return (self._entry_spec(actor, "supporter", **dates),)

    def table(self) -> list[dict[str, Any]]:
        """How every side mapped so far resolved (for the report)."""
        return [
            {
                "side": side.name,
                "country": country,
                "parties": [_describe(p) for p in side.parties],
                "supporters": [_describe(p) for p in side.supporters],
            }
            for (_, country, _), side in sorted(self._cache.items(), key=lambda kv: kv[0][0])
        ]


def _elsewhere(actor: ActorRef, event_country: str | None) -> bool:
    """A name the dictionary knows as a region, or as a party or government of another state
    than the event's, is not the armed group of that name ("CPC" in the Central African
    Republic is no Chinese party, "Arab" herders in Chad are no Arab world)."""
    if (actor.entry or "").startswith("region."):
        return True
    return (
        event_country is not None
        and actor.country != event_country
        and actor.sector in FOREIGN_ORGANS
    )


def _same_words(found: str, asked: str) -> bool:
    """True when the dictionary matched the whole name ("Fatah Halab" is not "Fatah")."""

    def norm(text: str) -> str:
        return " ".join(re.sub(r"^the\s+", "", text.strip(), flags=re.I).lower().split())

    return norm(found) == norm(asked)


def _base(entry: str | None) -> str | None:
    """An entry id without its role or branch (``org.isis#west-africa-province`` → ``org.isis``)."""
    return entry.split("#", 1)[0] if entry else None


def _describe(spec: PartySpec) -> str:
    what = spec.entry or ",".join(sorted(spec.sectors or ()))
    dated = f" {spec.since or ''}…{spec.until or ''}" if spec.since or spec.until else ""
    return f"{spec.rule} {spec.country or '?'} {what}{dated}"


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
