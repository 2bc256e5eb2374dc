"""A small hand-written store for API and page tests: four articles, their events, incidents.

The articles are invented for these tests; one carries markup to check that pages escape it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tocsin.models import (
    ActorRef,
    Attribution,
    Document,
    Event,
    EventDate,
    Factuality,
    Location,
    Sentence,
    Size,
    Speaker,
    Trigger,
)
from tocsin.settings import Settings

SCRIPT = "<script>window.__injected = 1</script>"
TACNA = {"name": "Tacna", "country": "PER", "lat": -18.01, "lon": -70.25, "precision": "city"}
ARICA = {"name": "Arica", "country": "CHL", "lat": -18.48, "lon": -70.31, "precision": "city"}
STATUS_SCORE = {"asserted": 3.0, "denied": -3.0, "possible": 0.5}


@dataclass(frozen=True)
class Coded:
    """What the store saves: a document, its sentences and its events."""

    document: Document
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]


def party(country: str, sector: str | None, text: str) -> ActorRef:
    return ActorRef(
        text=text, name=country, code=country + (sector or ""), country=country, sector=sector
    )


ARTICLES: list[dict[str, Any]] = [
    {
        "id": "doc-api-1",
        "date": date(2026, 5, 4),
        "source": "Harbour Gazette",
        "title": "Shelling reported on the border",
        "sentences": [
            "LIMA — Chilean troops shelled a border post near Tacna on Monday, killing two "
            "soldiers.",
            "Peru accused Chile of breaking the ceasefire.",
        ],
        "events": [
            (
                0,
                "shelled",
                "ASSAULT",
                "195",
                4,
                -10.0,
                ("CHL", "MIL", "Chilean troops"),
                ("PER", "MIL", "a border post"),
                "asserted",
                TACNA,
                2,
                None,
            ),
            (
                1,
                "accused",
                "ACCUSE",
                "112",
                3,
                -2.0,
                ("PER", "GOV", "Peru"),
                ("CHL", "GOV", "Chile"),
                "asserted",
                None,
                None,
                None,
            ),
        ],
    },
    {
        "id": "doc-api-2",
        "date": date(2026, 5, 5),
        "source": "Andes Wire",
        "title": "Chile denies shelling",
        "sentences": [
            "SANTIAGO — Chile denied that its troops had shelled the post.",
            "Chile could send more troops to the border, two officials familiar with the plans "
            "said.",
        ],
        "events": [
            (
                0,
                "shelled",
                "ASSAULT",
                "195",
                4,
                -10.0,
                ("CHL", "MIL", "its troops"),
                ("PER", None, "the post"),
                "denied",
                TACNA,
                None,
                None,
            ),
            (
                1,
                "send",
                "MOBILIZE",
                "152",
                4,
                -7.2,
                ("CHL", "GOV", "Chile"),
                ("PER", None, "the border"),
                "possible",
                None,
                None,
                "two officials familiar with the plans",
            ),
        ],
    },
    {
        "id": "doc-api-3",
        "date": date(2026, 5, 6),
        "source": "Pacific Times",
        "title": f"{SCRIPT} Chile threatens sanctions",
        "sentences": [f"{SCRIPT} Chile threatened Peru with sanctions on Wednesday."],
        "events": [
            (
                0,
                "threatened",
                "THREATEN",
                "131",
                3,
                -5.8,
                ("CHL", "GOV", "Chile"),
                ("PER", "GOV", "Peru"),
                "asserted",
                None,
                None,
                None,
            ),
        ],
    },
    {
        "id": "doc-api-4",
        "date": date(2026, 5, 7),
        "source": "Andes Wire",
        "title": "Talks agreed",
        "sentences": ["Peru agreed with Chile to hold talks in Arica next week."],
        "events": [
            (
                0,
                "agreed",
                "AGREE",
                "057",
                1,
                8.0,
                ("PER", "GOV", "Peru"),
                ("CHL", "GOV", "Chile"),
                "asserted",
                ARICA,
                None,
                None,
            ),
        ],
    },
]


def build(article: dict[str, Any]) -> Coded:
    """The coded form of one article spec."""
    text = " ".join(article["sentences"])
    sentences, cursor = [], 0
    for index, part in enumerate(article["sentences"]):
        start = text.index(part, cursor)
        sentences.append(Sentence(index, part, start, start + len(part)))
        cursor = start + len(part)
    events = []
    for spec in article["events"]:
        index, trigger, kind, cameo, quad, gold, actor, recipient, status, place, killed, who = spec
        sentence = sentences[index]
        start = sentence.start + sentence.text.index(trigger)
        events.append(
            Event(
                id=Event.make_id(article["id"], index, start),
                doc_id=article["id"],
                sentence_index=index,
                sentence=sentence.text,
                trigger=Trigger(trigger, start, start + len(trigger)),
                event=kind,
                cameo=cameo,
                quad_class=quad,
                goldstein=gold,
                actor=party(*actor),
                recipient=party(*recipient),
                factuality=Factuality(status, STATUS_SCORE[status], None),
                attribution=Attribution(
                    Speaker(who) if who else None, "said" if who else None, bool(who)
                ),
                date=EventDate(article["date"].isoformat(), "day"),
                location=Location(**place) if place else None,
                size=Size(killed=killed) if killed else None,
                confidence=0.8,
            )
        )
    document = Document(
        id=article["id"],
        text=text,
        date=article["date"],
        title=article["title"],
        source=article["source"],
        origin="tests",
    )
    return Coded(document, tuple(sentences), tuple(events))


def seed(store: Any, settings: Settings) -> list[Coded]:
    """Save the articles, build incidents, detect alerts and add claims."""
    from tocsin.alerts import detect
    from tocsin.claims import update as update_claims
    from tocsin.incidents import rebuild

    coded = [build(a) for a in ARTICLES]
    store.save(coded)
    rebuild(store, settings)
    detect(store, settings)
    update_claims(store, [e.id for c in coded for e in c.events])
    return coded
