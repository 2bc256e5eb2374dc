"""Dictionary entries: who an actor is, the names it goes by, and its roles over time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tocsin.models import ActorRef

KINDS = ("country", "territory", "region", "org", "person")
PEOPLE_PREFIX = "people."
"""Entries of peoples, clans and tribes (``peoples.yaml``): organisations by kind, whose members
are of the kind the noun after the name says ("Murle *gunmen*")."""


def make_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-style code: country then sector (``USAGOV``), or either alone."""
    code = (country or "") + (sector or "")
    return code or None


def slug(text: str) -> str:
    """Lower-case identifier fragment: ``"Secretary of State"`` → ``"secretary-of-state"``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Role:
    """A position held between two dates (inclusive; ``None`` = open)."""

    country: str | None
    sector: str | None
    title: str = ""
    start: date | None = None
    end: date | None = None

    def active(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Entry:
    """One actor of the dictionary (a country, organisation, person …)."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()

    def role_at(self, when: date | None) -> Role | None:
        """The role held on ``when``; without a date, the current (or latest) role."""
        if not self.roles:
            return None
        if when is None:  # the latest dated role (an undated one only holds outside them)
            dated = [r for r in self.roles if r.start or r.end] or list(self.roles)
            current = [r for r in dated if r.end is None]
            pool = current or dated
            return max(pool, key=lambda r: (r.end or date.max, r.start or date.min))
        active = [r for r in self.roles if r.active(when)]
        return max(active, key=lambda r: r.start or date.min) if active else None

    def home_country(self) -> str | None:
        """Country of a person outside every role: that of their latest role."""
        if self.country or not self.roles:
            return self.country
        return max(self.roles, key=lambda r: r.start or date.min).country

    def ref(self, text: str, when: date | None, sector: str | None = None) -> ActorRef:
        """The actor this entry stands for on ``when`` (``sector`` overrides, e.g. metonyms)."""
        if self.roles:
            role = self.role_at(when)
            if role is not None:
                entry = f"{self.id}#{slug(role.title)}" if role.title else self.id
                return ActorRef(
                    text,
                    self.name,
                    make_code(role.country, role.sector),
                    role.country,
                    role.sector,
                    entry,
                )
            # outside every role: the entry's own country and sector (an armed group before its
            # first dated role is still that group, not its country's state)
            country = self.home_country()
            own = sector or (self.sector if country == self.country else None)
            return ActorRef(text, self.name, make_code(country, own), country, own, self.id)
        chosen = sector or self.sector
        return ActorRef(
            text, self.name, make_code(self.country, chosen), self.country, chosen, self.id
        )


CAPITAL_PRIORITY = -2
"""The priority of a capital city's name as its government ("Kabul"): below every name."""


@dataclass(frozen=True)
class Alias:
    """A name that points to an entry; ``sector`` overrides the entry's (``Pentagon`` → MIL)."""

    text: str
    entry: str
    rule: str = "dict"  # dict, metonym, demonym
    sector: str | None = None
    priority: int = 0  # higher wins when two entries share a name (user files > bundled)
    folded: bool = False  # matched whatever its case (names written in capitals, Phoenix)


@dataclass(frozen=True)
class Agent:
    """An agent noun or title and its sector; ``person`` marks titles of one person."""

    text: str
    sector: str
    person: bool
    plural: bool = False


RELATIONS = ("backed-by", "affiliate-of", "part-of", "allied-with")


@dataclass(frozen=True)
class Affiliation:
    """A dated link of a group to a backer or parent: ``backed-by RUS from 2014-04-07``."""

    relation: str  # one of RELATIONS
    other: str  # a state's code (RUS) or an entry id (org.isis)
    start: date | None = None
    end: date | None = None

    def active(self, when: date | None) -> bool:
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def to_dict(self) -> dict[str, str | None]:
        return {
            "relation": self.relation,
            "with": self.other,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }
