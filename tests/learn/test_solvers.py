"""The numpy solvers: ridge and softmax fits recover what generated the data, deterministically."""

from __future__ import annotations

import numpy as np

from tocsin.learn.solvers import folds, logistic, ridge
from tocsin.learn.sparse import Design, vocabulary


def _rows(n: int, seed: int) -> list[dict[str, float]]:
    rng = np.random.default_rng(seed)
    names = [f"f{i}" for i in range(6)]
    return [
        {name: 1.0 for name in names if rng.random() < 0.5} | {"x": float(rng.normal())}
        for _ in range(n)
    ]


def test_vocabulary_is_sorted_and_counts_rows() -> None:
    rows = [{"b": 1.0, "a": 1.0}, {"a": 1.0}, {"c": 0.0}]
    assert vocabulary(rows) == ("a", "b")
    assert vocabulary(rows, min_count=2) == ("a",)


def test_design_products_match_a_dense_matrix() -> None:
    rows = _rows(40, 1)
    names = vocabulary(rows)
    design = Design.encode(rows, names)
    dense = np.array([[row.get(name, 0.0) for name in names] for row in rows])
    w = np.arange(len(names), dtype=float)
    r = np.linspace(-1, 1, len(rows))
    assert np.allclose(design.dot(w), dense @ w)
    assert np.allclose(design.tdot(r), dense.T @ r)
    part = design.take([5, 2, 9])
    assert np.allclose(part.dot(w), dense[[5, 2, 9]] @ w)


def test_ridge_recovers_linear_weights() -> None:
    rows = _rows(300, 2)
    names = vocabulary(rows)
    design = Design.encode(rows, names)
    true = {"f0": 1.5, "f3": -2.0, "x": 0.7}
    y = np.array([sum(true.get(k, 0.0) * v for k, v in row.items()) + 0.25 for row in rows])
    fit = ridge(design, y, l2=1e-6)
    found = dict(zip(names, fit.weights, strict=True))
    for name, weight in true.items():
        assert abs(found[name] - weight) < 1e-3
    assert abs(fit.intercept[0] - 0.25) < 1e-3
    again = ridge(design, y, l2=1e-6)
    assert np.array_equal(fit.weights, again.weights)


def test_logistic_separates_classes() -> None:
    rows = [{"a": 1.0}] * 20 + [{"b": 1.0}] * 20 + [{"c": 1.0, "a": 1.0}] * 20
    labels = np.array([0] * 20 + [1] * 20 + [2] * 20)
    design = Design.encode(rows, vocabulary(rows))
    fit = logistic(design, labels, 3, l2=0.1)
    predicted = np.argmax(design.dot(fit.weights) + fit.intercept, axis=1)
    assert (predicted == labels).all()


def test_folds_keep_groups_together_and_are_seeded() -> None:
    groups = [f"s{i // 3}" for i in range(30)]
    split = folds(groups, 5, seed=7)
    assert sorted(np.concatenate(split).tolist()) == list(range(30))
    for fold in split:
        assert len(fold) > 0
        inside = {groups[i] for i in fold}
        assert all(groups[i] not in inside for other in split if other is not fold for i in other)
    assert all(np.array_equal(a, b) for a, b in zip(split, folds(groups, 5, seed=7), strict=True))
