"""Which entry a place name takes (PlaceResolver)."""

from __future__ import annotations

from datetime import date


def test_a_country_name_wins_over_a_town_abroad_of_that_name(pipeline) -> None:
    """ "Trinidad" is a town in Bolivia, but the dictionary's Trinidad is Trinidad and Tobago."""
    events = pipeline.code_text("Gunmen based in Trinidad attacked a police station.")
    located = [e.location for e in events if e.location is not None]
    assert located and located[0].country == "TTO" and located[0].precision == "country"


def test_a_town_asked_for_by_a_country_name_is_in_that_country(pipeline) -> None:
    """ "a central Mali town" is a town in Mali, not the town of Mali in Gansu, China."""
    events = pipeline.code_text("Gunmen killed 13 at a hotel in a central Mali town.")
    located = [e.location for e in events if e.location is not None]
    assert located and {loc.country for loc in located} == {"MLI"}
    assert {e.actor.country for e in events if e.actor is not None} == {"MLI"}


def test_a_city_of_the_countrys_own_name_keeps_the_city(pipeline) -> None:
    events = pipeline.code_text("Gunmen attacked a police station in Kuwait City.")
    located = [e.location for e in events if e.location is not None]
    assert located and located[0].country == "KWT" and located[0].precision == "city"


def test_a_province_of_the_war_wins_over_a_town_abroad_of_its_name(pipeline) -> None:
    """Samar is a Philippine island and a Ukrainian town; the army there is the Philippines'."""
    events = pipeline.code_text("NPA rebels ambushed an army patrol in Samar.")
    assert {e.location.country for e in events if e.location is not None} == {"PHL"}
    assert {e.recipient.country for e in events if e.recipient is not None} == {"PHL"}


def test_a_place_a_countrys_possessive_names_is_in_that_country(pipeline) -> None:
    """ "Congo's Beni region": Beni of the Congo, not El Beni, a region of Bolivia."""
    events = pipeline.code_text("Rebels killed 14 villagers in Congo's Beni region.")
    assert {e.location.country for e in events if e.location is not None} == {"COD"}


def test_a_town_a_later_phrase_puts_in_another_country_is_not_its_namesake(pipeline) -> None:
    """ "Palma in northern Mozambique": not Palma of Mallorca, the only Palma the gazetteer has;
    the event is placed by the country the phrase names."""
    events = pipeline.code_text("Insurgents attacked Palma in northern Mozambique.")
    assert {e.location.country for e in events if e.location is not None} == {"MOZ"}


def test_a_country_named_by_its_border_does_not_move_a_report_abroad(pipeline) -> None:
    """ "near the Mali border" in a report from Niger happened in Niger."""
    from tocsin.models import Dateline, Document

    text = "Twenty-eight soldiers were killed in an ambush near the Mali border."
    document = Document(id="border", text=text, dateline=Dateline(place="Niger"))
    events = pipeline.code(document).events
    assert {e.location.country for e in events if e.location is not None} == {"NER"}


def test_a_namesake_in_a_country_at_war_wins_without_a_dateline(pipeline) -> None:
    """Huila is a department of Colombia and a province of Angola; in 2020 Colombia was at war
    and Angola was not."""
    events = pipeline.code_text(
        "Two soldiers were wounded by a landmine in Huila.", date=date(2020, 9, 25)
    )
    assert {e.location.country for e in events if e.location is not None} == {"COL"}


def test_a_name_before_a_site_is_where_it_is(pipeline) -> None:
    """ "Jolo cathedral": the town of the cathedral, though the parse hangs it elsewhere."""
    events = pipeline.code_text("Blasts at Jolo cathedral kill 20", date=date(2019, 1, 27))
    assert {e.location.country for e in events if e.location is not None} == {"PHL"}


def test_a_city_before_an_attack_noun_is_where_it_was(pipeline) -> None:
    """ "Mogadishu hotel attack": a capital, which the dictionary names as a party too."""
    events = pipeline.code_text(
        "Toll from Mogadishu hotel attack rises to 30", date=date(2018, 1, 22)
    )
    assert {e.location.country for e in events if e.location is not None} == {"SOM"}
    assert {e.recipient.code for e in events if e.recipient is not None} == {"SOMCVL"}


def test_a_country_s_name_beats_a_namesake_town_at_war(pipeline) -> None:
    """ "northern Mexico" is Mexico, though the Philippines, at war in 2019, has a town named
    Mexico."""
    events = pipeline.code_text(
        "Gunmen kill six at a bar in northern Mexico", date=date(2019, 8, 1)
    )
    assert {e.location.country for e in events if e.location is not None} == {"MEX"}


def test_a_mountain_named_after_a_town_is_not_the_town(pipeline) -> None:
    """ "Jabal al-Zawiya" (a range in Idlib) is not Zawiya in Libya."""
    events = pipeline.code_text(
        "Warplanes hit army positions in Jabal al-Zawiya, killing 9 soldiers",
        date=date(2020, 2, 27),
    )
    assert events
    assert "LBY" not in {e.location.country for e in events if e.location is not None}
