"""Features of a predicate for the learned factuality score (feature set ``factuality.v1``)."""

from __future__ import annotations

from spacy.tokens import Token

from tocsin.learn.features.parse import (
    CueWords,
    add,
    cue_features,
    governor_features,
    tense_features,
    word_features,
)
from tocsin.models import Factuality

FEATURE_SET = "factuality.v1"


def factuality_features(
    token: Token, rules: Factuality, rule: str | None, cues: CueWords
) -> dict[str, float]:
    """The predicate's parse, its governors and cues, and what the rules decided about it."""
    features: dict[str, float] = {"bias": 1.0}
    word_features(features, "pred", token)
    tense_features(features, token)
    governor_features(features, token)
    cue_features(features, token, cues)
    if token.sent.text.rstrip().endswith("?"):
        add(features, "sent.question")
    status = rules.status
    add(features, f"rules.status={status}")
    add(features, "rules.score", rules.score / 3.0)
    add(features, f"rules.score={rules.score:g}")
    add(features, f"rules.cue={(rules.cue or '-').lower()}")
    add(features, f"rules.rule={rule or '-'}")
    add(features, f"rules.status|pos={status}|{token.pos_}")
    add(features, f"rules.status|dep={status}|{token.dep_}")
    add(features, f"rules.status|lemma={status}|{token.lemma_.lower()}")
    return features
