"""The gazetteer: countries, admin-1 regions and towns with coordinates, looked up by name.

The bundled table (``data/places/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``) is
read once per :class:`Gazetteer`; curated aliases (``data/places/aliases.yaml``) are layered on
top, and a user's full GeoNames table (see :mod:`tocsin.places.geonames`) can be added too.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tocsin.errors import DataFileError
from tocsin.resources import data_path, load_yaml

KINDS = ("country", "admin1", "city")
FOLD_EXTRA = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "’": "'", "‘": "'"}
)


def normalise(name: str) -> str:
    """Lookup key: ASCII-folded, lower case, single spaces, no leading ``the``."""
    text = unicodedata.normalize("NFKD", name.translate(FOLD_EXTRA))
    text = text.encode("ascii", "ignore").decode("ascii").lower().replace("-", " ")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    kind: str  # country, admin1, city
    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    alias: str | None = None  # id of the curated alias that matched, if any
    capital: bool = False  # a national capital (often names its government: "Baku said")


@dataclass
class Gazetteer:
    """Places by id and by normalised name."""

    places: dict[str, Place] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, extra: Path | None = None) -> Gazetteer:
        """The bundled gazetteer and aliases, plus an optional user SQLite gazetteer."""
        gazetteer = cls()
        gazetteer.add_tsv(data_path("places/gazetteer.tsv"))
        if extra is not None and extra.exists():
            from tocsin.places.geonames import read_places

            gazetteer.add_many(read_places(extra))
        gazetteer.add_aliases(load_yaml("places/aliases.yaml")["aliases"])
        return gazetteer

    # -- building ------------------------------------------------------------------------
    def add(self, place: Place, names: Iterable[str] = ()) -> None:
        self.places[place.id] = place
        for name in (place.name, *names):
            key = normalise(name)
            if key and place.id not in self.by_name[key]:
                self.by_name[key].append(place.id)

    def add_many(self, rows: Iterable[tuple[Place, list[str]]]) -> None:
        for place, names in rows:
            self.add(place, names)

    def add_tsv(self, path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            for row in csv.DictReader(lines, delimiter="\t"):
                place = Place(
                    id=row["id"],
                    kind=row["kind"],
                    name=row["name"],
                    country=row["country"] or None,
                    admin1=row["admin1"] or None,
                    lat=float(row["lat"]) if row["lat"] else None,
                    lon=float(row["lon"]) if row["lon"] else None,
                    population=int(row["population"] or 0),
                    capital=row.get("capital") == "1",
                )
                self.add(place, row["names"].split("|") if row["names"] else ())

    def add_aliases(self, entries: list[dict]) -> None:
        """Curated names: each points at a gazetteer row (``ref``) or defines a place."""
        for entry in entries:
            if "ref" in entry:
                target = self.places.get(entry["ref"])
                if target is None:
                    raise DataFileError(f"alias {entry['id']}: unknown gazetteer id {entry['ref']}")
                place = Place(**{**target.__dict__, "alias": entry["id"]})
            else:
                if entry.get("kind") not in KINDS:
                    raise DataFileError(f"alias {entry['id']}: kind must be one of {KINDS}")
                place = Place(
                    id=entry["id"],
                    kind=entry["kind"],
                    name=entry["name"],
                    country=entry.get("country"),
                    admin1=entry.get("admin1"),
                    lat=entry.get("lat"),
                    lon=entry.get("lon"),
                    population=int(entry.get("population", 0)),
                    alias=entry["id"],
                )
            self.places[place.id] = place
            for name in entry["names"]:
                key = normalise(name)
                # a curated name outranks same-named gazetteer rows: put it first
                ids = [i for i in self.by_name.get(key, []) if i != place.id]
                self.by_name[key] = [place.id, *ids]

    # -- lookups -------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        """Every entry called ``name`` (curated aliases first)."""
        return [self.places[i] for i in self.by_name.get(normalise(name), ())]

    def __contains__(self, name: str) -> bool:
        return normalise(name) in self.by_name

    def country(self, iso3: str) -> Place | None:
        return self.places.get(f"c:{iso3}")
