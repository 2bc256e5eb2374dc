"""Frozen records passed between pipeline stages, and the event record contract.

The JSON shape produced by :meth:`Event.to_dict` is the contract in ``docs/DESIGN.md``:
every export, API response and test relies on it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

FACTUALITY_STATUSES = (
    "asserted",
    "alleged",
    "negated",
    "denied",
    "possible",
    "future",
    "conditional",
    "requested",
)
PLOVER_EVENTS = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def content_hash(text: str, length: int = 16) -> str:
    """Stable hex digest of ``text`` (never Python's salted ``hash``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Dateline:
    """The place and agencies that open an article: ``WASHINGTON (Politico/Azatutyun) —``."""

    place: str
    agencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """One article as ingested; ``id`` is a content hash unless the source gives one."""

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file path, URL or "-" it was read from
    dateline: Dateline | None = None
    date_inferred: bool = False
    language: str | None = None

    @staticmethod
    def make_id(text: str) -> str:
        return "doc-" + content_hash(text.strip())


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor: the words in the text and the dictionary entry they matched."""

    text: str
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    entry: str | None = None  # id of the dictionary entry (or rule) that resolved it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """A span of the document that refers to an actor."""

    start: int  # document character offsets
    end: int
    token_start: int  # spaCy token indices [token_start, token_end)
    token_end: int
    actor: ActorRef
    rule: str  # which resolver step produced it: "dict", "title", "ner", "coref", ...


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Factuality:
    status: str = "asserted"
    score: float = 3.0
    cue: str | None = None

    def __post_init__(self) -> None:
        if self.status not in FACTUALITY_STATUSES:
            raise ValueError(f"unknown factuality status {self.status!r}")


@dataclass(frozen=True)
class Speaker:
    text: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker | None = None
    cue: str | None = None
    anonymous: bool = False


@dataclass(frozen=True)
class EventDate:
    value: str  # ISO date or a prefix of one: "2023-09-20", "2023-09", "2023"
    precision: str  # day, week, month, year
    text: str | None = None
    inferred: bool = False  # True when taken from the publication date, not the clause


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"  # point, city, admin1, country
    text: str | None = None


@dataclass(frozen=True)
class Size:
    killed: int | None = None
    injured: int | None = None
    displaced: int | None = None
    arrested: int | None = None
    participants: int | None = None
    approximate: bool = False

    def is_empty(self) -> bool:
        return all(
            v is None
            for v in (self.killed, self.injured, self.displaced, self.arrested, self.participants)
        )


@dataclass(frozen=True)
class Acled:
    event_type: str
    sub_event_type: str


@dataclass(frozen=True)
class Evidence:
    rule: str | None = None
    model: str | None = None
    actor_rule: str | None = None
    recipient_rule: str | None = None
    factuality_rule: str | None = None
    rule_score: float | None = None  # the rules' factuality score when a model set the record's
    rule_cameo: str | None = None  # the rule's CAMEO code when a model changed the record's type


@dataclass(frozen=True)
class Event:
    """One coded event: the record contract of ``docs/DESIGN.md``."""

    id: str
    doc_id: str
    sentence_index: int
    sentence: str
    trigger: Trigger
    event: str
    cameo: str
    quad_class: int
    goldstein: float
    mode: str | None = None
    context: tuple[str, ...] = ()
    acled: Acled | None = None
    actor: ActorRef | None = None
    recipient: ActorRef | None = None
    factuality: Factuality = field(default_factory=Factuality)
    attribution: Attribution = field(default_factory=Attribution)
    date: EventDate | None = None
    location: Location | None = None
    size: Size | None = None
    confidence: float = 0.5
    evidence: Evidence = field(default_factory=Evidence)
    symmetric: bool = False

    @staticmethod
    def make_id(doc_id: str, sentence_index: int, trigger_start: int, salt: str = "") -> str:
        """Stable id from document, sentence and trigger offset (``salt`` separates pairs)."""
        return "ev-" + content_hash(f"{doc_id}|{sentence_index}|{trigger_start}|{salt}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the record contract."""
        data = asdict(self)
        data["context"] = list(self.context)
        if data["size"] is None:
            data["size"] = {
                "killed": None,
                "injured": None,
                "displaced": None,
                "arrested": None,
                "participants": None,
                "approximate": False,
            }
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Rebuild an event from :meth:`to_dict` output (for stores and exports)."""

        def build(kind: type, value: Any) -> Any:
            return None if value is None else kind(**value)

        attribution = data.get("attribution") or {}
        size = build(Size, data.get("size"))
        return cls(
            id=data["id"],
            doc_id=data["doc_id"],
            sentence_index=data["sentence_index"],
            sentence=data["sentence"],
            trigger=Trigger(**data["trigger"]),
            event=data["event"],
            cameo=data["cameo"],
            quad_class=data["quad_class"],
            goldstein=data["goldstein"],
            mode=data.get("mode"),
            context=tuple(data.get("context") or ()),
            acled=build(Acled, data.get("acled")),
            actor=build(ActorRef, data.get("actor")),
            recipient=build(ActorRef, data.get("recipient")),
            factuality=Factuality(**(data.get("factuality") or {})),
            attribution=Attribution(
                speaker=build(Speaker, attribution.get("speaker")),
                cue=attribution.get("cue"),
                anonymous=bool(attribution.get("anonymous")),
            ),
            date=build(EventDate, data.get("date")),
            location=build(Location, data.get("location")),
            size=None if size is None or size.is_empty() else size,
            confidence=data.get("confidence", 0.5),
            evidence=Evidence(**(data.get("evidence") or {})),
            symmetric=bool(data.get("symmetric", False)),
        )
