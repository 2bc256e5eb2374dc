"""How a sentence uses a name decides whether it is a place (PlaceFinder)."""

from __future__ import annotations


def test_small_town_name_modifying_a_noun_is_not_a_place(pipeline) -> None:
    """ "Bush" is also a town in Egypt; "the Bush administration" happened nowhere."""
    events = pipeline.code_text("The Bush administration announced tariffs on steel imports.")
    assert events and all(e.location is None for e in events)


def test_small_town_after_a_locative_preposition_is_a_place(pipeline) -> None:
    events = pipeline.code_text("Police arrested three protesters in Bush on Monday.")
    assert any(e.location is not None and e.location.country == "EGY" for e in events)


def test_a_surname_that_is_also_a_town_is_no_place(pipeline) -> None:
    """ "Kenzo Oshima": a given name before it makes the town name a surname."""
    events = pipeline.code_text("Kenzo Oshima, the UN relief coordinator, demanded access.")
    assert events and all(e.location is None for e in events)


def test_a_compass_word_before_a_country_is_a_part_of_it(pipeline) -> None:
    events = pipeline.code_text("Fighting broke out in South Lebanon on Monday.")
    assert any(e.location is not None and e.location.country == "LBN" for e in events)


def test_a_city_after_a_district_word_is_where(pipeline) -> None:
    """ "in a residential sector of eastern Beirut": Beirut is the place, not its government."""
    events = pipeline.code_text(
        "A reporter was killed in a bomb blast in a residential sector of Beirut."
    )
    assert any(e.location is not None and e.location.country == "LBN" for e in events)


def test_a_lower_case_arabic_article_is_part_of_the_name(pipeline) -> None:
    """ "al-Raqqa", "al-Bukamal": the article is no proper noun of a longer name."""
    for text, name in (
        ("Jets struck farms in the countryside of al-Raqqa at dawn.", "Ar Raqqah"),
        ("Shells fell on al-Bukamal on Tuesday.", "Albu Kamal"),
    ):
        events = pipeline.code_text(text)
        assert any(e.location is not None and e.location.name == name for e in events), text


def test_spellings_of_syrian_places_news_uses(pipeline) -> None:
    for text, admin1 in (
        ("Raids target al-Tabaqa at dawn.", "Ar-Raqqah"),
        ("Shelling hits the countryside of Shaddadi.", "Al-Hasakah"),
    ):
        events = pipeline.code_text(text)
        assert any(e.location is not None and e.location.admin1 == admin1 for e in events), text


def test_a_name_the_tagger_took_for_a_common_noun_is_a_place_where_used_as_one(pipeline) -> None:
    """ "civilians in *Ghazni*", "*Omdurman* market", "shell *Mariupol* suburbs": capitalised
    inside the sentence, after a locative preposition, before a place word or struck (written
    for tocsin)."""
    for text, country in (
        ("Roadside bomb kills five civilians in Ghazni", "AFG"),
        ("Shelling kills 10 in Omdurman market", "SDN"),
        ("Rebels shell Mariupol suburbs", "UKR"),
    ):
        events = pipeline.code_text(text)
        assert any(e.location is not None and e.location.country == country for e in events), text


def test_the_red_sea_is_a_sea_unless_a_region_word_follows(pipeline) -> None:
    """Egypt and Sudan have a region of that name; "ships in the Red Sea" are at sea."""
    events = pipeline.code_text("Rebels fired missiles at a tanker in the Red Sea on Tuesday.")
    assert events and all(e.location is None for e in events), events
    state = pipeline.code_text("Sudanese troops were sent to Red Sea state on Tuesday.")
    assert any(e.location is not None and e.location.country == "SDN" for e in state), state


def test_a_name_with_an_apostrophe_is_looked_up(pipeline) -> None:
    """ "N'Djamena" is one word with an apostrophe in it, and a capital."""
    events = pipeline.code_text("A suicide bomber killed nine people at a bus stop in N'Djamena.")
    assert any(e.location is not None and e.location.country == "TCD" for e in events)


def test_a_region_s_possessive_puts_a_town_in_its_country(pipeline) -> None:
    """ "Sagaing's Kani": Kani is also a Japanese town, but the region owning it is Myanmar's."""
    events = pipeline.code_text("Troops shelled houses in Sagaing's Kani township on Monday.")
    assert any(e.location is not None and e.location.country == "MMR" for e in events)
    assert all(e.location is None or e.location.country != "JPN" for e in events)


def test_a_people_s_adjective_is_not_another_state_s_region_of_that_name(pipeline) -> None:
    """ "Somali militants" in Kenya are Somalia's, not a place in Ethiopia's Somali region."""
    from tocsin.models import Dateline, Document

    text = "Kenya says 30 killed in Somali militant attack on a police post"
    document = Document(id="d", text=text, dateline=Dateline(place="Kenya"))
    events = pipeline.code(document).events
    assert events and all(e.location is None or e.location.country != "ETH" for e in events)
