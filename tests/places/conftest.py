"""Build a DocContext for place tests, with actor mentions from a small stand-in table."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tocsin.context import DocContext, MentionIndex
from tocsin.models import ActorRef, Document, Mention
from tocsin.places import PlaceResolver

DATA = Path(__file__).resolve().parents[1] / "data" / "wherewhen"


def _actor_table() -> dict[str, str]:
    with (DATA / "actors.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["name"]: row["country"] for row in rows}


@pytest.fixture(scope="session")
def places(settings) -> PlaceResolver:
    return PlaceResolver.load(settings)


@pytest.fixture(scope="session")
def place_ctx(nlp) -> Callable[..., DocContext]:
    """``place_ctx(text, countries, pub)``: parse, mark actor names, add article countries."""
    table = _actor_table()

    def build(
        text: str, countries: tuple[str, ...] | list[str] = (), pub: date = date(2024, 3, 13)
    ) -> DocContext:
        doc = nlp(text)
        mentions = [
            Mention(
                t.idx, t.idx + len(t), t.i, t.i + 1, ActorRef(t.text, country=table[t.text]), "dict"
            )
            for t in doc
            if t.text in table
        ]
        # countries the rest of the article mentions: zero-width, so they cover no token
        mentions += [Mention(0, 0, 0, 0, ActorRef(c, country=c), "dict") for c in countries]
        document = Document(id="test", text=text, date=pub)
        return DocContext(document=document, doc=doc, mentions=MentionIndex.build(mentions))

    return build
