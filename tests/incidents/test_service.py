"""Incidents in a temporary store: rebuild, incremental update, listing, split and undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from incidents.storage import add
from tocsin.incidents import IncidentFilters, list_incidents, rebuild, split, unsplit, update
from tocsin.incidents.service import incident_summaries
from tocsin.incidents.tables import IncidentMentionRow
from tocsin.settings import Settings
from tocsin.store import Store

CLASH = "Pakistani troops attacked an Indian army post near the border, killing two soldiers."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'incidents.db'}") as opened:
        yield opened


def summaries(store: Store):
    with store.session() as session:
        return incident_summaries(session)


def test_update_merges_across_articles_and_counts_sources(store: Store, settings: Settings) -> None:
    clash = {"actor": "PAK/MIL", "recipient": "IND/MIL"}
    first = add(store, "d1", "North", "2026-03-30", CLASH, [clash])
    update(store, first, settings)
    copy = add(store, "d2", "Metro", "2026-03-30", "Border clash. " + CLASH, [clash])
    own = add(store, "d3", "South", "2026-03-31", "Two soldiers died on the border.", [clash])
    touched = update(store, copy + own, settings)
    assert len(touched) == 1
    (incident,) = summaries(store)
    assert incident.n_mentions == 3 and incident.n_documents == 3
    assert incident.n_sources == 2  # Metro reprinted North
    # Updating again with the same events changes nothing.
    assert update(store, first + copy + own, settings) == []


def test_rebuild_and_list_explain_merges(store: Store, settings: Settings) -> None:
    add(store, "d1", "North", "2026-03-30", CLASH, [{"actor": "PAK", "recipient": "IND"}])
    add(store, "d2", "South", "2026-03-30", "Other text.", [{"actor": "PAK", "recipient": "IND"}])
    add(store, "d3", "South", "2026-04-10", "Later.", [{"actor": "IND", "recipient": "PAK"}])
    assert rebuild(store, settings) == 2
    with store.session() as session:
        rows = list_incidents(session, IncidentFilters(country="PAK"))
        assert [r["n_mentions"] for r in rows] == [1, 2]  # newest first
        merged = rows[1]["mentions"]
        assert [m["rule"] for m in merged] == ["anchor", "merge"]
        assert merged[1]["reason"]["date_gap_days"] == 0
        later = list_incidents(session, {"actor": "IND"})
        assert later[0]["date_start"] == "2026-04-10"
        assert list_incidents(session, IncidentFilters(min_sources=2))[0]["n_sources"] == 2
    # Rebuilding again gives the same incidents.
    before = {s.id for s in summaries(store)}
    rebuild(store, settings)
    assert {s.id for s in summaries(store)} == before


def test_split_and_unsplit_are_reversible_links(store: Store, settings: Settings) -> None:
    spec = {"actor": "PAK", "recipient": "IND"}
    ids = add(store, "d1", "North", "2026-03-30", CLASH, [spec])
    ids += add(store, "d2", "South", "2026-03-30", "Other text.", [spec])
    update(store, ids, settings)
    (merged,) = summaries(store)
    own = split(store, ids[1], note="a different post")
    assert own != merged.id
    assert sorted(i.n_mentions for i in summaries(store)) == [1, 1]
    assert rebuild(store, settings) == 2  # a rebuild keeps the hand-made split
    target = unsplit(store, ids[1])
    (restored,) = summaries(store)
    assert restored.id == target == merged.id and restored.n_mentions == 2
    with store.session() as session:
        history = session.scalars(
            select(IncidentMentionRow).where(IncidentMentionRow.event_id == ids[1])
        ).all()
        assert [h.rule for h in history if not h.active] == ["split"]
        assert [h.rule for h in history if h.active] == ["unsplit"]
    with pytest.raises(ValueError, match="not split"):
        unsplit(store, ids[1])
