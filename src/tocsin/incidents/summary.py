"""What an incident says as a whole: its keys, dates, place, status, weights and source count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tocsin.events.theatre.parties import VICTIMS_RULE
from tocsin.events.unidentified import RULE as UNIDENTIFIED_RULE
from tocsin.incidents.keys import Interval
from tocsin.incidents.matcher import IncidentDraft
from tocsin.incidents.reports import Report
from tocsin.incidents.sources import independent_sources
from tocsin.models import content_hash
from tocsin.weights import SignalWeights

# The incident's actor sector when no report names the attacker and one was inferred as the
# place's unidentified armed forces (the records' ``UAF``, rule ``unidentified.place``): the
# records share ``UAF`` with pro-government militias, which fight beside the state; the
# incident keeps them apart, so that signals do not count an unnamed attacker as state forces.
UNIDENTIFIED_SECTOR = "UNID"
# The same for violence against civilians whose attacker is only the war's stand-in
# (``theatre.victims``: the side of the front that fires, for shells and blasts that name only
# their victims): UCDP counts no one-sided violence without an identified perpetrator.
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "MED", "HLH", "EDU", "REL", "LAB", "BUS", "AGR", "NGO"})

# When mentions disagree, the incident's status is the most factual one reported.
STATUS_ORDER = (
    "asserted",
    "alleged",
    "future",
    "possible",
    "conditional",
    "requested",
    "denied",
    "negated",
)


@dataclass(frozen=True)
class IncidentSummary:
    """One incident as stored and served."""

    id: str
    event: str
    cameo: str
    quad_class: int
    goldstein: float
    actor_key: str | None
    actor_sector: str | None
    recipient_key: str | None
    recipient_sector: str | None
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    place: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    status: str
    contested: bool
    happened_weight: float
    risk_weight: float
    killed: int | None
    n_mentions: int
    n_documents: int
    n_sources: int

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        for key in ("date_start", "date_end"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


def incident_id(anchor: Report) -> str:
    """Stable id of an incident: derived from the event that opened it."""
    return "inc-" + content_hash(anchor.event.id)


def summarize(draft: IncidentDraft, weights: SignalWeights) -> IncidentSummary:
    """Fold an incident's mentions into one record."""
    reports = draft.reports
    anchor = draft.anchor
    statuses = Counter(r.status for r in reports)
    status = min(statuses, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99)
    contested = any(s in ("denied", "negated") for s in statuses) and any(
        weights.channel(s) == "happened" for s in statuses
    )
    cameo = Counter(r.event.cameo for r in reports).most_common(1)[0][0]
    goldstein = min(r.event.goldstein for r in reports if r.event.cameo == cameo)
    interval = draft.interval
    located = [r.event.location for r in reports if r.event.location is not None]
    place = min(located, key=_place_rank) if located else None
    killed = [toll for toll in (_own_toll(r, interval) for r in reports) if toll]
    return IncidentSummary(
        id=incident_id(anchor),
        event=anchor.family,
        cameo=cameo,
        quad_class=anchor.event.quad_class,
        goldstein=goldstein,
        actor_key=anchor.actor.key,
        actor_sector=_actor_sector(reports, _first(r.recipient.sector for r in reports)),
        recipient_key=anchor.recipient.key,
        recipient_sector=_first(r.recipient.sector for r in reports),
        date_start=interval.start if interval else None,
        date_end=interval.end if interval else None,
        date_precision=interval.precision if interval else None,
        place=place.name if place else None,
        place_country=place.country if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        status=status,
        contested=contested,
        happened_weight=max(weights.happened_weight(r.status) for r in reports),
        risk_weight=max(weights.risk_weight(r.family, r.status) for r in reports),
        killed=max(killed) if killed else None,
        n_mentions=len(reports),
        n_documents=len({r.doc_id for r in reports}),
        n_sources=independent_sources(r.independent_key() for r in reports),
    )


def _own_toll(report: Report, interval: Interval | None) -> int | None:
    """A report's death toll when it is the incident's own, else None.

    A total over weeks or months is not (:attr:`tocsin.models.Size.cumulative`), nor a toll of a
    report dated to a wider span than the incident: "about 4,000 killed in 2016" may merge into
    a day's airstrike of that year, but it counts the deaths of the year, not of that day.
    """
    size = report.event.size
    if size is None or not size.killed or size.cumulative:
        return None
    own = report.interval
    wider = interval is not None and own is not None and own.width > interval.width
    return None if wider else size.killed


def _actor_sector(reports: Sequence[Report], recipient_sector: str | None) -> str | None:
    """The first sector a report names for the actor; ``UNID`` when the only actor is one
    inferred as the place's unidentified armed forces, or, for violence against civilians, the
    war's stand-in for who fired (``theatre.victims``)."""
    civilians = recipient_sector in CIVILIAN_SECTORS

    def unnamed(report: Report) -> bool:
        rule = report.event.evidence.actor_rule or ""
        return rule.startswith(UNIDENTIFIED_RULE) or (civilians and VICTIMS_RULE in rule.split("+"))

    named = _first(r.actor.sector for r in reports if not unnamed(r))
    if named is None and any(unnamed(r) for r in reports):
        return UNIDENTIFIED_SECTOR
    return named


def _first(values: Any) -> Any:
    return next((v for v in values if v), None)


def _place_rank(location: Any) -> int:
    order = ("point", "city", "admin1", "country")
    return order.index(location.precision) if location.precision in order else len(order)
