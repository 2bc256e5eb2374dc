"""A user's full GeoNames table in SQLite, loaded by ``tocsin gazetteer load``.

The input is a GeoNames dump in its tab format (``allCountries.txt``, ``cities500.txt``, a
country file …: 19 columns, see https://download.geonames.org/export/dump/readme.txt).
Populated places (feature class ``P``) become towns, ``ADM1`` rows admin-1 regions and
``PCLI``-like rows countries. The SQLite file lives in the user's data directory, never in the
installed package, and is queried by name on demand, so even a full dump loads instantly.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pycountry

from tocsin.errors import DataFileError
from tocsin.places.gazetteer import Place, normalise

COLUMNS = 19
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR"})
SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
    admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
    capital INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, place_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS names_key ON names (key);
"""


def _iso3(cc: str) -> str | None:
    record = pycountry.countries.get(alpha_2=cc)
    return record.alpha_3 if record else None


def parse_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    """The 19 fields of every GeoNames line; refuses files in another format."""
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(reader, start=1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != COLUMNS or not row[0].isdigit():
            raise DataFileError(
                f"line {number}: not a GeoNames dump row ({len(row)} columns, expected {COLUMNS})"
            )
        yield row


def read_dump(path: Path) -> list[tuple[Place, list[str]]]:
    """Places of a GeoNames dump (two passes: admin-1 names first, then everything)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(parse_rows(handle))
    admin1_names = {(row[8], row[10]): row[1] for row in rows if row[6] == "A" and row[7] == "ADM1"}
    places: list[tuple[Place, list[str]]] = []
    for row in rows:
        fclass, fcode, cc = row[6], row[7], row[8]
        if fclass == "P":
            kind = "city"
        elif fclass == "A" and fcode == "ADM1":
            kind = "admin1"
        elif fclass == "A" and fcode in COUNTRY_CODES:
            kind = "country"
        else:
            continue
        country = _iso3(cc)
        if country is None:
            continue
        place = Place(
            id=f"c:{country}" if kind == "country" else f"g:{row[0]}",
            kind=kind,
            name=row[1],
            country=country,
            admin1=row[1] if kind == "admin1" else admin1_names.get((cc, row[10])),
            lat=None if kind == "country" else float(row[4]),
            lon=None if kind == "country" else float(row[5]),
            population=int(row[14] or 0),
            capital=fcode == "PPLC",
        )
        names = [row[2], *(n for n in row[3].split(",") if n)]
        places.append((place, names))
    return places


class GeoNamesStore:
    """A SQLite gazetteer: written once by ``load``, read by name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None

    def load(self, dump: Path) -> int:
        """Replace the store's content with the places of ``dump``; returns their number."""
        places = read_dump(dump)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.path) as conn:
            conn.executescript(SCHEMA)
            conn.execute("DELETE FROM places")
            conn.execute("DELETE FROM names")
            conn.executemany(
                "INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        p.id,
                        p.kind,
                        p.name,
                        p.country,
                        p.admin1,
                        p.lat,
                        p.lon,
                        p.population,
                        int(p.capital),
                    )
                    for p, _ in places
                ],
            )
            conn.executemany(
                "INSERT INTO names VALUES (?, ?)",
                [
                    (key, p.id)
                    for p, names in places
                    for key in {normalise(n) for n in (p.name, *names)}
                    if key
                ],
            )
        conn.close()
        return len(places)

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name``, most populous first."""
        if self._conn is None:
            self._conn = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
            )
        rows = self._conn.execute(
            "SELECT p.id, p.kind, p.name, p.country, p.admin1, p.lat, p.lon, p.population,"
            " p.capital FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?"
            " ORDER BY p.population DESC",
            (normalise(name),),
        ).fetchall()
        return [
            Place(
                id=r[0],
                kind=r[1],
                name=r[2],
                country=r[3],
                admin1=r[4],
                lat=r[5],
                lon=r[6],
                population=r[7],
                capital=bool(r[8]),
            )
            for r in rows
        ]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
