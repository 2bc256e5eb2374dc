"""Hand-built documents and events for store and export tests (no pipeline needed)."""

from __future__ import annotations

from datetime import date

from tocsin.models import (
    Acled,
    ActorRef,
    Attribution,
    Dateline,
    Document,
    Event,
    EventDate,
    Evidence,
    Factuality,
    Location,
    Sentence,
    Size,
    Speaker,
    Trigger,
)
from tocsin.pipeline import CodedDocument

TEXT = (
    "YEREVAN (Wire) — Azerbaijani troops shelled the village of Sotk on Tuesday, killing two "
    "soldiers. Officials in Baku denied that any attack had taken place. "
    "Armenia could ask Russia for help next week, a diplomat said."
)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for index, part in enumerate(text.split(". ")):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        end = min(end, len(text))
        out.append(Sentence(index, text[start:end], start, end))
        start = end + 1
    return tuple(out)


def coded_document(text: str = TEXT, published: date | None = date(2023, 9, 12)) -> CodedDocument:
    """A document with three events: an asserted assault, a denial and a possible request."""
    doc = Document(
        id=Document.make_id(text),
        text=text,
        date=published,
        title="Shelling near the border",
        url="https://news.example.org/a/1",
        source="Example Wire",
        origin="tests",
        dateline=Dateline("YEREVAN", ("Wire",)),
        language="en",
    )
    sentences = _sentences(text)
    aze_mil = ActorRef("Azerbaijani troops", "Azerbaijan", "AZEMIL", "AZE", "MIL", "dict")
    arm = ActorRef("Armenia", "Armenia", "ARM", "ARM", None, "dict")
    arm_mil = ActorRef("two soldiers", "Armenia", "ARMMIL", "ARM", "MIL", "rule")
    shelled = text.index("shelled")
    attack = text.index("attack")
    ask = text.index("ask")
    events = (
        Event(
            id=Event.make_id(doc.id, 0, shelled),
            doc_id=doc.id,
            sentence_index=0,
            sentence=sentences[0].text,
            trigger=Trigger("shelled", shelled, shelled + 7),
            event="ASSAULT",
            mode="aerial",
            context=("military",),
            cameo="195",
            quad_class=4,
            goldstein=-10.0,
            acled=Acled("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            actor=aze_mil,
            recipient=arm_mil,
            date=EventDate("2023-09-12", "day", "on Tuesday"),
            location=Location("Sotk", "ARM", "Gegharkunik", 40.2, 45.9, "city", "Sotk"),
            size=Size(killed=2),
            confidence=0.9,
            evidence=Evidence(rule="verbs.shell.v1"),
        ),
        Event(
            id=Event.make_id(doc.id, 1, attack),
            doc_id=doc.id,
            sentence_index=1,
            sentence=sentences[1].text,
            trigger=Trigger("attack", attack, attack + 6),
            event="ASSAULT",
            cameo="190",
            quad_class=4,
            goldstein=-10.0,
            actor=None,
            recipient=None,
            factuality=Factuality("denied", -2.0, "denied"),
            attribution=Attribution(Speaker("Officials in Baku", "AZE", "GOV"), "denied"),
            date=EventDate("2023-09", "month"),
            confidence=0.6,
            evidence=Evidence(rule="nouns.attack.v1"),
        ),
        Event(
            id=Event.make_id(doc.id, 2, ask),
            doc_id=doc.id,
            sentence_index=2,
            sentence=sentences[2].text,
            trigger=Trigger("ask", ask, ask + 3),
            event="REQUEST",
            cameo="020",
            quad_class=1,
            goldstein=3.0,
            actor=arm,
            recipient=ActorRef("Russia", "Russia", "RUS", "RUS", None, "dict"),
            factuality=Factuality("possible", 1.0, "could"),
            attribution=Attribution(Speaker("a diplomat"), "said", anonymous=True),
            date=None,
            confidence=0.7,
            evidence=Evidence(rule="verbs.ask.v1"),
        ),
    )
    return CodedDocument(doc, sentences, events)
