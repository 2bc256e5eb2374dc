from datetime import date

import pytest

from tocsin.errors import EmptyInputError, InvalidRecordError
from tocsin.ingest.records import build_document, parse_date
from tocsin.models import Document


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-20", date(2023, 9, 20)),
        ("2023-09-20T23:30:00Z", date(2023, 9, 20)),
        ("2023-09-20T01:30:00+04:00", date(2023, 9, 20)),
        ("2023-09-20 08:00:00", date(2023, 9, 20)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["20/09/2023", "yesterday", 20230920])
def test_parse_date_rejects(value) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


def test_build_document_fields_and_id() -> None:
    built = build_document({"id": 12, "body": "Text.", "title": " ", "source": "Wire"}, "f#1")
    assert built.document.id == "12" and built.document.title is None
    assert built.document.source == "Wire" and built.document.origin == "f#1"
    same = build_document({"text": "Text."}, "f#2").document
    assert same.id == Document.make_id("Text.")


def test_build_document_errors() -> None:
    with pytest.raises(InvalidRecordError):
        build_document({"title": "x"}, "f#1")
    with pytest.raises(InvalidRecordError):
        build_document({"text": ["a"]}, "f#1")
    with pytest.raises(EmptyInputError):
        build_document({"text": "\n "}, "f#1")
    warned = build_document({"text": "Text.", "date": "soon"}, "f#1")
    assert warned.document.date is None and "soon" in warned.warnings[0]


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31T10:00:00Z", "1799-12-31"])
def test_an_implausible_date_is_ignored_with_a_warning(value: str) -> None:
    built = build_document({"text": "Mali expelled envoys.", "date": value}, "t.jsonl#1")
    assert built.document.date is None
    assert any("outside 1800–2199" in w for w in built.warnings)
