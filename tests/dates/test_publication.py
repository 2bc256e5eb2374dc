"""Publication dates read from the article itself when the source gives none."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.dates import DateResolver
from tocsin.models import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV, Oct. 18 (Wire) - Shelling resumed. The truce of October 3, 2023 collapsed.",
            date(2023, 10, 18),
        ),
        ("Updated: March 4, 2024 10:00 GMT\nProtesters gathered on Sunday.", date(2024, 3, 4)),
        ("Published on Tuesday, 7 May 2019. Police arrested 40 people.", date(2019, 5, 7)),
        (
            "The attack on 12 May 2021 and the raid on June 3, 2022 were condemned.",
            date(2022, 6, 3),
        ),
        ("Posted 2020-02-29 The council met.", date(2020, 2, 29)),
    ],
)
def test_inferred_publication_date(text: str, expected: date, nlp) -> None:
    fields = DateResolver().infer_publication_date(nlp(text), Document("d", text))
    assert fields == {"date": expected, "date_inferred": True}


def test_no_date_in_text_gives_nothing(nlp) -> None:
    text = "Police arrested forty people on Sunday after a march in the capital."
    assert DateResolver().infer_publication_date(nlp(text), Document("d", text)) == {}


def test_without_publication_date_events_have_no_date(nlp) -> None:
    from tocsin.context import DocContext, MentionIndex

    text = "Rebels attacked the convoy on Sunday."
    doc = nlp(text)
    ctx = DocContext(Document("d", text), doc, MentionIndex())
    assert DateResolver().resolve(doc[1], ctx) is None
