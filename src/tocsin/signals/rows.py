"""One signal row per incident: the dyad, the day and what the incident weighs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tocsin.incidents.summary import IncidentSummary


@dataclass(frozen=True)
class SignalRow:
    """An incident reduced to what signals count."""

    incident_id: str
    day: date
    actor: str
    recipient: str
    event: str
    quad_class: int
    goldstein: float
    happened: float  # factuality weight in the "happened" channel (0 for hypotheticals)
    risk: float  # weight in the risk channel
    n_sources: int = 1

    @property
    def intensity(self) -> float:
        """Conflict intensity: |Goldstein| of conflict incidents, weighted by factuality."""
        return abs(self.goldstein) * self.happened if self.quad_class >= 3 else 0.0


def party_label(key: str | None, sector: str | None, other: str | None) -> str:
    """A dyad side: the country code, with the sector when both sides share a country."""
    if key is None:
        return "?"
    if other is not None and key == other and sector:
        return f"{key}/{sector}"
    return key


def rows_from_incidents(incidents: Iterable[IncidentSummary]) -> list[SignalRow]:
    """Signal rows of incidents that have a date, an actor and a recipient."""
    rows = []
    for inc in incidents:
        if inc.date_start is None or inc.actor_key is None or inc.recipient_key is None:
            continue
        rows.append(
            SignalRow(
                incident_id=inc.id,
                day=inc.date_start,
                actor=party_label(inc.actor_key, inc.actor_sector, inc.recipient_key),
                recipient=party_label(inc.recipient_key, inc.recipient_sector, inc.actor_key),
                event=inc.event,
                quad_class=inc.quad_class,
                goldstein=inc.goldstein,
                happened=inc.happened_weight,
                risk=inc.risk_weight,
                n_sources=inc.n_sources,
            )
        )
    return rows
