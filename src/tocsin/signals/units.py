"""Incidents placed in the units they count in: country pair, conflict family, fine dyad."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from tocsin.signals.levels import Sides, Unit, bundled_sides

if TYPE_CHECKING:
    from tocsin.incidents.summary import IncidentSummary

VIOLENT_EVENTS = frozenset({"ASSAULT"})
DENIALS = frozenset({"denied", "negated"})


@dataclass(frozen=True)
class UnitRow:
    """An incident as the unit signals count it."""

    incident_id: str
    day: date
    units: tuple[Unit, ...]
    country: str | None  # where it happened, else a side's country (country-wide counts)
    event: str
    quad_class: int
    goldstein: float
    happened: float  # factuality weight of the incident as having happened
    risk: float  # weight in the risk channel (threats, mobilisation, possible violence)
    denied: bool  # a report of it was denied or negated
    killed: int  # deaths reported of the day (0 when none were; see :func:`deaths_of_the_day`)
    n_sources: int
    interstate: bool  # force between the state forces of two countries

    @property
    def violent(self) -> float:
        """Weight of the incident as violence that happened."""
        return self.happened if self.event in VIOLENT_EVENTS else 0.0

    @property
    def hypothetical(self) -> float:
        """The part of the risk channel from violence that has not happened."""
        return self.risk if self.happened <= 0 else 0.0


def deaths_of_the_day(incident: IncidentSummary) -> int:
    """The deaths an incident reports, counted on its day only when it is dated to the day.

    A toll dated to a month or a year ("about 2,500 were killed in July") spans weeks; counted on
    the first day of its month or year it would make one week of a war look like a massacre and
    set the baseline of the weeks after it. Such tolls are left out of the daily and weekly deaths,
    as the onset rule leaves out the truth's events whose deaths span weeks or months.
    """
    if not incident.killed or incident.date_precision not in (None, "day"):
        return 0
    return incident.killed


def unit_rows(incidents: Iterable[IncidentSummary], sides: Sides | None = None) -> list[UnitRow]:
    """Rows of the dated incidents that fall in at least one unit or in a known country."""
    sides = sides or bundled_sides()
    rows = []
    for inc in incidents:
        if inc.date_start is None:
            continue
        actor = sides.side(inc.actor_key, inc.actor_sector)
        recipient = sides.side(inc.recipient_key, inc.recipient_sector)
        units = sides.units(
            actor,
            recipient,
            inc.place_country,
            conflict=inc.quad_class >= 3,
            cameo=inc.cameo,
            when=inc.date_start,
        )
        country = inc.place_country if sides.table.is_country(inc.place_country) else None
        if country is None:
            country = next((u.country for u in units if u.country), None)
        if not units and country is None:
            continue
        interstate = bool(
            actor
            and recipient
            and actor.kind == recipient.kind == "state"
            and actor.country != recipient.country
            and inc.event in VIOLENT_EVENTS
        )
        rows.append(
            UnitRow(
                incident_id=inc.id,
                day=inc.date_start,
                units=units,
                country=country,
                event=inc.event,
                quad_class=inc.quad_class,
                goldstein=inc.goldstein,
                happened=inc.happened_weight,
                risk=inc.risk_weight,
                denied=inc.contested or inc.status in DENIALS,
                killed=deaths_of_the_day(inc),
                n_sources=inc.n_sources,
                interstate=interstate,
            )
        )
    return rows
