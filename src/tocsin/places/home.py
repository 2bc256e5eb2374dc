"""The country a document comes from (its dateline) and what it changes in reading its places.

A wire's or a monitor's dateline says which country a report is about ("BEIRUT", "DONETSK,
Ukraine", a feed's "Syria"). Two rules read places with it:

1. **the local town** (``places.home.local.v1``): a name the gazetteer knows in no place of the
   home country is looked up in the local layer of small towns (:mod:`tocsin.places.towns`),
   which then outranks same-named places abroad ("Douma", "al-Busayrah" under a Syrian
   dateline) — unless a place of that name abroad is well known (a country, a capital, a city
   of 100,000+, a curated entry) or lies in a country the document names;
2. **the namesake abroad** (``places.home.namesake.v1``): under the dateline of a country at
   war on the document's date, a small place (a town or region of fewer than 100,000 people,
   not a capital) far from that country (``FAR_KM``) in a country the document names nowhere
   is a local place the gazetteer does not know ("al-Marj" in the Ghouta, not Libya's; "the
   besieged Madaya", not Madaya in Myanmar): the event is placed in the home country, at
   country precision.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from datetime import date

from tocsin.countries import countries
from tocsin.models import Dateline
from tocsin.places.gazetteer import Gazetteer, Place

FAMOUS = 100_000  # people: a place abroad this large is meant, not a namesake
FAR_KM = 750  # farther than this from every region of the home country: not a neighbour's town
EARTH_KM = 6371.0

AtWar = Callable[[str, "date | None"], bool]
Wars = Callable[[date], frozenset[str]]  # the countries at war on a date


def dateline_country(dateline: Dateline | None, gazetteer: Gazetteer) -> str | None:
    """The country of a dateline's place: a country it names ("DONETSK, Ukraine", or as
    datasets name it: "DR Congo (Zaire)", "Myanmar (Burma)"), else that of the largest place
    of its name ("BEIRUT"); None without one."""
    if dateline is None or not dateline.place:
        return None
    parts = [p.strip() for p in re.split(r"[,/]", dateline.place) if p.strip()]
    for part in reversed(parts):  # "CAIRO/GAZA": the last city is where the story is
        code = countries().code(part)
        if code is not None:
            return code
        places = gazetteer.lookup(part.title() if part.isupper() else part)
        named = [p for p in places if p.kind == "country"]
        if named:
            return named[0].country
        if places:
            return max(places, key=lambda p: (p.capital, p.population)).country
    return None


def well_known(place: Place, named: Counter[str]) -> bool:
    """A place abroad that a report means by its name: a country, a capital, a city of
    ``FAMOUS`` people or more, a curated entry, or one in a country the document names."""
    return (
        place.kind == "country"
        or place.capital
        or place.population >= FAMOUS
        or place.alias is not None
        or bool(named.get(place.country or "", 0))
    )


class Home:
    """Distances to each country's regions, for the namesake rule."""

    def __init__(self, gazetteer: Gazetteer, at_war: AtWar | None = None) -> None:
        self.gazetteer = gazetteer
        self.at_war = at_war
        self._regions: dict[str, list[tuple[float, float]]] | None = None

    def namesake(
        self, place: Place, home: str | None, named: Counter[str], when: date | None
    ) -> bool:
        """Whether ``place`` is a namesake abroad of a place in ``home`` (rule 2 above)."""
        if self.at_war is None or home is None or place.country in (None, home):
            return False
        if place.kind not in ("city", "admin1") or well_known(place, named):
            return False
        if place.lat is None or place.lon is None or not self.at_war(home, when):
            return False
        regions = self.regions().get(home, [])
        return bool(regions) and min(km(place.lat, place.lon, *r) for r in regions) > FAR_KM

    def regions(self) -> dict[str, list[tuple[float, float]]]:
        """The centroids of every country's first-level regions (built once)."""
        if self._regions is None:
            regions: dict[str, list[tuple[float, float]]] = {}
            for row in self.gazetteer.rows.values():
                if row[1] == "admin1" and row[5] and row[6]:
                    regions.setdefault(row[3], []).append((float(row[5]), float(row[6])))
            self._regions = regions
        return self._regions


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))
