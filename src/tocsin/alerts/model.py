"""The alert record: level, dyad, window, reason in words and the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tocsin.models import content_hash

LEVELS = ("info", "warning", "critical")


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
    """An escalation alert on one directed dyad."""

    kind: str  # surge, cusum, ladder, risk
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

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown alert level {self.level!r}")

    @property
    def id(self) -> str:
        """Stable id: the same escalation detected on a later day keeps its id."""
        return "al-" + content_hash(f"{self.kind}|{self.actor}|{self.recipient}|{self.key}")

    @property
    def dyad(self) -> str:
        return f"{self.actor}→{self.recipient}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "level": self.level,
            "actor": self.actor,
            "recipient": self.recipient,
            "dyad": self.dyad,
            "window": {"start": self.window_start.isoformat(), "end": self.window_end.isoformat()},
            "reason": self.reason,
            "score": round(self.score, 3),
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "incident_ids": list(self.incident_ids),
            "evidence": [e.to_dict() for e in self.evidence],
        }
