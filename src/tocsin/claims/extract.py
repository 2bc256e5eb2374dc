"""Claims from coded events and from the sentences of their documents.

* a **claim** is an event someone is reported to assert: it has a speaker (named, an
  organisation, or anonymous sources) and is not itself denied;
* a **denial** is an event whose factuality is ``denied`` ("officials denied that troops
  attacked"), or a sentence that denies reporting ("The reporting in this article is
  inaccurate"), found by the patterns of ``data/factuality/denial_statements.yaml``;
* a **confirmation** is a sourced event whose attribution verb confirms ("two people confirmed
  that a briefing happened").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tocsin.models import Event, Sentence, content_hash
from tocsin.resources import load_yaml

STATEMENTS_FILE = "factuality/denial_statements.yaml"
CONFIRM_CUES = frozenset({"confirmed", "confirms", "confirm", "verified", "acknowledged"})


@dataclass(frozen=True)
class Claim:
    """One claim, denial or confirmation, ready to store."""

    id: str
    doc_id: str
    sentence_index: int
    sentence: str
    kind: str
    status: str
    score: float
    event_id: str | None = None
    event: str | None = None
    cameo: str | None = None
    trigger: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    speaker: str | None = None
    speaker_country: str | None = None
    speaker_sector: str | None = None
    attribution_cue: str | None = None
    anonymous: bool = False
    claim_date: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class StatementPatterns:
    """Compiled denial, confirmation and speaker patterns."""

    denials: tuple[tuple[str, re.Pattern[str]], ...]
    speakers: tuple[re.Pattern[str], ...]

    @classmethod
    def load(cls) -> StatementPatterns:
        data = load_yaml(STATEMENTS_FILE)
        return cls(
            denials=tuple((d["id"], re.compile(d["pattern"], re.I)) for d in data["denials"]),
            speakers=tuple(re.compile(p["pattern"]) for p in data["speaker_patterns"]),
        )

    def denial(self, text: str) -> str | None:
        """Id of the first denial pattern found in ``text``."""
        for rule, pattern in self.denials:
            if pattern.search(text):
                return rule
        return None

    def speaker(self, text: str) -> str | None:
        for pattern in self.speakers:
            found = pattern.search(text)
            if found:
                return found.group("speaker").strip(" ,")
        return None


def claim_id(doc_id: str, sentence_index: int, key: str) -> str:
    return "cl-" + content_hash(f"{doc_id}|{sentence_index}|{key}")


def from_event(event: Event, when: date | None) -> Claim | None:
    """The claim (or denial, or confirmation) an event makes, if it is sourced or denied."""
    attribution = event.attribution
    speaker = attribution.speaker
    status = event.factuality.status
    if status == "denied":
        kind = "denial"
    elif speaker is None:
        return None
    elif (attribution.cue or "").lower() in CONFIRM_CUES:
        kind = "confirmation"
    else:
        kind = "claim"
    return Claim(
        id=claim_id(event.doc_id, event.sentence_index, event.id),
        doc_id=event.doc_id,
        sentence_index=event.sentence_index,
        sentence=event.sentence,
        kind=kind,
        status=status,
        score=event.factuality.score,
        event_id=event.id,
        event=event.event,
        cameo=event.cameo,
        trigger=event.trigger.text,
        actor_country=event.actor.country if event.actor else None,
        recipient_country=event.recipient.country if event.recipient else None,
        speaker=speaker.text if speaker else None,
        speaker_country=speaker.country if speaker else None,
        speaker_sector=speaker.sector if speaker else None,
        attribution_cue=attribution.cue,
        anonymous=attribution.anonymous,
        claim_date=(event.date.value if event.date else None)
        or (when.isoformat() if when else None),
        rule="claims.event",
    )


def from_sentences(
    doc_id: str, sentences: Iterable[Sentence], patterns: StatementPatterns, when: date | None
) -> list[Claim]:
    """Denials of reporting stated in sentences ("The reporting … is inaccurate")."""
    found: list[Claim] = []
    for sentence in sentences:
        rule = patterns.denial(sentence.text)
        if rule is None:
            continue
        found.append(
            Claim(
                id=claim_id(doc_id, sentence.index, "statement"),
                doc_id=doc_id,
                sentence_index=sentence.index,
                sentence=sentence.text,
                kind="denial",
                status="asserted",
                score=3.0,
                speaker=patterns.speaker(sentence.text),
                claim_date=when.isoformat() if when else None,
                rule=rule,
            )
        )
    return found


def extract(
    doc_id: str,
    events: Iterable[Event],
    sentences: Iterable[Sentence],
    patterns: StatementPatterns,
    when: date | None = None,
) -> list[Claim]:
    """Every claim, denial and confirmation of one document."""
    claims = [c for c in (from_event(e, when) for e in events if e.doc_id == doc_id) if c]
    claims.extend(from_sentences(doc_id, sentences, patterns, when))
    return claims
