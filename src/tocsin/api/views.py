"""Data assembled for each dashboard page (no HTML here; the templates render it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tocsin.alerts.lapse import lapses
from tocsin.api import claims as claim_queries
from tocsin.api import queries
from tocsin.api.highlight import Piece, pieces
from tocsin.models import Event
from tocsin.store import EventFilter

LEVEL_ORDER = {"critical": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class EventView:
    """An event with its highlighted sentence and the document it came from."""

    event: Event
    pieces: list[Piece]
    doc_title: str | None
    doc_date: str | None
    source: str | None


def country_of(label: str) -> str:
    """``KEN/GOV`` → ``KEN`` (dyad sides carry a sector when both share a country)."""
    return label.split("/", 1)[0]


def event_views(store: Any, events: list[Event]) -> list[EventView]:
    """Events ready to show: highlighted sentence, title, date and source of their document."""
    doc_ids = [event.doc_id for event in events]
    docs = store.document_summaries(doc_ids) if events else {}
    starts = store.sentence_starts(doc_ids) if events else {}
    out = []
    for event in events:
        doc = docs.get(event.doc_id)
        out.append(
            EventView(
                event=event,
                pieces=pieces(event, starts.get((event.doc_id, event.sentence_index))),
                doc_title=doc.title if doc else None,
                doc_date=doc.date.isoformat() if doc and doc.date else None,
                source=doc.source if doc else None,
            )
        )
    return out


def alerts_with_lapses(store: Any, **filters: Any) -> tuple[list[dict[str, Any]], date | None]:
    """Stored alerts, each with its levels' last days detected and whether they still are
    (``lapses``, :func:`tocsin.alerts.lapse.lapses`), and the latest day of data that says."""
    found = queries.alerts(store, **filters)
    if not found:
        return found, None
    day = queries.alerts_day(store)
    return [{**a, "lapses": lapses(a["detected"], a["level"], day)} for a in found], day


def overview(store: Any) -> dict[str, Any]:
    """Counts, alerts by urgency, the busiest dyads, the top dyad's timeline, latest events."""
    found, _ = alerts_with_lapses(store, limit=200)
    newest_first = sorted(found, key=lambda a: a["window"]["end"])[::-1]
    alerts = sorted(newest_first, key=lambda a: LEVEL_ORDER.get(a["level"], 9))
    dyads = queries.dyads(store)
    top = dyads[0] if dyads else None
    freq = pick_freq(top)
    series = queries.dyad_series(store, top["actor"], top["recipient"], freq) if top else []
    latest = store.events(EventFilter(limit=25, newest_first=True))
    return {
        "counts": {
            "documents": store.count_documents(),
            "events": store.count_events(),
            "incidents": queries.count_incidents(store),
            "alerts": len(alerts),
        },
        "alerts": alerts[:12],
        "dyads": dyads[:15],
        "top": top,
        "freq": freq,
        "series": series,
        "events": event_views(store, latest),
    }


def pick_freq(dyad: dict[str, Any] | None) -> str:
    """Days for a short history, weeks beyond two months."""
    if not dyad:
        return "day"
    span = date.fromisoformat(dyad["last"]) - date.fromisoformat(dyad["first"])
    return "week" if span.days > 60 else "day"


def dyad_page(store: Any, actor: str, recipient: str, freq: str | None) -> dict[str, Any]:
    """A dyad's timeline, its alerts and every event between the two sides."""
    known = {(d["actor"], d["recipient"]): d for d in queries.dyads(store)}
    info = known.get((actor, recipient))
    freq = freq if freq in ("day", "week") else pick_freq(info)
    series = queries.dyad_series(store, actor, recipient, freq)
    reverse = (
        queries.dyad_series(store, recipient, actor, freq) if ((recipient, actor) in known) else []
    )
    events = store.events(
        EventFilter(actor=country_of(actor), recipient=country_of(recipient), limit=300)
    )
    back = store.events(
        EventFilter(actor=country_of(recipient), recipient=country_of(actor), limit=300)
    )
    alerts, _ = alerts_with_lapses(store, dyad=(actor, recipient), limit=50)
    return {
        "actor": actor,
        "recipient": recipient,
        "freq": freq,
        "info": info,
        "series": series,
        "reverse": reverse,
        "alerts": alerts,
        "events": event_views(store, events),
        "back_events": event_views(store, back),
        "dyads": sorted(known),
    }


INCIDENT_FILTERS = ("since", "until", "actor", "recipient", "event", "status", "place")
PAGE_ROWS = 1000  # incidents listed (and mapped) at most; filters narrow the rest


def incident_list(store: Any, params: dict[str, str]) -> dict[str, Any]:
    """Incidents matching the filter form; ``place`` is the country of the incident's place."""
    form = {k: (params.get(k) or "").strip() for k in INCIDENT_FILTERS}
    errors = []
    days: dict[str, date | None] = {}
    for key in ("since", "until"):
        try:
            days[key] = date.fromisoformat(form[key]) if form[key] else None
        except ValueError:
            errors.append(f"{key}: expected a date as YYYY-MM-DD")
            days[key] = None
    rows = queries.incidents(
        store,
        actor=form["actor"].upper() or None,
        recipient=form["recipient"].upper() or None,
        event=form["event"].upper() or None,
        status=form["status"] or None,
        since=days["since"],
        until=days["until"],
        limit=PAGE_ROWS,
    )
    if form["place"]:
        wanted = form["place"].lower()
        rows = [
            r
            for r in rows
            if wanted in ((r.get("place") or "").lower(), (r.get("place_country") or "").lower())
        ]
    return {"form": form, "errors": errors, "incidents": rows, "capped": len(rows) >= PAGE_ROWS}


def incident_page(store: Any, incident_id: str) -> dict[str, Any] | None:
    """An incident and the evidence of each of its mentions."""
    record = queries.incident(store, incident_id)
    if record is None:
        return None
    views = event_views(store, store.events_by_ids(m["event_id"] for m in record["mentions"]))
    by_id = {v.event.id: v for v in views}
    mentions = [(m, by_id.get(m["event_id"])) for m in record["mentions"]]
    return {"incident": record, "mentions": mentions}


def event_page(store: Any, event_id: str) -> dict[str, Any] | None:
    """The evidence view of one event: sentence, attribution, factuality and every source."""
    event = store.event(event_id)
    if event is None:
        return None
    (view,) = event_views(store, [event])
    incident_id = queries.incident_of_event(store, event_id)
    incident = queries.incident(store, incident_id) if incident_id else None
    sources = []
    if incident:
        others = store.events_by_ids(m["event_id"] for m in incident["mentions"])
        sources = event_views(store, others)
    return {"view": view, "incident": incident, "sources": sources}


def map_page(store: Any, params: dict[str, str]) -> dict[str, Any]:
    """Located incidents for the map (with the same filters as the incident list)."""
    listing = incident_list(store, params)
    points = [
        {
            "id": r["id"],
            "lat": r["lat"],
            "lon": r["lon"],
            "place": r.get("place"),
            "event": r["event"],
            "quad_class": r["quad_class"],
            "status": r["status"],
            "date": r.get("date_start"),
            "actor": r.get("actor_key"),
            "recipient": r.get("recipient_key"),
            "sources": r.get("n_sources"),
        }
        for r in listing["incidents"]
        if r.get("lat") is not None and r.get("lon") is not None
    ]
    return {**listing, "points": points, "unlocated": len(listing["incidents"]) - len(points)}


def claims_page(store: Any) -> dict[str, Any]:
    """Claims and the confirmations and denials linked to them."""
    return {"claims": claim_queries.claims(store, limit=300)}


def search_page(store: Any, text: str, limit: int = 100) -> dict[str, Any]:
    """Documents and event sentences containing ``text`` (two characters at least)."""
    text = text.strip()[:200]
    if len(text) < 2:
        return {"q": text, "documents": [], "events": [], "searched": False}
    events = store.events(EventFilter(text=text, limit=limit))
    return {
        "q": text,
        "documents": queries.search_documents(store, text, limit),
        "events": event_views(store, events),
        "searched": True,
    }


ALERT_GROUPS = (
    ("pair", "Country pairs", "Two countries, every sector of each rolled up."),
    (
        "family",
        "Conflict families",
        "State forces vs rebels, vs named armed groups, violence "
        "against civilians, armed groups against each other — inside one country.",
    ),
    ("dyad", "Fine dyads", "Two rolled-up sides (Syrian state forces – Syrian rebels)."),
)


def alerts_page(store: Any, limit: int = 500) -> dict[str, Any]:
    """Alerts grouped by level of dyad, most urgent first within each group, and the latest
    day of data their levels are still detected or lapsed against."""
    found, day = alerts_with_lapses(store, limit=limit)
    groups = []
    for scope, title, words in ALERT_GROUPS:
        mine = [a for a in found if a["dyad_level"] == scope and a.get("unit")]
        mine.sort(key=lambda a: (LEVEL_ORDER.get(a["level"], 9), a["first_seen"]), reverse=False)
        groups.append({"scope": scope, "title": title, "words": words, "alerts": mine})
    older = [a for a in found if not a.get("unit")]
    return {"groups": groups, "older": older, "total": len(found), "data_day": day}


def unit_page(store: Any, level: str, key: str) -> dict[str, Any] | None:
    """A dyad at one level: weekly series, forecast probability, reliability, alerts."""
    from tocsin.api import forecasts

    found = forecasts.unit_forecast(store, level, key)
    if found is None:
        return None
    alerts, _ = alerts_with_lapses(store, scope=level, unit=key, limit=50)
    return {"unit": found, "alerts": alerts}
