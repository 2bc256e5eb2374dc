"""The records tocsin serves — event, incident, alert, claim — each defined once, here.

The event record is :class:`tocsin.models.Event` (the contract of ``docs/record.md``); the
incident, alert and claim records below describe the JSON the store's readers return and the
API serves. From these dataclasses come the shipped JSON Schemas (:mod:`tocsin.schema`,
``tocsin/data/schema``) and the API's response models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tocsin.alerts.model import LEVELS, SCOPES
from tocsin.alerts.model import Evidence as AlertEvidence
from tocsin.incidents.summary import IncidentSummary
from tocsin.models import FACTUALITY_STATUSES, Event, constrain

CLAIM_KINDS = ("claim", "denial", "confirmation")


# -- incidents ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergeReason:
    """Why a mention joined its incident: the keys that matched, the date gap, the place."""

    rule: str
    keys: tuple[str, ...]
    date_gap_days: int | None
    place: str
    direction: str


@dataclass(frozen=True)
class IncidentMention:
    """One event record merged into an incident."""

    event_id: str
    doc_id: str
    source: str | None
    copy_group: str | None
    rule: str
    reason: MergeReason


@dataclass(frozen=True)
class IncidentRecord(IncidentSummary):
    """An incident as served: its summary, whether a person pinned it, and its mentions."""

    pinned: bool = False
    mentions: tuple[IncidentMention, ...] = ()


# -- alerts ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AlertWindow:
    start: date
    end: date


@dataclass(frozen=True)
class AlertRecord:
    """A stored escalation alert on one dyad at one level (pair, family or fine dyad), with
    the evidence behind it; ``dyad`` is the dyad's key at that level, ``label`` its words."""

    id: str = field(metadata=constrain(pattern="^al-[0-9a-f]{16}$"))
    kind: str
    level: str = field(metadata=constrain(enum=list(LEVELS)))
    actor: str
    recipient: str
    dyad: str
    dyad_level: str = field(metadata=constrain(enum=list(SCOPES)))
    unit: str | None
    label: str
    probability: float | None
    window: AlertWindow
    reason: str
    score: float
    first_seen: date
    last_seen: date
    # level → the last day a detection of that level or above repeated the alert (a level
    # missing: not recorded, for alerts stored before the record was kept)
    detected: dict[str, date] = field(metadata=constrain(propertyNames={"enum": list(LEVELS)}))
    delivered: bool
    incident_ids: tuple[str, ...]
    evidence: tuple[AlertEvidence, ...]


# -- claims ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClaimFields:
    """What a source says: a sourced event, a denied event, or a denial statement."""

    id: str
    event_id: str | None
    doc_id: str
    sentence_index: int
    sentence: str
    kind: str = field(metadata=constrain(enum=list(CLAIM_KINDS)))
    event: str | None
    cameo: str | None
    trigger: str | None
    actor_country: str | None
    recipient_country: str | None
    status: str = field(metadata=constrain(enum=list(FACTUALITY_STATUSES)))
    score: float
    speaker: str | None
    speaker_country: str | None
    speaker_sector: str | None
    attribution_cue: str | None
    anonymous: bool
    contested: bool
    claim_date: str | None


@dataclass(frozen=True)
class LinkedClaim(ClaimFields):
    """A claim that answers another, or that another answers, and how."""

    relation: str = field(default="", metadata=constrain(enum=["denies", "confirms"]))
    rule: str = ""


@dataclass(frozen=True)
class ClaimRecord(ClaimFields):
    """A claim with the responses that answer it and the claims it answers."""

    responses: tuple[LinkedClaim, ...] = ()
    answers: tuple[LinkedClaim, ...] = ()
    # in a list, at most LIST_LINKS of each are given; these count them all
    responses_total: int = 0
    answers_total: int = 0


# -- API envelopes --------------------------------------------------------------------------------
@dataclass(frozen=True)
class EventInIncident(Event):
    """An event record with the incident it belongs to now."""

    incident_id: str | None = None


@dataclass(frozen=True)
class EventList:
    total: int
    events: tuple[Event, ...]


@dataclass(frozen=True)
class IncidentList:
    incidents: tuple[IncidentRecord, ...]


@dataclass(frozen=True)
class AlertList:
    alerts: tuple[AlertRecord, ...]


@dataclass(frozen=True)
class ClaimList:
    claims: tuple[ClaimRecord, ...]


#: shipped schema file → (record, title, description)
SCHEMAS: dict[str, tuple[type, str, str]] = {
    "event.schema.json": (
        Event,
        "tocsin event record",
        "One coded event, as printed by `tocsin code --format jsonl` (see docs/record.md).",
    ),
    "incident.schema.json": (
        IncidentRecord,
        "tocsin incident record",
        "One incident (mentions of the same real-world event merged), as served by the API.",
    ),
    "alert.schema.json": (
        AlertRecord,
        "tocsin alert record",
        "One escalation alert with its evidence, as served by the API and `tocsin alerts`.",
    ),
    "claim.schema.json": (
        ClaimRecord,
        "tocsin claim record",
        "One claim, denial or confirmation with the claims linked to it, as served by the API.",
    ),
}


def schemas() -> dict[str, dict[str, Any]]:
    """Every shipped schema document, generated from the records above."""
    from tocsin.schema import json_schema

    return {
        name: json_schema(cls, name=name, title=title, description=description)
        for name, (cls, title, description) in SCHEMAS.items()
    }
