"""A headline's closing count: the toll of the act before its mark, for acts of force only."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.context import DocContext, MentionIndex
from tocsin.models import Document
from tocsin.sizes import SizeExtractor
from tocsin.sizes.closing import closing_count


@pytest.fixture(scope="module")
def extractor() -> SizeExtractor:
    return SizeExtractor()


def _trigger_and_count(nlp, text: str, trigger: str, count: str):
    doc = nlp(text)
    return doc, next(t for t in doc if t.text == trigger), next(t for t in doc if t.text == count)


@pytest.mark.parametrize(
    ("text", "trigger", "count", "closes"),
    [
        ("Troops clash with rebels in the east, 20 dead", "clash", "20", True),
        ("Rebels attack a checkpoint: 5 soldiers killed near the old city", "attack", "5", True),
        ("Troops shell the town, 5 killed in a separate ambush on the road", "shell", "5", False),
        ("5 killed as troops shell the town", "shell", "5", False),
    ],
)
def test_a_closing_count_after_the_mark(nlp, text, trigger, count, closes, extractor) -> None:
    _, act, number = _trigger_and_count(nlp, text, trigger, count)
    noun = extractor.count(number)
    assert noun is not None
    assert closing_count(act, noun[2], extractor.vocab) is closes


def test_only_acts_of_force_take_a_closing_count(nlp, extractor) -> None:
    text = "Troops clash with rebels in the east, 20 dead"
    doc, act, _ = _trigger_and_count(nlp, text, "clash", "20")
    ctx = DocContext(Document("t", text, date=date(2024, 3, 13)), doc, MentionIndex())
    assert extractor.extract(act, ctx).killed == 20
    assert extractor.extract(act, ctx, closing=False) is None


def test_a_visit_takes_no_toll_from_the_headline(pipeline) -> None:
    events = pipeline.code_text("The minister visits the front line, 12 soldiers killed")
    assert not [e for e in events if e.event != "ASSAULT" and e.size and e.size.killed]
