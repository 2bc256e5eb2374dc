"""Counts attached to an event: what the size extractor reads in a whole sentence."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from tocsin.sizes.quantities import QuantityReader
from tocsin.sizes.vocabulary import CountVocabulary


def _killed(pipeline, text: str) -> list[int | None]:
    events = pipeline.code_text(text, date=date(2019, 3, 4))
    return [e.size.killed if e.size else None for e in events if e.event == "ASSAULT"]


def test_a_counted_armed_group_counts_its_fighters(pipeline) -> None:
    assert 12 in _killed(pipeline, "An air strike kills 12 Taliban in Helmand province")
    assert 30 in _killed(pipeline, "Troops kill 30 Boko Haram in Borno")


def test_a_counted_place_or_country_is_no_toll(pipeline) -> None:
    assert _killed(pipeline, "Rebels attacked 3 Nigerian towns on Monday") in ([None], [])


def test_a_lone_number_the_recogniser_calls_a_date_is_a_count_as_an_object(nlp) -> None:
    reader = QuantityReader(CountVocabulary.load())
    doc = nlp("Car bomb kills 77 at an army camp")
    doc.ents = [Span(doc, 3, 4, label="DATE")]  # as the small English model tags it
    assert doc[3].dep_ == "dobj"
    assert reader.is_quantity(doc[3])
    year = nlp("Fighting resumed in 2016 after the talks")
    year.ents = [Span(year, 3, 4, label="DATE")]
    assert not reader.is_quantity(year[3])


def test_counted_kinds_of_actor_are_not_a_groups_fighters(pipeline) -> None:
    """ "3 drones" names a kind of weapon the dictionary knows as an agent, not a group."""
    events = pipeline.code_text(
        "The fighters shot down 3 drones near the dam", date=date(2019, 3, 4)
    )
    assert all(e.size is None or e.size.killed is None for e in events), events


def test_a_people_named_in_the_plural_is_counted(pipeline) -> None:
    """ "ethnic Amharas": the lemmatiser leaves the people's name plural."""
    assert 80 in _killed(pipeline, "Gunmen kill over 80 ethnic Amharas in Oromia")
