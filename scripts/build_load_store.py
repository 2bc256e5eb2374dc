"""Build a store of coded articles for the load benchmark, cheaply (no parsing).

    .venv/bin/python scripts/build_load_store.py --db sqlite:////tmp/load.db --articles 10000

Each article is written here, not taken from any corpus: a headline sentence in which one
state's forces or government act on another's (an attack, a threat, an accusation, a protest,
an agreement, aid), and a second sentence in which the other side answers, said by an
official. Countries are those ``scripts/load_api.py`` asks for, with a few dyads far busier
than the rest; dates spread over 2023. The coded records are built directly (as
``tests/api/seed.py`` does) and saved, then incidents, claims and alerts are built as a store
that had coded these articles would have them.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

from tocsin.models import (
    ActorRef,
    Attribution,
    Document,
    Event,
    EventDate,
    Factuality,
    Sentence,
    Size,
    Speaker,
    Trigger,
)
from tocsin.settings import Settings
from tocsin.store import Store

COUNTRIES = ["ARM", "AZE", "GEO", "TUR", "IRN", "RUS", "UKR", "FRA", "DEU", "ISR", "EGY", "IND"]
BUSY = [("ARM", "AZE"), ("RUS", "UKR"), ("ISR", "EGY"), ("TUR", "GEO")]
NAMES = {c: f"{c.title()}land" for c in COUNTRIES}
ACTS = [  # verb, PLOVER type, CAMEO, quad class, Goldstein, sector of the actor
    ("attacked", "ASSAULT", "190", 4, -10.0, "MIL"),
    ("shelled", "ASSAULT", "195", 4, -10.0, "MIL"),
    ("threatened", "THREATEN", "138", 3, -7.0, "GOV"),
    ("accused", "ACCUSE", "112", 3, -2.0, "GOV"),
    ("protested to", "PROTEST", "141", 3, -6.5, "GOV"),
    ("agreed with", "AGREE", "057", 1, 8.0, "GOV"),
    ("sent aid to", "AID", "070", 2, 7.0, "GOV"),
]
ANSWERS = [
    ("denied", "ACCUSE", "112", 3, -2.0, "denied"),
    ("condemned", "ACCUSE", "122", 3, -2.0, "asserted"),
]
SCORES = {"asserted": 3.0, "denied": -3.0}


@dataclass(frozen=True)
class Coded:
    """What the store saves of one article."""

    document: Document
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]


def party(country: str, sector: str | None, text: str) -> ActorRef:
    return ActorRef(
        text=text,
        name=NAMES[country],
        code=country + (sector or ""),
        country=country,
        sector=sector,
    )


def event(
    doc_id: str,
    index: int,
    sentence: Sentence,
    trigger: str,
    act: tuple,
    actor: ActorRef,
    recipient: ActorRef,
    day: date,
    status: str,
    speaker: str | None,
    killed: int | None,
) -> Event:
    start = sentence.start + sentence.text.index(trigger)
    return Event(
        id=Event.make_id(doc_id, index, start),
        doc_id=doc_id,
        sentence_index=index,
        sentence=sentence.text,
        trigger=Trigger(trigger, start, start + len(trigger)),
        event=act[1],
        cameo=act[2],
        quad_class=act[3],
        goldstein=act[4],
        actor=actor,
        recipient=recipient,
        factuality=Factuality(status, SCORES[status], None),
        attribution=Attribution(
            Speaker(speaker) if speaker else None, "said" if speaker else None, bool(speaker)
        ),
        date=EventDate(day.isoformat(), "day"),
        size=Size(killed=killed) if killed else None,
        confidence=0.8,
    )


def article(rng: random.Random, number: int) -> Coded:
    """One invented article with two events."""
    a, b = rng.choice(BUSY) if rng.random() < 0.6 else rng.sample(COUNTRIES, 2)
    if rng.random() < 0.5:
        a, b = b, a
    day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 364))
    act = rng.choice(ACTS)
    answer = rng.choice(ANSWERS)
    who = "troops" if act[5] == "MIL" else "government"
    killed = rng.choice([None, None, 1, 3, 12]) if act[1] == "ASSAULT" else None
    first = f"{NAMES[a]}'s {who} {act[0]} {NAMES[b]} on day {number} of the dispute."
    second = f"{NAMES[b]} {answer[0]} the report, a foreign ministry spokesperson said."
    text = f"{first} {second}"
    sentences = (Sentence(0, first, 0, len(first)), Sentence(1, second, len(first) + 1, len(text)))
    doc_id = f"doc-load-{number:06d}"
    events = (
        event(
            doc_id,
            0,
            sentences[0],
            act[0],
            act,
            party(a, act[5], f"{NAMES[a]}'s {who}"),
            party(b, "GOV", NAMES[b]),
            day,
            "asserted",
            None,
            killed,
        ),
        event(
            doc_id,
            1,
            sentences[1],
            answer[0],
            answer,
            party(b, "GOV", NAMES[b]),
            party(a, "GOV", NAMES[a]),
            day,
            answer[5],
            "a foreign ministry spokesperson",
            None,
        ),
    )
    document = Document(
        id=doc_id, text=text, date=day, title=first[:80], source=f"Wire {number % 7}", origin="load"
    )
    return Coded(document, sentences, events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL (a new SQLite file, say)")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    from tocsin.alerts import detect
    from tocsin.claims import update as update_claims
    from tocsin.incidents import rebuild

    settings = Settings.from_env(db_url=args.db)
    rng = random.Random(args.seed)
    coded = [article(rng, n) for n in range(args.articles)]
    started = time.monotonic()
    with Store.open(args.db) as store:
        for start in range(0, len(coded), 1000):
            store.save_many(coded[start : start + 1000])
        print(f"saved {len(coded):,} articles in {time.monotonic() - started:.0f} s", flush=True)
        incidents = rebuild(store, settings)
        print(f"{incidents:,} incidents after {time.monotonic() - started:.0f} s", flush=True)
        update_claims(store, [e.id for c in coded for e in c.events])
        print(f"claims after {time.monotonic() - started:.0f} s", flush=True)
        day = date(2023, 2, 1)
        while day <= date(2024, 1, 1):
            detect(store, settings, as_of=day)
            day += timedelta(days=30)
        print(f"alerts after {time.monotonic() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
