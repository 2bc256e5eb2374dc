"""When, where and how many on the reference article (published 2023-10-18)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Token

from tocsin.context import DocContext
from tocsin.dates import DateResolver
from tocsin.places import PlaceResolver
from tocsin.resources import data_path
from tocsin.sizes import SizeExtractor

PUBLISHED = date(2023, 10, 18)


@pytest.fixture(scope="module")
def article(place_ctx) -> DocContext:
    text = data_path("samples/blinken-azerbaijan-armenia.txt").read_text(encoding="utf-8")
    return place_ctx(text, pub=PUBLISHED)


def token(ctx: DocContext, word: str, sentence_has: str) -> Token:
    """The token ``word`` in the sentence that contains ``sentence_has``."""
    sent = next(s for s in ctx.doc.sents if sentence_has in s.text)
    return next(t for t in sent if t.text == word)


def test_september_invasion_is_dated_to_the_month(article: DocContext) -> None:
    got = DateResolver().resolve(token(article, "invasion", "October 3 phone call"), article)
    assert got is not None
    assert (got.value, got.precision, got.inferred) == ("2023-09", "month", False)


def test_blinken_statement_is_dated_to_the_day(article: DocContext) -> None:
    got = DateResolver().resolve(token(article, "said", "September 20 statement"), article)
    assert got is not None
    assert (got.value, got.precision, got.text) == ("2023-09-20", "day", "September 20")


def test_balayan_claim_is_dated_october_8(article: DocContext) -> None:
    got = DateResolver().resolve(token(article, "claimed", "Balayan"), article)
    assert got is not None
    assert (got.value, got.precision) == ("2023-10-08", "day")


def test_last_month_incursion_and_its_displaced(article: DocContext) -> None:
    trigger = token(article, "incursion", "100,000")
    got = DateResolver().resolve(trigger, article)
    assert got is not None and (got.value, got.precision) == ("2023-09", "month")
    size = SizeExtractor().extract(trigger, article)
    assert size is not None
    assert (size.displaced, size.approximate) == (100000, True)
    assert size.killed is None and size.arrested is None


def test_ex_leaders_detained_is_an_arrest_count(article: DocContext) -> None:
    size = SizeExtractor().extract(token(article, "detained", "ex-leaders"), article)
    assert size is not None and (size.arrested, size.approximate) == (12, True)


def test_incursion_is_located_in_nagorno_karabakh(article: DocContext) -> None:
    place = PlaceResolver.load().locate(token(article, "incursion", "100,000"), article)
    assert place is not None
    assert (place.name, place.country, place.precision) == ("Nagorno-Karabakh", "AZE", "admin1")


@pytest.mark.parametrize(
    ("word", "sentence_has", "said"),
    [("cut", "Zangezur", "Syunik"), ("open", "Balayan", "Syunik")],
)
def test_syunik_and_zangezur_resolve_to_armenias_province(
    article: DocContext, word: str, sentence_has: str, said: str
) -> None:
    place = PlaceResolver.load().locate(token(article, word, sentence_has), article)
    assert place is not None
    assert (place.name, place.country, place.precision, place.text) == (
        "Syunik",
        "ARM",
        "admin1",
        said,
    )
    assert place.lat is not None and 39.0 < place.lat < 40.0


def test_zangezur_is_an_alias_of_syunik() -> None:
    gazetteer = PlaceResolver.load().gazetteer
    (zangezur,) = gazetteer.lookup("Zangezur")[:1]
    assert zangezur.country == "ARM" and zangezur.kind == "admin1" and zangezur.name == "Syunik"
