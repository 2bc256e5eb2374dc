"""The reference article: who is who in the Blinken / Azerbaijan / Armenia report."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.resources import data_path

ARTICLE_DATE = date(2023, 10, 18)


@pytest.fixture(scope="module")
def article(pipeline):
    text = data_path("samples/blinken-azerbaijan-armenia.txt").read_text(encoding="utf-8")
    doc = pipeline.nlp(text)
    return doc, pipeline.actors.resolve(doc, ARTICLE_DATE)


def at_phrase(article, phrase: str, word: str | None = None, nth: int = 0):
    """The mention covering ``word`` (default: the phrase's first word) in the nth ``phrase``."""
    doc, index = article
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    offset = phrase.index(word) if word else 0
    span = doc.char_span(start + offset, start + offset + len(word or phrase.split()[0]))
    assert span is not None, phrase
    mention = index.at(span.start)
    assert mention is not None, f"no mention at {word or phrase!r}"
    return mention.actor


@pytest.mark.parametrize(
    ("phrase", "word", "code"),
    [
        ("Secretary of State Antony Blinken warned", "Blinken", "USAGOV"),
        ("lawmakers pressed Blinken", "Blinken", "USAGOV"),
        ("Azerbaijani President Ilham Aliyev has", "Aliyev", "AZEGOV"),
        ("Aliyev has threatened", "Aliyev", "AZEGOV"),
        ("Tigran Balayan, the Armenian ambassador", "Balayan", "ARMGOV"),
        ("Representatives Nancy Pelosi", "Pelosi", "USALEG"),
        ("Anna Eshoo of California", "Eshoo", "USALEG"),
        ("Frank Pallone of New Jersey", "Pallone", "USALEG"),
        ("Pallone has said publicly", "Pallone", "USALEG"),
        ("State saw a possibility", "State", "USAGOV"),
        ("military assistance to Baku", "Baku", "AZEGOV"),
        ("Azerbaijani forces have since", "forces", "AZEMIL"),
    ],
)
def test_reference_actors(article, phrase, word, code):
    assert at_phrase(article, phrase, word).code == code


def test_capitals_code_their_country(article):
    assert at_phrase(article, "Tehran has repeatedly").country == "IRN"
    assert at_phrase(article, "Baku has proposed").country == "AZE"


def test_he_added_refers_to_blinken(article):
    actor = at_phrase(article, "He added that")
    assert actor.name == "Antony Blinken"
    assert actor.code == "USAGOV"


def test_he_said_refers_to_balayan(article):
    actor = at_phrase(article, "He said the West")
    assert actor.name == "Tigran Balayan"
    assert actor.country == "ARM"


def test_blinken_entry_is_the_dated_role(article):
    actor = at_phrase(article, "Blinken responded")
    assert actor.entry == "person.blinken#secretary-of-state"


def test_the_west_is_a_collective_actor(article):
    assert at_phrase(article, "the West should", "West").country == "WST"


def test_two_countries_are_the_main_dyad(article):
    doc, index = article
    start = doc.text.index("the two Caucasus countries")
    span = doc.char_span(start, start + len("the two Caucasus countries"))
    countries = {m.actor.country for m in index.within(span.start, span.end)}
    assert countries == {"ARM", "AZE"}


def test_city_after_locative_preposition_is_a_place(pipeline):
    doc = pipeline.nlp("Talks were held in Baku on Monday.")
    index = pipeline.actors.resolve(doc, None)
    baku = next(t for t in doc if t.text == "Baku")
    assert index.at(baku.i) is None or index.at(baku.i).actor.country != "AZE"
    assert all(m.actor.country != "AZE" for m in index.mentions)
