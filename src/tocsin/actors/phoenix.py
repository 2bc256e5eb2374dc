"""The Phoenix layer: the Phoenix/PETRARCH2 dictionaries (Open Event Data Alliance, MIT) as a
default layer below tocsin's own entries.

``scripts/build_phoenix.py`` reads the four Phoenix files with tocsin's importer, turns each
CAMEO code into tocsin's country and sector (:class:`CodeMap`, ``actors/phoenix_codes.yaml``)
and writes one file per layer, ``actors/phoenix/<layer>.tsv`` (one row per code). At load time
only the files of the layers named by the ``phoenix_layers`` setting are read:

======================  ===================================================================
``people``              people of the country file, with dated roles
``groups``              parties, armed groups, ministries and forces of the country file
``names``               the country file's names of states (with cities and provinces)
``international``       IGOs, NGOs, companies and international officials
``milnonstate``         non-state armed groups (from START's TOPS data)
``agents``              agent words tocsin's own ``agents.yaml`` does not have
======================  ===================================================================

Names are matched whatever their case (they are written in capitals); a clash with one of
tocsin's own names is won by tocsin's (``PRIORITY``), and entries are ``phoenix.<layer>.<name>``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import Agent
from tocsin.actors.inflect import plural
from tocsin.actors.records import add_record
from tocsin.errors import DataFileError
from tocsin.resources import iter_tsv, load_yaml

LAYERS = ("people", "groups", "names", "international", "milnonstate", "agents")
PRIORITY = -5  # below every layer of tocsin's own (capital metonyms are -2)
LAYER_FILE = "actors/phoenix/{layer}.tsv"


def parse_layers(value: str | None) -> frozenset[str]:
    """``"people, milnonstate"`` → the layer names; ``""``, ``none`` → none; ``all`` → all."""
    text = (value or "").strip().lower()
    if text in ("", "none"):
        return frozenset()
    if text == "all":
        return frozenset(LAYERS)
    layers = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = sorted(layers - set(LAYERS))
    if unknown:
        raise DataFileError(
            f"unknown Phoenix layer(s) {', '.join(unknown)} (expected some of {', '.join(LAYERS)})"
        )
    return layers


@dataclass(frozen=True)
class CodeMap:
    """CAMEO codes as tocsin's (country, sector); see ``actors/phoenix_codes.yaml``."""

    states: frozenset[str]
    countries: dict[str, str]
    regions: frozenset[str]
    sectors: dict[str, str]
    igos: dict[str, str]

    @classmethod
    def load(cls, states: Iterable[str]) -> CodeMap:
        data = load_yaml("actors/phoenix_codes.yaml")
        return cls(
            states=frozenset(states),
            countries={str(k): str(v) for k, v in data["countries"].items()},
            regions=frozenset(str(r) for r in data["regions"]),
            sectors={str(k): str(v) for k, v in data["sectors"].items()},
            igos={str(k): str(v) for k, v in data["igos"].items()},
        )

    def convert(self, code: str) -> tuple[str | None, str | None] | None:
        """``EGYGOVLEG`` → (EGY, GOV); ``IGOUNOREFHCR`` → (UN, IGO); ``MEAREB`` → (None, REB);
        ``None`` when no part of the code is usable."""
        parts = [code[i : i + 3] for i in range(0, len(code), 3)]
        head, rest = parts[0], parts[1:]
        if head == "IGO":
            return self._igo("".join(rest)), "IGO"
        if head in ("NGO", "NGM"):
            return None, "NGO"
        if head == "MNC":
            state = self._state(rest[0]) if rest else None
            return state, "BUS"
        if head == "IMG":
            return ("IMG" + rest[0]) if rest else "IMG", "REB"
        if head in self.sectors:
            return None, self.sector_of(code)
        state = self._state(head)
        if state is None and head not in self.regions:
            return None
        sector = self.sector_of("".join(rest))
        if state is None and sector is None:
            return None
        return state, sector

    def _state(self, part: str) -> str | None:
        state = self.countries.get(part, part)
        return state if state in self.states else None

    def sector_of(self, code: str) -> str | None:
        """The first part of ``code`` that names a sector, as tocsin's sector."""
        parts = (code[i : i + 3] for i in range(0, len(code), 3))
        return next((self.sectors[p] for p in parts if p in self.sectors), None)

    def _igo(self, rest: str) -> str | None:
        for size in range(len(rest), 2, -3):
            found = self.igos.get(rest[:size])
            if found:
                return found
        return None


def load_phoenix(dictionary: ActorDictionary, layers: frozenset[str]) -> int:
    """Add the named layers to ``dictionary``; returns how many entries and agents were added."""
    added = 0
    for layer in sorted(layers - {"agents"}):
        for record in _records(iter_tsv(LAYER_FILE.format(layer=layer))):
            add_record(dictionary, record, PRIORITY)
            added += 1
    if "agents" in layers:
        for agent in _agents(iter_tsv(LAYER_FILE.format(layer="agents"))):
            if agent.text.lower() not in dictionary.agents:
                dictionary.add_agent(agent)
                added += 1
    return added


def _records(rows: Iterable[dict[str, str]]) -> Iterator[dict[str, Any]]:
    """Rows (one per code, an entry's rows together) grouped into actor records."""
    record: dict[str, Any] | None = None
    for row in rows:
        if record is None or row["id"] != record["id"]:
            if record is not None:
                yield record
            record = {
                "id": row["id"],
                "name": row["name"],
                "names": row["names"],
                "kind": row["kind"],
                "folded": True,
                "roles": [],
            }
        role = {"country": row["country"], "sector": row["sector"], "title": row["code"]}
        if row["dated"] == "1":
            record["roles"].append({**role, "start": row["start"], "end": row["end"]})
        elif record["kind"] in ("person", "org") and record["roles"]:
            record["roles"].append(role)  # the default code, beside dated ones
        else:
            record.update(country=row["country"], sector=row["sector"])
    if record is not None:
        yield record


def _agents(rows: Iterable[dict[str, str]]) -> Iterator[Agent]:
    for row in rows:
        yield Agent(row["phrase"], row["sector"], False)
        if row["plural"] == "-":
            continue
        yield Agent(row["plural"] or plural(row["phrase"]), row["sector"], False, plural=True)
