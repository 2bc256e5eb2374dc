"""Labelled examples for ``tocsin train``, read from any gold format ``tocsin eval`` reads.

Factuality: UW JSONL (``targets`` with token spans), or a user JSONL of
``{"text", "start", "end", "label"}`` (character offsets, ``label`` from −3 to +3).
Event types: PLV TSV, PLOVER GSR JSON, CASE 2021 TSV, or a user JSONL of
``{"text", "event", "actor", "recipient"}`` (``event`` a PLOVER type, the parties as words of
the text or country codes, either may be empty).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocsin.errors import InputError
from tocsin.evaluation.uw import uw_records
from tocsin.models import PLOVER_EVENTS

FACTUALITY_FORMATS = ("uw", "jsonl")
EVENT_FORMATS = ("plv", "gsr", "case", "jsonl")


class LabelledFileError(InputError):
    """A training file that cannot be read as the format it was given as."""

    code = "E107"


@dataclass(frozen=True)
class SpanExample:
    """A predicate (character offsets) and its gold factuality score."""

    text: str
    start: int
    end: int
    label: float


@dataclass(frozen=True)
class SentenceExample:
    """A sentence, its gold event type (PLOVER 2.0, or a PLV root class) and its parties."""

    id: str
    text: str
    label: str
    source: str = ""
    target: str = ""
    source_codes: tuple[str, ...] = ()
    target_codes: tuple[str, ...] = ()
    span: tuple[int, int] | None = None
    scheme: str = "plover"  # "plover", "gsr" (PLOVER 0.5 conventions), "plv" (roots) or "acled"


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LabelledFileError(f"{path}: line {number}: {exc}") from exc
            if not isinstance(value, dict):
                raise LabelledFileError(f"{path}: line {number}: not a JSON object")
            yield number, value


def span_examples(path: str | Path, fmt: str) -> list[SpanExample]:
    """Factuality examples of a UW file or a user JSONL."""
    file = Path(path)
    if fmt == "uw":
        lines = [line for _, line in _json_lines(file)]
        if any("targets" not in line for line in lines):
            raise LabelledFileError(f"{file}: a UW file needs `targets` on every line")
        return [SpanExample(r["text"], r["start"], r["end"], r["gold"]) for r in uw_records(lines)]
    if fmt != "jsonl":
        raise LabelledFileError(f"factuality examples come from {FACTUALITY_FORMATS}, not {fmt}")
    examples = []
    for number, line in _json_lines(file):
        missing = [k for k in ("text", "start", "end", "label") if k not in line]
        if missing:
            raise LabelledFileError(f"{file}: line {number}: missing {', '.join(missing)}")
        try:
            label = float(line["label"])
            start, end = int(line["start"]), int(line["end"])
        except (TypeError, ValueError) as exc:
            raise LabelledFileError(f"{file}: line {number}: {exc}") from exc
        if not -3.0 <= label <= 3.0 or not 0 <= start < end <= len(line["text"]):
            raise LabelledFileError(
                f"{file}: line {number}: label must lie in -3 … 3 and the offsets in the text"
            )
        examples.append(SpanExample(str(line["text"]), start, end, label))
    return examples


def sentence_examples(path: str | Path, fmt: str) -> list[SentenceExample]:
    """Event-type examples of a PLV, GSR, CASE or user JSONL file."""
    file = Path(path)
    if fmt == "plv":
        from tocsin.evaluation import plv

        return [
            SentenceExample(
                i.id, i.sentence, i.label, i.source, i.target, span=i.span, scheme="plv"
            )
            for i in plv.read(file)
        ]
    if fmt == "gsr":
        from tocsin.evaluation import gsr

        return [
            SentenceExample(
                i.id,
                i.text,
                i.label,
                i.source,
                i.target,
                i.source_codes,
                i.target_codes,
                scheme="gsr",
            )
            for i in gsr.read(file)
        ]
    if fmt == "case":
        from tocsin.evaluation import case

        return [
            SentenceExample(i, text, label, scheme="acled") for i, text, label in case.read(file)
        ]
    if fmt != "jsonl":
        raise LabelledFileError(f"event examples come from {EVENT_FORMATS}, not {fmt}")
    examples = []
    for number, line in _json_lines(file):
        if not line.get("text") or not line.get("event"):
            raise LabelledFileError(f"{file}: line {number}: needs `text` and `event`")
        event = str(line["event"]).upper()
        if event not in PLOVER_EVENTS:
            raise LabelledFileError(f"{file}: line {number}: {event!r} is not a PLOVER type")
        actor, recipient = str(line.get("actor") or ""), str(line.get("recipient") or "")
        examples.append(
            SentenceExample(
                str(line.get("id", number)),
                str(line["text"]),
                event,
                actor,
                recipient,
                _codes(actor),
                _codes(recipient),
            )
        )
    return examples


def _codes(party: str) -> tuple[str, ...]:
    """A party given as a country code ("RUS") also matches by code."""
    return (party,) if party.isupper() and 2 <= len(party) <= 6 else ()


def guess_task(path: str | Path, fmt: str) -> str:
    """``factuality`` or ``events``, from the format (a JSONL by its first line's keys)."""
    if fmt == "uw":
        return "factuality"
    if fmt in ("plv", "gsr", "case", "ged"):
        return "events"
    for _, line in _json_lines(Path(path)):
        if "targets" in line or "start" in line:
            return "factuality"
        if "event" in line:
            return "events"
        break
    raise LabelledFileError(f"{path}: cannot tell whether it labels factuality or event types")
