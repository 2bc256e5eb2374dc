"""The gazetteer: countries, admin-1 regions and towns with coordinates, looked up by name.

The bundled table (``data/places/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``) is
read once per :class:`Gazetteer`; curated aliases (``data/places/aliases.yaml``) are layered on
top, and a user's full GeoNames table (see :mod:`tocsin.places.geonames`) can be added too.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tocsin.errors import DataFileError
from tocsin.resources import data_path, load_yaml

if TYPE_CHECKING:
    from tocsin.places.geonames import GeoNamesStore

KINDS = ("country", "admin1", "city")
FOLD_EXTRA = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "ß": "ss",
        "’": "",
        "‘": "",
        "'": "",
        "ʻ": "",
        "ʼ": "",
        "`": "",
    }
)
ARABIC_ARTICLES = ("al ", "el ", "ad ", "an ", "ar ", "as ", "ash ", "az ")


def normalise(name: str) -> str:
    """Lookup key: ASCII-folded, lower case, no apostrophes, single spaces, no leading ``the``."""
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


def name_keys(names: Iterable[str]) -> list[str]:
    """Every lookup key of a place's names (``Al-Hasakah`` is also found as ``Hasakah``)."""
    keys: list[str] = []
    for name in names:
        key = normalise(name)
        for k in (key, key.split(" ", 1)[1] if key.startswith(ARABIC_ARTICLES) else ""):
            if k and k not in keys:
                keys.append(k)
    return keys


def _row_place(row: list[str]) -> Place:
    """A :class:`Place` from a row of ``gazetteer.tsv`` (see COLUMNS of the build script)."""
    ident, kind, name, country, admin1, lat, lon, population, _names, capital, _keys = row
    return Place(
        id=ident,
        kind=kind,
        name=name,
        country=country or None,
        admin1=admin1 or None,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(population or 0),
        capital=capital == "1",
    )


@dataclass
class Gazetteer:
    """Places by id and by normalised name.

    Bundled rows stay as split text until first asked for, so loading is one pass over the
    file with precomputed lookup keys.
    """

    rows: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)  # built or curated entries
    by_name: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    extra: GeoNamesStore | None = None  # a user's full GeoNames table, queried on demand

    @classmethod
    def load(cls, extra: Path | None = None) -> Gazetteer:
        """The bundled gazetteer and aliases, plus a user's SQLite GeoNames table if present."""
        gazetteer = cls()
        gazetteer.add_tsv(data_path("places/gazetteer.tsv"))
        gazetteer.add_aliases(load_yaml("places/aliases.yaml")["aliases"])
        if extra is not None and extra.exists():
            from tocsin.places.geonames import GeoNamesStore

            gazetteer.extra = GeoNamesStore(extra)
        return gazetteer

    # -- building ------------------------------------------------------------------------
    def add(self, place: Place, names: Iterable[str] = ()) -> None:
        self.places[place.id] = place
        for key in name_keys((place.name, *names)):
            if place.id not in self.by_name[key]:
                self.by_name[key].append(place.id)

    def add_tsv(self, path: Path) -> None:
        """Rows of the bundled table; the last column holds the precomputed lookup keys."""
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        header = lines[0].rstrip("\n").split("\t")
        if header[-1] != "keys" or len(header) != 11:
            raise DataFileError(f"{path}: unexpected columns {header}")
        by_name = self.by_name
        for line in lines[1:]:
            row = line.rstrip("\n").split("\t")
            self.rows[row[0]] = row
            for key in row[-1].split("|"):
                by_name[key].append(row[0])

    def get(self, ident: str) -> Place | None:
        """The entry with id ``ident`` (curated, then bundled)."""
        place = self.places.get(ident)
        if place is None and ident in self.rows:
            place = self.places[ident] = _row_place(self.rows[ident])
        return place

    def all_places(self) -> Iterable[Place]:
        """Every bundled and curated entry (building them all: for tests and tools)."""
        for ident in self.rows:
            yield self.get(ident)  # type: ignore[misc]
        yield from (p for i, p in self.places.items() if i not in self.rows)

    def add_aliases(self, entries: list[dict]) -> None:
        """Curated names: each points at a gazetteer row (``ref``) or defines a place."""
        for entry in entries:
            if "ref" in entry:
                target = self.get(entry["ref"])
                if target is None:
                    raise DataFileError(f"alias {entry['id']}: unknown gazetteer id {entry['ref']}")
                fields = {**target.__dict__, "alias": entry["id"]}
                if "name" in entry:  # the spelling the news uses: "Rafah" for "Rafaḩ"
                    fields["name"] = entry["name"]
                place = Place(**fields)
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
        """Every entry called ``name``: curated aliases, bundled rows, then the user's table."""
        found = [self.get(i) for i in self.by_name.get(normalise(name), ())]
        if self.extra is not None:
            known = {p.id for p in found}
            found += [p for p in self.extra.lookup(name) if p.id not in known]
        return found

    def knows(self, name: str) -> bool:
        """Whether a bundled or curated place has this name (the user's table is not asked)."""
        return normalise(name) in self.by_name

    def __contains__(self, name: str) -> bool:
        return bool(self.lookup(name))

    def country(self, iso3: str) -> Place | None:
        return self.get(f"c:{iso3}")
