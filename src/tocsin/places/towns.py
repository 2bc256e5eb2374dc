"""The local layer: towns of 1,000+ people the gazetteer lacks, for the document's own country.

``data/places/towns.tsv.gz`` (built by ``scripts/build_towns.py`` from GeoNames, CC BY 4.0)
lists about 120,000 small towns. Read for every document they would turn common words into
places ("Hope", "Commerce"); they are consulted only for the country a document comes from
(:mod:`tocsin.places.home`), where a monitor's "Douma" or "al-Busayrah" is the local town. The
file is read once; a country's towns are indexed by name the first time it is asked for.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

from tocsin.errors import DataFileError
from tocsin.places.gazetteer import Place, name_keys, normalise
from tocsin.resources import data_path

PREFIX = "t:"  # ids of the layer's places
COLUMNS = ["country", "name", "admin1", "lat", "lon"]
POPULATION = 1_000  # the layer's threshold: every town has at least this many people


def is_local(place: Place) -> bool:
    """Whether ``place`` comes from the local layer."""
    return place.id.startswith(PREFIX)


class LocalTowns:
    """Small towns by country, looked up by name in one country at a time. The file is read
    the first time a town is asked for (most documents ask for none)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_path("places/towns.tsv.gz")
        self._lines: dict[str, list[str]] | None = None
        self.index: dict[str, dict[str, list[Place]]] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> LocalTowns:
        return cls(path)

    @property
    def lines(self) -> dict[str, list[str]]:
        """The file's rows by country, split into fields when the country is asked for."""
        if self._lines is None:
            text = gzip.decompress(self.path.read_bytes()).decode("utf-8")
            rows = [line for line in text.split("\n") if line and not line.startswith("#")]
            if not rows or rows[0].split("\t") != COLUMNS:
                raise DataFileError(f"{self.path}: expected the columns {COLUMNS}")
            lines: dict[str, list[str]] = defaultdict(list)
            for line in rows[1:]:
                lines[line[:3]].append(line)
            self._lines = dict(lines)
        return self._lines

    def lookup(self, name: str, country: str) -> list[Place]:
        """The towns of ``country`` called ``name``."""
        return self._towns(country).get(normalise(name), [])

    def _towns(self, country: str) -> dict[str, list[Place]]:
        if country not in self.index:
            towns: dict[str, list[Place]] = defaultdict(list)
            for n, line in enumerate(self.lines.get(country, ())):
                _, name, admin1, lat, lon = line.split("\t")
                place = Place(
                    id=f"{PREFIX}{country}:{n}",
                    kind="city",
                    name=name,
                    country=country,
                    admin1=admin1 or None,
                    lat=float(lat),
                    lon=float(lon),
                    population=POPULATION,
                )
                for key in name_keys([name]):
                    towns[key].append(place)
            self.index[country] = dict(towns)
        return self.index[country]
