from datetime import date

import pytest

from tocsin.errors import EmptyInputError, InputTooLargeError
from tocsin.models import Document
from tocsin.pipeline import CodingFailure, batched, trimmed_sentence


def test_trimmed_sentence_keeps_offsets_on_the_text() -> None:
    text = "\n\nTroops crossed the river.\n\n"
    sentence = trimmed_sentence(4, text, 100)
    assert sentence.text == "Troops crossed the river."
    assert (sentence.start, sentence.end) == (102, 102 + len(sentence.text))


def test_batched_keeps_order_and_the_short_tail() -> None:
    docs = [Document(id=str(i), text="x") for i in range(5)]
    assert [[d.id for d in chunk] for chunk in batched(docs, 2)] == [["0", "1"], ["2", "3"], ["4"]]


def test_code_many_reports_bad_documents_and_codes_the_rest(pipeline) -> None:
    good = Document(id="good", text="Russian forces shelled Kharkiv.", date=date(2024, 5, 1))
    empty = Document(id="empty", text="Share this article", origin="empty.txt")
    huge = Document(id="huge", text="a" * (pipeline.settings.max_document_chars + 1))
    results = list(pipeline.code_many([empty, good, huge], batch_size=2))
    assert isinstance(results[0], CodingFailure)
    assert isinstance(results[0].error, EmptyInputError)
    assert "empty.txt" in str(results[0].error)
    assert results[1].document.id == "good" and results[1].events
    assert isinstance(results[2].error, InputTooLargeError)


def test_code_refuses_an_empty_document(pipeline) -> None:
    with pytest.raises(EmptyInputError):
        pipeline.code(Document(id="e", text="   \n\n  "))


def test_offsets_point_at_the_trigger_in_the_cleaned_text(pipeline) -> None:
    text = "KYIV (Wire) — Russian forces shelled Kharkiv overnight.\n\nShare this article"
    coded = pipeline.code(Document(id="k", text=text, date=date(2024, 5, 1)))
    assert coded.document.dateline is not None
    for event in coded.events:
        trigger = event.trigger
        assert coded.document.text[trigger.start : trigger.end] == trigger.text
