"""PlaceResolver: the place of each event's own clause, with a precision."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from tocsin.context import DocContext
from tocsin.dates.clause import clause_crossings
from tocsin.models import Location
from tocsin.places.cues import PlaceCues
from tocsin.places.disambiguate import choose
from tocsin.places.finder import PlaceFinder, PlacePhrase
from tocsin.places.gazetteer import Gazetteer, Place
from tocsin.places.home import AtWar, Home, Wars, dateline_country
from tocsin.places.towns import LocalTowns
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

    def __init__(
        self,
        gazetteer: Gazetteer,
        cues: PlaceCues | None = None,
        towns: LocalTowns | None = None,
        at_war: AtWar | None = None,
        wars: Wars | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.cues = cues or PlaceCues.load()
        self.finder = PlaceFinder(gazetteer, self.cues, towns)
        self.home = Home(gazetteer, at_war)
        self.wars = wars  # the countries at war on a date
        self._home_of: tuple[str, str | None] | None = None  # (document id, home country)

    @classmethod
    def load(cls, settings: Settings | None = None) -> PlaceResolver:
        """The bundled gazetteer (with a user's table) and the local layer of small towns;
        with ``conflict_context`` on, the war theatres tell the namesake rule where a war is."""
        extra = user_gazetteer_path(settings) if settings is not None else None
        at_war: AtWar | None = None
        wars: Wars | None = None
        if settings is None or settings.conflict_context:
            from tocsin.conflicts.theatres import load_theatres

            theatres = load_theatres()
            at_war = lambda country, when: theatres.at(country, when) is not None  # noqa: E731
            wars = theatres.countries_at_war
        return cls(Gazetteer.load(extra), towns=LocalTowns.load(), at_war=at_war, wars=wars)

    def home_country(self, ctx: DocContext) -> str | None:
        """The country the document comes from, by its dateline (kept for its events)."""
        ident = ctx.document.id
        if self._home_of is None or self._home_of[0] != ident:
            self._home_of = (ident, dateline_country(ctx.document.dateline, self.gazetteer))
        return self._home_of[1]

    def locate(self, trigger: Token, ctx: DocContext) -> Location | None:
        home = self.home_country(ctx)
        when = ctx.document.date
        at_war = self.wars(when) if home is None and self.wars and when else frozenset()
        phrases = [
            p
            for p in self.finder.find(trigger.sent, ctx.mentions, home, at_war)
            if not p.span.start <= trigger.i < p.span.end
        ]
        if not phrases:
            return None
        countries = ctx.mentions.countries()
        # countries named by the sentence's unambiguous places ("Albany, New York")
        nearby = {
            p.places[0].country
            for p in phrases
            if p.places[0].country and len({q.country for q in p.places}) == 1
        }
        ranked: list[tuple[tuple[int, int, int, int], PlacePhrase, Place]] = []
        for phrase in phrases:
            down, up, length = clause_crossings(trigger, phrase.span.root)
            if down:
                continue  # the place belongs to another clause's event
            place = self._named_country(phrase, ctx) or choose(
                phrase, countries, nearby, home, at_war
            )
            if ctx.mentions.at(phrase.span.start) is None and self.home.namesake(
                place, home, countries, ctx.document.date
            ):
                place = self.gazetteer.country(home) or place  # type: ignore[arg-type]
            if home and place.kind == "country" and place.country != home and self._border(phrase):
                place = self.gazetteer.country(home) or place  # "near Mali border", from Niger
            rank = (up, length, PRECISION_RANK.get(place.kind, 3), phrase.span.start)
            ranked.append((rank, phrase, place))
        if not ranked:
            return None
        _, phrase, place = min(ranked, key=lambda item: item[0])
        return self.to_location(place, phrase.span.text)

    def _border(self, phrase: PlacePhrase) -> bool:
        """The name says where a border runs: "the *Mali* border", "the border with *Mali*"."""
        return names_a_border(phrase.span.root, self.cues.border_words, country=True)

    def _named_country(self, phrase: PlacePhrase, ctx: DocContext) -> Place | None:
        """The country a name stands for in the actor dictionary ("based in *Trinidad*"), when
        no gazetteer entry of that name lies in that country (the Bolivian town of Trinidad)."""
        mention = ctx.mentions.at(phrase.span.start)
        if mention is None or mention.actor.entry != f"country.{mention.actor.country}":
            return None
        code = mention.actor.country
        if code is None or any(p.country == code for p in phrase.places):
            return None
        return self.gazetteer.country(code)

    @staticmethod
    def to_location(place: Place, text: str) -> Location:
        """A :class:`Location`; a country carries no point (its precision says so)."""
        if place.kind == "country":
            return Location(place.name, place.country, None, None, None, "country", text)
        admin1 = place.name if place.kind == "admin1" else place.admin1
        return Location(place.name, place.country, admin1, place.lat, place.lon, place.kind, text)


def names_a_border(name: Token, border_words: frozenset[str], country: bool = False) -> bool:
    """Whether the name whose head word is ``name`` says where a border runs ("the *Mali*
    border", "the border with *Mali*"), not on which side of it something happened; a
    ``country`` "near" which something happened is across a border too ("killed near *Libya*
    in Egypt's Western Desert")."""
    head = name.head
    if country and name.dep_ == "pobj" and head.lower_ == "near":
        return True
    if name.dep_ == "pobj" and head.lower_ == "with":
        head = head.head
    return head.i != name.i and head.lemma_.lower() in border_words
