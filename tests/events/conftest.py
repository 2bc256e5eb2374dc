"""A small stand-in for the actor resolver: names, demonyms and capitals of a few countries.

Event tests check the event stage on its own, so they resolve actors with this fixed table
rather than the full dictionaries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc

from tocsin.context import DocContext, MentionIndex
from tocsin.models import ActorRef, Document, Event, Mention

# surface form (lower case, up to three words) -> (country, sector)
TABLE: dict[str, tuple[str | None, str | None]] = {
    "armenia": ("ARM", None),
    "armenian": ("ARM", None),
    "yerevan": ("ARM", "GOV"),
    "azerbaijan": ("AZE", None),
    "azerbaijani": ("AZE", None),
    "baku": ("AZE", "GOV"),
    "aliyev": ("AZE", "GOV"),
    "russia": ("RUS", None),
    "russian": ("RUS", None),
    "moscow": ("RUS", "GOV"),
    "ukraine": ("UKR", None),
    "ukrainian": ("UKR", None),
    "kyiv": ("UKR", "GOV"),
    "iran": ("IRN", None),
    "tehran": ("IRN", "GOV"),
    "turkey": ("TUR", None),
    "ankara": ("TUR", "GOV"),
    "france": ("FRA", None),
    "paris": ("FRA", "GOV"),
    "germany": ("DEU", None),
    "berlin": ("DEU", "GOV"),
    "china": ("CHN", None),
    "beijing": ("CHN", "GOV"),
    "japan": ("JPN", None),
    "india": ("IND", None),
    "pakistan": ("PAK", None),
    "israel": ("ISR", None),
    "egypt": ("EGY", None),
    "georgia": ("GEO", None),
    "syria": ("SYR", None),
    "united states": ("USA", None),
    "u.s.": ("USA", None),
    "washington": ("USA", "GOV"),
    "blinken": ("USA", "GOV"),
    "police": (None, "COP"),
    "rebels": (None, "REB"),
    "militants": (None, "REB"),
    "army": (None, "MIL"),
    "troops": (None, "MIL"),
    "protesters": (None, "OPP"),
    "european union": ("EU", None),
}


def table_mentions(doc: Doc) -> MentionIndex:
    """Mentions for every phrase of ``TABLE`` in ``doc`` (longest match first)."""
    mentions: list[Mention] = []
    i = 0
    while i < len(doc):
        for width in (3, 2, 1):
            span = doc[i : i + width]
            if len(span) == width and span.text.lower() in TABLE:
                country, sector = TABLE[span.text.lower()]
                actor = ActorRef(
                    span.text,
                    span.text,
                    (country or "") + (sector or ""),
                    country,
                    sector,
                    f"test.{span.text.lower()}",
                )
                mentions.append(
                    Mention(span.start_char, span.end_char, span.start, span.end, actor, "test")
                )
                i += width
                break
        else:
            i += 1
    return MentionIndex.build(mentions)


@pytest.fixture(scope="session")
def extractor(settings, nlp):
    from tocsin.events import EventExtractor

    return EventExtractor.load(settings, nlp)


@pytest.fixture(scope="session")
def parse(nlp) -> Callable[[str], DocContext]:
    """Parse a text and resolve its actors with the fixed test table."""

    def run(text: str) -> DocContext:
        doc = nlp(text)
        return DocContext(Document(id="test", text=text), doc, table_mentions(doc))

    return run


@pytest.fixture(scope="session")
def extract(extractor, parse):
    """All candidates of all sentences of a text."""

    def run(text: str):
        ctx = parse(text)
        return [c for sent in ctx.doc.sents for c in extractor.extract(sent, ctx)]

    return run


@pytest.fixture(scope="session")
def assaults() -> Callable[[Any, str, date], list[Event]]:
    """The acts of force a pipeline codes in a text: ``assaults(pipeline, text, when)``."""

    def run(pipeline: Any, text: str, when: date) -> list[Event]:
        return [e for e in pipeline.code_text(text, date=when) if e.event == "ASSAULT"]

    return run


@pytest.fixture(scope="session")
def only(assaults) -> Callable[[Any, str, date], Event]:
    """The one act of force a pipeline codes in a text: ``only(pipeline, text, when)``."""

    def run(pipeline: Any, text: str, when: date) -> Event:
        found = assaults(pipeline, text, when)
        assert len(found) == 1, found
        return found[0]

    return run
