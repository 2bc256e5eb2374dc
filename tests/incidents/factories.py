"""Build events and reports from compact dictionaries (used by the incident and signal tests)."""

from __future__ import annotations

from datetime import date
from typing import Any

from tocsin.incidents.cluster import cluster
from tocsin.incidents.matcher import Matcher
from tocsin.incidents.reports import Report
from tocsin.incidents.summary import IncidentSummary, summarize
from tocsin.models import (
    ActorRef,
    Event,
    EventDate,
    Evidence,
    Factuality,
    Location,
    Size,
    Trigger,
)
from tocsin.weights import SignalWeights

QUAD = {"ASSAULT": 4, "COERCE": 4, "MOBILIZE": 4, "THREATEN": 3, "ACCUSE": 3, "AGREE": 1}
GOLDSTEIN = {"ASSAULT": -10.0, "COERCE": -7.0, "MOBILIZE": -7.2, "THREATEN": -6.0}
SCORES = {"asserted": 3.0, "alleged": 2.0, "possible": 0.5, "future": 1.0, "denied": -3.0}


def party(spec: str | None) -> ActorRef | None:
    """``"IND/MIL"``: Indian military; ``"IND"``: India, no sector; ``"/CVL"``: civilians."""
    if spec is None:
        return None
    country, _, sector = spec.partition("/")
    if not country:
        return ActorRef(text=spec, name=sector, code=sector, sector=sector)
    return ActorRef(
        text=spec, name=country, code=country + sector, country=country, sector=sector or None
    )


def make_event(spec: dict[str, Any], index: int = 0) -> Event:
    """An :class:`Event` from a compact spec (see ``tests/data/incidents_cases.jsonl``)."""
    kind = spec.get("event", "ASSAULT")
    status = spec.get("status", "asserted")
    place = spec.get("place")
    when = spec.get("date")
    doc = spec.get("doc", f"doc-{index}")
    start = spec.get("offset", 10 * index)
    return Event(
        id=spec.get("id") or Event.make_id(doc, spec.get("sentence", 0), start),
        doc_id=doc,
        sentence_index=spec.get("sentence", 0),
        sentence=spec.get("text", f"Sentence {index}."),
        trigger=Trigger("trigger", start, start + 7),
        event=kind,
        cameo=spec.get("cameo", "190"),
        quad_class=spec.get("quad_class", QUAD.get(kind, 4)),
        goldstein=spec.get("goldstein", GOLDSTEIN.get(kind, -5.0)),
        actor=party(spec.get("actor")),
        recipient=party(spec.get("recipient")),
        factuality=Factuality(status=status, score=SCORES.get(status, 0.0)),
        date=(
            EventDate(value=when, precision=spec.get("precision", "day"))
            if when is not None
            else None
        ),
        location=Location(**place) if place else None,
        size=(
            Size(killed=spec["killed"], cumulative=bool(spec.get("cumulative")))
            if spec.get("killed")
            else None
        ),
        symmetric=bool(spec.get("symmetric", False)),
        evidence=Evidence(actor_rule=spec.get("actor_rule")),
    )


def make_report(spec: dict[str, Any], index: int = 0) -> Report:
    """A :class:`Report` (event plus its document's source, date and copy group)."""
    event = make_event(spec, index)
    published = spec.get("published") or spec.get("date")
    copy_of = spec.get("copy_of")
    return Report(
        event=event,
        source=spec.get("source"),
        published=date.fromisoformat(published[:10]) if published else None,
        copy_group=copy_of or event.doc_id,
        origin=spec.get("copy_source"),
    )


def summaries(specs: list[dict[str, Any]], weights: SignalWeights) -> list[IncidentSummary]:
    """The incidents that reports built from ``specs`` merge into, summarised."""
    reports = [make_report(spec, i) for i, spec in enumerate(specs)]
    return [summarize(d, weights) for d in cluster(reports, Matcher(weights))]
