"""The alert record: level, dyad, window, reason in words and the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tocsin.models import content_hash

LEVELS = ("info", "warning", "critical")
SCOPES = ("pair", "family", "dyad")
"""Levels of dyad, from the widest (two countries) to the finest (two rolled-up sides)."""


@dataclass(frozen=True)
class Evidence:
    """One event behind an alert: its incident, record id, document and sentence."""

    incident_id: str
    event_id: str | None = None
    doc_id: str | None = None
    sentence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Alert:
    """An escalation alert on one dyad, at one level of dyad (``scope``).

    ``scope`` is ``pair`` (two countries), ``family`` (a conflict family inside a country:
    ``actor`` is the country, ``recipient`` the family) or ``dyad`` (two rolled-up sides);
    ``unit`` is the dyad's key at that level (``ARM–AZE``, ``SYR:state-rebels``, ``SYR–SYR/REB``).
    Alerts made before dyad levels existed have no ``unit`` and name a directed dyad.
    """

    kind: str  # surge, cusum, ladder, risk, forecast
    level: str
    actor: str
    recipient: str
    window_start: date
    window_end: date
    reason: str
    score: float
    key: str  # what makes two detections the same alert (week, change day, rung)
    incident_ids: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default=(), compare=False)
    as_of: date | None = None
    scope: str = "dyad"
    unit: str | None = None
    label: str | None = None  # the dyad in words ("Syria: state forces vs rebels")
    probability: float | None = None  # P(onset within the horizon), for forecast alerts
    episode: str | None = None  # id of the alert this one repeats (merged within a window)
    # level → the last day a detection of that level or above repeated the alert (empty: this
    # alert is one detection, at its own level, as of its day)
    detected: tuple[tuple[str, date], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown alert level {self.level!r}")
        if self.scope not in SCOPES:
            raise ValueError(f"unknown dyad level {self.scope!r}")

    @property
    def id(self) -> str:
        """Stable id: the same escalation detected on a later day keeps its id, and a repeat
        merged into an earlier alert takes that alert's id."""
        if self.episode:
            return self.episode
        prefix = "" if self.unit is None else f"{self.scope}|"
        return "al-" + content_hash(f"{prefix}{self.kind}|{self.actor}|{self.recipient}|{self.key}")

    def last_detected(self) -> dict[str, date]:
        """Level → the last day a detection of that level or above repeated the alert."""
        if self.detected:
            return dict(self.detected)
        day = self.as_of or self.window_end
        return dict.fromkeys(LEVELS[: LEVELS.index(self.level) + 1], day)

    @property
    def dyad(self) -> str:
        return self.unit or f"{self.actor}→{self.recipient}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "level": self.level,
            "actor": self.actor,
            "recipient": self.recipient,
            "dyad": self.dyad,
            "dyad_level": self.scope,
            "label": self.label or self.dyad,
            "probability": None if self.probability is None else round(self.probability, 4),
            "window": {"start": self.window_start.isoformat(), "end": self.window_end.isoformat()},
            "reason": self.reason,
            "score": round(self.score, 3),
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "detected": {k: v.isoformat() for k, v in self.last_detected().items()},
            "incident_ids": list(self.incident_ids),
            "evidence": [e.to_dict() for e in self.evidence],
        }
