"""Decide whether a report describes an incident already seen, and say why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tocsin.incidents.keys import Interval, Party, place_match
from tocsin.incidents.reports import Report
from tocsin.weights import SignalWeights


@dataclass(frozen=True)
class MergeReason:
    """Why a report joined an incident: which keys matched, the date gap, the place match."""

    keys: tuple[str, ...]
    date_gap_days: int | None
    place: str
    direction: str = "same"
    score: float = 0.0
    rule: str = "merge"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "keys": list(self.keys),
            "date_gap_days": self.date_gap_days,
            "place": self.place,
            "direction": self.direction,
        }


ANCHOR = MergeReason(keys=(), date_gap_days=0, place="anchor", rule="anchor")


@dataclass
class IncidentDraft:
    """An incident being assembled: its first report, its mentions and their reasons."""

    anchor: Report
    mentions: list[tuple[Report, MergeReason]] = field(default_factory=list)
    pinned: bool = False  # split off by hand: takes no further reports

    def __post_init__(self) -> None:
        if not self.mentions:
            self.mentions.append((self.anchor, ANCHOR))

    @property
    def interval(self) -> Interval | None:
        """The narrowest date interval among the mentions (the best-dated report decides)."""
        known = [r.interval for r, _ in self.mentions if r.interval is not None]
        return min(known, key=lambda i: (i.width, i.start)) if known else None

    @property
    def reports(self) -> list[Report]:
        return [r for r, _ in self.mentions]


class Matcher:
    """Compare a report with an incident on dyad, family, stance, dates and place."""

    def __init__(self, weights: SignalWeights, slack_days: int = 1, max_km: float = 50.0):
        self.weights = weights
        self.slack_days = slack_days
        self.max_km = max_km

    def compare(self, report: Report, incident: IncidentDraft) -> MergeReason | None:
        """The reason to merge ``report`` into ``incident``, or ``None`` if they differ."""
        if incident.pinned:
            return None
        anchor = incident.anchor
        if report.family != anchor.family:
            return None
        if report.stance(self.weights) != anchor.stance(self.weights):
            return None
        direction = self._direction(report, incident)
        if direction is None:
            return None
        gap = self._date_gap(report, incident)
        if gap is not None and gap > self.slack_days:
            return None
        place = self._place(report, incident)
        if place is None:
            return None
        keys = ("actor", "recipient", "family", "stance")
        score = 10.0 - (gap or 0) + (1.0 if place not in ("unknown",) else 0.0)
        return MergeReason(
            keys=(*keys, "date") if gap is not None else keys,
            date_gap_days=gap,
            place=place,
            direction=direction,
            score=score,
        )

    def _direction(self, report: Report, incident: IncidentDraft) -> str | None:
        """``"same"`` or ``"reversed"`` (symmetric events) when the dyads agree, else ``None``."""
        anchor = incident.anchor
        if _same_dyad(report.actor, report.recipient, anchor.actor, anchor.recipient):
            return "same"
        symmetric = report.event.symmetric or anchor.event.symmetric
        if symmetric and _same_dyad(report.actor, report.recipient, anchor.recipient, anchor.actor):
            return "reversed"
        return None

    def _date_gap(self, report: Report, incident: IncidentDraft) -> int | None:
        mine, theirs = report.interval, incident.interval
        if mine is None or theirs is None:
            return None
        return mine.gap(theirs)

    def _place(self, report: Report, incident: IncidentDraft) -> str | None:
        """Agreement with every located mention of the incident (one conflict vetoes)."""
        verdicts = [
            place_match(report.event.location, other.event.location, self.max_km)
            for other in incident.reports
        ]
        if any(v is None for v in verdicts):
            return None
        located = [v for v in verdicts if v != "unknown"]
        return located[0] if located else "unknown"


def _same_dyad(actor: Party, recipient: Party, other_actor: Party, other_recipient: Party) -> bool:
    if not actor.compatible(other_actor):
        return False
    if recipient.key is None and other_recipient.key is None:
        return True
    return recipient.compatible(other_recipient)
