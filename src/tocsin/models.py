"""Frozen records passed between pipeline stages, and the event record contract.

The JSON shape produced by :meth:`Event.to_dict` is the contract in ``docs/DESIGN.md``:
every export, API response and test relies on it.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date
from functools import cache
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


ACLED_EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
DATE_PRECISIONS = ("day", "week", "month", "year")
PLACE_PRECISIONS = ("point", "city", "admin1", "country")


_SCALARS = (str, int, float, bool, type(None), date)


def plain(value: Any) -> Any:
    """What :func:`dataclasses.asdict` gives for a record, without copying immutable values
    (asdict deep-copies every leaf, which made listing events slow)."""
    if isinstance(value, _SCALARS):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list | tuple):
        return type(value)(plain(item) for item in value)
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def constrain(*, not_null: bool = False, **schema: Any) -> dict[str, Any]:
    """Field metadata: JSON Schema keywords that narrow the field's type (``tocsin.schema``).

    ``not_null`` marks an optional field that the JSON always fills in (``Event.size``).
    """
    return {"schema": schema, "not_null": not_null}


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
    sanitised: tuple[str, ...] = ()  # what ingest changed, and what coding cut or skipped

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

    text: str = field(metadata=constrain(minLength=1))
    name: str | None = None
    code: str | None = field(default=None, metadata=constrain(pattern="^[A-Z]{2,}[A-Z]*$"))
    country: str | None = field(default=None, metadata=constrain(pattern="^[A-Z]{2,6}$"))
    sector: str | None = field(default=None, metadata=constrain(pattern="^[A-Z]{3}$"))
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
    text: str = field(metadata=constrain(minLength=1))
    start: int = field(metadata=constrain(minimum=0))
    end: int = field(metadata=constrain(minimum=1))


@dataclass(frozen=True)
class Factuality:
    status: str = field(default="asserted", metadata=constrain(enum=list(FACTUALITY_STATUSES)))
    score: float = field(default=3.0, metadata=constrain(minimum=-3, maximum=3))
    cue: str | None = None

    def __post_init__(self) -> None:
        if self.status not in FACTUALITY_STATUSES:
            raise ValueError(f"unknown factuality status {self.status!r}")


@dataclass(frozen=True)
class Speaker:
    text: str = field(metadata=constrain(minLength=1))
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker | None = None
    cue: str | None = None
    anonymous: bool = False


@dataclass(frozen=True)
class EventDate:
    # ISO date or a prefix of one: "2023-09-20", "2023-09", "2023"
    value: str = field(metadata=constrain(pattern="^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))
    precision: str = field(metadata=constrain(enum=list(DATE_PRECISIONS)))
    text: str | None = None
    inferred: bool = False  # True when taken from the publication date, not the clause


@dataclass(frozen=True)
class Location:
    name: str = field(metadata=constrain(minLength=1))
    country: str | None = None
    admin1: str | None = None
    lat: float | None = field(default=None, metadata=constrain(minimum=-90, maximum=90))
    lon: float | None = field(default=None, metadata=constrain(minimum=-180, maximum=180))
    precision: str = field(default="city", metadata=constrain(enum=list(PLACE_PRECISIONS)))
    text: str | None = None


@dataclass(frozen=True)
class Size:
    killed: int | None = field(default=None, metadata=constrain(minimum=0))
    injured: int | None = field(default=None, metadata=constrain(minimum=0))
    displaced: int | None = field(default=None, metadata=constrain(minimum=0))
    arrested: int | None = field(default=None, metadata=constrain(minimum=0))
    participants: int | None = field(default=None, metadata=constrain(minimum=0))
    approximate: bool = False
    # the counts (the killed, when there are any) sum a period — "in 62 days of bombing", "since
    # the start of the offensive" — rather than one day's event (tocsin.sizes.periods)
    cumulative: bool = False

    def is_empty(self) -> bool:
        return all(
            v is None
            for v in (self.killed, self.injured, self.displaced, self.arrested, self.participants)
        )

    def completed(self, other: Size) -> Size:
        """These counts, with the ones they lack taken from ``other`` (another trigger's)."""
        names = ("killed", "injured", "displaced", "arrested", "participants")
        fields = {
            name: getattr(self, name) if getattr(self, name) is not None else getattr(other, name)
            for name in names
        }
        main = self if self.killed is not None or other.killed is None else other
        return Size(
            **fields,
            approximate=self.approximate or other.approximate,
            cumulative=main.cumulative,
        )


@dataclass(frozen=True)
class Acled:
    event_type: str = field(metadata=constrain(enum=list(ACLED_EVENT_TYPES)))
    sub_event_type: str = field(metadata=constrain(minLength=1))


@dataclass(frozen=True)
class Evidence:
    rule: str | None = None
    model: str | None = None
    actor_rule: str | None = None
    recipient_rule: str | None = None
    factuality_rule: str | None = None
    # when a model set the record: the rules' factuality score, the rule's CAMEO code
    rule_score: float | None = field(default=None, metadata=constrain(minimum=-3, maximum=3))
    rule_cameo: str | None = field(default=None, metadata=constrain(pattern="^[0-9]{3,4}$"))
    merged: tuple[str, ...] = ()  # other triggers of the same event mention


@dataclass(frozen=True)
class Event:
    """One coded event: the record contract of ``docs/DESIGN.md``."""

    id: str = field(metadata=constrain(pattern="^ev-[0-9a-f]{16}$"))
    doc_id: str = field(metadata=constrain(minLength=1))
    sentence_index: int = field(metadata=constrain(minimum=0))
    sentence: str = field(metadata=constrain(minLength=1))
    trigger: Trigger
    event: str = field(metadata=constrain(enum=list(PLOVER_EVENTS)))
    cameo: str = field(metadata=constrain(pattern="^[0-2][0-9]{1,3}$"))
    quad_class: int = field(metadata=constrain(enum=[1, 2, 3, 4]))
    goldstein: float = field(metadata=constrain(minimum=-10, maximum=10))
    mode: str | None = None
    context: tuple[str, ...] = ()
    acled: Acled | None = None
    actor: ActorRef | None = None
    recipient: ActorRef | None = None
    factuality: Factuality = field(default_factory=Factuality)
    attribution: Attribution = field(default_factory=Attribution)
    date: EventDate | None = None
    location: Location | None = None
    size: Size | None = field(default=None, metadata=constrain(not_null=True))  # JSON: filled
    confidence: float = field(default=0.5, metadata=constrain(minimum=0, maximum=1))
    evidence: Evidence = field(default_factory=Evidence)
    symmetric: bool = False

    @staticmethod
    def make_id(doc_id: str, sentence_index: int, trigger_start: int, salt: str = "") -> str:
        """Stable id from document, sentence and trigger offset (``salt`` separates pairs)."""
        return "ev-" + content_hash(f"{doc_id}|{sentence_index}|{trigger_start}|{salt}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the record contract."""
        data = plain(self)
        data["context"] = list(self.context)
        data["evidence"]["merged"] = list(self.evidence.merged)
        if data["size"] is None:
            data["size"] = {
                "killed": None,
                "injured": None,
                "displaced": None,
                "arrested": None,
                "participants": None,
                "approximate": False,
                "cumulative": False,
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
            evidence=_evidence(data.get("evidence") or {}),
            symmetric=bool(data.get("symmetric", False)),
        )


def _evidence(data: dict[str, Any]) -> Evidence:
    """The evidence object of a stored record (``merged`` read back as a tuple)."""
    return Evidence(**{**data, "merged": tuple(data.get("merged") or ())})
