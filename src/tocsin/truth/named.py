"""A truth file's named armed groups read as tocsin's own dictionary reads them.

UCDP and ACLED name most non-state sides after the organisation ("Taleban", "Al-Shabaab",
"PKK", "Islamic State (Syria)"). Whether such a side is a country's **rebels** or a **named
armed group** of its own decides its conflict family (state forces vs rebels, or vs named
groups; :mod:`tocsin.signals.levels`). tocsin decides it for its records from its actor
dictionary: a group with a country (the Taliban are Afghanistan's rebels, ``AFG/REB``) is that
country's rebels, a group without one (the Islamic State, ``IMGSUN``) a named group. The truth
is read the same way, so that a family's alerts are scored against the same family's deaths.
A name the dictionary does not know at all is the rebels of the country where the event
happened (``tocsin.truth.violence``), as tocsin codes the fighters of a group it does not know
("separatists", "militants": that country's rebels) and as ``tocsin eval`` reads such a side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from tocsin.models import ActorRef
from tocsin.signals.levels import Side, Sides

Organisation = Callable[[str, date | None], ActorRef | None]
"""The organisation a side name names on a day, or ``None`` (``SideMapper.organisation``)."""

NON_STATE_KINDS = ("rebels", "group")
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")  # ACLED's "(Syria)", "(2018-)"
_ALIAS = " - "  # ACLED's "Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad"


class NamedSides:
    """Reads named non-state sides through the actor dictionary: two lookups per name and month
    (its first and last day), and one a day only in a month where the reading changes (a dated
    role that ends mid-month: the Taliban on 15 August 2021)."""

    def __init__(self, organisation: Organisation, sides: Sides) -> None:
        self.organisation = organisation
        self.sides = sides
        self._months: dict[tuple[str, int, int], tuple[Side | None, bool]] = {}
        self._days: dict[tuple[str, date], Side | None] = {}
        self._known: dict[str, bool] = {}

    def side(self, name: str, when: date) -> Side | None:
        """The rebels or named group tocsin reads ``name`` as on ``when``; ``None`` when the
        dictionary does not know the name, or reads it as no non-state side (a state's agency)."""
        key = (name, when.year, when.month)
        if key not in self._months:
            first = when.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            start = self._read(name, first)
            self._months[key] = (start, start == self._read(name, last))
        reading, steady = self._months[key]
        if steady:
            return reading
        if (name, when) not in self._days:
            self._days[(name, when)] = self._read(name, when)
        return self._days[(name, when)]

    def knows(self, name: str, when: date) -> bool:
        """True when the dictionary knows ``name`` at all (as a non-state side or not)."""
        if name not in self._known:
            self._known[name] = any(
                self.organisation(words, when) is not None for words in _candidates(name)
            )
        return self._known[name]

    def _read(self, name: str, when: date) -> Side | None:
        for words in _candidates(name):
            actor = self.organisation(words, when)
            if actor is None:
                continue
            side = self.sides.side(actor.country, actor.sector)
            return side if side is not None and side.kind in NON_STATE_KINDS else None
        return None


def _candidates(name: str) -> list[str]:
    """The name, without a trailing qualifier in brackets, and its first alias."""
    bare = _QUALIFIER.sub("", name).strip()
    found = [bare] if bare else []
    if _ALIAS in bare:
        found.append(bare.split(_ALIAS, 1)[0].strip())
    return found
