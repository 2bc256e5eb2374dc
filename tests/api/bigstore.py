"""A store of a few thousand rows: the seed articles copied with new ids and moving dates."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from api.seed import ARTICLES, build
from tocsin.settings import Settings

BURST_EVERY = 25  # rounds between two bursts of fighting in a dyad that is otherwise quiet


def burst(round_: int, start: date) -> list[dict[str, Any]]:
    """Four clashes in a week between two parties the other articles never name."""
    out = []
    for day in range(4):
        sentence = f"Argentine troops attacked a Brazilian outpost, report {round_}-{day} said."
        event = (0, "attacked", "ASSAULT", "190", 4, -10.0, ("ARG", "MIL", "Argentine troops"))
        event += (("BRA", "MIL", "a Brazilian outpost"), "asserted", None, None, None)
        out.append(
            {
                "id": f"doc-burst-{round_:04d}-{day}",
                "date": start + timedelta(days=2 * day),
                "source": "Pampas Post",
                "title": f"Clash {round_}-{day}",
                "sentences": [sentence],
                "events": [event],
            }
        )
    return out


def copies(count: int) -> list[dict[str, Any]]:
    """``count`` rounds of the seed articles, each round three days after the one before."""
    out = []
    for round_ in range(count):
        if round_ % BURST_EVERY == BURST_EVERY - 1:
            out += burst(round_, ARTICLES[0]["date"] + timedelta(days=3 * round_))
        for article in ARTICLES:
            out.append(
                {
                    **article,
                    "id": f"{article['id']}-r{round_:04d}",
                    "date": article["date"] + timedelta(days=3 * round_),
                    "title": f"{article['title']} ({round_})",
                }
            )
    return out


def fill(store: Any, settings: Settings, rounds: int = 500) -> dict[str, int]:
    """Save ``rounds`` copies of the seed articles and analyse them; returns row counts."""
    from sqlalchemy import func, select

    from tocsin.alerts import detect
    from tocsin.alerts.tables import AlertRow
    from tocsin.claims import update as update_claims
    from tocsin.claims.tables import ClaimRow
    from tocsin.incidents import rebuild
    from tocsin.incidents.tables import IncidentRow
    from tocsin.store.schema import EventRow

    coded = [build(a) for a in copies(rounds)]
    store.save_many(coded)
    rebuild(store, settings)
    update_claims(store, [e.id for c in coded for e in c.events])
    first = min(c.document.date for c in coded)
    last = max(c.document.date for c in coded)
    day = first + timedelta(days=45)
    while day <= last:  # alerts as of every two months, as a store that has run for years has
        detect(store, settings, as_of=day)
        day += timedelta(days=60)
    counts = {}
    with store.session() as session:
        for name, table in (
            ("events", EventRow),
            ("incidents", IncidentRow),
            ("claims", ClaimRow),
            ("alerts", AlertRow),
        ):
            counts[name] = int(session.scalar(select(func.count()).select_from(table)) or 0)
    return counts
