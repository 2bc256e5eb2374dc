"""Fitting the factuality layer: ridge regression of the gold score on the predicate's
features, the regularisation chosen by k-fold cross-validation over sentences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.language import Language

from tocsin.evaluation.uw import summarise
from tocsin.factuality.assessor import FactualityAssessor, span_head
from tocsin.learn.examples import SpanExample
from tocsin.learn.factuality import DEFAULT_BANDS, DEFAULT_RANGES, fit_to_status
from tocsin.learn.features.factuality import FEATURE_SET, factuality_features
from tocsin.learn.features.parse import CueWords
from tocsin.learn.model import LinearModel, rounded
from tocsin.learn.solvers import folds, ridge
from tocsin.learn.sparse import Design, vocabulary
from tocsin.models import Factuality

L2_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)
MIN_COUNT = 2


@dataclass(frozen=True)
class Prepared:
    """Each usable example with its features and the rules' answer."""

    features: list[dict[str, float]]
    labels: np.ndarray
    rules: list[Factuality]
    groups: list[str]
    skipped: int


def prepare(
    examples: Sequence[SpanExample], nlp: Language, assessor: FactualityAssessor, cues: CueWords
) -> Prepared:
    """Parse each distinct text once; walk the rules and read the features of each predicate."""
    texts = list(dict.fromkeys(e.text for e in examples))
    parsed = dict(zip(texts, nlp.pipe(texts, batch_size=64), strict=True))
    features, labels, rules, groups = [], [], [], []
    skipped = 0
    for example in examples:
        doc = parsed[example.text]
        head = span_head(doc, example.start, example.end)
        if head is None:
            skipped += 1
            continue
        state = assessor.walker.walk(head).state
        answer = state.factuality()
        features.append(factuality_features(head, answer, state.rule, cues))
        labels.append(example.label)
        rules.append(answer)
        groups.append(example.text)
    return Prepared(features, np.asarray(labels, dtype=np.float64), rules, groups, skipped)


def _decided(raw: np.ndarray, rules: Sequence[Factuality]) -> list[float]:
    return [fit_to_status(float(s), r).score for s, r in zip(raw, rules, strict=True)]


def cross_validate(
    data: Prepared, names: Sequence[str], k: int, seed: int, grid: Sequence[float] = L2_GRID
) -> dict[str, Any]:
    """Pooled out-of-fold r and MAE of each regularisation strength, and of the rules."""
    design = Design.encode(data.features, names)
    test_folds = folds(data.groups, k, seed)
    results: dict[str, Any] = {"folds": k, "seed": seed, "grid": {}}
    for l2 in grid:
        predicted = np.zeros(len(data.labels))
        for test in test_folds:
            train = np.setdiff1d(np.arange(len(data.labels)), test)
            fit = ridge(design.take(train), data.labels[train], l2)
            predicted[test] = design.take(test).dot(fit.weights) + fit.intercept[0]
        scores = _decided(predicted, data.rules)
        results["grid"][f"{l2:g}"] = summarise(list(data.labels), scores)
    results["rules"] = summarise(list(data.labels), [r.score for r in data.rules])
    best = max(grid, key=lambda l2: results["grid"][f"{l2:g}"]["pearson_r"])
    results["l2"] = best
    results["model"] = results["grid"][f"{best:g}"]
    return results


def fit_model(
    data: Prepared,
    *,
    name: str,
    version: str,
    k: int = 5,
    seed: int = 13,
    grid: Sequence[float] = L2_GRID,
    training: dict[str, Any] | None = None,
) -> LinearModel:
    """Cross-validate, then fit on every example with the best regularisation."""
    if len(data.labels) < k * 2:
        raise ValueError(f"{len(data.labels)} examples are too few for {k}-fold cross-validation")
    names = vocabulary(data.features, MIN_COUNT) or vocabulary(data.features)
    cv = cross_validate(data, names, k, seed, grid)
    fit = ridge(Design.encode(data.features, names), data.labels, cv["l2"])
    weights = {name: rounded(float(w)) for name, w in zip(names, fit.weights, strict=True) if w}
    weights = {name: w for name, w in weights.items() if w != 0.0}
    return LinearModel(
        name=name,
        version=version,
        task="factuality",
        feature_set=FEATURE_SET,
        weights=weights,
        intercept=(rounded(float(fit.intercept[0])),),
        params={
            "l2": cv["l2"],
            "bands": [list(b) for b in DEFAULT_BANDS],
            "status_ranges": {s: list(r) for s, r in DEFAULT_RANGES.items()},
        },
        training={
            **(training or {}),
            "examples": len(data.labels),
            "sentences": len(set(data.groups)),
            "unusable_spans": data.skipped,
            "features": len(weights),
            "cross_validation": cv,
        },
    )
