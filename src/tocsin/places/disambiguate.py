"""Choose one gazetteer entry for a place name, using the article's countries.

Score = curated alias bonus + the kind the text asks for ("the Kharkiv region") + how often the
article mentions the entry's country + population (for towns). An exact country name means the
country unless the text asks for a region or town, and a town the text asks for by a country's
name ("a central Mali town") is in that country, as is one the text gives a country's
possessive ("Congo's Beni region"). A name with an entry in the country of the document's
dateline is that entry, whatever kind the text asks for ("Beni territory" in a report from the
DR Congo is the Congolese Beni, not Bolivia's Beni department), unless the text names another
country as its own. With no dateline, a namesake in a country at war on the document's date
is preferred a little ("Beni territory", where ADF rebels kill, is the Congolese Beni, not
Bolivia's department; "Huila" in Colombia's war, not Angola's province), unless the name is a
country's.
"""

from __future__ import annotations

import math
from collections import Counter

from tocsin.places.finder import PlacePhrase
from tocsin.places.gazetteer import Place

KIND_PRIOR = {"country": 2.0, "admin1": 1.0, "city": 0.5}
WITHIN_BONUS = 6.0  # more than any kind the text asks for: the text says which country
HOME_BONUS = 5.0  # more than a kind the text asks for, less than a country the text names
WAR_BONUS = 2.0  # a namesake in a country at war, when the document has no dateline


def score(
    place: Place,
    phrase: PlacePhrase,
    countries: Counter[str],
    nearby: set[str],
    home: str | None = None,
    at_war: frozenset[str] = frozenset(),
) -> float:
    value = KIND_PRIOR.get(place.kind, 0.0)
    if home is not None and place.country == home:
        value += HOME_BONUS
    if home is None and place.country in at_war and not _names_a_country(phrase):
        value += WAR_BONUS
    if place.alias:
        value += 2.5
    if phrase.kind_hint == place.kind and not _abroad_namesake(place, phrase):
        value += 4.0
    count = countries.get(place.country or "", 0)
    if count:  # the article's countries; not enough to prefer a small town over a famous city
        value += 1.5 + 0.5 * math.log1p(count)
    if place.country in nearby:
        value += 2.0
    if place.country in phrase.within:  # "Congo's Beni region": the Congolese Beni
        value += WITHIN_BONUS
    if place.kind == "city":
        value += math.log10(max(place.population, 1)) / 3.0
    return value


def choose(
    phrase: PlacePhrase,
    countries: Counter[str],
    nearby: set[str],
    home: str | None = None,
    at_war: frozenset[str] = frozenset(),
) -> Place:
    """The best entry for ``phrase`` (``home``: the dateline's country; ``at_war``: the
    countries at war on the document's date); ties go to the earlier (curated, then bundled)
    entry."""
    best = phrase.places[0]
    best_score = score(best, phrase, countries, nearby, home, at_war)
    for place in phrase.places[1:]:
        value = score(place, phrase, countries, nearby, home, at_war)
        if value > best_score:
            best, best_score = place, value
    return best


def _names_a_country(phrase: PlacePhrase) -> bool:
    """The phrase is a country's name: its namesakes abroad get no war's bonus ("northern
    *Mexico*" is Mexico, not the Philippine town of Mexico where a war goes on)."""
    return any(p.kind == "country" for p in phrase.places)


def _abroad_namesake(place: Place, phrase: PlacePhrase) -> bool:
    """A town named as a country, in another country: "a central *Mali* town" is a town in
    Mali, not the town of Mali in Gansu (a town of the country's name in it, "Kuwait City",
    still takes the hint)."""
    if place.kind != "city":
        return False
    named = {p.country for p in phrase.places if p.kind == "country"}
    return bool(named) and place.country not in named
