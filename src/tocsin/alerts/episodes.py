"""Merge repeated detections on one dyad into one alert (an episode).

A detection on a dyad (at one level) whose last alert was seen at most ``merge_days`` before
joins that alert: same id, the higher level, the newest reason, the window widened. Otherwise
it opens a new alert. So a dyad that stays tense for weeks is one alert, not one a day.

An episode keeps the first day it stood at each level (``reached``: a level never drops) and the
last day a detection of that level or above was seen (``detected``): a warning repeated only by
infos stops being detected as a warning, and a backtest scores it as standing until then. The
alerts :meth:`AlertBook.observe` returns carry that record (``Alert.detected``), so a store
they are saved to keeps it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from tocsin.alerts.model import LEVELS, Alert


def dyad_key(alert: Alert) -> tuple[str, str, str]:
    """What makes two detections repeats of each other: the level of dyad and the dyad."""
    return (alert.scope, alert.actor, alert.recipient)


@dataclass
class Episode:
    """One alert as it was seen day after day."""

    alert: Alert
    first_seen: date
    last_seen: date
    reached: dict[str, date] = field(default_factory=dict)  # level → first day at that level
    detected: dict[str, date] = field(default_factory=dict)  # level → last day detected at it

    @property
    def level(self) -> str:
        return self.alert.level

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.alert.to_dict(),
            "first_seen": self.first_seen.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "reached": {k: v.isoformat() for k, v in self.reached.items()},
            "detected": {k: v.isoformat() for k, v in self.detected.items()},
        }


def raised(old: str, new: str) -> str:
    """The higher of two levels (a level never drops within an alert)."""
    return max(old, new, key=LEVELS.index)


class AlertBook:
    """The alerts of a replay, with repeats merged."""

    def __init__(self, merge_days: int) -> None:
        self.merge_days = merge_days
        self.episodes: list[Episode] = []
        self._open: dict[tuple[str, str, str], Episode] = {}

    def observe(self, detections: list[Alert], as_of: date) -> list[Alert]:
        """Merge one day's detections; returns them as the alerts they belong to."""
        out = []
        for alert in sorted(detections, key=lambda a: -LEVELS.index(a.level)):
            key = dyad_key(alert)
            episode = self._open.get(key)
            if episode is None or (as_of - episode.last_seen).days > self.merge_days:
                episode = Episode(alert=alert, first_seen=as_of, last_seen=as_of)
                episode.alert = replace(alert, episode=alert.id)
                self._open[key] = episode
                self.episodes.append(episode)
            else:
                episode.alert = merge(episode.alert, alert)
                episode.last_seen = as_of
            for level in LEVELS[: LEVELS.index(episode.alert.level) + 1]:
                episode.reached.setdefault(level, as_of)
            for level in LEVELS[: LEVELS.index(alert.level) + 1]:
                episode.detected[level] = as_of
            episode.alert = replace(episode.alert, detected=tuple(episode.detected.items()))
            out.append(episode.alert)
        return list({a.id: a for a in out}.values())


def merge(old: Alert, new: Alert) -> Alert:
    """``new`` as a repeat of ``old``: old id and kind, higher level, newest reason."""
    ids = tuple(dict.fromkeys((*old.incident_ids, *new.incident_ids)))
    probability = max(
        (p for p in (old.probability, new.probability) if p is not None), default=None
    )
    return replace(
        new,
        kind=old.kind,
        key=old.key,
        episode=old.id,
        level=raised(old.level, new.level),
        window_start=min(old.window_start, new.window_start),
        window_end=max(old.window_end, new.window_end),
        incident_ids=ids,
        probability=probability,
        reason=new.reason if new.kind == old.kind else f"{new.kind}: {new.reason}",
    )
