"""The learned event-type layer: it re-ranks a sentence's records and corrects their type.

For each record the model gives a probability per PLOVER type from the rule's answer, the
parties, the trigger's parse and the sentence's other records, and a probability that the
record is not the one its sentence is about (``OTHER``). A record's type changes (never that of
a bare statement, the extractor's fallback when nothing else fires) only when the
model's top type is not the rule's and beats it by ``margin`` (chosen by cross-validation); it
then takes that type's general CAMEO code (``data/learn/event_types.yaml``) and keeps the rule's
code in ``evidence.rule_cameo``. Every record's confidence moves towards 1 − P(OTHER) by
``rerank_weight`` (also chosen by cross-validation), which re-ranks the records of a sentence.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Token

from tocsin.events.ontology import Ontology
from tocsin.events.patterns import PatternBook
from tocsin.learn.features.events import FEATURE_SET, event_features
from tocsin.learn.model import LinearModel
from tocsin.models import Event, Evidence
from tocsin.resources import data_path, load_yaml

BUNDLED_MODEL = "learn/event-types.json"
TYPES_FILE = "learn/event_types.yaml"
DEFAULT_MARGIN = 0.3
DEFAULT_RERANK_WEIGHT = 0.0
OTHER = "OTHER"
"""The class of records that are not the one a sentence's gold label talks about."""


def bundled_model_path() -> str:
    return str(data_path(BUNDLED_MODEL))


def default_codes() -> dict[str, str]:
    """PLOVER type → the general CAMEO code a retyped record takes."""
    return {str(k): str(v) for k, v in load_yaml(TYPES_FILE)["default_codes"].items()}


def gsr_conventions() -> dict[str, tuple[str, ...]]:
    """PLOVER gold-standard label → the CAMEO codes (prefixes) tocsin gives another type."""
    table = load_yaml(TYPES_FILE).get("gsr_conventions") or {}
    return {str(k): tuple(str(c) for c in v) for k, v in table.items()}


def acled_to_plover() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_yaml(TYPES_FILE)["acled_to_plover"].items()}


def cite(evidence: Evidence, model_id: str) -> Evidence:
    """``evidence`` with ``model_id`` first in ``evidence.model``."""
    models = [model_id] + [m for m in (evidence.model or "").split("+") if m and m != model_id]
    return replace(evidence, model="+".join(models))


class EventTypeLayer:
    """Re-ranks and retypes the records of one sentence (``rerank``)."""

    def __init__(
        self, model: LinearModel, ontology: Ontology, fixed_rules: frozenset[str] = frozenset()
    ) -> None:
        if model.task != "events" or model.feature_set != FEATURE_SET:
            raise ValueError(
                f"model {model.id} is a {model.task} model over {model.feature_set}, "
                f"not an event-type model over {FEATURE_SET}"
            )
        self.model = model
        self.ontology = ontology
        self.fixed_rules = fixed_rules  # records of these rules are never retyped
        self.codes = default_codes()
        self.margin = float(model.params.get("margin", DEFAULT_MARGIN))
        self.weight = float(model.params.get("rerank_weight", DEFAULT_RERANK_WEIGHT))
        allowed = model.params.get("retype_to")  # None: any type (models before version 2)
        self.allowed = None if allowed is None else frozenset(str(a) for a in allowed)

    @classmethod
    def load(
        cls, ontology: Ontology, path: str | None = None, fixed_rules: frozenset[str] = frozenset()
    ) -> EventTypeLayer:
        return cls(LinearModel.load(path or bundled_model_path()), ontology, fixed_rules)

    def probabilities(self, events: Sequence[Event], heads: Sequence[Token]) -> list[dict]:
        return [
            self.model.probabilities(event_features(event, head, events, i))
            for i, (event, head) in enumerate(zip(events, heads, strict=True))
        ]

    def settled(self, event: Event) -> bool:
        """Whether the model cannot change ``event``: no re-ranking, and a bare statement or a
        record whose type is the only one the layer may change records to."""
        if self.weight:
            return False
        fixed = base_rule(event.evidence.rule) in self.fixed_rules
        return fixed or (self.allowed is not None and self.allowed <= {event.event})

    def rerank(self, events: Sequence[Event], heads: Sequence[Token]) -> list[Event]:
        """The records of one sentence, retyped where the model is confident, re-scored."""
        out = []
        for i, (event, head) in enumerate(zip(events, heads, strict=True)):
            if self.settled(event):  # nothing to compute: the same answer, cheaper
                out.append(
                    replace(
                        event,
                        confidence=round(event.confidence, 3),
                        evidence=cite(event.evidence, self.model.id),
                    )
                )
                continue
            probs = self.model.probabilities(event_features(event, head, events, i))
            chosen = choose(event.event, type_probabilities(probs), self.margin, self.allowed)
            if base_rule(event.evidence.rule) in self.fixed_rules:
                chosen = event.event  # a bare statement: no trigger for another type
            if chosen != event.event and chosen in self.codes:
                event = self.retype(event, chosen)
            confidence = (1 - self.weight) * event.confidence + self.weight * main_score(probs)
            out.append(
                replace(
                    event,
                    confidence=round(confidence, 3),
                    evidence=cite(event.evidence, self.model.id),
                )
            )
        return out

    def retype(self, event: Event, plover_type: str) -> Event:
        info = self.ontology.lookup(self.codes[plover_type])
        return replace(
            event,
            event=info.event,
            mode=info.mode,
            context=info.context,
            cameo=info.code,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            acled=info.acled,
            evidence=replace(event.evidence, rule_cameo=event.cameo),
        )


def base_rule(rule: str | None) -> str:
    """The pattern id of a record's rule, without refinements (``verbs.say.v1``)."""
    return (rule or "").split("+")[0]


def statement_rules(book: PatternBook) -> frozenset[str]:
    """Ids of the bare-statement patterns the extractor falls back on when nothing else fires:
    their records carry no trigger for any other type, so the layer never retypes them."""
    return frozenset(p.id for p in book.patterns if p.statement)


def type_probabilities(probs: dict[str, float]) -> dict[str, float]:
    """The probabilities of the PLOVER types alone (``OTHER`` left out, the rest rescaled)."""
    rest = {label: p for label, p in probs.items() if label != OTHER}
    total = sum(rest.values()) or 1.0
    return {label: p / total for label, p in rest.items()}


def main_score(probs: dict[str, float]) -> float:
    """How likely the record is the one its sentence is about: 1 − P(OTHER)."""
    return 1.0 - probs.get(OTHER, 0.0)


def choose(
    rule_type: str, probs: dict[str, float], margin: float, allowed: Collection[str] | None = None
) -> str:
    """The model's top type when it beats the rule's by ``margin`` (and is one of ``allowed``,
    when given), else the rule's."""
    top = max(sorted(probs), key=lambda label: probs[label])
    if allowed is not None and top not in allowed:
        return rule_type
    if top != rule_type and probs[top] - probs.get(rule_type, 0.0) >= margin:
        return top
    return rule_type


class FeatureRecorder:
    """Stands in for the layer while training: keeps each record's features, changes nothing."""

    def __init__(self) -> None:
        self.features: dict[str, dict[str, float]] = {}

    def rerank(self, events: Sequence[Event], heads: Sequence[Token]) -> list[Event]:
        for i, (event, head) in enumerate(zip(events, heads, strict=True)):
            self.features[event.id] = event_features(event, head, events, i)
        return list(events)
