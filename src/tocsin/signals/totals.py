"""Totals per directed dyad over a period, summed by the database (one ``GROUP BY``).

The same figures as adding up :func:`tocsin.signals.dyad_days` per dyad, without reading every
incident into Python: incidents that happened, conflict and cooperation weights, the weighted
Goldstein sum, the risk channel, and the first and last day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from tocsin.signals.rows import party_label


@dataclass
class DyadTotal:
    """One directed dyad's totals."""

    actor: str
    recipient: str
    incidents: int = 0
    conflict: float = 0.0
    cooperation: float = 0.0
    goldstein: float = 0.0
    risk: float = 0.0
    first: date | None = None
    last: date | None = None

    def add(self, other: DyadTotal) -> None:
        self.incidents += other.incidents
        self.conflict += other.conflict
        self.cooperation += other.cooperation
        self.goldstein += other.goldstein
        self.risk += other.risk
        self.first = min(d for d in (self.first, other.first) if d is not None)
        self.last = max(d for d in (self.last, other.last) if d is not None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "recipient": self.recipient,
            "incidents": self.incidents,
            "conflict": round(self.conflict, 3),
            "cooperation": round(self.cooperation, 3),
            "goldstein": round(self.goldstein, 3),
            "risk": round(self.risk, 3),
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
        }


def dyad_totals(
    session: Session, since: date | None = None, until: date | None = None
) -> list[DyadTotal]:
    """Every directed dyad with incidents in the period, busiest first."""
    from tocsin.incidents.tables import IncidentRow as I

    happened = I.happened_weight
    weight = case((happened > 0, happened), else_=0.0)  # what counts as having happened
    query = (
        select(
            I.actor_key,
            I.actor_sector,
            I.recipient_key,
            I.recipient_sector,
            func.sum(case((happened > 0, 1), else_=0)),
            func.sum(case((I.quad_class >= 3, weight), else_=0.0)),
            func.sum(case((I.quad_class <= 2, weight), else_=0.0)),
            func.sum(I.goldstein * weight),
            func.sum(I.risk_weight),
            func.min(I.date_start),
            func.max(I.date_start),
        )
        .where(
            I.n_mentions > 0,
            I.date_start.is_not(None),
            I.actor_key.is_not(None),
            I.recipient_key.is_not(None),
        )
        .group_by(I.actor_key, I.actor_sector, I.recipient_key, I.recipient_sector)
    )
    if since is not None:
        query = query.where(I.date_start >= since)
    if until is not None:
        query = query.where(I.date_start <= until)
    table: dict[tuple[str, str], DyadTotal] = {}
    for akey, asector, rkey, rsector, n, conflict, coop, gold, risk, first, last in session.execute(
        query
    ):
        actor = party_label(akey, asector, rkey)
        recipient = party_label(rkey, rsector, akey)
        part = DyadTotal(
            actor,
            recipient,
            int(n or 0),
            float(conflict or 0.0),
            float(coop or 0.0),
            float(gold or 0.0),
            float(risk or 0.0),
            _day(first),
            _day(last),
        )
        if (actor, recipient) in table:
            table[(actor, recipient)].add(part)
        else:
            table[(actor, recipient)] = part
    return sorted(
        table.values(), key=lambda t: (-(t.incidents + round(t.risk, 3)), t.actor, t.recipient)
    )


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
