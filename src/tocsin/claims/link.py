"""Which response (denial, confirmation) answers which claim.

* ``claims.same_event``: a denied or confirmed event answers claims of the same PLOVER event
  whose dyads agree (every country the response names is named alike by the claim), made
  earlier in the same document or in another document dated within ``window_days``;
* ``claims.reporting_denial``: a sentence denying "the report"/"this article" answers the
  claims reported earlier in the same document from anonymous sources, or naming a person the
  denial names ("… in no way reflects what Secretary Blinken said"), by someone other than
  the denier.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from tocsin.claims.extract import Claim

RULE_SAME_EVENT = "claims.same_event"
RULE_REPORTING = "claims.reporting_denial"
RELATIONS = {"denial": "denies", "confirmation": "confirms"}


@dataclass(frozen=True)
class Link:
    claim_id: str
    response_id: str
    relation: str
    rule: str
    score: float


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def dyad_agreement(response: Claim, claim: Claim) -> float:
    """How well the claim's dyad matches every country the response names (0.0: not at all).

    1.0 when both sides are named alike, 0.7 when the response names one side only.
    """
    pairs = [
        (response.actor_country, claim.actor_country),
        (response.recipient_country, claim.recipient_country),
    ]
    named = [(x, y) for x, y in pairs if x]
    if not named or any(x != y for x, y in named):
        return 0.0
    return 1.0 if len(named) == 2 else 0.7


def _within(a: Claim, b: Claim, window_days: int) -> bool:
    if a.doc_id == b.doc_id:
        return True
    da, db = _day(a.claim_date), _day(b.claim_date)
    return da is not None and db is not None and abs((da - db).days) <= window_days


def same_event(response: Claim, claim: Claim, window_days: int) -> Link | None:
    """Link an event-based response to a claim of the same event and dyad."""
    if claim.kind != "claim" or response.event is None or response.event != claim.event:
        return None
    if response.doc_id == claim.doc_id and claim.sentence_index >= response.sentence_index:
        return None  # within a document, a response answers what was said before it
    if claim.status in ("negated", "denied"):
        return None
    score = dyad_agreement(response, claim)
    if score == 0.0 or not _within(response, claim, window_days):
        return None
    return Link(claim.id, response.id, RELATIONS[response.kind], RULE_SAME_EVENT, score)


def reporting_denial(response: Claim, claim: Claim) -> Link | None:
    """Link a denial of "the report" to the earlier claims of its own document."""
    if response.event is not None or response.kind != "denial" or claim.kind != "claim":
        return None
    if claim.doc_id != response.doc_id or claim.sentence_index >= response.sentence_index:
        return None
    if response.speaker and claim.speaker and _overlap(response.speaker, claim.speaker):
        return None
    if not claim.anonymous and not names(response.sentence) & names(claim.sentence):
        return None
    score = 0.9 if claim.anonymous else 0.6
    return Link(claim.id, response.id, "denies", RULE_REPORTING, score)


def names(text: str) -> set[str]:
    """Capitalised words inside a sentence (not its first word): names, roughly."""
    words = [w.strip(".,;:!?\"“”‘’'()") for w in text.split()[1:]]
    return {w for w in words if len(w) > 2 and w[:1].isupper() and not w.isupper()}


def _overlap(a: str, b: str) -> bool:
    """Whether two speaker phrases share a capitalised word ("State Department")."""
    names = {w for w in a.split() if w[:1].isupper() and w.lower() != "the"}
    return bool(names & {w for w in b.split() if w[:1].isupper()})


def links(responses: list[Claim], claims: list[Claim], window_days: int = 30) -> list[Link]:
    """Every link from ``responses`` to ``claims``.

    Only some claims can answer a response, so claims are filed before comparing: a response
    naming an event needs a claim of that event whose actor (else recipient) country is the one
    the response names, and a denial of "the report" a claim of its own document.
    """
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    by_dyad: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind != "claim":
            continue
        by_doc[claim.doc_id].append(claim)
        if claim.event is not None:
            by_dyad[(claim.event, "actor", claim.actor_country or "")].append(claim)
            by_dyad[(claim.event, "recipient", claim.recipient_country or "")].append(claim)
    found: dict[tuple[str, str, str], Link] = {}
    for response in responses:
        if response.kind not in RELATIONS:
            continue
        for claim in _pool(response, by_doc, by_dyad):
            if claim.id == response.id:
                continue
            link = same_event(response, claim, window_days) or reporting_denial(response, claim)
            if link is not None:
                found.setdefault((link.claim_id, link.response_id, link.relation), link)
    return list(found.values())


def _pool(
    response: Claim,
    by_doc: dict[str, list[Claim]],
    by_dyad: dict[tuple[str, str, str], list[Claim]],
) -> list[Claim]:
    """The filed claims ``response`` could answer (:func:`same_event`, :func:`reporting_denial`)."""
    if response.event is None:
        return by_doc.get(response.doc_id, [])
    if response.actor_country:
        return by_dyad.get((response.event, "actor", response.actor_country), [])
    if response.recipient_country:
        return by_dyad.get((response.event, "recipient", response.recipient_country), [])
    return []  # a response naming no country matches no dyad
