"""Text made storable: control characters removed, NUL bytes and lone surrogates handled."""

from __future__ import annotations

import pytest

from tocsin.errors import BadTextError
from tocsin.ingest.sanitise import clean_document, clean_text
from tocsin.models import Document


def test_clean_text_is_untouched() -> None:
    text = "Mali expelled French envoys.\n\tThe ministry said so. Ünïcode — “quotes”."
    assert clean_text(text).text == text and clean_text(text).changes == ()


def test_control_characters_are_removed_and_counted() -> None:
    cleaned = clean_text("Mali\x07 expelled\x1b\x7f envoys\x85.")
    assert cleaned.text == "Mali expelled envoys."
    assert cleaned.changes == ("text: removed 4 control character(s)",)


@pytest.mark.parametrize(
    ("text", "words"),
    [("Mali expelled \ud800 envoys.", "lone surrogate"), ("Mali\x00 expelled.", "NUL byte")],
)
def test_damaged_text_is_refused_by_default(text: str, words: str) -> None:
    with pytest.raises(BadTextError) as caught:
        clean_text(text)
    assert words in str(caught.value) and caught.value.code == "E107"


def test_repair_replaces_surrogates_and_removes_nuls() -> None:
    cleaned = clean_text("Mali\x00 expelled \udc00 envoys\x01.", repair=True)
    assert cleaned.text == "Mali expelled \ufffd envoys."
    assert cleaned.changes == (
        "text: removed 1 NUL byte(s)",
        "text: replaced 1 lone surrogate(s) with U+FFFD",
        "text: removed 1 control character(s)",
    )
    assert cleaned.text.encode("utf-8")  # storable and hashable now


def test_a_paired_surrogate_written_as_one_character_is_not_damaged() -> None:
    assert clean_text("Flag 🇲🇱 of Mali").changes == ()


def test_document_metadata_is_always_repaired() -> None:
    document = Document(
        id="d1", text="Mali expelled envoys.", title="Envoys\x00 out", source="W\x02"
    )
    cleaned = clean_document(document)
    assert (cleaned.title, cleaned.source) == ("Envoys out", "W")
    assert cleaned.sanitised == (
        "title: removed 1 NUL byte(s)",
        "source: removed 1 control character(s)",
    )


def test_a_damaged_id_is_refused() -> None:
    with pytest.raises(BadTextError):
        clean_document(Document(id="d\x00", text="Mali expelled envoys."), repair=True)
