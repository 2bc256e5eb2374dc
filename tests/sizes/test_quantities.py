"""Number phrases read as integers with an approximate flag."""

from __future__ import annotations

import pytest

from tocsin.sizes.quantities import QuantityReader
from tocsin.sizes.vocabulary import CountVocabulary


@pytest.fixture(scope="module")
def reader() -> QuantityReader:
    return QuantityReader(CountVocabulary.load())


@pytest.mark.parametrize(
    ("text", "index", "value", "approximate"),
    [
        ("more than 100,000 people", 2, 100000, True),
        ("a dozen people", 1, 12, False),
        ("dozens of people", 0, 24, True),
        ("hundreds of thousands of people", 2, 200000, True),
        ("two hundred people", 1, 200, False),
        ("about 1.5 million people", 2, 1500000, True),
        ("at least seven people", 2, 7, True),
        ("forty people", 0, 40, False),
    ],
)
def test_read(reader, nlp, text: str, index: int, value: int, approximate: bool) -> None:
    doc = nlp(text)
    token = doc[index]
    got = reader.number(token)
    assert got is not None
    assert got[0] == value
    assert (got[1] or reader.approximate_cue(token)) is approximate


def test_dates_and_percentages_are_not_counts(reader, nlp) -> None:
    doc = nlp("In 2019, 5 percent of voters stayed home.")
    assert not reader.is_quantity(doc[1])
    assert not reader.is_quantity(doc[3])


def test_a_number_before_a_noun_of_people_counts_whatever_entity_it_was_read_in(
    reader, nlp
) -> None:
    from spacy.tokens import Span

    doc = nlp("Troops killed 8 armed fighters near the river")
    doc.ents = [Span(doc, 2, 4, label="QUANTITY")]  # as the small model reads "8 al-Shabaab"
    assert doc[2].dep_ == "nummod" and reader.is_quantity(doc[2])
    year = nlp("The 2011 protesters marched again")
    year.ents = [Span(year, 1, 2, label="DATE")]
    assert not reader.is_quantity(year[1])
    weight = nlp("The convoy carried 8 tonnes of food")
    weight.ents = [Span(weight, 3, 5, label="QUANTITY")]
    assert not reader.is_quantity(weight[3])
