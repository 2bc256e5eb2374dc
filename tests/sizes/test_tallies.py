"""A day's tally of the dead is no act's toll unless the act is named in its own phrase."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.context import DocContext, MentionIndex
from tocsin.models import Document
from tocsin.sizes import SizeExtractor
from tocsin.sizes.tallies import DayTallies


@pytest.fixture(scope="module")
def extractor() -> SizeExtractor:
    return SizeExtractor()


def _context(doc) -> DocContext:
    return DocContext(Document("t", doc.text, date=date(2016, 6, 1)), doc, MentionIndex())


def _apart(nlp, extractor: SizeExtractor, text: str, trigger: str) -> set[str]:
    doc = nlp(text)
    word = next(t for t in doc if t.text == trigger)
    return {doc[i].text for i in extractor.tallies.not_the_acts(word, extractor._is_death_word)}


def test_the_words_are_data() -> None:
    tallies = DayTallies.load()
    assert "yesterday" in tallies.day_words
    assert "including" in tallies.breakdown_words


def test_a_tally_beside_an_act_is_set_apart(nlp, extractor: SizeExtractor) -> None:
    text = "Rockets hit the port and 70 people were killed yesterday, including 12 sailors"
    apart = _apart(nlp, extractor, text, "Rockets")
    assert {"70", "people", "12", "sailors"} <= apart
    assert "Rockets" not in apart


def test_a_coordinated_clause_with_its_own_subject_is_not_the_tally(
    nlp, extractor: SizeExtractor
) -> None:
    text = "80 people were killed yesterday, and 11 people were killed in raids on the camp"
    apart = _apart(nlp, extractor, text, "raids")
    assert "80" in apart
    assert "11" not in apart


def test_an_act_named_in_the_tally_is_its_own(nlp, extractor: SizeExtractor) -> None:
    text = "15 people were killed yesterday in shelling on the old town"
    assert _apart(nlp, extractor, text, "shelling") == set()


def test_an_act_in_the_breakdown_is_one_of_many(nlp, extractor: SizeExtractor) -> None:
    text = "50 dead yesterday, including 20 civilians who died in airstrikes"
    assert "50" in _apart(nlp, extractor, text, "airstrikes")


def test_a_day_word_on_an_act_makes_no_tally(nlp, extractor: SizeExtractor) -> None:
    text = "Troops stormed the village yesterday, killing 6 farmers"
    assert _apart(nlp, extractor, text, "stormed") == set()


def test_a_tally_broken_down_by_kind_is_a_cumulative_count(nlp, extractor: SizeExtractor) -> None:
    """ "30 people were killed yesterday including 8 soldiers and 12 civilians": the verb of
    dying reports the day's sum of many acts; its record keeps the number, cumulative, which an
    incident's toll and the deaths signals leave out (written for tocsin)."""
    for text, cumulative in (
        ("30 people were killed yesterday including 8 soldiers and 12 civilians", True),
        ("15 people were killed yesterday in the old town", False),
    ):
        doc = nlp(text)
        size = extractor.extract(next(t for t in doc if t.text == "killed"), _context(doc))
        assert size is not None and size.killed in (30, 15)
        assert size.cumulative is cumulative, text
