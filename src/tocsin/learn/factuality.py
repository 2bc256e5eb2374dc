"""The learned factuality stage: the rules walk the parse, a linear model sets the score.

``status`` stays the rules' wherever a cue decided it; where no cue did (the rules' default
"asserted"), it comes from the model's score through the bands in the model file. The score
is kept inside the range of its status (``status_ranges``), so a record never says "negated"
with a positive score. Records cite the model in ``evidence.model`` and keep the rules' score
in ``evidence.rule_score``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from tocsin.context import DocContext
from tocsin.factuality.assessor import FactualityAssessor, span_head
from tocsin.learn.features.factuality import FEATURE_SET, factuality_features
from tocsin.learn.features.parse import CueWords
from tocsin.learn.model import LinearModel
from tocsin.models import Attribution, Factuality
from tocsin.resources import data_path

BUNDLED_MODEL = "learn/factuality-uw.json"

DEFAULT_BANDS: tuple[tuple[float, str], ...] = ((1.0, "asserted"), (-1.0, "possible"))
"""Status of a score no cue decided: the first band whose floor the score reaches, else
``negated``."""

DEFAULT_RANGES: dict[str, tuple[float, float]] = {
    "asserted": (0.25, 3.0),
    "alleged": (0.25, 3.0),
    "negated": (-3.0, -0.25),
    "denied": (-3.0, -0.25),
    "possible": (-2.0, 2.0),
    "future": (-2.0, 2.5),
    "conditional": (-2.0, 2.0),
    "requested": (-2.0, 2.0),
}
"""The scores each status allows (FactBank scale); the model's score is clipped into them."""


def bundled_model_path() -> str:
    return str(data_path(BUNDLED_MODEL))


@dataclass(frozen=True)
class Decision:
    """The stage's answer for one predicate, with the rules' answer beside it."""

    factuality: Factuality
    rules: Factuality
    rule: str | None


class LearnedFactuality:
    """Implements :class:`tocsin.context.FactualityStage` over the rules' assessor."""

    def __init__(self, rules: FactualityAssessor, model: LinearModel, cues: CueWords) -> None:
        if model.task != "factuality" or model.feature_set != FEATURE_SET:
            raise ValueError(
                f"model {model.id} is a {model.task} model over {model.feature_set}, "
                f"not a factuality model over {FEATURE_SET}"
            )
        self.rules = rules
        self.model = model
        self.cues = cues
        self.bands = _bands(model.params.get("bands"))
        self.ranges = _ranges(model.params.get("status_ranges"))

    @classmethod
    def load(cls, rules: FactualityAssessor, path: str | None = None) -> LearnedFactuality:
        """The model at ``path`` (the bundled one when ``None``) over ``rules``."""
        model = LinearModel.load(path or bundled_model_path())
        return cls(rules, model, CueWords.load(rules.lexicon))

    # -- the stage ------------------------------------------------------------------------
    def assess(
        self, trigger: Token, ctx: DocContext | None
    ) -> tuple[Factuality, Attribution, str | None]:
        decision, attribution = self.assess_explained(trigger, ctx)
        return decision.factuality, attribution, decision.rule

    def assess_explained(
        self, trigger: Token, ctx: DocContext | None
    ) -> tuple[Decision, Attribution]:
        """Like :meth:`assess`, keeping the rules' own factuality beside the model's."""
        rules, attribution, rule = self.rules.assess(trigger, ctx)
        return self.decide(trigger, rules, rule), attribution

    def score_span(self, doc: Doc, start_char: int, end_char: int) -> Factuality:
        head = span_head(doc, start_char, end_char)
        if head is None:
            raise ValueError(f"no token at characters {start_char}-{end_char}")
        scope = self.rules.walker.walk(head)
        return self.decide(head, scope.state.factuality(), scope.state.rule).factuality

    # -- the decision ---------------------------------------------------------------------
    def raw_score(self, token: Token, rules: Factuality, rule: str | None) -> float:
        """The model's score before it is fitted to a status."""
        return self.model.score(factuality_features(token, rules, rule, self.cues))

    def decide(self, token: Token, rules: Factuality, rule: str | None) -> Decision:
        fitted = fit_to_status(self.raw_score(token, rules, rule), rules, self.bands, self.ranges)
        return Decision(fitted, rules, rule)


def fit_to_status(
    score: float,
    rules: Factuality,
    bands: Sequence[tuple[float, str]] = DEFAULT_BANDS,
    ranges: Mapping[str, tuple[float, float]] = DEFAULT_RANGES,
) -> Factuality:
    """The record's factuality from a model score: the rules' status where a cue decided it,
    else the score's band; the score clipped into its status's range."""
    status = rules.status if rules.cue is not None else band(score, bands)
    low, high = ranges.get(status, (-3.0, 3.0))
    return Factuality(status=status, score=round(max(low, min(high, score)), 2), cue=rules.cue)


def band(score: float, bands: Sequence[tuple[float, str]] = DEFAULT_BANDS) -> str:
    """The status of a score no cue decided."""
    for floor, status in bands:
        if score >= floor:
            return status
    return "negated"


def _bands(value: Any) -> tuple[tuple[float, str], ...]:
    if not value:
        return DEFAULT_BANDS
    pairs: Sequence[Sequence[Any]] = value
    return tuple((float(floor), str(status)) for floor, status in pairs)


def _ranges(value: Mapping[str, Sequence[float]] | None) -> dict[str, tuple[float, float]]:
    ranges = dict(DEFAULT_RANGES)
    for status, (low, high) in (value or {}).items():
        ranges[status] = (float(low), float(high))
    return ranges
