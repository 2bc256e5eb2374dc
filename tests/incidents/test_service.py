"""Incidents in an in-memory store: rebuild, incremental update, listing, split and undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from incidents.storage import add
from tocsin.settings import Settings

Base = pytest.importorskip("tocsin.store.schema").Base

from tocsin.incidents.service import (  # noqa: E402 - needs the store schema
    IncidentBuilder,
    IncidentFilters,
    incident_summaries,
    list_incidents,
)
from tocsin.incidents.tables import IncidentMentionRow  # noqa: E402

CLASH = "Pakistani troops attacked an Indian army post near the border, killing two soldiers."


@pytest.fixture
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


@pytest.fixture
def builder(settings: Settings) -> IncidentBuilder:
    return IncidentBuilder(settings)


def test_update_merges_across_articles_and_counts_sources(session, builder) -> None:
    clash = {"actor": "PAK/MIL", "recipient": "IND/MIL"}
    first = add(session, "d1", "North", "2026-03-30", CLASH, [clash])
    builder.update(session, first)
    copy = add(session, "d2", "Metro", "2026-03-30", "Border clash. " + CLASH, [clash])
    own = add(session, "d3", "South", "2026-03-31", "Two soldiers died on the border.", [clash])
    touched = builder.update(session, copy + own)
    assert len(touched) == 1
    (incident,) = incident_summaries(session)
    assert incident.n_mentions == 3 and incident.n_documents == 3
    assert incident.n_sources == 2  # Metro reprinted North
    # Updating again with the same events changes nothing.
    assert builder.update(session, first + copy + own) == []


def test_rebuild_matches_update_and_list_explains(session, builder) -> None:
    add(session, "d1", "North", "2026-03-30", CLASH, [{"actor": "PAK", "recipient": "IND"}])
    add(session, "d2", "South", "2026-03-30", "Other text.", [{"actor": "PAK", "recipient": "IND"}])
    add(session, "d3", "South", "2026-04-10", "Later.", [{"actor": "IND", "recipient": "PAK"}])
    assert builder.rebuild(session) == 2
    rows = list_incidents(session, IncidentFilters(country="PAK"))
    assert [r["n_mentions"] for r in rows] == [1, 2]  # newest first
    merged = rows[1]["mentions"]
    assert [m["rule"] for m in merged] == ["anchor", "merge"]
    assert merged[1]["reason"]["date_gap_days"] == 0
    assert list_incidents(session, IncidentFilters(actor="IND"))[0]["date_start"] == "2026-04-10"
    assert list_incidents(session, IncidentFilters(min_sources=2))[0]["n_sources"] == 2


def test_split_and_unsplit_are_reversible_links(session, builder) -> None:
    spec = {"actor": "PAK", "recipient": "IND"}
    ids = add(session, "d1", "North", "2026-03-30", CLASH, [spec])
    ids += add(session, "d2", "South", "2026-03-30", "Other text.", [spec])
    builder.update(session, ids)
    (merged,) = incident_summaries(session)
    own = builder.split(session, ids[1], note="different post")
    assert own != merged.id
    counts = sorted(i.n_mentions for i in incident_summaries(session))
    assert counts == [1, 1]
    # A rebuild keeps the hand-made split.
    assert builder.rebuild(session) == 2
    target = builder.unsplit(session, ids[1])
    (restored,) = incident_summaries(session)
    assert restored.id == target and restored.n_mentions == 2
    history = session.scalars(
        select(IncidentMentionRow).where(IncidentMentionRow.event_id == ids[1])
    ).all()
    assert [h.rule for h in history if not h.active] == ["split"]
    assert [h.rule for h in history if h.active] == ["unsplit"]
    with pytest.raises(ValueError, match="not split"):
        builder.unsplit(session, ids[1])
