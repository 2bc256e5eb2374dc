"""A stored alert keeps, per level, the last day a detection of that level repeated it.

Round trips through SQLite and PostgreSQL: detections merged as a store merges them
(:func:`tocsin.alerts.service.record_alerts`) and as a replay does
(:class:`tocsin.alerts.episodes.AlertBook`), saved again without changing anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from store.databases import BACKENDS, database
from tocsin.alerts.episodes import AlertBook
from tocsin.alerts.lapse import Lapse, data_day, lapses
from tocsin.alerts.model import Alert
from tocsin.alerts.service import list_alerts, record_alerts, save_alerts
from tocsin.alerts.tables import AlertRow
from tocsin.settings import Settings
from tocsin.store import Store
from tocsin.store.alert_scan import mark_scanned

MONDAY = date(2025, 6, 2)
FAMILY = "SDN:state-rebels"


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with database(request.param, tmp_path) as url, Store(url) as opened:
        yield opened


def detection(day: date, level: str, kind: str = "onset", key: str | None = None) -> Alert:
    """A detection on one Sudanese conflict family as of ``day``."""
    return Alert(
        kind=kind,
        level=level,
        actor="SDN",
        recipient="state-rebels",
        window_start=MONDAY,
        window_end=day,
        reason=f"{kind} {level} on {day}",
        score=0.6,
        key=key or f"week:{MONDAY}",
        as_of=day,
        scope="family",
        unit=FAMILY,
        label="Sudan: state forces vs rebels",
    )


def stored(store: Store) -> list[dict]:
    with store.session() as session:
        return list_alerts(session)


def test_a_warning_repeated_only_by_infos_is_stored_as_detected_until_its_day(
    store: Store, settings: Settings
) -> None:
    tuesday, friday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=4)
    days = [
        (tuesday, [detection(tuesday, "warning")]),
        # a forecast's info on the same family, three days later, repeats the warning
        (friday, [detection(friday, "info", "forecast", key=f"week:{friday}")]),
    ]
    for day, found in days:
        with store.session() as session:
            record_alerts(session, settings, found, day)
    (alert,) = stored(store)
    assert (alert["kind"], alert["level"], alert["last_seen"]) == ("onset", "warning", str(friday))
    assert alert["detected"] == {"info": str(friday), "warning": str(tuesday)}
    # detecting the same days again (a rerun) updates the row and adds nothing
    for day, found in days:
        with store.session() as session:
            record_alerts(session, settings, found, day)
    assert stored(store) == [alert]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(AlertRow)) == 1
    # a warning detected again on a later day is detected up to that day
    sunday = MONDAY + timedelta(days=6)
    with store.session() as session:
        record_alerts(session, settings, [detection(sunday, "warning")], sunday)
    (alert,) = stored(store)
    assert alert["detected"] == {"info": str(sunday), "warning": str(sunday)}


def test_a_replay_stores_what_its_episodes_kept(store: Store) -> None:
    book = AlertBook(merge_days=14)
    levels = ["info", "critical", "warning", "info", "info"]
    for offset, level in enumerate(levels):
        day = MONDAY + timedelta(days=offset)
        merged = book.observe([detection(day, level)], day)
        with store.session() as session:
            save_alerts(session, merged)
            save_alerts(session, merged)  # saved twice: the same row
    (episode,) = book.episodes
    (alert,) = stored(store)
    assert alert["level"] == "critical"
    assert alert["detected"] == {k: v.isoformat() for k, v in episode.detected.items()}
    assert alert["detected"] == {
        "info": str(MONDAY + timedelta(days=4)),
        "warning": str(MONDAY + timedelta(days=2)),
        "critical": str(MONDAY + timedelta(days=1)),
    }


def test_levels_lapse_against_the_latest_day_of_data(store: Store, settings: Settings) -> None:
    tuesday, friday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=4)
    with store.session() as session:
        record_alerts(session, settings, [detection(tuesday, "critical")], tuesday)
        record_alerts(session, settings, [detection(friday, "info")], friday)
        assert data_day(session) is None  # no incidents, no detection over the whole store
        mark_scanned(session, friday)
        assert data_day(session) == friday
    (alert,) = stored(store)
    # the warning lapsed with the critical level; the info is still detected
    assert lapses(alert["detected"], alert["level"], friday) == [
        Lapse("critical", tuesday, False),
        Lapse("info", friday, True),
    ]
    later = friday + timedelta(days=1)
    assert [x.standing for x in lapses(alert["detected"], "critical", later)] == [False, False]
    # an alert stored before the record: its warning not recorded, its last day an info
    assert lapses({"info": str(tuesday)}, "warning", friday) == [
        Lapse("warning", None, False),
        Lapse("info", tuesday, False),
    ]
