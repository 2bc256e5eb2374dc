"""The country a document comes from: its small towns, and namesakes abroad of its places."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.models import Dateline, Document, Location
from tocsin.places.gazetteer import Gazetteer
from tocsin.places.home import dateline_country, km
from tocsin.places.towns import LocalTowns, is_local


def _locations(pipeline, text: str, place: str | None, day: date) -> list[Location]:
    dateline = Dateline(place=place) if place else None
    ident = f"home-{abs(hash((text, place, day)))}"
    document = Document(id=ident, text=text, date=day, dateline=dateline)
    return [e.location for e in pipeline.code(document).events if e.location is not None]


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("KYIV", "UKR"),
        ("DONETSK, Ukraine", "UKR"),
        ("Syria", "SYR"),
        ("MAIDUGURI", "NGA"),
        ("DR Congo (Zaire)", "COD"),  # as UCDP names countries, with a former name
        ("Myanmar (Burma)", "MMR"),
        ("Yemen (North Yemen)", "YEM"),
        ("Cairo/Gaza", "PSE"),  # filed from one city, about the last one
    ],
)
def test_the_dateline_gives_the_home_country(place, country) -> None:
    assert dateline_country(Dateline(place=place), Gazetteer.load()) == country


def test_the_local_layer_holds_small_towns_by_country() -> None:
    towns = LocalTowns.load()
    (soledar,) = towns.lookup("Soledar", "UKR")
    assert is_local(soledar) and soledar.admin1 == "Donetsk" and soledar.kind == "city"
    assert towns.lookup("Soledar", "RUS") == []


@pytest.mark.parametrize(
    ("text", "place", "country", "admin1"),
    [
        ("Artillery shelled Soledar overnight, officials said.", "KYIV", "UKR", "Donetsk"),
        ("Insurgents attacked a military base in Konduga on Sunday.", "MAIDUGURI", "NGA", "Borno"),
        ("Coalition jets struck Hays on Tuesday.", "SANAA", "YEM", "Muhafazat al Hudaydah"),
    ],
)
def test_a_small_town_of_the_home_country_is_found(pipeline, text, place, country, admin1) -> None:
    """A town the gazetteer lacks (or knows only abroad: Hays, Kansas) is the home country's."""
    located = _locations(pipeline, text, place, date(2022, 8, 1))
    assert located and located[0].country == country and located[0].admin1 == admin1
    assert located[0].precision == "city"


def test_without_a_dateline_a_town_is_read_only_in_a_country_at_war(pipeline) -> None:
    """With no dateline, a name the gazetteer lacks is the small town of the one country at war
    on the document's date that has one (``places.home.war_town.v1``), never an actor's name
    ("the Taliban", a town of Turkey), and in peacetime no small town at all."""
    located = _locations(pipeline, "Artillery shelled Soledar overnight.", None, date(2022, 8, 1))
    assert [loc.country for loc in located] == ["UKR"]
    located = _locations(pipeline, "Artillery shelled Soledar overnight.", None, date(2005, 8, 1))
    assert all(loc.country != "UKR" for loc in located)
    text = "Police officers among 41 dead in Taliban attacks on Paktia and Ghazni"
    located = _locations(pipeline, text, None, date(2017, 10, 17))
    assert located and all(loc.country == "AFG" for loc in located)


def test_a_small_town_name_outside_a_place_slot_is_no_place(pipeline) -> None:
    """ "Menaka" is a town of Mali; as the subject of a sentence it is not read as one."""
    located = _locations(pipeline, "Menaka welcomed the peace deal.", "BAMAKO", date(2020, 3, 1))
    assert all(loc.name != "Menaka" for loc in located)


def test_a_famous_place_abroad_outranks_a_home_town(pipeline) -> None:
    """A capital abroad is meant even where the home country has a village of that name."""
    text = "The minister flew to Paris for talks."
    located = _locations(pipeline, text, "KYIV", date(2022, 8, 1))
    assert located and located[0].country == "FRA"


def test_a_small_namesake_far_abroad_is_a_place_of_a_country_at_war(pipeline) -> None:
    """Under a Syrian dateline in the war, "Madaya" is the Syrian town, not Madaya in Myanmar
    (which the gazetteer holds): the event is placed in Syria, at country precision."""
    text = "Government forces shelled the besieged town of Madaya."
    located = _locations(pipeline, text, "Syria", date(2016, 1, 10))
    assert located and located[0].country == "SYR" and located[0].precision == "country"
    assert located[0].text == "Madaya"


@pytest.mark.parametrize(
    ("place", "day"),
    [("PARIS", date(2016, 1, 10)), ("Syria", date(2005, 1, 10)), (None, date(2016, 1, 10))],
)
def test_no_namesake_away_from_a_war(pipeline, place, day) -> None:
    """At peace, before the war, or with no dateline the gazetteer's reading stays."""
    text = "Government forces shelled the besieged town of Madaya."
    located = _locations(pipeline, text, place, day)
    assert located and located[0].country == "MMR"


def test_a_neighbour_s_town_is_no_namesake(pipeline) -> None:
    """A town across the border (Mosul under a Syrian dateline) is meant: it is near."""
    located = _locations(pipeline, "Air strikes hit Mosul on Friday.", "Syria", date(2016, 6, 1))
    assert located and located[0].country == "IRQ"


def test_distance() -> None:
    assert 1_300 < km(33.51, 36.29, 32.89, 13.19) < 2_200  # Damascus to Tripoli (Libya)


def test_a_name_of_the_home_country_beats_the_kind_the_text_asks_for(pipeline) -> None:
    """ "Beni territory" asks for a region, and Bolivia has a Beni department; a report from
    the DR Congo means the Congolese Beni."""
    text = "ADF rebels killed 25 people in Beni territory on Sunday."
    located = _locations(pipeline, text, "DR Congo (Zaire)", date(2021, 6, 1))
    assert located and located[0].country == "COD"


def test_a_country_the_text_names_still_beats_the_home_country(pipeline) -> None:
    text = "Protesters marched in Bolivia's Beni region on Sunday."
    located = _locations(pipeline, text, "DR Congo (Zaire)", date(2021, 6, 1))
    assert located and located[0].country == "BOL"
