"""PLOVER 2.0 JSONL: one event per line with PLOVER's field names.

Follows the Open Event Data Alliance PLOVER 2.0 manual: ``source``/``target`` actor text with
``src_actor``/``src_agent`` (country and sector codes), ``event``, ``mode``, ``context``,
``event_text``, and ``event_loc``. Fields PLOVER lacks are kept under their tocsin names
(``cameo``, ``factuality``, ``attribution``…), so hypothetical events stay flagged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from tocsin.export.items import ExportItem
from tocsin.export.tables import ExportTables
from tocsin.models import ActorRef

VERSION = "PLOVER 2.0"


def _actor(role: str, short: str, actor: ActorRef | None) -> dict[str, Any]:
    """PLOVER actor fields: ``source``, ``src_actor`` (country), ``src_agent`` (sector)…"""
    return {
        role: (actor.name or actor.text) if actor else None,
        f"{short}_actor": actor.country if actor else None,
        f"{short}_agent": actor.sector if actor else None,
        f"{short}_other": actor.code if actor else None,
        f"{short}_text": actor.text if actor else None,
    }


def plover_record(item: ExportItem) -> dict[str, Any]:
    """The PLOVER object of one event."""
    event = item.event
    day = item.day
    place = event.location
    record: dict[str, Any] = {
        "id": event.id,
        "date": day.isoformat() if day else None,
        "date_precision": item.precision if day else None,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        **_actor("source", "src", event.actor),
        **_actor("target", "tgt", event.recipient),
        "event_text": " ".join(event.sentence.split()),
        "trigger": event.trigger.text,
        "event_loc": None
        if place is None
        else {
            "name": place.name,
            "lat": place.lat,
            "lon": place.lon,
            "admin1": place.admin1,
            "country": place.country,
            "precision": place.precision,
        },
        "story_id": event.doc_id,
        "sentence_num": event.sentence_index,
        "story_date": item.published.isoformat() if item.published else None,
        "publisher": item.source,
        "url": item.url,
        "headline": item.title,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "factuality": {
            "status": event.factuality.status,
            "score": event.factuality.score,
            "cue": event.factuality.cue,
        },
        "attribution": event.to_dict()["attribution"],
        "size": event.to_dict()["size"],
        "confidence": event.confidence,
        "version": VERSION,
    }
    return record


def write(items: Iterable[ExportItem], out: TextIO, tables: ExportTables) -> int:
    """Write PLOVER JSONL; returns the number of records."""
    count = 0
    for item in items:
        out.write(json.dumps(plover_record(item), ensure_ascii=False) + "\n")
        count += 1
    return count
