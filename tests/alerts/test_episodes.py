"""Repeated detections on one dyad are one alert: same id, the higher level, a wider window."""

from __future__ import annotations

from datetime import date, timedelta

from tocsin.alerts.episodes import AlertBook
from tocsin.alerts.model import Alert

DAY = date(2026, 3, 2)


def detection(offset: int, level: str = "warning", kind: str = "surge", unit: str = "A–B"):
    day = DAY + timedelta(days=offset)
    return Alert(
        kind=kind,
        level=level,
        actor=unit[0],
        recipient=unit[-1],
        window_start=day,
        window_end=day,
        reason=f"{kind} on {day}",
        score=1.0,
        key=f"day:{day}",
        incident_ids=(f"inc-{offset}",),
        scope="dyad",
        unit=unit,
    )


def test_repeats_within_the_window_merge() -> None:
    book = AlertBook(merge_days=14)
    (first,) = book.observe([detection(0)], DAY)
    (again,) = book.observe([detection(10, "critical", "ladder")], DAY + timedelta(days=10))
    assert again.id == first.id
    assert again.level == "critical" and again.kind == "surge"
    assert again.incident_ids == ("inc-0", "inc-10")
    assert again.window_start == DAY and again.reason.startswith("ladder:")
    (episode,) = book.episodes
    assert episode.first_seen == DAY and episode.last_seen == DAY + timedelta(days=10)
    assert episode.reached == {"info": DAY, "warning": DAY, "critical": DAY + timedelta(days=10)}


def test_a_quiet_gap_opens_a_new_alert_and_dyads_stay_apart() -> None:
    book = AlertBook(merge_days=14)
    (first,) = book.observe([detection(0)], DAY)
    (later,) = book.observe([detection(20)], DAY + timedelta(days=20))
    assert later.id != first.id
    both = book.observe([detection(21), detection(21, unit="C–D")], DAY + timedelta(days=21))
    assert len(both) == 2 and len(book.episodes) == 3


def test_a_level_never_drops() -> None:
    book = AlertBook(merge_days=14)
    book.observe([detection(0, "critical")], DAY)
    (again,) = book.observe([detection(3, "info")], DAY + timedelta(days=3))
    assert again.level == "critical"


def test_the_last_day_detected_at_each_level_is_kept() -> None:
    book = AlertBook(merge_days=14)
    book.observe([detection(0, "info")], DAY)
    book.observe([detection(3, "warning")], DAY + timedelta(days=3))
    book.observe([detection(12, "info")], DAY + timedelta(days=12))
    (episode,) = book.episodes
    assert episode.level == "warning" and episode.last_seen == DAY + timedelta(days=12)
    assert episode.reached == {"info": DAY, "warning": DAY + timedelta(days=3)}
    # repeated by an info only after day 3: detected as a warning until then
    assert episode.detected == {
        "info": DAY + timedelta(days=12),
        "warning": DAY + timedelta(days=3),
    }
