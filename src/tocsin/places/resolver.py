"""PlaceResolver: the place of each event's own clause, with a precision."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.tokens import Token

from tocsin.context import DocContext
from tocsin.dates.clause import clause_crossings
from tocsin.models import Location
from tocsin.places.cues import PlaceCues
from tocsin.places.disambiguate import choose
from tocsin.places.finder import PlaceFinder, PlacePhrase
from tocsin.places.gazetteer import Gazetteer, Place
from tocsin.settings import Settings

PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2}


def user_gazetteer_path(settings: Settings) -> Path | None:
    """Where ``tocsin gazetteer load`` stores a full GeoNames table: beside the SQLite store."""
    if settings.gazetteer_db:
        return Path(settings.gazetteer_db)
    if settings.db_url.startswith("sqlite:///"):
        db = Path(settings.db_url.removeprefix("sqlite:///"))
        return db.with_name("tocsin-gazetteer.sqlite")
    return None


class PlaceResolver:
    """Locate events: gazetteer look-up, syntax filter, clause attachment, disambiguation."""

    def __init__(self, gazetteer: Gazetteer, cues: PlaceCues | None = None) -> None:
        self.gazetteer = gazetteer
        self.finder = PlaceFinder(gazetteer, cues or PlaceCues.load())

    @classmethod
    def load(cls, settings: Settings | None = None) -> PlaceResolver:
        extra = user_gazetteer_path(settings) if settings is not None else None
        return cls(Gazetteer.load(extra))

    def locate(self, trigger: Token, ctx: DocContext) -> Location | None:
        phrases = self.finder.find(trigger.sent, ctx.mentions)
        ranked: list[tuple[tuple[int, int, int, int], PlacePhrase]] = []
        for phrase in phrases:
            if phrase.span.start <= trigger.i < phrase.span.end:
                continue
            down, up, length = clause_crossings(trigger, phrase.span.root)
            if down:
                continue  # the place belongs to another clause's event
            precision = min(PRECISION_RANK.get(p.kind, 3) for p in phrase.places)
            ranked.append(((up, length, precision, phrase.span.start), phrase))
        if not ranked:
            return None
        ranked.sort(key=lambda item: item[0])
        phrase = ranked[0][1]
        nearby = {p.country for _, other in ranked for p in other.places[:1] if p.country}
        place = choose(phrase, ctx.mentions.countries(), nearby - {None})
        return self.to_location(place, phrase.span.text)

    @staticmethod
    def to_location(place: Place, text: str) -> Location:
        """A :class:`Location`; a country carries no point (its precision says so)."""
        if place.kind == "country":
            return Location(place.name, place.country, None, None, None, "country", text)
        admin1 = place.name if place.kind == "admin1" else place.admin1
        return Location(place.name, place.country, admin1, place.lat, place.lon, place.kind, text)
