"""Reading date expressions against a publication date, backwards and forwards."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.dates.expressions import DatePatterns, Reading
from tocsin.dates.vocabulary import DateVocabulary

PUB = date(2024, 3, 13)  # a Wednesday


@pytest.fixture(scope="module")
def patterns() -> DatePatterns:
    return DatePatterns(DateVocabulary.load())


def read(patterns: DatePatterns, text: str, future: bool = False) -> Reading | None:
    (found,) = list(patterns.find(text))
    return patterns.read(found, PUB, future)


@pytest.mark.parametrize(
    ("text", "future", "value", "precision"),
    [
        ("in April", False, "2023-04", "month"),
        ("in April", True, "2024-04", "month"),
        ("in February", True, "2025-02", "month"),
        ("on March 20", False, "2023-03-20", "day"),
        ("on March 20", True, "2024-03-20", "day"),
        ("on Monday", True, "2024-03-18", "day"),
        ("next Monday", False, "2024-03-18", "day"),
        ("last Wednesday", False, "2024-03-06", "day"),
        ("this Friday", False, "2024-03-15", "day"),
        ("31 February", False, None, None),
        ("next year", False, "2025", "year"),
        ("in the coming months", False, "2024-04", "month"),
        ("three months ago", False, "2023-12", "month"),
        ("Feb. 2, 2021", False, "2021-02-02", "day"),
    ],
)
def test_reading(patterns: DatePatterns, text: str, future: bool, value, precision) -> None:
    got = read(patterns, text, future)
    if value is None:
        assert got is None
    else:
        assert got is not None and (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan may invade soon",  # the modal, not the month
        "a three-decades-old state",
        "the talks lasted for three days",
        "a 2,000-strong crowd",
        "March organisers said",  # no preposition before a bare month
    ],
)
def test_not_dates(patterns: DatePatterns, text: str) -> None:
    assert [f for f in patterns.find(text) if f.kind not in ("relative_unit",)] == []


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("March 2021", "2021-03", "month"),
        ("3 March 2021", "2021-03-03", "day"),
        ("2019", "2019", "year"),
    ],
)
def test_dateparser_fallback_sets_precision_from_the_words(
    text: str, value: str, precision: str
) -> None:
    from tocsin.dates import DateResolver
    from tocsin.dates.expressions import Found

    got = DateResolver().read(Found(0, len(text), text, "parser", ()), PUB, False)
    assert got is not None and (got.value, got.precision) == (value, precision)
